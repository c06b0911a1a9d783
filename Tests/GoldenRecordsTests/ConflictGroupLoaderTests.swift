import Foundation
import Testing
@testable import GoldenRecords

/// The loader's checks of `conflicts` (records of one paper that print two values for one
/// quantity), and the groups shipped in `Golden/`.
@Suite("Conflict-group loader")
struct ConflictGroupLoaderTests {
    static func record(_ id: String, _ value: String, unit: String = "nm") -> String {
        #"{"id": "\#(id)", "quantity": "q", "location": {"section": "s"}, "quote": "it was \#(value) \#(unit)", "printed": "\#(value)", "value": {"number": \#(value)}, "unit": "\#(unit)", "kind": "measured", "method": "m", "uncertainty": {"basis": "printed-precision"}, "notes": ""}"#
    }

    static func file(conflicts: String, records: [String]) -> Data {
        Data(#"{"formatVersion": 1, "paper": {"key": "t2024", "citation": "c", "file": "f.txt"}, "conflicts": \#(conflicts), "records": [\#(records.joined(separator: ", "))]}"#.utf8)
    }

    static let two = [record("t2024.a.one", "118"), record("t2024.a.two", "119")]

    @Test func aValidGroupIsSharedByItsMembers() throws {
        let records = try GoldenLoader.load(data: Self.file(conflicts: #"[{"name": "g", "members": ["t2024.a.one", "t2024.a.two"], "explanation": "e"}]"#, records: Self.two), fileName: "t.json")
        let a = try #require(records.first?.conflictGroup), b = try #require(records.last?.conflictGroup)
        #expect(a === b)
        #expect(a.members == ["t2024.a.one", "t2024.a.two"])
    }

    struct Bad: Sendable, CustomTestStringConvertible {
        let name: String, conflicts: String, records: [String], message: String
        var testDescription: String { name }
    }

    static let bad = [
        Bad(name: "one member", conflicts: #"[{"name": "g", "members": ["t2024.a.one"], "explanation": "e"}]"#, records: two,
            message: "a conflict group lists two or more different record ids"),
        Bad(name: "repeated member", conflicts: #"[{"name": "g", "members": ["t2024.a.one", "t2024.a.one"], "explanation": "e"}]"#, records: two,
            message: "a conflict group lists two or more different record ids"),
        Bad(name: "unknown member", conflicts: #"[{"name": "g", "members": ["t2024.a.one", "t2024.a.three"], "explanation": "e"}]"#, records: two,
            message: "group 'g': no record 't2024.a.three' in this file"),
        Bad(name: "member in two groups",
            conflicts: #"[{"name": "g", "members": ["t2024.a.one", "t2024.a.two"], "explanation": "e"}, {"name": "h", "members": ["t2024.a.two", "t2024.a.one"], "explanation": "e"}]"#,
            records: two, message: "'t2024.a.two' is already in another conflict group"),
        Bad(name: "other dimension", conflicts: #"[{"name": "g", "members": ["t2024.a.one", "t2024.a.two"], "explanation": "e"}]"#,
            records: [record("t2024.a.one", "118"), record("t2024.a.two", "119", unit: "mAh")],
            message: "group 'g': 't2024.a.two' is not the same kind of value as 't2024.a.one' (shape and unit dimension must agree)"),
        Bad(name: "name not kebab-case", conflicts: #"[{"name": "G G", "members": ["t2024.a.one", "t2024.a.two"], "explanation": "e"}]"#, records: two,
            message: "'G G' must be kebab-case and unique in the file"),
        Bad(name: "unknown field", conflicts: #"[{"name": "g", "members": ["t2024.a.one", "t2024.a.two"], "why": "e"}]"#, records: two,
            message: "unknown field 'why'; allowed: explanation, members, name"),
    ]

    @Test func sevenMalformedGroups() { #expect(Self.bad.count == 7) }

    @Test(arguments: bad)
    func malformedGroupsAreRefused(_ b: Bad) {
        #expect {
            try GoldenLoader.load(data: Self.file(conflicts: b.conflicts, records: b.records), fileName: "t.json")
        } throws: { error in
            guard let e = error as? InputError else { return false }
            return e.message == b.message
        }
    }

    /// The four shipped groups, by paper: Park CS3 at 60 °C; Jun's current density and bare
    /// full-cell capacity; Lee's 0.2 C capacity.
    @Test func shippedGroups() throws {
        let catalog = try GoldenCatalog.load()
        let groups = Set(catalog.records.compactMap { $0.conflictGroup.map { "\(($0.members.first ?? "").prefix { $0 != "." }):\($0.name)" } })
        #expect(groups == ["park2022:cs3-60c-regime", "jun2024:half-cell-current-density", "jun2024:full-cell-bare-discharge",
                           "lee2020:specific-capacity-0p2c"])
    }
}
