import Foundation
import Testing
@testable import GoldenRecords

/// Large inputs are parsed and scored in chunks on all cores. The answer must be the one a single
/// loop gives: elements in order, and the first failure in file order, whatever the scheduling.
/// Sizes here are above the 4096-item threshold, so these tests run the chunked path (on a
/// machine with more than one core).
@Suite("Parallel scoring")
struct ParallelTests {
    static let count = 10_000

    @Test func chunksYieldInIndexOrder() {
        let (elements, summaries) = inOrderedChunks(of: Self.count, yielding: Int.self) { range, yield in
            for i in range where i % 3 != 0 { yield(i) }
            return range.count
        }
        #expect(elements == (0..<Self.count).filter { $0 % 3 != 0 })
        #expect(summaries.reduce(0, +) == Self.count)
        #expect(summaries.count == (Self.count >= 4096 ? max(1, ProcessInfo.processInfo.activeProcessorCount) : 1))
    }

    @Test func chunksOfNothing() {
        let (elements, summaries) = inOrderedChunks(of: 0, yielding: Int.self) { range, _ in range.count }
        #expect(elements.isEmpty)
        #expect(summaries == [0])
    }

    // MARK: Scoring

    static let paper = Paper(key: "big2026", citation: "Synthetic", doi: nil, file: "none.txt", bibtex: nil)

    static let catalog = Result<GoldenCatalog, any Error> {
        let nm = try PhysicalUnit(parsing: "nm")
        return GoldenCatalog(records: (0..<count).map { i in
            GoldenRecord(id: "big2026.value.n-\(i)", paper: paper, quantity: "q", location: Location(section: "s", figure: nil, equation: nil, table: nil),
                         quote: "it was \(i)", printed: "\(i)", value: .number(Double(i)), unit: nm, kind: .computed,
                         method: "m", uncertaintyBasis: .printedPrecision, tolerance: 0.5, notes: "", discrepancy: nil)
        })
    }

    /// One result per record, in reverse order; every fifth one off by 1 nm (a fail).
    static var results: [ModelResult] {
        (0..<count).reversed().enumerated().map { index, i in
            ModelResult(id: "big2026.value.n-\(i)", value: .number(Double(i) + (i % 5 == 0 ? 1 : 0)), unit: "nm", index: index)
        }
    }

    @Test func rowsComeInTheOrderOfTheResults() throws {
        var results = Self.results
        results.insert(ModelResult(id: "big2026.value.unknown-a", value: .number(1), unit: "nm"), at: 10)
        results.append(ModelResult(id: "big2026.value.unknown-b", value: .number(1), unit: "nm"))
        let report = try Scorer.score(ModelOutput(modelName: "m", results: results), against: Self.catalog.get())
        #expect(report.scored.map(\.result.id) == results.map(\.id).filter { !$0.contains("unknown") })
        #expect(report.unknownIDs.map(\.id) == ["big2026.value.unknown-a", "big2026.value.unknown-b"])
        #expect(report.count(.fail) == Self.count / 5)
        #expect(report.coverage == [PaperCoverage(paper: "big2026", available: Self.count, scored: Self.count,
                                                  reproduced: Self.count - Self.count / 5, documentedReading: 0,
                                                  failed: Self.count / 5, missing: 0, coveredByOtherPrinting: 0)])
    }

    @Test func missingIdsAreListedInCatalogOrder() throws {
        let catalog = try Self.catalog.get()
        let results = Self.results.filter { !$0.id.hasSuffix("7") }
        let report = try Scorer.score(ModelOutput(modelName: "m", results: results), against: catalog)
        #expect(report.missingIDs == catalog.records.map(\.id).filter { $0.hasSuffix("7") })
        #expect(report.coverage.first?.missing == Self.count / 10)
    }

    /// Shape errors (a category for a number) in both halves: the earlier one is reported.
    @Test(arguments: [[3000, 8000], [7000, 9000], [9999, 10]])
    func theFirstErrorInFileOrderIsReported(_ badIndices: [Int]) throws {
        let catalog = try Self.catalog.get()
        var results = Self.results
        try #require(badIndices.allSatisfy(results.indices.contains))
        for k in badIndices { results[k] = ModelResult(id: results[k].id, value: .category("oops"), unit: nil, index: k) }
        let first = try #require(badIndices.min())
        #expect {
            try Scorer.score(ModelOutput(modelName: "m", results: results), against: catalog)
        } throws: { error in
            (error as? ScoreError)?.place == "$.results[\(first)] (id '\(results[first].id)')"
        }
    }

    // MARK: Loading

    static func goldenFile(_ change: (inout [[String: Any]]) throws -> Void = { _ in }) throws -> Data {
        var records: [[String: Any]] = (0..<count).map { i in
            ["id": "big2026.value.n-\(i)", "quantity": "q", "location": ["section": "s"], "quote": "it was \(i) nm",
             "printed": "\(i)", "value": ["number": i], "unit": "nm", "kind": "computed", "method": "m",
             "uncertainty": ["basis": "printed-precision"], "notes": ""]
        }
        try change(&records)
        let doc: [String: Any] = ["formatVersion": 1, "paper": ["key": "big2026", "citation": "Synthetic", "file": "none.txt"], "records": records]
        return try JSONSerialization.data(withJSONObject: doc)
    }

    @Test func aLargeGoldenFileLoadsInOrder() throws {
        let records = try GoldenLoader.load(data: Self.goldenFile(), fileName: "big.json")
        #expect(records.map(\.id) == (0..<Self.count).map { "big2026.value.n-\($0)" })
        let record = try #require(records.indices.contains(7777) ? records[7777] : nil)
        #expect(record.tolerance == 0.5)
    }

    @Test(arguments: [[2000, 9000], [9000, 6000]])
    func aLargeGoldenFileReportsItsFirstBadRecord(_ bad: [Int]) throws {
        let data = try Self.goldenFile { records in
            try #require(bad.allSatisfy(records.indices.contains))
            for k in bad { records[k]["unit"] = "furlong" }
        }
        let first = try #require(bad.min())
        #expect {
            try GoldenLoader.load(data: data, fileName: "big.json")
        } throws: { (($0 as? InputError)?.place.hasSuffix(" $.records[\(first)].unit")) == true }
    }

    @Test func aDuplicateAcrossChunksIsFound() throws {
        let data = try Self.goldenFile { records in
            try #require(records.indices.contains(9500))
            records[9500]["id"] = "big2026.value.n-10"
        }
        #expect {
            try GoldenLoader.load(data: data, fileName: "big.json")
        } throws: { ($0 as? InputError)?.description == "big.json: record 'big2026.value.n-10' $.records[9500].id: duplicate id" }
    }
}
