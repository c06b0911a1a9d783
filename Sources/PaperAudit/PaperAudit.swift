public import GoldenRecords
import ReferenceModels

/// The audit's verdict on one printed number (`docs/paper-audit.md`).
public enum AuditVerdict: String, Sendable, Hashable, CaseIterable {
    /// The printed value, widened by its own precision, overlaps the propagated interval.
    case consistent
    /// No overlap, but the relative residual is at most 2 %.
    case rounding
    /// No overlap and a residual above 2 %.
    case inconsistent
    /// The documented readings give materially different (disjoint) intervals.
    case ambiguousFormula = "ambiguous-formula"
}

/// One reading's interval and what it says about the printed value.
public struct ReadingInterval: Sendable, Hashable {
    public let reading: String
    public let interval: PropagatedInterval
    /// Whether the interval was scaled from the reference reading's (no model of this reading).
    public let scaled: Bool
    /// (nominal − printed) / printed; for a range, to its nearer end; for a bound, 0 when the
    /// nominal satisfies it.
    public let relativeResidual: Double
    public let verdict: AuditVerdict
}

/// The audit of one record.
public struct AuditedRecord: Sendable, Hashable {
    public let record: GoldenRecord
    /// The reference reading first, then the record's other documented readings.
    public let readings: [ReadingInterval]
    public let verdict: AuditVerdict
    /// The dependencies with the largest share of the width, largest first: (input name, share).
    public let dominantInputs: [String]

    public var id: String { record.id }
    public var reference: ReadingInterval { readings[0] }

    public static func == (a: AuditedRecord, b: AuditedRecord) -> Bool {
        a.record.id == b.record.id && a.readings == b.readings && a.verdict == b.verdict
    }
    public func hash(into hasher: inout Hasher) { hasher.combine(record.id) }
}

/// The audit of one paper.
public struct PaperAuditResult: Sendable {
    public let paper: String
    public let records: [AuditedRecord]
    /// The box the paper's models were evaluated over.
    public let inputs: [AuditInput]
    /// Inputs (indices into `inputs`) the models refuse at both ends of their interval, held at
    /// their printed values.
    public let held: [Int]
    public let assumptions: [AuditAssumption]
    /// Model evaluations spent.
    public let evaluations: Int

    public func count(_ verdict: AuditVerdict) -> Int {
        records.filter { $0.verdict == verdict }.count
    }
}

/// Interval audit of the papers' own arithmetic: every `computed` or `claim` record a reference
/// model computes, evaluated over the box of its inputs' tolerances.
public enum PaperAudit {
    /// Residuals up to this (relative) are `rounding` when the intervals do not overlap.
    public static let roundingLimit = 0.02

    public static var paperKeys: [String] { AuditedPaper.all().map(\.key) }

    /// The audit of every modelled paper (or of `paper` only).
    public static func run(catalog: GoldenCatalog, paper: String? = nil) -> [PaperAuditResult] {
        AuditedPaper.all().filter { paper == nil || $0.key == paper }.map {
            audit($0, catalog: catalog)
        }
    }

    /// Whether a record is in the audit: every `computed` or `claim` record, and any other that
    /// carries a discrepancy (its residual is documented, so the audit says whether the inputs'
    /// precision already explains it).
    public static func isAudited(_ record: GoldenRecord) -> Bool {
        record.kind == .computed || record.kind == .claim || record.discrepancy != nil
    }

    /// The audit of one paper: every audited record's readings, verdict and dominant inputs.
    static func audit(_ paper: AuditedPaper, catalog: GoldenCatalog) -> PaperAuditResult {
        let (inputs, fullResults) = box(of: paper, catalog: catalog)
        let reference = BoxEvaluator(catalog: catalog, inputs: inputs, variant: paper.reference)
        let ids = auditedIDs(fullResults, reference: reference, catalog: catalog)
        let (deps, held) = IntervalPropagation.dependencies(evaluator: reference, ids: ids)
        var others: [String: BoxEvaluator] = [:]
        var records: [AuditedRecord] = []
        for id in ids {
            let record = catalog[id]!
            guard
                let interval = IntervalPropagation.propagate(
                    id: id, deps: deps[id] ?? [], evaluator: reference)
            else { continue }
            let name = record.discrepancy?.reading ?? "reference"
            let readings =
                [reading(name, interval, scaled: false, record)]
                + otherReadings(
                    of: record, interval, paper: paper, catalog: catalog, inputs: inputs,
                    evaluators: &others)
            records.append(
                AuditedRecord(
                    record: record, readings: readings, verdict: verdict(of: readings),
                    dominantInputs: dominantInputs(of: interval, inputs: inputs)))
        }
        let evaluations = reference.evaluations + others.values.map(\.evaluations).reduce(0, +)
        return PaperAuditResult(
            paper: paper.key, records: records, inputs: inputs, held: held,
            assumptions: paper.assumptions, evaluations: evaluations)
    }

    /// The box of the paper's inputs, and its reference model's results over the whole catalog.
    private static func box(
        of paper: AuditedPaper, catalog: GoldenCatalog
    ) -> (inputs: [AuditInput], fullResults: [ModelResult]?) {
        let own = catalog.records.indices.filter { catalog.records[$0].paper.key == paper.key }
        // The paper's own records are its candidate inputs when its models read no other paper's.
        let ownCatalog = GoldenCatalog(records: own.map { catalog.records[$0] })
        let fullResults = try? paper.reference.evaluate(catalog, [:])
        let ownResults = try? paper.reference.evaluate(ownCatalog, [:])
        let positions =
            ownResults != nil && ownResults == fullResults ? own : Array(catalog.records.indices)
        let inputs = AuditInput.box(
            catalog: catalog, positions: positions, assumptions: paper.assumptions)
        return (inputs, fullResults)
    }

    /// The ids of the audited numeric records the reference model computes at the nominal point.
    private static func auditedIDs(
        _ fullResults: [ModelResult]?, reference: BoxEvaluator, catalog: GoldenCatalog
    ) -> [String] {
        let base = reference.evaluate(reference.nominalPoint) ?? [:]
        return (fullResults ?? []).map(\.id).filter { id in
            guard let record = catalog[id], isAudited(record), base[id] != nil else { return false }
            switch record.value {
            case .number, .range, .bound: return true
            case .category, .series: return false
            }
        }
    }

    /// The record's other documented readings: each from its own model, or scaled if none.
    private static func otherReadings(
        of record: GoldenRecord, _ interval: PropagatedInterval, paper: AuditedPaper,
        catalog: GoldenCatalog, inputs: [AuditInput],
        evaluators others: inout [String: BoxEvaluator]
    ) -> [ReadingInterval] {
        let id = record.id
        var readings: [ReadingInterval] = []
        for other in record.discrepancy?.otherReadings ?? [] {
            if let variant = paper.variants.first(where: {
                $0.reading == other.name && $0.ids?.contains(id) == true
            }) {
                let evaluator =
                    others[variant.reading]
                    ?? BoxEvaluator(catalog: catalog, inputs: inputs, variant: variant)
                others[variant.reading] = evaluator
                let d = IntervalPropagation.dependencies(evaluator: evaluator, ids: [id]).deps
                if let i = IntervalPropagation.propagate(
                    id: id, deps: d[id] ?? [], evaluator: evaluator)
                {
                    readings.append(reading(other.name, i, scaled: false, record))
                    continue
                }
            }
            // No model of this reading: its documented value, the reference's relative spread.
            let scaled = scaledInterval(interval, to: other.value)
            readings.append(reading(other.name, scaled, scaled: true, record))
        }
        return readings
    }

    /// The reference `interval` scaled to a reading's documented `value` (same relative spread).
    private static func scaledInterval(
        _ interval: PropagatedInterval, to value: Double
    ) -> PropagatedInterval {
        let f0 = interval.nominal
        let scale = f0 != 0 ? value / f0 : 1
        let ends = [interval.lower * scale, interval.upper * scale]
        return PropagatedInterval(
            nominal: value, lower: ends.min()!, upper: ends.max()!,
            method: interval.method,
            dependencies: interval.dependencies, nonMonotone: interval.nonMonotone,
            swings: interval.swings.mapValues { abs($0 * scale) },
            refusedPoints: interval.refusedPoints)
    }

    /// The reference reading's verdict, or `ambiguousFormula` if any two readings are disjoint.
    private static func verdict(of readings: [ReadingInterval]) -> AuditVerdict {
        var verdict = readings[0].verdict
        if readings.count > 1 {
            let disjoint = readings.indices.contains { a in
                readings.indices.contains { b in
                    a < b
                        && (readings[a].interval.upper < readings[b].interval.lower
                            || readings[b].interval.upper < readings[a].interval.lower)
                }
            }
            if disjoint { verdict = .ambiguousFormula }
        }
        return verdict
    }

    /// Up to three inputs with at least 5 % of the total swing, largest first, with their shares.
    private static func dominantInputs(
        of interval: PropagatedInterval, inputs: [AuditInput]
    ) -> [String] {
        let total = interval.swings.values.reduce(0, +)
        return interval.swings.sorted {
            $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key
        }
        .prefix(3).filter { total > 0 && $0.value / total >= 0.05 }
        .map { "\(inputs[$0.key].name) (\(Int(($0.value / total * 100).rounded())) %)" }
    }

    /// The printed value as an interval widened by its own tolerance, and how a bound relates.
    static func printedBand(
        _ record: GoldenRecord
    ) -> (lower: Double, upper: Double, nominal: ClosedRange<Double>)? {
        let u = record.tolerance
        switch record.value {
        case .number(let v): return (v - u, v + u, v...v)
        case .range(let a, let b): return (a - u, b + u, a...b)
        case .bound(let relation, let x):
            return relation.isLower
                ? (x - u, .infinity, x...Double.infinity)
                : (-.infinity, x + u, -Double.infinity...x)
        case .category, .series: return nil
        }
    }

    static func reading(
        _ name: String, _ interval: PropagatedInterval, scaled: Bool, _ record: GoldenRecord
    ) -> ReadingInterval {
        let (r, verdict) = judge(interval, record)
        return ReadingInterval(
            reading: name, interval: interval, scaled: scaled, relativeResidual: r, verdict: verdict
        )
    }

    /// The relative residual of the interval's nominal and the verdict on `record`.
    static func judge(
        _ interval: PropagatedInterval, _ record: GoldenRecord
    ) -> (Double, AuditVerdict) {
        guard let band = printedBand(record) else { return (.nan, .inconsistent) }
        let f = interval.nominal
        let nearest = min(max(f, band.nominal.lowerBound), band.nominal.upperBound)
        let residual =
            nearest == f ? 0 : (f - nearest) / max(abs(nearest), record.tolerance, 1e-300)
        let overlaps = interval.upper >= band.lower && interval.lower <= band.upper
        if overlaps { return (residual, .consistent) }
        return (residual, abs(residual) <= roundingLimit ? .rounding : .inconsistent)
    }
}

/// Where the audit and the golden files' documentation disagree.
public struct AuditMismatch: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable {
        /// An inconsistent verdict on a record with no discrepancy and no conflict group.
        case undocumentedInconsistency = "inconsistent-without-discrepancy"
        /// A documented discrepancy the audit finds consistent or merely rounding.
        case discrepancyWithinRounding = "discrepancy-within-rounding"
    }

    public let id: String
    public let kind: Kind
    public let verdict: AuditVerdict

    public var description: String { "\(id): \(kind.rawValue) (\(verdict.rawValue))" }

    /// The mismatches of `results` with the golden files' discrepancies and conflict groups.
    public static func all(_ results: [PaperAuditResult]) -> [AuditMismatch] {
        results.flatMap(\.records).compactMap { audited in
            let record = audited.record
            let documented = record.discrepancy != nil || record.conflictGroup != nil
            if audited.verdict == .inconsistent && !documented {
                return AuditMismatch(
                    id: record.id, kind: .undocumentedInconsistency, verdict: audited.verdict)
            }
            if record.discrepancy != nil
                && (audited.verdict == .consistent || audited.verdict == .rounding)
            {
                return AuditMismatch(
                    id: record.id, kind: .discrepancyWithinRounding, verdict: audited.verdict)
            }
            return nil
        }
    }
}
