import Foundation
import Testing
@testable import GoldenRecords

/// The parser keeps strings as byte ranges of the input and decodes them only when read, and
/// matches keys by their bytes. Escapes are where that could go wrong: a key spelled with `\u`
/// escapes is the same key, both for lookups and for the duplicate check.
@Suite("JSON tape parser")
struct JSONTapeTests {
    /// Reads `text` as a model output (with `"formatVersion": 1` put last when it has none, so columns stay);
    /// the error line when it is refused.
    static func parse(_ text: String) -> Result<ModelOutput, InputError> {
        let versioned = text.contains("formatVersion") ? text : text.dropLast() + ", \"formatVersion\": 1}"
        return Result { () throws(InputError) in try ModelOutput.parse(data: Data(versioned.utf8), fileName: "t.json") }
    }

    @Test func escapedKeysAreTheSameKeys() throws {
        let output = try Self.parse(#"{"results": [{"i\u0064": "kim2025.a.b", "val\u0075e": 1, "unit": "n\u006D"}]}"#).get()
        let result = try #require(output.results.first)
        #expect(result.id == "kim2025.a.b")
        #expect(result.value == .number(1))
        #expect(result.unit == "nm")
    }

    @Test(arguments: [
        #"{"results": [], "res\u0075lts": []}"#,
        #"{"re\u0073ults": [], "results": []}"#,
        #"{"\u0072esults": [], "r\u0065sults": []}"#,
    ])
    func aKeyRepeatedWithEscapesIsADuplicate(_ text: String) {
        guard case let .failure(error) = Self.parse(text) else { Issue.record("accepted \(text)"); return }
        #expect(error.message.contains("duplicate key \"results\""))
    }

    @Test func unknownEscapedKeyIsNamedDecoded() {
        guard case let .failure(error) = Self.parse(#"{"results": [], "c\u006Flour": 1}"#) else { Issue.record("accepted"); return }
        #expect(error.message.hasPrefix("unknown field 'colour'"))
    }

    @Test func stringsDecodeEscapesAndKeepUnicode() throws {
        let text = #"{"model": {"name": "tab\there \"q\" \\ \u00B5m \ud83d\ude00 µ°"}, "results": [{"id": "a.b", "value": "x\/y", "unit": "1"}]}"#
        let output = try Self.parse(text).get()
        #expect(output.modelName == "tab\there \"q\" \\ µm 😀 µ°")
        let result = try #require(output.results.first)
        #expect(result.value == .category("x/y"))
    }

    @Test func emptyStringsAndEmptyContainers() throws {
        let output = try Self.parse(#"{"model": {"name": ""}, "conditions": {}, "results": [{"id": "a.b", "value": {"x": [1], "y": [2]}, "unit": "1", "xUnit": "1"}]}"#).get()
        #expect(output.modelName == "")
        let result = try #require(output.results.first)
        #expect(result.value == .series(x: [1], y: [2]))
    }

    /// Values after a nested container are found: the tape skips whole subtrees.
    @Test func membersAfterNestedContainersAreFound() throws {
        let text = #"{"model": {"name": "n", "url": "u"}, "conditions": {"temperature": "60 °C"}, "results": [{"value": {"x": [1, 2, [3]], "y": [1, 2]}, "id": "a.b"}], "formatVersion": 1}"#
        guard case let .failure(error) = Self.parse(text) else { Issue.record("accepted"); return }
        // [3] inside x is an array where a number belongs; the error names that element.
        #expect(error.place == "$.results[0].value.x[2] (id 'a.b')")
    }

    /// Strings of lengths 0–20 with an escape or a raw control character at every place: the
    /// escape decoded, the control character refused with its column.
    @Test func escapesAndControlCharactersAtEveryPlace() throws {
        for length in 0...20 {
            let plain = String(repeating: "x", count: length)
            #expect(try Self.parse(#"{"model": {"name": "\#(plain)"}, "results": []}"#).get().modelName == plain)
            for k in 0..<length {
                var escaped = Array(plain)
                escaped[k] = "q"
                let withEscape = String(escaped).replacingOccurrences(of: "q", with: #"\u0071"#)
                #expect(try Self.parse(#"{"model": {"name": "\#(withEscape)"}, "results": []}"#).get().modelName == String(escaped))
                let prefix = String(repeating: "x", count: k), suffix = String(repeating: "x", count: length - k - 1)
                let withTab = "{\"model\": {\"name\": \"" + prefix + "\t" + suffix + "\"}, \"results\": []}"
                guard case let .failure(error) = Self.parse(withTab) else { Issue.record("a raw tab was accepted"); continue }
                // `{"model": {"name": "` is 20 characters: the string's first character is column 21.
                #expect(error.message == "not valid JSON: line 1, column \(21 + k): control character in a string; escape it (\\n, \\t, \\u00XX)")
            }
        }
    }
}
