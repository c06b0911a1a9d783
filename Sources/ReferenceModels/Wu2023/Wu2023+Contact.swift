extension Wu2023 {
    /// Fold change R_before / R_after, the quantity behind "R_int shrinks 11-fold, from 6.59 to
    /// 0.58 Ω cm²" (section "Improving mechanical contact …", Fig. 2c, Table S1):
    /// 6.59 / 0.58 = 11.36, which the paper rounds to 11.
    ///
    /// Any consistent unit (Ω cm² here). Dimensionless result.
    ///
    /// Edge Cases: non-finite or non-positive inputs throw `ArgumentError` (a zero resistance
    /// after would be an infinite fold).
    public static func foldReduction(
        from before: Double, to after: Double
    ) throws(ArgumentError) -> Double {
        try positive(before, "resistance before") / (try positive(after, "resistance after"))
    }

    /// The English multiplicative for a ratio rounded to the nearest integer, as the paper writes
    /// it ("fourfold higher diffusivity"): 2 → "twofold" … 12 → "twelvefold".
    ///
    /// Edge Cases: a ratio that rounds outside 2…12, or a non-finite ratio, returns `nil`.
    public static func multiplicativeWord(forRatio ratio: Double) -> String? {
        guard ratio.isFinite else { return nil }
        let words = [
            2: "twofold", 3: "threefold", 4: "fourfold", 5: "fivefold", 6: "sixfold",
            7: "sevenfold",
            8: "eightfold", 9: "ninefold", 10: "tenfold", 11: "elevenfold", 12: "twelvefold",
        ]
        let n = ratio.rounded()
        guard n >= 2, n <= 12 else { return nil }
        return words[Int(n)]
    }

    /// Thickness after a percentage reduction, L = L₀ (1 − p / 100), in the unit of L₀.
    /// The Ag–C layer: about 5 µm (Fig. 1e) and 59.7 % thinner after 5 MPa (Fig. 2f–h) gives
    /// 2.015 µm. The paper prints neither absolute profilometer thickness, so this combines two
    /// of its numbers measured on different samples (SEM of Fig. 1e, profilometry of Fig. 2h).
    ///
    /// Edge Cases: L₀ must be finite and > 0 and p in [0, 100]; otherwise `ArgumentError`.
    public static func thicknessAfterReduction(
        initial: Double, reductionPercent: Double
    ) throws(ArgumentError) -> Double {
        let l0 = try positive(initial, "initial thickness")
        let p = try nonNegative(reductionPercent, "reductionPercent")
        guard p <= 100 else {
            throw refusal(p, "reductionPercent", "at most 100")
        }
        return l0 * (1 - p / 100)
    }

    /// Ohmic drop across an interface of area-specific resistance R (Ω cm²) at current density
    /// j (mA cm⁻²): η = j R, in mV (mA cm⁻² · Ω cm² = mV).
    ///
    /// A consistency check on the three-electrode bound ("Li anode potential remains less than
    /// 10 mV at 0.8 mA cm⁻²"): with the Ag–C R_int of 0.58 Ω cm² it is 0.46 mV; without the
    /// interlayer (6.59 Ω cm²) it would be 5.3 mV — both under 10 mV, so the bound alone does not
    /// distinguish the two interfaces. R_int is measured at the symmetric cells' 5 MPa, before
    /// cycling; its use at 0.8 mA cm⁻² in a full cell is our assumption.
    ///
    /// Edge Cases: j and R must be finite and ≥ 0; otherwise `ArgumentError`.
    public static func interfacialOverpotential(
        currentDensity: Double, areaSpecificResistance: Double
    ) throws(ArgumentError) -> Double {
        try nonNegative(currentDensity, "currentDensity (mA cm⁻²)")
            * (try nonNegative(areaSpecificResistance, "areaSpecificResistance (Ω cm²)"))
    }
}
