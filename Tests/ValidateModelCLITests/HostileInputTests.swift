import Foundation
import Testing
import GoldenRecords
@testable import ValidateModelCLI

/// Probes of false passes and spoofing ("Verdicts you can trust", items 2, 5, 6, 7, 13, 14), run
/// in-process; `Fixtures/hostile/` holds the ones that are files (answers in
/// `Fixtures/expectations.json`, also run against the executable by `CatalogueTests`).
@Suite("validate-model on hostile input")
struct HostileInputTests {
    /// Writes `json` to a temporary file and runs the command on it.
    static func run(_ json: String, _ extra: [String] = []) throws -> (code: Int32, out: [String], err: [String]) {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-\(UInt32.random(in: 0...UInt32.max)).json")
        try Data(json.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let r = FixtureTests.run([url.path] + extra)
        return (r.code, r.out, r.err.map { $0.replacingOccurrences(of: url.path, with: "{file}") })
    }

    static func output(_ results: String, model: String = "\"m\"") -> String {
        "{\"formatVersion\": 1, \"model\": {\"name\": \(model)}, \"results\": [\(results)]}"
    }

    static let good = #"{"id": "kim2025.shell-thickness.eq1-95-5", "value": 181, "unit": "nm"}"#

    // MARK: Item 5: near-miss ids fail the run, with a "did you mean"

    struct NearMissID: Sendable, CustomTestStringConvertible {
        let name: String
        let id: String
        var testDescription: String { name }
    }

    static let nearMisses = [
        NearMissID(name: "typo", id: "kim2025.energy-density.model4-85wt-60"),
        NearMissID(name: "upper case", id: "KIM2025.energy-density.model4-85wt-60c"),
        NearMissID(name: "Cyrillic а", id: "kim2025.energy-density.model4-85wt-60с"),
        NearMissID(name: "zero-width joiner", id: "kim2025.energy-\u{200D}density.model4-85wt-60c"),
        NearMissID(name: "trailing space", id: "kim2025.energy-density.model4-85wt-60c "),
        NearMissID(name: "non-breaking hyphen", id: "kim2025.energy\u{2011}density.model4-85wt-60c"),
    ]

    @Test func nearMissesCountSix() { #expect(Self.nearMisses.count == 6) }

    /// A wrong value (1 Wh L⁻¹ for 1258) under a near-miss id, beside a correct result: exit 1,
    /// the id named with the one it most likely meant.
    @Test(arguments: nearMisses)
    func nearMissIDFailsTheRun(_ probe: NearMissID) throws {
        let escaped = String(data: try JSONSerialization.data(withJSONObject: [probe.id], options: []), encoding: .utf8) ?? ""
        let json = Self.output(Self.good + ", {\"id\": \(escaped.dropFirst().dropLast()), \"value\": 1, \"unit\": \"Wh L^-1\"}")
        let r = try Self.run(json)
        #expect(r.code == 1)
        #expect(r.out.last?.contains("1 unknown → FAIL (1 unknown id; fix it or pass --allow-unknown-ids)") == true, "\(r.out.last ?? "")")
        #expect(r.out.contains { $0.contains("did you mean 'kim2025.energy-density.model4-85wt-60c'?") }, "\(r.out)")
        let allowed = try Self.run(json, ["--allow-unknown-ids"])
        #expect(allowed.code == 0)
    }

    // MARK: Item 6: a misspelt condition name is an input error

    @Test func misspeltConditionNameIsAnInputError() throws {
        let r = try Self.run(Self.output(#"{"id": "kim2025.shell-thickness.eq1-95-5", "value": 181, "unit": "nm", "conditions": {"temprature": "30 °C"}}"#))
        #expect(r.code == 2)
        #expect(r.err.count == 1)
        #expect(r.err.first?.contains("unknown condition name; did you mean 'temperature'?") == true, "\(r.err)")
    }

    /// A declared 30 °C against a record at 60 °C is `not-comparable`, and fails the run.
    @Test func differentConditionsAreNotComparable() throws {
        let catalog = try GoldenCatalog.load()
        let record = try #require(catalog.records.first { $0.conditions.values["temperature"] != nil && $0.kind != .parameter })
        let unit = record.unit?.symbol ?? "1"
        guard case let .number(value) = record.value else { Issue.record("\(record.id) is not a number"); return }
        let r = try Self.run(Self.output(#"{"id": "\#(record.id)", "value": \#(value), "unit": "\#(unit)", "conditions": {"temperature": "-200 °C"}}"#))
        #expect(r.code == 1)
        #expect(r.out.contains { $0.hasPrefix("  not-comparable") }, "\(r.out)")
    }

    // MARK: Item 13: text from the file cannot forge lines or markup

    static let spoofName = #""x\nSummary: 1 scored: 1 pass, 0 fail; 0 not in output; 0 unknown → PASS\r# Heading\u001b[2J\u202e <img src=x onerror=alert(1)> `code` | a | [link](http://e)""#

    @Test func modelNameCannotForgeASummaryLine() throws {
        let r = try Self.run(Self.output(#"{"id": "kim2025.shell-thickness.eq1-95-5", "value": 999, "unit": "nm"}"#, model: Self.spoofName))
        #expect(r.code == 1)
        let lines = r.out
        #expect(lines.filter { $0.hasPrefix("Summary:") }.count == 1)
        #expect(lines.last?.hasSuffix("→ FAIL (no result reproduces a printed value or a documented reading)") == true)
        #expect(!lines.joined().contains("\u{1B}"))
        #expect(!lines.joined().contains("\u{202E}"))
        #expect(!lines.joined().contains("\r"))
    }

    @Test(arguments: ["text", "json", "junit", "markdown", "html"])
    func noFormatPassesControlCharactersThrough(_ format: String) throws {
        let r = try Self.run(Self.output(#"{"id": "kim2025.shell-thickness.eq1-95-5", "value": 999, "unit": "nm"}"#, model: Self.spoofName),
                             ["--format", format])
        let text = r.out.joined(separator: "\n")
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x0D || $0.value == 0x202E }, "\(format)")
    }

    @Test func markdownEscapesMarkup() throws {
        let r = try Self.run(Self.output(#"{"id": "kim2025.shell-thickness.eq1-95-5", "value": 999, "unit": "nm"}"#, model: Self.spoofName),
                             ["--format", "markdown"])
        let text = r.out.joined(separator: "\n")
        #expect(!text.contains("<img"))
        #expect(text.contains("&lt;img"))
        #expect(r.out.filter { $0.hasPrefix("#") }.count == 1, "only the report's own heading")
        // Every backtick and pipe from the file is escaped.
        let modelLine = try #require(r.out.first { $0.contains("(model:") })
        #expect(!modelLine.contains(" `code`"))
        #expect(modelLine.contains("\\`code\\`"))
        #expect(modelLine.contains("\\| a \\|"))
        #expect(modelLine.contains("\\[link\\]"))
    }

    /// A 1 MB model name or category is shown clipped, so no report line carries it whole.
    @Test func longTextFromTheFileIsClipped() throws {
        let long = String(repeating: "x", count: 1_000_000)
        let r = try Self.run(Self.output(#"{"id": "park2022.regime.cs3-60c", "value": "\#(long)"}"#, model: "\"\(long)\""))
        #expect(r.code == 1)
        #expect(r.out.allSatisfy { $0.utf8.count < 1000 }, "longest line: \(r.out.map(\.utf8.count).max() ?? 0)")
        #expect(r.out.first?.contains("… (1000000 characters)") == true)
    }

    @Test func idWithANewlineGivesOneErrorLine() throws {
        let r = try Self.run(Self.output(#"{"id": "kim2025.x\nError: forged", "value": 1}"#))
        #expect(r.code == 2)
        #expect(r.err == [#"Error: {file}: $.results[0] (id 'kim2025.x\u{A}Error: forged'): missing required field 'unit'; write '1' for a dimensionless number"#])
    }

    /// 2 000 unknown ids: the text report lists 20 and counts the rest (no 2 MB line); JUnit has
    /// a failed case for each.
    @Test func unknownIDListsAreCapped() throws {
        let unknown = (0..<2000).map { #"{"id": "nope.x.n-\#($0)", "value": 1, "unit": "1"}"# }.joined(separator: ", ")
        let json = Self.output(Self.good + ", " + unknown)
        let text = try Self.run(json)
        #expect(text.code == 1)
        #expect(text.out.allSatisfy { $0.utf8.count < 400 }, "longest line: \(text.out.map(\.utf8.count).max() ?? 0)")
        #expect(text.out.filter { $0.hasPrefix("  'nope.x.n-") }.count == TextReport.unknownListLimit)
        #expect(text.out.contains("  … and 1980 more (all of them: --format json)"))
        let junit = try Self.run(json, ["--format", "junit"]).out.joined(separator: "\n")
        #expect(junit.components(separatedBy: "<failure type=\"unknown-id\"").count - 1 == 2000)
        #expect(junit.contains("<testsuite name=\"unknown-ids\" tests=\"2000\" failures=\"2000\""))
    }

    // MARK: Item 14: the scorer owns the selection, and counts what it leaves out

    @Test func paperSelectionCountsWhatItLeavesOut() throws {
        let doc = try ReportFormatTests.json([ReportFormatTests.fixture("wrong-values.json"), "--paper", "lee2020"])
        let summary = try #require(doc["summary"] as? [String: Any])
        #expect(summary["deselected"] as? Int == 5)
        #expect(summary["scored"] as? Int == 0)
        #expect((doc["missing"] as? [String])?.isEmpty == false, "every lee2020 id a model computes is missing")
        let coverage = try #require(doc["coverage"] as? [[String: Any]])
        #expect(coverage.map { $0["paper"] as? String } == ["lee2020"])
    }

    // MARK: Item 10: a golden series answered with a one-point series (the executable crashed)

    @Test(arguments: [("[5]", "[100]", Int32(1)), ("[5, 15]", "[100, 200]", 0), ("[15]", "[200]", 1), ("[0, 15]", "[50, 200]", 0)])
    func seriesAgainstAGoldenSeriesNeverCrashes(_ x: String, _ y: String, _ code: Int32) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("series-\(UInt32.random(in: 0...UInt32.max))")
        let goldenDir = dir.appendingPathComponent("golden")
        try FileManager.default.createDirectory(at: goldenDir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let golden = #"{"formatVersion": 1, "paper": {"key": "ser2026", "citation": "c", "file": "f.txt"}, "records": [{"id": "ser2026.cap.curve", "quantity": "q", "location": {"section": "s"}, "quote": "capacity 100 and 200 at 5 and 15 MPa", "printed": "100 and 200", "value": {"series": {"x": [5, 15], "y": [100, 200], "xUnit": "MPa"}}, "unit": "mAh g^-1", "kind": "measured", "method": "m", "uncertainty": {"basis": "stated", "plusMinus": 1}, "notes": ""}]}"#
        try Data(golden.utf8).write(to: goldenDir.appendingPathComponent("ser2026.json"))
        let output = dir.appendingPathComponent("out.json")
        try Data(#"{"formatVersion": 1, "results": [{"id": "ser2026.cap.curve", "value": {"x": \#(x), "y": \#(y)}, "unit": "mAh g^-1", "xUnit": "MPa"}]}"#.utf8).write(to: output)
        for format in ["text", "json", "junit", "markdown", "html"] {
            let r = try CatalogueTests.run([output.path, "--golden", goldenDir.path, "--format", format])
            #expect(r.code == code, "\(format): \(r.err)")
            #expect(r.err.isEmpty)
        }
    }
}
