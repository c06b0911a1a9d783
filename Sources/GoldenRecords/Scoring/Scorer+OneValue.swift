extension Scorer {
    /// Scores one value of your own against the golden record `id`, by the rules
    /// `validate-model` uses for a whole output file (`docs/verdicts.md`): the same tolerance,
    /// documented readings, conflict groups, conditions and parameter rule.
    ///
    ///     let scored = try Scorer.score(.number(870.2), unit: "nm",
    ///                                   against: "kim2025.shell.fib-sem-thickness", in: catalog)
    ///     #expect(scored.status == .pass, "\(scored)")
    ///
    /// - Parameters:
    ///   - unit: the unit of `value` (and of `uncertainty`), in the unit grammar; nil for a category.
    ///   - uncertainty: your model's standard uncertainty, if it has one (see `within-uncertainty`).
    ///   - conditions: what your model ran at, e.g. `try Conditions(["temperature": "60 °C"])`.
    /// - Throws: `ScoreError` when no record has `id` (with a "did you mean" when one is close)
    ///   or when `value` cannot be compared with the record (another shape, or a unit of
    ///   another dimension).
    public static func score(
        _ value: ModelValue, unit: String?, uncertainty: Double? = nil, xUnit: String? = nil,
        conditions: Conditions = Conditions(), against id: String, in catalog: GoldenCatalog
    ) throws(ScoreError) -> ScoredResult {
        guard let record = catalog[id] else {
            let suggestion = NearMiss.suggestion(
                for: id, in: NearMiss.Index(catalog.records.lazy.map(\.id)))
            throw ScoreError(
                index: 0, id: id,
                message: "no golden record has this id"
                    + (suggestion.map { "; did you mean '\($0.candidate)'?" } ?? ""))
        }
        let result = ModelResult(
            id: id, value: value, unit: unit, xUnit: xUnit, uncertainty: uncertainty,
            conditions: conditions)
        do throws(ShapeError) {
            var row = try score(result, against: record, catalog: catalog)
            if row.status == .fail, case let .category(got) = value {
                row.diagnoses += categoryDiagnosis(
                    got, for: record, vocabulary: catalog.categoryVocabulary())
            }
            return row
        } catch {
            throw ScoreError(index: 0, id: id, message: error.message)
        }
    }
}

extension ScoredResult: CustomStringConvertible {
    /// One line for a test failure or a log: the id, the status and the two values, e.g.
    /// `kim2025.shell.fib-sem-thickness: fail; got 872 nm, printed 870 nm ± 0.5 nm`.
    public var description: String {
        let unit = record.unit.map { " \($0)" } ?? ""
        var line = "\(record.id): \(status.rawValue)"
        switch result.value {
        case .number:
            let got = got.map { "\($0.formatted6)\(unit)" } ?? "?"
            line += "; got \(got), printed \(record.printed)\(unit) ± \(record.tolerance.formatted6)\(unit)"
        case let .category(c):
            line += "; got '\(c)', printed '\(record.printed)'"
        case let .series(x, _):
            line += "; a series of \(x.count) points against \(record.printed)"
        }
        if let reason { line += " (\(reason))" }
        return line
    }
}
