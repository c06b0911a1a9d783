import Foundation

/// The verdict on one scored result.
public enum ScoreStatus: String, Sendable, Codable {
    /// Within the combined uncertainty of the printed value.
    case pass
    /// Outside it (and not matching a documented discrepancy).
    case fail
    /// Outside the printed value's band but equal, within the same band, to the value our
    /// reference model gives where the paper's own formula does not reproduce its printed number.
    /// Reported separately; it does not make the run fail.
    case knownDiscrepancy = "known-discrepancy"
}

/// One model result scored against its golden record.
public struct ScoredResult: Sendable {
    public let record: GoldenRecord
    public let result: ModelResult
    public let status: ScoreStatus
    /// The model's value converted into the record's unit (numbers only).
    public let got: Double?
    /// Combined tolerance: √(golden² + model²), in the record's unit.
    public let combinedUncertainty: Double
    /// (got − expected) / |expected|, for numbers with a non-zero expectation.
    public let relativeError: Double?
    /// (got − expected) / combined uncertainty, when that is non-zero.
    public let errorInUncertainties: Double?
    /// −log10(|got − expected| / |expected|), capped at 16 (absolute error when expected is 0).
    public let digitsOfAgreement: Double?
    /// A one-line explanation for categories, ranges, series and discrepancies.
    public let detail: String
}

/// The outcome of scoring one model-output file.
public struct ScoreReport: Sendable {
    public let scored: [ScoredResult]
    /// Result ids that match no golden record.
    public let unknownIDs: [String]
    /// Golden ids of the papers the output touches that the output does not report.
    public let missingIDs: [String]

    public var passCount: Int { scored.count { $0.status == .pass } }
    public var failCount: Int { scored.count { $0.status == .fail } }
    public var discrepancyCount: Int { scored.count { $0.status == .knownDiscrepancy } }
    /// The run passes when at least one result was scored and none failed.
    public var passed: Bool { !scored.isEmpty && failCount == 0 }
}

/// Scores model outputs against golden records. The pass rule, for a number: the model value,
/// converted into the record's unit, is within √(u_golden² + u_model²) of the printed value,
/// where u_golden comes from the uncertainty policy (`docs/golden-format.md`); a relative
/// slack of 1e-12 absorbs floating-point rounding for `exact` records.
public enum Scorer {
    /// Relative slack for rounding in unit conversion.
    public static let roundingSlack = 1e-12

    /// - Throws: `InputError` for a result whose shape or unit cannot be compared with its record
    ///   (a category given for a number, a dimension mismatch, an unknown unit).
    public static func score(_ output: ModelOutput, against catalog: GoldenCatalog, file: String) throws(InputError) -> ScoreReport {
        var scored: [ScoredResult] = []
        var unknown: [String] = []
        var papers: Set<String> = []
        var reported: Set<String> = []
        for result in output.results {
            guard let record = catalog[result.id] else { unknown.append(result.id); continue }
            papers.insert(record.paper.key)
            reported.insert(result.id)
            do {
                scored.append(try score(result, against: record))
            } catch {
                throw InputError(file: file, place: "$.results[\(result.index)] (id '\(result.id)')", message: error.message)
            }
        }
        let missing = catalog.records.filter { papers.contains($0.paper.key) && !reported.contains($0.id) }.map(\.id)
        return ScoreReport(scored: scored, unknownIDs: unknown, missingIDs: missing)
    }

    struct ShapeError: Error { let message: String }

    static func score(_ result: ModelResult, against record: GoldenRecord) throws(ShapeError) -> ScoredResult {
        switch (record.value, result.value) {
        case let (.category(expected), .category(got)):
            let ok = expected == got
            return ScoredResult(record: record, result: result, status: ok ? .pass : .fail, got: nil,
                                combinedUncertainty: 0, relativeError: nil, errorInUncertainties: nil,
                                digitsOfAgreement: nil, detail: ok ? "category matches" : "expected '\(expected)', got '\(got)'")
        case let (.number(expected), .number(raw)):
            let (got, u) = try converted(raw, result, to: record)
            return numeric(record, result, expected: expected, got: got, modelUncertainty: u)
        case let (.range(lo, hi), .number(raw)):
            let (got, u) = try converted(raw, result, to: record)
            let combined = (record.tolerance * record.tolerance + u * u).squareRoot()
            let inside = got >= lo - combined && got <= hi + combined
            return ScoredResult(record: record, result: result, status: inside ? .pass : .fail, got: got,
                                combinedUncertainty: combined, relativeError: nil, errorInUncertainties: nil,
                                digitsOfAgreement: nil, detail: inside ? "inside the printed range" : "outside the printed range \(lo.formatted6)–\(hi.formatted6) ± \(combined.formatted6)")
        case let (.series(gx, gy, gxUnit), .series(mx, my)):
            return try series(record, result, goldenX: gx, goldenY: gy, goldenXUnit: gxUnit, modelX: mx, modelY: my)
        default:
            throw ShapeError(message: "the golden record holds a \(record.value.shape) but the output gives a \(result.value.shape); write a \(record.value.shape == "range" ? "number" : record.value.shape)")
        }
    }

    /// Converts a model number and its uncertainty into the record's unit.
    static func converted(_ raw: Double, _ result: ModelResult, to record: GoldenRecord) throws(ShapeError) -> (Double, Double) {
        guard let target = record.unit else { throw ShapeError(message: "the golden record is a category") }
        let value: Double, u: Double
        do throws(UnitError) {
            let unit = try PhysicalUnit(parsing: result.unit ?? "")
            value = try unit.convert(raw, to: target)
            u = try unit.convertInterval(result.uncertainty ?? 0, to: target)
        } catch {
            if case .dimensionMismatch = error {
                throw ShapeError(message: "\(error); the golden record is in '\(target.symbol)'")
            }
            throw ShapeError(message: error.description)
        }
        guard value.isFinite, u.isFinite else {
            throw ShapeError(message: "value overflows after conversion to '\(target.symbol)'")
        }
        return (value, u)
    }

    static func numeric(_ record: GoldenRecord, _ result: ModelResult, expected: Double, got: Double, modelUncertainty: Double) -> ScoredResult {
        let combined = (record.tolerance * record.tolerance + modelUncertainty * modelUncertainty).squareRoot()
        let matches = { (target: Double) in
            got.isApproximatelyEqual(to: target, absoluteTolerance: combined, relativeTolerance: roundingSlack)
        }
        var status: ScoreStatus = matches(expected) ? .pass : .fail
        var detail = ""
        if status == .fail, let d = record.discrepancy, matches(d.referenceValue) {
            status = .knownDiscrepancy
            detail = "equals the '\(d.reading)' reading (\(d.referenceValue)); the paper printed \(record.printed)"
        }
        let delta = got - expected
        let relative: Double? = expected == 0 ? nil : delta / expected.magnitude
        let digits: Double
        if delta == 0 {
            digits = 16
        } else if expected == 0 {
            digits = min(16, -log10(delta.magnitude))
        } else {
            digits = min(16, -log10(delta.magnitude / expected.magnitude))
        }
        return ScoredResult(record: record, result: result, status: status, got: got, combinedUncertainty: combined,
                            relativeError: relative, errorInUncertainties: combined > 0 ? delta / combined : nil,
                            digitsOfAgreement: digits, detail: detail)
    }

    /// Interpolates the model series linearly at the golden x values (refusing to extrapolate)
    /// and requires every point within the tolerance.
    static func series(_ record: GoldenRecord, _ result: ModelResult, goldenX: [Double], goldenY: [Double], goldenXUnit: String,
                       modelX rawX: [Double], modelY rawY: [Double]) throws(ShapeError) -> ScoredResult {
        guard let yTarget = record.unit else { throw ShapeError(message: "the golden record has no unit") }
        let mx: [Double], my: [Double]
        do {
            let xUnit = try PhysicalUnit(parsing: result.xUnit ?? "")
            let yUnit = try PhysicalUnit(parsing: result.unit ?? "")
            let gxUnit = try PhysicalUnit(parsing: goldenXUnit)
            mx = try rawX.map { (x) throws(UnitError) in try xUnit.convert(x, to: gxUnit) }
            my = try rawY.map { (y) throws(UnitError) in try yUnit.convert(y, to: yTarget) }
        } catch {
            throw ShapeError(message: "\(error.description) (a series needs 'unit' for y and 'xUnit' for x)")
        }
        var mismatched: [String] = []
        for (x, y) in zip(goldenX, goldenY) {
            guard let first = mx.first, let last = mx.last, x >= first, x <= last else {
                return ScoredResult(record: record, result: result, status: .fail, got: nil, combinedUncertainty: record.tolerance,
                                    relativeError: nil, errorInUncertainties: nil, digitsOfAgreement: nil,
                                    detail: "golden x = \(x) \(goldenXUnit) is outside the model's x range; not extrapolated")
            }
            let k = max(1, mx.firstIndex { $0 >= x } ?? 1)
            let t = mx[k] == mx[k - 1] ? 0 : (x - mx[k - 1]) / (mx[k] - mx[k - 1])
            let value = my[k - 1] + t * (my[k] - my[k - 1])
            if !value.isApproximatelyEqual(to: y, absoluteTolerance: record.tolerance, relativeTolerance: roundingSlack) {
                mismatched.append("x=\(x): expected \(y), got \(value)")
            }
        }
        let detail = mismatched.isEmpty
            ? "all \(goldenX.count) points within ±\(record.tolerance) (model interpolated linearly at golden x)"
            : "\(mismatched.count) of \(goldenX.count) points mismatched; first: \(mismatched.prefix(3).joined(separator: "; "))"
        return ScoredResult(record: record, result: result, status: mismatched.isEmpty ? .pass : .fail, got: nil,
                            combinedUncertainty: record.tolerance, relativeError: nil, errorInUncertainties: nil,
                            digitsOfAgreement: nil, detail: detail)
    }
}

extension Double {
    /// Six significant digits, no trailing zeros (`%.6g`), for messages and reports.
    public var formatted6: String { String(format: "%.6g", self) }
}
