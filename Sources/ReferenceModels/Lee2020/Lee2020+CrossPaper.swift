public import GoldenRecords

extension Lee2020 {
    /// Ag–Li facts printed in the other papers of this suite that the Lee 2020 phase model needs.
    /// Lee 2020 does not print them, so they are not golden records of Lee 2020: each one is read
    /// from the golden record of the paper that prints it (never retyped here).
    public struct CrossPaper: Sendable {
        /// Onset of Ag lithiation, V vs Li/Li⁺ (`jun2024.voltage.ag-lithiation-onset`).
        ///
        /// Jun 2024 (`jun2024-si-anode-ag-interlayer-low-pressure.txt`), section on the Ag interlayer:
        /// "The lithiation reaction of Ag starts at ≈0.1 V (vs Li/Li⁺), which is very close to the
        /// lithiation voltage of Si (Figure S7, Supporting Information)."
        public let agLithiationOnsetVsLi: Double

        /// Li per Ag at full lithiation: Li₉Ag₄, x = 9/4 (the formula's stoichiometry, not a
        /// printed measurement).
        ///
        /// Jun 2024: "Furthermore, given that the Si electrodes were charged down to 0 V (vs Li/Li⁺),
        /// a voltage sufficient for the full lithiation of Ag and corresponding to Li₉Ag₄ alloy
        /// phase,^[19] the mechanical properties of both Ag and Li₉Ag₄ pellets were examined using
        /// the nano-indentation method." The XRD of prelithiated Ag–Si shows "the emergence of a
        /// lithiated Ag phase (Li_9Ag_4), and the disappearance of Ag (Figure S23 …)".
        public static let fullLithiationLi = 9.0
        public static let fullLithiationAg = 4.0

        /// Young's modulus and hardness of Ag and Li₉Ag₄ by nano-indentation, GPa
        /// (`jun2024.nanoindentation.{ag,li9ag4}-{modulus,hardness}`).
        ///
        /// Jun 2024: "Following lithiation, the values of both the Young's modulus and hardness also
        /// decreased significantly from 34.1 to 4.3 GPa and from 0.81 to 0.38 GPa, respectively."
        public let youngsModulusAg: Double
        public let youngsModulusLi9Ag4: Double
        public let hardnessAg: Double
        public let hardnessLi9Ag4: Double
        /// Indentation depth at 500 µN, nm (`jun2024.nanoindentation.{ag,li9ag4}-displacement`).
        /// Jun 2024: "At the peak load of 500 μN, Li₉Ag₄ exhibited a displacement value of 572 nm,
        /// and that is larger than that of Ag (335 nm) (Figure 3e), signifying increased
        /// deformability."
        public let indentationDepthAg: Double
        public let indentationDepthLi9Ag4: Double

        /// Solubility of Ag in Li metal, at% Ag (`park2022.ag.solubility-in-li`).
        ///
        /// Park 2022 (`park2022-coble-creep-porous-interlayer.txt`), Ag-decorated carbon spheres:
        /// "Ag forms an alloy with Li and is soluble in Li (~9 at%@145.5 °C).^{34,35}"
        /// The room-temperature limit is not given by any paper of the suite; the phase model uses
        /// this value as the boundary of the Li-rich solid solution and says so. It stays a
        /// constant because the static phase model (`phase(liPerAg:)`) needs it without a catalog;
        /// `NoRetypedGoldenValuesTests` does not flag one-digit values, and the Lee 2020 tests
        /// check it against the record.
        public static let agSolubilityInLiAtPercent = 9.0
        /// The temperature the solubility is given at, °C (`park2022.ag.solubility-temperature`).
        public let agSolubilityTemperatureCelsius: Double

        /// Li diffusion coefficients of the Ag–C and carbon-only interlayers by GITT, cm² s⁻¹
        /// (`wu2023.gitt.diffusivity-ag-c`, `wu2023.gitt.diffusivity-carbon`).
        ///
        /// Wu (`wu-agc-interlayer-sheet-type-cells.txt`): "At the 160th hour of lithiation, the Ag-C
        /// interlayer has a fourfold higher diffusivity than that of the carbon-only interlayer
        /// (1.71×10^{-10} vs. 4.21 × 10^{-11} cm² s⁻¹)."
        public let diffusivityAgC: Double
        public let diffusivityCarbon: Double

        /// The ratio Wu calls "fourfold": D(Ag–C)/D(C) = 4.06.
        public var diffusivityRatioAgCOverCarbon: Double { diffusivityAgC / diffusivityCarbon }

        /// Reads every fact from the golden record of the paper that prints it.
        /// - Throws: `InputError` when a record is missing, not a number, or of another
        ///   dimension.
        public init(catalog: GoldenCatalog) throws(InputError) {
            agLithiationOnsetVsLi = try catalog.number("jun2024.voltage.ag-lithiation-onset", in: "V")
            youngsModulusAg = try catalog.number("jun2024.nanoindentation.ag-modulus", in: "GPa")
            youngsModulusLi9Ag4 = try catalog.number("jun2024.nanoindentation.li9ag4-modulus", in: "GPa")
            hardnessAg = try catalog.number("jun2024.nanoindentation.ag-hardness", in: "GPa")
            hardnessLi9Ag4 = try catalog.number("jun2024.nanoindentation.li9ag4-hardness", in: "GPa")
            indentationDepthAg = try catalog.number("jun2024.nanoindentation.ag-displacement", in: "nm")
            indentationDepthLi9Ag4 = try catalog.number(
                "jun2024.nanoindentation.li9ag4-displacement", in: "nm")
            agSolubilityTemperatureCelsius = try catalog.number(
                "park2022.ag.solubility-temperature", in: "°C")
            diffusivityAgC = try catalog.number("wu2023.gitt.diffusivity-ag-c", in: "cm^2 s^-1")
            diffusivityCarbon = try catalog.number("wu2023.gitt.diffusivity-carbon", in: "cm^2 s^-1")
        }
    }
}
