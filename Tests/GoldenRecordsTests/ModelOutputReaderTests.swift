import Foundation
import Testing
@testable import GoldenRecords

/// `ModelOutputReader` is a fast path: for any bytes, parsing a model output with it first must
/// give what the strict reader alone gives (the same results, or the same message).
@Suite("Model-output reader (the fast path)")
struct ModelOutputReaderTests {
    static func outcome(_ parse: () throws(InputError) -> ModelOutput) -> String {
        do throws(InputError) { return try parse().fingerprint } catch {
            return "refused: \(error.description)"
        }
    }

    /// The two parsings of `data` agree; returns whether the fast path read it alone.
    @discardableResult
    static func expectSameOutcome(
        _ data: Data, sourceLocation: SourceLocation = #_sourceLocation
    ) -> Bool {
        let fast = outcome { () throws(InputError) in
            try ModelOutput.parse(data: data, fileName: "out.json")
        }
        let strict = outcome { () throws(InputError) in
            try ModelOutput.parse(data: data, fileName: "out.json", readsDirectly: false)
        }
        #expect(fast == strict, sourceLocation: sourceLocation)
        return data.withUnsafeBytes { ModelOutputReader.read($0.bindMemory(to: UInt8.self)) } != nil
    }

    /// The model outputs of `Fixtures/` (valid and refused ones, hostile ones).
    static let fixtures: [URL] = {
        let root = GoldenCatalog.packageRoot.appendingPathComponent("Fixtures")
        return ["", "invalid", "hostile"].flatMap { folder in
            let dir = root.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
            return names.filter { $0.hasSuffix(".json") }.sorted().map {
                dir.appendingPathComponent($0)
            }
        }
    }()

    @Test func thereAreFixtures() { #expect(Self.fixtures.count > 60) }

    @Test(arguments: fixtures)
    func aFixtureGetsTheStrictReadersAnswer(_ file: URL) throws {
        Self.expectSameOutcome(try Data(contentsOf: file))
    }

    /// The shipped reference output is read by the fast path alone (it is not dead code).
    @Test func theReferenceOutputIsReadDirectly() throws {
        let file = GoldenCatalog.packageRoot.appendingPathComponent(
            "Fixtures/reference-output.json")
        #expect(Self.expectSameOutcome(try Data(contentsOf: file)))
    }

    static let sample = #"""
        {"formatVersion": 1, "model": {"name": "m", "version": "1"},
         "conditions": {"temperature": "25 °C"},
         "results": [
          {"id": "lee2020.a.b", "value": 1.5, "unit": "µm", "uncertainty": 0.1, "note": "n"},
          {"id": "lee2020.a.c", "value": "beta"},
          {"id": "lee2020.a.d", "value": 2, "unit": "V", "xUnit": null, "note": null},
          {"id": "lee2020.a.e", "value": null},
          {"id": "lee2020.a.f", "value": {"x": [1, 2], "y": [3, 4]}, "unit": "V", "xUnit": "h"},
          {"id": "lee2020.a.g", "value": 3, "unit": "K", "conditions": {"stack-pressure": "5 MPa"}}
         ]}
        """#

    @Test func theSampleIsReadDirectly() {
        #expect(Self.expectSameOutcome(Data(Self.sample.utf8)))
    }

    @Test(arguments: [
        (#""value": 1.5, "unit": "µm""#, #""value": 1.5"#),  // a number without a unit
        (#""value": 1.5"#, #""value": true"#),
        (#""value": 1.5"#, #""value": [1.5]"#),
        (#""value": 1.5"#, #""value": -0"#),
        (#""value": 1.5"#, #""value": 1.5, "value": 2"#),
        (#""uncertainty": 0.1"#, #""uncertainty": -0.1"#),
        (#""uncertainty": 0.1"#, #""uncertainty": -0.0"#),
        (#""uncertainty": 0.1"#, #""uncertainty": "0.1""#),
        (#""note": "n""#, #""note": 1"#),
        (#""id": "lee2020.a.b""#, #""id": """#),
        (#""id": "lee2020.a.b""#, #""id": "lee2020.a.c""#),  // a repeated id
        (#""id": "lee2020.a.b""#, #""id": null"#),
        (#""id": "lee2020.a.b""#, #""\u0069d": "lee2020.a.b""#),
        (#""unit": "µm""#, #""unit": "\u00b5m""#),
        (#""unit": "µm""#, #""unit": 3"#),
        (#""value": "beta""#, #""value": "be\ta""#),
        (#""formatVersion": 1"#, #""formatVersion": 2"#),
        (#""formatVersion": 1,"#, ""),
        (#""model": {"name": "m", "version": "1"},"#, ""),
        (#""model": {"name": "m", "version": "1"}"#, #""model": {"name": 3}"#),
        (#""model": {"name": "m", "version": "1"}"#, #""model": null"#),
        (#""conditions": {"temperature": "25 °C"},"#, ""),
        (#""conditions": {"temperature": "25 °C"}"#, #""conditions": {"temperature": 25}"#),
        ("\n ]}", "\n ], \"x\": 1}"),
        ("\n ]}", "\n ]}]"),
        ("\n ]}", "\n ]"),
        (#""results": ["#, #""results": [], "r": ["#),
    ] as [(String, String)])
    func anEditedSampleGetsTheStrictReadersAnswer(_ find: String, _ replacement: String) throws {
        try #require(Self.sample.contains(find))
        Self.expectSameOutcome(
            Data(Self.sample.replacing(find, with: replacement, maxReplacements: 1).utf8))
    }

    /// The results first and the header after them: read here, with the same answer.
    @Test func keysInAnotherOrder() {
        let text = #"{"results": [{"id": "a.b", "value": 1, "unit": "1"}], "formatVersion": 1}"#
        #expect(Self.expectSameOutcome(Data(text.utf8)))
    }

    @Test func noResults() {
        #expect(Self.expectSameOutcome(Data(#"{"formatVersion": 1, "results": []}"#.utf8)))
        Self.expectSameOutcome(Data(#"{"formatVersion": 1, "results": [ ]  }  "#.utf8))
    }

    /// Random byte edits of the sample and of the reference output: both parsings agree on
    /// each, and both outcomes occur.
    @Test func randomlyEditedOutputsGetTheStrictReadersAnswer() throws {
        var rng = SplitMix64(seed: 20_261_203)
        let reference = try Data(
            contentsOf: GoldenCatalog.packageRoot.appendingPathComponent(
                "Fixtures/reference-output.json"))
        var direct = 0, total = 0
        for source in [Data(Self.sample.utf8), reference] {
            let bytes = [UInt8](source)
            for _ in 0..<150 {
                total += 1
                if Self.expectSameOutcome(Data(randomlyEdited(bytes, using: &rng))) { direct += 1 }
            }
        }
        #expect(total == 300)
        #expect(direct > 0 && direct < total)
    }
}
