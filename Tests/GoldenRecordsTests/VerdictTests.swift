import Testing
@testable import GoldenRecords

/// The statuses and the exit policy of `docs/verdicts.md`, one test per rule, on hand-made
/// records and on the shipped golden records the issue named ("Verdicts you can trust", items
/// 1, 3, 4, 8, 9, 10). Expected values are worked out by hand in the comments.
@Suite("Verdicts")
struct VerdictTests {
    static let paper = Paper(key: "test2024", citation: "Test", doi: nil, file: "t.txt", bibtex: nil)

    static func record(_ value: GoldenValue, kind: RecordKind = .computed, unit: String = "nm", tolerance: Double = 0.5,
                       discrepancy: Discrepancy? = nil, id: String = "test2024.x.y") throws -> GoldenRecord {
        GoldenRecord(id: id, paper: paper, quantity: "q", location: Location(section: "s", figure: nil, equation: nil, table: nil),
                     quote: "quote 880", printed: "880", value: value, unit: try PhysicalUnit(parsing: unit), kind: kind,
                     method: "m", uncertaintyBasis: .printedPrecision, tolerance: tolerance, notes: "", discrepancy: discrepancy)
    }

    static func score(_ record: GoldenRecord, _ value: Double, unit: String = "nm", uncertainty: Double? = nil) throws -> ScoredResult {
        try Scorer.score(ModelResult(id: record.id, value: .number(value), unit: unit, uncertainty: uncertainty), against: record)
    }

    static func output(_ results: [(String, Double, String)]) -> ModelOutput {
        ModelOutput(modelName: "t", results: results.enumerated().map { k, r in
            ModelResult(id: r.0, value: .number(r.1), unit: r.2, index: k)
        })
    }

    // MARK: Item 1: a model uncertainty cannot swamp an error

    /// 3× off (543 for 181) with u_model = 1e6 nm: inside u_val, but 1e6 is far above the
    /// informative bound max(0.5, 0.1·181) = 18.1 nm, so `uninformative`, which fails the run.
    @Test(arguments: [1e6, 1e154, 1e200, 1.7e308])
    func hugeModelUncertaintyIsUninformative(_ u: Double) throws {
        let r = try Self.record(.number(181))
        let s = try Self.score(r, 543, uncertainty: u)
        #expect(s.status == .uninformative)
        #expect(s.status.isFailure)
        #expect(s.combinedUncertainty.isFinite, "u_val must not overflow: \(s.combinedUncertainty)")
        #expect(s.combinedUncertainty.isApproximatelyEqual(to: u, absoluteTolerance: 0, relativeTolerance: 1e-12))
        guard case let .uninformativeUncertainty(modelUncertainty, bound) = s.reason else {
            Issue.record("reason \(String(describing: s.reason))"); return
        }
        #expect(modelUncertainty.isApproximatelyEqual(to: u, absoluteTolerance: 0, relativeTolerance: 1e-12))
        #expect(bound.isApproximatelyEqual(to: 18.1, absoluteTolerance: 1e-12))
    }

    /// At the bound: 18.1 nm is informative (within-uncertainty), 18.2 nm is not.
    @Test func informativeBoundIsTenPercentOfThePrintedValue() throws {
        let r = try Self.record(.number(181))
        #expect(try Self.score(r, 195, uncertainty: 18.1).status == .withinUncertainty)
        #expect(try Self.score(r, 195, uncertainty: 18.2).status == .uninformative)
        // Below the bound but the error is larger than u_val: a plain fail.
        #expect(try Self.score(r, 220, uncertainty: 18.1).status == .fail)
        // Inside u_golden the model's uncertainty does not matter.
        #expect(try Self.score(r, 181.2, uncertainty: 1e6).status == .pass)
    }

    /// The bound never falls below u_golden (a printed 0.4 ± 0.05: 10 % would be 0.04).
    @Test func informativeBoundIsAtLeastTheGoldenTolerance() throws {
        let r = try Self.record(.number(0.4), unit: "1", tolerance: 0.05)
        #expect(try Self.score(r, 0.46, unit: "1", uncertainty: 0.05).status == .withinUncertainty)
        #expect(try Self.score(r, 0.46, unit: "1", uncertainty: 0.051).status == .uninformative)
    }

    // MARK: Item 3: echoed inputs validate nothing

    @Test func echoedParametersAreNotValidation() throws {
        let catalog = try Shared.catalog.get()
        let report = try Scorer.score(Self.output([("kim2025.ncm-radius.mean", 3.75, "µm")]), against: catalog)
        #expect(report.scored.map(\.status) == [.inputEchoed])
        #expect(report.validationCount == 0)
        #expect(RunVerdict(report: report).reasons == [.onlyInputsEchoed(count: 1)])
        // A wrong input is a failure: the model ran with another input than the paper's.
        let wrong = try Scorer.score(Self.output([("kim2025.ncm-radius.mean", 4.5, "µm")]), against: catalog)
        #expect(wrong.scored.map(\.status) == [.fail])
    }

    // MARK: Item 4: a measurement is never excused by a formula

    @Test(arguments: [("kim2025.shell-thickness.fib-sem-75-25", 955.42, "nm"), ("lee2020.stack.discharge-capacity", 6343.04, "mAh")])
    func measuredRecordsIgnoreTheirDiscrepancy(_ id: String, _ reading: Double, _ unit: String) throws {
        let catalog = try Shared.catalog.get()
        let record = try catalog.record(id)
        #expect(record.kind == .measured)
        #expect(record.discrepancy?.referenceValue == reading)
        let report = try Scorer.score(Self.output([(id, reading, unit)]), against: catalog)
        #expect(report.scored.map(\.status) == [.fail])
    }

    // MARK: Item 8: every documented reading is recognised and named

    struct Reading: Sendable, CustomTestStringConvertible {
        let id: String, value: Double, name: String, isReference: Bool
        var testDescription: String { "\(id) \(name)" }
    }

    /// Kim Eq. (1) at 75:25 and 95:5: the suite's outer-shell reading and the two others, with
    /// values from SciPy (Kim2025ShellThicknessTests.pins).
    static let readings = [
        Reading(id: "kim2025.shell-thickness.eq1-75-25", value: 955.419217, name: "outer-shell", isReference: true),
        Reading(id: "kim2025.shell-thickness.eq1-75-25", value: 1209.039048, name: "as-printed", isReference: false),
        Reading(id: "kim2025.shell-thickness.eq1-75-25", value: 910.166095, name: "mass-fraction", isReference: false),
        Reading(id: "kim2025.shell-thickness.eq1-95-5", value: 183.435313, name: "outer-shell", isReference: true),
        Reading(id: "kim2025.shell-thickness.eq1-95-5", value: 192.512277, name: "as-printed", isReference: false),
        Reading(id: "kim2025.shell-thickness.eq1-95-5", value: 182.890577, name: "mass-fraction", isReference: false),
        Reading(id: "park2022.resistance-increase.cs1-5-cycles", value: 273.276, name: "percent-increase", isReference: false),
    ]

    @Test(arguments: readings)
    func documentedReadingsAreNamed(_ r: Reading) throws {
        let catalog = try Shared.catalog.get()
        let unit = try #require(try catalog.record(r.id).unit).symbol
        let report = try Scorer.score(Self.output([(r.id, r.value, unit)]), against: catalog)
        let row = try #require(report.scored.first)
        #expect(row.status == .documentedReading)
        guard case let .documentedReading(name, _, isReference) = row.reason else {
            Issue.record("reason \(String(describing: row.reason))"); return
        }
        #expect(name == r.name)
        #expect(isReference == r.isReference)
    }

    @Test func readingsCountSeven() { #expect(Self.readings.count == 7) }

    /// A documented reading is evidence (the run can pass) but never counted as a pass.
    @Test func documentedReadingIsNotAPass() throws {
        let catalog = try Shared.catalog.get()
        let report = try Scorer.score(Self.output([("kim2025.shell-thickness.eq1-75-25", 1209.04, "nm")]), against: catalog)
        #expect(report.count(.pass) == 0)
        #expect(report.count(.documentedReading) == 1)
        #expect(report.coverage.first?.reproduced == 0)
        #expect(report.coverage.first?.documentedReading == 1)
        #expect(RunVerdict(report: report).passed)
    }

    // MARK: Item 9: a paper that prints two values for one quantity

    @Test func conflictGroupMembersCoverEachOther() throws {
        let catalog = try Shared.catalog.get()
        let group = try #require(try catalog.record("park2022.regime.cs3-60c").conflictGroup)
        #expect(group.members == ["park2022.regime.cs3-60c", "park2022.regime.cs3-60c-introduction",
                                  "park2022.regime.cs3-60c-conclusions"])
        let results = [ModelResult(id: "park2022.regime.cs3-60c", value: .category("cc-side"), unit: nil, index: 0),
                       ModelResult(id: "park2022.regime.cs3-60c-introduction", value: .category("cc-side"), unit: nil, index: 1)]
        let report = try Scorer.score(ModelOutput(modelName: nil, results: results), against: catalog)
        #expect(report.scored.map(\.status) == [.pass, .otherPrinting])
        #expect(report.scored.last?.reason == .otherPrinting(memberID: "park2022.regime.cs3-60c",
                                                             printed: "the Li metal completely passed through the CS3 layer and was plated between this layer and the CC",
                                                             group: "cs3-60c-regime"))
        // The conclusions' member is covered by the reported ones: not missing under --require-all.
        #expect(!report.missingIDs.contains("park2022.regime.cs3-60c-conclusions"))
        #expect(report.coverage.first?.coveredByOtherPrinting == 1)
    }

    @Test func numbersPrintedTwice() throws {
        let catalog = try Shared.catalog.get()
        let a = "jun2024.capacity.full-cell-bare-discharge", b = "jun2024.capacity.full-cell-bare-discharge-conclusion"
        let report = try Scorer.score(Self.output([(a, 119, "mAh g^-1"), (b, 119, "mAh g^-1")]), against: catalog)
        #expect(report.scored.map(\.status) == [.pass, .otherPrinting])
        // 117 is neither printing (119 ± 0.5, 118 ± 0.5): a plain fail.
        let neither = try Scorer.score(Self.output([(a, 117, "mAh g^-1")]), against: catalog)
        #expect(neither.scored.map(\.status) == [.fail])
    }

    // MARK: Item 10: series edge cases never crash

    struct SeriesCase: Sendable, CustomTestStringConvertible {
        let name: String, x: [Double], y: [Double], status: ScoreStatus
        var testDescription: String { name }
    }

    /// Golden series x = [5, 15], y = [100, 200] MPa → mAh g⁻¹, ±1.
    static let seriesCases = [
        SeriesCase(name: "one point, not covering", x: [10], y: [150], status: .fail),
        SeriesCase(name: "one point at the first golden x", x: [5], y: [100], status: .fail),
        SeriesCase(name: "exactly the golden points", x: [5, 15], y: [100, 200], status: .pass),
        SeriesCase(name: "coinciding last x", x: [0, 15], y: [50, 200], status: .pass),
        SeriesCase(name: "coinciding last x, wrong there", x: [0, 15], y: [50, 202], status: .fail),
        SeriesCase(name: "coinciding first x", x: [5, 25], y: [100, 300], status: .pass),
        // A golden x on a vertical step takes the first point at that x (its lower end here).
        SeriesCase(name: "vertical step at a golden x", x: [0, 5, 5, 15], y: [0, 100, 900, 200], status: .pass),
        SeriesCase(name: "vertical step, other end", x: [0, 5, 5, 15], y: [0, 900, 100, 200], status: .fail),
        SeriesCase(name: "duplicate x everywhere", x: [5, 5, 15, 15], y: [100, 100, 200, 200], status: .pass),
        SeriesCase(name: "interpolated between", x: [0, 10, 20], y: [50, 150, 250], status: .pass),
        SeriesCase(name: "huge values", x: [0, 1e300], y: [1e300, -1e300], status: .fail),
    ]

    @Test(arguments: seriesCases)
    func seriesEdgeCases(_ c: SeriesCase) throws {
        let r = try Self.record(.series(x: [5, 15], y: [100, 200], xUnit: "MPa"), unit: "mAh g^-1", tolerance: 1)
        let s = try Scorer.score(ModelResult(id: r.id, value: .series(x: c.x, y: c.y), unit: "mAh g^-1", xUnit: "MPa"), against: r)
        #expect(s.status == c.status)
    }

    @Test func seriesCasesCountEleven() { #expect(Self.seriesCases.count == 11) }

    @Test func seriesShapesThatCannotBeScoredAreInputErrors() throws {
        let r = try Self.record(.series(x: [5, 15], y: [100, 200], xUnit: "MPa"), unit: "mAh g^-1", tolerance: 1)
        let bad: [ModelResult] = [
            ModelResult(id: r.id, value: .series(x: [], y: []), unit: "mAh g^-1", xUnit: "MPa"),
            ModelResult(id: r.id, value: .series(x: [1, 2], y: [1]), unit: "mAh g^-1", xUnit: "MPa"),
            ModelResult(id: r.id, value: .series(x: [2, 1], y: [1, 1]), unit: "mAh g^-1", xUnit: "MPa"),
            ModelResult(id: r.id, value: .series(x: [0, 20], y: [1, 1]), unit: "mAh g^-1", xUnit: "MPa", uncertainty: 1),
            ModelResult(id: r.id, value: .series(x: [0, 20], y: [1, 1]), unit: "mAh g^-1", xUnit: "nm"),
        ]
        for result in bad {
            #expect(throws: Scorer.ShapeError.self) { try Scorer.score(result, against: r) }
        }
    }

    // MARK: The exit policy

    @Test func withinUncertaintyAloneIsNotEvidence() throws {
        let catalog = try Shared.catalog.get()
        let given = Self.output([("kim2025.shell-thickness.eq1-95-5", 181.5, "nm")]).results
        let first = try #require(given.first)
        let results = [ModelResult(id: first.id, value: .number(181.55), unit: "nm", uncertainty: 0.3)] + given.dropFirst()
        let report = try Scorer.score(ModelOutput(modelName: nil, results: results), against: catalog)
        #expect(report.scored.map(\.status) == [.withinUncertainty])
        #expect(RunVerdict(report: report).reasons == [.noEvidence])
    }

    @Test func minPassFractionCountsStatusesThatDoNotFail() throws {
        let catalog = try Shared.catalog.get()
        // pass, documented reading, fail, fail: 2 of 4 do not fail.
        let report = try Scorer.score(Self.output([
            ("kim2025.shell-thickness.eq1-95-5", 181, "nm"), ("kim2025.shell-thickness.eq1-75-25", 1209.04, "nm"),
            ("kim2025.energy-density.model4-85wt-60c", 1, "Wh L^-1"), ("kim2025.se-small.conductivity-30c", 1, "mS cm^-1"),
        ]), against: catalog)
        #expect(report.passFraction == 0.5)
        #expect(RunVerdict(report: report, policy: .init(minPassFraction: 0.5)).passed)
        #expect(RunVerdict(report: report, policy: .init(minPassFraction: 0.51)).reasons
                == [.belowPassFraction(fraction: 0.5, minimum: 0.51)])
        #expect(RunVerdict(report: report).reasons == [.failures(count: 2)])
    }
}
