public import GoldenRecords
import Foundation

extension Park2022 {
    /// How a case enters the regime model.
    public enum CaseRole: String, Sendable, CaseIterable {
        /// A carbon-sphere case the thresholds are calibrated on.
        case calibration
        /// Computed from inputs independent of the case's own observation.
        case prediction
        /// Reproduced only with a surface-mobility factor back-solved from this very observation:
        /// explained, not predicted (LTO, Cu, Ni).
        case inferredFactor = "inferred-factor"
    }

    /// One observed main-deposit location of the paper, with the model's inputs for it.
    public struct ObservedCase: Sendable, Hashable {
        /// The golden id of the observation (`park2022.regime.…`).
        public let id: String
        /// A short label for plots, e.g. "CS3, 30 °C".
        public let label: String
        public let conditions: Conditions
        /// From the peel-off tests (or assumed, see `basis`).
        public let thermodynamicSite: DepositLocation
        /// What the paper observed.
        public let observed: DepositLocation
        public let role: CaseRole
        /// Where the pore diameter, the surface-mobility factor and the site come from.
        public let basis: String
    }

    /// Li interfacial mobility on Ag-decorated carbon relative to bare carbon, a heuristic of ours
    /// (the paper gives no number): the drop in nucleation overpotential Δη = η(CS) − η(Ag-CS) read
    /// as a lowering of the activation barrier of the interfacial diffusion step,
    /// M_Ag = exp(e Δη / k_B T).
    ///
    /// With the paper's pairs at 60 °C this is 1.97 (CS1), 2.59 (CS2) and 2.60 (CS3); the regimes of
    /// the Ag-CS cases are the same for any M_Ag between 0.56 and 8.4 (test-pinned), so the
    /// heuristic's exact value does not decide them.
    ///
    /// - Parameters: overpotentials in mV, temperature in K.
    /// Edge Cases: T ≤ 0 or any non-finite input gives NaN; equal overpotentials give 1.
    public static func silverSurfaceMobility(
        nucleationOverpotentialWithoutSilver: Double, withSilver: Double, temperature: Double
    ) -> Double {
        guard temperature > 0,
            [nucleationOverpotentialWithoutSilver, withSilver, temperature].allSatisfy(\.isFinite)
        else { return .nan }
        return exp(
            elementaryCharge * (nucleationOverpotentialWithoutSilver - withSilver) * 1e-3
                / (boltzmannConstant * temperature))
    }

    /// Geometric mean of pore-to-particle diameter ratios (the carbon spheres: 0.433, 0.299, 0.412 →
    /// 0.3766), used to estimate a pore diameter where only a particle size is printed (SC65).
    ///
    /// Edge Cases: an empty list, or a non-positive or non-finite diameter, gives NaN.
    public static func poreToParticleRatio(_ pairs: [(pore: Double, particle: Double)]) -> Double {
        guard !pairs.isEmpty,
            pairs.allSatisfy({
                $0.pore > 0 && $0.particle > 0 && $0.pore.isFinite && $0.particle.isFinite
            })
        else {
            return .nan
        }
        return exp(pairs.map { log($0.pore / $0.particle) }.reduce(0, +) / Double(pairs.count))
    }

    /// A factor inside an admissible interval (`RegimeModel.admissibleSurfaceMobility`): the first
    /// power of ten at least half a decade inside an open-ended interval (LTO [15.9, ∞) → 100;
    /// Cu [0, 0.0079) → 10⁻³; Ni [0, 0.0027) → 10⁻⁴), or the geometric mean of a bounded one.
    /// A mechanical, stated choice; the observation alone fixes only the interval.
    ///
    /// Edge Cases: an empty, reversed or NaN interval gives NaN.
    public static func inferredSurfaceMobility(lower: Double, upper: Double) -> Double {
        guard lower >= 0, upper > lower, !upper.isNaN else { return .nan }
        if upper == .infinity { return pow(10, (log10(lower) + 0.5).rounded(.up)) }
        if lower == 0 { return pow(10, (log10(upper) - 0.5).rounded(.down)) }
        return (lower * upper).squareRoot()
    }

    /// Everything the regime model needs from the paper: constants, calibrated thresholds and every
    /// observed case, all read from the golden records.
    public struct Study: Sendable {
        public let model: RegimeModel
        /// The paper's standard operating point with a carbon surface: 5 MPa, 0.5 mA cm⁻², a 5 µm
        /// layer, 60 °C, CS3 pores. Vary it for maps.
        public let baseConditions: Conditions
        /// Every observed main-deposit location (15 cases), calibration cases first.
        public let cases: [ObservedCase]

        /// Reads every input from the golden records and calibrates the thresholds on the five CS cases.
        ///
        /// - Parameter constants: the unstated constants; `nil` for the sourced defaults with the
        ///   eqn (3) numbers read from the golden records.
        /// - Throws: `ArgumentError` naming the record (a missing or malformed record, a category
        ///   outside the model's vocabulary, thresholds that cannot separate the calibration cases).
        public init(catalog: GoldenCatalog, constants: Constants? = nil) throws(ArgumentError) {
            let c: Constants
            if let constants {
                c = constants
            } else {
                do { c = try Constants(catalog: catalog) } catch {
                    throw Park2022.recordError(error, in: "Park2022.Study.init")
                }
            }
            var list = try CaseList(catalog: catalog)
            try list.addCalibrationCases()
            let calibrationPoints = list.cases.map {
                CalibrationPoint(conditions: $0.conditions, observed: $0.observed)
            }
            let model = try RegimeModel.calibrated(on: calibrationPoints, constants: c)
            try list.addContactPredictions()
            let sc65Pore = try list.addSC65Prediction()
            try list.addSilverPredictions(sc65Pore: sc65Pore)
            try list.addInferredFactorCases(model: model)
            self.model = model
            self.baseConditions = list.base
            self.cases = list.cases
        }

        /// The model's regime for each case.
        public func modelRegime(_ observedCase: ObservedCase) -> DepositLocation? {
            model.regime(observedCase.conditions, thermodynamicSite: observedCase.thermodynamicSite)
        }
    }

    /// The observed cases of `Study`, built up section by section from the golden records in
    /// the paper's order; a bad record is refused as `Park2022.Study.init` (or by `location`).
    private struct CaseList {
        let records: StudyRecords
        var catalog: GoldenCatalog { records.catalog }
        /// The standard operating point (`Study.baseConditions`).
        let base: Conditions
        /// The temperature of the pore study, K.
        let t60: Double
        /// The thermodynamic site from the 380 MPa peel-off of all CS cells.
        let ccSite: DepositLocation
        /// The carbon spheres' pore diameters, nm.
        let cs1: Double, cs2: Double, cs3: Double
        var cases: [ObservedCase] = []

        /// Reads the standard operating point, the CC-side site and the CS pore diameters.
        init(catalog: GoldenCatalog) throws(ArgumentError) {
            let records = StudyRecords(catalog: catalog)
            self.records = records
            t60 = try records.kelvin("park2022.plating.pore-study-temperature")
            base = Conditions(
                poreDiameter: try records.nm("park2022.pore-diameter.cs3"), temperature: t60,
                stackPressure: try records.number(
                    "park2022.plating.pore-study-stack-pressure", "MPa"),
                currentDensity: try records.number(
                    "park2022.plating.pore-study-current-density", "mA cm^-2"),
                interlayerThickness: try records.number("park2022.interlayer.thickness", "µm"))
            ccSite = Park2022.thermodynamicSite(
                peelOff: try peelOff(catalog, "park2022.peel-off.all-cs-380mpa"))
            cs1 = try records.nm("park2022.pore-diameter.cs1")
            cs2 = try records.nm("park2022.pore-diameter.cs2")
            cs3 = try records.nm("park2022.pore-diameter.cs3")
        }

        /// The standard operating point with another pore, temperature and surface mobility.
        func at(_ pore: Double, _ t: Double, mobility: Double = 1) -> Conditions {
            var x = base
            x.poreDiameter = pore
            x.temperature = t
            x.surfaceMobility = mobility
            return x
        }

        /// Appends the case `id`, with its observed location read from the golden records.
        mutating func add(
            _ id: String, _ label: String, _ cond: Conditions, site: DepositLocation? = nil,
            _ role: CaseRole, _ basis: String
        ) throws(ArgumentError) {
            cases.append(
                ObservedCase(
                    id: id, label: label, conditions: cond, thermodynamicSite: site ?? ccSite,
                    observed: try location(catalog, id), role: role, basis: basis))
        }

        /// Adds the five carbon-sphere cases the thresholds are calibrated on.
        mutating func addCalibrationCases() throws(ArgumentError) {
            let csBasis =
                "mercury-porosimetry pore diameter; carbon surface (mobility 1 by definition); "
                    + "site from the 380 MPa peel-off"
            try add("park2022.regime.cs1-60c", "CS1, 60 °C", at(cs1, t60), .calibration, csBasis)
            try add("park2022.regime.cs2-60c", "CS2, 60 °C", at(cs2, t60), .calibration, csBasis)
            try add("park2022.regime.cs3-60c", "CS3, 60 °C", at(cs3, t60), .calibration, csBasis)
            try add(
                "park2022.regime.cs3-45c", "CS3, 45 °C",
                at(cs3, try records.kelvin("park2022.plating.temperature-study-45c")),
                .calibration, csBasis)
            try add(
                "park2022.regime.cs3-30c", "CS3, 30 °C",
                at(cs3, try records.kelvin("park2022.plating.temperature-study-30c")),
                .calibration, csBasis)
        }

        /// Adds the two predictions of the peel-off contact tests (380 and 5 MPa).
        mutating func addContactPredictions() throws(ArgumentError) {
            try add(
                "park2022.regime.interface-380mpa", "CS3, 380 MPa contact", at(cs3, t60),
                site: Park2022.thermodynamicSite(
                    peelOff: try peelOff(catalog, "park2022.peel-off.formed-380mpa")), .prediction,
                "~75 nm spheres = CS3 pores at 60 °C; site from the 380 MPa peel-off test")
            try add(
                "park2022.regime.interface-5mpa", "CS3, 5 MPa contact", at(cs3, t60),
                site: Park2022.thermodynamicSite(
                    peelOff: try peelOff(catalog, "park2022.peel-off.formed-5mpa")), .prediction,
                "site from the 5 MPa peel-off test (SE-porous layer opens): energetics alone")
        }

        /// Adds the SC65 prediction; returns its estimated pore diameter, nm.
        mutating func addSC65Prediction() throws(ArgumentError) -> Double {
            let ratio = Park2022.poreToParticleRatio([
                (cs1, try records.nm("park2022.particle-diameter.cs1")),
                (cs2, try records.nm("park2022.particle-diameter.cs2")),
                (cs3, try records.nm("park2022.particle-diameter.cs3")),
            ])
            let sc65Pore = ratio * (try records.nm("park2022.particle-diameter.sc65"))
            try add(
                "park2022.regime.sc65-60c", "SC65", at(sc65Pore, t60), .prediction,
                "pore estimated as 40 nm × the carbon spheres' pore/particle ratio (\(ratio)); "
                    + "carbon surface; 60 °C and CC-side site assumed"
            )
            return sc65Pore
        }

        /// Adds the Ag-decorated predictions: Ag-CS1…3 with their own factors, then Ag-SC65 with
        /// the factors' geometric mean.
        mutating func addSilverPredictions(sc65Pore: Double) throws(ArgumentError) {
            let tAg = try records.kelvin("park2022.plating.ag-cs-temperature")
            var silver: [Double] = []
            for (n, pore) in [(1, cs1), (2, cs2), (3, cs3)] {
                let m = Park2022.silverSurfaceMobility(
                    nucleationOverpotentialWithoutSilver: try records.mV(
                        "park2022.nucleation-overpotential.cs\(n)"),
                    withSilver: try records.mV("park2022.nucleation-overpotential.ag-cs\(n)"),
                    temperature: tAg)
                silver.append(m)
                let cond = at(pore, tAg, mobility: m)
                try add(
                    "park2022.regime.ag-cs\(n)-60c", "Ag-CS\(n)", cond, .prediction,
                    "CS\(n) pores (Ag-CS pores not printed); Ag mobility factor \(m) "
                        + "from the nucleation overpotentials"
                )
            }
            let meanSilver = exp(silver.map { log($0) }.reduce(0, +) / Double(silver.count))
            try add(
                "park2022.regime.ag-sc65-60c", "Ag-SC65", at(sc65Pore, t60, mobility: meanSilver),
                .prediction,
                "SC65 pore estimate; geometric-mean Ag factor \(meanSilver); "
                    + "60 °C and CC-side site assumed"
            )
        }

        /// Adds LTO, Cu and Ni, explained only with a factor inferred from the case itself.
        mutating func addInferredFactorCases(model: RegimeModel) throws(ArgumentError) {
            for (key, label) in [("lto", "LTO"), ("cu", "Cu"), ("ni", "Ni")] {
                let id = "park2022.regime.\(key)-60c"
                let cond = at(try records.nm("park2022.pore-diameter.\(key)"), t60)
                let range = model.admissibleSurfaceMobility(
                    cond, observed: try location(catalog, id))
                let m = Park2022.inferredSurfaceMobility(lower: range.lower, upper: range.upper)
                try add(
                    id, label, at(cond.poreDiameter, t60, mobility: m), .inferredFactor,
                    "measured pore; mobility \(m) inferred from this observation (admissible "
                        + "\(range.lower)…\(range.upper)); 60 °C and CC-side site assumed"
                )
            }
        }
    }

    /// The golden numbers `Study` reads, each refused as `Park2022.Study.init` when missing or
    /// not in the unit asked for.
    private struct StudyRecords {
        let catalog: GoldenCatalog

        /// The golden number `id` in `unit`.
        func number(_ id: String, _ unit: String) throws(ArgumentError) -> Double {
            do { return try catalog.number(id, in: unit) } catch {
                throw Park2022.recordError(error, in: "Park2022.Study.init")
            }
        }
        /// The golden temperature `id`, K.
        func kelvin(_ id: String) throws(ArgumentError) -> Double { try number(id, "K") }
        /// The golden length `id`, nm.
        func nm(_ id: String) throws(ArgumentError) -> Double { try number(id, "nm") }
        /// The golden overpotential `id`, mV.
        func mV(_ id: String) throws(ArgumentError) -> Double { try number(id, "mV") }
    }

    /// The refusal of a golden record the Park 2022 models cannot use (missing, or not of the
    /// expected shape or unit): code `.invalidRecord`, with the catalog's error as `underlying`.
    static func recordError(_ error: InputError, in function: String) -> ArgumentError {
        ArgumentError(
            .invalidRecord, function: function, argument: "catalog",
            value: error.recordID.map { "record '\($0)'" } ?? error.file,
            accepted: "a record of the expected shape and unit (\(error.description))",
            underlying: error)
    }

    /// The refusal of a category outside the model's vocabulary: code `.invalidRecord`.
    static func unknownCategory(
        id: String, category: String, expected: [String], in function: String
    ) -> ArgumentError {
        ArgumentError(
            .invalidRecord, function: function, argument: "catalog",
            value: "park2022.json record '\(id)' value.category '\(category)'",
            accepted: "one of \(expected.joined(separator: ", ")); fix the record or the model's "
                + "vocabulary")
    }

    static func category(
        _ catalog: GoldenCatalog, _ id: String, in function: String = "Park2022.category"
    ) throws(ArgumentError) -> String {
        let record: GoldenRecord
        do { record = try catalog.record(id) } catch { throw recordError(error, in: function) }
        guard case let .category(text) = record.value else {
            throw unknownCategory(
                id: id, category: "(a \(record.value.shape), not a category)",
                expected: ["a category"], in: function)
        }
        return text
    }

    /// The golden deposit-location category `id` (`park2022.regime.…`).
    static func location(
        _ catalog: GoldenCatalog, _ id: String
    ) throws(ArgumentError) -> DepositLocation {
        try vocabularyCategory(catalog, id, in: "Park2022.location")
    }

    /// The golden peel-off outcome category `id` (`park2022.peel-off.…`).
    static func peelOff(
        _ catalog: GoldenCatalog, _ id: String
    ) throws(ArgumentError) -> PeelOffOutcome {
        try vocabularyCategory(catalog, id, in: "Park2022.peelOff")
    }

    /// The category record `id` read as a word of `Word`'s vocabulary; refuses any other text
    /// with `unknownCategory`, listing the vocabulary.
    private static func vocabularyCategory<Word: RawRepresentable & CaseIterable>(
        _ catalog: GoldenCatalog, _ id: String, in function: String
    ) throws(ArgumentError) -> Word where Word.RawValue == String {
        let text = try category(catalog, id, in: function)
        guard let word = Word(rawValue: text) else {
            throw unknownCategory(
                id: id, category: text, expected: Word.allCases.map(\.rawValue), in: function)
        }
        return word
    }
}
