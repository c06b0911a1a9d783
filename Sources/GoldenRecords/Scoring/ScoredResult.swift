/// One model result scored against its golden record.
public struct ScoredResult: Sendable {
    public let record: GoldenRecord
    public let result: ModelResult
    public internal(set) var status: ScoreStatus
    /// Why, as data; nil for a plain pass.
    public internal(set) var reason: ScoreReason?
    /// The model's value converted into the record's unit (numbers only).
    public let got: Double?
    /// The model's uncertainty converted into the record's unit (0 when it gave none).
    public let modelUncertainty: Double
    /// u_val = √(u_golden² + u_model²), in the record's unit (computed without overflow).
    public let combinedUncertainty: Double
    /// (got − expected) / |expected|, for numbers with a non-zero expectation.
    public let relativeError: Double?
    /// (got − expected) / u_val, when u_val is non-zero.
    public let errorInUncertainties: Double?
    /// −log10(|got − expected| / |expected|), capped at 16 (absolute error when expected is 0).
    public let digitsOfAgreement: Double?
    /// Likely causes of a failure the numbers suggest.
    public internal(set) var diagnoses: [Diagnosis] = []
    /// Point-by-point comparison, for series.
    public internal(set) var series: SeriesComparison? = nil
}

/// How a model series compares with a golden series (in the manner of numpy's `assert_allclose`).
public struct SeriesComparison: Sendable, Equatable {
    /// One golden point the model misses.
    public struct Mismatch: Sendable, Equatable {
        public let x: Double
        public let expected: Double
        public let got: Double
    }

    /// Number of golden points.
    public let points: Int
    /// Points outside the tolerance.
    public let mismatched: Int
    /// The first few mismatches.
    public let firstMismatches: [Mismatch]
    /// Largest |model − golden| over the points, in the record's unit.
    public let maxAbsoluteDifference: Double
    /// Largest |model − golden| / |golden| over points with non-zero golden y.
    public let maxRelativeDifference: Double?
    /// Always true: the model is linearly interpolated at the golden x values, never extrapolated.
    public let interpolated: Bool
}
