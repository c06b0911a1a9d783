import Foundation
import Testing
import GoldenRecords

/// The bad-input catalogue against the built `validate-model` executable (a real process: exit
/// codes, stdout and stderr as a user or CI sees them), including the inputs that cannot be
/// committed: a 200 MB file, a directory, a missing file, a file without read permission.
@Suite("validate-model executable on the fixture catalogue")
struct CatalogueTests {
    /// The executable SwiftPM built beside this test bundle.
    static var executable: URL {
        URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent("validate-model")
    }

    struct Run { let code: Int32; let out: String; let err: String }

    /// Runs the executable, optionally as another user (`setpriv`), with stdin closed.
    static func run(_ arguments: [String], asUser user: String? = nil) throws -> Run {
        let process = Process()
        if let user {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=\(user)", "--regid=\(user == "nobody" ? "nogroup" : user)", "--clear-groups", executable.path] + arguments
        } else {
            process.executableURL = executable
            process.arguments = arguments
        }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(code: process.terminationStatus, out: String(decoding: o, as: UTF8.self), err: String(decoding: e, as: UTF8.self))
    }

    @Test(arguments: try FixtureTests.expectations())
    func catalogueEntry(_ e: FixtureTests.Expectation) throws {
        let path = GoldenCatalog.packageRoot.appendingPathComponent("Fixtures/\(e.file)").path
        let r = try Self.run([path])
        #expect(r.code == e.exitCode, "\(e.file): exit \(r.code)")
        #expect(r.code != 0 || e.exitCode == 0)
        if let line = e.stderr {
            #expect(r.err == line.replacingOccurrences(of: "{file}", with: path) + "\n", "exactly one line on stderr")
            #expect(r.out.isEmpty)
        }
        if let summary = e.summary {
            #expect(r.out.hasSuffix(summary + "\n"))
            #expect(r.err.isEmpty)
        }
    }

    @Test func fileAboveTheSizeLimit() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("huge-\(UInt32.random(in: 0...UInt32.max)).json")
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        defer { try? FileManager.default.removeItem(at: url) }
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 200_000_000)  // sparse: 200 MB without writing them
        try handle.close()
        let r = try Self.run([url.path])
        #expect(r.code == 2)
        #expect(r.err == "Error: \(url.path): file: is 200 MB, above the 64 MiB limit; split the results over several files\n")
    }

    @Test func directoryAndMissingFile() throws {
        let dir = GoldenCatalog.packageRoot.appendingPathComponent("Fixtures").path
        let d = try Self.run([dir])
        #expect(d.code == 2)
        #expect(d.err == "Error: \(dir): file: is a directory; pass the model-output JSON file inside it\n")
        let m = try Self.run(["/nonexistent/output.json"])
        #expect(m.code == 2)
        #expect(m.err == "Error: /nonexistent/output.json: file: no such file; check the path\n")
    }

    /// As root every file is readable, so the check runs the tool as `nobody` through `setpriv`.
    @Test func fileWithoutReadPermission() throws {
        let dir = URL(fileURLWithPath: "/tmp").appendingPathComponent("unreadable-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("output.json")
        try Data("{\"results\": []}".utf8).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: url.path)
        let user: String? = getuid() == 0 ? "nobody" : nil
        let r = try Self.run([url.path, "--golden", GoldenCatalog.packageRoot.appendingPathComponent("Golden").path], asUser: user)
        #expect(r.code == 2)
        #expect(r.err == "Error: \(url.path): file: cannot be read; check its permissions\n")
    }

    @Test func tooManyResults() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("many-\(UInt32.random(in: 0...UInt32.max)).json")
        defer { try? FileManager.default.removeItem(at: url) }
        let item = "{\"id\":\"x.y\",\"value\":1,\"unit\":\"1\"}"
        let text = "{\"formatVersion\":1,\"results\":[" + Array(repeating: item, count: InputLimits.maxResults + 1).joined(separator: ",") + "]}"
        try Data(text.utf8).write(to: url)
        let r = try Self.run([url.path])
        #expect(r.code == 2)
        #expect(r.err == "Error: \(url.path): $.results: 1000001 results, above the limit of 1000000; split them over several files\n")
    }
}
