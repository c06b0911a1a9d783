public import GoldenRecords

extension Figure {
    /// Adds an external model's values for the golden ids this figure draws, as crosses beside
    /// the golden points, and returns the comparison as a table (id, x, printed, external, unit).
    ///
    /// Numbers are converted into the golden record's unit; ids the figure does not draw are
    /// ignored; a unit that cannot be converted is an `InputError`.
    public mutating func overlay(
        _ output: ModelOutput, catalog: GoldenCatalog, file: String
    ) throws(InputError) -> CSVTable {
        let name = output.modelName ?? "external model"
        var table = CSVTable(header: ["golden id", "x", "printed", "external model", "unit"])
        for result in output.results {
            guard let position = goldenPositions[result.id], let record = catalog[result.id] else {
                continue
            }
            let x = position.x
            switch result.value {
            case let .number(raw):
                guard let target = record.unit else { continue }
                let value: Double
                do {
                    value = try PhysicalUnit(parsing: result.unit ?? "").convert(raw, to: target)
                } catch {
                    throw InputError(
                        .incomparableResult, file: file, place: "$.results[\(result.index)] (id '\(result.id)')",
                        message: error.description)
                }
                plot.points.append(
                    MarkedPoint(
                        label: "", x: x, y: value, yError: result.uncertainty, shape: .cross,
                        color: 6, group: "\(name) (overlay)"))
                table.append([
                    .text(result.id), .number(x), .text(record.printed), .number(value),
                    .text(target.symbol),
                ])
            case let .category(category):
                plot.annotations.append(
                    Annotation(
                        text: "✕ \(name): \(category)", x: x, y: position.y ?? plot.yAxis.lower))
                table.append([
                    .text(result.id), .number(x), .text(record.printed), .text(category),
                    .text("-"),
                ])
            case .series:
                continue
            }
        }
        return table
    }
}
