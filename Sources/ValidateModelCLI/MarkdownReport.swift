import GoldenRecords

/// `--format markdown`: a summary and tables fit for a GitHub step summary or a pull-request
/// comment. Kept under `limit` bytes (GitHub's step-summary limit is 1 MiB): when the full table
/// would be larger, passing rows are summarised and only failures are listed, then cut with a count.
enum MarkdownReport {
    static let limit = 1_000_000

    static func render(_ report: ScoreReport, _ context: ReportContext, limit: Int = limit) -> String {
        let full = document(report, context, rows: report.scored, omittedPasses: 0, omittedFailures: 0, limit: limit)
        if full.utf8.count <= limit { return full }
        let failing = report.scored.filter { $0.status == .fail }
        var keep = failing.count
        while true {
            let text = document(report, context, rows: Array(failing.prefix(keep)), omittedPasses: report.scored.count - failing.count,
                                omittedFailures: failing.count - keep, limit: limit)
            if text.utf8.count <= limit || keep == 0 { return text }
            keep = keep / 2
        }
    }

    static func document(_ report: ScoreReport, _ context: ReportContext, rows: [ScoredResult], omittedPasses: Int, omittedFailures: Int, limit: Int) -> String {
        var lines = [
            "### validate-model: \(context.verdict.passed ? "✅ PASS" : "❌ FAIL")",
            "",
            "`\(cell(context.file))`\(context.modelName.map { " (model: \(cell($0)))" } ?? "") — \(report.scored.count) scored: \(report.passCount) pass, \(report.failCount) fail, \(report.discrepancyCount) known discrepancy; \(report.missingIDs.count) not in output; \(report.unknownIDs.count) unknown\(context.verdict.reason.isEmpty ? "" : " (\(cell(context.verdict.reason)))")",
            "",
        ]
        if !report.coverage.isEmpty {
            lines += ["| paper | scored | passed | not in output | available |", "|---|---:|---:|---:|---:|"]
            lines += report.coverage.map { "| \($0.paper) | \($0.scored) | \($0.passed) | \($0.missing) | \($0.available) |" }
            lines.append("")
        }
        if !rows.isEmpty {
            lines += ["| | id | expected | got | rel. error | error / u | digits |", "|---|---|---|---|---:|---:|---:|"]
            for row in rows {
                let c = TextReport.cells(row)
                let icon = row.status == .pass ? "✅" : (row.status == .fail ? "❌" : "⚠️")
                lines.append("| \(icon) | `\(c[1])` | \(cell(c[2])) | \(cell(c[3])) | \(c[4]) | \(c[5]) | \(c[6]) |")
            }
            lines.append("")
        }
        if omittedPasses > 0 || omittedFailures > 0 {
            lines.append("_\(omittedPasses) passing results and \(omittedFailures) failures not listed, to keep this report under \(limit) bytes; use `--format json` for all._")
            lines.append("")
        }
        let failing = rows.filter { $0.status != .pass }
        if !failing.isEmpty {
            lines += ["<details><summary>Why (\(failing.count))</summary>", ""]
            for row in failing {
                lines.append("- `\(row.record.id)`: \(cell(row.status == .fail ? failureMessage(row) : row.detail)). Source: “\(cell(row.record.quote))” (\(cell(row.record.location.description)))")
            }
            lines += ["", "</details>", ""]
        }
        if !report.unknownIDs.isEmpty {
            lines.append("Unknown ids: " + report.unknownIDs.prefix(50).map { "`\(cell($0))`" }.joined(separator: ", ") + (report.unknownIDs.count > 50 ? " …" : ""))
        }
        return lines.joined(separator: "\n")
    }

    /// One line: expected, got, unit, errors, detail and diagnoses (also the JUnit failure message).
    static func failureMessage(_ row: ScoredResult) -> String {
        let c = TextReport.cells(row)
        var parts = ["expected \(c[2]), got \(c[3])"]
        if !c[4].isEmpty { parts.append("relative error \(c[4])") }
        if !c[5].isEmpty { parts.append("\(c[5]) u") }
        if !row.detail.isEmpty { parts.append(row.detail) }
        parts += row.diagnoses
        return parts.joined(separator: "; ")
    }

    /// Escapes what would break a table cell.
    static func cell(_ s: String) -> String {
        s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
