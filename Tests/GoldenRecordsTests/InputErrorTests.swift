import Foundation
import Testing
import GoldenRecords

/// One error for every refused input, with a code per kind of refusal and one line that names
/// the file, the place and the fix.
@Suite("Input errors")
struct InputErrorTests {
    static func error(_ body: () throws -> Void) -> InputError? {
        do { try body() } catch { return error as? InputError }
        return nil
    }

    @Test func aMissingFolderIsUnreadable() throws {
        let e = try #require(Self.error { _ = try GoldenCatalog.load(directory: URL(fileURLWithPath: "/no/such/folder")) })
        #expect(e.code == .unreadable)
        #expect(e.description == "/no/such/folder: $: cannot list the golden folder; check that it exists and is readable")
    }

    @Test func aBrokenGoldenFileNamesItsRecord() throws {
        var record = GoldenLoaderTests.validRecord
        record["printed"] = "881"
        let data = try GoldenLoaderTests.document(records: [record])
        let e = try #require(Self.error { _ = try GoldenLoader.load(data: data, fileName: "t.json") })
        #expect(e.code == .invalidGoldenFile)
        #expect(e.recordID == "test2024.length.sample")
        #expect(e.place == "record 'test2024.length.sample' $.records[0].printed")
        #expect(e.description.hasPrefix("t.json: record 'test2024.length.sample' $.records[0].printed: '881'"))
    }

    @Test func aBrokenModelOutputIsInvalidModelOutput() throws {
        let data = Data(#"{"formatVersion": 1, "results": [{"id": "a.b.c", "value": 1, "unit": "nm", "colour": 1}]}"#.utf8)
        let e = try #require(Self.error { _ = try ModelOutput.parse(data: data, fileName: "out.json") })
        #expect(e.code == .invalidModelOutput)
        #expect(e.file == "out.json" && e.place.hasPrefix("$.results[0]"))
    }

    @Test func aMissingModelOutputIsUnreadable() throws {
        let e = try #require(Self.error { _ = try ModelOutput.read(file: "/no/such/out.json") })
        #expect(e.code == .unreadable)
        #expect(e.description == "/no/such/out.json: file: no such file; check the path")
    }

    @Test func aLookupMissNamesThePaperFile() throws {
        let catalog = try Shared.catalog.get()
        let e = try #require(Self.error { _ = try catalog.record("kim2025.no-such.record") })
        #expect(e.code == .noSuchRecord)
        #expect(e.description == "kim2025.json: record 'kim2025.no-such.record' id: no such golden record")
        let other = try #require(Self.error { _ = try catalog.record("nobody2030.x.y") })
        #expect(other.file == "golden records")
    }

    @Test func aRecordOfTheWrongShapeIsUnusable() throws {
        let catalog = try Shared.catalog.get()
        let e = try #require(Self.error { _ = try catalog.range("lee2020.xrd.wavelength", in: "Å") })
        #expect(e.code == .unusableRecord)
        #expect(e.recordID == "lee2020.xrd.wavelength")
    }

    @Test func everyCodeHasAName() {
        #expect(InputError.Code.allCases.map(\.description) == [
            "unreadable", "invalidGoldenFile", "invalidModelOutput", "incomparableResult",
            "noSuchRecord", "unusableRecord",
        ])
    }
}
