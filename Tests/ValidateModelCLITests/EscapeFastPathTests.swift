import Testing
import GoldenRecords
import ValidateModelCLI

/// The byte path of `Escape.markdown`, `Escape.xml` and `Escape.html` (and the byte appender
/// the reports write with) gives exactly what the scalar-by-scalar definition gives: every
/// scalar from U+0000 to U+3000 and U+FE00 to U+FFFF alone and inside longer ASCII text (at
/// every offset of the eight-byte words the control scan reads), and random strings over a
/// mixed alphabet.
@Suite("Escape fast paths agree with the scalar definitions")
struct EscapeFastPathTests {
    /// Each format: its kind (for the byte appender), its escape, and its definition.
    static var kinds: [(Escape.Kind, (String) -> String, (String) -> String)] {
        [
            (.markdown, Escape.markdown, Escape.markdownByScalars),
            (.xml, Escape.xml, Escape.xmlByScalars),
            (.html, Escape.html, Escape.htmlByScalars),
        ]
    }

    /// `s` escaped for `kind` by the byte appender, after some bytes already in the buffer.
    static func appended(_ s: String, _ kind: Escape.Kind) -> String {
        var out = Array("x".utf8)
        var s = s
        s.withUTF8 { Escape.append(escaping: $0, kind, to: &out) }
        return String(decoding: out.dropFirst(), as: UTF8.self)
    }

    /// The formats whose byte path disagrees with their definition on `s`.
    static func disagreements(_ s: String) -> [Escape.Kind] {
        kinds.compactMap { kind, fast, slow in
            let expected = slow(s)
            var bytes = s
            let flagged = bytes.withUTF8 { Escape.needsEscaping($0, kind) }
            let agree = fast(s) == expected && appended(s, kind) == expected
                && flagged == (expected != s)
            return agree ? nil : kind
        }
    }

    @Test func eachScalarAloneAndInText() {
        var mismatches: [String] = []
        for value in Array(0..<0x3000) + Array(0xFE00...0xFFFF) as [UInt32] {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let alone = String(Character(scalar)), inside = "a\(alone)b ± µ"
            let padding = "abcdefghijklmno"
            let long = (0..<9).map { padding.prefix($0) + alone + padding }
            for s in [alone, inside] + long {
                let kinds = Self.disagreements(s)
                if !kinds.isEmpty { mismatches.append("\(String(value, radix: 16)) \(kinds)") }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }

    @Test func randomStrings() {
        let alphabet: [Unicode.Scalar] = [
            "a", "0", " ", "±", "µ", "°", "–", "→", "\u{7F}", "\u{85}", "\u{9F}", "\u{A0}",
            "\u{61C}", "\u{200B}", "\u{2028}", "\u{202E}", "\u{FEFF}", "\u{FFFE}", "\u{FFFF}",
            "\u{FFFD}", "\u{1F600}", "\n", "\t", "é", "\"", "'", "\\", "&", "<", ">", "`", "*",
            "_", "[", "]", "|", "#", "~", "!", "$", "(", ")",
        ]
        let plain: [Unicode.Scalar] = ["a", "b", "0", " ", ".", "±", "µ", "–", "é", "\u{1F600}"]
        var generator = SplitMix64(seed: 2027)
        var unchanged = 0
        for _ in 0..<20_000 {
            var scalars = (0..<Int.random(in: 0...40, using: &generator)).map { _ in
                plain.randomElement(using: &generator) ?? "a"
            }
            for _ in 0..<Int.random(in: 0...3, using: &generator) {
                scalars.insert(
                    alphabet.randomElement(using: &generator) ?? "a",
                    at: Int.random(in: 0...scalars.count, using: &generator))
            }
            var s = ""
            s.unicodeScalars.append(contentsOf: scalars)
            if Escape.xmlByScalars(s) == s { unchanged += 1 }
            #expect(Self.disagreements(s).isEmpty, "\(s.unicodeScalars.map { $0.value })")
        }
        #expect(unchanged > 2_000, "text that needs no escape is tested often")
    }
}
