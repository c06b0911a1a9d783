import Foundation
import Testing
import GoldenRecords
import ReferenceModels

/// A paper with a golden file and no Swift model is first-class: `validate-model` lists, scores
/// and cites it, and `--reference-output` simply has nothing of it.
@Suite("A records-only paper")
struct RecordsOnlyPaperTests {
    static let extraPaper = #"""
        {"formatVersion": 1,
         "paper": {"key": "new2026", "citation": "A. Author, A new paper, J. Test 1, 1 (2026)", "file": "new2026.txt"},
         "records": [
          {"id": "new2026.layer.thickness", "quantity": "layer thickness", "location": {"section": "2 Results"},
           "quote": "The layer was 42 nm thick.", "printed": "42", "value": {"number": 42}, "unit": "nm",
           "kind": "measured", "method": "SEM", "uncertainty": {"basis": "printed-precision"}},
          {"id": "new2026.layer.porosity", "quantity": "layer porosity", "location": {"section": "2 Results"},
           "quote": "Its porosity was 0.35.", "printed": "0.35", "value": {"number": 0.35}, "unit": "1",
           "kind": "measured", "method": "BET", "uncertainty": {"basis": "printed-precision"}}
         ]}
        """#

    /// The shipped golden files plus `new2026.json`, in a scratch folder.
    static func folder() throws -> URL {
        let fm = FileManager.default
        let dir = fm.temporaryDirectory.appendingPathComponent("records-only-\(UUID().uuidString)")
        try fm.createDirectory(at: dir, withIntermediateDirectories: true)
        let golden = GoldenCatalog.packageRoot.appendingPathComponent("Golden")
        for name in ShippedGolden.fileNames {
            try fm.copyItem(at: golden.appendingPathComponent(name), to: dir.appendingPathComponent(name))
        }
        try Data(extraPaper.utf8).write(to: dir.appendingPathComponent("new2026.json"))
        return dir
    }

    @Test func itIsScoredListedAndCited() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("records-only-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: output) }
        try Data(#"{"formatVersion": 1, "results": [{"id": "new2026.layer.thickness", "value": 42.2, "unit": "nm"}]}"#.utf8)
            .write(to: output)
        let scored = FixtureTests.run([output.path, "--golden", dir.path])
        #expect(scored.code == 0, "\(scored.out.last ?? "")")
        #expect(scored.out.contains { $0.hasPrefix("  new2026: 1 of 2 scored, 1 reproduced, 0 failed, 1 not in output") })
        #expect(scored.out.last == "Summary: 1 scored: 1 pass, 0 fail; 1 not in output; 0 unknown → PASS")

        let listed = FixtureTests.run(["--list", "--paper", "new2026", "--golden", dir.path])
        #expect(listed.code == 0)
        #expect(listed.out.filter { $0.hasPrefix("new2026.") }.count == 2)

        let cited = FixtureTests.run(["--cite", output.path, "--golden", dir.path])
        #expect(cited.code == 0)
        #expect(cited.out.joined(separator: "\n").contains("@misc{new2026,"))
    }

    @Test func theReferenceOutputHasNothingOfIt() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let reference = FixtureTests.run(["--reference-output", "--golden", dir.path])
        #expect(reference.code == 0)
        let text = reference.out.joined(separator: "\n")
        #expect(!text.contains("new2026."))
        #expect(text.contains("kim2025.shell-thickness.eq1-75-25"))
    }

    /// Every modelled paper names a shipped golden file, once; every shipped paper that is not
    /// modelled is a records-only paper (none today).
    @Test func theRegistryNamesShippedPapersOnce() throws {
        let keys = ModelledPapers.all.map { $0.key }
        #expect(Set(keys).count == keys.count)
        let shipped = Set(ShippedGolden.fileNames.map { String($0.dropLast(".json".count)) })
        #expect(Set(keys).isSubset(of: shipped))
        #expect(shipped.subtracting(keys).isEmpty, "records-only papers: \(shipped.subtracting(keys).sorted())")
    }
}
