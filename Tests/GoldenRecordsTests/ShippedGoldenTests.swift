import Foundation
public import Testing
public import GoldenRecords

extension GoldenRecord: CustomTestStringConvertible {
    public var testDescription: String { id }
}

/// Every shipped golden record loads, with full provenance; the counts are those of the raw JSON,
/// so that a loader that silently loses records (an empty argument list passes silently) fails.
@Suite("Shipped golden records")
struct ShippedGoldenTests {
    @Test func recordCountsPerPaper() throws {
        let catalog = try GoldenCatalog.load()
        let counts = Dictionary(grouping: catalog.records, by: \.paper.key).mapValues(\.count)
        #expect(counts == RawGoldenCounts.perPaper)
        #expect(RawGoldenCounts.perPaper.count == ShippedGolden.fileNames.count)
        #expect(RawGoldenCounts.perPaper.values.allSatisfy { $0 > 0 })
    }

    @Test(arguments: try GoldenCatalog.load().records)
    func hasFullProvenance(_ record: GoldenRecord) {
        #expect(!record.quantity.isEmpty)
        #expect(!record.location.section.isEmpty)
        #expect(record.quote.count >= 10 && record.quote.contains(record.printed))
        #expect(!record.method.isEmpty)
        #expect(!record.paper.citation.isEmpty && !record.paper.file.isEmpty)
        if record.kind == .observation { #expect({ if case .category = record.value { true } else { false } }()) }
    }

    @Test func kimHasItsDOI() throws {
        #expect(try GoldenCatalog.load().record("kim2025.shell-thickness.eq1-75-25").paper.doi == "10.1007/s40820-024-01644-6")
    }

    @Test func measuredAndComputedStayApart() throws {
        let catalog = try GoldenCatalog.load()
        #expect(try catalog.record("kim2025.shell-thickness.fib-sem-75-25").kind == .measured)
        #expect(try catalog.record("kim2025.shell-thickness.eq1-75-25").kind == .computed)
    }
}
