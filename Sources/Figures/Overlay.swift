public import GoldenRecords

extension Figure {
    /// Adds an external model's values for the golden ids this figure draws beside the golden
    /// points, each scored with the library's scorer (`Scorer.score`) and drawn in the shape and
    /// colour of its verdict (`VerdictStyle`), and returns the comparison as a table: id, x,
    /// printed, external value (in the record's unit), unit, verdict.
    ///
    /// A number is drawn at its golden x (its value on the y axis), a category at the golden
    /// point (labelled with the model's category unless it passes), a series as a dashed line
    /// (golden series are dotted, so the two stay apart where they coincide).
    /// Ids the figure does not draw are ignored; a value the scorer cannot compare with its
    /// record (another dimension, another shape) is an `InputError`.
    public mutating func overlay(
        _ output: ModelOutput, catalog: GoldenCatalog, file: String
    ) throws(InputError) -> CSVTable {
        let name = output.modelName ?? "external model"
        var table = CSVTable(header: [
            "golden id", Self.csvTitle(plot.xAxis), "printed (in unit)", "external model (in unit)",
            "unit", "verdict",
        ])
        for result in output.results {
            guard let position = goldenPositions[result.id], let record = catalog[result.id] else {
                continue
            }
            let scored: ScoredResult
            do throws(ScoreError) {
                scored = try Scorer.score(
                    result.value, unit: result.unit, uncertainty: result.uncertainty,
                    xUnit: result.xUnit, conditions: result.conditions, against: result.id,
                    in: catalog)
            } catch {
                throw InputError(
                    .incomparableResult, file: file,
                    place: "$.results[\(result.index)] (id '\(result.id)')", message: error.message)
            }
            let style = VerdictStyle(scored.status)
            let unit = record.unit?.symbol ?? "-"
            let row: [CSVTable.Cell] = [
                .text(result.id), .number(position.x), .text(record.printed),
            ]
            switch result.value {
            case .number:
                guard let got = scored.got else { continue }
                plot.points.append(
                    MarkedPoint(
                        label: "", x: position.x, y: got,
                        yError: scored.modelUncertainty > 0 ? scored.modelUncertainty : nil,
                        shape: style.shape, color: style.color, group: style.legendGroup(model: name)))
                table.append(row + [.number(got), .text(unit), .text(scored.status.rawValue)])
            case let .category(category):
                var mark = MarkedPoint(
                    label: style == .pass ? "" : "model: \(category)", x: position.x,
                    y: position.y ?? plot.yAxis.lower, shape: style.shape, color: style.color,
                    group: style.legendGroup(model: name))
                mark.badge = true
                plot.points.append(mark)
                table.append(row + [.text(category), .text("-"), .text(scored.status.rawValue)])
            case let .series(x, y):
                let line = Self.converted(x, y, result, to: record)
                plot.series.append(
                    Series(
                        name: "\(name): \(style.rawValue) (overlay, series)", x: line.x, y: line.y,
                        style: .dashed, color: style.color))
                table.append(
                    row + [.text("series of \(x.count) points"), .text(unit),
                        .text(scored.status.rawValue)])
            }
        }
        return table
    }

    /// A model series in the golden record's units (the scorer has already accepted them).
    static func converted(
        _ x: [Double], _ y: [Double], _ result: ModelResult, to record: GoldenRecord
    ) -> (x: [Double], y: [Double]) {
        guard case let .series(_, _, goldenXUnit) = record.value, let yUnit = record.unit,
            let mx = try? PhysicalUnit(parsing: result.xUnit ?? ""),
            let gx = try? PhysicalUnit(parsing: goldenXUnit),
            let my = try? PhysicalUnit(parsing: result.unit ?? "")
        else { return (x, y) }
        return (
            x.map { (try? mx.convert($0, to: gx)) ?? $0 }, y.map { (try? my.convert($0, to: yUnit)) ?? $0 }
        )
    }

    /// A CSV column title for values on `axis`: its title with the unit, `(1)` when it has none.
    static func csvTitle(_ axis: Axis) -> String {
        axis.unit.isEmpty ? "\(axis.label) (1)" : axis.title
    }
}
