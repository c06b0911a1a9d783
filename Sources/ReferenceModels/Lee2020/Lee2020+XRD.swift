import Foundation

extension Lee2020 {
    /// Interplanar spacing of a cubic lattice: d = a / √(h² + k² + l²), in the unit of a.
    /// - Throws: `ArgumentError` for a ≤ 0, non-finite a, or (h, k, l) = (0, 0, 0).
    public static func cubicSpacing(
        latticeParameter a: Double, h: Int, k: Int, l: Int
    ) throws(ArgumentError) -> Double {
        try check(a, "latticeParameter", in: "cubicSpacing", strict: true)
        let n = try reflectionSquareSum(h: h, k: k, l: l, in: "Lee2020.cubicSpacing")
        return a / Double(n).squareRoot()
    }

    /// h² + k² + l² of a reflection; throws `.outOfDomain` (for `function`) on (000).
    private static func reflectionSquareSum(
        h: Int, k: Int, l: Int, in function: String
    ) throws(ArgumentError) -> Int {
        let n = h * h + k * k + l * l
        guard n > 0 else {
            throw ArgumentError(
                .outOfDomain, function: function,
                argument: "h²+k²+l²", value: 0,
                accepted: "a reflection other than (000)")
        }
        return n
    }

    /// Bragg angle 2θ, degrees, of spacing d at wavelength λ (same length unit): 2 asin(λ / 2d).
    /// - Throws: `ArgumentError` for d ≤ 0, λ ≤ 0, non-finite input, or λ > 2d (no reflection).
    public static func braggTwoTheta(
        spacing d: Double, wavelength lambda: Double
    ) throws(ArgumentError) -> Double {
        try check(d, "spacing", in: "braggTwoTheta", strict: true)
        try check(lambda, "wavelength", in: "braggTwoTheta", strict: true)
        let s = lambda / (2 * d)
        guard s <= 1 else {
            throw ArgumentError(
                .outOfDomain, function: "Lee2020.braggTwoTheta",
                argument: "wavelength / 2d", value: s, accepted: "λ ≤ 2d")
        }
        return 2 * asin(s) * 180 / .pi
    }

    /// The cubic lattice parameter that puts reflection (hkl) at 2θ (degrees): a = √(h²+k²+l²) λ / (2 sin θ).
    /// - Throws: `ArgumentError` for 2θ outside (0°, 180°], λ ≤ 0, or (000).
    public static func impliedCubicLatticeParameter(
        twoTheta: Double, h: Int, k: Int, l: Int, wavelength lambda: Double
    ) throws(ArgumentError) -> Double {
        guard twoTheta.isFinite, twoTheta > 0, twoTheta <= 180 else {
            throw ArgumentError(
                .of(twoTheta), function: "Lee2020.impliedCubicLatticeParameter",
                argument: "twoTheta", value: twoTheta,
                accepted: "0° < 2θ ≤ 180°")
        }
        try check(lambda, "wavelength", in: "impliedCubicLatticeParameter", strict: true)
        let n = try reflectionSquareSum(
            h: h, k: k, l: l, in: "Lee2020.impliedCubicLatticeParameter")
        return Double(n).squareRoot() * lambda / (2 * sin(twoTheta / 2 * .pi / 180))
    }

    /// 2θ of fcc Ag (hkl) at wavelength λ (Å) with `Constants.latticeAg` = 4.0862 Å (AMCSD 0011135).
    /// At λ = 1.542 Å: (111) 38.151°, (200) 44.341°.
    public static func silverTwoTheta(
        h: Int, k: Int, l: Int, wavelength lambda: Double
    ) throws(ArgumentError) -> Double {
        try braggTwoTheta(
            spacing: try cubicSpacing(latticeParameter: Constants.latticeAg, h: h, k: k, l: l),
            wavelength: lambda)
    }

    /// How a printed whole-degree angle is read: rounded (true angle within ±0.5°) or truncated
    /// (true angle in [n, n + 1)).
    public enum AngleReading: String, CaseIterable, Sendable {
        case rounded, truncated
    }

    /// The check of the argyrodite reflections Lee 2020 lists at 15, 17, 25, 30 and 31° for (111),
    /// (200), (220), (311) and (222): the interval of cubic lattice parameters (Å) that puts every
    /// reflection inside its printed band, or `nil` if there is none.
    ///
    /// No lattice parameter of Li₆PS₅Cl is sourced in this suite, so this is a self-consistency
    /// check of the printed angles. Rounded: no common a (the (200) band needs a ≥ 10.137 Å, the
    /// (311) band a ≤ 10.044 Å). Truncated: a ∈ [9.857, 9.880] Å.
    public static func commonCubicLatticeInterval(
        peaks: [(h: Int, k: Int, l: Int, twoTheta: Double)], wavelength lambda: Double,
        reading: AngleReading
    ) throws(ArgumentError) -> ClosedRange<Double>? {
        try ArgumentError.requireNonEmpty(
            peaks, "peaks", in: "Lee2020.commonCubicLatticeInterval", accepted: "at least one peak")
        var lo = -Double.infinity, hi = Double.infinity
        for p in peaks {
            let (low, high) =
                reading == .rounded
                ? (p.twoTheta - 0.5, p.twoTheta + 0.5) : (p.twoTheta, p.twoTheta + 1)
            // A larger angle means a smaller lattice parameter.
            lo = max(
                lo,
                try impliedCubicLatticeParameter(
                    twoTheta: high, h: p.h, k: p.k, l: p.l, wavelength: lambda))
            hi = min(
                hi,
                try impliedCubicLatticeParameter(
                    twoTheta: low, h: p.h, k: p.k, l: p.l, wavelength: lambda))
        }
        return lo <= hi ? lo...hi : nil
    }

    /// The argyrodite reflections and the golden ids of their printed angles.
    public static let argyroditePeakIDs: [(id: String, h: Int, k: Int, l: Int)] = [
        ("lee2020.xrd.argyrodite-111", 1, 1, 1), ("lee2020.xrd.argyrodite-200", 2, 0, 0),
        ("lee2020.xrd.argyrodite-220", 2, 2, 0), ("lee2020.xrd.argyrodite-311", 3, 1, 1),
        ("lee2020.xrd.argyrodite-222", 2, 2, 2),
    ]
}
