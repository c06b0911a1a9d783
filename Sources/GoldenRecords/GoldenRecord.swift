/// A paper the golden records come from (the `paper` object of a `Golden/<key>.json` file).
/// A class, shared by all of its records.
public final class Paper: Sendable, Hashable {
    public static func == (a: Paper, b: Paper) -> Bool {
        (a.key, a.citation, a.doi, a.file, a.bibtex) == (b.key, b.citation, b.doi, b.file, b.bibtex)
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(key) }

    /// Short key, e.g. `kim2025`; every record id starts with it.
    public let key: String
    public let citation: String
    /// Only where the text gives one.
    public let doi: String?
    /// File name of the paper's text under `shared/papers/`.
    public let file: String
    /// A BibTeX entry for the paper, printed by `validate-model --cite`.
    public let bibtex: String?

    public init(key: String, citation: String, doi: String?, file: String, bibtex: String?) {
        self.key = key
        self.citation = citation
        self.doi = doi
        self.file = file
        self.bibtex = bibtex
    }
}

/// Where in the paper a value is printed, as the text names it.
public struct Location: Codable, Hashable, Sendable, CustomStringConvertible {
    public let section: String
    public let figure: String?
    public let equation: String?
    public let table: String?

    public var description: String {
        if figure == nil && equation == nil && table == nil { return section }  // no copy
        return ([section] + [figure, equation, table].compactMap { $0 }).joined(separator: ", ")
    }
}

/// How the paper obtained a value.
public enum RecordKind: String, Codable, CaseIterable, Sendable {
    /// Read off an instrument.
    case measured
    /// Computed by the paper with a formula.
    case computed
    /// A stated input, condition, material constant or assumption.
    case parameter
    /// A categorical observation.
    case observation
    /// A ratio or percentage claim ("2.5 times higher", "reduced by 6%").
    case claim
}

/// The tolerance basis of a golden value (the uncertainty policy in `docs/golden-format.md`).
public enum UncertaintyBasis: String, Codable, CaseIterable, Sendable {
    /// ± half a unit in the last printed digit.
    case printedPrecision = "printed-precision"
    /// The text hedges (`~`, "about", "around"): ± one unit in the last printed digit.
    case approximate
    /// The text prints a ±.
    case stated
    /// Definitions, counts and categories.
    case exact
}

/// A golden value's parsed form.
public enum GoldenValue: Hashable, Sendable {
    case number(Double)
    case range(Double, Double)
    /// A value the paper states only as a bound: ">900 Wh l⁻¹", "less than 10 mV".
    case bound(BoundRelation, Double)
    case category(String)
    case series(x: [Double], y: [Double], xUnit: String)

    /// `number`, `range`, `bound`, `category` or `series`.
    public var shape: String {
        switch self {
        case .number: "number"
        case .range: "range"
        case .bound: "bound"
        case .category: "category"
        case .series: "series"
        }
    }

    /// Whether this is a bound (which says only on which side a value lies).
    public var isBound: Bool { if case .bound = self { true } else { false } }
}

/// How a bound relates a value to its number: `<`, `<=`, `>` or `>=`, as golden files write it.
public enum BoundRelation: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    case lessThan = "<"
    case atMost = "<="
    case greaterThan = ">"
    case atLeast = ">="

    /// True for `>` and `>=`: the value lies above the number.
    public var isLower: Bool { self == .greaterThan || self == .atLeast }

    /// As printed in reports: `<`, `≤`, `>`, `≥`.
    public var description: String {
        switch self {
        case .lessThan: "<"
        case .atMost: "≤"
        case .greaterThan: ">"
        case .atLeast: "≥"
        }
    }
}

/// A paper's own value that our reference model, read in the most defensible way, does not
/// reproduce. The test suite pins `referenceValue` so that the residual cannot drift silently.
///
/// On a `computed` or `claim` record the scorer recognises every documented reading: a model
/// value equal to one of them is reported as `documented-reading`, named, never as reproducing
/// the paper. On a `measured` or `parameter` record the entry only documents the residual
/// between our model and the paper: an instrument reading or a stated input is never excused by
/// a formula, so the scorer ignores it there (`docs/verdicts.md`).
public struct Discrepancy: Hashable, Sendable {
    /// One way of reading the paper's formula and the value it gives.
    public struct Reading: Hashable, Sendable {
        /// Kebab-case name, e.g. `as-printed`.
        public let name: String
        /// What this reading gives, in the record's unit.
        public let value: Double

        public init(name: String, value: Double) {
            self.name = name
            self.value = value
        }
    }

    /// The name of the reading the reference model uses (e.g. `outer-shell`).
    public let reading: String
    /// What the reference model gives, in the record's unit.
    public let referenceValue: Double
    public let explanation: String
    /// Other documented readings of the same formula (e.g. Kim Eq. (1) `as-printed`), each
    /// pinned by a test against the reference implementation.
    public let otherReadings: [Reading]

    public init(reading: String, referenceValue: Double, explanation: String, otherReadings: [Reading] = []) {
        self.reading = reading
        self.referenceValue = referenceValue
        self.explanation = explanation
        self.otherReadings = otherReadings
    }

    /// The reference reading first, then the others.
    public var readings: [Reading] { [Reading(name: reading, value: referenceValue)] + otherReadings }
}

/// Records of one paper that print different values for one quantity (the paper contradicts
/// itself, e.g. Park 2022 CS3 at 60 °C is "cc-side" in §3.2 and "se-side" in the Introduction).
/// A model value that matches any member is reported as `other-printing` on the others, and
/// `--require-all` is satisfied by any one member.
public final class ConflictGroup: Sendable, CustomStringConvertible {
    /// Kebab-case name, unique in its golden file.
    public let name: String
    /// The member record ids, in the order the file lists them.
    public let members: [String]
    public let explanation: String

    public init(name: String, members: [String], explanation: String) {
        self.name = name
        self.members = members
        self.explanation = explanation
    }

    public var description: String { name }
}

/// One value a paper printed, with its provenance.
///
/// A class (immutable, so `Sendable`): reports hold many references to the same record, and a
/// struct of a dozen strings would be copied into each.
public final class GoldenRecord: Sendable, CustomStringConvertible {
    /// Stable id, `<paperkey>.<topic>.<detail>`.
    public let id: String
    public let paper: Paper
    public let quantity: String
    public let location: Location
    /// The sentence the value comes from.
    public let quote: String
    /// The value exactly as printed (a substring of `quote`).
    public let printed: String
    public let value: GoldenValue
    /// The unit as written in the file; `nil` for categories (`-`).
    public let unit: PhysicalUnit?
    public let kind: RecordKind
    public let method: String
    public let uncertaintyBasis: UncertaintyBasis
    /// Absolute half-width of the tolerance band in `unit` (0 for `exact`).
    public let tolerance: Double
    public let notes: String
    public let discrepancy: Discrepancy?
    /// The conditions the value belongs to (temperature, C-rate, stack pressure…), where stated.
    public let conditions: Conditions
    /// The group of records that print another value for the same quantity, if any.
    public let conflictGroup: ConflictGroup?

    public init(id: String, paper: Paper, quantity: String, location: Location, quote: String, printed: String,
                value: GoldenValue, unit: PhysicalUnit?, kind: RecordKind, method: String,
                uncertaintyBasis: UncertaintyBasis, tolerance: Double, notes: String, discrepancy: Discrepancy?,
                conditions: Conditions = Conditions(), conflictGroup: ConflictGroup? = nil) {
        self.id = id
        self.paper = paper
        self.quantity = quantity
        self.location = location
        self.quote = quote
        self.printed = printed
        self.value = value
        self.unit = unit
        self.kind = kind
        self.method = method
        self.uncertaintyBasis = uncertaintyBasis
        self.tolerance = tolerance
        self.notes = notes
        self.discrepancy = discrepancy
        self.conditions = conditions
        self.conflictGroup = conflictGroup
    }

    /// Whether the scorer may report a documented reading for this record: only where the paper
    /// computed the value (`computed`, `claim`), never for a measurement or a stated input.
    public var acceptsDocumentedReadings: Bool { kind == .computed || kind == .claim }

    public var description: String { id }
}
