import GoldenRecords

/// `--format junit`: JUnit XML as GitLab and GitHub test reporters read it: one `<testsuite>` per
/// paper, one `<testcase>` per golden id with `classname` = paper and `name` = id (GitLab keys and
/// de-duplicates on those); a failure's message carries expected, got, unit and errors, its body
/// the quoted source sentence; ids missing from the output are `<skipped>`; unknown ids are
/// failed cases of a suite `unknown-ids` (unless `--allow-unknown-ids`, then skipped).
enum JUnitReport: ReportFormat {
    static func render(_ report: ScoreReport, _ context: ReportContext) -> String {
        let x = Escape.xml
        let papers = Array(
            Set(
                report.scored.map(\.record.paper.key)
                    + report.missingIDs.map { String($0.prefix { $0 != "." }) })
        ).sorted()
        var suites = papers.map { paperSuite($0, report) }
        if !report.unknownIDs.isEmpty {
            suites.append(unknownSuite(report.unknownIDs, allowed: context.policy.allowUnknownIDs))
        }
        let tests = suites.map(\.tests).reduce(0, +)
        let failures = suites.map(\.failures).reduce(0, +)
        let skipped = suites.map(\.skipped).reduce(0, +)
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="validate-model \(x(context.file))" tests="\(tests)" \
            failures="\(failures)" errors="0" skipped="\(skipped)">
            \(suites.map(\.xml).joined(separator: "\n"))
            </testsuites>
            """
    }

    /// One `<testsuite>`: its counts and its `<testcase>` elements.
    private struct Suite {
        let name: String
        let tests: Int, failures: Int, skipped: Int
        let cases: [String]

        var xml: String {
            "  <testsuite name=\"\(Escape.xml(name))\" tests=\"\(tests)\" failures=\"\(failures)\""
                + " errors=\"0\" skipped=\"\(skipped)\">\n"
                + cases.joined(separator: "\n") + (cases.isEmpty ? "" : "\n") + "  </testsuite>"
        }
    }

    /// A paper's suite: a case per scored result, then a skipped case per id missing from the
    /// output.
    private static func paperSuite(_ paper: String, _ report: ScoreReport) -> Suite {
        let x = Escape.xml
        let rows = report.scored.filter { $0.record.paper.key == paper }.map(ReportRow.init)
        let missing = report.missingIDs.filter { $0.hasPrefix(paper + ".") }
        var cases = rows.map { testCase($0, paper: paper) }
        for id in missing {
            cases.append(
                "    <testcase classname=\"\(x(paper))\" name=\"\(x(id))\">\n"
                    + "      <skipped message=\"not in the model output\"/>\n    </testcase>"
            )
        }
        return Suite(
            name: paper, tests: rows.count + missing.count,
            failures: rows.count { $0.status.isFailure }, skipped: missing.count, cases: cases)
    }

    /// A scored result's `<testcase>`: a `<failure>` with the quoted source for a failure, empty
    /// for a pass, else the status and explanation as `<system-out>`.
    private static func testCase(_ row: ReportRow, paper: String) -> String {
        let x = Escape.xml
        let open = "    <testcase classname=\"\(x(paper))\" name=\"\(x(row.id))\">"
        if row.status.isFailure {
            return open
                + "\n      <failure type=\"\(row.status.rawValue)\" "
                + "message=\"\(x(row.failureMessage))\">"
                + "\(x("\"\(row.quote)\" (\(row.location))"))</failure>\n    </testcase>"
        } else if row.status == .pass {
            return "    <testcase classname=\"\(x(paper))\" name=\"\(x(row.id))\"/>"
        } else {
            return open
                + "\n      <system-out>"
                + "\(x("\(row.status.rawValue): \(row.explanation.joined(separator: "; "))"))"
                + "</system-out>\n    </testcase>"
        }
    }

    /// The `unknown-ids` suite: a failed case per unknown id, or a skipped one when `allowed`.
    private static func unknownSuite(_ unknownIDs: [UnknownID], allowed: Bool) -> Suite {
        let x = Escape.xml
        let cases = unknownIDs.map { u in
            "    <testcase classname=\"unknown-ids\" name=\"\(x(u.id))\">\n      "
                + (allowed
                    ? "<skipped message=\"\(x("unknown id, allowed by --allow-unknown-ids"))\"/>"
                    : "<failure type=\"unknown-id\" message=\""
                        + "\(x("no golden record has this id: \(Wording.unknown(u))"))\"/>")
                + "\n    </testcase>"
        }
        let n = unknownIDs.count
        return Suite(
            name: "unknown-ids", tests: n, failures: allowed ? 0 : n, skipped: allowed ? n : 0,
            cases: cases)
    }
}
