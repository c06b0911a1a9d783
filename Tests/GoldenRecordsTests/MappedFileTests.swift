import Foundation
import Testing
@testable import GoldenRecords

/// A large file is mapped, reads as its bytes, and a file that becomes shorter while mapped
/// reads zeros instead of ending the process with `SIGBUS`, and is reported as changed.
@Suite("Mapped files")
struct MappedFileTests {
    /// A scratch file of `count` bytes `fill`, open for reading and writing.
    static func scratch(_ count: Int, fill: UInt8 = UInt8(ascii: "7")) throws -> (String, Int32) {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("mapped-\(UInt64.random(in: 0...UInt64.max)).bin").path
        try Data(repeating: fill, count: count).write(to: URL(fileURLWithPath: path))
        let fd = open(path, O_RDWR)
        try #require(fd >= 0)
        return (path, fd)
    }

    @Test("a large file is mapped and reads as its bytes; a small one is left to read")
    func mapsLargeFiles() throws {
        let (path, fd) = try Self.scratch(MappedFile.minimumBytes + 123)
        defer { close(fd); unlink(path) }
        let data = try #require(MappedFile.data(of: fd, count: MappedFile.minimumBytes + 123))
        #expect(data == Data(repeating: UInt8(ascii: "7"), count: MappedFile.minimumBytes + 123))
        #expect(!MappedFile.changedWhileRead(data))
        #expect(MappedFile.data(of: fd, count: MappedFile.minimumBytes - 1) == nil)
    }

    @Test("a file shortened while mapped reads zeros past its end and is reported as changed")
    func shortenedFile() throws {
        let count = MappedFile.minimumBytes + 5000
        let (path, fd) = try Self.scratch(count)
        defer { close(fd); unlink(path) }
        let data = try #require(MappedFile.data(of: fd, count: count))
        try #require(ftruncate(fd, 4096) == 0)
        // Without the handler this loop ends the test process with SIGBUS.
        let sevens = data.withUnsafeBytes { $0.count { $0 == UInt8(ascii: "7") } }
        #expect(sevens == 4096)
        #expect(MappedFile.changedWhileRead(data))
        #expect(!MappedFile.changedWhileRead(Data(count: count)))  // a read copy never is
    }

    @Test("a large model output and a large golden file, mapped, read as their bytes")
    func mappedInputsReadLikeTheirBytes() throws {
        let padding = String(repeating: " ", count: MappedFile.minimumBytes)
        let text = #"{"formatVersion": 1, "results": [{"id": "a.b.c", "value": 1, "unit": "nm"}]}"#
        let output = Data((text + padding).utf8)
        let (path, fd) = try Self.scratch(0)
        defer { close(fd); unlink(path) }
        try output.write(to: URL(fileURLWithPath: path))
        #expect(
            try ModelOutput.read(file: path).fingerprint
                == ModelOutput.parse(data: output).fingerprint)

        let shipped = GoldenCatalog.packageRoot.appendingPathComponent("Golden/kim2025.json")
        let golden = try Data(contentsOf: shipped) + Data(padding.utf8)
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("mapped-golden-\(UInt64.random(in: 0...UInt64.max))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try golden.write(to: folder.appendingPathComponent("kim2025.json"))
        let loaded = try GoldenCatalog.load(directory: folder).records
        let expected = try GoldenLoader.loadStrictly(data: golden, fileName: "kim2025.json")
        #expect(loaded.count == expected.count && loaded.count > 0)
        #expect(loaded.map(\.fingerprint) == expected.map(\.fingerprint))
    }
}
