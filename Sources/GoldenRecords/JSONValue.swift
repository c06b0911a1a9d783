/// A JSON value written deterministically: object keys in the order given, numbers in Swift's
/// shortest round-trip form, non-finite numbers as `null`. Used for reports, so that the same input
/// gives the same bytes.
public indirect enum JSONValue: Sendable, Equatable {
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

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.text(indent: nil) == b.text(indent: nil) }

    /// `nil` → `null`.
    public static func optional(_ x: Double?) -> JSONValue { x.map { .number($0) } ?? .null }

    /// Pretty-printed with two-space indentation when `indent` is not nil.
    public func text(indent: Int? = 0) -> String {
        let pad = indent.map { String(repeating: "  ", count: $0 + 1) }
        let close = indent.map { String(repeating: "  ", count: $0) } ?? ""
        let next = indent.map { $0 + 1 }
        switch self {
        case .null: return "null"
        case let .bool(b): return b ? "true" : "false"
        case let .number(x): return x.isFinite ? jsonNumberText(x) : "null"
        case let .string(s): return jsonString(s)
        case let .array(items):
            if items.isEmpty { return "[]" }
            guard let pad else { return "[" + items.map { $0.text(indent: nil) }.joined(separator: ",") + "]" }
            return "[\n" + items.map { pad + $0.text(indent: next) }.joined(separator: ",\n") + "\n\(close)]"
        case let .lazyArray(count, element):
            if count == 0 { return "[]" }
            var out = "["
            for k in 0..<count {
                if k > 0 { out += "," }
                if let pad { out += "\n" + pad + element(k).text(indent: next) } else { out += element(k).text(indent: nil) }
            }
            return out + (pad == nil ? "]" : "\n\(close)]")
        case let .object(pairs):
            if pairs.isEmpty { return "{}" }
            guard let pad else { return "{" + pairs.map { jsonString($0.0) + ":" + $0.1.text(indent: nil) }.joined(separator: ",") + "}" }
            return "{\n" + pairs.map { pad + jsonString($0.0) + ": " + $0.1.text(indent: next) }.joined(separator: ",\n") + "\n\(close)}"
        }
    }
}
