extension Kim2025 {
    /// One component of a composite electrode: its mass fraction and theoretical density.
    public struct Component: Sendable, Hashable {
        public var name: String
        /// Mass fraction, dimensionless (0.75 for 75 wt%).
        public var massFraction: Double
        /// Theoretical density in g cm⁻³ (Fig. 5a: NCM811 4.8, LPSCl 1.64, VGCF 2).
        public var density: Double

        public init(name: String, massFraction: Double, density: Double) {
            self.name = name
            self.massFraction = massFraction
            self.density = density
        }
    }

    /// Theoretical (pore-free) density of a composite electrode, the reference of Fig. 5a:
    /// ρ_theo = 1 / Σ (w_i / ρ_i), in g cm⁻³.
    ///
    /// Edge Cases: a composition that does not close is an input error and throws
    /// `ArgumentError`: an empty list (`.emptyInput`), a non-finite or non-positive density or a
    /// non-finite or negative mass fraction (`.outOfDomain`, `.notFinite` for NaN and ±∞), or mass
    /// fractions not summing to 1 within 1e-9 (`.outOfDomain`).
    public static func theoreticalDensity(_ components: [Component]) throws(ArgumentError) -> Double {
        try requireClosedComposition(components, in: "Kim2025.theoreticalDensity")
        return 1 / components.reduce(0) { $0 + $1.massFraction / $1.density }
    }

    /// Nominal volume fractions V_i of Eq. (3), from mass fractions and densities:
    /// V_i = (w_i / ρ_i) / Σ_j (w_j / ρ_j). Dimensionless; they sum to 1.
    ///
    /// Edge Cases: same as `theoreticalDensity` (a composition that does not close throws
    /// `ArgumentError`).
    public static func nominalVolumeFractions(
        _ components: [Component]
    ) throws(ArgumentError) -> [Double] {
        try requireClosedComposition(components, in: "Kim2025.nominalVolumeFractions")
        let specificVolumes = components.map { $0.massFraction / $0.density }
        let total = specificVolumes.reduce(0, +)
        return specificVolumes.map { $0 / total }
    }

    /// Porosity of the electrode, Eq. (2): Φ_porosity = (V_meas − V_theo) / V_meas, dimensionless.
    ///
    /// `measuredVolume` is the electrode volume from its measured thickness and area;
    /// `theoreticalVolume` is mass / ρ_theo. Any consistent volume unit.
    ///
    /// Edge Cases: a non-finite or non-positive V_meas, or a non-finite or negative V_theo, throws
    /// `ArgumentError`; V_theo > V_meas gives a negative porosity, returned as is, because it
    /// signals inconsistent inputs that a caller should see.
    public static func porosity(
        measuredVolume: Double, theoreticalVolume: Double
    ) throws(ArgumentError) -> Double {
        try ArgumentError.requirePositive(measuredVolume, "measuredVolume", in: "Kim2025.porosity")
        try ArgumentError.requireNonNegative(
            theoreticalVolume, "theoreticalVolume", in: "Kim2025.porosity")
        return (measuredVolume - theoreticalVolume) / measuredVolume
    }

    /// Real volume fraction of each material, Eq. (3): Φ_i = (1 − Φ_porosity) · V_i.
    public static func realVolumeFraction(porosity: Double, nominalVolumeFraction: Double) -> Double {
        (1 - porosity) * nominalVolumeFraction
    }

    /// Electrode density as a fraction of theoretical, the quantity behind "88.4% and 87.7% of the
    /// theoretical values": ρ_el / ρ_theo = 1 − Φ_porosity.
    public static func densityFraction(porosity: Double) -> Double { 1 - porosity }

    /// Refuses a composition that does not close: empty, a density that is not finite and > 0, a
    /// mass fraction that is not finite and ≥ 0, or mass fractions not summing to 1 within 1e-9.
    static func requireClosedComposition(
        _ components: [Component], in function: String
    ) throws(ArgumentError) {
        try ArgumentError.requireNonEmpty(
            components, "components", in: function, accepted: "at least one component")
        for c in components {
            try ArgumentError.requirePositive(c.density, "\(c.name).density", in: function)
            try ArgumentError.requireNonNegative(c.massFraction, "\(c.name).massFraction", in: function)
        }
        let total = components.reduce(0, { $0 + $1.massFraction })
        try ArgumentError.require(
            total.isApproximatelyEqualToOne, total, "Σ massFraction", in: function,
            accepted: "mass fractions summing to 1 within 1e-9")
    }
}

extension Double {
    var isApproximatelyEqualToOne: Bool { (self - 1).magnitude <= 1e-9 }
}
