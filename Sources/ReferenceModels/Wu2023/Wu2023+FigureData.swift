public import GoldenRecords

// Numbers for the interlayer rate-capability figure and its model overlay. No plotting here: the
// Figures module draws them.

extension Wu2023 {
    /// The golden ids of the rate test (Fig. 5b): C-rate record and capacity record, lowest rate first.
    public static let rateCapabilityIDs: [(cRateID: String, capacityID: String)] = [
        ("wu2023.rate-capability.c-rate-0-1", "wu2023.rate-capability.capacity-0-1c"),
        ("wu2023.rate-capability.c-rate-0-2", "wu2023.rate-capability.capacity-0-2c"),
        ("wu2023.rate-capability.c-rate-0-33", "wu2023.rate-capability.capacity-0-33c"),
        ("wu2023.rate-capability.c-rate-0-5", "wu2023.rate-capability.capacity-0-5c"),
    ]

    /// One point of the rate test: the paper's numbers and what our arithmetic adds.
    public struct RateCapabilityPoint: Sendable, Hashable {
        public let interlayer: Interlayer
        /// C-rate, multiple of 1C (golden record `cRateID`).
        public let cRate: Double
        public let cRateID: String
        /// Discharge capacity, mAh g⁻¹ of NMC (golden record `capacityID`, measured).
        public let specificCapacity: Double
        public let capacityID: String
        /// Model: current density, mA cm⁻² = C-rate × 1C, with 1C = 200 mA g⁻¹ × the NMC loading
        /// implied by 1.39 mAh cm⁻² / 174.02 mAh g⁻¹ (1.598 mA cm⁻²).
        public let currentDensity: Double
        /// Model: areal capacity, mAh cm⁻² = specific capacity × implied loading.
        public let arealCapacity: Double
        /// Model: capacity relative to the lowest rate's, dimensionless.
        public let relativeToLowestRate: Double
    }

    /// The paper's rate capability per C-rate for one interlayer, from the golden records.
    ///
    /// `.agC`: the four points of Fig. 5b (0.1, 0.2, 0.33, 0.5 C: 174.0, 149.4, 130.5,
    /// 113.4 mAh g⁻¹). `.carbonOnly`: empty — the paper prints no rate test of a carbon-only cell
    /// (Fig. S2 shows only the first-charge profiles, not in the text).
    public static func rateCapability(
        catalog: GoldenCatalog, interlayer: Interlayer
    ) throws(InputError) -> [RateCapabilityPoint] {
        guard interlayer == .agC else { return [] }
        let cell = try CellInputs(catalog: catalog)
        var points: [RateCapabilityPoint] = []
        var lowest: Double? = nil
        for (cRateID, capacityID) in rateCapabilityIDs {
            let cRate = try catalog.number(cRateID, in: "1")
            let q = try catalog.number(capacityID, in: "mAh g^-1")
            let reference = lowest ?? q
            lowest = reference
            points.append(
                RateCapabilityPoint(
                    interlayer: interlayer, cRate: cRate, cRateID: cRateID, specificCapacity: q,
                    capacityID: capacityID, currentDensity: cRate * cell.oneCCurrentDensity,
                    arealCapacity: q * cell.activeMaterialLoading / 1000,
                    relativeToLowestRate: q / reference))
        }
        return points
    }

    /// The assumptions of the plating criterion that a figure may vary.
    public struct PlatingAssumptions: Sendable, Hashable {
        /// Interlayer thickness, µm; `nil` means the paper's Ag–C thickness (about 5 µm, Fig. 1e).
        public let thickness: Double?
        /// c, mol cm⁻³.
        public let concentrationScale: Double

        /// Edge Cases: a thickness or concentration that is not finite and > 0 throws `ArgumentError`.
        public init(
            thickness: Double? = nil, concentrationScale: Double = Assumptions.concentrationScale
        ) throws(ArgumentError) {
            let f = "PlatingAssumptions.init"
            self.thickness = try thickness.map { (l) throws(ArgumentError) in
                try positive(l, "thickness (µm)", function: f)
            }
            self.concentrationScale = try positive(
                concentrationScale, "concentrationScale (mol cm⁻³)", function: f)
        }

        private init(uncheckedThickness: Double?, concentrationScale: Double) {
            thickness = uncheckedThickness
            self.concentrationScale = concentrationScale
        }

        /// The paper's thickness and the LiC₆ concentration scale (`Assumptions.concentrationScale`).
        public static let standard = PlatingAssumptions(
            uncheckedThickness: nil, concentrationScale: Assumptions.concentrationScale)
    }

    /// One cell of the plating-location map: an interlayer at one of the paper's C-rates.
    public struct PlatingMapPoint: Sendable, Hashable {
        public let interlayer: Interlayer
        /// C-rate of the rate test (golden).
        public let cRate: Double
        /// mA cm⁻², C-rate × the computed 1C.
        public let currentDensity: Double
        /// Φ of `PlatingCriterion`.
        public let fluxRatio: Double
        public let location: DepositLocation
        /// j* = F D c / L, mA cm⁻².
        public let criticalCurrentDensity: Double
    }

    /// The criterion's prediction for both interlayers at each C-rate of the rate test (0.1, 0.2,
    /// 0.33, 0.5 C = 0.160, 0.320, 0.527, 0.799 mA cm⁻²). With the standard assumptions, Ag–C is
    /// `.ccSide` at all four (Φ = 0.15 … 0.73) and carbon-only is `.ccSide` at 0.1 C (Φ = 0.59)
    /// but `.seSide` from 0.2 C on (Φ = 1.19 … 2.97). Depends on the assumed concentration scale
    /// and on the carbon-only thickness being equal to the Ag–C one.
    public static func platingLocationMap(
        catalog: GoldenCatalog, assumptions: PlatingAssumptions = .standard
    ) throws(InputError) -> [PlatingMapPoint] {
        let inputs = try CriterionInputs(catalog: catalog)
        let oneC = try CellInputs(catalog: catalog).oneCCurrentDensity
        let l = assumptions.thickness ?? inputs.thickness
        var points: [PlatingMapPoint] = []
        for layer in Interlayer.allCases {
            let d = inputs.diffusivity[layer] ?? .nan
            for (cRateID, _) in rateCapabilityIDs {
                let cRate = try catalog.number(cRateID, in: "1")
                let j = cRate * oneC
                let phi = fluxRatio(j: j, d: d, l: l, c: assumptions.concentrationScale)
                points.append(
                    PlatingMapPoint(
                        interlayer: layer, cRate: cRate, currentDensity: j, fluxRatio: phi,
                        location: location(nonNegativeFluxRatio: phi),
                        criticalCurrentDensity: 1 / phi * j))
            }
        }
        return points
    }

    /// Φ versus current density for one interlayer (a model curve to draw over the rate test):
    /// Φ = j L / (F D c), a straight line through the origin that crosses 1 at j*.
    ///
    /// Edge Cases: any current density that is not finite and > 0 throws `ArgumentError`.
    public static func fluxRatioCurve(
        inputs: CriterionInputs, interlayer: Interlayer, currentDensities: [Double],
        assumptions: PlatingAssumptions = .standard
    ) throws(ArgumentError) -> [(currentDensity: Double, fluxRatio: Double)] {
        var curve: [(currentDensity: Double, fluxRatio: Double)] = []
        for j in currentDensities {
            let c = try inputs.criterion(
                interlayer, currentDensity: j, thickness: assumptions.thickness,
                concentrationScale: assumptions.concentrationScale)
            curve.append((j, c.fluxRatio))
        }
        return curve
    }

    /// `fluxRatioCurve` on 0.01, 0.02, …, 1.20 mA cm⁻² (past the paper's 0.8 mA cm⁻² and the
    /// Ag–C critical current of 1.09 mA cm⁻² under the standard assumptions).
    public static func fluxRatioCurve(
        catalog: GoldenCatalog, interlayer: Interlayer,
        assumptions: PlatingAssumptions = .standard
    ) throws(InputError) -> [(currentDensity: Double, fluxRatio: Double)] {
        let inputs = try CriterionInputs(catalog: catalog)
        let d = inputs.diffusivity[interlayer] ?? .nan
        let l = assumptions.thickness ?? inputs.thickness
        return (1...120).map { k in
            let j = Double(k) / 100
            return (j, fluxRatio(j: j, d: d, l: l, c: assumptions.concentrationScale))
        }
    }

    /// j* = F D c / L per interlayer, mA cm⁻²: 1.093 (Ag–C) and 0.269 (carbon-only) under the
    /// standard assumptions. Their ratio is D_Ag–C / D_C = 4.06 whatever c and L are.
    public static func criticalCurrentDensities(
        catalog: GoldenCatalog, assumptions: PlatingAssumptions = .standard
    ) throws(InputError) -> [Interlayer: Double] {
        let inputs = try CriterionInputs(catalog: catalog)
        let l = assumptions.thickness ?? inputs.thickness
        var result: [Interlayer: Double] = [:]
        for layer in Interlayer.allCases {
            result[layer] =
                Assumptions.faradayConstant * (inputs.diffusivity[layer] ?? .nan)
                * assumptions.concentrationScale / (l * 1e-4) * 1e3
        }
        return result
    }
}
