import Testing
@testable import GoldenRecords

/// `FieldNames.Lookup` answers a literal from its address when it is the literal the names were
/// made of, and from its bytes otherwise. The literals here are this test module's: the linker
/// may or may not have merged them with the loader's equal ones, so either path may answer, and
/// both must give the same positions; a stranger's address that falls in an occupied bucket must
/// not be taken for that bucket's name.
@Suite("Field-name lookup")
struct FieldNamesTests {
    static let recordNames: [StaticString] = [
        "id", "quantity", "location", "quote", "printed", "value", "unit", "kind", "method",
        "uncertainty", "notes", "discrepancy", "conditions",
    ]

    @Test func theLoadersNamesAskedWithOtherLiteralsGiveTheirPositions() {
        #expect(GoldenLoader.recordFields.names.count == Self.recordNames.count)
        for (j, name) in Self.recordNames.enumerated() {
            #expect(GoldenLoader.recordFields.lookup.index(of: name) == j, "\(name)")
        }
    }

    /// Names that are not fields, among them prefixes, extensions and case changes of fields.
    static let strangers: [StaticString] = [
        "", "i", "ids", "Id", "ID", "quantities", "loc", "quot", "quotes", "print", "values",
        "units", "kinds", "Method", "uncertain", "note", "discrepancies", "condition", "paper",
        "records", "formatVersion", "number", "range", "bound", "category", "series", "basis",
        "plusMinus", "section", "figure", "equation", "table", "reading", "referenceValue",
        "explanation", "otherReadings", "x", "y", "xUnit", "relation", "key", "citation",
    ]

    @Test func namesThatAreNotFieldsAreNotFound() {
        #expect(Self.strangers.count == 42)
        for name in Self.strangers {
            #expect(GoldenLoader.recordFields.lookup.index(of: name) == nil, "\(name)")
        }
    }

    @Test func namesMadeHereAreFoundByTheirOwnLiterals() {
        let names: FieldNames = ["basis", "plusMinus"]
        #expect(names.lookup.index(of: "basis") == 0)
        #expect(names.lookup.index(of: "plusMinus") == 1)
        #expect(names.lookup.index(of: "plus") == nil)
    }
}
