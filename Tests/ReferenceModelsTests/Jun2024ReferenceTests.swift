import Testing
import GoldenRecords
@testable import ReferenceModels

/// Every Jun 2024 record the reference models compute, checked against the printed value (or
/// against its pinned discrepancy), and the output scored as `validate-model` would.
@Suite("Jun 2024 reference results")
struct Jun2024ReferenceTests {

    static func results() throws -> [ModelResult] { try Jun2024.referenceResults(catalog: Shared.catalog.get()) }

    /// The ids the reference models compute (15): 4 numbers and 11 categories.
    static let computedIDs: Set<String> = [
        "jun2024.prelithiation.li-thickness", "jun2024.prelithiation.li-thickness-text",
        "jun2024.prelithiation.x-in-lixsi", "jun2024.half-cell.limiting-current-caption",
        "jun2024.ag-effect.half-cell-70mpa", "jun2024.ag-effect.half-cell-15mpa",
        "jun2024.pressimetry.bare-normalized-trend", "jun2024.pressimetry.ag-normalized-trend",
        "jun2024.pressimetry.bare-interface", "jun2024.pressimetry.ag-interface",
        "jun2024.xps.ag3d-shift-on-charge", "jun2024.xps.ag3d-shift-on-discharge", "jun2024.xps.ag-state-after-discharge",
        "jun2024.nanoindentation.li9ag4-vs-ag-deformability", "jun2024.nanoindentation.li9ag4-vs-lithiated-si",
    ]

    static func computedRecords() throws -> [GoldenRecord] {
        try computedIDs.sorted().map { try Shared.catalog.get().record($0) }
    }

    @Test func everyComputedIDIsProducedOnce() throws {
        let ids = try Self.results().map(\.id)
        #expect(ids.count == 15)
        #expect(Set(ids) == Self.computedIDs)
        #expect(Set(ids).count == ids.count)
        #expect(try Self.computedRecords().count == 15)
    }

    /// A computed record matches its printed value within the printed tolerance, unless it carries a
    /// discrepancy: then the model equals the pinned referenceValue and misses the printed band.
    @Test(arguments: try computedRecords())
    func computedRecordMatchesPrintedOrPinnedDiscrepancy(_ record: GoldenRecord) throws {
        let result = try #require(try Self.results().first { $0.id == record.id })
        switch (record.value, result.value) {
        case let (.category(expected), .category(got)):
            #expect(got == expected)
        case let (.number(printed), .number(raw)):
            let unit = try #require(record.unit)
            let model = try PhysicalUnit(parsing: try #require(result.unit)).convert(raw, to: unit)
            if let discrepancy = record.discrepancy {
                #expect(model.isApproximatelyEqual(to: discrepancy.referenceValue, absoluteTolerance: 5e-6))
                #expect(!model.isApproximatelyEqual(to: printed, absoluteTolerance: record.tolerance),
                        "the model now reproduces \(record.id); remove its discrepancy")
            } else {
                #expect(model.isApproximatelyEqual(to: printed, absoluteTolerance: record.tolerance, relativeTolerance: 1e-12))
            }
        default:
            Issue.record("\(record.id): shape mismatch \(record.value.shape) vs \(result.value.shape)")
        }
    }

    /// x in LixSi: the discrepancy is pinned under its reading, and no reading of the stated
    /// loading (Si or composite mass, either end of the range) reaches the printed 1.1 ± 0.05.
    @Test func xInLixSiDiscrepancyIsPinnedAndNoReadingReproducesIt() throws {
        let c = try Shared.catalog.get()
        let record = try c.record("jun2024.prelithiation.x-in-lixsi")
        let discrepancy = try #require(record.discrepancy)
        #expect(discrepancy.reading == Jun2024.SiLoadingReading.siMassLoadingMidpoint.rawValue)
        // 0.534·2500e-7/6.94 / (0.995e-3/28.085) = 0.5429666 (independent Python evaluation).
        #expect(try Jun2024.prelithiationRatio(catalog: c).isApproximatelyEqual(to: 0.5429666343, absoluteTolerance: 1e-9))
        #expect(try Jun2024.prelithiationRatio(catalog: c, reading: .compositeLoadingMidpoint).isApproximatelyEqual(to: 0.7756666205, absoluteTolerance: 1e-9))
        let n = Jun2024.lithiumPerArea(thickness: try Jun2024.prelithiationThickness(catalog: c))
        for loading in [0.94, 1.05, 0.94 * 0.7, 1.05 * 0.7] {
            let x = Jun2024.lithiumToSiliconRatio(lithiumPerArea: n, siliconLoading: loading)
            #expect(!x.isApproximatelyEqual(to: 1.1, absoluteTolerance: record.tolerance))
        }
    }

    /// Scored as validate-model scores it: every row as its record says (`ReferenceScoring`).
    @Test func referenceOutputScoresClean() throws {
        let c = try Shared.catalog.get()
        let report = try Scorer.score(ModelOutput(modelName: "jun2024", results: try Self.results()), against: c)
        let counts = ReferenceScoring.check(report)
        #expect(counts[.documentedReading] == 1)
        #expect(counts[.fail] == nil)
        #expect(report.scored.count == 15)
    }

    /// A wrong category is caught (the categorical ids are not vacuous).
    @Test func wrongCategoriesFail() throws {
        let c = try Shared.catalog.get()
        let wrong = [ModelResult(id: "jun2024.ag-effect.half-cell-70mpa", value: .category("substantial"), unit: nil),
                     ModelResult(id: "jun2024.pressimetry.bare-normalized-trend", value: .category("decreasing"), unit: nil)]
        let report = try Scorer.score(ModelOutput(modelName: "wrong", results: wrong), against: c)
        #expect(report.count(.fail) == 2)
    }

    /// Numbers printed twice with two values are kept as two records, each outside the other's
    /// printed-precision band (118 vs 119 mAh g⁻¹; 0.73 vs 0.74 mA cm⁻²).
    @Test func doublePrintedNumbersStayApart() throws {
        let c = try Shared.catalog.get()
        for (a, b) in [("jun2024.capacity.full-cell-bare-discharge", "jun2024.capacity.full-cell-bare-discharge-conclusion"),
                       ("jun2024.half-cell.current-density-text", "jun2024.half-cell.current-density-caption")] {
            let ra = try c.record(a), rb = try c.record(b)
            guard case let .number(x) = ra.value, case let .number(y) = rb.value else { Issue.record("numbers expected"); continue }
            #expect(ra.unit == rb.unit)
            #expect((x - y).magnitude > max(ra.tolerance, rb.tolerance))
            #expect(ra.notes.contains(b) || rb.notes.contains(a))
        }
    }

    @Test func measuredAndComputedStayApart() throws {
        let c = try Shared.catalog.get()
        #expect(try c.record("jun2024.capacity.bare-15mpa-discharge").kind == .measured)
        #expect(try c.record("jun2024.prelithiation.x-in-lixsi").kind == .computed)
        #expect(try c.record("jun2024.prelithiation.li-thickness").kind == .computed)
        #expect(try c.record("jun2024.nanoindentation.li9ag4-hardness").kind == .measured)
        #expect(try c.record("jun2024.pressimetry.bare-normalized-trend").kind == .observation)
    }
}
