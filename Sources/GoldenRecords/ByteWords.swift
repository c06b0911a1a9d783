/// Tests on eight bytes at once (a `UInt64` loaded from UTF-8 text, the first byte lowest), for
/// the scans that look for the few bytes that matter: the parser's string scan and the escape
/// scans of the reports. Each function sets the high bit of exactly the bytes it names: no carry
/// crosses a byte, so the lowest flag (`trailingZeroBitCount >> 3`) is the first such byte.
enum ByteWords {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080
    private static let low = ~highs

    /// The bytes of `w` equal to `byte`.
    @inline(__always)
    static func equal(_ w: UInt64, _ byte: UInt8) -> UInt64 {
        let x = w ^ (UInt64(byte) &* ones)
        return ~(((x & low) &+ low) | x) & highs
    }

    /// The bytes of `w` below 0x20 (the C0 controls).
    @inline(__always)
    static func controls(_ w: UInt64) -> UInt64 {
        ~((w & low) &+ (0x60 &* ones)) & ~w & highs
    }

    /// The bytes of `w` below 0x20 but line feeds: with y = w ^ 0x0A in each byte, a line feed
    /// is 0 and the other controls are 1…0x1F (the exclusive-or only permutes 0…0x1F).
    @inline(__always)
    static func controlsButLineFeed(_ w: UInt64) -> UInt64 {
        let y = w ^ (0x0A &* ones)
        let t = y & low  // no carry below: t + 0x7F ≤ 0xFE
        let atLeast1 = t &+ (0x7F &* ones), atLeast20 = t &+ (0x60 &* ones)
        return atLeast1 & ~atLeast20 & ~y & highs
    }

    /// The bytes of `w` at 0x7F or above (DEL, parts of multi-byte characters): the low seven
    /// bits plus one reach 0x80 only from 0x7F, and bytes from 0x80 have the high bit already.
    @inline(__always)
    static func atLeast7F(_ w: UInt64) -> UInt64 { ((w & low) &+ ones | w) & highs }

    /// The bytes of `w` at 0x80 or above (parts of multi-byte characters).
    @inline(__always)
    static func nonASCII(_ w: UInt64) -> UInt64 { w & highs }
}

/// 10⁰ … 10²², the powers of ten that are exact doubles: one multiplication or division by one
/// of them rounds once (the exact decimal reading of the parser, the formatter's scaling).
let exactPowersOfTen: [Double] = (0...22).map { k in (0..<k).reduce(1.0) { p, _ in p * 10 } }

/// m × 10^scale, negated when `negative`, when m ≤ 2⁵³ and |scale| ≤ 22: then m and 10^|scale|
/// are exact doubles and one multiplication or division rounds correctly (Clinger's fast path),
/// so the result equals `Double(String)` of the same decimal bit for bit. Nil otherwise, except
/// that zero at any scale is zero (signed).
@inline(__always)
func exactDecimal(_ m: UInt64, scale: Int, negative: Bool) -> Double? {
    guard m <= 1 << 53, scale.magnitude <= 22 else {
        return m == 0 ? (negative ? -0.0 : 0) : nil
    }
    let power = exactPowersOfTen[Int(scale.magnitude)]
    let magnitude = scale >= 0 ? Double(m) * power : Double(m) / power
    return negative ? -magnitude : magnitude
}
