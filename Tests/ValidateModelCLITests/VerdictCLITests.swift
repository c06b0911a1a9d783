import Foundation
import Testing
import GoldenRecords
@testable import ValidateModelCLI

/// The exit policy of `docs/verdicts.md` through the command line: conflict groups under
/// `--require-all`, documented readings, echoed inputs and unfilled template entries.
@Suite("validate-model verdicts")
struct VerdictCLITests {
    /// Jun 2024 prints 119 (§2.3) and 118 (Conclusion) mAh g⁻¹ for one cell: one reported member
    /// covers the other under `--require-all`.
    @Test func oneMemberOfAConflictGroupSatisfiesRequireAll() throws {
        let one = #"{"formatVersion": 1, "results": [{"id": "jun2024.capacity.full-cell-bare-discharge-conclusion", "value": 118, "unit": "mAh g^-1"}]}"#
        let r = try HostileInputTests.run(one, ["--require-all", "--id", "jun2024.capacity.full-cell-bare-discharge*"])
        #expect(r.code == 0, "\(r.out.last ?? "")")
        #expect(r.out.last == "Summary: 1 scored: 1 pass, 0 fail; 0 not in output; 0 unknown → PASS")
        let both = try HostileInputTests.run(one, ["--require-all", "--id", "jun2024.capacity.full-cell-*-discharge*"])
        #expect(both.code == 1, "the Ag-coated cell's capacity is still missing")
    }

    @Test func theFixtureWithOneValueForBothPrintings() {
        let r = FixtureTests.run([ReportFormatTests.fixture("jun2024-printed-twice.json"), "--require-all",
                                  "--id", "jun2024.capacity.full-cell-bare-discharge*"])
        #expect(r.code == 0)
        #expect(r.out.contains { $0.hasPrefix("  other-printing  jun2024.capacity.full-cell-bare-discharge-conclusion") })
        #expect(r.out.contains { $0.contains("reproduces the paper's other printing of this quantity, jun2024.capacity.full-cell-bare-discharge (printed 119)") })
    }

    /// Kim Eq. (1) read as printed: exit 0, but never called a pass; the reading is named.
    @Test func documentedReadingPassesTheRunButIsNamed() {
        let r = FixtureTests.run([ReportFormatTests.fixture("kim2025-eq1-as-printed.json")])
        #expect(r.code == 0)
        let missing = NotInOutput.count("kim2025", reported: 2)
        #expect(r.out.last == "Summary: 2 scored: 0 pass, 2 documented reading, 0 fail; \(missing) not in output; 0 unknown → PASS")
        #expect(r.out.contains { $0.contains("equals the documented reading 'as-printed' of the paper's formula (1209.04 nm)") })
    }

    /// A template with two entries left null: those are "not in output", not errors.
    @Test func nullValuesAreNotReported() throws {
        let doc = try ReportFormatTests.json([ReportFormatTests.fixture("partly-filled-template.json")])
        let summary = try #require(doc["summary"] as? [String: Any])
        #expect(summary["notReported"] as? Int == 2)
        #expect(summary["exitCode"] as? Int == 0)
        let missing = try #require(doc["missing"] as? [String])
        #expect(missing.contains("kim2025.shell-thickness.eq1-75-25"))
    }

    /// `--quiet` and the text report end with the same line; JSON carries it as `summary.line`.
    @Test func everyFormatCarriesTheSameSummary() throws {
        let file = ReportFormatTests.fixture("wrong-values.json")
        let text = FixtureTests.run([file]).out.last
        #expect(FixtureTests.run([file, "--quiet"]).out == [text ?? ""])
        let summary = try #require(try ReportFormatTests.json([file])["summary"] as? [String: Any])
        #expect(summary["line"] as? String == text)
        let markdown = FixtureTests.run([file, "--format", "markdown"]).out.joined(separator: "\n")
        #expect(markdown.contains("5 scored: 1 pass, 2 documented reading, 2 fail"))
    }
}
