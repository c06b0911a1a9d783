/// Wu et al. 2023 (Nano Lett. 23, 4415–4422): a spray-coated Ag–C interlayer on a tape-cast
/// Li₆PS₅Cl sheet in sheet-type Li-metal cells. Models: where Li plates relative to the interlayer
/// (a flux / diffusion criterion), the contact and mechanics numbers of Fig. 2, the symmetric-cell
/// failure of Fig. 3 and the full-cell arithmetic of Fig. 5.
///
/// The text prints no publication year; the key follows the journal record (Nano Lett. 2023,
/// doi:10.1021/acs.nanolett.3c00720). Guide: `docs/wu2023-agc-interlayer.md`.
public enum Wu2023 {}

extension Wu2023 {
    /// The two interlayers the paper compares in full cells (Fig. 4a, b) and by GITT (Fig. 4c).
    public enum Interlayer: String, CaseIterable, Sendable, Hashable {
        /// Nano-Ag (60 nm), carbon black and HNBR, spray-coated on the electrolyte sheet.
        case agC = "ag-c"
        /// The amorphous-carbon interlayer without Ag.
        case carbonOnly = "carbon-only"

        /// The golden id of its Li diffusion coefficient at the 160th hour of lithiation.
        public var diffusivityID: String {
            switch self {
            case .agC: "wu2023.gitt.diffusivity-ag-c"
            case .carbonOnly: "wu2023.gitt.diffusivity-carbon"
            }
        }

        /// The golden id of the observed plating location in the full cell after the 1st charge.
        public var observedLocationID: String {
            switch self {
            case .agC: "wu2023.plating-location.ag-c"
            case .carbonOnly: "wu2023.plating-location.carbon-only"
            }
        }
    }

    /// Constants the paper does not state. Every result that uses one says so in its doc comment.
    public enum Assumptions {
        /// Faraday constant F = N_A·e, C mol⁻¹: exact in the 2019 SI (CODATA 2018).
        public static let faradayConstant = 96_485.332_12

        /// Molar mass of Li, g mol⁻¹: the IUPAC conventional atomic weight 6.94 (standard atomic
        /// weight interval [6.938, 6.997]; J. Meija et al., "Atomic weights of the elements 2013",
        /// Pure Appl. Chem. 88, 265–291 (2016), doi:10.1515/pac-2015-0305).
        public static let lithiumMolarMass = 6.94

        /// Density of Li metal at room temperature, g cm⁻³ (0.534 g cm⁻³, the handbook value; e.g.
        /// the element data at theodoregray.com/periodictable/Elements/003, which also gives the
        /// IUPAC atomic weight).
        public static let lithiumDensity = 0.534

        /// The concentration scale c of the plating criterion, mol cm⁻³: the Li a carbon host holds
        /// when fully lithiated, taken as the maximum Li concentration of graphite (LiC₆),
        /// 33 133 mol m⁻³, from C.-H. Chen et al., "Development of Experimental Techniques for
        /// Parameterization of Multi-scale Lithium-ion Battery Models", J. Electrochem. Soc. 167,
        /// 080534 (2020) (the `Chen2020` parameter set of PyBaMM). The paper states no Li content
        /// of its interlayers. The same value is used for both interlayers; it is an upper bound
        /// for a porous carbon-black layer (porosity and the lower capacity of amorphous carbon
        /// would lower it), and it ignores the Li stored by Ag in the Ag–C layer.
        public static let concentrationScale = 0.033_133
    }

    /// Returns `value` when it is finite and > 0, else throws naming `parameter` and `function`
    /// (the calling function by default).
    static func positive(
        _ value: Double, _ parameter: String, function: String = #function
    ) throws(ArgumentError) -> Double {
        try ArgumentError.requirePositive(value, parameter, in: "Wu2023.\(function)")
        return value
    }

    /// Returns `value` when it is finite and ≥ 0, else throws naming `parameter` and `function`.
    static func nonNegative(
        _ value: Double, _ parameter: String, function: String = #function
    ) throws(ArgumentError) -> Double {
        try ArgumentError.requireNonNegative(value, parameter, in: "Wu2023.\(function)")
        return value
    }

    /// The refusal of `value` for `parameter` in `function` (the caller by default), which must
    /// be `requirement`.
    static func refusal(
        _ value: Double, _ parameter: String, _ requirement: String, function: String = #function
    ) -> ArgumentError {
        ArgumentError(
            .of(value), function: "Wu2023.\(function)", argument: parameter, value: value,
            accepted: requirement)
    }
}

extension Wu2023: ModelledPaper {
    public static let key = "wu2023"
}
