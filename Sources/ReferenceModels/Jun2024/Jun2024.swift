/// Jun et al. 2024 (doi:10.1002/sml.202309437 as printed in the text), Si composite anodes with a
/// 40 nm Ag interlayer in sulfide all-solid-state cells operated at 70, 15 and 3 MPa.
///
/// Models: the pressure response of the discharge capacity (`PressureResponse`), the operando
/// pressimetry trend (`normalizedPressureChangeDifferences`), and the arithmetic the paper relies
/// on (prelithiation, sputtering, C-rates, cell balance, retention). Guide:
/// `docs/jun2024-si-ag-low-pressure.md`.
///
/// The pressure-response and pressimetry functions *throw* `ArgumentError` on bad inputs (negative
/// or non-finite pressure, non-positive hardness, mismatched series, …). The plain arithmetic
/// helpers return NaN instead, as the Kim 2025 models do; each doc comment says which.
public enum Jun2024 {}

extension Jun2024 {
    /// Which Si anode: bare, or with the sputtered Ag interlayer (lithiated in situ to Li9Ag4).
    public enum Anode: String, CaseIterable, Sendable {
        case bare
        case agCoated = "ag-coated"
    }
}

extension Jun2024 {
    /// Sourced constants the paper does not state. Every result that depends on one says so.
    public enum Constants {
        /// Density of Li metal, 0.534 g cm⁻³ at 20 °C (CRC Handbook of Chemistry and Physics;
        /// also https://www-jmg.ch.cam.ac.uk/resources/misc/weii/lithium.html, 534 kg m⁻³ at 293 K).
        public static let lithiumDensity = 0.534
        /// Molar mass of Li, 6.94 g mol⁻¹ (IUPAC/CIAAW standard atomic weight, conventional value).
        public static let lithiumMolarMass = 6.94
        /// Molar mass of Si, 28.085 g mol⁻¹ (IUPAC/CIAAW, conventional value).
        public static let siliconMolarMass = 28.085
        /// Molar mass of Ag, 107.8682 g mol⁻¹ (IUPAC/CIAAW 2021).
        public static let silverMolarMass = 107.8682
        /// Density of Ag, 10.5 g cm⁻³ (CRC Handbook).
        public static let silverDensity = 10.5
        /// Density of crystalline Si, 2.329 g cm⁻³ (CRC Handbook).
        public static let siliconDensity = 2.329
        /// Density of graphite, 2.26 g cm⁻³ (CRC Handbook): used as an *upper bound* for the CNT and
        /// PVDF densities (PVDF is ≈1.78 g cm⁻³), which makes the Si volume fraction an upper bound.
        public static let graphiteDensity = 2.26
        /// Volume expansion of fully lithiated Si particles in composite electrodes, 290 %
        /// (Gonzalez et al., J. Power Sources 269 (2014) 334, X-ray tomography: "up to 290% after
        /// 100% lithiation").
        public static let fullLithiationSiVolumeExpansionPercent = 290.0
        /// Faraday constant, 96485.33212 C mol⁻¹ (exact since the 2019 SI).
        public static let faraday = 96485.33212
        /// Standard acceleration of gravity, 9.80665 m s⁻² (exact by definition, 3rd CGPM 1901).
        public static let standardGravity = 9.80665
        /// Li atoms per Ag atom in Li9Ag4, the phase the paper names for fully lithiated Ag: 9/4.
        public static let lithiumPerSilverInLi9Ag4 = 9.0 / 4.0
    }
}

extension Jun2024: ModelledPaper {
    public static let key = "jun2024"
}
