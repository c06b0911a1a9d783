import GoldenRecords
import ReferenceModels

/// One dimension of a paper's input box: a golden number (or one end of a golden range, or the
/// number of a bound) widened by its own tolerance, or a stated assumption of a reference model
/// (a constant in code that is no golden record) as a named range.
public struct AuditInput: Sendable, Hashable {
    public enum Part: String, Sendable, Hashable {
        case number, rangeLow = "range-low", rangeHigh = "range-high", bound, assumption
    }

    /// The golden record id, or the assumption's name.
    public let id: String
    public let part: Part
    /// The value the reference models use, in `unit`.
    public let nominal: Double
    public let lower: Double
    public let upper: Double
    public let unit: String
    /// Position of the record in the catalog (nil for an assumption).
    let position: Int?

    /// The name shown in tables: the id, with `[lo]`/`[hi]` for a range's ends.
    public var name: String {
        switch part {
        case .rangeLow: id + "[lo]"
        case .rangeHigh: id + "[hi]"
        case .number, .bound, .assumption: id
        }
    }
}

/// A stated assumption of a reference model, evaluated as a named range (`docs/paper-audit.md`).
public struct AuditAssumption: Sendable {
    public let name: String
    public let nominal: Double
    public let range: ClosedRange<Double>
    public let unit: String
    public let why: String
}

/// One way of evaluating a paper's reference models: the reference reading, or another documented
/// reading of a formula. `evaluate` gets a catalog (inputs replaced) and the assumptions' values.
struct AuditVariant {
    let reading: String
    /// The record ids this variant is the reading of (all ids for the reference variant).
    let ids: Set<String>?
    let evaluate: (GoldenCatalog, [String: Double]) throws -> [ModelResult]
}

/// The audit's view of one modelled paper: its variants (readings) and stated assumptions.
struct AuditedPaper {
    let key: String
    let assumptions: [AuditAssumption]
    let variants: [AuditVariant]

    var reference: AuditVariant { variants[0] }

    static func all() -> [AuditedPaper] { ModelledPapers.all.map { AuditedPaper(paper: $0) } }

    /// The audit's view of `paper`: its reference and other readings, and its assumptions.
    init(paper: any ModelledPaper.Type) {
        key = paper.key
        let plain = AuditVariant(reading: "reference", ids: nil) { catalog, _ in
            try paper.referenceResults(catalog: catalog)
        }
        switch paper.key {
        case Kim2025.key:
            assumptions = []
            variants = Self.kimVariants(plain: plain)
        case Park2022.key:
            assumptions = Self.parkAssumptions()
            variants = Self.parkVariants()
        default:
            assumptions = []
            variants = [plain]
        }
    }

    /// Kim's variants: `plain`, then the models of Eq. (1)'s two other documented readings.
    private static func kimVariants(plain: AuditVariant) -> [AuditVariant] {
        [plain]
            + Kim2025.ShellReading.allCases.filter { $0 != .outerShell }.map { reading in
                AuditVariant(
                    reading: reading.rawValue, ids: Set(Kim2025.shellThicknessIDs.map(\.id))
                ) { catalog, _ in
                    try Kim2025.referenceResults(catalog: catalog, reading: reading)
                }
            }
    }

    /// Park's one stated assumption: "room temperature" (298.15 K in the model) as 20–25 °C.
    private static func parkAssumptions() -> [AuditAssumption] {
        [
            AuditAssumption(
                name: "park2022.assumed-room-temperature", nominal: Park2022.roomTemperature,
                range: 293.15...298.15, unit: "K",
                why:
                    "the paper says room temperature; the model uses 298.15 K; read as 20–25 °C"
            )
        ]
    }

    /// Park's variants: the reference at the assumed room temperature; resistance in percent.
    private static func parkVariants() -> [AuditVariant] {
        let resistanceIDs = Set(
            Park2022.resistanceAnodes.map { "park2022.resistance-increase.\($0)-5-cycles" })
        return [
            AuditVariant(reading: "reference", ids: nil) { catalog, values in
                try parkHomologous(
                    catalog, values, try Park2022.referenceResults(catalog: catalog))
            },
            AuditVariant(
                reading: Park2022.ResistanceReading.percentIncrease.rawValue, ids: resistanceIDs
            ) { catalog, _ in
                try parkPercentIncreases(catalog: catalog)
            },
        ]
    }

    /// `results` with Park's homologous temperatures at the assumed room temperature in `values`.
    private static func parkHomologous(
        _ catalog: GoldenCatalog, _ values: [String: Double], _ results: [ModelResult]
    ) throws -> [ModelResult] {
        let t = values["park2022.assumed-room-temperature"] ?? Park2022.roomTemperature
        let constants = try Park2022.Constants(catalog: catalog)
        return results.map { result in
            switch result.id {
            case "park2022.homologous-temperature.li":
                ModelResult(
                    id: result.id,
                    value: .number(
                        Park2022.homologousTemperature(
                            temperature: t, meltingPoint: constants.lithiumMeltingPoint)),
                    unit: result.unit)
            case "park2022.homologous-temperature.sn":
                ModelResult(
                    id: result.id,
                    value: .number(
                        Park2022.homologousTemperature(
                            temperature: t, meltingPoint: Park2022.tinMeltingPoint)),
                    unit: result.unit)
            default: result
            }
        }
    }

    /// Park's resistance increases after 5 cycles, read as percent increases, one per anode.
    private static func parkPercentIncreases(catalog: GoldenCatalog) throws -> [ModelResult] {
        try Park2022.resistanceAnodes.map { anode in
            let before = try catalog.number(
                "park2022.area-resistance.\(anode)-pristine", in: "Ω cm^2")
            let after = try catalog.number(
                "park2022.area-resistance.\(anode)-5-cycles", in: "Ω cm^2")
            return ModelResult(
                id: "park2022.resistance-increase.\(anode)-5-cycles",
                value: .number(
                    Park2022.resistanceChange(
                        before: before, after: after, reading: .percentIncrease)),
                unit: "%")
        }
    }
}

extension GoldenRecord {
    /// This record with another value (everything else shared).
    func replacing(value: GoldenValue) -> GoldenRecord {
        GoldenRecord(
            id: id, paper: paper, quantity: quantity, location: location, quote: quote,
            printed: printed,
            value: value, unit: unit, kind: kind, method: method,
            uncertaintyBasis: uncertaintyBasis,
            tolerance: tolerance, notes: notes, discrepancy: discrepancy, conditions: conditions,
            conflictGroup: conflictGroup)
    }
}

/// Evaluates one variant of a paper's models at points of the input box, with a cache.
final class BoxEvaluator {
    let catalog: GoldenCatalog
    let inputs: [AuditInput]
    let variant: AuditVariant
    private var cache: [[Double]: [String: Double]?] = [:]
    private(set) var evaluations = 0

    init(catalog: GoldenCatalog, inputs: [AuditInput], variant: AuditVariant) {
        self.catalog = catalog
        self.inputs = inputs
        self.variant = variant
    }

    var nominalPoint: [Double] { inputs.map(\.nominal) }

    /// The numeric results, in each golden record's unit, at `point` (one value per input);
    /// nil when the models refuse the inputs.
    func evaluate(_ point: [Double]) -> [String: Double]? {
        if let cached = cache[point] { return cached }
        evaluations += 1
        let value = compute(point)
        cache[point] = value
        return value
    }

    private func compute(_ point: [Double]) -> [String: Double]? {
        var replaced: [Int: GoldenValue] = [:]
        var assumptions: [String: Double] = [:]
        for (input, x) in zip(inputs, point) {
            guard let position = input.position else { assumptions[input.id] = x; continue }
            if x == input.nominal && input.part != .rangeLow && input.part != .rangeHigh {
                continue
            }
            let current = replaced[position] ?? catalog.records[position].value
            switch (input.part, current) {
            case (.number, .number): replaced[position] = .number(x)
            case (.bound, .bound(let relation, _)): replaced[position] = .bound(relation, x)
            case (.rangeLow, .range(_, let hi)): replaced[position] = .range(x, hi)
            case (.rangeHigh, .range(let lo, _)): replaced[position] = .range(lo, x)
            default: break
            }
        }
        // A range whose ends cross is no range (the loader refuses it): the point is refused.
        for value in replaced.values {
            if case let .range(lo, hi) = value, lo > hi { return nil }
        }
        var records = catalog.records
        for (position, value) in replaced where value != records[position].value {
            records[position] = records[position].replacing(value: value)
        }
        let modified = replaced.isEmpty ? catalog : GoldenCatalog(records: records)
        guard let results = try? variant.evaluate(modified, assumptions) else { return nil }
        var values: [String: Double] = [:]
        for result in results {
            guard case let .number(v) = result.value, let record = catalog[result.id],
                let target = record.unit, let unit = result.unit,
                let from = try? PhysicalUnit(parsing: unit),
                let converted = try? from.convert(v, to: target)
            else { continue }
            values[result.id] = converted
        }
        return values
    }
}

extension AuditInput {
    /// The box dimensions of every golden number with a tolerance among `records`, and the
    /// paper's assumptions.
    static func box(
        catalog: GoldenCatalog, positions: [Int], assumptions: [AuditAssumption]
    ) -> [AuditInput] {
        var inputs: [AuditInput] = []
        for position in positions {
            let record = catalog.records[position]
            guard record.tolerance > 0, let unit = record.unit else { continue }
            let u = record.tolerance
            func add(_ part: Part, _ x: Double) {
                inputs.append(
                    AuditInput(
                        id: record.id, part: part, nominal: x, lower: x - u, upper: x + u,
                        unit: unit.description, position: position))
            }
            switch record.value {
            case .number(let x): add(.number, x)
            case .bound(_, let x): add(.bound, x)
            case .range(let lo, let hi): add(.rangeLow, lo); add(.rangeHigh, hi)
            case .category, .series: break
            }
        }
        for a in assumptions {
            inputs.append(
                AuditInput(
                    id: a.name, part: .assumption, nominal: a.nominal, lower: a.range.lowerBound,
                    upper: a.range.upperBound, unit: a.unit, position: nil))
        }
        return inputs
    }
}
