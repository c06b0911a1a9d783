extension Lee2020 {
    /// Ag–Li facts printed in the other papers of this suite that the Lee 2020 phase model needs.
    /// Lee 2020 does not print them, so they are not golden records of Lee 2020; the golden records
    /// of those papers belong to their own files, and the integrator links these constants to them.
    public enum CrossPaper {
        /// Onset of Ag lithiation, V vs Li/Li⁺.
        ///
        /// Jun 2024 (`jun2024-si-anode-ag-interlayer-low-pressure.txt`), section on the Ag interlayer:
        /// "The lithiation reaction of Ag starts at ≈0.1 V (vs Li/Li⁺), which is very close to the
        /// lithiation voltage of Si (Figure S7, Supporting Information)."
        public static let agLithiationOnsetVsLi = 0.1

        /// Li per Ag at full lithiation: Li₉Ag₄, x = 9/4.
        ///
        /// Jun 2024: "Furthermore, given that the Si electrodes were charged down to 0 V (vs Li/Li⁺),
        /// a voltage sufficient for the full lithiation of Ag and corresponding to Li₉Ag₄ alloy
        /// phase,^[19] the mechanical properties of both Ag and Li₉Ag₄ pellets were examined using
        /// the nano-indentation method." The XRD of prelithiated Ag–Si shows "the emergence of a
        /// lithiated Ag phase (Li_9Ag_4), and the disappearance of Ag (Figure S23 …)".
        public static let fullLithiationLi = 9.0
        public static let fullLithiationAg = 4.0

        /// Young's modulus and hardness of Ag and Li₉Ag₄ by nano-indentation, GPa.
        ///
        /// Jun 2024: "Following lithiation, the values of both the Young's modulus and hardness also
        /// decreased significantly from 34.1 to 4.3 GPa and from 0.81 to 0.38 GPa, respectively."
        public static let youngsModulusAg = 34.1
        public static let youngsModulusLi9Ag4 = 4.3
        public static let hardnessAg = 0.81
        public static let hardnessLi9Ag4 = 0.38
        /// Indentation depth at 500 µN, nm. Jun 2024: "At the peak load of 500 μN, Li₉Ag₄ exhibited a
        /// displacement value of 572 nm, and that is larger than that of Ag (335 nm) (Figure 3e),
        /// signifying increased deformability."
        public static let indentationDepthAg = 335.0
        public static let indentationDepthLi9Ag4 = 572.0

        /// Solubility of Ag in Li metal, at% Ag, and the temperature it is given at, °C.
        ///
        /// Park 2022 (`park2022-coble-creep-porous-interlayer.txt`), Ag-decorated carbon spheres:
        /// "Ag forms an alloy with Li and is soluble in Li (~9 at%@145.5 °C).^{34,35}"
        /// The room-temperature limit is not given by any paper of the suite; the phase model uses
        /// this value as the boundary of the Li-rich solid solution and says so.
        public static let agSolubilityInLiAtPercent = 9.0
        public static let agSolubilityTemperatureCelsius = 145.5

        /// Li diffusion coefficients of the Ag–C and carbon-only interlayers by GITT, cm² s⁻¹.
        ///
        /// Wu (`wu-agc-interlayer-sheet-type-cells.txt`): "At the 160th hour of lithiation, the Ag-C
        /// interlayer has a fourfold higher diffusivity than that of the carbon-only interlayer
        /// (1.71×10^{-10} vs. 4.21 × 10^{-11} cm² s⁻¹)."
        public static let diffusivityAgC = 1.71e-10
        public static let diffusivityCarbon = 4.21e-11

        /// The ratio Wu calls "fourfold": D(Ag–C)/D(C) = 4.06.
        public static var diffusivityRatioAgCOverCarbon: Double { diffusivityAgC / diffusivityCarbon }
    }
}
