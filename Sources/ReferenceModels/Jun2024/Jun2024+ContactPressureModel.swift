import Foundation

extension Jun2024 {
    /// Which measured property sets how easily the contacting phase closes interfacial gaps.
    public enum Deformability: String, CaseIterable, Sendable {
        /// Nanoindentation hardness H (plastic flow: Bowden–Tabor real contact area ∝ P/H).
        /// **The reference**: stack pressures of MPa against GPa-hard Li alloys put the contact
        /// spots in the plastic regime, and the paper itself argues deformability from the
        /// indentation depth at fixed load, a plastic measure.
        case hardness
        /// Young's modulus E (elastic contact: real contact area ∝ P/E*). Offered for comparison.
        case youngsModulus = "youngs-modulus"
    }

    /// Fraction of the electrode/SE interface in contact at stack pressure `pressure`:
    ///
    /// ```
    /// φ(P) = 1 − exp(−P / P*),   P* = c · D
    /// ```
    ///
    /// This is the Bowden–Tabor law (new contact area dA/A = dP/D for a phase of deformability D,
    /// its hardness in the plastic case) applied only to the part of the interface not yet in
    /// contact, dφ/dP = (1 − φ)/(c·D), which saturates at full contact. For small P it is the
    /// classic φ ≈ P/(c·D). The dimensionless geometry factor c describes the gap/roughness
    /// population left after the Si breathes; the 40 nm Ag film is conformal, so c is taken equal
    /// for bare and Ag-coated anodes (a model assumption).
    ///
    /// - Parameters:
    ///   - pressure: stack pressure P, ≥ 0, in any pressure unit.
    ///   - characteristicPressure: P* = c·D, > 0, in the same unit.
    /// - Returns: φ in [0, 1), strictly increasing in P; 0 at P = 0.
    /// - Throws: `ArgumentError` (it does not return NaN) for a negative or non-finite pressure, or a
    ///   non-positive or non-finite characteristic pressure.
    ///
    /// Edge Cases: P = 0 gives 0; −0 is accepted as 0; P = +∞ is refused (not a stack pressure).
    public static func contactFraction(
        pressure: Double, characteristicPressure: Double
    ) throws(ArgumentError) -> Double {
        try validatePressure(pressure, in: "Jun2024.contactFraction")
        try validatePositive(
            characteristicPressure, name: "characteristicPressure", in: "Jun2024.contactFraction")
        return -expm1(-pressure / characteristicPressure)
    }

    /// P* = c · D: the characteristic pressure of a phase of deformability D (its hardness or
    /// modulus, in the pressure unit wanted for P*) for geometry factor c (dimensionless).
    ///
    /// - Throws: `ArgumentError` for a non-positive or non-finite D ("zero hardness") or c.
    public static func characteristicPressure(
        deformability: Double, geometryFactor: Double
    ) throws(ArgumentError) -> Double {
        try validatePositive(
            deformability, name: "deformability", in: "Jun2024.characteristicPressure",
            accepted: "a positive, finite hardness or modulus (e.g. 0.9 GPa = 900 MPa)")
        try validatePositive(
            geometryFactor, name: "geometryFactor", in: "Jun2024.characteristicPressure")
        return deformability * geometryFactor
    }

    /// One observed (stack pressure, discharge capacity) point.
    public struct PressurePoint: Sendable, Hashable {
        /// MPa.
        public var pressure: Double
        /// mAh g⁻¹ of Si.
        public var capacity: Double
        public init(pressure: Double, capacity: Double) {
            self.pressure = pressure
            self.capacity = capacity
        }
    }

    /// The fit of Q(P) = Q∞ · φ(P; P*) to observed points.
    public struct Calibration: Sendable, Hashable {
        /// Q∞, mAh g⁻¹: the discharge capacity at full contact (≤ the charge capacity).
        public let plateauCapacity: Double
        /// P*, MPa.
        public let characteristicPressure: Double
        /// Model − observed at each calibration point, mAh g⁻¹, in input order.
        public let residuals: [Double]
        /// √(Σ r² / (n − 2)), mAh g⁻¹ (NaN when n = 2: no degree of freedom left).
        public let residualStandardError: Double
    }

    /// Least-squares fit of Q(P) = Q∞ (1 − exp(−P/P*)) to `points`, unweighted (the paper prints
    /// every capacity to the same 10 mAh g⁻¹ step), with Q∞ ≤ `chargeCapacity`.
    ///
    /// For a given P*, the best Q∞ is linear least squares, Σ Qᵢgᵢ / Σ gᵢ² (capped at the charge
    /// capacity); the remaining one-dimensional problem in ln P* is solved by a scan over
    /// [ln(10⁻³·P_min), ln(10³·P_max)] followed by golden-section refinement.
    ///
    /// - Throws: `ArgumentError` for fewer than two points with P > 0, a negative, non-finite or
    ///   above-charge capacity, a bad pressure, a non-positive charge capacity, or data that do
    ///   not saturate inside the scanned range (the best P* on its edge).
    public static func calibrate(
        points: [PressurePoint], chargeCapacity: Double
    ) throws(ArgumentError) -> Calibration {
        let f = "Jun2024.calibrate"
        try validatePositive(chargeCapacity, name: "chargeCapacity", in: f)
        for point in points {
            try validatePressure(point.pressure, in: f)
            guard point.capacity.isFinite, point.capacity >= 0, point.capacity <= chargeCapacity
            else {
                throw ArgumentError(
                    .of(point.capacity), function: f, argument: "points.capacity",
                    value: point.capacity,
                    accepted: "a finite capacity ≥ 0 and ≤ the charge capacity \(chargeCapacity)")
            }
        }
        let positive = points.map(\.pressure).filter { $0 > 0 }
        guard positive.count >= 2, let pMin = positive.min(), let pMax = positive.max() else {
            throw ArgumentError(
                .emptyInput, function: f, argument: "points",
                value: "\(positive.count) with pressure > 0",
                accepted: "at least two points with pressure > 0 to fit Q∞ and P*")
        }
        func profile(_ logP: Double) -> (ssr: Double, plateau: Double) {
            let ps = exp(logP)
            let g = points.map { -expm1(-$0.pressure / ps) }
            let num = zip(points, g).reduce(0) { $0 + $1.0.capacity * $1.1 }
            let den = g.reduce(0) { $0 + $1 * $1 }
            let plateau = min(chargeCapacity, num / den)
            let ssr = zip(points, g).reduce(0) { $0 + pow(plateau * $1.1 - $1.0.capacity, 2) }
            return (ssr, plateau)
        }
        let lo = log(pMin * 1e-3), hi = log(pMax * 1e3), n = 4000
        let grid = (0...n).map { lo + (hi - lo) * Double($0) / Double(n) }
        let values = grid.map { profile($0).ssr }
        guard let best = values.indices.min(by: { values[$0] < values[$1] }), best > 0, best < n
        else {
            throw ArgumentError(
                .calibrationFailed, function: f, argument: "points",
                value: "data that do not saturate with pressure (no finite P* fits them)",
                accepted: "capacities that saturate with pressure")
        }
        var a = grid[best - 1], b = grid[best + 1]
        let invPhi = (sqrt(5) - 1) / 2
        var c = b - invPhi * (b - a), d = a + invPhi * (b - a)
        for _ in 0..<200 where b - a > 1e-13 {
            if profile(c).ssr < profile(d).ssr { b = d } else { a = c }
            c = b - invPhi * (b - a)
            d = a + invPhi * (b - a)
        }
        let logP = (a + b) / 2
        let (ssr, plateau) = profile(logP)
        let ps = exp(logP)
        let residuals = points.map { plateau * -expm1(-$0.pressure / ps) - $0.capacity }
        let dof = points.count - 2
        return Calibration(
            plateauCapacity: plateau, characteristicPressure: ps, residuals: residuals,
            residualStandardError: dof > 0 ? (ssr / Double(dof)).squareRoot() : .nan)
    }

    /// Refuses a NaN, ±∞ (`.notFinite`) or negative (`.outOfDomain`) stack pressure, MPa.
    static func validatePressure(_ pressure: Double, in function: String) throws(ArgumentError) {
        try ArgumentError.requireNonNegative(
            pressure, "pressure", in: function, accepted: "a finite stack pressure in MPa ≥ 0")
    }

    static func validatePositive(
        _ value: Double, name: String, in function: String,
        accepted: String = "a finite number > 0"
    ) throws(ArgumentError) {
        try ArgumentError.requirePositive(value, name, in: function, accepted: accepted)
    }
}
