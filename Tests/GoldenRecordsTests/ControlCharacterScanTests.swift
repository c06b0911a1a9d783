import Testing
import GoldenRecords

/// The byte-level scan finds exactly what the scalar test finds: every escaped character alone
/// and inside text, their neighbours, and random strings over a mixed alphabet.
@Suite("Control and invisible characters, found on the bytes")
struct ControlCharacterScanTests {
    static func byScalars(_ s: String) -> Bool {
        s.unicodeScalars.contains { $0.value < 0x20 || isInvisibleOrControl($0) }
    }

    /// Every scalar from U+0000 to U+3000 and U+FE00 to U+FFFF, alone and between letters.
    @Test func eachScalarAloneAndInText() {
        var mismatches: [UInt32] = []
        for value in Array(0..<0x3000) + Array(0xFE00...0xFFFD) as [UInt32] {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let alone = String(Character(scalar)), inside = "a\(alone)b ± µ"
            if containsControlOrInvisible(alone) != Self.byScalars(alone)
                || containsControlOrInvisible(inside) != Self.byScalars(inside)
            {
                mismatches.append(value)
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10).map { String($0, radix: 16) })")
    }

    @Test func randomStrings() {
        let alphabet: [Unicode.Scalar] = [
            "a", "0", " ", "±", "µ", "°", "–", "→", "⁻", "\u{7F}", "\u{85}", "\u{9F}", "\u{A0}",
            "\u{61C}", "\u{180E}", "\u{200B}", "\u{200F}", "\u{2010}", "\u{2028}", "\u{202E}",
            "\u{202F}", "\u{2060}", "\u{206F}", "\u{2070}", "\u{FEFF}", "\u{FFF9}", "\u{FFFC}",
            "\u{1F600}", "\n", "\t", "é",
        ]
        var generator = SplitMix64(seed: 2026)
        for _ in 0..<20_000 {
            var s = ""
            for _ in 0..<Int.random(in: 0...6, using: &generator) {
                s.unicodeScalars.append(alphabet.randomElement(using: &generator) ?? "a")
            }
            #expect(containsControlOrInvisible(s) == Self.byScalars(s), "\(s.unicodeScalars.map { $0.value })")
        }
    }
}
