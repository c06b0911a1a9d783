import Foundation
import Testing
@testable import GoldenRecords

/// The loader is strict: every refusal names the file and the record.
@Suite("Golden-record loader")
struct GoldenLoaderTests {
    static var validRecord: [String: Any] { [
        "id": "test2024.length.sample",
        "quantity": "a length",
        "location": ["section": "2 Methods", "figure": "Fig. 1"],
        "quote": "The layer was 880 nm thick.",
        "printed": "880",
        "value": ["number": 880],
        "unit": "nm",
        "kind": "measured",
        "method": "SEM",
        "uncertainty": ["basis": "printed-precision"],
        "notes": "",
    ] }

    static func document(records: [[String: Any]]) throws -> Data {
        let doc: [String: Any] = [
            "formatVersion": 1,
            "paper": ["key": "test2024", "citation": "A. Author, Test paper (2024)", "file": "test.txt"],
            "records": records,
        ]
        return try JSONSerialization.data(withJSONObject: doc, options: [.sortedKeys])
    }

    static func record(_ change: (inout [String: Any]) -> Void) -> [String: Any] {
        var r = validRecord
        change(&r)
        return r
    }

    @Test func loadsAValidRecordWithItsTolerance() throws {
        let records = try GoldenLoader.load(data: Self.document(records: [Self.validRecord]), fileName: "test2024.json")
        #expect(records.count == 1)
        let record = try #require(records.first)
        #expect(record.value == .number(880))
        #expect(record.tolerance == 0.5)
        #expect(record.paper.key == "test2024")
        #expect(record.location.description == "2 Methods, Fig. 1")
    }

    @Test(arguments: [
        ("approximate", 1.0), ("exact", 0.0),
    ] as [(String, Double)])
    func toleranceFollowsThePolicy(_ basis: String, _ tolerance: Double) throws {
        let r = Self.record { $0["uncertainty"] = ["basis": basis] }
        let first = try #require(try GoldenLoader.load(data: Self.document(records: [r]), fileName: "t.json").first)
        #expect(first.tolerance == tolerance)
    }

    /// `kind` and `basis` are matched on their bytes when plain; written with escapes they are
    /// read as strings, with the same answers.
    @Test(arguments: [
        (#""kind": "comp\u0075ted""#, RecordKind.computed, UncertaintyBasis.printedPrecision),
        (#""basis": "appro\u0078imate""#, RecordKind.measured, UncertaintyBasis.approximate),
    ] as [(String, RecordKind, UncertaintyBasis)])
    func escapedKindsAndBasesAreRead(
        _ member: String, _ kind: RecordKind, _ basis: UncertaintyBasis
    ) throws {
        let data = try Self.document(records: [Self.validRecord])
        var text = try #require(String(data: data, encoding: .utf8))
        let plain =
            member.hasPrefix(#""kind""#) ? #""kind":"measured""# : #""basis":"printed-precision""#
        #expect(text.contains(plain), "the fixture spells \(plain) without spaces")
        text = text.replacingOccurrences(of: plain, with: member)
        let records = try GoldenLoader.load(data: Data(text.utf8), fileName: "t.json")
        let first = try #require(records.first)
        #expect(first.kind == kind)
        #expect(first.uncertaintyBasis == basis)
    }

    @Test func statedUncertaintyIsTaken() throws {
        let r = Self.record { $0["uncertainty"] = ["basis": "stated", "plusMinus": 20] }
        let first = try #require(try GoldenLoader.load(data: Self.document(records: [r]), fileName: "t.json").first)
        #expect(first.tolerance == 20)
    }

    struct BadCase: Sendable, CustomTestStringConvertible {
        let name: String
        let expected: String
        let records: @Sendable () -> [[String: Any]]
        var testDescription: String { name }
    }

    static let badCases: [BadCase] = [
        BadCase(name: "duplicate id", expected: "t.json: record 'test2024.length.sample' $.records[1].id: duplicate id",
                records: { [validRecord, validRecord] }),
        BadCase(name: "unknown field", expected: "t.json: record 'test2024.length.sample' $.records[0]: unknown field 'colour'; allowed: conditions, discrepancy, id, kind, location, method, notes, printed, quantity, quote, uncertainty, unit, value",
                records: { [record { $0["colour"] = "red" }] }),
        BadCase(name: "missing quote", expected: "t.json: record 'test2024.length.sample' $.records[0]: missing required field 'quote'",
                records: { [record { $0["quote"] = nil }] }),
        BadCase(name: "missing section", expected: "t.json: record 'test2024.length.sample' $.records[0].location: missing required field 'section'",
                records: { [record { $0["location"] = ["figure": "Fig. 1"] }] }),
        BadCase(name: "unit outside the grammar", expected: "t.json: record 'test2024.length.sample' $.records[0].unit: unknown unit symbol 'furlong' in 'furlong'; see the unit grammar in CONTRIBUTING.md",
                records: { [record { $0["unit"] = "furlong" }] }),
        BadCase(name: "value disagrees with printed", expected: "t.json: record 'test2024.length.sample' $.records[0].value: value 88.0 does not match the number(s) printed in '880' (880.0)",
                records: { [record { $0["value"] = ["number": 88] }] }),
        BadCase(name: "printed not in quote", expected: "t.json: record 'test2024.length.sample' $.records[0].printed: '870' does not appear in the quote; copy the value exactly as printed in the quoted sentence",
                records: { [record { $0["printed"] = "870" }] }),
        BadCase(name: "value not parseable", expected: "t.json: record 'test2024.length.sample' $.records[0].value.number: expected a number, found a string",
                records: { [record { $0["value"] = ["number": "880"] }] }),
        BadCase(name: "id without paper key", expected: "t.json: record 'other2024.length.sample' $.records[0].id: id must be 'test2024.<topic>.<detail>' in lower case, digits and hyphens",
                records: { [record { $0["id"] = "other2024.length.sample" }] }),
        BadCase(name: "unknown kind", expected: "t.json: record 'test2024.length.sample' $.records[0].kind: unknown kind 'guess'; use one of measured, computed, parameter, observation, claim",
                records: { [record { $0["kind"] = "guess" }] }),
        BadCase(name: "kind not a string", expected: "t.json: record 'test2024.length.sample' $.records[0].kind: expected a string, found a number",
                records: { [record { $0["kind"] = 3 }] }),
        BadCase(name: "unknown basis", expected: "t.json: record 'test2024.length.sample' $.records[0].uncertainty.basis: unknown basis 'printed'; use one of printed-precision, approximate, stated, exact",
                records: { [record { $0["uncertainty"] = ["basis": "printed"] }] }),
        BadCase(name: "stated without plusMinus", expected: "t.json: record 'test2024.length.sample' $.records[0].uncertainty: basis 'stated' needs a positive plusMinus as printed",
                records: { [record { $0["uncertainty"] = ["basis": "stated"] }] }),
        BadCase(name: "category with a unit", expected: "t.json: record 'test2024.length.sample' $.records[0].uncertainty.basis: a category is 'exact'",
                records: { [record { $0["value"] = ["category": "cc-side"] }] }),
        BadCase(name: "no records", expected: "t.json: $.records: no records; a golden file must hold at least one",
                records: { [] }),
    ]

    @Test(arguments: badCases)
    func refuses(_ bad: BadCase) throws {
        let data = try Self.document(records: bad.records())
        #expect {
            try GoldenLoader.load(data: data, fileName: "t.json")
        } throws: { error in
            (error as? InputError)?.description == bad.expected
        }
    }

    @Test func everyBadCaseIsChecked() { #expect(Self.badCases.count == 15) }

    @Test(arguments: [
        ("", "t.json: $: file is empty"),
        ("[1, 2]", "t.json: $: expected a JSON object, found an array"),
        ("{\"formatVersion\": 2, \"paper\": {}, \"records\": []}", "t.json: $.formatVersion: unsupported format version; this loader reads version 1"),
    ])
    func refusesBadDocuments(_ text: String, _ expected: String) {
        #expect {
            try GoldenLoader.load(data: Data(text.utf8), fileName: "t.json")
        } throws: { ($0 as? InputError)?.description == expected }
    }

    @Test func missingFolderIsAnError() {
        #expect(throws: InputError.self) {
            try GoldenLoader.loadAll(directory: URL(fileURLWithPath: "/nonexistent-golden-folder"))
        }
    }

    @Test func emptyFolderIsAnError() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("empty-golden-\(UInt64.random(in: 0...UInt64.max))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect {
            try GoldenLoader.loadAll(directory: dir)
        } throws: { ($0 as? InputError)?.message == "no golden files (*.json) in this folder" }
    }

    /// A folder of golden files written from `files` (name → records), removed after `body`.
    static func withFolder(_ files: [String: [[String: Any]]], _ body: (URL) throws -> Void) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("golden-\(UInt64.random(in: 0...UInt64.max))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for (name, records) in files { try document(records: records).write(to: dir.appendingPathComponent(name)) }
        try body(dir)
    }

    static var second: [String: Any] { record { $0["id"] = "test2024.length.second" } }

    @Test func idRepeatedInAnotherFileNamesBothFiles() throws {
        try Self.withFolder(["a.json": [Self.validRecord], "b.json": [Self.second, Self.validRecord]]) { dir in
            #expect {
                try GoldenLoader.loadAll(directory: dir)
            } throws: { ($0 as? InputError)?.description == "b.json: record 'test2024.length.sample' id: id also used in a.json" }
        }
    }

    @Test func aFilesOwnDuplicateIsReportedBeforeARepeatFromAnotherFile() throws {
        try Self.withFolder(["a.json": [Self.validRecord], "b.json": [Self.validRecord, Self.second, Self.second]]) { dir in
            #expect {
                try GoldenLoader.loadAll(directory: dir)
            } throws: { ($0 as? InputError)?.description == "b.json: record 'test2024.length.second' $.records[2].id: duplicate id" }
        }
    }

    @Test func catalogIndexGivesEachRecordsPositionAcrossFiles() throws {
        try Self.withFolder(["a.json": [Self.validRecord], "b.json": [Self.second]]) { dir in
            let catalog = try GoldenCatalog.load(directory: dir)
            #expect(catalog.records.map(\.id) == ["test2024.length.sample", "test2024.length.second"])
            #expect(catalog.position(of: "test2024.length.second") == 1)
            #expect(catalog.position(of: "test2024.length.sample") == 0)
            #expect(catalog.position(of: "test2024.length.missing") == nil)
        }
    }
}
