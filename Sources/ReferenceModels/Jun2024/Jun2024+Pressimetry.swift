extension Jun2024 {
    /// The direction of a per-cycle series.
    public enum Trend: String, CaseIterable, Sendable {
        case increasing
        case decreasing
        case flat
    }

    /// Which of the two per-cycle quantities declines faster (in relative terms) over the first
    /// cycles: the discharge capacity Q or the pressure-change difference Δ(ΔP). The paper's
    /// Figure 5d statement ("a faster decrease in capacity relative to Δ(ΔP)").
    public enum FasterDecline: String, CaseIterable, Sendable {
        case capacity
        case pressureChangeDifference = "pressure-change-difference"
        /// Both decline at the same relative rate.
        case neither
    }

    /// What the paper reads from the Δ(ΔP)_Q trend about the SE–electrode interface (Figure S21:
    /// a shrinking contact area concentrates the Si expansion into a larger pressure rise).
    public enum InterfaceInference: String, CaseIterable, Sendable {
        /// Δ(ΔP)_Q rising: contact deteriorating.
        case deteriorating
        /// Δ(ΔP)_Q falling: robust contact maintained.
        case maintained
        /// Δ(ΔP)_Q flat: the paper's argument says nothing.
        case indeterminate
    }

    /// Pressure-change difference of each cycle, Δ(ΔP)_n = ΔP_end-of-charge,n − ΔP_end-of-discharge,n
    /// (the pressure swing of one breathing cycle; any pressure unit, result in the same unit).
    ///
    /// - Throws: `ArgumentError` when the series differ in length, are empty, or hold a non-finite value.
    public static func pressureChangeDifferences(
        chargeEnd: [Double], dischargeEnd: [Double]
    ) throws(ArgumentError) -> [Double] {
        let f = "Jun2024.pressureChangeDifferences"
        guard !chargeEnd.isEmpty, chargeEnd.count == dischargeEnd.count else {
            throw ArgumentError(
                chargeEnd.isEmpty ? .emptyInput : .mismatchedLengths, function: f,
                argument: "chargeEnd/dischargeEnd",
                value: "\(chargeEnd.count) and \(dischargeEnd.count) values",
                accepted: "one end-of-charge and one end-of-discharge ΔP per cycle")
        }
        try ArgumentError.requireAllFinite(
            chargeEnd + dischargeEnd, "chargeEnd/dischargeEnd", in: f, accepted: "every ΔP finite")
        return zip(chargeEnd, dischargeEnd).map { $0 - $1 }
    }

    /// Capacity-normalised pressure-change difference of each cycle (Figure 5e, after ref. [55]):
    /// Δ(ΔP)_Q,n = Δ(ΔP)_n / Q_n. Units: the pressure unit of Δ(ΔP) per capacity unit of Q
    /// (e.g. kPa per mAh g⁻¹).
    ///
    /// - Throws: `ArgumentError` (never NaN) when the series differ in length or are empty, a value is
    ///   not finite, or a capacity is ≤ 0 (a dead cycle cannot be normalised).
    public static func normalizedPressureChangeDifferences(
        pressureChangeDifferences: [Double], capacities: [Double]
    ) throws(ArgumentError) -> [Double] {
        let f = "Jun2024.normalizedPressureChangeDifferences"
        guard !capacities.isEmpty, pressureChangeDifferences.count == capacities.count else {
            throw ArgumentError(
                capacities.isEmpty ? .emptyInput : .mismatchedLengths, function: f,
                argument: "pressureChangeDifferences/capacities",
                value: "\(pressureChangeDifferences.count) and \(capacities.count) values",
                accepted: "one Δ(ΔP) and one capacity per cycle")
        }
        try ArgumentError.requireAllFinite(
            pressureChangeDifferences + capacities, "pressureChangeDifferences/capacities", in: f)
        guard capacities.allSatisfy({ $0 > 0 }) else {
            throw ArgumentError(
                .outOfDomain, function: f, argument: "capacities", value: "a capacity ≤ 0",
                accepted: "every capacity > 0 (to normalise by it)")
        }
        return zip(pressureChangeDifferences, capacities).map { $0 / $1 }
    }

    /// Direction of a per-cycle series: the sign of its least-squares slope against cycle number
    /// 1, 2, …, n. `.flat` when |slope| · (n − 1) ≤ `relativeTolerance` · mean |value| (default 0:
    /// only an exactly zero slope is flat).
    ///
    /// - Throws: `ArgumentError` for fewer than two values, a non-finite value, or a negative tolerance.
    public static func trend(
        of series: [Double], relativeTolerance: Double = 0
    ) throws(ArgumentError) -> Trend {
        let f = "Jun2024.trend"
        guard series.count >= 2 else {
            throw ArgumentError(
                .emptyInput, function: f, argument: "series", value: "\(series.count) cycles",
                accepted: "at least two cycles to see a trend")
        }
        try ArgumentError.requireAllFinite(series, "series", in: f)
        try ArgumentError.requireNonNegative(relativeTolerance, "relativeTolerance", in: f)
        let n = Double(series.count)
        let meanX = (n + 1) / 2
        let meanY = series.reduce(0, +) / n
        var sxy = 0.0, sxx = 0.0
        for (i, y) in series.enumerated() {
            let dx = Double(i + 1) - meanX
            sxy += dx * (y - meanY)
            sxx += dx * dx
        }
        let slope = sxy / sxx
        let scale = series.reduce(0) { $0 + $1.magnitude } / n
        if (slope * (n - 1)).magnitude <= relativeTolerance * scale { return .flat }
        return slope > 0 ? .increasing : .decreasing
    }

    /// The trend of Δ(ΔP)_Q computed from per-cycle Δ(ΔP) and capacity series.
    /// - Throws: as `normalizedPressureChangeDifferences` and `trend`.
    public static func normalizedTrend(
        pressureChangeDifferences: [Double], capacities: [Double], relativeTolerance: Double = 0
    ) throws(ArgumentError) -> Trend {
        try trend(
            of: normalizedPressureChangeDifferences(
                pressureChangeDifferences: pressureChangeDifferences, capacities: capacities),
            relativeTolerance: relativeTolerance)
    }

    /// The sign rule that links the paper's two statements: d ln(Δ(ΔP)/Q) = d ln Δ(ΔP) − d ln Q, so
    /// when the capacity declines faster (relatively) than Δ(ΔP), Δ(ΔP)_Q rises, and vice versa.
    /// Figure 5d's "faster decrease in capacity relative to Δ(ΔP)" (bare) therefore predicts
    /// Figure 5e's rising Δ(ΔP)_Q, and "the opposite trend" (Ag-coated) a falling one.
    public static func normalizedTrend(fasterDecline: FasterDecline) -> Trend {
        switch fasterDecline {
        case .capacity: .increasing
        case .pressureChangeDifference: .decreasing
        case .neither: .flat
        }
    }

    /// The paper's reading of the Δ(ΔP)_Q trend (Figure 5e and S21).
    public static func interfaceInference(normalizedTrend: Trend) -> InterfaceInference {
        switch normalizedTrend {
        case .increasing: .deteriorating
        case .decreasing: .maintained
        case .flat: .indeterminate
        }
    }

    /// Pressure resolution of the operando load cell: a mass resolution m (kg, i.e. kilogram-force)
    /// over a cell of diameter d (mm): ΔP = m · g₀ / (π d²/4), in Pa, with g₀ = 9.80665 m s⁻²
    /// (standard gravity, exact; an assumption that the "0.1 kg" means kilogram-force).
    ///
    /// Edge Cases: returns NaN (does not throw) for a negative or non-finite mass, or a
    /// non-positive or non-finite diameter.
    public static func loadCellPressureResolution(
        massResolution kilograms: Double, cellDiameter millimetres: Double
    ) -> Double {
        guard kilograms >= 0, kilograms.isFinite, millimetres > 0, millimetres.isFinite else {
            return .nan
        }
        let radius = millimetres / 2 / 1000
        return kilograms * Constants.standardGravity / (Double.pi * radius * radius)
    }
}
