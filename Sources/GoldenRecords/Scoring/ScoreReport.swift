/// Records scored, reproduced and missing for one paper the output touches.
public struct PaperCoverage: Sendable, Equatable {
    public let paper: String
    /// Records of this paper a model can report (all kinds but `parameter`), after the selection.
    public let available: Int
    /// Of those, the ones the output reports.
    public let scored: Int
    /// Of those, the ones that pass or reproduce another printing (`ScoreStatus.pass`,
    /// `.otherPrinting`).
    public let reproduced: Int
    /// Of those, the ones that match a documented reading instead of the printed value.
    public let documentedReading: Int
    /// Of those, the ones that fail the run (`ScoreStatus.isFailure`).
    public let failed: Int
    /// Available records the output does not report and no member of their conflict group covers.
    public let missing: Int
    /// Available records the output does not report but another member of their conflict group
    /// covers (scored + missing + this = available).
    public let coveredByOtherPrinting: Int
}

/// A result id that matches no golden record, with the id it most likely meant.
public struct UnknownID: Sendable, Equatable {
    public let id: String
    /// Position in the output's `results`.
    public let index: Int
    /// The golden id it most likely meant, and why (`did you mean`), when one is close.
    public let suggestion: String?
    public let suggestionReason: String?
}

/// The outcome of scoring one model-output file: rows and counts as data.
public struct ScoreReport: Sendable {
    /// Scored rows in output order (parameters echoed back included, with their status).
    public let scored: [ScoredResult]
    /// Result ids that match no golden record, in output order.
    public let unknownIDs: [UnknownID]
    /// Golden ids of the touched papers (or of `--paper`) that the output does not report;
    /// parameters and conflict-group members covered by another member excluded.
    public let missingIDs: [String]
    /// Results left out as "not reported" (`"value": null`).
    public let notReported: Int
    /// Per touched paper.
    public let coverage: [PaperCoverage]
    /// Results with a golden id that the selection (`--paper`, `--id`) left out.
    public let deselected: Int
    /// Rows per status, indexed by `ScoreStatus.allCases` order.
    private let counts: [Int]
    /// Rows whose status is evidence on a record that is a bound (a satisfied bound).
    public let satisfiedBoundCount: Int

    public init(
        scored: [ScoredResult], unknownIDs: [UnknownID], missingIDs: [String], notReported: Int = 0,
        coverage: [PaperCoverage] = [], deselected: Int = 0
    ) {
        self.scored = scored
        self.unknownIDs = unknownIDs
        self.missingIDs = missingIDs
        self.notReported = notReported
        self.coverage = coverage
        self.deselected = deselected
        var counts = [Int](repeating: 0, count: ScoreStatus.allCases.count)
        var bounds = 0
        // By index: reading two fields of a row, without copying the row (and retaining its refs).
        for k in scored.indices {
            let status = scored[k].status
            counts[ScoreStatus.allCases.firstIndex(of: status) ?? 0] += 1
            if status.isEvidence && scored[k].record.value.isBound { bounds += 1 }
        }
        self.counts = counts
        self.satisfiedBoundCount = bounds
    }

    /// The number of rows with `status`.
    public func count(_ status: ScoreStatus) -> Int {
        counts[ScoreStatus.allCases.firstIndex(of: status) ?? 0]
    }

    /// Rows that are validation (all but echoed inputs).
    public var validationCount: Int { scored.count - count(.inputEchoed) }
    /// Rows that fail the run.
    public var failureCount: Int { count(.fail) + count(.notComparable) + count(.uninformative) }
    /// Rows that reproduce a printed value or a documented reading. A satisfied bound is not
    /// counted: it says only on which side the value lies.
    public var evidenceCount: Int {
        count(.pass) + count(.otherPrinting) + count(.documentedReading) - satisfiedBoundCount
    }
    /// (validation rows that do not fail) / validation rows; 0 when there are none.
    public var passFraction: Double {
        validationCount == 0 ? 0 : Double(validationCount - failureCount) / Double(validationCount)
    }
    /// Papers whose records were scored, sorted.
    public var papers: [String] { Array(Set(scored.map(\.record.paper.key))).sorted() }
}
