import GoldenRecords

extension Figure {
    /// The golden records drawn as points, as a table: id, the x they are drawn at, the printed
    /// value, tolerance, unit, kind. Kept beside every figure so the picture can be checked.
    static func pointsTable(
        _ records: [(record: GoldenRecord, x: Double)], xTitle: String
    ) -> CSVTable {
        let units = Set(records.map { $0.record.unit?.symbol ?? "-" })
        let unit = units.count == 1 ? units.first! : "in unit"
        var table = CSVTable(header: [
            "golden id", xTitle, "printed (\(unit))", "value (\(unit))", "tolerance (\(unit))",
            "unit", "kind",
        ])
        for (record, x) in records {
            let value: CSVTable.Cell
            if case let .number(v) = record.value {
                value = .number(v)
            } else {
                value = .text(record.printed)
            }
            table.append([
                .text(record.id), .number(x), .text(record.printed), value,
                .number(record.tolerance),
                .text(record.unit?.symbol ?? "-"), .text(record.kind.rawValue),
            ])
        }
        return table
    }

    /// A golden series record drawn as a dotted line through its printed points, and where the
    /// overlay finds it (its first x); nil when the record is not a series.
    static func goldenSeries(
        _ record: GoldenRecord, name: String, color: Int
    ) -> (series: Series, position: PlotPosition)? {
        guard case let .series(x, y, _) = record.value, let first = x.first else { return nil }
        return (Series(name: name, x: x, y: y, style: .dotted, color: color), PlotPosition(x: first))
    }

    /// A marked point for a numeric golden record, its tolerance as the error bar.
    static func point(
        _ record: GoldenRecord, x: Double, label: String, shape: MarkedPoint.Shape, color: Int,
        group: String, labelOnLeft: Bool = false
    ) -> MarkedPoint? {
        guard case let .number(y) = record.value else { return nil }
        return MarkedPoint(
            label: label, x: x, y: y, yError: record.tolerance, shape: shape, color: color,
            group: group, labelOnLeft: labelOnLeft)
    }
}

/// Golden records drawn as points, collected for a figure: the marks for the plot, the rows of
/// `Figure.pointsTable` and where each id is drawn (`Figure.goldenPositions`).
struct GoldenMarks {
    var marks: [MarkedPoint] = []
    var drawn: [(record: GoldenRecord, x: Double)] = []
    var positions: [String: PlotPosition] = [:]

    /// Draws `record` at `x` (a mark only when it is a number; always a table row and a position).
    mutating func draw(
        _ record: GoldenRecord, x: Double, label: String, shape: MarkedPoint.Shape, color: Int,
        group: String, labelOnLeft: Bool = false
    ) {
        if let p = Figure.point(
            record, x: x, label: label, shape: shape, color: color, group: group,
            labelOnLeft: labelOnLeft)
        {
            marks.append(p)
        }
        drawn.append((record, x))
        positions[record.id] = PlotPosition(x: x)
    }
}
