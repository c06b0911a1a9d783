import Foundation

extension Double {
    /// Six significant digits, no trailing zeros (`%.6g`), for messages and reports.
    package var formatted6: String { formatted(significantDigits: 6) }

    /// `self` as C's `%.<digits>g` writes it (`%+.<digits>g` with `sign`), without varargs.
    ///
    /// The digits come from an integer: |self| × 10^k rounded, for the k that leaves `digits`
    /// digits before the point (see `DecimalDigits`). That equals C's rounding of the exact binary
    /// value except when the scaled value is within 10⁻⁹ of a half (one multiplication or division
    /// by an exact power of ten errs by at most 1.2 × 10⁻¹⁰ there, for up to 9 digits): then, and
    /// for NaN, subnormals and magnitudes outside 10⁻¹⁵…10²², this calls `formatted(cFormat:)`.
    /// `NumberFormattingTests` compares both on random and special values.
    ///
    /// - Precondition: `digits` is in 1...9.
    package func formatted(significantDigits digits: Int, sign: Bool = false) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(24)
        append(significantDigits: digits, sign: sign, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `formatted(significantDigits:sign:)`, appended to `out` as UTF-8 without making a string.
    package func append(significantDigits digits: Int, sign: Bool = false, to out: inout [UInt8]) {
        if !Self.append(to: &out, { write(significantDigits: digits, sign: sign, to: $0) }) {
            out.append(contentsOf: slowText(significantDigits: digits, sign: sign).utf8)
        }
    }

    /// What `write(significantDigits:sign:to:)` leaves to others: infinities, and through
    /// `formatted(cFormat:)` the values `DecimalDigits` does not round.
    package func slowText(significantDigits digits: Int, sign: Bool) -> String {
        if isInfinite { return self < 0 ? "-inf" : sign ? "+inf" : "inf" }
        return slowPath(digits, sign: sign)
    }

    /// What `write` (one of the `write(…to:)` below) writes, appended to `out`; false (and
    /// nothing appended) where it takes the slow path.
    private static func append(
        to out: inout [UInt8], _ write: (UnsafeMutablePointer<UInt8>) -> Int?
    ) -> Bool {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maxWrittenBytes) { buffer in
            guard let n = write(buffer.baseAddress!) else { return false }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<n]))
            return true
        }
    }

    /// The room `write(significantDigits:sign:to:)` and `write(decimals:to:)` need.
    package static let maxWrittenBytes = DecimalDigits.maxWrittenBytes

    /// `formatted(significantDigits:sign:)` written at `out`, which has room for
    /// `maxWrittenBytes`; returns the byte count, or nil where that takes the
    /// slow path (then append `formatted(significantDigits:sign:)`).
    package func write(
        significantDigits digits: Int, sign: Bool = false, to out: UnsafeMutablePointer<UInt8>
    ) -> Int? {
        precondition((1...9).contains(digits))
        guard !isInfinite, let decimal = DecimalDigits(self, significant: digits) else {
            return nil
        }
        return decimal.writeGStyle(precision: digits, sign: sign, to: out)
    }

    /// `self` as C's `%.<decimals>f` writes it, without varargs, for |self| × 10^decimals below
    /// 2⁵³ (so that the scaled integer is exact); otherwise through `formatted(cFormat:)`.
    ///
    /// - Precondition: `decimals` is in 0...9.
    package func formatted(decimals: Int) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(24)
        append(decimals: decimals, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `formatted(decimals:)`, appended to `out` as UTF-8 without making a string.
    package func append(decimals: Int, to out: inout [UInt8]) {
        if !Self.append(to: &out, { write(decimals: decimals, to: $0) }) {
            out.append(contentsOf: slowText(decimals: decimals).utf8)
        }
    }

    /// `formatted(decimals:)` written at `out` (room for `maxWrittenBytes`);
    /// returns the byte count, or nil where that takes the slow path.
    package func write(decimals: Int, to out: UnsafeMutablePointer<UInt8>) -> Int? {
        precondition((0...9).contains(decimals))
        guard let decimal = DecimalDigits(self, decimals: decimals) else { return nil }
        return decimal.writeFStyle(decimals: decimals, to: out)
    }

    private func slowPath(_ digits: Int, sign: Bool) -> String {
        switch (digits, sign) {
        case (6, false): formatted(cFormat: "%.6g")
        case (3, true): formatted(cFormat: "%+.3g")
        case (3, false): formatted(cFormat: "%.3g")
        default:
            // Not used by the reports; kept correct for any digit count.
            String(format: sign ? "%+.*g" : "%.*g", digits, self)
        }
    }

    /// What `write(decimals:to:)` leaves to `formatted(cFormat:)`.
    package func slowText(decimals: Int) -> String {
        decimals == 1 ? formatted(cFormat: "%.1f") : String(format: "%.*f", decimals, self)
    }

    /// `self` written with a C `printf` format for one double (`"%.6g"`, `"%+.3g%%"`), exactly as
    /// `String(format:)` writes it, but straight through `vsnprintf`: the reference the
    /// formatters above are tested against, and their fallback.
    ///
    /// - Precondition: `cFormat` takes exactly one double.
    package func formatted(cFormat: StaticString) -> String {
        let format = UnsafeRawPointer(cFormat.utf8Start).assumingMemoryBound(to: CChar.self)
        let write = { (buffer: UnsafeMutableBufferPointer<CChar>) -> (written: Int, text: String) in
            guard let base = buffer.baseAddress else { return (0, "") }
            let written = Int(withVaList([self]) { vsnprintf(base, buffer.count, format, $0) })
            let count = max(0, min(written, buffer.count - 1))
            let text = UnsafeRawBufferPointer(start: base, count: count).withMemoryRebound(to: UInt8.self) {
                String(decoding: $0, as: UTF8.self)
            }
            return (written, text)
        }
        let short = withUnsafeTemporaryAllocation(of: CChar.self, capacity: 64, write)
        guard short.written >= 64 else { return short.text }
        // Long (`%f` of 1e308): once more with room for all of it.
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: short.written + 1, write).text
    }
}

/// A finite double rounded to a few decimal digits: |value| ≈ `integer` × 10^(`exponent`), where
/// `integer` is the scaled magnitude rounded to the nearest integer.
///
/// The scaled magnitude is |value| × 10^k (or ÷ 10^−k) with 10^|k| ≤ 10²², an exact double, so
/// the one operation rounds once: relative error ≤ 2⁻⁵³, absolute error ≤ 1.2 × 10⁻¹⁰ below
/// 10⁹. Where the fraction is within 10⁻⁹ of a half the exact binary value could round either
/// way, and the initialisers return nil (the caller asks C); they also return nil for NaN,
/// subnormals and scales that power of ten cannot reach.
struct DecimalDigits {
    var negative: Bool
    /// The rounded scaled magnitude: below 10^digits for `significant:`, any size below 2⁵³ for
    /// `decimals:`.
    var integer: UInt64
    /// The decimal exponent of `integer`'s last digit.
    var exponent: Int

    /// |x| × 10^k, or nil when 10^|k| is not an exact double.
    private static func scaled(_ x: Double, by k: Int) -> Double? {
        guard k.magnitude <= 22 else { return nil }
        return k >= 0 ? x * exactPowersOfTen[k] : x / exactPowersOfTen[-k]
    }

    /// The nearest integer to `v` (≥ 0, below 2⁵³), or nil for a near-half fraction.
    private static func roundedHalf(_ v: Double) -> UInt64? {
        let whole = v.rounded(.down)
        let fraction = v - whole
        guard (fraction - 0.5).magnitude > 1e-9 else { return nil }
        return UInt64(whole) + (fraction > 0.5 ? 1 : 0)
    }

    /// `x` rounded to `significant` digits (C's `%e` rounding with precision `significant − 1`).
    init?(_ x: Double, significant: Int) {
        guard x.isFinite, !x.isSubnormal else { return nil }
        negative = x.sign == .minus
        let a = x.magnitude
        if a == 0 { integer = 0; exponent = 0; return }
        guard a >= 1e-15, a < 1e22 else { return nil }
        let low = exactPowersOfTen[significant - 1], high = exactPowersOfTen[significant]
        // The first digit's exponent, or one less: ⌊e₂ · log₁₀ 2⌋ for the binary exponent e₂
        // (1262611 / 2²² is log₁₀ 2 to within 10⁻⁸, exact in this use for |e₂| ≤ 1650), as
        // shortest-digit printers estimate it; the check below moves it up when it is one less.
        var e = (Int(a.exponent) &* 1_262_611) >> 22
        guard var v = DecimalDigits.scaled(a, by: significant - 1 - e) else { return nil }
        if v < low {
            e -= 1
        } else if v >= high {
            e += 1
        }
        if v < low || v >= high {
            guard let w = DecimalDigits.scaled(a, by: significant - 1 - e) else { return nil }
            v = w
        }
        guard var n = DecimalDigits.roundedHalf(v) else { return nil }
        if Double(n) >= high {  // 999999.7 → 1000000: one digit more, so one place up
            n /= 10
            e += 1
        }
        integer = n
        exponent = e - (significant - 1)
    }

    /// `x` rounded to `decimals` digits after the point (C's `%f` rounding).
    init?(_ x: Double, decimals: Int) {
        guard x.isFinite, !x.isSubnormal else { return nil }
        negative = x.sign == .minus
        guard let v = DecimalDigits.scaled(x.magnitude, by: decimals), v < 0x1p53,
            let n = DecimalDigits.roundedHalf(v)
        else { return nil }
        integer = n
        exponent = -decimals
    }

    /// Room enough for what `writeGStyle` (up to 9 digits: at most 16 bytes, as in
    /// `-1.23456789e-308`) or `writeFStyle` (below 2⁵³, up to 9 decimals: at most 18) writes.
    static let maxWrittenBytes = 32

    /// Writes the decimal digits of `n` (1 to 20), most significant first, at `to`; returns
    /// how many.
    @inline(__always)
    private static func writeDigits(_ n: UInt64, to p: UnsafeMutablePointer<UInt8>) -> Int {
        var count = 1
        var rest = n / 10
        while rest > 0 {
            count += 1
            rest /= 10
        }
        var k = count, n = n
        repeat {
            k -= 1
            p[k] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: n % 10)
            n /= 10
        } while n > 0
        return count
    }

    /// `byte` written `n` times (n ≥ 0) at `p`.
    @inline(__always)
    private static func fill(_ p: UnsafeMutablePointer<UInt8>, _ byte: UInt8, _ n: Int) {
        if n > 0 { p.initialize(repeating: byte, count: n) }
    }

    /// C's `%g` layout: `%f` style when −4 ≤ X < precision (X the decimal exponent of the first
    /// digit), else `d.ddde±XX`; trailing zeros removed. Written at `out`, which has room for
    /// `maxWrittenBytes`; returns the byte count.
    func writeGStyle(precision: Int, sign: Bool, to out: UnsafeMutablePointer<UInt8>) -> Int {
        var i = 0
        if negative {
            out[i] = UInt8(ascii: "-"); i += 1
        } else if sign {
            out[i] = UInt8(ascii: "+"); i += 1
        }
        guard integer != 0 else { out[i] = UInt8(ascii: "0"); return i + 1 }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buffer in
            let digits = buffer.baseAddress!
            let count = Self.writeDigits(integer, to: digits)
            let x = exponent + count - 1
            var last = count  // without trailing zeros
            while last > 1, digits[last - 1] == UInt8(ascii: "0") { last -= 1 }
            if x >= -4 && x < precision {
                if x < 0 {
                    out[i] = UInt8(ascii: "0"); out[i + 1] = UInt8(ascii: "."); i += 2
                    Self.fill(out + i, UInt8(ascii: "0"), -x - 1); i += -x - 1
                    (out + i).initialize(from: digits, count: last); i += last
                } else {
                    // The integer part, with zeros past the last digit; then the fraction.
                    let whole = min(last, x + 1)
                    (out + i).initialize(from: digits, count: whole); i += whole
                    Self.fill(out + i, UInt8(ascii: "0"), x + 1 - whole); i += x + 1 - whole
                    if last > x + 1 {
                        out[i] = UInt8(ascii: "."); i += 1
                        (out + i).initialize(from: digits + x + 1, count: last - x - 1)
                        i += last - x - 1
                    }
                }
                return i
            }
            out[i] = digits[0]; i += 1
            if last > 1 {
                out[i] = UInt8(ascii: "."); i += 1
                (out + i).initialize(from: digits + 1, count: last - 1); i += last - 1
            }
            out[i] = UInt8(ascii: "e")
            out[i + 1] = x < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+")
            i += 2
            if x.magnitude < 10 { out[i] = UInt8(ascii: "0"); i += 1 }
            return i + Self.writeDigits(UInt64(x.magnitude), to: out + i)
        }
    }

    /// C's `%.<decimals>f` layout, written at `out` (room for `maxWrittenBytes`); returns the
    /// byte count.
    func writeFStyle(decimals: Int, to out: UnsafeMutablePointer<UInt8>) -> Int {
        var i = 0
        if negative { out[i] = UInt8(ascii: "-"); i += 1 }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buffer in
            let digits = buffer.baseAddress!
            let count = Self.writeDigits(integer, to: digits)
            let integerDigits = max(1, count - decimals)
            let leading = integerDigits + decimals - count  // zeros before the digits: 0.05
            for k in 0..<(integerDigits + decimals) {
                if k == integerDigits { out[i] = UInt8(ascii: "."); i += 1 }
                out[i] = k < leading ? UInt8(ascii: "0") : digits[k - leading]
                i += 1
            }
            return i
        }
    }
}
