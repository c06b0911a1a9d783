import Foundation
import Testing
import GoldenRecords
@testable import ValidateModelCLI

/// Options, help, --list and --template.
@Suite("validate-model options, help, --list, --template")
struct CommandLineTests {
    @Test func helpGoesToStdoutWithExitCodes() {
        let r = FixtureTests.run(["--help"])
        #expect(r.code == 0)
        #expect(r.err.isEmpty)
        let text = r.out.joined(separator: "\n")
        #expect(text.hasPrefix("OVERVIEW:"))
        for needle in ["USAGE:", "OPTIONS:", "EXIT CODES:", "STATUSES (docs/verdicts.md):", "0  no unknown id, no failing result", "1  otherwise", "2  usage error",
                       "--allow-unknown-ids", "documented-reading", "uninformative"] {
            #expect(text.contains(needle), "help lacks \(needle)")
        }
    }

    @Test(arguments: [
        (["--frobnicate"], "Error: unknown option '--frobnicate'"),
        ([], "Error: missing model-output file"),
        (["a.json", "b.json"], "Error: give one model-output file, got 2"),
        (["--golden"], "Error: missing value for '--golden'"),
        (["--list", "--template"], "Error: give only one of --list, --template, --reference-output, --cite"),
        (["--list", "x.json"], "Error: unexpected argument 'x.json'"),
    ] as [([String], String)])
    func usageErrorsExitTwoWithUsage(_ arguments: [String], _ message: String) {
        let r = FixtureTests.run(arguments)
        #expect(r.code == 2)
        #expect(r.err.first == message)
        #expect(r.err.dropFirst().first == Options.usage)
        #expect(r.out.isEmpty)
    }

    @Test func unknownPaperIsAnError() {
        let r = FixtureTests.run(["--list", "--paper", "nobody1999"])
        #expect(r.code == 2)
        #expect(r.err == ["Error: --paper: no golden records for 'nobody1999'; known papers: jun2024, kim2025, lee2020, park2022, wu2023"])
    }

    @Test func badGoldenFolderIsAnError() {
        let r = FixtureTests.run(["--list", "--golden", "/nonexistent"])
        #expect(r.code == 2)
        #expect(r.err.first?.hasPrefix("Error: golden data: /nonexistent:") == true)
    }

    @Test func listShowsEveryGoldenID() throws {
        let catalog = try GoldenCatalog.load()
        let r = FixtureTests.run(["--list"])
        #expect(r.code == 0)
        #expect(r.out.count == catalog.records.count)
        #expect(r.out.contains { $0.hasPrefix("kim2025.shell-thickness.eq1-75-25") && $0.contains("nm") && $0.contains("computed") && $0.hasSuffix("880") })
    }

    /// The template is valid model-output JSON once filled in, and lists every non-parameter id.
    @Test func templateListsComputableIDs() throws {
        let catalog = try GoldenCatalog.load()
        let r = FixtureTests.run(["--template", "--paper", "kim2025"])
        #expect(r.code == 0)
        let text = r.out.joined(separator: "\n")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let results = try #require(json["results"] as? [[String: Any]])
        #expect(results.count == catalog.records(paper: "kim2025").count { $0.kind != .parameter })
        #expect(results.allSatisfy { $0["value"] is NSNull })
        // Unfilled, every entry is "not reported": nothing is scored, every id counts as missing.
        let output = try ModelOutput.parse(data: Data(text.utf8), fileName: "template.json")
        #expect(output.results.isEmpty)
        #expect(output.unreported.count == results.count)
        #expect(r.out.joined().contains("\"note\": \"one of:") == (catalog.records(paper: "kim2025").contains {
            if case .category = $0.value { $0.kind != .parameter } else { false }
        }))
    }

    @Test func versionPrints() {
        let r = FixtureTests.run(["--version"])
        #expect(r.code == 0 && r.out == [ValidateModel.version])
    }
}
