import Foundation

extension Scorer {
    /// The comparison of values alone (no conditions, conflict groups or parameter rule).
    static func compare(
        _ result: ModelResult, against record: GoldenRecord, units: UnitMemo? = nil
    ) throws(ShapeError) -> ScoredResult {
        switch (record.value, result.value) {
        case let (.category(expected), .category(got)):
            let ok = expected == got
            return ScoredResult(
                record: record, result: result, status: ok ? .pass : .fail,
                reason: ok ? nil : .categoryMismatch(expected: expected, got: got), got: nil,
                modelUncertainty: 0, combinedUncertainty: 0, relativeError: nil,
                errorInUncertainties: nil, digitsOfAgreement: nil)
        case let (.number(expected), .number(raw)):
            let (got, u) = try converted(raw, result, to: record, units: units)
            return numeric(record, result, expected: expected, got: got, modelUncertainty: u)
        case let (.range(lo, hi), .number(raw)):
            let (got, u) = try converted(raw, result, to: record, units: units)
            return range(record, result, low: lo, high: hi, got: got, modelUncertainty: u)
        case let (.bound(relation, limit), .number(raw)):
            let (got, u) = try converted(raw, result, to: record, units: units)
            return bound(record, result, relation, limit, got: got, modelUncertainty: u)
        case let (.series(gx, gy, gxUnit), .series(mx, my)):
            return try series(
                record, result, goldenX: gx, goldenY: gy, goldenXUnit: gxUnit, modelX: mx,
                modelY: my)
        case (.number, .category(let text)), (.range, .category(let text)),
            (.bound, .category(let text)):
            if looksNumeric(text) {
                throw ShapeError(
                    message:
                        "the value is a string (\"\(text)\"); remove the quotes and put the unit in 'unit', "
                        + "e.g. \"value\": 880, \"unit\": \"nm\""
                )
            }
            throw ShapeError(
                message:
                    "the golden record holds a \(record.value.shape) but the output gives a category; write a number"
            )
        default:
            throw ShapeError(
                message:
                    "the golden record holds a \(record.value.shape) but the output gives a \(result.value.shape); "
                    + "write a \(["range", "bound"].contains(record.value.shape) ? "number" : record.value.shape)"
            )
        }
    }

    /// Whether a category string is really a number someone quoted (`"880"`, `"880 nm"`, `"1e3"`).
    static func looksNumeric(_ text: String) -> Bool {
        let trimmed = text.trimmingWhitespace
        let head = trimmed.prefix { !$0.isWhitespace }
        return Double(head.replacingOccurrences(of: "−", with: "-"))?.isFinite == true
    }

    /// √(a² + b²) without overflow or underflow in the squares.
    static func quadratureSum(_ a: Double, _ b: Double) -> Double { hypot(a, b) }

    /// The informative bound on a model uncertainty for a record whose printed magnitude is
    /// `scale`: `maxRelativeModelUncertainty · scale`, or u_golden when that is larger.
    static func informativeBound(_ record: GoldenRecord, scale: Double) -> Double {
        max(record.tolerance, maxRelativeModelUncertainty * scale)
    }

    /// Converts a model number and its uncertainty into the record's unit.
    static func converted(
        _ raw: Double, _ result: ModelResult, to record: GoldenRecord, units: UnitMemo?
    ) throws(ShapeError) -> (Double, Double) {
        guard let target = record.unit else {
            throw ShapeError(message: "the golden record is a category")
        }
        let value: Double, u: Double
        do throws(UnitError) {
            let text = result.unit ?? ""
            let unit: PhysicalUnit
            if let units {
                unit = try units.unit(text)
            } else {
                unit = try PhysicalUnit(parsing: text)
            }
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

    /// The documented reading `got` equals within `tolerance`, for records that accept them.
    static func documentedReading(
        _ record: GoldenRecord, got: Double, tolerance: Double
    ) -> ScoreReason? {
        guard record.acceptsDocumentedReadings, let d = record.discrepancy else { return nil }
        for (k, reading) in d.readings.enumerated()
        where got.isApproximatelyEqual(
            to: reading.value, absoluteTolerance: tolerance, relativeTolerance: roundingSlack)
        {
            return .documentedReading(name: reading.name, value: reading.value, isReference: k == 0)
        }
        return nil
    }

    /// The status ladder shared by numbers, ranges and bounds: `missBy(t)` is whether `got` is outside
    /// the printed value widened by `t`.
    private static func ladder(
        _ record: GoldenRecord, got: Double, modelUncertainty u: Double, scale: Double,
        missBy: (Double) -> Bool, outside: ScoreReason?
    ) -> (ScoreStatus, ScoreReason?, Double) {
        let golden = record.tolerance
        let combined = quadratureSum(golden, u)
        if !missBy(golden) { return (.pass, nil, combined) }
        if let reading = documentedReading(record, got: got, tolerance: golden) {
            return (.documentedReading, reading, combined)
        }
        if u > 0, !missBy(combined) {
            let bound = informativeBound(record, scale: scale)
            if u > bound {
                return (
                    .uninformative, .uninformativeUncertainty(modelUncertainty: u, bound: bound),
                    combined
                )
            }
            return (
                .withinUncertainty, .withinModelUncertainty(validationLevel: combined), combined
            )
        }
        return (.fail, outside, combined)
    }

    static func numeric(
        _ record: GoldenRecord, _ result: ModelResult, expected: Double, got: Double,
        modelUncertainty: Double
    ) -> ScoredResult {
        let (status, reason, combined) = ladder(
            record, got: got, modelUncertainty: modelUncertainty, scale: expected.magnitude,
            missBy: {
                !got.isApproximatelyEqual(
                    to: expected, absoluteTolerance: $0, relativeTolerance: roundingSlack)
            },
            outside: nil)
        let delta = got - expected
        let relative: Double? = expected == 0 ? nil : finite(delta / expected.magnitude)
        let digits: Double
        if delta == 0 {
            digits = 16
        } else if expected == 0 {
            digits = min(16, -log10(delta.magnitude))
        } else {
            digits = min(16, -log10(delta.magnitude / expected.magnitude))
        }
        return ScoredResult(
            record: record, result: result, status: status, reason: reason, got: got,
            modelUncertainty: modelUncertainty, combinedUncertainty: combined,
            relativeError: relative,
            errorInUncertainties: combined > 0 ? finite(delta / combined) : nil,
            digitsOfAgreement: finite(digits),
            diagnoses: status == .fail
                ? UnitFactorDiagnosis.diagnose(got: got, expected: expected) : [])
    }

    static func range(
        _ record: GoldenRecord, _ result: ModelResult, low: Double, high: Double, got: Double,
        modelUncertainty: Double
    ) -> ScoredResult {
        let (status, reason, combined) = ladder(
            record, got: got, modelUncertainty: modelUncertainty,
            scale: max(low.magnitude, high.magnitude),
            missBy: { got < low - $0 || got > high + $0 },
            outside: .outsideRange(low: low, high: high, tolerance: record.tolerance))
        return ScoredResult(
            record: record, result: result, status: status, reason: reason, got: got,
            modelUncertainty: modelUncertainty, combinedUncertainty: combined, relativeError: nil,
            errorInUncertainties: nil, digitsOfAgreement: nil)
    }

    /// A bound passes any value on its side of the number widened by u_golden (so `>` and `>=`
    /// are judged alike: the printed precision is coarser than the difference).
    static func bound(
        _ record: GoldenRecord, _ result: ModelResult, _ relation: BoundRelation, _ limit: Double,
        got: Double, modelUncertainty: Double
    ) -> ScoredResult {
        let (status, reason, combined) = ladder(
            record, got: got, modelUncertainty: modelUncertainty, scale: limit.magnitude,
            missBy: { relation.isLower ? got < limit - $0 : got > limit + $0 },
            outside: .wrongSideOfBound(relation: relation, limit: limit, tolerance: record.tolerance))
        return ScoredResult(
            record: record, result: result, status: status, reason: reason, got: got,
            modelUncertainty: modelUncertainty, combinedUncertainty: combined, relativeError: nil,
            errorInUncertainties: nil, digitsOfAgreement: nil)
    }

    private static func finite(_ x: Double) -> Double? { x.isFinite ? x : nil }

    /// Interpolates the model series linearly at the golden x values (never extrapolating; a
    /// golden x equal to a model x takes that point's y) and requires every point within the
    /// record's tolerance. A model uncertainty is refused for series (it has no per-point form).
    static func series(
        _ record: GoldenRecord, _ result: ModelResult, goldenX: [Double], goldenY: [Double],
        goldenXUnit: String,
        modelX rawX: [Double], modelY rawY: [Double]
    ) throws(ShapeError) -> ScoredResult {
        guard let yTarget = record.unit else {
            throw ShapeError(message: "the golden record has no unit")
        }
        guard result.uncertainty == nil else {
            throw ShapeError(message: "'uncertainty' is not used for a series; remove it")
        }
        guard !rawX.isEmpty, rawX.count == rawY.count else {
            throw ShapeError(
                message: "a series needs one or more points with as many x as y values")
        }
        let mx: [Double], my: [Double]
        do {
            let xUnit = try PhysicalUnit(parsing: result.xUnit ?? "")
            let yUnit = try PhysicalUnit(parsing: result.unit ?? "")
            let gxUnit = try PhysicalUnit(parsing: goldenXUnit)
            mx = try rawX.map { (x) throws(UnitError) in try xUnit.convert(x, to: gxUnit) }
            my = try rawY.map { (y) throws(UnitError) in try yUnit.convert(y, to: yTarget) }
        } catch {
            throw ShapeError(
                message: "\(error.description) (a series needs 'unit' for y and 'xUnit' for x)")
        }
        guard mx.allSatisfy(\.isFinite), my.allSatisfy(\.isFinite) else {
            throw ShapeError(
                message: "a series value overflows after conversion into the golden units")
        }
        guard zip(mx, mx.dropFirst()).allSatisfy({ $0 <= $1 }) else {
            throw ShapeError(message: "the series' x values must not decrease")
        }
        var mismatches: [SeriesComparison.Mismatch] = []
        var mismatched = 0
        var maxAbs = 0.0, maxRel: Double? = nil
        let (first, last) = (mx[0], mx[mx.count - 1])
        for (x, y) in zip(goldenX, goldenY) {
            guard x >= first, x <= last else {
                return ScoredResult(
                    record: record, result: result, status: .fail,
                    reason: .seriesOutsideModelRange(x: x, modelFirst: first, modelLast: last),
                    got: nil,
                    modelUncertainty: 0, combinedUncertainty: record.tolerance, relativeError: nil,
                    errorInUncertainties: nil, digitsOfAgreement: nil)
            }
            let value = interpolate(mx, my, at: x)
            let difference = (value - y).magnitude
            maxAbs = max(maxAbs, difference)
            if y != 0 { maxRel = max(maxRel ?? 0, difference / y.magnitude) }
            if !value.isApproximatelyEqual(
                to: y, absoluteTolerance: record.tolerance, relativeTolerance: roundingSlack)
            {
                mismatched += 1
                if mismatches.count < 3 { mismatches.append(.init(x: x, expected: y, got: value)) }
            }
        }
        let comparison = SeriesComparison(
            points: goldenX.count, mismatched: mismatched, firstMismatches: mismatches,
            maxAbsoluteDifference: maxAbs, maxRelativeDifference: maxRel, interpolated: true)
        return ScoredResult(
            record: record, result: result, status: mismatched == 0 ? .pass : .fail,
            reason: mismatched == 0 ? nil : .seriesMismatch, got: nil, modelUncertainty: 0,
            combinedUncertainty: record.tolerance, relativeError: nil, errorInUncertainties: nil,
            digitsOfAgreement: nil, series: comparison)
    }

    /// y at `x` on the polyline (xs, ys), for xs[0] ≤ x ≤ xs.last and xs non-decreasing.
    ///
    /// Edge Cases: a single point gives its y; an x equal to a model x gives the y of the first
    /// point at that x (a vertical step takes its lower end).
    static func interpolate(_ xs: [Double], _ ys: [Double], at x: Double) -> Double {
        var lo = 0, hi = xs.count - 1  // the first index with xs[k] >= x, by bisection
        while lo < hi {
            let mid = (lo + hi) / 2
            if xs[mid] < x { lo = mid + 1 } else { hi = mid }
        }
        if xs[lo] == x || lo == 0 { return ys[lo] }
        let (x0, x1, y0, y1) = (xs[lo - 1], xs[lo], ys[lo - 1], ys[lo])
        return y0 + (x - x0) / (x1 - x0) * (y1 - y0)
    }
}
