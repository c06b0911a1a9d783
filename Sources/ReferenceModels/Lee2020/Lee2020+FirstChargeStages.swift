public import GoldenRecords

extension Lee2020 {
    /// The four stages of the first 0.1 C charge of the Ag–C|SSE|NMC cell (Fig. 4 and the section
    /// "Morphological variation of the Ag–C nanocomposite layer"), in the order they occur.
    public enum FirstChargeStage: String, CaseIterable, Sendable, Codable {
        /// Sloping profile up to 3.5 V: carbon lithiation; Ag lithiation begins; the layer's
        /// porosity drops as C and Ag expand (Fig. 4c).
        case carbonLithiation = "carbon-lithiation"
        /// 3.5–3.55 V: the Ag nanoparticles grow as their lithiation continues (Fig. 4d).
        case agLithiation = "ag-lithiation"
        /// 3.55–3.6 V: Ag / Ag–Li particles shrink, Ag moves to the SUS current collector and
        /// dissolves in Li, and Li metal starts plating on the SUS foil (Fig. 4e,h).
        case agMigration = "ag-migration"
        /// 3.6–4.25 V: steady state; no change inside the Ag–C layer while the Li deposit between
        /// layer and SUS grows to ~25 µm (Fig. 4f,g,i,j).
        case liPlating = "li-plating"

        /// The events the paper reports for the stage, for the stage chart.
        public var events: [String] {
            switch self {
            case .carbonLithiation:
                [
                    "sloping profile: C lithiation (Supplementary Figs. 6, 7)",
                    "Ag lithiation begins (Supplementary Fig. 6c)",
                    "porosity of the Ag–C layer drops: C and Ag expand (Fig. 4c)",
                ]
            case .agLithiation:
                ["Ag nanoparticles grow: continued lithiation (Fig. 4d)"]
            case .agMigration:
                [
                    "Ag / Ag–Li particles shrink (Fig. 4e)",
                    "Li metal plating begins on the SUS foil (Fig. 4h)",
                    "Ag moves to the current collector and dissolves in the plated Li (Fig. 3c)",
                ]
            case .liPlating:
                [
                    "steady state: no change inside the Ag–C layer (Fig. 4f,g)",
                    "Li deposit grows to ~25 µm (Fig. 4i,j)",
                ]
            }
        }

        /// A short label for the chart.
        public var label: String {
            switch self {
            case .carbonLithiation: "C lithiation, Ag lithiation onset"
            case .agLithiation: "Ag lithiation, particles grow"
            case .agMigration: "Ag migration, Li nucleation on SUS"
            case .liPlating: "steady Li plating"
            }
        }
    }

    /// The stage boundaries of the first charge, read from the golden records (cell voltage, V).
    ///
    /// Convention, stated and tested: every stage is **lower-exclusive, upper-inclusive**,
    /// (lower, upper]. The SEM snapshots are taken at the cutoffs, and each snapshot shows the
    /// result of the stage that *ends* there: "Up to 3.5 V" (Fig. 4c) is C lithiation; "over the
    /// 3.5–3.55 V range … increase (Fig. 4d)" is the 3.55 V snapshot; "in the 3.55–3.6 V range …
    /// shrink (Fig. 4e) … plating … began (Fig. 4h)" is the 3.6 V snapshot. The first stage starts
    /// at the pristine cell (any voltage ≥ 0 up to and including 3.5 V). Above 4.25 V (the charge
    /// cutoff) no stage is defined.
    public struct StageBoundaries: Sendable, Equatable {
        /// Upper bound of `carbonLithiation`, = lower bound of `agLithiation` (3.5 V).
        public let carbonToAg: Double
        /// Upper bound of `agLithiation`, = lower bound of `agMigration` (3.55 V).
        public let agToMigration: Double
        /// Upper bound of `agMigration`, = lower bound of `liPlating` (3.6 V).
        public let migrationToPlating: Double
        /// Upper bound of `liPlating`: the charge cutoff (4.25 V).
        public let endOfCharge: Double

        public init(
            carbonToAg: Double, agToMigration: Double, migrationToPlating: Double,
            endOfCharge: Double
        ) {
            self.carbonToAg = carbonToAg
            self.agToMigration = agToMigration
            self.migrationToPlating = migrationToPlating
            self.endOfCharge = endOfCharge
        }

        /// From `lee2020.first-charge.stage1-upper-voltage`, the two windows `ag-growth-window`
        /// and `ag-shrink-window`, and `steady-state-upper-voltage`.
        /// - Throws: a `InputError` if a record is missing, or if the records disagree (the
        ///   windows must join: 3.5 = lower end of 3.5–3.55, 3.55 = lower end of 3.55–3.6).
        public init(catalog: GoldenCatalog) throws(InputError) {
            let stage1 = try catalog.number("lee2020.first-charge.stage1-upper-voltage", in: "V")
            let growth = try catalog.range("lee2020.first-charge.ag-growth-window", in: "V")
            let shrink = try catalog.range("lee2020.first-charge.ag-shrink-window", in: "V")
            let end = try catalog.number("lee2020.first-charge.steady-state-upper-voltage", in: "V")
            guard stage1 == growth.lowerBound, growth.upperBound == shrink.lowerBound,
                shrink.upperBound < end
            else {
                throw Lee2020.loadError(
                    "lee2020.first-charge.ag-growth-window",
                    "stage windows do not join: \(stage1), \(growth), \(shrink), \(end)")
            }
            self.init(
                carbonToAg: stage1, agToMigration: growth.upperBound,
                migrationToPlating: shrink.upperBound, endOfCharge: end)
        }

        /// (lower, upper] of `stage`; `carbonLithiation` starts at 0 V, inclusive.
        public func interval(of stage: FirstChargeStage) -> (lower: Double, upper: Double) {
            switch stage {
            case .carbonLithiation: (0, carbonToAg)
            case .agLithiation: (carbonToAg, agToMigration)
            case .agMigration: (agToMigration, migrationToPlating)
            case .liPlating: (migrationToPlating, endOfCharge)
            }
        }

        /// The stage at cell voltage `voltage` (V) during the first charge.
        ///
        /// - Returns: the stage whose (lower, upper] interval holds `voltage` (0 V and up to
        ///   `carbonToAg` inclusive for the first stage).
        /// - Throws: `ArgumentError` for NaN, ±∞, a negative voltage, or a voltage above the charge
        ///   cutoff (the paper's charge ends at 4.25 V).
        ///
        /// Edge Cases: exactly 3.5 V → `carbonLithiation`; 3.5 V + ε → `agLithiation`; exactly
        /// 4.25 V → `liPlating`; 4.25 V + ε throws.
        public func stage(atCellVoltage voltage: Double) throws(ArgumentError) -> FirstChargeStage {
            guard voltage.isFinite, voltage >= 0, voltage <= endOfCharge else {
                throw ArgumentError(
                    .of(voltage), function: "Lee2020.stage(atCellVoltage:)",
                    argument: "voltage", value: voltage,
                    accepted:
                        "a cell voltage in [0, \(endOfCharge)] V (pristine cell to the charge cutoff)"
                )
            }
            if voltage <= carbonToAg { return .carbonLithiation }
            if voltage <= agToMigration { return .agLithiation }
            if voltage <= migrationToPlating { return .agMigration }
            return .liPlating
        }
    }

    /// One band of the first-charge stage chart (voltage on the y axis).
    public struct StageBand: Sendable, Equatable {
        public let stage: FirstChargeStage
        /// Lower and upper cell voltage, V.
        public let lowerVoltage: Double
        public let upperVoltage: Double
        /// Whether the band includes its bounds (true for the first band's 0 V and every upper bound).
        public let includesLower: Bool
        public let includesUpper: Bool
        /// The stage's label and events, as the paper reports them.
        public let name: String
        public let events: [String]
    }

    /// Figure data: the bands of the first-charge stage chart, bottom to top, with names and events.
    /// Voltages come from the golden records (`StageBoundaries(catalog:)`).
    public static func firstChargeStageBands(
        catalog: GoldenCatalog
    ) throws(InputError) -> [StageBand] {
        let b = try StageBoundaries(catalog: catalog)
        return FirstChargeStage.allCases.map { stage in
            let (lo, hi) = b.interval(of: stage)
            return StageBand(
                stage: stage, lowerVoltage: lo, upperVoltage: hi,
                includesLower: stage == .carbonLithiation,
                includesUpper: true, name: stage.label, events: stage.events)
        }
    }

    /// One SEM snapshot of Fig. 4: the cutoff voltage, the panels and the stage the model assigns.
    public struct StageSnapshot: Sendable, Equatable {
        /// `lee2020.first-charge.snapshot-…` (the cutoff) and `lee2020.first-charge.stage-at-…`
        /// (the observed stage).
        public let cutoffID: String
        public let observationID: String
        public let voltage: Double
        public let panels: String
        public let stage: FirstChargeStage
    }

    /// The five cutoffs of Fig. 4 and their observation records.
    public static let snapshotIDs: [(cutoff: String, observation: String, panels: String)] = [
        ("lee2020.first-charge.snapshot-3p5v", "lee2020.first-charge.stage-at-3p5v", "Fig. 4c"),
        ("lee2020.first-charge.snapshot-3p55v", "lee2020.first-charge.stage-at-3p55v", "Fig. 4d"),
        ("lee2020.first-charge.snapshot-3p6v", "lee2020.first-charge.stage-at-3p6v", "Fig. 4e,h"),
        ("lee2020.first-charge.snapshot-4p0v", "lee2020.first-charge.stage-at-4p0v", "Fig. 4f,i"),
        ("lee2020.first-charge.snapshot-4p25v", "lee2020.first-charge.stage-at-4p25v", "Fig. 4g,j"),
    ]

    /// Figure data: the SEM snapshots as markers on the stage chart, each with the model's stage.
    public static func firstChargeSnapshots(
        catalog: GoldenCatalog
    ) throws(InputError) -> [StageSnapshot] {
        let b = try StageBoundaries(catalog: catalog)
        var result: [StageSnapshot] = []
        for (cutoff, observation, panels) in snapshotIDs {
            let v = try catalog.number(cutoff, in: "V")
            let stage: FirstChargeStage
            do { stage = try b.stage(atCellVoltage: v) } catch {
                throw loadError(cutoff, error.description)
            }
            result.append(
                StageSnapshot(
                    cutoffID: cutoff, observationID: observation, voltage: v, panels: panels,
                    stage: stage))
        }
        return result
    }
}
