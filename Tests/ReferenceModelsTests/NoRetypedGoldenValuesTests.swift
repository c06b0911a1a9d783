import Foundation
import Testing
import GoldenRecords

/// No paper value is retyped in `Sources/ReferenceModels`: the models read every golden number
/// from the catalog (`GoldenCatalog.number(_:in:)`), so that a corrected record changes the model
/// too. The scan is lexical: it strips comments and string literals from each Swift file and
/// compares every decimal literal with the numbers (and range bounds) of all golden records.
///
/// Only golden numbers with 3 or more significant digits are checked (34.1, 335, 1.71e-10): one-
/// and two-digit values such as 2, 25 or 0.5 collide with loop bounds, grid steps and stoichiometry
/// far too often to mean anything.
struct NoRetypedGoldenValuesTests {
    /// A literal that equals a golden number but is not that paper value.
    struct Allowed: Hashable {
        /// Path below `Sources/ReferenceModels/`.
        let file: String
        /// The literal as written.
        let literal: String
        /// Why it is not a paper value.
        let why: String
    }

    /// Every entry must say why its literal is not a paper value; an unused entry fails the test.
    static let allowList: [Allowed] = []

    /// Golden numbers with ≥ 3 significant digits, each with the ids of the records holding it.
    static func goldenNumbers() throws -> [Double: [String]] {
        var numbers: [Double: [String]] = [:]
        for record in try GoldenCatalog.load().records {
            let values: [Double]
            switch record.value {
            case let .number(x): values = [x]
            case let .range(lo, hi): values = [lo, hi]
            default: values = []
            }
            for x in values where x.isFinite && significantDigits(x) >= 3 {
                numbers[abs(x), default: []].append(record.id)
            }
        }
        return numbers
    }

    /// Significant digits of the shortest decimal form of `x`: 34.1 → 3, 335 → 3, 150 → 2,
    /// 1.71e-10 → 3.
    static func significantDigits(_ x: Double) -> Int {
        let mantissa = "\(abs(x))".lowercased().split(separator: "e")[0]
        let digits = mantissa.filter(\.isNumber).drop { $0 == "0" }
        return digits.reversed().drop { $0 == "0" }.count
    }

    /// `line` without comments and string contents; `state` carries block comments and
    /// multi-line strings over to the next line.
    enum LexState { case code, blockComment, multilineString }

    static func code(of line: Substring, state: inout LexState) -> String {
        var out = ""
        let chars = Array(line)
        var i = 0
        var inString = false
        while i < chars.count {
            let rest = chars[i...]
            switch state {
            case .blockComment:
                if rest.starts(with: ["*", "/"]) { state = .code; i += 2 } else { i += 1 }
                continue
            case .multilineString:
                if rest.starts(with: ["\"", "\"", "\""]) { state = .code; i += 3 } else { i += 1 }
                out.append(" ")
                continue
            case .code:
                break
            }
            if inString {
                if chars[i] == "\\" { i += 2; continue }
                if chars[i] == "\"" { inString = false }
                i += 1
                out.append(" ")
                continue
            }
            if rest.starts(with: ["/", "/"]) { break }
            if rest.starts(with: ["/", "*"]) { state = .blockComment; i += 2; continue }
            if rest.starts(with: ["\"", "\"", "\""]) { state = .multilineString; i += 3; continue }
            if chars[i] == "\"" { inString = true; i += 1; continue }
            out.append(chars[i])
            i += 1
        }
        return out
    }

    /// Decimal literals (not parts of identifiers, tuple indices or hex numbers).
    static let literal = try! NSRegularExpression(
        pattern: #"(?<![A-Za-z0-9_.$])([0-9][0-9_]*(?:\.[0-9][0-9_]*)?(?:[eE][+-]?[0-9]+)?)(?![A-Za-z0-9_])"#)

    /// Every literal in the Swift files under `folder` that equals a golden number.
    static func findings(in folder: URL, golden: [Double: [String]])
        throws -> [(file: String, line: Int, literal: String, ids: [String])]
    {
        var found: [(file: String, line: Int, literal: String, ids: [String])] = []
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
            .sorted { $0.path < $1.path } ?? []
        for url in files {
            let relative = String(url.path.dropFirst(folder.path.count + 1))
            var state = LexState.code
            let text = try String(contentsOf: url, encoding: .utf8)
            for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let code = code(of: line, state: &state)
                let range = NSRange(code.startIndex..., in: code)
                for match in literal.matches(in: code, range: range) {
                    guard let r = Range(match.range(at: 1), in: code) else { continue }
                    let text = String(code[r])
                    guard let value = Double(text.replacingOccurrences(of: "_", with: "")),
                          let ids = golden[value] else { continue }
                    found.append((relative, n + 1, text, ids))
                }
            }
        }
        return found
    }

    static var sources: URL {
        GoldenCatalog.packageRoot.appendingPathComponent("Sources/ReferenceModels", isDirectory: true)
    }

    @Test func noGoldenNumberIsRetypedInTheReferenceModels() throws {
        let found = try Self.findings(in: Self.sources, golden: Self.goldenNumbers())
        var used: Set<Allowed> = []
        for hit in found {
            if let allowed = Self.allowList.first(where: { $0.file == hit.file && $0.literal == hit.literal }) {
                used.insert(allowed)
                continue
            }
            Issue.record("""
                Sources/ReferenceModels/\(hit.file):\(hit.line): literal \(hit.literal) retypes golden \
                \(hit.ids.joined(separator: ", ")); read it with GoldenCatalog.number(_:in:)
                """)
        }
        for entry in Self.allowList where !used.contains(entry) {
            Issue.record("allow-list entry \(entry.file) \(entry.literal) matches nothing; remove it")
        }
    }

    /// The scanner itself: it finds a retyped value and skips comments, strings and identifiers.
    @Test func scannerFindsLiteralsOnlyInCode() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("no-retyped-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = """
            let a = 34.1 // 572
            /* 335
               1.71e-10 */ let b = "335 \\(x)" + li9Ag4
            let c = 1.71e-10, d = (1, 2).1, e = 0x572, f = { $0.572 }
            """
        try source.write(to: folder.appendingPathComponent("Sample.swift"), atomically: true, encoding: .utf8)
        let golden: [Double: [String]] = [34.1: ["a"], 572: ["b"], 0.572: ["e"], 335: ["c"], 1.71e-10: ["d"]]
        let found = try Self.findings(in: folder, golden: golden)
        #expect(found.map { "\($0.line):\($0.literal)" } == ["1:34.1", "4:1.71e-10"])
        #expect(Self.significantDigits(34.1) == 3)
        #expect(Self.significantDigits(150) == 2)
        #expect(Self.significantDigits(1.71e-10) == 3)
        #expect(Self.significantDigits(0.0038) == 2)
    }
}
