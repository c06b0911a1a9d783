import Foundation
import Testing
import GoldenRecords
@testable import ValidateModelCLI

/// Runs `validate-model` on every shipped fixture and compares exit code and message with
/// `Fixtures/expectations.json`.
@Suite("validate-model on the shipped fixtures")
struct FixtureTests {
    struct Expectation: Codable, Sendable, CustomTestStringConvertible {
        var file: String = ""
        let exitCode: Int32
        let stderr: String?
        let summary: String?
        var testDescription: String { file }
        enum CodingKeys: String, CodingKey { case exitCode, stderr, summary }
    }

    static let root = GoldenCatalog.packageRoot

    static func expectations() throws -> [Expectation] {
        struct File: Codable { let fixtures: [String: Expectation] }
        let data = try Data(contentsOf: root.appendingPathComponent("Fixtures/expectations.json"))
        let file = try JSONDecoder().decode(File.self, from: data)
        return file.fixtures.map { name, e in var e = e; e.file = name; return e }.sorted { $0.file < $1.file }
    }

    /// Runs the command in-process and captures both streams.
    static func run(_ arguments: [String]) -> (code: Int32, out: [String], err: [String]) {
        var out: [String] = [], err: [String] = []
        let code = ValidateModel.run(arguments, out: { out.append($0) }, err: { err.append($0) })
        return (code, out.flatMap { $0.components(separatedBy: "\n") }, err)
    }

    @Test func everyFixtureHasAnExpectation() throws {
        let listed = Set(try Self.expectations().map(\.file))
        let fm = FileManager.default
        let onDisk = Set(try fm.contentsOfDirectory(atPath: Self.root.appendingPathComponent("Fixtures").path).filter { $0.hasSuffix(".json") && $0 != "expectations.json" }
            + fm.contentsOfDirectory(atPath: Self.root.appendingPathComponent("Fixtures/invalid").path).map { "invalid/\($0)" }
            + fm.contentsOfDirectory(atPath: Self.root.appendingPathComponent("Fixtures/hostile").path).map { "hostile/\($0)" })
        #expect(listed == onDisk)
        #expect(listed.count == 65)  // 22 examples, 27 invalid inputs, 16 hostile probes
    }

    @Test(arguments: try expectations())
    func fixtureGivesTheDocumentedAnswer(_ e: Expectation) {
        let path = Self.root.appendingPathComponent("Fixtures/\(e.file)").path
        let (code, out, err) = Self.run([path])
        #expect(code == e.exitCode)
        if let line = e.stderr {
            #expect(err == [line.replacingOccurrences(of: "{file}", with: path)])
            #expect(out.isEmpty)
        }
        if let summary = e.summary {
            #expect(out.last == summary)
            #expect(err.isEmpty)
        }
    }

    /// `Fixtures/reference-output.json` is what `--reference-output` writes today.
    @Test func referenceFixtureIsNotStale() throws {
        let (code, out, _) = Self.run(["--reference-output"])
        #expect(code == 0)
        let shipped = try String(contentsOf: Self.root.appendingPathComponent("Fixtures/reference-output.json"), encoding: .utf8)
        let current = out.joined(separator: "\n") + "\n"
        let differences = ReferenceSnapshot.differences(shipped: shipped, current: current)
        #expect(differences.isEmpty, "Fixtures/reference-output.json is stale:\n\(differences.joined(separator: "\n"))")
    }

    @Test func missingFileAndDirectoryAreInputErrors() {
        let missing = Self.run(["/nonexistent/output.json"])
        #expect(missing.code == 2)
        #expect(missing.err == ["Error: /nonexistent/output.json: file: no such file; check the path"])
        let directory = Self.root.appendingPathComponent("Fixtures").path
        let dir = Self.run([directory])
        #expect(dir.code == 2)
        #expect(dir.err == ["Error: \(directory): file: is a directory; pass the model-output JSON file inside it"])
    }
}
