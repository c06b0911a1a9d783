import Foundation

/// Limits that keep untrusted input from exhausting the stack or memory (documented in README.md).
public enum InputLimits {
    /// Largest model-output or golden file read, in bytes (64 MiB).
    public static let maxFileBytes = 64 << 20
    /// Deepest nesting of arrays and objects.
    public static let maxDepth = 64
    /// Most entries in a model output's `results`.
    public static let maxResults = 1_000_000
}

/// A strict RFC 8259 JSON parser over UTF-8 bytes, written for untrusted input:
///
/// - refuses what JSONSerialization accepts silently: duplicate object keys, `NaN`/`Infinity`,
///   numbers out of the range of a double (`1e400`), a byte-order mark, invalid UTF-8;
/// - bounded: nesting deeper than `InputLimits.maxDepth` is refused, so a file of 100 000 `[`
///   cannot overflow the stack;
/// - every error names line and column.
///
/// It does not build a tree of values. It validates the whole document and writes a flat *tape*
/// (`JSONTape`): one `JSONNode` per value or key, in document order, pointing back into the
/// input bytes. Strings become `String`s only when a reader asks for them (`JSON.string`), so a
/// 35 MB golden file costs one array of nodes instead of millions of small allocations.
struct JSONParser {
    /// Why bytes are refused: the whole file (empty, a byte-order mark, too large), or the
    /// place where they stop being JSON.
    struct Failure: Error, Equatable {
        enum Place: Equatable {
            case wholeFile
            case text(line: Int, column: Int)
        }

        let place: Place
        let reason: String

        /// `line 3, column 7: …` for a place in the text, else the reason alone.
        var message: String {
            switch place {
            case .wholeFile: reason
            case let .text(line, column): "line \(line), column \(column): \(reason)"
            }
        }
    }

    /// The lexical layer: the cursor and the checks of each token.
    private var scanner: JSONScanner
    private var bytes: UnsafeBufferPointer<UInt8> { scanner.bytes }
    private var i: Int {
        get { scanner.i }
        set { scanner.i = newValue }
    }
    private var depth = 0
    private var nodes: [JSONNode] = []
    private var numbers: [Double] = []
    /// Key nodes of the objects being parsed, shared by all nesting levels (duplicate check).
    private var keyStack: [Int] = []

    private init(_ bytes: UnsafeBufferPointer<UInt8>) { scanner = JSONScanner(bytes) }

    /// Parses `bytes` and calls `body` with the document's root value. The values handed to
    /// `body` point into `bytes` and the tape: they are valid only during the call.
    static func withDocument<R>(
        _ bytes: UnsafeBufferPointer<UInt8>,
        _ body: (JSON) throws(StrictJSONError) -> R
    ) throws(Failure) -> Result<R, StrictJSONError> {
        if bytes.isEmpty { throw Failure(place: .wholeFile, reason: "file is empty") }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            throw Failure(
                place: .wholeFile,
                reason: "file starts with a UTF-8 byte-order mark; save it as UTF-8 without BOM")
        }
        guard bytes.count <= InputLimits.maxFileBytes else {
            throw Failure(
                place: .wholeFile,
                reason:
                    "\(bytes.count) bytes, above the limit of \(InputLimits.maxFileBytes) (64 MiB)")
        }
        var parser = JSONParser(bytes)
        parser.nodes.reserveCapacity(bytes.count / 8 + 16)
        parser.scanner.skipWhitespace()
        try parser.value()
        parser.scanner.skipWhitespace()
        if parser.i < bytes.count {
            throw parser.scanner.failure("unexpected text after the JSON value")
        }
        return parser.withTape(body)
    }

    /// Parses the one value that starts at `offset` in `bytes`, inside `depth` enclosing
    /// containers (which count towards `InputLimits.maxDepth`), and calls `body` with it as
    /// `withDocument` does with a document's root; also returns the offset after the value.
    /// For a reader that reads most of a document itself (`GoldenFileReader`) and hands the
    /// rare parts to readers of `JSON` values.
    static func withValue<R>(
        in bytes: UnsafeBufferPointer<UInt8>, at offset: Int, depth: Int,
        _ body: (JSON) throws(StrictJSONError) -> R
    ) throws(Failure) -> (result: Result<R, StrictJSONError>, end: Int) {
        var parser = JSONParser(bytes)
        parser.i = offset
        parser.depth = depth
        try parser.value()
        return (parser.withTape(body), parser.i)
    }

    /// Calls `body` with the root of the parsed tape (valid only during the call).
    private func withTape<R>(
        _ body: (JSON) throws(StrictJSONError) -> R
    ) -> Result<R, StrictJSONError> {
        nodes.withUnsafeBufferPointer { nodes in
            numbers.withUnsafeBufferPointer { numbers in
                var tape = JSONTape(bytes: bytes, nodes: nodes, numbers: numbers)
                return withUnsafePointer(to: &tape) { tape in
                    Result { () throws(StrictJSONError) in try body(JSON(tape: tape, index: 0)) }
                }
            }
        }
    }

    // MARK: Values

    private mutating func value() throws(Failure) {
        guard i < bytes.count else {
            throw scanner.failure("unexpected end of file; the JSON is truncated")
        }
        switch bytes[i] {
        case UInt8(ascii: "{"): try object()
        case UInt8(ascii: "["): try array()
        case UInt8(ascii: "\""): try string()
        case UInt8(ascii: "t"): try scanner.literal("true"); nodes.append(JSONNode(kind: .true))
        case UInt8(ascii: "f"): try scanner.literal("false"); nodes.append(JSONNode(kind: .false))
        case UInt8(ascii: "n"): try scanner.literal("null"); nodes.append(JSONNode(kind: .null))
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            let x = try scanner.number()
            nodes.append(JSONNode(kind: .number, a: UInt32(numbers.count)))
            numbers.append(x)
        case UInt8(ascii: "N"), UInt8(ascii: "I"):
            if scanner.startsWith("NaN") || scanner.startsWith("Infinity") {
                throw scanner.failure(
                    "NaN and Infinity are not JSON; write a finite number (or leave the result out)"
                )
            }
            throw scanner.failure(
                "unexpected text; expected a JSON value (an object, array, string, number, true, false or null)"
            )
        default:
            throw scanner.failure(
                "unexpected character \(scanner.describe(bytes[i])); expected a JSON value")
        }
    }

    private mutating func enter() throws(Failure) {
        depth += 1
        if depth > InputLimits.maxDepth {
            throw scanner.failure(
                "nesting deeper than \(InputLimits.maxDepth) levels; model outputs need at most 4")
        }
    }

    /// Appends the container's node; `close` fills in its count and the end of its subtree.
    private mutating func open(_ kind: JSONNode.Kind) -> Int {
        nodes.append(JSONNode(kind: kind))
        return nodes.count - 1
    }

    private mutating func close(_ node: Int, count: Int) {
        nodes[node].a = UInt32(count)
        nodes[node].b = UInt32(nodes.count)
        depth -= 1
    }

    private mutating func object() throws(Failure) {
        try enter()
        i += 1
        let node = open(.object)
        let start = keyStack.count
        defer { keyStack.removeSubrange(start...) }
        var index: Set<String>? = nil  // only for large objects, where scanning for duplicates would be quadratic
        var usedBuckets: UInt64 = 0, escapedKeys = false  // for small objects (see below)
        scanner.skipWhitespace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; close(node, count: 0); return }
        while true {
            scanner.skipWhitespace()
            guard i < bytes.count else {
                throw scanner.failure(
                    "unexpected end of file inside an object; the JSON is truncated")
            }
            guard bytes[i] == UInt8(ascii: "\"") else {
                throw scanner.failure("expected a quoted key, found \(scanner.describe(bytes[i]))")
            }
            let keyStart = i
            let key = nodes.count
            try string()
            scanner.skipWhitespace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else {
                throw scanner.failure("expected ':' after the key \"\(text(key))\"")
            }
            i += 1
            scanner.skipWhitespace()
            try value()
            let duplicate: Bool
            if keyStack.count - start < 16 {
                // A plain key whose bucket no earlier plain key used repeats none of them; an
                // escaped key (or any key after one) is compared with all earlier keys.
                let bucket = keyBucket(key)
                if bucket == nil { escapedKeys = true }
                if !escapedKeys, let bucket, usedBuckets & (1 << bucket) == 0 {
                    duplicate = false
                } else {
                    duplicate = (start..<keyStack.count).contains { keysEqual(keyStack[$0], key) }
                }
                if let bucket { usedBuckets |= 1 << bucket }
            } else {
                if index == nil { index = Set(keyStack[start...].map(text)) }
                duplicate = !index!.insert(text(key)).inserted
            }
            if duplicate {
                throw scanner.failure(
                    "duplicate key \"\(text(key))\"; each key may appear once in an object",
                    at: keyStart)
            }
            keyStack.append(key)
            scanner.skipWhitespace()
            guard i < bytes.count else {
                throw scanner.failure(
                    "unexpected end of file inside an object; the JSON is truncated")
            }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "}") { i += 1; break }
            throw scanner.failure(
                "expected ',' or '}' in an object, found \(scanner.describe(bytes[i]))")
        }
        close(node, count: keyStack.count - start)
    }

    private mutating func array() throws(Failure) {
        try enter()
        i += 1
        let node = open(.array)
        scanner.skipWhitespace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; close(node, count: 0); return }
        var count = 0
        while true {
            scanner.skipWhitespace()
            try value()
            count += 1
            scanner.skipWhitespace()
            guard i < bytes.count else {
                throw scanner.failure(
                    "unexpected end of file inside an array; the JSON is truncated")
            }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "]") { i += 1; break }
            throw scanner.failure(
                "expected ',' or ']' in an array, found \(scanner.describe(bytes[i]))")
        }
        close(node, count: count)
    }

    /// A string node (the scanner checks the string).
    @inline(__always)
    private mutating func string() throws(Failure) {
        let token = try scanner.string()
        nodes.append(
            JSONNode(
                kind: token.escaped ? .escapedString : .string, a: UInt32(token.start),
                b: UInt32(token.end)))
    }

    /// The text of an already checked string node (for keys in messages and duplicate checks).
    private func text(_ node: Int) -> String { JSONTape.text(of: nodes[node], in: bytes) }

    /// One of 64 buckets, from a plain key's length and first and last bytes; nil for a key
    /// with escapes (whose bytes are not its text).
    private func keyBucket(_ key: Int) -> UInt64? {
        let node = nodes[key]
        guard node.kind == .string else { return nil }
        let length = Int(node.b - node.a)
        guard length > 0 else { return 0 }
        let first = bytes[Int(node.a)], last = bytes[Int(node.b) - 1]
        return UInt64(truncatingIfNeeded: length &* 7 &+ Int(first) &* 3 &+ Int(last)) & 63
    }

    private func keysEqual(_ a: Int, _ b: Int) -> Bool {
        let x = nodes[a], y = nodes[b]
        if x.kind == .string, y.kind == .string {
            // Plain keys are their bytes: equal lengths, then equal bytes.
            let length = Int(x.b - x.a)
            guard length == Int(y.b - y.a) else { return false }
            guard length > 0, let base = bytes.baseAddress else { return true }
            return memcmp(base + Int(x.a), base + Int(y.a), length) == 0
        }
        return text(a) == text(b)
    }

    /// Decodes an escaped string node that the parser has already checked.
    static func decodeChecked(_ node: JSONNode, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        JSONScanner(bytes).text(
            of: JSONScanner.StringToken(start: Int(node.a), end: Int(node.b), escaped: true))
    }
}
