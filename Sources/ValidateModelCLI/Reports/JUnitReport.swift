import GoldenRecords

/// `--format junit`: JUnit XML as GitLab and GitHub test reporters read it: one `<testsuite>` per
/// paper, one `<testcase>` per golden id with `classname` = paper and `name` = id (GitLab keys and
/// de-duplicates on those); a failure's message carries expected, got, unit and errors, its body
/// the quoted source sentence; ids missing from the output are `<skipped>`; unknown ids are
/// failed cases of a suite `unknown-ids` (unless `--allow-unknown-ids`, then skipped).
enum JUnitReport: ReportFormat {
    static func render(_ report: ScoreReport, _ context: ReportContext) -> String {
        renderText(report, context).text
    }

    /// The suites' counts first (the `<testsuites>` element carries their sums), then each
    /// suite written straight into the buffer.
    static func renderText(_ report: ScoreReport, _ context: ReportContext) -> ReportText {
        let rowsOfPaper = report.rowsByPaper
        let papers = Array(
            Set(rowsOfPaper.keys).union(report.missingIDs.map { String($0.prefix { $0 != "." }) })
        ).sorted()
        var suites = papers.map { paper in
            let rows = rowsOfPaper[paper] ?? []
            let missing = report.missingIDs.filter { $0.hasPrefix(paper + ".") }
            return Suite(
                name: paper, tests: rows.count + missing.count,
                failures: rows.count { report.scored[$0].status.isFailure },
                skipped: missing.count, cases: .paper(rows: rows, missing: missing))
        }
        let allowed = context.policy.allowUnknownIDs
        if !report.unknownIDs.isEmpty {
            let n = report.unknownIDs.count
            suites.append(
                Suite(
                    name: "unknown-ids", tests: n, failures: allowed ? 0 : n,
                    skipped: allowed ? n : 0, cases: .unknown))
        }
        var out = ReportText(capacity: 100 * report.scored.count + 4096)
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"")
        out.append(escaping: "validate-model \(context.file)", .xml)
        out.append(
            "\" tests=\"\(suites.map(\.tests).reduce(0, +))\""
                + " failures=\"\(suites.map(\.failures).reduce(0, +))\" errors=\"0\""
                + " skipped=\"\(suites.map(\.skipped).reduce(0, +))\">\n")
        for (k, suite) in suites.enumerated() {
            if k > 0 { out.append("\n") }
            suite.append(report, allowed: allowed, to: &out)
        }
        out.append("\n</testsuites>")
        return out
    }

    /// One `<testsuite>`: its counts and what its `<testcase>` elements are made from.
    private struct Suite {
        enum Cases {
            /// A paper's scored results (indices into `scored`) and its ids not in the output.
            case paper(rows: [Int], missing: [String])
            /// The report's unknown ids.
            case unknown
        }

        let name: String
        let tests: Int, failures: Int, skipped: Int
        let cases: Cases

        /// The element, its cases one per line.
        func append(_ report: ScoreReport, allowed: Bool, to out: inout ReportText) {
            out.append("  <testsuite name=\"")
            out.append(escaping: name, .xml)
            out.append(
                "\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"0\""
                    + " skipped=\"\(skipped)\">\n")
            switch cases {
            case let .paper(rows, missing):
                for k in rows { testCase(report.scored[k], paper: name, to: &out) }
                for id in missing { skippedCase(id, paper: name, to: &out) }
            case .unknown:
                for u in report.unknownIDs { unknownCase(u, allowed: allowed, to: &out) }
            }
            out.append("  </testsuite>")
        }
    }

    /// `<testcase classname="paper" name="id"` (the element left open).
    private static func openCase(_ paper: String, _ id: String, to out: inout ReportText) {
        out.append("    <testcase classname=\"")
        out.append(escaping: paper, .xml)
        out.append("\" name=\"")
        out.append(escaping: id, .xml)
        out.append("\"")
    }

    /// An id missing from the output: a skipped case.
    private static func skippedCase(_ id: String, paper: String, to out: inout ReportText) {
        openCase(paper, id, to: &out)
        out.append(">\n      <skipped message=\"not in the model output\"/>\n    </testcase>\n")
    }

    /// A scored result's `<testcase>`: a `<failure>` with the quoted source for a failure, empty
    /// for a pass, else the status and explanation as `<system-out>`; a line break after it.
    private static func testCase(_ row: ScoredResult, paper: String, to out: inout ReportText) {
        openCase(paper, row.record.id, to: &out)
        let status = row.status.rawValue
        if row.status.isFailure {
            out.append(">\n      <failure type=\"\(status)\" message=\"")
            let start = out.count
            ReportRow.appendFailureMessage(row, explanation: Wording.explanation(row), to: &out)
            out.escape(from: start, .xml)
            out.append("\">")
            let source = "\"\(row.record.quote)\" (\(row.record.location.description))"
            out.append(escaping: source, .xml)
            out.append("</failure>\n    </testcase>\n")
        } else if row.status == .pass {
            out.append("/>\n")
        } else {
            out.append(">\n      <system-out>")
            out.append(
                escaping: "\(status): \(Wording.explanation(row).joined(separator: "; "))", .xml)
            out.append("</system-out>\n    </testcase>\n")
        }
    }

    /// An unknown id: a failed case, or a skipped one when `allowed`; a line break after it.
    private static func unknownCase(_ u: UnknownID, allowed: Bool, to out: inout ReportText) {
        openCase("unknown-ids", u.id, to: &out)
        out.append(">\n      ")
        if allowed {
            out.append("<skipped message=\"")
            out.append(escaping: "unknown id, allowed by --allow-unknown-ids", .xml)
            out.append("\"/>")
        } else {
            out.append("<failure type=\"unknown-id\" message=\"")
            out.append(escaping: "no golden record has this id: \(Wording.unknown(u))", .xml)
            out.append("\"/>")
        }
        out.append("\n    </testcase>\n")
    }
}
