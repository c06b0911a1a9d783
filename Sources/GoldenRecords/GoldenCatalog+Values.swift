extension GoldenCatalog {
    /// The number of record `id`, converted into `unit`.
    /// - Throws: when the record is missing, is not a single number, or has another dimension.
    public func number(_ id: String, in unit: String) throws(InputError) -> Double {
        let record = try record(id)
        guard case let .number(value) = record.value, let from = record.unit else {
            throw InputError.golden(
                .unusableRecord, file: record.paper.key + ".json", recordID: id, path: "value",
                message: "expected a number, found a \(record.value.shape)")
        }
        do { return try from.convert(value, to: PhysicalUnit(parsing: unit)) } catch {
            throw InputError.golden(
                .unusableRecord, file: record.paper.key + ".json", recordID: id, path: "unit", message: error.description)
        }
    }

    /// The range `[lo, hi]` of record `id`, both bounds converted into `unit`.
    ///
    /// Edge Cases:
    /// - A single number is not a range: it throws (read it with `number(_:in:)`).
    /// - Throws: when the record is missing, is not a range, or has another dimension.
    public func range(_ id: String, in unit: String) throws(InputError) -> ClosedRange<Double> {
        let record = try record(id)
        guard case let .range(lo, hi) = record.value, let from = record.unit else {
            throw InputError.golden(
                .unusableRecord, file: record.paper.key + ".json", recordID: id, path: "value",
                                  message: "expected a range, found a \(record.value.shape)")
        }
        do {
            let target = try PhysicalUnit(parsing: unit)
            return try from.convert(lo, to: target)...from.convert(hi, to: target)
        } catch {
            throw InputError.golden(
                .unusableRecord, file: record.paper.key + ".json", recordID: id, path: "unit",
                                  message: error.description)
        }
    }

    /// The bound of record `id` (">900 Wh l⁻¹"): its relation and number, converted into `unit`.
    /// - Throws: when the record is missing, is not a bound, or has another dimension.
    public func bound(
        _ id: String, in unit: String
    ) throws(InputError) -> (relation: BoundRelation, value: Double) {
        let record = try record(id)
        guard case let .bound(relation, limit) = record.value, let from = record.unit else {
            throw InputError.golden(
                .unusableRecord, file: record.paper.key + ".json", recordID: id, path: "value",
                message: "expected a bound, found a \(record.value.shape)")
        }
        do { return (relation, try from.convert(limit, to: PhysicalUnit(parsing: unit))) } catch {
            throw InputError.golden(
                .unusableRecord, file: record.paper.key + ".json", recordID: id, path: "unit",
                message: error.description)
        }
    }

    /// The category (a word such as `"ten-parallel-bicells"`) of record `id`.
    /// - Throws: when the record is missing or is not a category.
    public func category(_ id: String) throws(InputError) -> String {
        let record = try record(id)
        guard case let .category(value) = record.value else {
            throw InputError.golden(
                .unusableRecord, file: record.paper.key + ".json", recordID: id, path: "value",
                                  message: "expected a category, found a \(record.value.shape)")
        }
        return value
    }
}
