import GoldenRecords

/// Plain-text renderings: the score table, the id list and the template. Every line passes
/// through `Escape.visible`, so text from the output file cannot forge a line.
enum TextReport: ReportFormat {
    /// Unknown ids listed in full before the rest is counted.
    static let unknownListLimit = 20

    /// The readable score table, grouped by paper, then coverage and a one-line summary.
    static func render(_ report: ScoreReport, _ context: ReportContext) -> String {
        renderText(report, context).text
    }

    static func renderText(_ report: ScoreReport, _ context: ReportContext) -> ReportText {
        var out = ReportText(capacity: 160 * report.scored.count + 4096)
        out.append(
            visible: "validate-model \(ValidateModel.version): \(context.file)"
                + "\(context.modelName.map { " (model: \(Wording.clip($0)))" } ?? "")"
                + " against the \(context.goldenCount) golden records of "
                + Wording.list(context.goldenPapers))
        out.append("\n\n")
        for (key, rows) in report.papersInOrder {
            guard let first = rows.first else { continue }
            let paper = report.scored[first].record.paper
            out.append(visible: "\(key)\(paper.doi.map { " (doi:\($0))" } ?? ""): \(paper.file)")
            out.append("\n")
            scoreTable(report.scored, rows, to: &out)
            out.append("\n")
        }
        var lines = coverageBlock(report.coverage)
        if report.deselected > 0 {
            lines += ["\(report.deselected) results left out by --paper/--id.", ""]
        }
        if report.notReported > 0 {
            lines += [
                "\(report.notReported) results written with \"value\": null "
                    + "(not reported; counted as not in output).",
                "",
            ]
        }
        lines += unknownBlock(report.unknownIDs, allowed: context.policy.allowUnknownIDs)
        lines.append(Wording.summary(report, context.verdict))
        for (k, line) in lines.enumerated() {
            if k > 0 { out.append("\n") }
            out.append(visible: line)
        }
        return out
    }

    /// The columns of the score table.
    private static let header = ["STATUS", "ID", "EXPECTED", "GOT", "REL.ERR", "ERR/U", "DIGITS"]

    /// One paper's table (`rows` index `scored`): a padded line per scored result (trailing
    /// spaces trimmed), each followed by its explanation notes (`↳ …`), each line ending in a
    /// line break.
    ///
    /// The cells are written once into a scratch buffer, each escaped as `Escape.visible` does,
    /// measured, and then copied into `out` with their padding.
    private static func scoreTable(
        _ scored: [ScoredResult], _ rows: [Int], to out: inout ReportText
    ) {
        let columns = header.count
        var cells = ReportText(capacity: 120 * rows.count)
        var ends: [Int] = []  // where each cell ends in `cells`, row after row
        var lengths: [Int] = []  // and its length in characters
        ends.reserveCapacity(columns * (rows.count + 1))
        lengths.reserveCapacity(columns * (rows.count + 1))
        var notes: [Int: [String]] = [:]
        var widths = header.map(\.count)
        for name in header {
            cells.append(name)
            ends.append(cells.count)
            lengths.append(name.count)
        }
        for (r, k) in rows.enumerated() {
            let row = scored[k]
            for c in 0..<columns {
                let start = cells.count
                cell(c, of: row, to: &cells)
                cells.makeVisible(from: start)
                ends.append(cells.count)
                lengths.append(cells.characterCount(start..<cells.count))
                widths[c] = max(widths[c], lengths[lengths.count - 1])
            }
            let explanation = Wording.explanation(row)
            if !explanation.isEmpty { notes[r + 1] = explanation }
        }
        cells.withBytes { all in
            for r in 0...rows.count {
                let lineStart = out.count
                out.append("  " as StaticString)
                for c in 0..<columns {
                    let cell = r * columns + c
                    let start = cell == 0 ? 0 : ends[cell - 1]
                    if c > 0 { out.append("  " as StaticString) }
                    out.append(bytes: UnsafeBufferPointer(rebasing: all[start..<ends[cell]]))
                    out.append(spaces: widths[c] - lengths[cell])
                }
                out.trimSpaces(downTo: lineStart)
                out.append("\n")
                for note in notes[r] ?? [] {
                    out.append(visible: "      ↳ \(note)")
                    out.append("\n")
                }
            }
        }
    }

    /// Column `c` of `header` for `row`, unescaped.
    @inline(__always)
    private static func cell(_ c: Int, of row: ScoredResult, to text: inout ReportText) {
        switch c {
        case 0: text.append(row.status.rawValue)
        case 1: text.append(row.record.id)
        case 2: ReportRow.appendExpected(row, to: &text)
        case 3: ReportRow.appendGot(row, to: &text)
        case 4: ReportRow.appendRelativeError(row, to: &text)
        case 5: ReportRow.appendErrorInUncertainties(row, to: &text)
        default: ReportRow.appendDigits(row, to: &text)
        }
    }

    /// The coverage block, a line per paper and a blank line; nothing when no paper was touched.
    private static func coverageBlock(_ coverage: [PaperCoverage]) -> [String] {
        if coverage.isEmpty { return [] }
        var lines = ["Coverage (records a model can report: every kind but 'parameter'):"]
        for c in coverage {
            var parts = ["\(c.scored) of \(c.available) scored", "\(c.reproduced) reproduced"]
            if c.documentedReading > 0 {
                parts.append("\(c.documentedReading) documented reading")
            }
            parts += [
                "\(c.failed) failed",
                "\(c.missing) not in output (validate-model --template --paper \(c.paper))",
            ]
            lines.append("  \(c.paper): " + parts.joined(separator: ", "))
        }
        return lines + [""]
    }

    /// The unknown ids, the first `unknownListLimit` in full, and a blank line; nothing when
    /// there are none.
    private static func unknownBlock(_ unknownIDs: [UnknownID], allowed: Bool) -> [String] {
        if unknownIDs.isEmpty { return [] }
        let verb =
            allowed
            ? "allowed by --allow-unknown-ids"
            : "they fail the run; fix them or pass --allow-unknown-ids"
        var lines = ["Unknown ids (no golden record; \(verb)):"]
        for u in unknownIDs.prefix(unknownListLimit) {
            lines.append("  \(Wording.unknown(u))")
        }
        if unknownIDs.count > unknownListLimit {
            lines.append(
                "  … and \(unknownIDs.count - unknownListLimit) more (all of them: --format json)")
        }
        return lines + [""]
    }

    /// `s` followed by spaces up to `width` characters.
    static func pad(_ s: String, _ width: Int) -> String {
        let n = s.count
        return n >= width ? s : s + String(repeating: " ", count: width - n)
    }

    /// `--list`: one line per golden id; categories list the values their topic uses.
    static func list(_ records: [GoldenRecord], vocabulary: [String: Set<String>]) -> String {
        let rows = records.map { r in
            [
                r.id, r.unit?.symbol ?? "-", r.kind.rawValue,
                r.printed + (categories(r, vocabulary).map { "  [one of: \($0)]" } ?? ""),
            ]
        }
        let widths = (0..<3).map { c in rows.map { $0[c].count }.max() ?? 0 }
        return rows.map { row in
            (0..<3).map { pad(row[$0], widths[$0]) }.joined(separator: "  ") + "  " + row[3]
        }.map(Escape.visible).joined(separator: "\n")
    }

    /// The categories records of `record`'s topic use, for a categorical record.
    static func categories(_ record: GoldenRecord, _ vocabulary: [String: Set<String>]) -> String? {
        guard case .category = record.value, let dot = record.id.lastIndex(of: "."),
            let known = vocabulary[String(record.id[..<dot])]
        else { return nil }
        return known.sorted().joined(separator: ", ")
    }

    /// `--template`: a model-output skeleton with every id a model computes (all kinds but
    /// `parameter`); values are `null` ("not reported"), so a partly filled template is usable.
    static func template(_ records: [GoldenRecord], vocabulary: [String: Set<String>]) -> String {
        let wanted = records.filter { $0.kind != .parameter }
        var lines = [
            "{", "  \"formatVersion\": 1,", "  \"model\": {\"name\": \"YOUR MODEL\"},",
            "  \"results\": [",
        ]
        for (i, record) in wanted.enumerated() {
            var fields = ["\"id\": \"\(record.id)\"", "\"value\": null"]
            if let unit = record.unit { fields.append("\"unit\": \"\(unit.symbol)\"") }
            if case let .series(_, _, xUnit) = record.value {
                fields.append("\"xUnit\": \"\(xUnit)\"")
            }
            if let known = categories(record, vocabulary) {
                fields.append("\"note\": \"one of: \(known)\"")
            }
            lines.append(
                "    {" + fields.joined(separator: ", ") + "}" + (i + 1 < wanted.count ? "," : ""))
        }
        lines += ["  ]", "}"]
        return lines.joined(separator: "\n")
    }
}
