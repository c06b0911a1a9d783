/// A JSON value written deterministically: object keys in the order given, numbers in Swift's
/// shortest round-trip form, non-finite numbers as `null`. Used for reports, so that the same input
/// gives the same bytes.
package indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    /// Ordered key–value pairs.
    case object([(String, JSONValue)])
    /// An array whose elements are produced one at a time while the text is written, so a large
    /// report never holds all of its element trees at once.
    case lazyArray(count: Int, element: @Sendable (Int) -> JSONValue)

    package static func == (a: JSONValue, b: JSONValue) -> Bool { a.text(indent: nil) == b.text(indent: nil) }

    /// `nil` → `null`.
    package static func optional(_ x: Double?) -> JSONValue { x.map { .number($0) } ?? .null }

    /// Pretty-printed with two-space indentation when `indent` is not nil.
    package func text(indent: Int? = 0) -> String {
        var out = ""
        write(to: &out, indent: indent)
        return out
    }

    /// Appends the text to `out`: one growing buffer for the whole document, so a large report
    /// is not built as nested strings copied into their parents level by level.
    package func write(to out: inout String, indent: Int?) {
        switch self {
        case .null: out += "null"
        case let .bool(b): out += b ? "true" : "false"
        case let .number(x): out += x.isFinite ? jsonNumberText(x) : "null"
        case let .string(s): out += jsonString(s)
        case let .array(items):
            writeContainer(to: &out, indent: indent, open: "[", close: "]", count: items.count) { k, out, next in
                items[k].write(to: &out, indent: next)
            }
        case let .lazyArray(count, element):
            writeContainer(to: &out, indent: indent, open: "[", close: "]", count: count) { k, out, next in
                element(k).write(to: &out, indent: next)
            }
        case let .object(pairs):
            writeContainer(to: &out, indent: indent, open: "{", close: "}", count: pairs.count) { k, out, next in
                out += jsonString(pairs[k].0)
                out += next == nil ? ":" : ": "
                pairs[k].1.write(to: &out, indent: next)
            }
        }
    }

    /// `[]`/`{}` when empty; else the elements, comma-separated, each on its own indented line
    /// when pretty-printing.
    private func writeContainer(to out: inout String, indent: Int?, open: String, close: String, count: Int,
                                element: (Int, inout String, Int?) -> Void) {
        if count == 0 { out += open + close; return }
        out += open
        let next = indent.map { $0 + 1 }
        let pad = indent.map { String(repeating: "  ", count: $0 + 1) }
        for k in 0..<count {
            if k > 0 { out += "," }
            if let pad { out += "\n"; out += pad }
            element(k, &out, next)
        }
        if let indent { out += "\n"; out += String(repeating: "  ", count: indent) }
        out += close
    }
}
