import Testing
import ValidateModelCLI

/// `ReportText` manages its own memory (pointer, count, capacity, copy on write): a copy must
/// never see, or overwrite, what another copy writes, and growing must keep every byte.
@Suite("Report text buffer")
struct ReportTextTests {
    static func text(_ r: ReportText) -> String { String(decoding: r.bytes, as: UTF8.self) }

    @Test func copiesAreIndependent() {
        var a = ReportText(capacity: 4)
        a.append("abc")
        var b = a
        b.append("def")
        a.append("XY")
        #expect(Self.text(a) == "abcXY")
        #expect(Self.text(b) == "abcdef")
        var c = a
        c.truncate(to: 1)
        c.append("Q")
        #expect(Self.text(c) == "aQ")
        #expect(Self.text(a) == "abcXY", "a truncated copy's writes stay its own")
    }

    @Test func growingKeepsEveryByte() {
        var r = ReportText(capacity: 1)
        var expected = ""
        for k in 0..<20_000 {
            let piece = k % 7 == 0 ? "µ°\(k)" : "\(k % 10)"
            r.append(piece)
            expected += piece
            if k % 1000 == 999 { r.append(spaces: 3); expected += "   " }
        }
        r.append(UInt8(ascii: "!"))
        expected += "!"
        #expect(r.count == expected.utf8.count)
        #expect(Self.text(r) == expected)
    }

    @Test func trailingSpacesAreTrimmedToTheLineStart() {
        var r = ReportText()
        r.append("ab  ")
        let start = r.count
        r.append("    ")
        r.trimSpaces(downTo: start)
        #expect(Self.text(r) == "ab  ")
        r.trimSpaces(downTo: 0)
        #expect(Self.text(r) == "ab")
    }
}
