public import GoldenRecords

extension Wu2023 {
    /// The golden ids the reference models compute from the paper's own inputs, in output order.
    public static let computedIDs: [String] = [
        "wu2023.contact.rint-fold-reduction",
        "wu2023.gitt.diffusivity-ratio-claim",
        "wu2023.cell.one-c-current-density",
        "wu2023.three-electrode.current-density-0-1c",
        "wu2023.three-electrode.current-density-0-5c",
        "wu2023.symmetric.short-circuit-cycle",
        "wu2023.literature.li-theoretical-capacity",
    ]

    /// What the reference models compute for Wu 2023 golden ids, from the paper's inputs.
    ///
    /// Left out on purpose:
    /// - the plating locations (`wu2023.plating-location.*`): the criterion needs a concentration
    ///   scale the paper does not give and the charging current of Fig. 4a, b, which the text does
    ///   not state (see `PlatingCriterion` and `platingLocationMap`);
    /// - the energy density and specific energy: they need an average voltage and cell masses
    ///   the text does not state (see `impliedAverageVoltage`, `impliedArealMass`);
    /// - the roughness and thickness reductions: the text prints no absolute profiles.
    ///
    /// `wu2023.literature.li-theoretical-capacity` is a known discrepancy (3861.88 vs 3860).
    public static func referenceResults(
        catalog: GoldenCatalog
    ) throws(InputError) -> [ModelResult] {
        // R_int fold (Fig. 2c, Table S1): 6.59 / 0.58.
        let fold =
            try catalog.number("wu2023.contact.rint-without-interlayer", in: "Ω cm^2")
            / (try catalog.number("wu2023.contact.rint-with-interlayer", in: "Ω cm^2"))
        // "fourfold higher diffusivity" (Fig. 4c).
        let criterion = try CriterionInputs(catalog: catalog)
        let ratio =
            (criterion.diffusivity[.agC] ?? .nan) / (criterion.diffusivity[.carbonOnly] ?? .nan)
        // 1C and the C-rate currents of Fig. 4d from areal capacity, specific capacity and 1C = 200 mA g⁻¹.
        let oneC = try CellInputs(catalog: catalog).oneCCurrentDensity
        let low = try catalog.number("wu2023.three-electrode.c-rate-low", in: "1") * oneC
        let high = try catalog.number("wu2023.three-electrode.c-rate-high", in: "1") * oneC
        // The short circuit at 9.5 h of 1 h / 1 h cycling (Fig. 3b).
        let t = try catalog.number("wu2023.symmetric.short-circuit-time", in: "h")
        let plate = try catalog.number("wu2023.symmetric.plating-step-duration", in: "h")
        let strip = try catalog.number("wu2023.symmetric.stripping-step-duration", in: "h")
        let period = plate + strip
        let cycle = Int((t / period).rounded(.down)) + 1
        return [
            ModelResult(id: computedIDs[0], value: .number(fold), unit: "1"),
            ModelResult(
                id: computedIDs[1],
                value: .category(multiplicativeWord(forRatio: ratio) ?? "not-a-small-multiple"),
                unit: nil),
            ModelResult(id: computedIDs[2], value: .number(oneC), unit: "mA cm^-2"),
            ModelResult(id: computedIDs[3], value: .number(low), unit: "mA cm^-2"),
            ModelResult(id: computedIDs[4], value: .number(high), unit: "mA cm^-2"),
            ModelResult(
                id: computedIDs[5], value: .category(cycleCategory(cycle) ?? "cycle-\(cycle)"),
                unit: nil),
            ModelResult(
                id: computedIDs[6],
                value: .number(Assumptions.faradayConstant / (3.6 * Assumptions.lithiumMolarMass)),
                unit: "mAh g^-1"),
        ]
    }
}
