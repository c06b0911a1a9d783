extension Jun2024 {
    /// Current density at C-rate `cRate` given the current density at another C-rate of the same
    /// cell: j = j_ref · cRate / referenceCRate (any current-density unit). The Figure 1d caption's
    /// limiting current: 0.73 mA cm⁻² × 0.05 / 0.2 = 0.1825 mA cm⁻² (printed 0.18).
    ///
    /// Edge Cases: returns NaN for a non-positive reference C-rate or a negative or non-finite input.
    public static func currentDensity(
        atCRate cRate: Double, referenceCRate: Double, referenceCurrentDensity: Double
    ) -> Double {
        guard referenceCRate > 0, cRate >= 0, referenceCurrentDensity >= 0,
            [cRate, referenceCRate, referenceCurrentDensity].allSatisfy(\.isFinite)
        else { return .nan }
        return referenceCurrentDensity * cRate / referenceCRate
    }

    /// The specific current of 1C, mA g⁻¹, implied by a current density (mA cm⁻²) at a C-rate and
    /// an active-material loading (mg cm⁻²): I₁C = j / (C-rate · m) · 1000.
    /// Full cell: 0.44 / (0.2 · 11) → 200 mA g⁻¹ of NCM. Half cell: 0.74 / (0.2 · 0.94–1.05) →
    /// 3.52–3.94 A g⁻¹ of Si. The paper states neither 1C definition.
    ///
    /// Edge Cases: returns NaN for a non-positive C-rate or loading, or a negative or non-finite input.
    public static func impliedOneCSpecificCurrent(
        currentDensity: Double, cRate: Double, loading: Double
    ) -> Double {
        guard cRate > 0, loading > 0, currentDensity >= 0,
            [currentDensity, cRate, loading].allSatisfy(\.isFinite)
        else { return .nan }
        return currentDensity / (cRate * loading) * 1000
    }

    /// Fraction of the Si charge capacity a full cell uses: (Q_cathode · m_cathode) / (Q_Si · m_Si),
    /// with specific capacities in mAh g⁻¹ and loadings in mg cm⁻² (the "≈65 %" design of 2.3).
    ///
    /// Edge Cases: returns NaN for a non-positive anode capacity or loading, or a negative or
    /// non-finite input.
    public static func siUtilization(
        cathodeCapacity: Double, cathodeLoading: Double, anodeCapacity: Double, anodeLoading: Double
    ) -> Double {
        guard anodeCapacity > 0, anodeLoading > 0, cathodeCapacity >= 0, cathodeLoading >= 0,
            [cathodeCapacity, cathodeLoading, anodeCapacity, anodeLoading].allSatisfy(\.isFinite)
        else { return .nan }
        return cathodeCapacity * cathodeLoading / (anodeCapacity * anodeLoading)
    }

    /// The cathode specific capacity (mAh g⁻¹) that makes `siUtilization` equal `utilization`.
    /// 65 % of 3840 mAh g⁻¹ × 0.94–1.05 mg cm⁻² over 11 mg cm⁻² of NCM: 213–238 mAh g⁻¹.
    ///
    /// Edge Cases: returns NaN for a non-positive cathode loading, or a negative or non-finite input.
    public static func cathodeCapacity(
        forUtilization utilization: Double, anodeCapacity: Double, anodeLoading: Double,
        cathodeLoading: Double
    ) -> Double {
        guard cathodeLoading > 0, utilization >= 0, anodeCapacity >= 0, anodeLoading >= 0,
            [utilization, anodeCapacity, anodeLoading, cathodeLoading].allSatisfy(\.isFinite)
        else { return .nan }
        return utilization * anodeCapacity * anodeLoading / cathodeLoading
    }

    /// Capacity left after N cycles from the initial capacity and the retention in %:
    /// Q_N = Q₀ · retention / 100 (e.g. 2430 × 58 % = 1409.4 mAh g⁻¹).
    ///
    /// Edge Cases: returns NaN for a negative or non-finite input.
    public static func capacityAfterCycles(
        initialCapacity: Double, retentionPercent: Double
    ) -> Double {
        guard initialCapacity >= 0, retentionPercent >= 0, initialCapacity.isFinite,
            retentionPercent.isFinite
        else { return .nan }
        return initialCapacity * retentionPercent / 100
    }

    /// The ratio a / b of two capacities (or any two positive quantities), for checking the paper's
    /// verbal comparisons ("approximately doubling": 2430 / 1560 = 1.558).
    ///
    /// Edge Cases: returns NaN for a non-positive b or a negative or non-finite input.
    public static func ratio(_ a: Double, to b: Double) -> Double {
        guard b > 0, a >= 0, a.isFinite, b.isFinite else { return .nan }
        return a / b
    }
}
