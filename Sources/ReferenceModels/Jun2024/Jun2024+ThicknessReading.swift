extension Jun2024 {
    /// How "a 240% increase in the electrode layer's thickness" (2.1) is read. The text prints no
    /// thicknesses, so the record keeps both readings.
    public enum ThicknessIncreaseReading: String, CaseIterable, Sendable {
        /// Literal: the thickness grew *by* 240 % (factor 1 + 2.40 = 3.4).
        case increaseBy = "increase-by"
        /// Common loose usage: the thickness grew *to* 240 % of the original (factor 2.4).
        case increaseTo = "increase-to"
    }

    /// Thickness factor L_after / L_before for a printed percentage under a reading.
    ///
    /// Edge Cases: returns NaN for a negative or non-finite percentage.
    public static func thicknessFactor(percent: Double, reading: ThicknessIncreaseReading) -> Double
    {
        guard percent >= 0, percent.isFinite else { return .nan }
        switch reading {
        case .increaseBy: return 1 + percent / 100
        case .increaseTo: return percent / 100
        }
    }

    /// Volume fraction of Si in a pore-free Si/CNT/PVDF layer: (w_Si/ρ_Si) / Σ(w_i/ρ_i) with the
    /// non-Si components lumped at `otherDensity` (g cm⁻³). With `Constants.graphiteDensity` (2.26,
    /// denser than PVDF's ≈1.78 and than any CNT) this is an *upper bound*: 0.694 for 70:15:15.
    ///
    /// Edge Cases: returns NaN for non-positive densities, negative or non-finite fractions, or
    /// fractions summing to 0.
    public static func siliconVolumeFraction(
        siliconMassFraction: Double, otherMassFraction: Double,
        siliconDensity: Double = Constants.siliconDensity,
        otherDensity: Double = Constants.graphiteDensity
    ) -> Double {
        guard siliconDensity > 0, otherDensity > 0, siliconMassFraction >= 0,
            otherMassFraction >= 0,
            siliconMassFraction + otherMassFraction > 0,
            [siliconMassFraction, otherMassFraction, siliconDensity, otherDensity].allSatisfy(
                \.isFinite)
        else { return .nan }
        let si = siliconMassFraction / siliconDensity
        return si / (si + otherMassFraction / otherDensity)
    }

    /// The Si volume expansion (in %) needed to grow a layer by `thicknessFactor` if all of it goes
    /// into thickness (no lateral growth), nothing fills pores, and no voids or cracks open:
    /// ΔV/V_Si = (T − 1) / f_Si. Any of those effects changes the requirement (pores absorbing
    /// expansion raise it; internal cracks or delamination gaps lower it), so this is a
    /// plausibility test, not a measurement. With f_Si ≤ 0.694: ×3.4 needs ≥ 346 %, ×2.4 needs
    /// ≥ 202 %, against ≈290 % for fully lithiated Si particles (`Constants`).
    ///
    /// Edge Cases: returns NaN for a volume fraction outside (0, 1] or a thickness factor below 1 or
    /// non-finite.
    public static func requiredSiliconVolumeExpansionPercent(
        thicknessFactor: Double, siliconVolumeFraction: Double
    ) -> Double {
        guard thicknessFactor >= 1, thicknessFactor.isFinite, siliconVolumeFraction > 0,
            siliconVolumeFraction <= 1
        else { return .nan }
        return 100 * (thicknessFactor - 1) / siliconVolumeFraction
    }
}
