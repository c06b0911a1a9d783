import Foundation
import Testing
import GoldenRecords

/// A scoring run loads only the golden files of the papers its output names (docs: README,
/// "Untrusted input, limits and speed"), with the same answers as a full load.
@Suite("Scoring loads what the output touches")
struct LoadWhatIsTouchedTests {
    /// The shipped golden files in a scratch folder, with `wu2023.json` broken.
    static func folderWithABrokenUntouchedFile() throws -> URL {
        let fm = FileManager.default
        let dir = fm.temporaryDirectory.appendingPathComponent("touched-\(UUID().uuidString)")
        try fm.createDirectory(at: dir, withIntermediateDirectories: true)
        let golden = GoldenCatalog.packageRoot.appendingPathComponent("Golden")
        for name in ShippedGolden.fileNames where name != "wu2023.json" {
            try fm.copyItem(at: golden.appendingPathComponent(name), to: dir.appendingPathComponent(name))
        }
        try Data("{ not json".utf8).write(to: dir.appendingPathComponent("wu2023.json"))
        return dir
    }

    @Test func aBrokenFileOfAnUntouchedPaperDoesNotStopTheRun() throws {
        let dir = try Self.folderWithABrokenUntouchedFile()
        defer { try? FileManager.default.removeItem(at: dir) }
        let kimOnly = ReportFormatTests.fixture("example-pass.json")
        let scored = FixtureTests.run([kimOnly, "--golden", dir.path])
        #expect(scored.code == 0)
        let kimRecords = NotInOutput.catalog.map { $0.records(paper: "kim2025").count }
        #expect(scored.out.first?.hasSuffix("against the \((try? kimRecords.get()) ?? -1) golden records of kim2025") == true)
        // --list reads every file, and says which one is broken.
        let listed = FixtureTests.run(["--list", "--golden", dir.path])
        #expect(listed.code == 2)
        #expect(listed.err.first?.hasPrefix("Error: golden data: wu2023.json:") == true)
    }

    @Test func anOutputThatTouchesTheBrokenFileStops() throws {
        let dir = try Self.folderWithABrokenUntouchedFile()
        defer { try? FileManager.default.removeItem(at: dir) }
        let all = FixtureTests.run([ReportFormatTests.fixture("reference-output.json"), "--golden", dir.path])
        #expect(all.code == 2)
        #expect(all.err.first?.hasPrefix("Error: golden data: wu2023.json:") == true)
    }

    /// An id no loaded paper holds loads every file, so its "did you mean" can name another paper.
    @Test func anUnknownIDIsSearchedInEveryPaper() throws {
        let output = #"{"formatVersion": 1, "results": [{"id": "kim2024.shell-thickness.eq1-75-25", "value": 880, "unit": "nm"}]}"#
        let r = try HostileInputTests.run(output, [])
        #expect(r.code == 1)
        #expect(r.out.contains { $0.contains("did you mean 'kim2025.shell-thickness.eq1-75-25'") })
        #expect(r.out.first?.contains("golden records of jun2024, kim2025, lee2020, park2022 and wu2023") == true)
    }

    @Test func paperSelectsAPaperTheOutputDoesNotTouch() throws {
        let r = FixtureTests.run([ReportFormatTests.fixture("example-pass.json"), "--paper", "lee2020"])
        #expect(r.code == 1)
        #expect(r.out.contains { $0.hasPrefix("  lee2020: 0 of") })
        let unknown = FixtureTests.run([ReportFormatTests.fixture("example-pass.json"), "--paper", "nobody1999"])
        #expect(unknown.code == 2)
        #expect(unknown.err == ["Error: --paper: no golden records for 'nobody1999'; known papers: jun2024, kim2025, lee2020, park2022, wu2023"])
    }
}
