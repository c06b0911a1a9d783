import GoldenRecords

/// Pretty-printed JSON written straight into a `ReportText`, with the layout of
/// `JSONValue.text()` (two-space indentation, `"key": value`, `[]` and `{}` when empty, numbers as
/// `jsonNumberText`, non-finite numbers as `null`), so a report can mix values built as
/// `JSONValue`s with rows written field by field, and the bytes are those of one `JSONValue`.
struct JSONWriter {
    private(set) var out: ReportText
    /// Per open container: how many elements or members it has so far (`depth` of them).
    private var counts = InlineArray<16, Int>(repeating: 0)
    private var depth = 0
    /// A key was just written: the value follows on its line.
    private var afterKey = false

    init(capacity: Int) { out = ReportText(capacity: capacity) }

    /// Before a value: the comma after the previous element and the new line, unless the value
    /// follows its key.
    private mutating func startValue() {
        if afterKey { afterKey = false; return }
        guard depth > 0 else { return }
        out.appendLineBreak(comma: counts[depth - 1] > 0, indent: 2 * depth)
        counts[depth - 1] += 1
    }

    /// A key the report names: a literal, which needs no escaping. Inlined, so that the key's
    /// length is a constant where it is written and its bytes are copied without a call.
    @inline(__always)
    mutating func key(_ name: StaticString) {
        if !afterKey, depth > 0 {  // startValue and the key in one write
            out.appendKeyLine(comma: counts[depth - 1] > 0, indent: 2 * depth, name: name)
            counts[depth - 1] += 1
        } else {
            startValue()
            out.appendJSONKey(name)
        }
        afterKey = true
    }

    mutating func key(named name: String) {
        startValue()
        out.append(jsonString: name)
        out.append(": ")
        afterKey = true
    }

    mutating func beginObject() { open(UInt8(ascii: "{")) }
    mutating func beginArray() { open(UInt8(ascii: "[")) }
    mutating func endObject() { close(UInt8(ascii: "}")) }
    mutating func endArray() { close(UInt8(ascii: "]")) }

    private mutating func open(_ bracket: UInt8) {
        startValue()
        out.append(bracket)
        precondition(depth < counts.count, "reports nest at most 16 levels")
        counts[depth] = 0
        depth += 1
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if counts[depth] > 0 {
            out.append(UInt8(ascii: "\n"))
            out.append(spaces: 2 * depth)
        }
        out.append(bracket)
    }

    mutating func string(_ s: String) {
        startValue()
        out.append(jsonString: s)
    }

    mutating func number(_ x: Double) {
        startValue()
        if x.isFinite { out.append(jsonNumber: x) } else { out.append("null") }
    }

    /// `null` for nil.
    mutating func number(_ x: Double?) {
        guard let x else { return null() }
        number(x)
    }

    mutating func null() {
        startValue()
        out.append("null")
    }

    /// A value built as a tree (the small parts of a report), laid out at this depth.
    mutating func value(_ v: JSONValue) {
        startValue()
        var text = ""
        v.write(to: &text, indent: depth)
        out.append(text)
    }

    /// `"name": value` for each pair.
    mutating func members(_ pairs: [(String, JSONValue)]) {
        for (name, v) in pairs {
            key(named: name)
            value(v)
        }
    }
}

extension ReportText {
    /// `jsonString(s)`, without a copy of `s` when it needs no escape (the common case).
    mutating func append(jsonString s: String) {
        let plain = s.withUTF8Bytes { bytes in
            guard !needsJSONEscape(bytes) else { return false }
            appendQuoted(bytes)
            return true
        }
        if !plain { append(jsonString(s)) }
    }
}
