import Foundation
import Testing
import GoldenRecords

/// The house rules CONTRIBUTING.md states for `Sources/`: `Paper+Topic.swift` file names (no
/// underscores) and no line over 120 columns (about 100 is the aim). The generated
/// `ShippedGolden+Files.swift` holds data and is wrapped by its generator at about 100.
@Suite("Source layout")
struct SourceLayoutTests {
    static let sources = GoldenCatalog.packageRoot.appendingPathComponent("Sources")

    static func swiftFiles() -> [URL] {
        let walker = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        return (walker?.allObjects as? [URL] ?? []).filter { $0.pathExtension == "swift" }
    }

    @Test func noFileNameHasAnUnderscore() {
        let files = Self.swiftFiles()
        #expect(files.count > 100)
        #expect(files.filter { $0.lastPathComponent.contains("_") }.map(\.lastPathComponent) == [])
    }

    @Test func noLineIsLongerThan120Columns() throws {
        var long: [String] = []
        for file in Self.swiftFiles() {
            let text = try String(contentsOf: file, encoding: .utf8)
            for (k, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where line.count > 120 {
                long.append("\(file.lastPathComponent):\(k + 1) (\(line.count) columns)")
            }
        }
        #expect(long == [])
    }
}
