public import GoldenRecords

extension Lee2020 {
    /// The range `[lo, hi]` of record `id`, converted into `unit`.
    /// - Throws: when the record is missing, is not a range, or has another dimension.
    public static func range(_ id: String, in unit: String, catalog: GoldenCatalog) throws(GoldenLoadError) -> ClosedRange<Double> {
        let record = try catalog.record(id)
        guard case let .range(lo, hi) = record.value, let from = record.unit else {
            throw loadError(id, "expected a range, found a \(record.value.shape)")
        }
        do {
            let target = try PhysicalUnit(parsing: unit)
            return try from.convert(lo, to: target)...from.convert(hi, to: target)
        } catch {
            throw loadError(id, error.description)
        }
    }

    /// The category of record `id`.
    public static func category(_ id: String, catalog: GoldenCatalog) throws(GoldenLoadError) -> String {
        let record = try catalog.record(id)
        guard case let .category(value) = record.value else {
            throw loadError(id, "expected a category, found a \(record.value.shape)")
        }
        return value
    }
}

extension Lee2020 {
    /// A `GoldenLoadError` for a record the Lee 2020 models cannot use (wrong shape, windows that do
    /// not join, a value a model rejects); its description names the record and the reason.
    static func loadError(_ id: String, _ reason: String) -> GoldenLoadError {
        GoldenLoadError(file: "lee2020.json", recordID: id, path: "value", message: "rejected by the Lee 2020 models: \(reason)")
    }
}
