import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import GoldenRecords
@testable import ValidateModelCLI

/// `--format`, `--output`, selection and gates, `--cite`.
@Suite("validate-model report formats")
struct ReportFormatTests {
    static func fixture(_ name: String) -> String { GoldenCatalog.packageRoot.appendingPathComponent("Fixtures/\(name)").path }

    static func json(_ arguments: [String]) throws -> [String: Any] {
        let r = FixtureTests.run(arguments + ["--format", "json"])
        return try #require(try JSONSerialization.jsonObject(with: Data(r.out.joined(separator: "\n").utf8)) as? [String: Any])
    }

    /// Per paper, scored + not in output + covered by another printing = available (parameters
    /// are never available), and scored = reproduced + documented reading + failed + within
    /// the model's uncertainty.
    @Test(arguments: ["reference-output.json", "wrong-values.json", "park2022-wrong-regime.json", "jun2024-printed-twice.json"])
    func coverageAddsUp(_ name: String) throws {
        let doc = try Self.json([Self.fixture(name)])
        let coverage = try #require(doc["coverage"] as? [[String: Any]])
        #expect(!coverage.isEmpty)
        for paper in coverage {
            let n = { (key: String) in paper[key] as? Int ?? -1_000_000 }
            #expect(n("scored") + n("missing") + n("coveredByOtherPrinting") == n("available"), "\(paper)")
            #expect(n("reproduced") + n("documentedReading") + n("failed") <= n("scored"), "\(paper)")
        }
    }

    @Test func jsonReportCarriesSummaryAndResults() throws {
        let doc = try Self.json([Self.fixture("wrong-values.json")])
        #expect(doc["reportVersion"] as? Int == 2)
        let summary = try #require(doc["summary"] as? [String: Any])
        #expect(summary["scored"] as? Int == 5)
        let statuses = try #require(summary["statuses"] as? [String: Int])
        #expect(statuses["fail"] == 2)
        #expect(statuses["documented-reading"] == 2)
        #expect(statuses["pass"] == 1)
        #expect(summary["failures"] as? Int == 2)
        #expect(summary["verdict"] as? String == "fail")
        let results = try #require(doc["results"] as? [[String: Any]])
        #expect(results.count == 5)
        #expect(results.allSatisfy { ($0["quote"] as? String)?.isEmpty == false })
    }

    @Test(arguments: ["text", "json", "junit", "markdown", "html"])
    func reportsAreDeterministic(_ format: String) {
        let a = FixtureTests.run([Self.fixture("wrong-values.json"), "--format", format])
        let b = FixtureTests.run([Self.fixture("wrong-values.json"), "--format", format])
        #expect(a.out == b.out)
        #expect(a.code == 1)
    }

    /// At scale the golden file and the results are parsed and scored in chunks on all cores; two
    /// runs of the executable (two schedulings) still give the same bytes, in every format.
    @Test func largeInputsGiveTheSameBytesTwice() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("determinism-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("golden"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let n = 9000
        let records: [[String: Any]] = (0..<n).map { i in
            ["id": "big2026.value.n-\(i)", "quantity": "q", "location": ["section": "s"], "quote": "it was \(i).5 nm",
             "printed": "\(i).5", "value": ["number": Double(i) + 0.5], "unit": "nm", "kind": "computed", "method": "m",
             "uncertainty": ["basis": "printed-precision"], "notes": ""]
        }
        let golden: [String: Any] = ["formatVersion": 1, "paper": ["key": "big2026", "citation": "Synthetic", "file": "none.txt"], "records": records]
        try JSONSerialization.data(withJSONObject: golden).write(to: dir.appendingPathComponent("golden/big2026.json"))
        // Results in another order, in µm, every seventh one off, some ids unknown, some missing.
        var results: [[String: Any]] = []
        for i in (0..<n).reversed() where i % 11 != 0 {
            let id = i % 13 == 0 ? "big2026.value.unknown-\(i)" : "big2026.value.n-\(i)"
            let nanometres = Double(i) + 0.5 + (i % 7 == 0 ? 2 : 0)
            results.append(["id": id, "value": nanometres / 1000, "unit": "µm"])
        }
        let output = dir.appendingPathComponent("output.json")
        try JSONSerialization.data(withJSONObject: ["formatVersion": 1, "results": results]).write(to: output)
        for format in ["text", "json", "junit", "markdown", "html"] {
            let arguments = [output.path, "--golden", dir.appendingPathComponent("golden").path, "--format", format]
            let a = try CatalogueTests.run(arguments), b = try CatalogueTests.run(arguments)
            #expect(a.code == 1 && b.code == 1, "\(format): \(a.err)")
            #expect(a.out == b.out, "\(format) differs between two runs")
            #expect(a.out.count > 100_000, "\(format): the report covers every result")
        }
    }

    /// JUnit XML parses, and its counts equal the JSON report's.
    @Test(arguments: ["wrong-values.json", "reference-output.json", "example-pass.json"])
    func junitIsWellFormedAndCountsAgree(_ name: String) throws {
        let xml = FixtureTests.run([Self.fixture(name), "--format", "junit"]).out.joined(separator: "\n")
        final class Counter: NSObject, XMLParserDelegate {
            var cases = 0, failures = 0, skipped = 0, suites: [String: String] = [:]
            func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
                switch name {
                case "testcase": cases += 1
                case "failure": failures += 1
                case "skipped": skipped += 1
                case "testsuites": suites = attributes
                default: break
                }
            }
        }
        let counter = Counter()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = counter
        #expect(parser.parse())
        let doc = try Self.json([Self.fixture(name)])
        let summary = try #require(doc["summary"] as? [String: Any])
        let scored = try #require(doc["results"] as? [Any]).count, missing = try #require(summary["missing"] as? Int)
        #expect(counter.cases == scored + missing)
        #expect(counter.failures == summary["failures"] as? Int)
        #expect(counter.skipped == missing)
        #expect(counter.suites["tests"] == String(scored + missing))
    }

    @Test func junitEscapesEverything() {
        #expect(Escape.xml("a<b & \"c\" 'd'>\n\u{1}") == "a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;&#10;\\u{1}")
    }

    @Test func markdownStaysUnderItsLimit() throws {
        let output = try ModelOutput.read(file: Self.fixture("wrong-values.json"))
        let report = try Scorer.score(output, against: GoldenCatalog.load())
        let policy = RunVerdict.Policy()
        let context = ReportContext(file: "w.json", modelName: nil, goldenCount: 1,
                                    verdict: RunVerdict(report: report, policy: policy), policy: policy)
        let full = MarkdownReport.render(report, context)
        #expect(full.contains("| ✅ pass | kim2025.capacity.model4-85wt-60c |"))
        let small = MarkdownReport.render(report, context, limit: 1800)
        #expect(small.utf8.count <= 1800)
        #expect(full.utf8.count > 1800)
        #expect(small.contains("results that do not fail and"))
        #expect(!small.contains("| ✅ pass |"))
    }

    /// `wrong-values.json`: five Kim 2025 results.
    static var wrongValuesSummary: String {
        "Summary: 5 scored: 1 pass, 2 documented reading, 2 fail; \(NotInOutput.count("kim2025", reported: 5)) not in output; 0 unknown → FAIL"
    }

    @Test func outputFileGetsTheReportAndTheTerminalTheSummary() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("report-\(UInt32.random(in: 0...UInt32.max)).xml").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let r = FixtureTests.run([Self.fixture("wrong-values.json"), "--format", "junit", "--output", path])
        #expect(r.code == 1)
        #expect(r.out == [Self.wrongValuesSummary])
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("<?xml"))
    }

    @Test func quietPrintsOnlyTheSummary() {
        let r = FixtureTests.run([Self.fixture("wrong-values.json"), "--quiet"])
        #expect(r.code == 1)
        #expect(r.out == [Self.wrongValuesSummary])
    }

    @Test func unwritableOutputIsAnInputError() {
        let r = FixtureTests.run([Self.fixture("wrong-values.json"), "--output", "/nonexistent-dir/report.txt"])
        #expect(r.code == 2)
        #expect(r.err.first?.hasPrefix("Error: /nonexistent-dir/report.txt: cannot write the report") == true)
    }

    @Test(arguments: [
        // 3 of 5 do not fail (1 pass, 2 documented readings): pass fraction 0.6.
        (["--min-pass-fraction", "0.6"], Int32(0), ""),
        (["--min-pass-fraction", "0.61"], 1, "pass fraction 0.6 < 0.61"),
        (["--id", "kim2025.capacity.*"], 0, ""),
        (["--id", "kim2025.shell-thickness.*"], 0, ""),  // both documented readings of Eq. (1)
        (["--id", "kim2025.energy-density.*"], 1, ""),
    ] as [([String], Int32, String)])
    func gates(_ extra: [String], _ code: Int32, _ reason: String) {
        let r = FixtureTests.run([Self.fixture("wrong-values.json")] + extra)
        #expect(r.code == code)
        if !reason.isEmpty { #expect(r.out.last?.hasSuffix("(\(reason))") == true) }
    }

    @Test func requireAllFailsOnMissingIDs() {
        let r = FixtureTests.run([Self.fixture("example-pass.json"), "--require-all"])
        #expect(r.code == 1)
        let missing = NotInOutput.count("kim2025", reported: 4)
        #expect(r.out.last == "Summary: 4 scored: 4 pass, 0 fail; \(missing) not in output; 0 unknown → FAIL (--require-all: \(missing) golden ids missing)")
        let all = FixtureTests.run([Self.fixture("example-pass.json"), "--require-all", "--id", "kim2025.shell-thickness.eq1-*"])
        #expect(all.code == 0)
    }

    @Test func selectionCountsWhatItLeavesOut() throws {
        let doc = try Self.json([Self.fixture("wrong-values.json"), "--id", "kim2025.capacity.*"])
        let summary = try #require(doc["summary"] as? [String: Any])
        #expect(summary["scored"] as? Int == 1)
        #expect(summary["deselected"] as? Int == 4)
    }

    @Test(arguments: [
        (["x.json", "--format", "pdf"], "Error: unknown format 'pdf'; use one of text, json, junit, markdown, html"),
        (["x.json", "--min-pass-fraction", "1.5"], "Error: --min-pass-fraction takes a number above 0 and at most 1, got '1.5'"),
        (["x.json", "--min-pass-fraction", "nan"], "Error: --min-pass-fraction takes a number above 0 and at most 1, got 'nan'"),
        (["x.json", "--min-pass-fraction", "0"], "Error: --min-pass-fraction takes a number above 0 and at most 1, got '0'"),
        (["x.json", "--min-pass-fraction", "1e-400"], "Error: --min-pass-fraction takes a number above 0 and at most 1, got '1e-400'"),
        (["x.json", "--min-pass-fraction", "-0"], "Error: --min-pass-fraction takes a number above 0 and at most 1, got '-0'"),
    ] as [([String], String)])
    func badOptions(_ arguments: [String], _ message: String) {
        let r = FixtureTests.run(arguments)
        #expect(r.code == 2)
        #expect(r.err.first == message)
    }

    @Test func citePrintsTheScoredPapers() {
        let r = FixtureTests.run(["--cite", Self.fixture("example-pass.json")])
        #expect(r.code == 0)
        let text = r.out.joined(separator: "\n")
        #expect(text.hasPrefix("@article{kim2025,"))
        #expect(text.contains("doi = {10.1007/s40820-024-01644-6}"))
    }

    /// Every shipped golden file carries a complete `@article`, so the fallback never shows.
    @Test func citeWithoutAFilePrintsFiveArticles() {
        let r = FixtureTests.run(["--cite"])
        #expect(r.code == 0)
        let text = r.out.joined(separator: "\n")
        let keys = ShippedGolden.fileNames.map { String($0.dropLast(".json".count)) }
        #expect(text.components(separatedBy: "@article{").count - 1 == keys.count)
        for key in keys {
            #expect(text.contains("@article{\(key),\n"), "\(key)")
        }
        #expect(!text.contains("@misc"))
        #expect(!text.contains("%"), "no incomplete-entry comment")
    }

    @Test func citeFallsBackToMisc() {
        func paper(_ citation: String, doi: String? = nil) -> Paper {
            Paper(key: "test2024", citation: citation, doi: doi, file: "t.txt", bibtex: nil)
        }
        #expect(Citation.bibtex([paper("A. Author, Title (2024)", doi: "10.1/x")]) == """
            % test2024: no bibtex in the golden file; made from its citation, complete by hand
            @misc{test2024,
              note = {A. Author, Title (2024)},
              doi = {10.1/x}
            }
            """)
        // A stray brace would swallow the entries after it: unbalanced braces go, balanced ones stay.
        #expect(Citation.bibtex([paper("A. Author, {Li} anodes} (2024)")]).hasSuffix("""
            @misc{test2024,
              note = {A. Author, Li anodes (2024)}
            }
            """))
        let nested = Citation.bibtex([paper("A. Author, {Li} anodes (2024)")])
        #expect(nested.contains("note = {A. Author, {Li} anodes (2024)}"))
    }

    /// A golden folder of the user's own whose paper has no `bibtex`: the executable prints the
    /// `@misc` fallback for it, beside nothing else.
    @Test func citeFallsBackToMiscForAGoldenFolderWithoutBibtex() throws {
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("cite-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let golden = #"""
            {"formatVersion": 1,
             "paper": {"key": "own2026", "citation": "A. Author, Own data (2026)", "doi": "10.1234/own.2026",
                       "file": "own.txt"},
             "records": [{"id": "own2026.cell.pressure", "quantity": "q", "location": {"section": "s"},
                          "quote": "pressed at 70 MPa", "printed": "70", "value": {"number": 70}, "unit": "MPa",
                          "kind": "parameter", "method": "m", "uncertainty": {"basis": "printed-precision"},
                          "notes": ""}]}
            """#
        try Data(golden.utf8).write(to: dir.appendingPathComponent("own2026.json"))
        let r = try CatalogueTests.run(["--cite", "--golden", dir.path])
        #expect(r.code == 0, "\(r.err)")
        #expect(r.err.isEmpty)
        #expect(r.out == """
            % own2026: no bibtex in the golden file; made from its citation, complete by hand
            @misc{own2026,
              note = {A. Author, Own data (2026)},
              doi = {10.1234/own.2026}
            }

            """)
    }

    @Test(arguments: [
        ("kim2025.shell-thickness.eq1-75-25", "kim2025.*", true),
        ("kim2025.shell-thickness.eq1-75-25", "*.eq1-??-25", true),
        ("kim2025.shell-thickness.eq1-75-25", "kim2025.capacity.*", false),
        ("abc", "a*b*c", true),
        ("abc", "", false),
        ("", "*", true),
    ])
    func globMatching(_ id: String, _ pattern: String, _ expected: Bool) {
        #expect(Selection.matches(id, pattern: pattern) == expected)
    }
}
