import Foundation
import Testing
@testable import GoldenRecords

/// `GoldenFileReader` is a fast path: for any bytes, loading a golden file with it first must
/// give what the strict reader alone gives (the same records, or the same message).
@Suite("Golden file reader (the fast path)")
struct GoldenFileReaderTests {
    /// What loading gives: each record's fingerprint, or the message.
    static func outcome(_ load: () throws(InputError) -> [GoldenRecord]) -> String {
        do throws(InputError) {
            return try load().map(\.fingerprint).joined(separator: "\n\n")
        } catch {
            return "refused: \(error.description)"
        }
    }

    /// The two loadings of `data` agree; returns whether the fast path read it alone.
    @discardableResult
    static func expectSameOutcome(
        _ data: Data, _ name: String = "test2024.json",
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> Bool {
        let fast = outcome { () throws(InputError) in
            try GoldenLoader.load(data: data, fileName: name)
        }
        let strict = outcome { () throws(InputError) in
            try GoldenLoader.loadStrictly(data: data, fileName: name)
        }
        #expect(fast == strict, sourceLocation: sourceLocation)
        return data.withUnsafeBytes { GoldenFileReader.read($0.bindMemory(to: UInt8.self)) } != nil
    }

    @Test func theShippedFilesAreFive() {
        #expect(ShippedGolden.fileNames.count == 5)
    }

    /// The real files are read by the fast path (it is not dead code) with the strict
    /// reader's records, those with conditions and discrepancies included.
    @Test(arguments: ShippedGolden.fileNames)
    func aShippedFileIsReadDirectlyWithTheSameRecords(_ file: String) throws {
        let data = try #require(ShippedGolden.data(of: file))
        #expect(Self.expectSameOutcome(data, file))
        let records = try GoldenLoader.load(data: data, fileName: file)
        #expect(records.count > 10)
    }

    /// A small valid file with every shape the fast path reads itself; `edit` changes its text.
    static func document(_ edit: (String) -> String = { $0 }) -> Data {
        let text = #"""
            {"formatVersion": 1,
             "paper": {"key": "test2024", "citation": "A. Author (2024)", "file": "t.txt"},
             "conflicts": [{"name": "twice", "members": ["test2024.a.one", "test2024.a.two"],
                            "explanation": "printed twice"}],
             "records": [
              {"id": "test2024.a.one", "quantity": "a length", "location": {"section": "2", "figure": "Fig. 1"},
               "quote": "The layer was 880 nm thick.", "printed": "880", "value": {"number": 880},
               "unit": "nm", "kind": "measured", "method": "SEM",
               "uncertainty": {"basis": "printed-precision"}, "notes": "a note"},
              {"id": "test2024.a.two", "quantity": "a length", "location": {"section": "3", "table": "T1"},
               "quote": "It was 0.88 µm.", "printed": "0.88", "value": {"number": 0.88},
               "unit": "µm", "kind": "computed", "method": "eq. 1",
               "uncertainty": {"basis": "approximate"}},
              {"id": "test2024.b.range", "quantity": "a range", "location": {"section": "4", "equation": "2"},
               "quote": "between 2.5 and 3 V", "printed": "2.5 and 3", "value": {"range": [2.5, 3]},
               "unit": "V", "kind": "measured", "method": "CV", "uncertainty": {"basis": "stated", "plusMinus": 0.1},
               "notes": null},
              {"id": "test2024.b.bound", "quantity": "a bound", "location": {"section": "5"},
               "quote": "below 10 MPa", "printed": "10", "value": {"bound": {"relation": "<", "number": 10}},
               "unit": "MPa", "kind": "claim", "method": "text", "uncertainty": {"basis": "exact", "plusMinus": null}},
              {"id": "test2024.b.category", "quantity": "a phase", "location": {"section": "6"},
               "quote": "the \"beta\" phase", "printed": "beta", "value": {"category": "beta"},
               "unit": "-", "kind": "observation", "method": "XRD", "uncertainty": {"basis": "exact"}},
              {"id": "test2024.c.conditions", "quantity": "a length", "location": {"section": "7"},
               "quote": "It was 5 nm at 25 °C.", "printed": "5", "value": {"number": 5}, "unit": "nm",
               "kind": "measured", "method": "SEM", "uncertainty": {"basis": "printed-precision"},
               "conditions": {"temperature": "25 °C"},
               "discrepancy": {"reading": "as-printed", "referenceValue": 5.2, "explanation": "e"}},
              {"id": "test2024.c.series", "quantity": "a curve", "location": {"section": "8"},
               "quote": "see Fig. 2", "printed": "2", "unit": "V",
               "value": {"series": {"x": [1, 2], "y": [3, 4], "xUnit": "h"}},
               "kind": "measured", "method": "plot", "uncertainty": {"basis": "stated", "plusMinus": 0.5}}
             ]}
            """#
        return Data(edit(text).utf8)
    }

    @Test func theSampleIsValidAndReadDirectly() throws {
        #expect(Self.expectSameOutcome(Self.document()))
        #expect(try GoldenLoader.load(data: Self.document(), fileName: "test2024.json").count == 7)
    }

    /// Edits of the sample that the strict reader accepts or refuses, in the parts the fast
    /// path reads itself and at the shapes where it hands over; both loadings agree on each.
    @Test(arguments: [
        (#""section": "2""#, #""section": "2", "section": "2""#),  // a duplicate key
        (#""figure": "Fig. 1""#, #""figure": null"#),
        (#""section": "2""#, #""section": null"#),
        (#""notes": "a note""#, #""notes": 3"#),
        (#""value": {"number": 880}"#, #""value": {"number": 880, "range": null}"#),
        (#""value": {"number": 880}"#, #""value": {"number": null}"#),
        (#""value": {"number": 880}"#, #""value": {}"#),
        (#""value": {"number": 880}"#, #""value": {"number": "880"}"#),
        (#""value": {"number": 880}"#, #""value": {"number": 880.0e0}"#),
        (#""value": {"number": 880}"#, #""value": {"number": 0880}"#),
        (#""value": {"number": 880}"#, #""value": {"number": 1e400}"#),
        ("[2.5, 3]", "[3, 2.5]"),
        ("[2.5, 3]", "[2.5, 3, 4]"),
        ("[2.5, 3]", "[2.5]"),
        ("[2.5, 3]", "[2.5, null]"),
        (#""relation": "<""#, #""relation": "≤""#),
        (#""relation": "<""#, #""relation": null"#),
        (#""relation": "<", "number": 10"#, #""number": 10, "relation": "<""#),
        (#""kind": "measured""#, #""kind": "me\u0061sured""#),
        (#""kind": "measured""#, #""kind": "Measured""#),
        (#""kind": "measured""#, #""kind": null"#),
        (#""basis": "approximate""#, #""b\u0061sis": "approximate""#),  // an escaped key
        (#""plusMinus": 0.1"#, #""plusMinus": -0.1"#),
        (#""plusMinus": 0.1"#, #""plusMinus": null"#),
        (#""unit": "nm""#, #""unit": "furlong""#),
        (#""unit": "nm""#, #""unit": "-""#),
        (#""printed": "880""#, #""printed": "881""#),
        (#""printed": "880""#, #""printed": """#),
        (#""id": "test2024.a.one""#, #""id": "test2024.a.two""#),  // a duplicate id
        (#""id": "test2024.a.one""#, #""id": "other2024.a.one""#),
        (#""id": "test2024.a.one""#, #""id": "test2024.a.one", "extra": 1"#),
        (#""members": ["test2024.a.one", "#, #""members": ["test2024.a.zero", "#),
        (#""quote": "The layer"#, #""quote": "The\u0020layer"#),
        (#""quote": "The layer"#, "\"quote\": \"The\tlayer"),  // a raw tab in a string
        (#""quote": "The layer"#, #""quote": "The \x layer"#),
        (#""formatVersion": 1"#, #""formatVersion": 2"#),
        (#""formatVersion": 1"#, #""formatVersion": 1.0"#),
        (#""formatVersion": 1,"#, ""),
        ("\n ]}", "\n ], \"extra\": 1}"),
        ("\n ]}", "\n ]} x"),
        ("\n ]}", "\n ]}\r\n\t "),
        ("\n ]}", "\n ]"),
        (#""records": ["#, #""records": [], "more": ["#),
        (#""conditions": {"temperature""#, #""conditions": {"temperature": null, "t""#),
        (#""referenceValue": 5.2"#, #""referenceValue": "5.2""#),
        (#""notes": "a note"}"#, #""notes": "a note", "discrepancy": null}"#),
        (#""xUnit": "h""#, #""xUnit": "fortnight""#),
    ] as [(String, String)])
    func anEditedSampleGetsTheStrictReadersAnswer(_ find: String, _ replacement: String) throws {
        let text = String(decoding: Self.document(), as: UTF8.self)
        try #require(text.contains(find))
        Self.expectSameOutcome(
            Self.document { $0.replacing(find, with: replacement, maxReplacements: 1) })
    }

    /// Keys in an order the fast path does not read (records before the paper, conflicts after
    /// the records) are read by the strict reader, which accepts them.
    @Test func keysInAnotherOrderAreHandedOver() throws {
        let data = Self.document()
        let doc = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let reordered = try JSONSerialization.data(withJSONObject: doc, options: [.sortedKeys])
        // Sorted: conflicts, formatVersion, paper, records: paper after conflicts is read here,
        // and records last; reversed by hand: records first.
        #expect(Self.expectSameOutcome(reordered))
        let text = String(decoding: reordered, as: UTF8.self)
        let recordsAt = try #require(text.range(of: #""records":"#))
        let recordsFirst =
            "{" + text[recordsAt.lowerBound..<text.index(before: text.endIndex)] + ","
            + text[text.index(after: text.startIndex)..<recordsAt.lowerBound].dropLast() + "}"
        #expect(!Self.expectSameOutcome(Data(recordsFirst.utf8)))
        #expect(try GoldenLoader.load(data: Data(recordsFirst.utf8), fileName: "t.json").count == 7)
    }

    /// Random byte edits (deleted, inserted, replaced, repeated) of every shipped file and of
    /// the sample: both loadings agree on each, and both outcomes occur.
    @Test func randomlyEditedFilesGetTheStrictReadersAnswer() throws {
        var rng = SplitMix64(seed: 20_261_202)
        var sources = try ShippedGolden.fileNames.map { try #require(ShippedGolden.data(of: $0)) }
        sources.append(Self.document())
        var direct = 0, total = 0
        for source in sources {
            let bytes = [UInt8](source)
            for _ in 0..<60 {
                total += 1
                if Self.expectSameOutcome(Data(randomlyEdited(bytes, using: &rng))) { direct += 1 }
            }
        }
        #expect(total == 360)
        #expect(direct > 0 && direct < total)  // both paths taken
    }
}

extension GoldenFileReaderTests {
    /// The reader's key enums name the format's fields in order (a key is read as its place).
    @Test func theKeysAreTheFormatsFields() {
        #expect(GoldenFileReader.readsTheFormat)
        #expect(ModelOutputReader.readsTheFormat)
    }
}
