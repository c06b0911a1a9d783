import Foundation
import GoldenRecords
import Testing

/// The parser reads short decimals with an exact fast path and the rest with the standard
/// library; both must give the double `Double(String)` gives, bit for bit (signed zeros too).
@Suite("JSON numbers read as Double(String) reads them")
struct NumberParsingTests {
    /// Literals of every shape JSON allows: integers, fractions, exponents, signed zeros, long
    /// mantissas (past the fast path), exponents just inside and outside ±22.
    static func literals(_ count: Int, seed: UInt64) -> [String] {
        var g = SplitMix64(seed: seed)
        let fixed = [
            "0", "-0", "0.0", "-0.0", "0e5", "-0E-400", "1", "-1", "9007199254740992",
            "9007199254740993", "123456789012345678901234567890", "0.1", "0.30000000000000004",
            "1e22", "1e23", "1e-22", "1e-23", "4.9e-324", "2.2250738585072014e-308",
            "1.7976931348623157e308", "12.5E+3", "0.000000000000000000000001", "845", "10.5",
        ]
        return fixed + (0..<count).map { _ in
            var s = Bool.random(using: &g) ? "-" : ""
            let integerDigits = Int.random(in: 1...12, using: &g)
            s += String(Int.random(in: 1...9, using: &g))
            for _ in 1..<integerDigits { s += String(Int.random(in: 0...9, using: &g)) }
            if Int.random(in: 0...2, using: &g) > 0 {
                s += "."
                for _ in 0..<Int.random(in: 1...12, using: &g) {
                    s += String(Int.random(in: 0...9, using: &g))
                }
            }
            if Bool.random(using: &g) {
                s += ["e", "E"].randomElement(using: &g) ?? "e"
                s += ["", "+", "-"].randomElement(using: &g) ?? ""
                s += String(Int.random(in: 0...30, using: &g))
            }
            return s
        }
    }

    @Test(arguments: [1, 2] as [UInt64])
    func parsedValuesEqualDoubleOfText(_ seed: UInt64) throws {
        let texts = Self.literals(5_000, seed: seed)
        let results = texts.enumerated().map { k, text in
            "{\"id\": \"test2024.n.v-\(k)\", \"value\": \(text), \"unit\": \"1\"}"
        }
        let document = "{\"formatVersion\": 1, \"results\": [\(results.joined(separator: ", "))]}"
        let output = try ModelOutput.parse(data: Data(document.utf8))
        #expect(output.results.count == texts.count)
        var mismatches: [String] = []
        for (text, result) in zip(texts, output.results) {
            let expected = try #require(Double(text))
            guard case let .number(got) = result.value, got.bitPattern == expected.bitPattern
            else {
                mismatches.append("\(text): \(result.value) ≠ \(expected)")
                continue
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }
}
