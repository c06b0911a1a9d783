import Foundation
import Testing
@testable import GoldenRecords

/// The rules of `docs/verdicts.md` at their edges, on hand-made records. Each test names the
/// mutants of `scripts/mutants.txt` it kills (`scripts/mutate.sh`, `docs/mutation-testing.md`).
/// Expected values are worked out by hand (or in Python where noted), never by the scorer.
@Suite("Scoring edge cases")
struct ScoringEdgeTests {
    static let paper = Paper(key: "edge2024", citation: "Edge", doi: nil, file: "e.txt", bibtex: nil)
    static let location = Location(section: "s", figure: nil, equation: nil, table: nil)

    /// A record of `edge2024`; `reading` adds a documented reading (the reference one).
    static func record(_ value: GoldenValue, id: String = "edge2024.size.a", printed: String = "880",
                       unit: String? = "nm", tolerance: Double = 0.5, kind: RecordKind = .computed,
                       reading: Double? = nil, conditions: Conditions = Conditions(),
                       group: ConflictGroup? = nil) throws -> GoldenRecord {
        GoldenRecord(id: id, paper: paper, quantity: "q", location: location, quote: "it is \(printed)",
                     printed: printed, value: value, unit: try unit.map { try PhysicalUnit(parsing: $0) },
                     kind: kind, method: "m", uncertaintyBasis: tolerance == 0 ? .exact : .printedPrecision,
                     tolerance: tolerance, notes: "",
                     discrepancy: reading.map { .init(reading: "r", referenceValue: $0, explanation: "e") },
                     conditions: conditions, conflictGroup: group)
    }

    static func score(_ record: GoldenRecord, _ got: Double, unit: String = "nm",
                      uncertainty: Double? = nil) throws -> ScoredResult {
        let result = ModelResult(id: record.id, value: .number(got), unit: unit, uncertainty: uncertainty)
        return try Scorer.score(result, against: record)
    }

    /// The conditions of one result of a model-output file that declares `json` for it.
    static func conditions(_ json: String) throws -> Conditions {
        let doc = #"{"formatVersion": 1, "results": [{"id": "x", "value": 1, "unit": "1", "conditions": "#
            + json + "}]}"
        let output = try ModelOutput.parse(data: Data(doc.utf8), fileName: "c.json")
        return try #require(output.results.first).conditions
    }

    // MARK: The status ladder

    /// One number or range scored alone (no catalog, so no conflict groups).
    struct Rung: Sendable, CustomTestStringConvertible {
        let name: String
        var value: GoldenValue = .number(880)
        var unit = "nm"
        var tolerance = 0.5
        var kind = RecordKind.computed
        var reading: Double? = nil
        let got: Double
        var uncertainty: Double? = nil
        /// The record's and the result's temperature condition.
        var temperatures: (record: String, result: String)? = nil
        let expected: ScoreStatus
        var testDescription: String { name }
    }

    static let rungs: [Rung] = [
        .init(name: "880 ± 0.5 nm, 880.4: pass", got: 880.4, expected: .pass),
        // Mutant pass-before-documented-reading: pass is the first rung, readings come after.
        .init(name: "range 8–16, 12 also equals the reading 12: pass", value: .range(8, 16),
              unit: "mg Ah^-1", reading: 12, got: 12, expected: .pass),
        .init(name: "880 ± 0.5, reading 880.3, 880.2 within both: pass", reading: 880.3, got: 880.2,
              expected: .pass),
        // Mutant documented-reading-before-within-uncertainty: |E| = 75.4 ≤ u_val = √(0.5² + 80²)
        // ≈ 80.0016 with 80 ≤ 0.1·880 = 88, but the reading rung comes first.
        .init(name: "880, reading 955.42, 955.4 ± 80: documented reading", reading: 955.42, got: 955.4,
              uncertainty: 80, expected: .documentedReading),
        // Mutants informative-bound-*: bound = max(0.5, 0.1·880) = 88; u_val = √(0.5² + 85²) ≈ 85.0015
        // and √(0.5² + 90²) ≈ 90.0014, both ≥ |E| = 80.
        .init(name: "880, 960 ± 85 (≤ 88): within-uncertainty", got: 960, uncertainty: 85,
              expected: .withinUncertainty),
        .init(name: "880, 960 ± 90 (> 88): uninformative", got: 960, uncertainty: 90,
              expected: .uninformative),
        // Printed "~2": u_golden 0.5 > 0.1·2 = 0.2, so the bound is 0.5;
        // |E| = 0.6 ≤ √(0.5² + 0.4²) ≈ 0.6403.
        .init(name: "~2 ± 0.5, 2.6 ± 0.4 (bound u_golden): within-uncertainty", value: .number(2),
              unit: "V", got: 2.6, uncertainty: 0.4, expected: .withinUncertainty),
        // A range scales with its larger end: bound = max(0.5, 0.1·16) = 1.6; 17 ≤ 16 + √(0.5² + u²).
        .init(name: "range 8–16, 17 ± 1.5 (≤ 1.6): within-uncertainty", value: .range(8, 16),
              unit: "mg Ah^-1", got: 17, uncertainty: 1.5, expected: .withinUncertainty),
        .init(name: "range 8–16, 17 ± 1.7 (> 1.6): uninformative", value: .range(8, 16), unit: "mg Ah^-1",
              got: 17, uncertainty: 1.7, expected: .uninformative),
        // Mutant measured-is-never-excused: readings are for computed and claim records only.
        .init(name: "measured 880, 955.42 equals the reading: fail", kind: .measured, reading: 955.42,
              got: 955.42, expected: .fail),
        .init(name: "claim 880, 955.42 equals the reading: documented reading", kind: .claim,
              reading: 955.42, got: 955.42, expected: .documentedReading),
        // Mutants wrong-parameter-fails and uninformative-is-failure: only a parameter answered with
        // a value that does not fail is an echoed input.
        .init(name: "parameter 880, 955.42 equals the reading: fail", kind: .parameter, reading: 955.42,
              got: 955.42, expected: .fail),
        .init(name: "parameter 50, 50: input-echoed", value: .number(50), kind: .parameter, got: 50,
              expected: .inputEchoed),
        .init(name: "parameter 50, 55: fail", value: .number(50), kind: .parameter, got: 55,
              expected: .fail),
        // |E| = 0.8 ≤ √(0.5² + 1²) ≈ 1.118 with 1 ≤ max(0.5, 0.1·50) = 5: within, so echoed.
        .init(name: "parameter 50, 50.8 ± 1: input-echoed", value: .number(50), kind: .parameter, got: 50.8,
              uncertainty: 1, expected: .inputEchoed),
        // |E| = 4 ≤ √(0.5² + 6²) ≈ 6.02 but 6 > 5: uninformative, which fails, so not echoed.
        .init(name: "parameter 50, 54 ± 6: uninformative", value: .number(50), kind: .parameter, got: 54,
              uncertainty: 6, expected: .uninformative),
        // Mutant conditions-before-pass: not-comparable is checked before the value.
        .init(name: "60 °C record, 30 °C result, 880: not-comparable", got: 880,
              temperatures: ("60 °C", "30 °C"), expected: .notComparable),
        .init(name: "60 °C record, 333.15 K result, 880: pass", got: 880,
              temperatures: ("60 °C", "333.15 K"), expected: .pass),
    ]

    @Test func ladderTableIsComplete() {
        #expect(Self.rungs.count == 18)
    }

    @Test(arguments: rungs)
    func ladder(_ c: Rung) throws {
        var recordConditions = Conditions(), resultConditions = Conditions()
        if let t = c.temperatures {
            recordConditions = try Self.conditions(#"{"temperature": "\#(t.record)"}"#)
            resultConditions = try Self.conditions(#"{"temperature": "\#(t.result)"}"#)
        }
        let record = try Self.record(c.value, unit: c.unit, tolerance: c.tolerance, kind: c.kind,
                                     reading: c.reading, conditions: recordConditions)
        var result = ModelResult(id: record.id, value: .number(c.got), unit: c.unit,
                                 uncertainty: c.uncertainty)
        result.conditions = resultConditions
        let scored = try Scorer.score(result, against: record)
        #expect(scored.status == c.expected)
    }

    @Test func informativeBoundIsTenPercent() {
        #expect(Scorer.maxRelativeModelUncertainty == 0.1)
    }

    // MARK: Metrics

    struct Relative: Sendable, CustomTestStringConvertible {
        let expected: Double, got: Double, relativeError: Double
        var testDescription: String { "\(got) against \(expected)" }
    }

    /// (got − expected) / |expected|, by hand: ∓0.25 / 2.5.
    static let relatives: [Relative] = [
        .init(expected: -2.5, got: -2.75, relativeError: -0.1),
        .init(expected: -2.5, got: -2.25, relativeError: 0.1),
        .init(expected: 2.5, got: 2.75, relativeError: 0.1),
    ]

    @Test func relativeTableIsComplete() {
        #expect(Self.relatives.count == 3)
    }

    /// Mutant relative-error-sign.
    @Test(arguments: relatives)
    func relativeErrorKeepsTheSignOfTheError(_ c: Relative) throws {
        let record = try Self.record(.number(c.expected), unit: "V", tolerance: 0.005)
        let s = try Self.score(record, c.got, unit: "V")
        let relative = try #require(s.relativeError)
        #expect(relative.isApproximatelyEqual(to: c.relativeError, absoluteTolerance: 1e-12))
    }

    /// Mutant error-in-uncertainties-exact-record: u_val = 0 leaves E / u_val undefined.
    @Test func exactRecordsHaveNoErrorInUncertainties() throws {
        let r = try Self.record(.number(200), unit: "mA g^-1", tolerance: 0)
        let off = try Self.score(r, 200.5, unit: "mA g^-1")
        #expect(off.status == .fail)
        #expect(off.combinedUncertainty == 0)
        #expect(off.errorInUncertainties == nil)
        let relative = try #require(off.relativeError)
        #expect(relative.isApproximatelyEqual(to: 0.0025, absoluteTolerance: 1e-15))  // 0.5 / 200
        #expect(try Self.score(r, 200, unit: "mA g^-1").errorInUncertainties == nil)
        // With a model uncertainty u_val = 0.25: E / u_val = 0.5 / 0.25 = 2.
        let withU = try Self.score(r, 200.5, unit: "mA g^-1", uncertainty: 0.25)
        let e = try #require(withU.errorInUncertainties)
        #expect(e.isApproximatelyEqual(to: 2, absoluteTolerance: 1e-12))
    }

    /// Mutant quadrature-sum: u_val = √(3² + 4²) = 5, and √2·10²⁰⁰ without overflow.
    @Test func validationUncertaintyIsTheQuadratureSum() throws {
        let s = try Self.score(try Self.record(.number(100), tolerance: 3), 104, uncertainty: 4)
        #expect(s.combinedUncertainty.isApproximatelyEqual(to: 5, absoluteTolerance: 1e-12))
        #expect(s.status == .withinUncertainty)
        let e = try #require(s.errorInUncertainties)
        #expect(e.isApproximatelyEqual(to: 0.8, absoluteTolerance: 1e-12))
        let big = try Self.record(.number(1e202), tolerance: 1e200)
        let huge = try Self.score(big, 1e202, uncertainty: 1e200)
        // math.hypot(1e200, 1e200) in Python.
        #expect(huge.combinedUncertainty.isApproximatelyEqual(to: 1.414213562373095e200,
                                                               absoluteTolerance: 0, relativeTolerance: 1e-15))
    }

    // MARK: Series

    struct Interpolation: Sendable, CustomTestStringConvertible {
        let name: String
        let xs: [Double], ys: [Double], x: Double, expected: Double
        var testDescription: String { name }
    }

    static let interpolations: [Interpolation] = [
        // y0 + (x − x0)/(x1 − x0)·(y1 − y0) gives 1.00000761449337e-07 here (Python): the point's
        // own y must be returned, not recomputed.
        .init(name: "x at the last point, after a large y", xs: [0, 1], ys: [1e6, 1e-7], x: 1,
              expected: 1e-7),
        .init(name: "x at the last of three points", xs: [0, 10, 20], ys: [0, 100, 150], x: 20,
              expected: 150),
        .init(name: "x between points", xs: [0, 10, 20], ys: [0, 100, 150], x: 15, expected: 125),
        .init(name: "x at the first point", xs: [0, 10, 20], ys: [3, 100, 150], x: 0, expected: 3),
        .init(name: "a vertical step takes its lower end", xs: [0, 10, 10, 20], ys: [0, 100, 200, 300],
              x: 10, expected: 100),
        .init(name: "a single point", xs: [5], ys: [7], x: 5, expected: 7),
    ]

    @Test func interpolationTableIsComplete() {
        #expect(Self.interpolations.count == 6)
    }

    /// Mutants interpolate-coinciding-x and interpolate-bisection-bound.
    @Test(arguments: interpolations)
    func interpolates(_ c: Interpolation) {
        let y = Scorer.interpolate(c.xs, c.ys, at: c.x)
        #expect(y.isApproximatelyEqual(to: c.expected, absoluteTolerance: 0))
    }

    /// An exact golden point at the model's last x passes only with that point's y.
    @Test func exactSeriesAtTheLastModelX() throws {
        let r = try Self.record(.series(x: [0, 1], y: [1e6, 1e-7], xUnit: "s"), unit: "1", tolerance: 0)
        let result = ModelResult(id: r.id, value: .series(x: [0, 1], y: [1e6, 1e-7]), unit: "1", xUnit: "s")
        let s = try Scorer.score(result, against: r)
        #expect(s.status == .pass)
        #expect(s.series?.mismatched == 0)
    }

    // MARK: Status flags

    struct Flags: Sendable, CustomTestStringConvertible {
        let status: ScoreStatus, fails: Bool, evidence: Bool
        var testDescription: String { status.rawValue }
    }

    /// The "fails the run?" and "counts as evidence?" columns of the table in docs/verdicts.md.
    static let flags: [Flags] = [
        .init(status: .pass, fails: false, evidence: true),
        .init(status: .withinUncertainty, fails: false, evidence: false),
        .init(status: .documentedReading, fails: false, evidence: true),
        .init(status: .otherPrinting, fails: false, evidence: true),
        .init(status: .inputEchoed, fails: false, evidence: false),
        .init(status: .fail, fails: true, evidence: false),
        .init(status: .notComparable, fails: true, evidence: false),
        .init(status: .uninformative, fails: true, evidence: false),
    ]

    @Test func flagTableIsComplete() {
        #expect(Self.flags.count == 8)
        #expect(Self.flags.map(\.status) == ScoreStatus.allCases)
    }

    /// Mutants uninformative-is-failure and documented-reading-is-evidence.
    @Test(arguments: flags)
    func statusFlags(_ c: Flags) {
        #expect(c.status.isFailure == c.fails)
        #expect(c.status.isEvidence == c.evidence)
    }

    /// One row of each status: 7 validation rows (all but input-echoed), 3 failing, 3 evidence,
    /// pass fraction (7 − 3) / 7. Mutants evidence-count-documented, pass-fraction-counts-non-failing.
    @Test func reportCountsFollowTheFlags() throws {
        let row = try Self.score(try Self.record(.number(880)), 880)
        let rows = ScoreStatus.allCases.map { status in
            var r = row
            r.status = status
            return r
        }
        let report = ScoreReport(scored: rows, unknownIDs: [], missingIDs: [])
        #expect(report.validationCount == 7)
        #expect(report.failureCount == 3)
        #expect(report.evidenceCount == 3)
        #expect(report.passFraction.isApproximatelyEqual(to: 0.5714285714285714, absoluteTolerance: 1e-15))
        #expect(ScoreReport(scored: [], unknownIDs: [], missingIDs: []).passFraction == 0)
    }

    struct Acceptance: Sendable, CustomTestStringConvertible {
        let kind: RecordKind, accepts: Bool
        var testDescription: String { kind.rawValue }
    }

    static let acceptances: [Acceptance] = [
        .init(kind: .measured, accepts: false),
        .init(kind: .computed, accepts: true),
        .init(kind: .parameter, accepts: false),
        .init(kind: .observation, accepts: false),
        .init(kind: .claim, accepts: true),
    ]

    @Test func acceptanceTableIsComplete() {
        #expect(Self.acceptances.count == 5)
        #expect(Self.acceptances.map(\.kind) == RecordKind.allCases)
    }

    /// Mutant measured-is-never-excused: computed and claim records only.
    @Test(arguments: acceptances)
    func documentedReadingsAreForComputedAndClaimRecords(_ c: Acceptance) throws {
        #expect(try Self.record(.number(880), kind: c.kind).acceptsDocumentedReadings == c.accepts)
    }

    // MARK: A small catalog: coverage, conflict groups, the exit policy

    static let capacity = ConflictGroup(name: "capacity", members: ["edge2024.cap.a", "edge2024.cap.b"],
                                        explanation: "printed twice")

    /// Nine records of one paper: five to answer, one never answered, one parameter and two
    /// members of a conflict group.
    static func catalog() throws -> GoldenCatalog {
        GoldenCatalog(records: [
            try record(.number(880), id: "edge2024.size.pass"),
            try record(.number(880), id: "edge2024.size.reading", reading: 955.42),
            try record(.number(880), id: "edge2024.size.within"),
            try record(.number(100), id: "edge2024.size.fail", printed: "100"),
            try record(.number(10), id: "edge2024.size.missing", printed: "10"),
            try record(.number(50), id: "edge2024.input.thickness", printed: "50", kind: .parameter),
            try record(.number(119), id: "edge2024.cap.a", printed: "119", unit: "mAh g^-1",
                       group: capacity),
            try record(.number(118), id: "edge2024.cap.b", printed: "118", unit: "mAh g^-1",
                       group: capacity),
        ])
    }

    /// The answers, by the last part of the id: pass, documented reading, within-uncertainty,
    /// fail, input-echoed, other-printing (118 reproduces cap.b, not cap.a).
    static let answers: [String: ModelResult] = [
        "pass": ModelResult(id: "edge2024.size.pass", value: .number(880), unit: "nm"),
        "reading": ModelResult(id: "edge2024.size.reading", value: .number(955.42), unit: "nm"),
        "within": ModelResult(id: "edge2024.size.within", value: .number(960), unit: "nm", uncertainty: 85),
        "fail": ModelResult(id: "edge2024.size.fail", value: .number(150), unit: "nm"),
        "thickness": ModelResult(id: "edge2024.input.thickness", value: .number(50), unit: "nm"),
        "a": ModelResult(id: "edge2024.cap.a", value: .number(118), unit: "mAh g^-1"),
        "unknown": ModelResult(id: "edge2024.size.pas", value: .number(880), unit: "nm"),
    ]

    static func report(_ names: [String]) throws -> ScoreReport {
        let results = try names.map { name in try #require(answers[name], "no answer '\(name)'") }
        return try Scorer.score(ModelOutput(modelName: "m", results: results), against: try catalog())
    }

    /// Mutants coverage-documented-is-not-reproduced, pass-fraction-counts-non-failing and
    /// conflict-group-lookup. By hand: 7 available (all but the parameter); 5 scored; reproduced:
    /// pass and other-printing; 1 documented reading; 1 failed; size.missing missing; cap.b covered
    /// by cap.a (5 + 1 + 1 = 7). Pass fraction (5 − 1) / 5.
    @Test func coverageCountsDocumentedReadingsApart() throws {
        let report = try Self.report(["pass", "reading", "within", "fail", "thickness", "a"])
        #expect(report.scored.map(\.status)
            == [.pass, .documentedReading, .withinUncertainty, .fail, .inputEchoed, .otherPrinting])
        #expect(report.coverage == [PaperCoverage(paper: "edge2024", available: 7, scored: 5, reproduced: 2,
                                                  documentedReading: 1, failed: 1, missing: 1,
                                                  coveredByOtherPrinting: 1)])
        #expect(report.missingIDs == ["edge2024.size.missing"])
        #expect(report.passFraction.isApproximatelyEqual(to: 0.8, absoluteTolerance: 1e-15))
        #expect(report.evidenceCount == 3)
    }

    /// Mutant conflict-group-lookup: the result is compared with the group's other member.
    @Test func otherPrintingNamesTheMemberItReproduces() throws {
        let report = try Self.report(["a"])
        let row = try #require(report.scored.first)
        #expect(row.status == .otherPrinting)
        #expect(row.reason == .otherPrinting(memberID: "edge2024.cap.b", printed: "118", group: "capacity"))
        #expect(RunVerdict(report: report).passed)
    }

    struct Verdict: Sendable, CustomTestStringConvertible {
        let name: String
        let answers: [String]
        var policy = RunVerdict.Policy()
        let reasons: [RunVerdict.Reason]
        var testDescription: String { name }
    }

    static let all4 = ["pass", "reading", "within", "fail", "thickness"]

    /// The exit policy of docs/verdicts.md; fractions by hand (3 of 4 validation rows do not fail).
    static let verdicts: [Verdict] = [
        .init(name: "one failure", answers: all4, reasons: [.failures(count: 1)]),
        // Mutants min-pass-fraction-inclusive and pass-fraction-counts-non-failing.
        .init(name: "3 of 4 meet a minimum of 0.75", answers: all4, policy: .init(minPassFraction: 0.75),
              reasons: []),
        .init(name: "3 of 4 miss a minimum of 0.8", answers: all4, policy: .init(minPassFraction: 0.8),
              reasons: [.belowPassFraction(fraction: 0.75, minimum: 0.8)]),
        // Mutant unknown-ids-fail-the-run.
        .init(name: "a pass and an unknown id", answers: ["pass", "unknown"],
              reasons: [.unknownIDs(count: 1)]),
        .init(name: "a pass and an allowed unknown id", answers: ["pass", "unknown"],
              policy: .init(allowUnknownIDs: true), reasons: []),
        // Mutant evidence-count-documented.
        .init(name: "a documented reading alone is evidence", answers: ["reading"], reasons: []),
        .init(name: "within-uncertainty alone is no evidence", answers: ["within"], reasons: [.noEvidence]),
        // Mutant only-inputs-echoed.
        .init(name: "an echoed input alone", answers: ["thickness"],
              reasons: [.onlyInputsEchoed(count: 1)]),
        .init(name: "a failure alone", answers: ["fail"], reasons: [.noEvidence, .failures(count: 1)]),
        // Missing: reading, within, fail, missing, cap.a, cap.b (the parameter is never required).
        .init(name: "require-all with one answer", answers: ["pass"], policy: .init(requireAll: true),
              reasons: [.missingUnderRequireAll(count: 6)]),
        // cap.a answered covers cap.b; size.missing is left.
        .init(name: "require-all with a conflict member answered",
              answers: ["pass", "reading", "within", "fail", "a"], policy: .init(requireAll: true),
              reasons: [.failures(count: 1), .missingUnderRequireAll(count: 1)]),
    ]

    @Test func verdictTableIsComplete() {
        #expect(Self.verdicts.count == 11)
    }

    @Test(arguments: verdicts)
    func exitPolicy(_ c: Verdict) throws {
        let verdict = RunVerdict(report: try Self.report(c.answers), policy: c.policy)
        #expect(verdict.reasons == c.reasons)
        #expect(verdict.passed == c.reasons.isEmpty)
    }

    // MARK: Selection

    struct Glob: Sendable, CustomTestStringConvertible {
        let id: String, pattern: String, matches: Bool
        var testDescription: String { "'\(id)' ~ '\(pattern)'" }
    }

    static let globs: [Glob] = [
        .init(id: "kim2025.shell-thickness.eq1-95-5", pattern: "kim2025.*", matches: true),
        .init(id: "kim2025.a", pattern: "kim2025.?", matches: true),
        .init(id: "kim2025.ab", pattern: "kim2025.?", matches: false),
        .init(id: "abc", pattern: "a?c", matches: true),
        .init(id: "abc", pattern: "a?d", matches: false),
        .init(id: "", pattern: "?", matches: false),
        .init(id: "lee2020.capacity.c-20", pattern: "*.capacity.*", matches: true),
        .init(id: "lee2020.capacity", pattern: "*.capacity.*", matches: false),
    ]

    @Test func globTableIsComplete() {
        #expect(Self.globs.count == 8)
    }

    /// Mutant selection-glob-question-mark.
    @Test(arguments: globs)
    func idGlobs(_ c: Glob) {
        #expect(Selection.matches(c.id, pattern: c.pattern) == c.matches)
    }
}
