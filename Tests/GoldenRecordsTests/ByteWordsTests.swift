import Testing
@testable import GoldenRecords

/// The eight-bytes-at-once tests flag exactly the bytes their definitions name, whatever the
/// other seven bytes are: every byte value at every position, among random neighbours.
@Suite("Byte words")
struct ByteWordsTests {
    /// Calls `check` with `w` and the byte value and position that was set in it.
    static func everyByteEverywhere(_ check: (_ w: UInt64, _ b: UInt8, _ at: Int) -> Void) {
        var rng = SplitMix64(seed: 20_261_205)
        for b in UInt8.min...UInt8.max {
            for at in 0..<8 {
                for _ in 0..<16 {
                    var w = rng.next()
                    w &= ~(0xFF << (8 * UInt64(at)))
                    w |= UInt64(b) << (8 * UInt64(at))
                    check(w, b, at)
                }
            }
        }
    }

    /// The flags `f` gives, as a byte rule (`rule` of each byte of `w`).
    static func expectExact(_ f: (UInt64) -> UInt64, _ rule: (UInt8) -> Bool) {
        var wrong = 0
        everyByteEverywhere { w, _, _ in
            for k in 0..<8 {
                let byte = UInt8(truncatingIfNeeded: w >> (8 * UInt64(k)))
                let flagged = f(w) >> (8 * UInt64(k)) & 0xFF
                if flagged != (rule(byte) ? 0x80 : 0) { wrong += 1 }
            }
        }
        #expect(wrong == 0)
    }

    @Test func controlsButLineFeed() {
        Self.expectExact(ByteWords.controlsButLineFeed) { $0 < 0x20 && $0 != 0x0A }
    }

    @Test func atLeast7F() { Self.expectExact(ByteWords.atLeast7F) { $0 >= 0x7F } }

    @Test func controls() { Self.expectExact(ByteWords.controls) { $0 < 0x20 } }

    @Test func equal() {
        for target: UInt8 in [0x00, 0x0A, 0x22, 0x5C, 0x7F, 0x80, 0xFF] {
            Self.expectExact({ ByteWords.equal($0, target) }) { $0 == target }
        }
    }
}
