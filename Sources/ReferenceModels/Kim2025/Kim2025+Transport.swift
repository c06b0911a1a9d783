extension Kim2025 {
    /// Effective partial conductivity of a cylindrical composite pellet, Eq. (4):
    /// σ_i,eff = L / (R_i · A).
    ///
    /// - Parameters:
    ///   - thickness: L in cm.
    ///   - resistance: R_el or R_ion from DC polarization, in Ω.
    ///   - area: A in cm².
    /// - Returns: S cm⁻¹.
    ///
    /// Edge Cases: R = 0 gives +∞ (a short); a negative or non-finite input gives NaN.
    public static func effectiveConductivity(
        thickness: Double, resistance: Double, area: Double
    ) -> Double {
        guard thickness >= 0, resistance >= 0, area > 0, thickness.isFinite, resistance.isFinite,
            area.isFinite
        else { return .nan }
        return thickness / (resistance * area)
    }

    /// Tortuosity factor, Eq. (5): τ_i² = (σ_i,0 / σ_i,eff) · Φ_i, dimensionless
    /// (the definition of Minnmann et al., ref. [50] of the paper).
    ///
    /// - Parameters:
    ///   - bulkConductivity: σ_i,0, any conductivity unit.
    ///   - effectiveConductivity: σ_i,eff, same unit.
    ///   - volumeFraction: Φ_i, the real volume fraction of the conducting phase (Eq. (3)).
    ///
    /// Edge Cases: σ_eff = 0 gives +∞ (no percolating path); negative inputs give NaN.
    public static func tortuosityFactor(
        bulkConductivity: Double, effectiveConductivity: Double, volumeFraction: Double
    ) -> Double {
        guard bulkConductivity >= 0, effectiveConductivity >= 0, volumeFraction >= 0,
            volumeFraction <= 1
        else { return .nan }
        return bulkConductivity / effectiveConductivity * volumeFraction
    }
}
