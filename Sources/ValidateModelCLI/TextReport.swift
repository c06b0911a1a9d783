import Foundation
import GoldenRecords

/// Plain-text renderings: the score table, the id list and the template.
enum TextReport {
    /// The readable score table, grouped by paper, then coverage and a one-line summary.
    static func render(_ report: ScoreReport, _ context: ReportContext) -> String {
        var lines = ["validate-model \(ValidateModel.version): \(context.file)\(context.modelName.map { " (model: \($0))" } ?? "") against \(context.goldenCount) golden records", ""]
        let byPaper = Dictionary(grouping: report.scored, by: { $0.record.paper.key })
        for key in byPaper.keys.sorted() {
            let rows = byPaper[key]!
            let paper = rows[0].record.paper
            lines.append("\(key)\(paper.doi.map { " (doi:\($0))" } ?? ""): \(paper.file)")
            var table = [["STATUS", "ID", "EXPECTED", "GOT", "REL.ERR", "ERR/U", "DIGITS"]]
            var notes: [Int: [String]] = [:]
            for row in rows {
                table.append(cells(row))
                var rowNotes = row.diagnoses
                if !row.detail.isEmpty, row.status != .pass || row.got == nil { rowNotes.insert(row.detail, at: 0) }
                if !rowNotes.isEmpty { notes[table.count - 1] = rowNotes }
            }
            let widths = (0..<table[0].count).map { c in table.map { $0[c].count }.max()! }
            for (r, cells) in table.enumerated() {
                let padded = zip(cells, widths).map { pad($0, $1) }
                var line = "  " + padded.joined(separator: "  ")
                while line.last == " " { line.removeLast() }
                lines.append(line)
                for note in notes[r] ?? [] { lines.append("      ↳ \(note)") }
            }
            lines.append("")
        }
        if !report.coverage.isEmpty {
            lines.append("Coverage (records a model can report: all but parameters, plus any parameter the output reports):")
            for c in report.coverage {
                lines.append("  \(c.paper): \(c.scored) of \(c.available) scored, \(c.passed) passed, \(c.missing) not in output (validate-model --template --paper \(c.paper))")
            }
            lines.append("")
        }
        if report.deselected > 0 {
            lines.append("\(report.deselected) results left out by --paper/--id.")
            lines.append("")
        }
        if !report.unknownIDs.isEmpty {
            lines.append("Unknown ids (no golden record; check the spelling with --list): \(report.unknownIDs.joined(separator: ", "))")
            lines.append("")
        }
        lines.append(summary(report, context.verdict))
        return lines.joined(separator: "\n")
    }

    static func summary(_ report: ScoreReport, _ verdict: Verdict) -> String {
        "Summary: \(report.scored.count) scored: \(report.passCount) pass, \(report.failCount) fail, "
            + "\(report.discrepancyCount) known discrepancy; \(report.missingIDs.count) not in output; "
            + "\(report.unknownIDs.count) unknown → \(verdict.passed ? "PASS" : "FAIL")\(verdict.reason.isEmpty ? "" : " (\(verdict.reason))")"
    }

    static func cells(_ row: ScoredResult) -> [String] {
        let unit = row.record.unit?.symbol ?? ""
        let expected: String
        switch row.record.value {
        case let .number(x): expected = "\(number(x)) ± \(number(row.combinedUncertainty)) \(unit)"
        case let .range(lo, hi): expected = "\(number(lo))–\(number(hi)) \(unit)"
        case let .category(c): expected = c
        case let .series(x, _, _): expected = "series of \(x.count) points (\(unit))"
        }
        var got: String
        switch row.result.value {
        case let .category(c): got = c
        case let .series(x, _): got = "series of \(x.count) points"
        case let .number(raw):
            got = "\(number(row.got ?? raw)) \(unit)"
            if let written = row.result.unit, written != unit { got += " (\(number(raw)) \(written))" }
        }
        return [row.status.rawValue, row.record.id, expected, got,
                row.relativeError.map { (roundingNoiseToZero($0) * 100).formatted(cFormat: "%+.3g%%") } ?? "",
                row.errorInUncertainties.map { roundingNoiseToZero($0).formatted(cFormat: "%+.3g") } ?? "",
                row.digitsOfAgreement.map { $0.formatted(cFormat: "%.1f") } ?? ""]
    }

    static func number(_ x: Double) -> String { x.formatted6 }

    /// Unit conversion leaves errors of order 1e-14 where the values agree; show them as 0.
    static func roundingNoiseToZero(_ x: Double) -> Double { x.magnitude < 1e-9 ? 0 : x }

    /// `s` followed by spaces up to `width` characters.
    static func pad(_ s: String, _ width: Int) -> String {
        let n = s.count
        return n >= width ? s : s + String(repeating: " ", count: width - n)
    }

    /// `--list`: one line per golden id.
    static func list(_ records: [GoldenRecord]) -> String {
        let rows = records.map { [$0.id, $0.unit?.symbol ?? "-", $0.kind.rawValue, $0.printed] }
        let widths = (0..<3).map { c in rows.map { $0[c].count }.max() ?? 0 }
        return rows.map { row in
            (0..<3).map { row[$0].padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(separator: "  ") + "  " + row[3]
        }.joined(separator: "\n")
    }

    /// `--template`: a model-output skeleton with every id a model computes (all kinds but
    /// `parameter`); values are `null`, which the validator refuses until they are filled in.
    static func template(_ records: [GoldenRecord]) -> String {
        let wanted = records.filter { $0.kind != .parameter }
        var lines = ["{", "  \"formatVersion\": 1,", "  \"model\": {\"name\": \"YOUR MODEL\"},", "  \"results\": ["]
        for (i, record) in wanted.enumerated() {
            var fields = ["\"id\": \"\(record.id)\"", "\"value\": null"]
            if let unit = record.unit { fields.append("\"unit\": \"\(unit.symbol)\"") }
            if case let .series(_, _, xUnit) = record.value { fields.append("\"xUnit\": \"\(xUnit)\"") }
            lines.append("    {" + fields.joined(separator: ", ") + "}" + (i + 1 < wanted.count ? "," : ""))
        }
        lines += ["  ]", "}"]
        return lines.joined(separator: "\n")
    }
}
