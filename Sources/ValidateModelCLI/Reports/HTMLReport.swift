import Figures
import GoldenRecords

/// What the HTML report needs to draw the figures: the model output (its values are overlaid)
/// and the golden records the figures are drawn from.
struct FigureSource {
    let output: ModelOutput
    let catalog: GoldenCatalog
}

/// `--format html`: one self-contained page for a person reviewing a run (a CI artifact): the
/// verdict and summary, the coverage, a table per paper (status, id, expected, got, errors, as
/// the text report has them) with each row's reasons, diagnoses and quoted sentence, and the
/// paper's figures that draw an id of the output with the model's values overlaid, as inline
/// SVG. No script, no external fetch (a Content-Security-Policy forbids both), inline CSS; the
/// tables scroll sideways on a phone, and the page prints. Text from the output file goes
/// through `Escape.html`. Kept under `limit` bytes like `MarkdownReport`: when the full page
/// would be larger, the rows that do not fail are left out first, then the failures after the
/// first ones that fit, and the page says how many of each it left out.
enum HTMLReport: ReportFormat {
    static let limit = 5_000_000
    /// Unknown ids listed before the rest is counted.
    static let unknownListLimit = 50

    static func render(_ report: ScoreReport, _ context: ReportContext) -> String {
        renderText(report, context, limit: limit).text
    }

    static func renderText(_ report: ScoreReport, _ context: ReportContext) -> ReportText {
        renderText(report, context, limit: limit)
    }

    static func render(_ report: ScoreReport, _ context: ReportContext, limit: Int) -> String {
        renderText(report, context, limit: limit).text
    }

    /// The page with every row when the page without rows plus all the rows fit under `limit`
    /// bytes; else the failures (in the page's order) as long as they fit. Each row is written
    /// once (`RenderedRows`); the page copies the rows it keeps.
    static func renderText(
        _ report: ScoreReport, _ context: ReportContext, limit: Int
    ) -> ReportText {
        let rows = RenderedRows(report.scored)
        let papers = report.papersInOrder
        let figures = figureSection(report, context)
        let page = { (kept: [Bool], omittedOthers: Int, omittedFailures: Int) in
            document(
                report, context, rows: rows, papers: papers, kept: kept, figures: figures,
                omittedOthers: omittedOthers, omittedFailures: omittedFailures, limit: limit)
        }
        let count = report.scored.count
        let empty = page(Array(repeating: false, count: count), 0, 0)
        if empty.count + rows.text.count <= limit {
            return page(Array(repeating: true, count: count), 0, 0)
        }
        // Failures in the page's order (papers sorted by key), as many as fit in what is left.
        let note = 400  // the omission note, with room to spare
        var budget = limit - empty.count - note
        var kept = Array(repeating: false, count: count)
        var keptFailures = 0
        let failing = papers.flatMap(\.rows).filter { report.scored[$0].status.isFailure }
        for k in failing {
            let size = rows.ranges[k].count
            if size > budget { break }
            budget -= size
            kept[k] = true
            keptFailures += 1
        }
        return page(kept, count - failing.count, failing.count - keptFailures)
    }

    /// Every row's HTML (`row`), written once into one buffer.
    struct RenderedRows {
        var text = ReportText()
        /// Row `k`'s HTML in `text`.
        var ranges: [Range<Int>] = []

        init(_ scored: [ScoredResult]) {
            text = ReportText(capacity: 700 * scored.count)
            ranges.reserveCapacity(scored.count)
            for row in scored {
                let start = text.count
                HTMLReport.row(row, to: &text)
                ranges.append(start..<text.count)
            }
        }
    }

    /// The whole page, with the rows `kept` marks and a note on the ones left out; its lines
    /// each end in a line break.
    static func document(
        _ report: ScoreReport, _ context: ReportContext, rows: RenderedRows,
        papers: [(paper: String, rows: [Int])], kept: [Bool],
        figures: (byPaper: [String: [String]], note: String?),
        omittedOthers: Int, omittedFailures: Int, limit: Int
    ) -> ReportText {
        var out = ReportText(capacity: 64 * 1024)
        var lines = pageHead(context)
        lines += summary(report, context)
        lines += coverage(report.coverage)
        if omittedOthers > 0 || omittedFailures > 0 {
            lines.append(
                omissionNote(
                    omittedOthers: omittedOthers, omittedFailures: omittedFailures, limit: limit))
        }
        if let note = figures.note {
            lines.append("<p id=\"figures-note\" class=\"note\">\(Escape.html(note))</p>")
        }
        for line in lines { out.append(line + "\n") }
        for (paper, indices) in papers {
            paperSection(
                report, paper: paper, indices: indices, rows: rows, kept: kept,
                figures: figures.byPaper[paper] ?? [], to: &out)
        }
        lines = unknown(report.unknownIDs, allowed: context.policy.allowUnknownIDs)
        lines += [
            "</main>",
            "<footer><p>Statuses and verdicts: docs/verdicts.md of the ASSB reference suite. "
                + "Every text from the output file is shown escaped.</p></footer>",
            "</body>",
            "</html>",
        ]
        for line in lines { out.append(line + "\n") }
        return out
    }

    /// The page's lines up to `<main>`: the head (policy, title, style) and the verdict header.
    private static func pageHead(_ context: ReportContext) -> [String] {
        let h = Escape.html
        let verdict = context.verdict.passed ? "PASS" : "FAIL"
        return [
            "<!DOCTYPE html>",
            "<html lang=\"en\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<meta http-equiv=\"Content-Security-Policy\""
                + " content=\"default-src 'none'; style-src 'unsafe-inline'\">",
            "<meta name=\"generator\" content=\"validate-model \(ValidateModel.version)\">",
            "<title>validate-model \(verdict): \(h(Wording.clip(context.file)))</title>",
            "<style>\(style)</style>",
            "</head>",
            "<body>",
            "<header>",
            "<h1 id=\"verdict\" class=\"\(verdict.lowercased())\">validate-model: \(verdict)</h1>",
            "<p class=\"input\">\(h(context.file))"
                + "\(context.modelName.map { " (model: \(h(Wording.clip($0))))" } ?? "")"
                + " against \(context.goldenCount) golden records;"
                + " validate-model \(ValidateModel.version)</p>",
            "</header>",
            "<main>",
        ]
    }

    /// The note saying how many rows (failing or not) the page leaves out to stay under `limit`.
    private static func omissionNote(
        omittedOthers: Int, omittedFailures: Int, limit: Int
    ) -> String {
        "<p id=\"omitted\" class=\"note\" data-omitted-others=\"\(omittedOthers)\""
            + " data-omitted-failures=\"\(omittedFailures)\">"
            + "\(omittedOthers) results that do not fail and \(omittedFailures) failures"
            + " are not listed, "
            + "to keep this report under \(limit) bytes;"
            + " the summary and coverage count them all; "
            + "use <code>--format json</code> for every row.</p>"
    }

    /// The section of one paper: its citation, the table of its kept rows, and its figures;
    /// each line ends in a line break.
    private static func paperSection(
        _ report: ScoreReport, paper: String, indices: [Int], rows: RenderedRows,
        kept: [Bool], figures: [String], to out: inout ReportText
    ) {
        let h = Escape.html
        guard let first = indices.first else { return }
        let info = report.scored[first].record.paper
        let shown = indices.filter { kept[$0] }
        var lines = [
            "<section class=\"paper\" id=\"paper-\(h(paper))\""
                + " data-results=\"\(indices.count)\" data-shown=\"\(shown.count)\">",
            "<h2>\(h(paper))</h2>",
            "<p class=\"citation\">\(h(info.citation))"
                + "\(info.doi.map { " doi:\(h($0))" } ?? ""); text: \(h(info.file))</p>",
        ]
        if shown.count < indices.count {
            lines.append("<p class=\"note\">\(shown.count) of \(indices.count) results listed.</p>")
        }
        if !shown.isEmpty {
            lines += [
                "<div class=\"scroll\"><table class=\"results\">",
                "<thead><tr><th>status</th><th>id</th><th>expected</th><th>got</th>"
                    + "<th>rel. error</th><th>error / u</th><th>digits</th></tr></thead>",
                "<tbody>",
            ]
        }
        for line in lines { out.append(line + "\n") }
        if !shown.isEmpty {
            rows.text.withBytes { all in
                for k in shown {
                    out.append(bytes: UnsafeBufferPointer(rebasing: all[rows.ranges[k]]))
                    out.append(UInt8(ascii: "\n"))
                }
            }
            out.append("</tbody></table></div>\n")
        }
        for figure in figures { out.append(figure + "\n") }
        out.append("</section>\n")
    }

    /// The verdict's summary line, reasons and counts; the counts are also attributes of the
    /// section (`data-*`), for checks of the page.
    static func summary(_ report: ScoreReport, _ context: ReportContext) -> [String] {
        let h = Escape.html
        let statuses = ScoreStatus.allCases.map { " data-\($0.rawValue)=\"\(report.count($0))\"" }.joined()
        var out = [
            "<section id=\"summary\" data-verdict=\"\(context.verdict.passed ? "pass" : "fail")\""
                + " data-exit-code=\"\(context.verdict.passed ? 0 : 1)\" data-scored=\"\(report.validationCount)\""
                + " data-results=\"\(report.scored.count)\" data-failures=\"\(report.failureCount)\""
                + " data-missing=\"\(report.missingIDs.count)\""
                + " data-unknown=\"\(report.unknownIDs.count)\"\(statuses)>",
            "<h2>Summary</h2>",
            "<p id=\"summary-line\">\(h(Wording.summary(report, context.verdict)))</p>",
        ]
        let reasons = context.verdict.reasons.map { reason in
            Wording.reasonText(reason) ?? {
                if case let .failures(n) = reason { return "\(n) \(n == 1 ? "result fails" : "results fail")" }
                return ""
            }()
        }
        if !reasons.isEmpty {
            out.append("<ul id=\"reasons\">")
            out += reasons.map { "<li>\(h($0))</li>" }
            out.append("</ul>")
        }
        out.append("<ul class=\"counts\">")
        for status in ScoreStatus.allCases where report.count(status) > 0 {
            out.append("<li class=\"\(status.rawValue)\">\(report.count(status)) \(label(status))</li>")
        }
        out.append("<li>\(report.missingIDs.count) not in output</li>")
        out.append("<li>\(report.unknownIDs.count) unknown</li>")
        out.append("</ul>")
        if report.deselected > 0 {
            out.append("<p class=\"note\">\(report.deselected) results left out by --paper/--id.</p>")
        }
        if report.notReported > 0 {
            out.append(
                "<p class=\"note\">\(report.notReported) results written with \"value\": null "
                    + "(not reported; counted as not in output).</p>")
        }
        out.append("</section>")
        return out
    }

    static func label(_ status: ScoreStatus) -> String {
        switch status {
        case .pass: "pass"
        case .withinUncertainty: "within model uncertainty"
        case .documentedReading: "documented reading"
        case .otherPrinting: "other printing"
        case .inputEchoed: "inputs echoed (not validation)"
        case .fail: "fail"
        case .notComparable: "not comparable"
        case .uninformative: "uninformative uncertainty"
        }
    }

    /// The status cell's mark, so the status reads without colour too.
    static func mark(_ status: ScoreStatus) -> String {
        switch status {
        case .pass: "✓"
        case .withinUncertainty: "≈"
        case .documentedReading, .otherPrinting: "!"
        case .inputEchoed: "↩"
        case .fail, .notComparable, .uninformative: "✗"
        }
    }

    static func coverage(_ coverage: [PaperCoverage]) -> [String] {
        if coverage.isEmpty { return [] }
        let h = Escape.html
        var out = [
            "<section id=\"coverage\">",
            "<h2>Coverage</h2>",
            "<p>Records a model can report: every kind but 'parameter'.</p>",
            "<div class=\"scroll\"><table>",
            "<thead><tr><th>paper</th><th>scored</th><th>reproduced</th><th>documented reading</th>"
                + "<th>failed</th><th>not in output</th><th>available</th></tr></thead>",
            "<tbody>",
        ]
        for c in coverage {
            out.append(
                "<tr data-paper=\"\(h(c.paper))\"><td>\(h(c.paper))</td><td class=\"num\">\(c.scored)</td>"
                    + "<td class=\"num\">\(c.reproduced)</td><td class=\"num\">\(c.documentedReading)</td>"
                    + "<td class=\"num\">\(c.failed)</td><td class=\"num\">\(c.missing)</td>"
                    + "<td class=\"num\">\(c.available)</td></tr>")
        }
        out += ["</tbody></table></div>", "</section>"]
        return out
    }

    /// One result: its table row, then a row with its reasons and diagnoses and the record's
    /// quoted sentence with where the paper prints it; every text through `Escape.html`.
    static func row(_ row: ScoredResult, to out: inout ReportText) {
        let status = row.status.rawValue
        out.append("<tr class=\"result \(status)\" data-id=\"")
        out.append(escaping: row.record.id, .html)
        out.append("\" data-status=\"\(status)\"><td class=\"status\">")
        out.append("\(mark(row.status)) \(status)</td><td class=\"id\">")
        out.append(escaping: row.record.id, .html)
        func cell(_ open: String, _ write: (ScoredResult, inout ReportText) -> Void) {
            out.append(open)
            let start = out.count
            write(row, &out)
            out.escape(from: start, .html)
        }
        cell("</td><td>", ReportRow.appendExpected)
        cell("</td><td>", ReportRow.appendGot)
        cell("</td><td class=\"num\">", ReportRow.appendRelativeError)
        cell("</td><td class=\"num\">", ReportRow.appendErrorInUncertainties)
        cell("</td><td class=\"num\">", ReportRow.appendDigits)
        out.append("</td></tr>\n<tr class=\"detail \(status)\">")
        out.append("<td colspan=\"7\"><div class=\"detail\">")
        let explanation = Wording.explanation(row)
        if !explanation.isEmpty {
            out.append("<ul class=\"why\">")
            for line in explanation {
                out.append("<li>")
                out.append(escaping: line, .html)
                out.append("</li>")
            }
            out.append("</ul>")
        }
        out.append("<blockquote>“")
        out.append(escaping: row.record.quote, .html)
        out.append("” <cite>")
        out.append(escaping: row.record.location.description, .html)
        out.append("</cite></blockquote></div></td></tr>")
    }

    /// Each paper's figures that draw an id of the report, as `<figure>` elements; a note instead
    /// when there is no figure source or the figures cannot be drawn.
    static func figureSection(
        _ report: ScoreReport, _ context: ReportContext
    ) -> (byPaper: [String: [String]], note: String?) {
        guard let source = context.figures, !report.scored.isEmpty else { return ([:], nil) }
        // No figure to draw (papers without figures, e.g. records-only): nothing to collect.
        var papers: Set<String> = []
        for k in report.scored.indices where !papers.contains(report.scored[k].record.paper.key) {
            papers.insert(report.scored[k].record.paper.key)
        }
        guard papers.contains(where: FigureCatalog.drawsFigures(ofPaper:)) else {
            return ([:], nil)
        }
        let ids = Set(report.scored.map(\.record.id))
        // Only the scored results, their text clipped and made visible before it is drawn.
        let results = source.output.results.filter { ids.contains($0.id) }.map { r -> ModelResult in
            guard case let .category(c) = r.value else { return r }
            return ModelResult(
                id: r.id, value: .category(Escape.visible(Wording.clip(c))), unit: r.unit, xUnit: r.xUnit,
                uncertainty: r.uncertainty, index: r.index, conditions: r.conditions)
        }
        let output = ModelOutput(
            modelName: source.output.modelName.map { Escape.visible(Wording.clip($0)) }, results: results)
        let figures: [InlineFigure]
        do {
            figures = try FigureCatalog.inline(
                touching: ids, output: output, catalog: source.catalog, file: context.file)
        } catch {
            return ([:], "The figures could not be drawn: \(error.description)")
        }
        let h = Escape.html
        var byPaper: [String: [String]] = [:]
        for f in figures {
            byPaper[f.paper, default: []].append(
                "<figure class=\"figure\" id=\"figure-\(h(f.id))\">\n"
                    + Escape.invisibleInMarkup(f.svg)
                    + "<figcaption><strong>\(h(f.paperFigure))</strong> (\(h(f.id))): \(h(f.summary)) "
                    + "This model's values are drawn over the paper's (legend: overlay).</figcaption>\n</figure>")
        }
        return (byPaper, nil)
    }

    static func unknown(_ unknownIDs: [UnknownID], allowed: Bool) -> [String] {
        if unknownIDs.isEmpty { return [] }
        let verb = allowed
            ? "allowed by --allow-unknown-ids"
            : "they fail the run; fix them or pass --allow-unknown-ids"
        var out = [
            "<section id=\"unknown\" data-count=\"\(unknownIDs.count)\">",
            "<h2>Unknown ids</h2>",
            "<p>No golden record; \(verb).</p>",
            "<ul>",
        ]
        out += unknownIDs.prefix(unknownListLimit).map { "<li>\(Escape.html(Wording.unknown($0)))</li>" }
        out.append("</ul>")
        if unknownIDs.count > unknownListLimit {
            let more = unknownIDs.count - unknownListLimit
            out.append("<p class=\"note\">… and \(more) more (all of them: --format json).</p>")
        }
        out.append("</section>")
        return out
    }

    /// Inline CSS: readable on a phone (tables scroll sideways, figures shrink to the width) and
    /// printable (no scrolling boxes, figures and rows kept whole).
    static let style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;margin:0 auto;\
        max-width:72rem;padding:0 1rem 2rem;line-height:1.45;color:#1d1d1f;background:#fff}
        h1{font-size:1.6rem;margin:1rem 0 .25rem}h1.pass{color:#1a7f37}h1.fail{color:#b3261e}
        h2{font-size:1.25rem;margin:1.5rem 0 .5rem;border-bottom:1px solid #ddd}
        .input,.citation,.note{color:#555;overflow-wrap:anywhere}
        #summary-line{font-weight:600;overflow-wrap:anywhere}
        .counts{display:flex;flex-wrap:wrap;gap:.3rem 1rem;list-style:none;padding:0}
        .scroll{overflow-x:auto;-webkit-overflow-scrolling:touch;max-width:100%}
        table{border-collapse:collapse;font-size:.9rem;min-width:100%}
        th,td{border:1px solid #ddd;padding:.25rem .45rem;text-align:left;vertical-align:top}
        thead th{background:#f3f3f3}td.num{text-align:right;white-space:nowrap}
        td.id{font-family:ui-monospace,"DejaVu Sans Mono",monospace;overflow-wrap:anywhere;min-width:12rem}
        td.status{white-space:nowrap;font-weight:600}
        tr.detail td{background:#fafafa;font-size:.85rem;border-top:0}
        .why{margin:.1rem 0 .3rem;padding-left:1.2rem}
        blockquote{margin:.2rem 0;color:#444;font-style:italic;overflow-wrap:anywhere}
        cite{font-style:normal;color:#666}
        .pass td.status,li.pass{color:#1a7f37}.within-uncertainty td.status,li.within-uncertainty{color:#0b6e79}
        .documented-reading td.status,.other-printing td.status,li.documented-reading,li.other-printing{color:#8a5a00}
        .input-echoed td.status,li.input-echoed{color:#666}
        .fail td.status,.not-comparable td.status,.uninformative td.status,li.fail,li.not-comparable,\
        li.uninformative{color:#b3261e}
        div.detail{position:sticky;left:.45rem;max-width:calc(100vw - 3rem)}
        @media (max-width:40rem){body{padding:0 .6rem 1.5rem}h1{font-size:1.35rem}table{font-size:.8rem}\
        td.id{min-width:8rem}}
        figure{margin:1rem 0;max-width:100%}figure svg{max-width:100%;height:auto;display:block}
        figcaption{font-size:.85rem;color:#444}
        footer{margin-top:2rem;font-size:.8rem;color:#666}
        @media print{body{max-width:none;padding:0}.scroll{overflow:visible}table{font-size:8pt}\
        div.detail{position:static;max-width:none}figure,tr{break-inside:avoid}h2{break-after:avoid}}
        """
}
