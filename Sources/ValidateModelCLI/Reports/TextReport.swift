import GoldenRecords

/// Plain-text renderings: the score table, the id list and the template. Every line passes
/// through `Escape.visible`, so text from the output file cannot forge a line.
enum TextReport: ReportFormat {
    /// Unknown ids listed in full before the rest is counted.
    static let unknownListLimit = 20

    /// The readable score table, grouped by paper, then coverage and a one-line summary.
    static func render(_ report: ScoreReport, _ context: ReportContext) -> String {
        var lines = [
            "validate-model \(ValidateModel.version): \(context.file)"
                + "\(context.modelName.map { " (model: \(Wording.clip($0)))" } ?? "")"
                + " against \(context.goldenCount) golden records",
            "",
        ]
        let byPaper = Dictionary(grouping: report.scored, by: { $0.record.paper.key })
        for key in byPaper.keys.sorted() {
            guard let rows = byPaper[key], let paper = rows.first?.record.paper else { continue }
            lines.append("\(key)\(paper.doi.map { " (doi:\($0))" } ?? ""): \(paper.file)")
            lines += scoreTable(rows)
            lines.append("")
        }
        lines += coverageBlock(report.coverage)
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
        return lines.map(Escape.visible).joined(separator: "\n")
    }

    /// One paper's table: a padded line per scored result (trailing spaces trimmed), each
    /// followed by its explanation notes (`↳ …`).
    private static func scoreTable(_ rows: [ScoredResult]) -> [String] {
        var table = [["STATUS", "ID", "EXPECTED", "GOT", "REL.ERR", "ERR/U", "DIGITS"]]
        var notes: [Int: [String]] = [:]
        for scored in rows {
            let row = ReportRow(scored)
            table.append(
                [
                    row.status.rawValue, row.id, row.expected, row.got, row.relativeError,
                    row.errorInUncertainties, row.digits,
                ].map(Escape.visible))
            if !row.explanation.isEmpty { notes[table.count - 1] = row.explanation }
        }
        let widths = (0..<table[0].count).map { c in table.map { $0[c].count }.max() ?? 0 }
        var lines: [String] = []
        for (r, cells) in table.enumerated() {
            var line = "  " + zip(cells, widths).map { pad($0, $1) }.joined(separator: "  ")
            while line.last == " " { line.removeLast() }
            lines.append(line)
            for note in notes[r] ?? [] { lines.append("      ↳ \(note)") }
        }
        return lines
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
