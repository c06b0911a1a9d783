/// The verdict on one scored result: one status per situation, each with a rule in
/// `docs/verdicts.md`.
public enum ScoreStatus: String, Sendable, Codable, CaseIterable {
    /// Reproduces the printed value: within the golden tolerance u_golden alone.
    case pass
    /// Outside u_golden, but within u_val = √(u_golden² + u_model²), the validation uncertainty
    /// of ASME V&V 20, with an informative model uncertainty. Not a failure; not a reproduction.
    case withinUncertainty = "within-uncertainty"
    /// Misses the printed value but equals a documented reading of the paper's own formula
    /// (computed and claim records only). Not a failure; never "reproduces the paper".
    case documentedReading = "documented-reading"
    /// Misses this record but reproduces another record of its conflict group: the paper prints
    /// two values for one quantity.
    case otherPrinting = "other-printing"
    /// A `parameter` record (a stated input) answered with its own value: reported, never
    /// counted as validation.
    case inputEchoed = "input-echoed"
    /// Neither the printed value nor a documented reading.
    case fail
    /// The result declares conditions that differ from the record's.
    case notComparable = "not-comparable"
    /// Within u_val only because the model's uncertainty is uninformative (above
    /// `Scorer.maxRelativeModelUncertainty` of the printed value).
    case uninformative

    /// Whether the status fails the run.
    public var isFailure: Bool { self == .fail || self == .notComparable || self == .uninformative }

    /// Whether the status is evidence that the model reproduces a number the paper printed
    /// (its value, another printing of it, or a documented reading of its formula).
    public var isEvidence: Bool {
        self == .pass || self == .otherPrinting || self == .documentedReading
    }
}

/// Why a result got its status, as data (reports turn it into words).
public enum ScoreReason: Sendable, Equatable {
    /// A category other than the printed one.
    case categoryMismatch(expected: String, got: String)
    /// A number outside a printed range widened by `tolerance`.
    case outsideRange(low: Double, high: Double, tolerance: Double)
    /// A number on the wrong side of a printed bound widened by `tolerance`.
    case wrongSideOfBound(relation: BoundRelation, limit: Double, tolerance: Double)
    /// Equals the documented reading `name` (value `value`, in the record's unit);
    /// `isReference` when it is the reading the suite's reference model uses.
    case documentedReading(name: String, value: Double, isReference: Bool)
    /// Reproduces `memberID` (printed `printed`) of the conflict group `group`.
    case otherPrinting(memberID: String, printed: String, group: String)
    /// The condition `name` is `model` in the output and `paper` in the record.
    case conditionsDiffer(name: String, model: String, paper: String)
    /// Inside u_val only: `validationLevel` is u_val, in the record's unit.
    case withinModelUncertainty(validationLevel: Double)
    /// The model uncertainty (record's unit) is above `bound`, so it cannot excuse the error.
    case uninformativeUncertainty(modelUncertainty: Double, bound: Double)
    /// A golden x the model series does not cover (never extrapolated).
    case seriesOutsideModelRange(x: Double, modelFirst: Double, modelLast: Double)
    /// Some points of a series are outside the tolerance (see `ScoredResult.series`).
    case seriesMismatch
}

/// A likely cause of a failure that the numbers suggest, as data.
public enum Diagnosis: Sendable, Equatable {
    /// got / expected ≈ `factor` (or 1 / `factor` when `inverse`): a typical unit slip.
    case unitFactor(factor: Double, inverse: Bool, hint: String)
    /// got − expected ≈ ±273.15: kelvin against degrees Celsius.
    case temperatureOffset(positive: Bool)
    /// `category` is not one any record of `topic` uses; `known` lists those that are.
    case unknownCategory(category: String, topic: String, known: [String])
}
