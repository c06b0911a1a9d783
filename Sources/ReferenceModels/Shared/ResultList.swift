import GoldenRecords

/// Reference results collected in the order a paper's models compute them.
struct ResultList {
    private(set) var results: [ModelResult] = []

    /// Appends a number result in `unit`.
    mutating func number(_ id: String, _ value: Double, _ unit: String) {
        results.append(ModelResult(id: id, value: .number(value), unit: unit))
    }

    /// Appends a category result; nothing when `value` is nil (the model could not decide it).
    mutating func category(_ id: String, _ value: String?) {
        if let value { results.append(ModelResult(id: id, value: .category(value), unit: nil)) }
    }
}
