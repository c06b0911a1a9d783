public import GoldenRecords

extension Wu2023 {
    /// Where Li plates relative to an interlayer on the electrolyte: a flux comparison.
    ///
    /// The paper's own statement of the rule (section "The role of Ag in the interlayer …"):
    /// "Both interlayers made of Ag-C and carbon can operate at lower current densities as long as
    /// the Li flux from electrolyte is less than the Li transport capability of the interlayers."
    /// Li⁺ is reduced at the electrolyte | interlayer interface; it ends up at the Li anode
    /// (`.ccSide`) when the interlayer can carry it there by diffusion, and it accumulates and
    /// plates at the electrolyte | interlayer interface (`.seSide`) when it cannot.
    ///
    /// ```
    /// delivered flux         N_j = j / F                               (mol cm⁻² s⁻¹)
    /// diffusive capability   N_D = D · c / L                           (mol cm⁻² s⁻¹)
    /// flux ratio             Φ  = N_j / N_D = j L / (F D c)
    ///                           = τ_D / τ_p,  τ_D = L² / D,  τ_p = F c L / j
    /// ```
    ///
    /// τ_D is the diffusion time through the layer and τ_p the time the current needs to deliver
    /// the layer's own Li content c·L: the two readings the issue names are the same number.
    /// Φ < 1 → `.ccSide`; Φ > 1 → `.seSide`; Φ = 1 exactly → `.split` (flux and capability
    /// balance; a measure-zero case kept so that the map has no gap).
    ///
    /// The paper's inputs: D (GITT, 1.71×10⁻¹⁰ and 4.21×10⁻¹¹ cm² s⁻¹ at the 160th hour), the Ag–C
    /// thickness (about 5 µm, Fig. 1e) and its current densities (0.16–0.8 mA cm⁻²). Assumed: the
    /// concentration scale c (`Assumptions.concentrationScale`, LiC₆ from Chen et al. 2020), the
    /// carbon-only layer's thickness (not stated; taken equal to the Ag–C one), and F. Every
    /// location this criterion gives depends on c and L; the ratio of the two interlayers'
    /// critical currents does not (it is D_Ag–C / D_C = 4.06).
    public struct PlatingCriterion: Sendable, Hashable {
        /// j, mA cm⁻².
        public let currentDensity: Double
        /// D, cm² s⁻¹.
        public let diffusivity: Double
        /// L, µm.
        public let thickness: Double
        /// c, mol cm⁻³.
        public let concentrationScale: Double

        /// Edge Cases: every input must be finite and > 0 (zero current plates nothing, so it has
        /// no location; a zero diffusivity, thickness or concentration has no diffusive scale);
        /// NaN, ±∞, 0 and negative values throw `ArgumentError` naming the parameter.
        public init(
            currentDensity: Double, diffusivity: Double, thickness: Double,
            concentrationScale: Double = Assumptions.concentrationScale
        ) throws(ArgumentError) {
            let f = "PlatingCriterion.init"
            self.currentDensity = try positive(
                currentDensity, "currentDensity (mA cm⁻²)", function: f)
            self.diffusivity = try positive(diffusivity, "diffusivity (cm² s⁻¹)", function: f)
            self.thickness = try positive(thickness, "thickness (µm)", function: f)
            self.concentrationScale = try positive(
                concentrationScale, "concentrationScale (mol cm⁻³)", function: f)
        }

        /// N_j = j / F, mol cm⁻² s⁻¹.
        public var deliveredFlux: Double { currentDensity * 1e-3 / Assumptions.faradayConstant }

        /// N_D = D c / L, mol cm⁻² s⁻¹ (L converted from µm to cm).
        public var diffusiveCapability: Double {
            diffusivity * concentrationScale / (thickness * 1e-4)
        }

        /// Φ = N_j / N_D, dimensionless; strictly increasing in j and L, strictly decreasing in D and c.
        public var fluxRatio: Double {
            Wu2023.fluxRatio(j: currentDensity, d: diffusivity, l: thickness, c: concentrationScale)
        }

        /// τ_D = L² / D, s.
        public var diffusionTime: Double { (thickness * 1e-4) * (thickness * 1e-4) / diffusivity }

        /// τ_p = F c L / j, s: the time to deliver the layer's Li content c·L.
        public var platingTime: Double {
            Assumptions.faradayConstant * concentrationScale * (thickness * 1e-4)
                / (currentDensity * 1e-3)
        }

        /// The predicted deposit location (see the type's documentation).
        public var location: DepositLocation { Wu2023.location(nonNegativeFluxRatio: fluxRatio) }

        /// j* = F D c / L, mA cm⁻²: the current density at which Φ = 1 for this layer.
        public var criticalCurrentDensity: Double {
            Assumptions.faradayConstant * diffusivity * concentrationScale / (thickness * 1e-4)
                * 1e3
        }
    }

    /// The deposit location for a flux ratio Φ: `.ccSide` below 1, `.split` at 1, `.seSide` above.
    ///
    /// Edge Cases: NaN, negative and infinite Φ throw `ArgumentError`; Φ = 0 (no flux) is accepted
    /// and gives `.ccSide` only through this function — `PlatingCriterion` refuses zero current.
    public static func location(forFluxRatio phi: Double) throws(ArgumentError) -> DepositLocation {
        location(nonNegativeFluxRatio: try nonNegative(phi, "fluxRatio"))
    }

    static func location(nonNegativeFluxRatio phi: Double) -> DepositLocation {
        phi < 1 ? .ccSide : (phi > 1 ? .seSide : .split)
    }

    /// Φ = j L / (F D c) with j in mA cm⁻², D in cm² s⁻¹, L in µm, c in mol cm⁻³ (no checks).
    static func fluxRatio(j: Double, d: Double, l: Double, c: Double) -> Double {
        (j * 1e-3) * (l * 1e-4) / (Assumptions.faradayConstant * d * c)
    }

    /// The concentration scale c* (mol cm⁻³) at which a layer of thickness L (µm) and diffusivity
    /// D (cm² s⁻¹) is exactly at Φ = 1 for current density j (mA cm⁻²): c* = j L / (F D).
    /// A layer plates at the Li side for any c > c*.
    ///
    /// Edge Cases: non-finite or non-positive inputs throw `ArgumentError`.
    public static func criticalConcentrationScale(
        currentDensity: Double, diffusivity: Double, thickness: Double
    ) throws(ArgumentError) -> Double {
        let j = try positive(currentDensity, "currentDensity (mA cm⁻²)")
        let d = try positive(diffusivity, "diffusivity (cm² s⁻¹)")
        let l = try positive(thickness, "thickness (µm)")
        return (j * 1e-3) * (l * 1e-4) / (Assumptions.faradayConstant * d)
    }

    /// The open interval of concentration scales c (mol cm⁻³) for which, at one current density
    /// and one common thickness, the fast layer plates on the Li side (Φ < 1) and the slow layer
    /// on the electrolyte side (Φ > 1) — the pair Fig. 4a, b shows. `nil` when the fast layer is
    /// not faster. The width of the interval is the diffusivity ratio.
    ///
    /// Edge Cases: non-finite or non-positive inputs throw `ArgumentError`.
    public static func concentrationWindowSeparating(
        fastDiffusivity: Double, slowDiffusivity: Double,
        currentDensity: Double, thickness: Double
    ) throws(ArgumentError) -> (lower: Double, upper: Double)? {
        let lower = try criticalConcentrationScale(
            currentDensity: currentDensity, diffusivity: fastDiffusivity, thickness: thickness)
        let upper = try criticalConcentrationScale(
            currentDensity: currentDensity, diffusivity: slowDiffusivity, thickness: thickness)
        return lower < upper ? (lower, upper) : nil
    }

    /// Φ_slow(j_low) / Φ_fast(j_high) = (j_low / j_high) · (D_fast / D_slow): independent of c and L.
    ///
    /// The paper claims the carbon-only layer fails (Φ_C > 1) already at 0.16 mA cm⁻² while Ag–C
    /// works (Φ_Ag–C < 1) up to 0.8 mA cm⁻². Both can hold for one common c and L only if this
    /// quotient exceeds 1; with the paper's numbers it is 0.2 × 4.06 = 0.81.
    ///
    /// Edge Cases: non-finite or non-positive inputs throw `ArgumentError`.
    public static func separationQuotient(
        slowDiffusivity: Double, atLowCurrent jLow: Double,
        fastDiffusivity: Double, atHighCurrent jHigh: Double
    ) throws(ArgumentError) -> Double {
        let dSlow = try positive(slowDiffusivity, "slowDiffusivity (cm² s⁻¹)")
        let dFast = try positive(fastDiffusivity, "fastDiffusivity (cm² s⁻¹)")
        let low = try positive(jLow, "low current density (mA cm⁻²)")
        let high = try positive(jHigh, "high current density (mA cm⁻²)")
        return (low / high) * (dFast / dSlow)
    }

    /// The paper's inputs to the plating criterion, read from the golden records.
    public struct CriterionInputs: Sendable {
        /// Li diffusion coefficients at the 160th hour of lithiation, cm² s⁻¹ (Fig. 4c).
        public let diffusivity: [Interlayer: Double]
        /// The Ag–C layer thickness of Fig. 1e, µm (about 5 µm, pristine). Used for the
        /// carbon-only layer too, whose thickness the text does not give (an assumption).
        public let thickness: Double
        /// The same layer after 5 MPa, µm: 5 µm × (1 − 59.7 %) = 2.015 µm (Fig. 2f–h); a
        /// sensitivity case, since the full cells were co-pressed at 375 MPa and the in-cell
        /// thickness is not stated.
        public let pressedThickness: Double

        public init(catalog: GoldenCatalog) throws(InputError) {
            var d: [Interlayer: Double] = [:]
            for layer in Interlayer.allCases {
                d[layer] = try catalog.number(layer.diffusivityID, in: "cm^2 s^-1")
            }
            diffusivity = d
            thickness = try catalog.number("wu2023.fabrication.agc-layer-thickness", in: "µm")
            pressedThickness =
                thickness
                * (1 - (try catalog.number("wu2023.contact.agc-thickness-reduction", in: "1")))
        }

        /// The criterion for one interlayer at current density j (mA cm⁻²), with the paper's D and
        /// thickness unless overridden, and the assumed concentration scale unless overridden.
        public func criterion(
            _ layer: Interlayer, currentDensity: Double, thickness: Double? = nil,
            concentrationScale: Double = Assumptions.concentrationScale
        ) throws(ArgumentError) -> PlatingCriterion {
            try PlatingCriterion(
                currentDensity: currentDensity, diffusivity: diffusivity[layer] ?? .nan,
                thickness: thickness ?? self.thickness, concentrationScale: concentrationScale)
        }
    }
}
