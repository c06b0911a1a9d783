import Foundation
import Testing
@testable import GoldenRecords

/// The pass rule and the metrics, on hand-made records.
@Suite("Scoring: pass rule and metrics")
struct ScoringTests {
    static let paper = Paper(key: "test2024", citation: "Test", doi: nil, file: "t.txt", bibtex: nil)

    static func record(_ value: GoldenValue, unit: String? = "nm", tolerance: Double = 0.5, discrepancy: Discrepancy? = nil) throws -> GoldenRecord {
        try GoldenRecord(id: "test2024.x.y", paper: paper, quantity: "q", location: Location(section: "s", figure: nil, equation: nil, table: nil),
                         quote: "quote 880", printed: "880", value: value, unit: unit.map { try PhysicalUnit(parsing: $0) }, kind: .computed,
                         method: "m", uncertaintyBasis: .printedPrecision, tolerance: tolerance, notes: "", discrepancy: discrepancy)
    }

    static func score(_ record: GoldenRecord, _ value: ModelValue, unit: String? = "nm", uncertainty: Double? = nil, xUnit: String? = nil) throws -> ScoredResult {
        try Scorer.score(ModelResult(id: record.id, value: value, unit: unit, xUnit: xUnit, uncertainty: uncertainty), against: record)
    }

    @Test func numberInsideAndOutsideTheBand() throws {
        let r = try Self.record(.number(880))
        #expect(try Self.score(r, .number(880.5)).status == .pass)
        #expect(try Self.score(r, .number(880.51)).status == .fail)
        #expect(try Self.score(r, .number(0.8805), unit: "µm").status == .pass)
    }

    @Test func modelUncertaintyCombinesInQuadrature() throws {
        let s = try Self.score(Self.record(.number(880)), .number(881), uncertainty: 1.2)
        #expect(s.combinedUncertainty.isApproximatelyEqual(to: 1.3, absoluteTolerance: 1e-12))
        // Outside ±0.5 nm, inside u_val = 1.3 nm with an informative model uncertainty.
        #expect(s.status == .withinUncertainty)
        #expect(s.reason == .withinModelUncertainty(validationLevel: s.combinedUncertainty))
        let errorInUncertainties = try #require(s.errorInUncertainties)
        #expect(errorInUncertainties.isApproximatelyEqual(to: 1 / 1.3, absoluteTolerance: 1e-12))
    }

    @Test func metrics() throws {
        let s = try Self.score(Self.record(.number(880)), .number(968))
        let relativeError = try #require(s.relativeError), digitsOfAgreement = try #require(s.digitsOfAgreement)
        #expect(relativeError.isApproximatelyEqual(to: 0.1, absoluteTolerance: 1e-12))
        #expect(digitsOfAgreement.isApproximatelyEqual(to: 1, absoluteTolerance: 1e-12))
        #expect(try Self.score(Self.record(.number(880)), .number(880)).digitsOfAgreement == 16)
        // Expected zero: relative error undefined, digits from the absolute error.
        let zero = try Self.score(Self.record(.number(0), tolerance: 0.5), .number(0.01))
        #expect(zero.relativeError == nil)
        let zeroDigits = try #require(zero.digitsOfAgreement)
        #expect(zeroDigits.isApproximatelyEqual(to: 2, absoluteTolerance: 1e-12))
    }

    @Test func exactRecordsAllowOnlyRounding() throws {
        let r = try Self.record(.number(200), unit: "mA g^-1", tolerance: 0)
        #expect(try Self.score(r, .number(0.2), unit: "A g^-1").status == .pass)
        #expect(try Self.score(r, .number(200.0001), unit: "mA g^-1").status == .fail)
    }

    @Test func documentedReadingIsSeparateFromPass() throws {
        let r = try Self.record(.number(880), discrepancy: Discrepancy(reading: "outer-shell", referenceValue: 955.42, explanation: "e"))
        #expect(try Self.score(r, .number(955.4)).status == .documentedReading)
        #expect(try Self.score(r, .number(880)).status == .pass)
        #expect(try Self.score(r, .number(1209)).status == .fail)
    }

    @Test func range() throws {
        let r = try Self.record(.range(1, 2), unit: "µm", tolerance: 0.5)
        #expect(try Self.score(r, .number(1500), unit: "nm").status == .pass)
        #expect(try Self.score(r, .number(2.5), unit: "µm").status == .pass)
        #expect(try Self.score(r, .number(2.6), unit: "µm").status == .fail)
    }

    @Test func rangeWithDocumentedReading() throws {
        let r = try Self.record(.range(8, 16), unit: "mg Ah^-1", tolerance: 0.5,
                            discrepancy: Discrepancy(reading: "volume-fraction-times-thickness", referenceValue: 61.77, explanation: "e"))
        #expect(try Self.score(r, .number(61.8), unit: "mg Ah^-1").status == .documentedReading)
        #expect(try Self.score(r, .number(12), unit: "mg Ah^-1").status == .pass)
        #expect(try Self.score(r, .number(30), unit: "mg Ah^-1").status == .fail)
    }

    @Test func category() throws {
        let r = try Self.record(.category("cc-side"), unit: nil, tolerance: 0)
        #expect(try Self.score(r, .category("cc-side"), unit: nil).status == .pass)
        #expect(try Self.score(r, .category("se-side"), unit: nil).status == .fail)
    }

    @Test func seriesIsInterpolatedNotExtrapolated() throws {
        let r = try Self.record(.series(x: [5, 15], y: [100, 200], xUnit: "MPa"), unit: "mAh g^-1", tolerance: 1)
        let pass = try Self.score(r, .series(x: [0, 10, 20], y: [50, 150, 250]), unit: "mAh g^-1", xUnit: "MPa")
        #expect(pass.status == .pass)
        let converted = try Self.score(r, .series(x: [0, 0.01, 0.02], y: [50, 150, 250]), unit: "mAh g^-1", xUnit: "GPa")
        #expect(converted.status == .pass)
        let short = try Self.score(r, .series(x: [0, 10], y: [50, 150]), unit: "mAh g^-1", xUnit: "MPa")
        #expect(short.status == .fail)
        #expect(short.reason == .seriesOutsideModelRange(x: 15, modelFirst: 0, modelLast: 10))
        let off = try Self.score(r, .series(x: [0, 10, 20], y: [50, 160, 250]), unit: "mAh g^-1", xUnit: "MPa")
        #expect(off.status == .fail)
        #expect(off.reason == .seriesMismatch)
        #expect(off.series?.mismatched == 2)
    }

    @Test func shapeAndDimensionErrors() throws {
        let r = try Self.record(.number(880))
        #expect(throws: Scorer.ShapeError.self) { try Self.score(r, .category("thick")) }
        #expect(throws: Scorer.ShapeError.self) { try Self.score(r, .number(1), unit: "MPa") }
        #expect(throws: Scorer.ShapeError.self) { try Self.score(r, .number(1), unit: "parsec") }
        #expect(throws: Scorer.ShapeError.self) { try Self.score(r, .number(1e300), unit: "Gm") }
    }

    @Test func nothingScoredIsNotAPass() {
        let report = ScoreReport(scored: [], unknownIDs: [UnknownID(id: "a.b", index: 0, suggestion: nil, suggestionReason: nil)],
                                 missingIDs: [])
        #expect(RunVerdict(report: report).reasons == [.unknownIDs(count: 1), .noResultMatched])
        #expect(RunVerdict(report: report, policy: .init(allowUnknownIDs: true)).reasons == [.noResultMatched])
    }
}

/// The worked example of CONTRIBUTING.md ("Scoring, with a worked example") stays true.
@Suite("CONTRIBUTING.md worked example")
struct WorkedExampleTests {
    @Test func contributingWorkedExample() throws {
        let record = try GoldenCatalog.load().record("kim2025.shell-thickness.eq1-95-5")
        func score(_ value: Double, _ unit: String) throws -> ScoredResult {
            try Scorer.score(ModelResult(id: record.id, value: .number(value), unit: unit, uncertainty: unit == "mm" ? 0.0000003 : 0.3), against: record)
        }
        let exact = try score(0.000181, "mm")
        #expect(exact.status == .pass)
        #expect(exact.combinedUncertainty.isApproximatelyEqual(to: 0.583095, absoluteTolerance: 1e-6))
        #expect(exact.digitsOfAgreement == 16)
        let off = try score(182.0, "nm")
        #expect(off.status == .fail)
        let offErrorInUncertainties = try #require(off.errorInUncertainties)
        let offRelativeError = try #require(off.relativeError), offDigits = try #require(off.digitsOfAgreement)
        #expect(offErrorInUncertainties.isApproximatelyEqual(to: 1.715, absoluteTolerance: 1e-3))
        #expect(offRelativeError.isApproximatelyEqual(to: 0.005525, absoluteTolerance: 1e-6))
        #expect(offDigits.isApproximatelyEqual(to: 2.258, absoluteTolerance: 1e-3))
        #expect(try score(183.435, "nm").status == .documentedReading)
    }
}
