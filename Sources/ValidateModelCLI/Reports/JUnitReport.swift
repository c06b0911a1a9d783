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
        var suites: [String] = []
        var total = (tests: 0, failures: 0, skipped: 0)
        for paper in papers {
            let rows = report.scored.filter { $0.record.paper.key == paper }.map(ReportRow.init)
            let missing = report.missingIDs.filter { $0.hasPrefix(paper + ".") }
            let failures = rows.count { $0.status.isFailure }
            var cases: [String] = []
            for row in rows {
                let open = "    <testcase classname=\"\(x(paper))\" name=\"\(x(row.id))\">"
                if row.status.isFailure {
                    cases.append(
                        open
                            + "\n      <failure type=\"\(row.status.rawValue)\" message=\"\(x(row.failureMessage))\">"
                            + "\(x("\"\(row.quote)\" (\(row.location))"))</failure>\n    </testcase>"
                    )
                } else if row.status == .pass {
                    cases.append("    <testcase classname=\"\(x(paper))\" name=\"\(x(row.id))\"/>")
                } else {
                    cases.append(
                        open
                            + "\n      <system-out>"
                            + "\(x("\(row.status.rawValue): \(row.explanation.joined(separator: "; "))"))"
                            + "</system-out>\n    </testcase>"
                    )
                }
            }
            for id in missing {
                cases.append(
                    "    <testcase classname=\"\(x(paper))\" name=\"\(x(id))\">\n"
                        + "      <skipped message=\"not in the model output\"/>\n    </testcase>"
                )
            }
            total.tests += rows.count + missing.count
            total.failures += failures
            total.skipped += missing.count
            suites.append(
                suite(
                    paper, tests: rows.count + missing.count, failures: failures,
                    skipped: missing.count, cases: cases))
        }
        if !report.unknownIDs.isEmpty {
            let allowed = context.policy.allowUnknownIDs
            let cases = report.unknownIDs.map { u in
                "    <testcase classname=\"unknown-ids\" name=\"\(x(u.id))\">\n      "
                    + (allowed
                        ? "<skipped message=\"\(x("unknown id, allowed by --allow-unknown-ids"))\"/>"
                        : "<failure type=\"unknown-id\" message=\""
                            + "\(x("no golden record has this id: \(Wording.unknown(u))"))\"/>")
                    + "\n    </testcase>"
            }
            let n = report.unknownIDs.count
            total.tests += n
            if allowed { total.skipped += n } else { total.failures += n }
            suites.append(
                suite(
                    "unknown-ids", tests: n, failures: allowed ? 0 : n, skipped: allowed ? n : 0,
                    cases: cases))
        }
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="validate-model \(x(context.file))" tests="\(total.tests)" \
            failures="\(total.failures)" errors="0" skipped="\(total.skipped)">
            \(suites.joined(separator: "\n"))
            </testsuites>
            """
    }

    private static func suite(
        _ name: String, tests: Int, failures: Int, skipped: Int, cases: [String]
    ) -> String {
        "  <testsuite name=\"\(Escape.xml(name))\" tests=\"\(tests)\" failures=\"\(failures)\""
            + " errors=\"0\" skipped=\"\(skipped)\">\n"
            + cases.joined(separator: "\n") + (cases.isEmpty ? "" : "\n") + "  </testsuite>"
    }
}
