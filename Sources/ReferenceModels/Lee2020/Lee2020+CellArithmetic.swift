public import GoldenRecords
extension Lee2020 {
    /// Current density of a C-rate for a cathode of areal capacity Q_A: j = n · Q_A / (1 h),
    /// mA cm⁻² for Q_A in mAh cm⁻². Lee 2020 defines 1.0 C = 6.8 mA cm⁻² for its 6.8 mAh cm⁻² loading
    /// (Fig. 6 caption) and prints the current next to every C-rate (0.05 C = 0.34, 0.1 C = 0.68,
    /// 0.2 C = 1.36, 0.5 C = 3.4, 2.0 C = 13.6 mA cm⁻²).
    /// - Throws: `ArgumentError` for a negative or non-finite C-rate or capacity.
    public static func currentDensity(
        cRate: Double, arealCapacity: Double
    ) throws(ArgumentError) -> Double {
        try check(cRate, "cRate", in: "currentDensity(cRate:arealCapacity:)")
        try check(arealCapacity, "arealCapacity", in: "currentDensity(cRate:arealCapacity:)")
        return cRate * arealCapacity
    }

    /// The inverse: n = j / Q_A.
    /// - Throws: `ArgumentError` for a negative current density or a capacity ≤ 0.
    public static func cRate(
        currentDensity: Double, arealCapacity: Double
    ) throws(ArgumentError) -> Double {
        try check(currentDensity, "currentDensity", in: "cRate(currentDensity:arealCapacity:)")
        try check(
            arealCapacity, "arealCapacity", in: "cRate(currentDensity:arealCapacity:)", strict: true
        )
        return currentDensity / arealCapacity
    }

    /// Theoretical specific capacity of Li metal, F / M_Li = 3861.33 mAh g⁻¹ (`Constants.faraday`,
    /// `Constants.molarMassLi`). Lee 2020 prints 3,860 (three significant figures).
    public static var lithiumTheoreticalCapacity: Double {
        Constants.faradayMilliampHours / Constants.molarMassLi
    }

    /// Theoretical specific capacity of graphite as LiC₆, F / (6 M_C) = 371.90 mAh g⁻¹ (printed 372).
    public static var graphiteTheoreticalCapacity: Double {
        Constants.faradayMilliampHours / (6 * Constants.molarMassC)
    }

    /// Thickness of a dense Li layer that holds areal capacity Q_A: t = Q_A / (q_Li ρ_Li), µm.
    ///
    /// - Parameters:
    ///   - arealCapacity: mAh cm⁻², ≥ 0.
    ///   - specificCapacity: q_Li, mAh g⁻¹, > 0 (the reference uses the paper's 3,860).
    ///   - density: ρ_Li, g cm⁻³, > 0 (default `Constants.densityLi` = 0.534, CRC Handbook).
    /// - Throws: `ArgumentError` for a negative capacity or non-positive q_Li, ρ_Li, or non-finite input.
    ///
    /// Edge Cases: Q_A = 0 gives 0 µm. With the paper's numbers, 6.8 mAh cm⁻² → 32.99 µm.
    public static func denseLithiumThickness(
        arealCapacity: Double, specificCapacity: Double,
        density: Double = Constants.densityLi
    ) throws(ArgumentError) -> Double {
        let f = "denseLithiumThickness(arealCapacity:specificCapacity:density:)"
        try check(arealCapacity, "arealCapacity", in: f)
        try check(specificCapacity, "specificCapacity", in: f, strict: true)
        try check(density, "density", in: f, strict: true)
        return arealCapacity / (specificCapacity * density) * 1e4
    }

    /// The areal capacity, mAh cm⁻², that a dense Li layer of thickness t (µm) holds: t q_Li ρ_Li.
    /// The ~25 µm of Fig. 4j implies 5.15 mAh cm⁻² (76 % of the 6.8 mAh cm⁻² loading).
    public static func impliedArealCapacity(
        lithiumThickness: Double, specificCapacity: Double,
        density: Double = Constants.densityLi
    ) throws(ArgumentError) -> Double {
        let f = "impliedArealCapacity(lithiumThickness:specificCapacity:density:)"
        try check(lithiumThickness, "lithiumThickness", in: f)
        try check(specificCapacity, "specificCapacity", in: f, strict: true)
        try check(density, "density", in: f, strict: true)
        return lithiumThickness * 1e-4 * specificCapacity * density
    }

    /// Porosity of a deposit of observed thickness that holds the Li of a dense layer of thickness
    /// `denseThickness`: 1 − t_dense / t_observed. Negative when the deposit is thinner than dense
    /// Li could be (returned as is: it flags inconsistent inputs).
    /// - Throws: `ArgumentError` for t_observed ≤ 0 or a negative t_dense.
    public static func depositPorosity(
        observedThickness: Double, denseThickness: Double
    ) throws(ArgumentError) -> Double {
        try check(observedThickness, "observedThickness", in: "depositPorosity", strict: true)
        try check(denseThickness, "denseThickness", in: "depositPorosity")
        return 1 - denseThickness / observedThickness
    }

    /// Nominal capacity, mAh, of `stacks` bi-cells in parallel, each with a cathode coated on
    /// `sides` sides: Q = stacks · sides · w · l · Q_A (w, l in cm, Q_A in mAh cm⁻²).
    ///
    /// The 0.6 Ah bi-cell: 1 × 2 × 5.3 × 8.8 × 6.8 = 634.3 mAh; ten stacked: 6343.0 mAh.
    /// - Throws: `ArgumentError` for non-positive sizes or counts, a negative capacity.
    public static func nominalCapacity(
        cathodeWidth: Double, cathodeLength: Double, arealCapacity: Double,
        coatedSides: Int = 2, stacks: Int = 1
    ) throws(ArgumentError) -> Double {
        let f = "nominalCapacity"
        try check(cathodeWidth, "cathodeWidth", in: f, strict: true)
        try check(cathodeLength, "cathodeLength", in: f, strict: true)
        try check(arealCapacity, "arealCapacity", in: f)
        try check(Double(coatedSides), "coatedSides", in: f, minimum: 1)
        try check(Double(stacks), "stacks", in: f, minimum: 1)
        return Double(stacks * coatedSides) * cathodeWidth * cathodeLength * arealCapacity
    }

    /// Bi-cells in the multistack prototype, read from the record `lee2020.stack.bicell-count`.
    /// Lee 2020, Pouch cell performance: "The cell consisted of ten parallel stacks of the
    /// bi-cells and was operated under a 0.05 C …": printed as a word, so the record is the
    /// category `ten-parallel-bicells` and the count is its leading number word.
    /// - Throws: `InputError` when the record is missing or does not start with a number word.
    public static func stackedBiCells(catalog: GoldenCatalog) throws(InputError) -> Int {
        let id = "lee2020.stack.bicell-count"
        let category = try catalog.category(id)
        let word = String(category.prefix { $0 != "-" })
        guard let count = NumberWords.value(of: word) else {
            throw loadError(id, "'\(category)' does not start with a number word (one … twenty)")
        }
        return count
    }

    /// A ratio in percent: 100 · numerator / denominator (e.g. 146 / 210 mAh g⁻¹ = 69.52 %).
    /// - Throws: `ArgumentError` for a negative numerator, a denominator ≤ 0, or non-finite input.
    public static func percentRatio(
        _ numerator: Double, over denominator: Double
    ) throws(ArgumentError) -> Double {
        try check(numerator, "numerator", in: "percentRatio")
        try check(denominator, "denominator", in: "percentRatio", strict: true)
        return 100 * numerator / denominator
    }

    /// Combined thickness of the SSE sheet and the Ag–C layer, µm (what the X-ray CT cannot tell
    /// apart): 30 µm pressed SSE + 5–10 µm Ag–C = 35–40 µm.
    public static func separatorStackThickness(
        sse: Double, agC: Double
    ) throws(ArgumentError) -> Double {
        try check(sse, "sse", in: "separatorStackThickness")
        try check(agC, "agC", in: "separatorStackThickness")
        return sse + agC
    }
}
