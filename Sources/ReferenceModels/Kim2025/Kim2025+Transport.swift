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
    /// Edge Cases: R = 0 gives +∞ (a short, a meaningful limit, not an error). An input out of
    /// domain throws `ArgumentError`: a non-finite or non-positive L or A, or a non-finite or
    /// negative R (L = 0 is refused because with R = 0 it leaves σ undefined, 0/0).
    public static func effectiveConductivity(
        thickness: Double, resistance: Double, area: Double
    ) throws(ArgumentError) -> Double {
        let function = "Kim2025.effectiveConductivity"
        try ArgumentError.requirePositive(thickness, "thickness (cm)", in: function)
        try ArgumentError.requireNonNegative(resistance, "resistance (Ω)", in: function)
        try ArgumentError.requirePositive(area, "area (cm²)", in: function)
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
    /// Edge Cases: σ_eff = 0 gives +∞ (no percolating path, a meaningful limit, not an error).
    /// An input out of domain throws `ArgumentError`: a non-finite or non-positive σ_0, a
    /// non-finite or negative σ_eff, a Φ outside [0, 1], or σ_eff = 0 with Φ = 0 (τ undefined,
    /// ∞ · 0).
    public static func tortuosityFactor(
        bulkConductivity: Double, effectiveConductivity: Double, volumeFraction: Double
    ) throws(ArgumentError) -> Double {
        let function = "Kim2025.tortuosityFactor"
        try ArgumentError.requirePositive(bulkConductivity, "bulkConductivity", in: function)
        try ArgumentError.requireNonNegative(
            effectiveConductivity, "effectiveConductivity", in: function)
        try ArgumentError.requireFraction(
            volumeFraction, "volumeFraction", in: function, allowZero: true)
        try ArgumentError.require(
            effectiveConductivity > 0 || volumeFraction > 0, effectiveConductivity,
            "effectiveConductivity", in: function,
            accepted: "a finite number > 0 when volumeFraction = 0")
        return bulkConductivity / effectiveConductivity * volumeFraction
    }
}
