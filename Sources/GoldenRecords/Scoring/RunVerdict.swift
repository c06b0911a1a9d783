/// Pass or fail of a whole run: the exit policy of `docs/verdicts.md` as data.
///
/// A run passes when every rule holds:
/// 1. no result id is unknown (unless `allowUnknownIDs`);
/// 2. at least one non-parameter result reproduces its printed value, another printing of it,
///    or a documented reading (echoed inputs validate nothing, and a satisfied bound says only
///    on which side a value lies);
/// 3. no result fails (`fail`, `not-comparable`, `uninformative`), or, with a minimum pass
///    fraction F in (0, 1], at least F of the validation results do not fail;
/// 4. with `requireAll`, no golden id of a touched paper is missing.
public struct RunVerdict: Sendable, Equatable {
    /// Why a run fails, as data.
    public enum Reason: Sendable, Equatable {
        case noResultMatched
        case onlyInputsEchoed(count: Int)
        case noEvidence
        /// Nothing reproduces a printed value, but `count` bounds are satisfied.
        case onlyBoundsSatisfied(count: Int)
        case unknownIDs(count: Int)
        case failures(count: Int)
        case belowPassFraction(fraction: Double, minimum: Double)
        case missingUnderRequireAll(count: Int)
    }

    /// The gates a run is judged with.
    public struct Policy: Sendable, Equatable {
        public var requireAll: Bool
        /// In (0, 1]; nil: no result may fail.
        public var minPassFraction: Double?
        public var allowUnknownIDs: Bool

        public init(
            requireAll: Bool = false, minPassFraction: Double? = nil, allowUnknownIDs: Bool = false
        ) {
            self.requireAll = requireAll
            self.minPassFraction = minPassFraction
            self.allowUnknownIDs = allowUnknownIDs
        }
    }

    public let reasons: [Reason]
    public var passed: Bool { reasons.isEmpty }

    /// - Precondition: `policy.minPassFraction`, when given, is in (0, 1] (the CLI refuses others).
    public init(report: ScoreReport, policy: Policy = Policy()) {
        var reasons: [Reason] = []
        if !policy.allowUnknownIDs, !report.unknownIDs.isEmpty {
            reasons.append(.unknownIDs(count: report.unknownIDs.count))
        }
        if report.scored.isEmpty {
            reasons.append(.noResultMatched)
        } else if report.validationCount == 0 {
            reasons.append(.onlyInputsEchoed(count: report.count(.inputEchoed)))
        } else if report.evidenceCount == 0 {
            let bounds = report.satisfiedBoundCount
            reasons.append(bounds > 0 ? .onlyBoundsSatisfied(count: bounds) : .noEvidence)
        }
        if let f = policy.minPassFraction {
            precondition(f > 0 && f <= 1, "minPassFraction must be in (0, 1]")
            if report.validationCount > 0, report.passFraction < f {
                reasons.append(.belowPassFraction(fraction: report.passFraction, minimum: f))
            }
        } else if report.failureCount > 0 {
            reasons.append(.failures(count: report.failureCount))
        }
        if policy.requireAll, !report.missingIDs.isEmpty {
            reasons.append(.missingUnderRequireAll(count: report.missingIDs.count))
        }
        self.reasons = reasons
    }
}
