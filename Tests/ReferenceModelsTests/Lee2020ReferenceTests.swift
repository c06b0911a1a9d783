import Foundation
import Testing
import GoldenRecords
@testable import ReferenceModels

/// Every Lee 2020 record the models compute, scored against the paper; discrepancies pinned.
@Suite("Lee 2020 reference results")
struct Lee2020ReferenceTests {

    static func computed() throws -> [ModelResult] { try Lee2020.referenceResults(catalog: Shared.catalog.get()) }

    /// 2 textbook capacities + 10 current densities + 3 Li thicknesses + 5 cell capacities + 1 ratio
    /// + 1 layer stack + 1 Ag fraction + 4 Ag reflections + 5 stages = 32.
    @Test func thirtyTwoRecordsAreComputed() throws {
        let results = try Self.computed()
        #expect(results.count == 32)
        #expect(Set(results.map(\.id)).count == results.count)
        for r in results { #expect(try Shared.catalog.get()[r.id]?.paper.key == "lee2020", "\(r.id) is not a Lee 2020 record") }
    }

    /// The model value in the record's unit.
    static func value(_ result: ModelResult, in record: GoldenRecord) throws -> Double {
        guard case let .number(raw) = result.value, let unit = result.unit, let target = record.unit else {
            throw CocoaError(.coderInvalidValue)
        }
        return try PhysicalUnit(parsing: unit).convert(raw, to: target)
    }

    /// Records without a discrepancy: the model is inside the printed value's tolerance (a range's
    /// band, a category's string). Records with one: the model equals the pinned `referenceValue`
    /// (stored to 0.01) AND is outside the printed band, so the discrepancy can neither drift nor
    /// silently vanish.
    @Test(arguments: try computed())
    func modelAgainstRecord(_ result: ModelResult) throws {
        let record = try Shared.catalog.get().record(result.id)
        switch (record.value, result.value) {
        case let (.category(expected), .category(got)):
            #expect(got == expected)
        case let (.number(printed), .number):
            let model = try Self.value(result, in: record)
            if let d = record.discrepancy {
                #expect(model.isApproximatelyEqual(to: d.referenceValue, absoluteTolerance: 0.005), "\(model) vs pinned \(d.referenceValue)")
                #expect(!model.isApproximatelyEqual(to: printed, absoluteTolerance: record.tolerance), "the paper is now reproduced; remove the discrepancy")
            } else {
                #expect(model.isApproximatelyEqual(to: printed, absoluteTolerance: record.tolerance, relativeTolerance: 1e-12), "\(model) vs printed \(printed) ± \(record.tolerance)")
            }
        default:
            Issue.record("shape mismatch for \(result.id)")
        }
    }

    /// validate-model scores every reference result as its record says (`ReferenceScoring`): the
    /// 10 discrepancies are all on measured or parameter records, so the model's values for
    /// them fail (they are left out of the shipped reference output).
    @Test func validateModelScoresTheReferenceResultsAsTheRecordsSay() throws {
        let report = try Scorer.score(ModelOutput(modelName: "lee2020", results: Self.computed()), against: Shared.catalog.get())
        let counts = ReferenceScoring.check(report)
        #expect(counts[.fail] == 10)
        #expect(report.scored.count == 32)
    }

    /// Every record with a discrepancy is computed here, except the Ag mass per capacity (a range,
    /// pinned in `Lee2020CellTests`).
    @Test func everyDiscrepancyIsPinned() throws {
        let withDiscrepancy = Set(try Shared.catalog.get().records(paper: "lee2020").filter { $0.discrepancy != nil }.map(\.id))
        let computed = Set(try Self.computed().map(\.id))
        #expect(withDiscrepancy.subtracting(computed) == ["lee2020.ag-c.ag-mass-per-capacity"])
        #expect(withDiscrepancy.count == 11)
    }

    /// The reference output does not depend on record order or on anything but the catalog.
    @Test func referenceIsDeterministic() throws {
        #expect(try Self.computed() == Self.computed())
    }

    @Test func paperHasItsDOIAndKinds() throws {
        let catalog = try Shared.catalog.get()
        #expect(try catalog.record("lee2020.first-charge.knee-voltage").paper.doi == "10.1038/s41560-020-0575-z")
        #expect(try catalog.record("lee2020.xrd.ag-111-pristine").kind == .measured)
        #expect(try catalog.record("lee2020.current-density.first-charge").kind == .computed)
        #expect(try catalog.record("lee2020.first-charge.stage-at-3p6v").kind == .observation)
        // The record count is not pinned here: ShippedGoldenTests checks it against the raw JSON.
    }

    /// A golden input that a model must reject is reported as a load error naming the record,
    /// not as a wrong number: here the stage windows are edited so that they no longer join.
    @Test func inconsistentStageRecordsAreRejected() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lee2020-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var text = try String(contentsOf: GoldenCatalog.packageRoot.appendingPathComponent("Golden/lee2020.json"), encoding: .utf8)
        text = text.replacingOccurrences(of: "\"range\": [\n          3.5,\n          3.55\n        ]", with: "\"range\": [\n          3.5,\n          3.56\n        ]")
        text = text.replacingOccurrences(of: "Over the 3.5–3.55 V range, the size", with: "Over the 3.5–3.56 V range, the size")
            .replacingOccurrences(of: "\"printed\": \"3.5–3.55\"", with: "\"printed\": \"3.5–3.56\"")
            .replacingOccurrences(of: "\"printed\": \"Over the 3.5–3.55 V range\"", with: "\"printed\": \"Over the 3.5–3.56 V range\"")
        try text.write(to: dir.appendingPathComponent("lee2020.json"), atomically: true, encoding: .utf8)
        let edited = try GoldenCatalog.load(directory: dir)
        #expect(try edited.range("lee2020.first-charge.ag-growth-window", in: "V") == 3.5...3.56)
        #expect(throws: InputError.self) { try Lee2020.StageBoundaries(catalog: edited) }
        #expect(throws: InputError.self) { try Lee2020.referenceResults(catalog: edited) }
        do {
            _ = try Lee2020.StageBoundaries(catalog: edited)
            Issue.record("the edited windows were accepted")
        } catch {
            #expect(error.description.contains("stage windows do not join"))
            #expect(error.description.contains("lee2020.first-charge.ag-growth-window"))
        }
    }

    @Test func wrongShapesAreRejected() throws {
        let catalog = try Shared.catalog.get()
        #expect(throws: InputError.self) { try catalog.range("lee2020.xrd.wavelength", in: "Å") }
        #expect(throws: InputError.self) { try catalog.range("lee2020.voltage.window", in: "nm") }
        #expect(throws: InputError.self) { try catalog.range("lee2020.no-such-record", in: "V") }
        #expect(throws: InputError.self) { try catalog.category("lee2020.xrd.wavelength") }
        #expect(try catalog.category("lee2020.xrd.alloy-phase-label") == "li3ag4-gamma3")
        #expect(try catalog.range("lee2020.voltage.window", in: "mV") == 2500...4250)
    }
}
