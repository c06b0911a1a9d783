import GoldenRecords

/// `--format junit`: JUnit XML as GitLab and GitHub test reporters read it: one `<testsuite>` per
/// paper, one `<testcase>` per golden id with `classname` = paper and `name` = id (GitLab keys and
/// de-duplicates on those); a failure's message carries expected, got, unit and errors, its body
/// the quoted source sentence; ids missing from the output are `<skipped>`.
enum JUnitReport {
    static func render(_ report: ScoreReport, _ context: ReportContext) -> String {
        let papers = Array(Set(report.scored.map(\.record.paper.key) + report.missingIDs.map { String($0.prefix { $0 != "." }) })).sorted()
        var suites: [String] = []
        var total = (tests: 0, failures: 0, skipped: 0)
        for paper in papers {
            let rows = report.scored.filter { $0.record.paper.key == paper }
            let missing = report.missingIDs.filter { $0.hasPrefix(paper + ".") }
            let failures = rows.count { $0.status == .fail }
            total.tests += rows.count + missing.count
            total.failures += failures
            total.skipped += missing.count
            var cases: [String] = []
            for row in rows {
                let attributes = "classname=\"\(xml(paper))\" name=\"\(xml(row.record.id))\""
                let open = "    <testcase \(attributes)>"
                switch row.status {
                case .pass:
                    cases.append("    <testcase \(attributes)/>")
                case .knownDiscrepancy:
                    cases.append(open + "\n      <system-out>\(xml("known discrepancy: \(row.detail)"))</system-out>\n    </testcase>")
                case .fail:
                    let message = MarkdownReport.failureMessage(row)
                    cases.append(open + "\n      <failure type=\"fail\" message=\"\(xml(message))\">\(xml("\"\(row.record.quote)\" (\(row.record.location))"))</failure>\n    </testcase>")
                }
            }
            for id in missing {
                cases.append("    <testcase classname=\"\(xml(paper))\" name=\"\(xml(id))\">\n      <skipped message=\"not in the model output\"/>\n    </testcase>")
            }
            suites.append("  <testsuite name=\"\(xml(paper))\" tests=\"\(rows.count + missing.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"\(missing.count)\">\n"
                          + cases.joined(separator: "\n") + (cases.isEmpty ? "" : "\n") + "  </testsuite>")
        }
        return """
        <?xml version="1.0" encoding="UTF-8"?>
        <testsuites name="validate-model \(xml(context.file))" tests="\(total.tests)" failures="\(total.failures)" errors="0" skipped="\(total.skipped)">
        \(suites.joined(separator: "\n"))
        </testsuites>
        """
    }

    /// XML text and attribute escaping; control characters other than tab/newline are dropped.
    static func xml(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n": out += "&#10;"
            case "\t": out += "&#9;"
            default:
                if scalar.value >= 0x20 && !(0xFFFE...0xFFFF).contains(scalar.value) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
