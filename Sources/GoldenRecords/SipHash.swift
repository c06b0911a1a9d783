/// SipHash (Aumasson and Bernstein, 2012), eight bytes at a time over a byte buffer: the keyed
/// hash `IDIndex` puts ids through. It is the function the standard library's `Hasher` computes
/// (SipHash-1-3), written out so that an id costs its rounds only, without `Hasher`'s buffering
/// of each `combine` (about a quarter of the instructions for a 28-byte id).
///
/// A key unknown to whoever writes the input makes the hashes of chosen ids unpredictable, so
/// no file can be written whose ids fall into one probe chain of the table.
///
/// Edge Cases:
/// - `compressionRounds` and `finalizationRounds` are the c and d of SipHash-c-d; the tests
///   check SipHash-2-4 against the paper's test vectors, and `IDIndex` uses 1-3.
struct SipHash {
    let key: (UInt64, UInt64)
    let compressionRounds: Int
    let finalizationRounds: Int

    /// SipHash-1-3 with a key drawn once per process from the system's random source.
    static let perProcess = SipHash(
        key: (UInt64.random(in: .min ... .max), UInt64.random(in: .min ... .max)),
        compressionRounds: 1, finalizationRounds: 3)

    /// The 64-bit hash of `bytes`.
    @inline(__always)
    func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var v0 = key.0 ^ 0x736f_6d65_7073_6575
        var v1 = key.1 ^ 0x646f_7261_6e64_6f6d
        var v2 = key.0 ^ 0x6c79_6765_6e65_7261
        var v3 = key.1 ^ 0x7465_6462_7974_6573

        @inline(__always)
        func round() {
            v0 &+= v1; v1 = v1.rotatedLeft(13); v1 ^= v0; v0 = v0.rotatedLeft(32)
            v2 &+= v3; v3 = v3.rotatedLeft(16); v3 ^= v2
            v0 &+= v3; v3 = v3.rotatedLeft(21); v3 ^= v0
            v2 &+= v1; v1 = v1.rotatedLeft(17); v1 ^= v2; v2 = v2.rotatedLeft(32)
        }

        @inline(__always)
        func compress(_ m: UInt64) {
            v3 ^= m
            for _ in 0..<compressionRounds { round() }
            v0 ^= m
        }

        let n = bytes.count
        var i = 0
        while i + 8 <= n {
            compress(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)))
            i += 8
        }
        // The last 0–7 bytes, and the length's low byte on top.
        var last = UInt64(truncatingIfNeeded: n) << 56
        var shift: UInt64 = 0
        while i < n {
            last |= UInt64(bytes[i]) << shift
            shift += 8
            i += 1
        }
        compress(last)
        v2 ^= 0xFF
        for _ in 0..<finalizationRounds { round() }
        return v0 ^ v1 ^ v2 ^ v3
    }
}

extension UInt64 {
    @inline(__always)
    fileprivate func rotatedLeft(_ k: UInt64) -> UInt64 { self << k | self >> (64 - k) }
}
