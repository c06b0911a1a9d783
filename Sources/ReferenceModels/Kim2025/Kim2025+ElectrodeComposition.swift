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
    /// Edge Cases: an empty list, a non-positive density, or mass fractions not summing to 1
    /// within 1e-9 return NaN (a composition that does not close is an input error).
    public static func theoreticalDensity(_ components: [Component]) -> Double {
        guard isClosedComposition(components) else { return .nan }
        return 1 / components.reduce(0) { $0 + $1.massFraction / $1.density }
    }

    /// Nominal volume fractions V_i of Eq. (3), from mass fractions and densities:
    /// V_i = (w_i / ρ_i) / Σ_j (w_j / ρ_j). Dimensionless; they sum to 1.
    ///
    /// Edge Cases: same as `theoreticalDensity` (all NaN when the composition does not close).
    public static func nominalVolumeFractions(_ components: [Component]) -> [Double] {
        guard isClosedComposition(components) else { return components.map { _ in .nan } }
        let specificVolumes = components.map { $0.massFraction / $0.density }
        let total = specificVolumes.reduce(0, +)
        return specificVolumes.map { $0 / total }
    }

    /// Porosity of the electrode, Eq. (2): Φ_porosity = (V_meas − V_theo) / V_meas, dimensionless.
    ///
    /// `measuredVolume` is the electrode volume from its measured thickness and area;
    /// `theoreticalVolume` is mass / ρ_theo. Any consistent volume unit.
    ///
    /// Edge Cases: V_meas ≤ 0 returns NaN; V_theo > V_meas gives a negative porosity, returned as
    /// is, because it signals inconsistent inputs that a caller should see.
    public static func porosity(measuredVolume: Double, theoreticalVolume: Double) -> Double {
        guard measuredVolume > 0, theoreticalVolume >= 0 else { return .nan }
        return (measuredVolume - theoreticalVolume) / measuredVolume
    }

    /// Real volume fraction of each material, Eq. (3): Φ_i = (1 − Φ_porosity) · V_i.
    public static func realVolumeFraction(porosity: Double, nominalVolumeFraction: Double) -> Double {
        (1 - porosity) * nominalVolumeFraction
    }

    /// Electrode density as a fraction of theoretical, the quantity behind "88.4% and 87.7% of the
    /// theoretical values": ρ_el / ρ_theo = 1 − Φ_porosity.
    public static func densityFraction(porosity: Double) -> Double { 1 - porosity }

    static func isClosedComposition(_ components: [Component]) -> Bool {
        !components.isEmpty
            && components.allSatisfy { $0.density > 0 && $0.massFraction >= 0 && $0.density.isFinite }
            && components.reduce(0, { $0 + $1.massFraction }).isApproximatelyEqualToOne
    }
}

extension Double {
    var isApproximatelyEqualToOne: Bool { (self - 1).magnitude <= 1e-9 }
}
