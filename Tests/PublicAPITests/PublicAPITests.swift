import Foundation
import Testing
import GoldenRecords
import ReferenceModels

/// The libraries as a dependent package sees them: no `@testable`, documented API only. The
/// README's "Use as a Swift library" example is `LibraryExampleTests.swift`, verbatim (checked
/// here); `scripts/check-library-example.sh` also builds it in a separate package.
@Suite("Public API")
struct PublicAPITests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func readmeExampleIsTheCompiledFile() throws {
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.range(of: "## Use as a Swift library"))
        let fence = try #require(readme.range(of: "```swift\n", range: section.upperBound..<readme.endIndex))
        let end = try #require(readme.range(of: "```\n", range: fence.upperBound..<readme.endIndex))
        let file = try String(
            contentsOf: Self.root.appendingPathComponent("Tests/PublicAPITests/LibraryExampleTests.swift"),
            encoding: .utf8)
        #expect(String(readme[fence.upperBound..<end.lowerBound]) == file)
    }

    @Test func anUnknownIDIsAnErrorWithASuggestion() throws {
        let catalog = try GoldenCatalog.load()
        #expect {
            try Scorer.score(.number(870), unit: "nm", against: "kim2025.shell-thickness.fib-sem-75-52", in: catalog)
        } throws: { error in
            (error as? ScoreError)?.message
                == "no golden record has this id; did you mean 'kim2025.shell-thickness.fib-sem-75-25'?"
        }
    }

    @Test func aValueOfAnotherDimensionIsAnError() throws {
        let catalog = try GoldenCatalog.load()
        #expect(throws: ScoreError.self) {
            try Scorer.score(.number(870), unit: "V", against: "kim2025.shell-thickness.fib-sem-75-25", in: catalog)
        }
    }

    @Test func aScoredResultDescribesItselfInOneLine() throws {
        let catalog = try GoldenCatalog.load()
        let scored = try Scorer.score(
            .number(872), unit: "nm", against: "kim2025.shell-thickness.fib-sem-75-25", in: catalog)
        #expect("\(scored)" == "kim2025.shell-thickness.fib-sem-75-25: fail; got 872 nm, printed 870 nm ± 0.5 nm")
    }

    @Test func aDocumentedReadingIsNamed() throws {
        let catalog = try GoldenCatalog.load()
        let scored = try Scorer.score(
            .number(1209.04), unit: "nm", against: "kim2025.shell-thickness.eq1-75-25", in: catalog)
        #expect(scored.status == .documentedReading)
    }

    @Test func conditionsAreCheckedLikeAnOutputFile() throws {
        let ok = try Conditions(["temperature": "60 °C", "c-rate": "0.05"])
        #expect(ok["temperature"]?.text == "60 °C")
        #expect(ok["stack-pressure"] == nil)
        #expect {
            try Conditions(["temprature": "60 °C"])
        } throws: { error in
            guard let e = error as? InputError else { return false }
            return e.code == .invalidModelOutput && e.place == "temprature"
                && e.message.hasPrefix("unknown condition name; did you mean 'temperature'?")
        }
        #expect(throws: InputError.self) { try Conditions(["temperature": "60 V"]) }
    }

    @Test func anOutputDocumentParsesWithoutAFileName() throws {
        let data = Data(#"{"formatVersion": 1, "results": [{"id": "kim2025.shell-thickness.fib-sem-75-25", "value": 870, "unit": "nm"}]}"#.utf8)
        let output = try ModelOutput.parse(data: data)
        let report = try Scorer.score(output, against: try GoldenCatalog.load())
        #expect(report.scored.map(\.status) == [.pass])
        #expect(RunVerdict(report: report).passed)
    }

    @Test func theShippedAndAFolderSourceAgree() throws {
        let folder = try GoldenCatalog.load(.directory(Self.root.appendingPathComponent("Golden")))
        #expect(try GoldenCatalog.load(.shipped).records.count == folder.records.count)
    }

    @Test func referenceModelsAreCallable() throws {
        let catalog = try GoldenCatalog.load()
        let results = try ReferenceResults.all(catalog: catalog)
        #expect(!results.results.isEmpty)
    }
}
