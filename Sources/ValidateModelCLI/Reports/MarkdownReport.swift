import GoldenRecords

/// `--format markdown`: a summary and tables fit for a GitHub step summary or a pull-request
/// comment. Every piece of text goes through `Escape.markdown` (no code spans around untrusted
/// text). Kept under `limit` bytes (GitHub's step-summary limit is 1 MiB): when the full table
/// would be larger, rows that do not fail are summarised and failures are cut with a count.
enum MarkdownReport: ReportFormat {
    static let limit = 1_000_000

    static func render(_ report: ScoreReport, _ context: ReportContext) -> String {
        renderText(report, context, limit: limit).text
    }

    static func renderText(_ report: ScoreReport, _ context: ReportContext) -> ReportText {
        renderText(report, context, limit: limit)
    }

    static func render(_ report: ScoreReport, _ context: ReportContext, limit: Int) -> String {
        renderText(report, context, limit: limit).text
    }

    /// The document with every row when it fits under `limit` bytes; else the failures only,
    /// halving their number until the document fits. Each row's table line and "Why" line are
    /// written once (`RenderedRows`); every attempt only copies them.
    static func renderText(
        _ report: ScoreReport, _ context: ReportContext, limit: Int
    ) -> ReportText {
        let rows = RenderedRows(report.scored)
        let all = Array(report.scored.indices)
        let full = document(
            report, context, rows, all, omittedOthers: 0, omittedFailures: 0, limit: limit)
        if full.count <= limit { return full }
        let failing = all.filter { report.scored[$0].status.isFailure }
        var keep = failing.count
        while true {
            let text = document(
                report, context, rows, Array(failing.prefix(keep)),
                omittedOthers: all.count - failing.count,
                omittedFailures: failing.count - keep, limit: limit)
            if text.count <= limit || keep == 0 { return text }
            keep = keep / 2
        }
    }

    /// Every row's line of the results table and, for a row that is neither a pass nor an
    /// echoed input, its line of the "Why" list, written once into one buffer, escaped.
    private struct RenderedRows {
        var text = ReportText()
        /// Row `k`'s table line in `text` (without its line break).
        var tableLines: [Range<Int>] = []
        /// Row `k`'s "Why" line in `text`, nil for a row not explained.
        var whyLines: [Range<Int>?] = []

        init(_ scored: [ScoredResult]) {
            text = ReportText(capacity: 120 * scored.count)
            tableLines.reserveCapacity(scored.count)
            whyLines.reserveCapacity(scored.count)
            for row in scored {
                let start = text.count
                Self.appendTableLine(row, to: &text)
                tableLines.append(start..<text.count)
                if row.status != .pass && row.status != .inputEchoed {
                    let why = text.count
                    Self.appendWhyLine(row, to: &text)
                    whyLines.append(why..<text.count)
                } else {
                    whyLines.append(nil)
                }
            }
        }

        /// `| icon | id | expected | got | rel. error | error / u | digits |`, each cell
        /// through `Escape.markdown`.
        static func appendTableLine(_ row: ScoredResult, to out: inout ReportText) {
            out.append("| ")
            out.append(icon(row.status))
            out.append(" | ")
            out.append(escaping: row.record.id, .markdown)
            func cell(_ write: (ScoredResult, inout ReportText) -> Void) {
                out.append(" | ")
                let start = out.count
                write(row, &out)
                out.escape(from: start, .markdown)
            }
            cell(ReportRow.appendExpected)
            cell(ReportRow.appendGot)
            cell(ReportRow.appendRelativeError)
            cell(ReportRow.appendErrorInUncertainties)
            cell(ReportRow.appendDigits)
            out.append(" |")
        }

        /// `- id: message. Source: “quote” (location)`, each piece through `Escape.markdown`.
        static func appendWhyLine(_ row: ScoredResult, to out: inout ReportText) {
            out.append("- ")
            out.append(escaping: row.record.id, .markdown)
            out.append(": ")
            let start = out.count
            ReportRow.appendFailureMessage(
                row, explanation: Wording.explanation(row), to: &out)
            out.escape(from: start, .markdown)
            out.append(". Source: “")
            out.append(escaping: row.record.quote, .markdown)
            out.append("” (")
            out.append(escaping: row.record.location.description, .markdown)
            out.append(")")
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

    /// The document with the rows `selected` (indices into `report.scored`, in order), its
    /// lines joined by line breaks, and a note on the rows left out.
    private static func document(
        _ report: ScoreReport, _ context: ReportContext, _ rows: RenderedRows,
        _ selected: [Int], omittedOthers: Int, omittedFailures: Int, limit: Int
    ) -> ReportText {
        let m = Escape.markdown
        var lines = [
            "### validate-model: \(context.verdict.passed ? "✅ PASS" : "❌ FAIL")",
            "",
            "\(m(context.file))\(context.modelName.map { " (model: \(m(Wording.clip($0))))" } ?? "")"
                + " — \(m(Wording.summary(report, context.verdict)))",
            "",
        ]
        lines += coverageTable(report.coverage)
        var out = ReportText(capacity: rows.text.count + 4096)
        for line in lines { out.append(line + "\n") }
        resultTable(rows, selected, to: &out)
        if omittedOthers > 0 || omittedFailures > 0 {
            out.append(
                "_\(omittedOthers) results that do not fail and \(omittedFailures) failures "
                    + "not listed, to keep this report under \(limit) bytes; "
                    + "use `--format json` for all._\n\n"
            )
        }
        explanations(rows, selected, to: &out)
        if !report.unknownIDs.isEmpty {
            out.append(
                "Unknown ids: "
                    + report.unknownIDs.prefix(50).map { m(Wording.unknown($0)) }.joined(
                        separator: ", ")
                    + (report.unknownIDs.count > 50
                        ? " … and \(report.unknownIDs.count - 50) more" : ""))
        } else {
            out.truncate(to: out.count - 1)  // the line break after the last line
        }
        return out
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

    /// The results table, a line per selected row, and a blank line, each line ending in a
    /// line break; nothing for no rows.
    private static func resultTable(
        _ rows: RenderedRows, _ selected: [Int], to out: inout ReportText
    ) {
        if selected.isEmpty { return }
        out.append(
            "| | id | expected | got | rel. error | error / u | digits |\n"
                + "|---|---|---|---|---:|---:|---:|\n")
        rows.text.withBytes { all in
            for k in selected {
                out.append(bytes: UnsafeBufferPointer(rebasing: all[rows.tableLines[k]]))
                out.append(UInt8(ascii: "\n"))
            }
        }
        out.append(UInt8(ascii: "\n"))
    }

    /// The folded "Why" list: the message and quoted source of every selected row that is
    /// neither a pass nor an echoed input, each line ending in a line break; nothing when there
    /// is none.
    private static func explanations(
        _ rows: RenderedRows, _ selected: [Int], to out: inout ReportText
    ) {
        let explained = selected.compactMap { rows.whyLines[$0] }
        if explained.isEmpty { return }
        out.append("<details><summary>Why (\(explained.count))</summary>\n\n")
        rows.text.withBytes { all in
            for range in explained {
                out.append(bytes: UnsafeBufferPointer(rebasing: all[range]))
                out.append(UInt8(ascii: "\n"))
            }
        }
        out.append("\n</details>\n\n")
    }
}
