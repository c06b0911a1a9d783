import Foundation
import Testing
@testable import GoldenRecords

/// Bounds (">900 Wh l⁻¹", "less than 10 mV"): loaded strictly, scored on their side of the
/// number widened by u_golden, and never the only evidence of a passing run.
@Suite("Bounds")
struct BoundTests {
    static func record(_ relation: BoundRelation, _ limit: Double, tolerance: Double = 0.5,
                       id: String = "test2024.x.y") -> GoldenRecord {
        GoldenRecord(id: id, paper: VerdictTests.paper, quantity: "q",
                     location: Location(section: "s", figure: nil, equation: nil, table: nil),
                     quote: "more than 900", printed: "900", value: .bound(relation, limit),
                     unit: try? PhysicalUnit(parsing: "Wh L^-1"), kind: .claim, method: "m",
                     uncertaintyBasis: .printedPrecision, tolerance: tolerance, notes: "",
                     discrepancy: nil)
    }

    static func score(_ record: GoldenRecord, _ value: Double, unit: String = "Wh L^-1",
                      uncertainty: Double? = nil) throws -> ScoredResult {
        try Scorer.score(ModelResult(id: record.id, value: .number(value), unit: unit, uncertainty: uncertainty),
                         against: record)
    }

    /// "> 900 ± 0.5": 899.5 is the last value on its side; 899.4 is on the wrong side.
    @Test func aLowerBoundPassesItsSideWidenedByTheTolerance() throws {
        let r = Self.record(.greaterThan, 900)
        #expect(try Self.score(r, 942).status == .pass)
        #expect(try Self.score(r, 1e6).status == .pass)
        #expect(try Self.score(r, 899.5).status == .pass)
        let miss = try Self.score(r, 899.4)
        #expect(miss.status == .fail)
        #expect(miss.reason == .wrongSideOfBound(relation: .greaterThan, limit: 900, tolerance: 0.5))
        #expect(try Self.score(r, 0.942, unit: "Wh cm^-3").status == .pass)  // 942 Wh L^-1
    }

    /// "< 10 ± 0.5 mV": 10.5 passes, 10.6 does not; ≤ and < are judged alike.
    @Test(arguments: [BoundRelation.lessThan, .atMost])
    func anUpperBoundPassesBelowIt(_ relation: BoundRelation) throws {
        let r = Self.record(relation, 10)
        #expect(try Self.score(r, -3).status == .pass)
        #expect(try Self.score(r, 10.5).status == .pass)
        #expect(try Self.score(r, 10.6).status == .fail)
    }

    /// Outside by 1, with an informative model uncertainty of 2 (u_val = √(0.25 + 4) ≈ 2.06):
    /// within-uncertainty; with 200 (above max(0.5, 90)) uninformative.
    @Test func theStatusLadderAppliesToBounds() throws {
        let r = Self.record(.atLeast, 900)
        #expect(try Self.score(r, 898.5, uncertainty: 2).status == .withinUncertainty)
        #expect(try Self.score(r, 898.5, uncertainty: 200).status == .uninformative)
    }

    @Test func aCategoryOrSeriesAgainstABoundIsAnInputError() throws {
        let r = Self.record(.greaterThan, 900)
        #expect(throws: Scorer.ShapeError.self) {
            try Scorer.score(ModelResult(id: r.id, value: .category("high"), unit: nil), against: r)
        }
    }

    /// A run whose only evidence is satisfied bounds does not pass: a bound says only on which
    /// side a value lies (docs/verdicts.md).
    @Test func satisfiedBoundsAloneAreNoEvidence() throws {
        let catalog = try Shared.catalog.get()
        let onlyBounds = VerdictTests.output([
            ("lee2020.pouch.energy-density-lower-bound", 1e9, "Wh L^-1"),
            ("lee2020.cathode.specific-capacity-lower-bound", 250, "mAh g^-1"),
        ])
        let report = try Scorer.score(onlyBounds, against: catalog)
        #expect(report.scored.map(\.status) == [.pass, .pass])
        #expect(report.evidenceCount == 0)
        #expect(RunVerdict(report: report).reasons == [.onlyBoundsSatisfied(count: 2)])
        let withAValue = VerdictTests.output([
            ("lee2020.pouch.energy-density-lower-bound", 942, "Wh L^-1"),
            ("kim2025.shell-thickness.fib-sem-75-25", 870, "nm"),
        ])
        #expect(RunVerdict(report: try Scorer.score(withAValue, against: catalog)).passed)
    }

    /// The 16 shipped bounds, each with the relation its sentence states.
    @Test func theShippedBoundsAreBounds() throws {
        let catalog = try Shared.catalog.get()
        let bounds = catalog.records.filter(\.value.isBound)
        #expect(bounds.count >= 16)
        #expect(try catalog.bound("lee2020.pouch.energy-density-lower-bound", in: "Wh L^-1") == (.greaterThan, 900))
        #expect(try catalog.bound("wu2023.three-electrode.li-anode-potential-bound", in: "V") == (.lessThan, 0.01))
        #expect(throws: InputError.self) { try catalog.number("lee2020.pouch.energy-density-lower-bound", in: "Wh L^-1") }
        #expect(throws: InputError.self) { try catalog.bound("kim2025.shell-thickness.fib-sem-75-25", in: "nm") }
    }

    static func load(_ value: String, printed: String = ">900") throws -> [GoldenRecord] {
        let text = """
            {"formatVersion": 1, "paper": {"key": "test2024", "citation": "c", "file": "t.txt"},
             "records": [{"id": "test2024.energy.bound", "quantity": "q", "location": {"section": "s"},
               "quote": "an energy density (\(printed) Wh l^-1)", "printed": "\(printed)", "value": \(value),
               "unit": "Wh L^-1", "kind": "claim", "method": "m", "uncertainty": {"basis": "printed-precision"}}]}
            """
        return try GoldenLoader.load(data: Data(text.utf8), fileName: "t.json")
    }

    @Test func theLoaderReadsABoundAndChecksItsNumberAgainstPrinted() throws {
        let records = try Self.load(#"{"bound": {"relation": ">", "number": 900}}"#)
        #expect(records.first?.value == .bound(.greaterThan, 900))
        #expect(records.first?.tolerance == 0.5)
        #expect { try Self.load(#"{"bound": {"relation": ">", "number": 901}}"#) } throws: { error in
            (error as? InputError)?.place == "record 'test2024.energy.bound' $.records[0].value"
        }
        #expect { try Self.load(#"{"bound": {"relation": "≥", "number": 900}}"#) } throws: { error in
            (error as? InputError)?.message == "unknown relation '≥'; use one of <, <=, >, >="
        }
        #expect(throws: InputError.self) { try Self.load(#"{"bound": {"relation": ">"}}"#) }
        #expect(throws: InputError.self) { try Self.load(#"{"bound": {"relation": ">", "number": 900, "strict": true}}"#) }
    }
}
