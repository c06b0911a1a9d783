import Testing
import GoldenRecords

/// The byte-level scan finds exactly what the scalar test finds: every escaped character alone
/// and inside text, their neighbours, and random strings over a mixed alphabet. Long strings
/// put each character at every offset of the eight-byte words the scan reads at once.
@Suite("Control and invisible characters, found on the bytes")
struct ControlCharacterScanTests {
    static func byScalars(_ s: String) -> Bool {
        s.unicodeScalars.contains { $0.value < 0x20 || isInvisibleOrControl($0) }
    }

    /// What `jsonString` escapes: the same set, quotes and backslashes.
    static func jsonByScalars(_ s: String) -> Bool {
        byScalars(s) || s.unicodeScalars.contains { $0 == "\"" || $0 == "\\" }
    }

    /// `containsControlOrInvisible(_:allowingNewlines: true)` by scalars.
    static func byScalarsAllowingNewlines(_ s: String) -> Bool {
        s.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || isInvisibleOrControl($0) }
    }

    /// The three scans disagree with their scalar rules on `s`.
    static func disagree(_ s: String) -> Bool {
        containsControlOrInvisible(s) != byScalars(s)
            || needsJSONEscape(s) != jsonByScalars(s)
            || containsControlOrInvisible(s, allowingNewlines: true) != byScalarsAllowingNewlines(s)
    }

    /// Every scalar from U+0000 to U+3000 and U+FE00 to U+FFFF, alone and between letters.
    @Test func eachScalarAloneAndInText() {
        var mismatches: [UInt32] = []
        for value in Array(0..<0x3000) + Array(0xFE00...0xFFFD) as [UInt32] {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let alone = String(Character(scalar)), inside = "a\(alone)b ± µ"
            let padding = "abcdefghijklmno"
            let long = (0..<9).map { padding.prefix($0) + alone + padding }
            if ([alone, inside] + long).contains(where: Self.disagree) {
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
            "\u{1F600}", "\n", "\t", "é", "\"", "\\", "b", "c", "d", "e", "f", "g",
        ]
        let plain: [Unicode.Scalar] = [
            "a", "b", "0", " ", "±", "µ", "°", "–", "é", "⁻", "\u{1F600}",
        ]
        var generator = SplitMix64(seed: 2026)
        var clean = 0
        for _ in 0..<20_000 {
            // Mostly plain text of up to 40 characters, with at most one character of the full
            // alphabet at a random place, so that both answers are common.
            var scalars = (0..<Int.random(in: 0...40, using: &generator)).map { _ in
                plain.randomElement(using: &generator) ?? "a"
            }
            if Bool.random(using: &generator) {
                scalars.insert(
                    alphabet.randomElement(using: &generator) ?? "a",
                    at: Int.random(in: 0...scalars.count, using: &generator))
            }
            var s = ""
            s.unicodeScalars.append(contentsOf: scalars)
            if !Self.jsonByScalars(s) { clean += 1 }
            #expect(!Self.disagree(s), "\(s.unicodeScalars.map { $0.value })")
        }
        #expect(clean > 5_000, "both answers are tested often")
    }
}
