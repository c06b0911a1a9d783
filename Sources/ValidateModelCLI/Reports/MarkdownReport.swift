import GoldenRecords

/// `--format markdown`: a summary and tables fit for a GitHub step summary or a pull-request
/// comment. Every piece of text goes through `Escape.markdown` (no code spans around untrusted
/// text). Kept under `limit` bytes (GitHub's step-summary limit is 1 MiB): when the full table
/// would be larger, rows that do not fail are summarised and failures are cut with a count.
enum MarkdownReport: ReportFormat {
    static let limit = 1_000_000

    static func render(_ report: ScoreReport, _ context: ReportContext) -> String {
        render(report, context, limit: limit)
    }

    static func render(_ report: ScoreReport, _ context: ReportContext, limit: Int) -> String {
        let rows = report.scored.map(ReportRow.init)
        let full = document(
            report, context, rows: rows, omittedOthers: 0, omittedFailures: 0, limit: limit)
        if full.utf8.count <= limit { return full }
        let failing = rows.filter { $0.status.isFailure }
        var keep = failing.count
        while true {
            let text = document(
                report, context, rows: Array(failing.prefix(keep)),
                omittedOthers: rows.count - failing.count,
                omittedFailures: failing.count - keep, limit: limit)
            if text.utf8.count <= limit || keep == 0 { return text }
            keep = keep / 2
        }
    }

    static func icon(_ status: ScoreStatus) -> String {
        switch status {
        case .pass: "✅ pass"
        case .withinUncertainty: "☑️ within uncertainty"
        case .documentedReading: "⚠️ documented reading"
        case .otherPrinting: "⚠️ other printing"
        case .inputEchoed: "↩️ input echoed"
        case .fail: "❌ fail"
        case .notComparable: "❌ not comparable"
        case .uninformative: "❌ uninformative"
        }
    }

    static func document(
        _ report: ScoreReport, _ context: ReportContext, rows: [ReportRow], omittedOthers: Int,
        omittedFailures: Int, limit: Int
    ) -> String {
        let m = Escape.markdown
        var lines = [
            "### validate-model: \(context.verdict.passed ? "✅ PASS" : "❌ FAIL")",
            "",
            "\(m(context.file))\(context.modelName.map { " (model: \(m(Wording.clip($0))))" } ?? "")"
                + " — \(m(Wording.summary(report, context.verdict)))",
            "",
        ]
        lines += coverageTable(report.coverage)
        lines += resultTable(rows)
        if omittedOthers > 0 || omittedFailures > 0 {
            lines.append(
                "_\(omittedOthers) results that do not fail and \(omittedFailures) failures "
                    + "not listed, to keep this report under \(limit) bytes; "
                    + "use `--format json` for all._"
            )
            lines.append("")
        }
        lines += explanations(rows)
        if !report.unknownIDs.isEmpty {
            lines.append(
                "Unknown ids: "
                    + report.unknownIDs.prefix(50).map { m(Wording.unknown($0)) }.joined(
                        separator: ", ")
                    + (report.unknownIDs.count > 50
                        ? " … and \(report.unknownIDs.count - 50) more" : ""))
        }
        return lines.joined(separator: "\n")
    }

    /// The coverage table, a row per paper, and a blank line; nothing when no paper was touched.
    private static func coverageTable(_ coverage: [PaperCoverage]) -> [String] {
        if coverage.isEmpty { return [] }
        let header = [
            "| paper | scored | reproduced | documented reading"
                + " | failed | not in output | available |",
            "|---|---:|---:|---:|---:|---:|---:|",
        ]
        return header
            + coverage.map {
                "| \($0.paper) | \($0.scored) | \($0.reproduced) | \($0.documentedReading)"
                    + " | \($0.failed) | \($0.missing) | \($0.available) |"
            } + [""]
    }

    /// The results table, a row per result with its status icon, and a blank line; nothing for no
    /// rows.
    private static func resultTable(_ rows: [ReportRow]) -> [String] {
        if rows.isEmpty { return [] }
        let m = Escape.markdown
        var lines = [
            "| | id | expected | got | rel. error | error / u | digits |",
            "|---|---|---|---|---:|---:|---:|",
        ]
        for row in rows {
            lines.append(
                "| \(icon(row.status)) | \(m(row.id)) | \(m(row.expected)) | \(m(row.got))"
                    + " | \(m(row.relativeError)) | \(m(row.errorInUncertainties))"
                    + " | \(m(row.digits)) |"
            )
        }
        return lines + [""]
    }

    /// The folded "Why" list: the message and quoted source of every row that is neither a pass
    /// nor an echoed input; nothing when there is none.
    private static func explanations(_ rows: [ReportRow]) -> [String] {
        let m = Escape.markdown
        let explained = rows.filter { $0.status != .pass && $0.status != .inputEchoed }
        if explained.isEmpty { return [] }
        var lines = ["<details><summary>Why (\(explained.count))</summary>", ""]
        for row in explained {
            lines.append(
                "- \(m(row.id)): \(m(row.failureMessage)). "
                    + "Source: “\(m(row.quote))” (\(m(row.location)))"
            )
        }
        return lines + ["", "</details>", ""]
    }
}
