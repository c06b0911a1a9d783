import Foundation
import Testing
import GoldenRecords

/// The golden files compiled into the build (`ShippedGolden`) are exactly the files in
/// `Golden/`: a golden file edited without running `scripts/embed-golden.py` fails here.
@Suite("Golden files compiled into the build")
struct ShippedGoldenFilesTests {
    static let folder = GoldenCatalog.packageRoot.appendingPathComponent("Golden")

    @Test func shippedFilesAreTheGoldenFolderByteForByte() {
        let stale = ShippedGolden.differences(from: Self.folder)
        #expect(stale.isEmpty, "Golden/ differs from ShippedGolden+Files.swift in \(stale); run scripts/embed-golden.py")
    }

    @Test func shippedNamesAreTheFolderJSONFilesInOrder() throws {
        let onDisk = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
            .filter { $0.hasSuffix(".json") }.sorted()
        #expect(ShippedGolden.fileNames == onDisk)
        #expect(!onDisk.isEmpty)
    }

    @Test func shippedCatalogHasTheFolderRecords() throws {
        let shipped = try GoldenCatalog.load(.shipped)
        let folder = try GoldenCatalog.load(.directory(Self.folder))
        #expect(shipped.records.map(\.id) == folder.records.map(\.id))
        #expect(shipped.records.map(\.printed) == folder.records.map(\.printed))
    }

    @Test func anEditedFileIsNamedAsStale() throws {
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("shipped-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        for name in ShippedGolden.fileNames {
            try FileManager.default.copyItem(
                at: Self.folder.appendingPathComponent(name), to: scratch.appendingPathComponent(name))
        }
        #expect(ShippedGolden.differences(from: scratch).isEmpty)
        let edited = scratch.appendingPathComponent("wu2023.json")
        try (try Data(contentsOf: edited) + Data(" ".utf8)).write(to: edited)
        try Data("{}".utf8).write(to: scratch.appendingPathComponent("new2026.json"))
        try FileManager.default.removeItem(at: scratch.appendingPathComponent("kim2025.json"))
        #expect(ShippedGolden.differences(from: scratch) == ["kim2025.json", "wu2023.json", "new2026.json"])
    }

    @Test func resolvedSourceFollowsTheFolderOption() {
        #expect(GoldenCatalog.Source.resolve(folder: "/x") == .directory(URL(fileURLWithPath: "/x", isDirectory: true)))
    }
}
