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

    private let bytes: UnsafeBufferPointer<UInt8>
    private var i = 0
    private var depth = 0
    private var nodes: [JSONNode] = []
    private var numbers: [Double] = []
    /// Key nodes of the objects being parsed, shared by all nesting levels (duplicate check).
    private var keyStack: [Int] = []

    private init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

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
        parser.skipWhitespace()
        try parser.value()
        parser.skipWhitespace()
        if parser.i < bytes.count { throw parser.failure("unexpected text after the JSON value") }
        return parser.nodes.withUnsafeBufferPointer { nodes in
            parser.numbers.withUnsafeBufferPointer { numbers in
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
            throw failure("unexpected end of file; the JSON is truncated")
        }
        switch bytes[i] {
        case UInt8(ascii: "{"): try object()
        case UInt8(ascii: "["): try array()
        case UInt8(ascii: "\""): try string()
        case UInt8(ascii: "t"): try literal("true"); nodes.append(JSONNode(kind: .true))
        case UInt8(ascii: "f"): try literal("false"); nodes.append(JSONNode(kind: .false))
        case UInt8(ascii: "n"): try literal("null"); nodes.append(JSONNode(kind: .null))
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            let x = try number()
            nodes.append(JSONNode(kind: .number, a: UInt32(numbers.count)))
            numbers.append(x)
        case UInt8(ascii: "N"), UInt8(ascii: "I"):
            if startsWith("NaN") || startsWith("Infinity") {
                throw failure(
                    "NaN and Infinity are not JSON; write a finite number (or leave the result out)"
                )
            }
            throw failure(
                "unexpected text; expected a JSON value (an object, array, string, number, true, false or null)"
            )
        default:
            throw failure("unexpected character \(describe(bytes[i])); expected a JSON value")
        }
    }

    private mutating func enter() throws(Failure) {
        depth += 1
        if depth > InputLimits.maxDepth {
            throw failure(
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
        skipWhitespace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; close(node, count: 0); return }
        while true {
            skipWhitespace()
            guard i < bytes.count else {
                throw failure("unexpected end of file inside an object; the JSON is truncated")
            }
            guard bytes[i] == UInt8(ascii: "\"") else {
                throw failure("expected a quoted key, found \(describe(bytes[i]))")
            }
            let keyStart = i
            let key = nodes.count
            try string()
            skipWhitespace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else {
                throw failure("expected ':' after the key \"\(text(key))\"")
            }
            i += 1
            skipWhitespace()
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
                throw failure(
                    "duplicate key \"\(text(key))\"; each key may appear once in an object",
                    at: keyStart)
            }
            keyStack.append(key)
            skipWhitespace()
            guard i < bytes.count else {
                throw failure("unexpected end of file inside an object; the JSON is truncated")
            }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "}") { i += 1; break }
            throw failure("expected ',' or '}' in an object, found \(describe(bytes[i]))")
        }
        close(node, count: keyStack.count - start)
    }

    private mutating func array() throws(Failure) {
        try enter()
        i += 1
        let node = open(.array)
        skipWhitespace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; close(node, count: 0); return }
        var count = 0
        while true {
            skipWhitespace()
            try value()
            count += 1
            skipWhitespace()
            guard i < bytes.count else {
                throw failure("unexpected end of file inside an array; the JSON is truncated")
            }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "]") { i += 1; break }
            throw failure("expected ',' or ']' in an array, found \(describe(bytes[i]))")
        }
        close(node, count: count)
    }

    /// Whether the bytes at the cursor spell `word`.
    private func startsWith(_ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard i + n <= bytes.count else { return false }
        for k in 0..<n where bytes[i + k] != word.utf8Start[k] { return false }
        return true
    }

    private mutating func literal(_ word: StaticString) throws(Failure) {
        let n = word.utf8CodeUnitCount
        guard i + n <= bytes.count else {
            throw failure("unexpected end of file; the JSON is truncated")
        }
        for k in 0..<n where bytes[i + k] != word.utf8Start[k] {
            throw failure(
                "unexpected text; expected a JSON value (an object, array, string, number, true, false or null)"
            )
        }
        i += n
    }

    /// A JSON number, checked against the grammar, converted with the standard library.
    private mutating func number() throws(Failure) -> Double {
        let start = i
        if bytes[i] == UInt8(ascii: "-") { i += 1 }
        guard i < bytes.count, isDigit(bytes[i]) else {
            if i < bytes.count, startsWith("Infinity") {
                throw failure(
                    "NaN and Infinity are not JSON; write a finite number (or leave the result out)"
                )
            }
            throw failure("a number needs digits after '-'", at: start)
        }
        if bytes[i] == UInt8(ascii: "0") {
            i += 1
            if i < bytes.count, isDigit(bytes[i]) {
                throw failure("numbers may not have leading zeros", at: start)
            }
        } else {
            while i < bytes.count, isDigit(bytes[i]) { i += 1 }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            guard i < bytes.count, isDigit(bytes[i]) else {
                throw failure("a number needs digits after '.'", at: start)
            }
            while i < bytes.count, isDigit(bytes[i]) { i += 1 }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") {
                i += 1
            }
            guard i < bytes.count, isDigit(bytes[i]) else {
                throw failure("a number needs digits in its exponent", at: start)
            }
            while i < bytes.count, isDigit(bytes[i]) { i += 1 }
        }
        if let value = exactlyRepresentable(start, i) { return value }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else {
            throw failure(
                "number \(text.prefix(40)) is out of the range of a double (±1.8e308)", at: start)
        }
        return value
    }

    /// The number in `bytes[start..<end]` (already checked against the grammar) when its
    /// digits, without the point, make an integer m ≤ 2⁵³ and its decimal exponent e is within
    /// ±22: then m and 10^|e| are exact doubles and one multiplication or division rounds
    /// correctly (Clinger's fast path), as `Double(String)` would. Nil otherwise.
    private func exactlyRepresentable(_ start: Int, _ end: Int) -> Double? {
        var k = start
        let negative = bytes[k] == UInt8(ascii: "-")
        if negative { k += 1 }
        var m: UInt64 = 0, scale = 0, pastPoint = false
        while k < end {
            let b = bytes[k]
            if b == UInt8(ascii: ".") {
                pastPoint = true
            } else if isDigit(b) {
                guard m < 1 << 50 else { return nil }  // one more digit stays below 2⁵³ + 2⁵⁰
                m = m * 10 + UInt64(b - UInt8(ascii: "0"))
                if pastPoint { scale -= 1 }
            } else {
                break  // the exponent
            }
            k += 1
        }
        if k < end {  // e or E, an optional sign, digits
            k += 1
            let minus = bytes[k] == UInt8(ascii: "-")
            if minus || bytes[k] == UInt8(ascii: "+") { k += 1 }
            var e = 0
            while k < end {
                guard e < 1000 else { return nil }
                e = e * 10 + Int(bytes[k] - UInt8(ascii: "0"))
                k += 1
            }
            scale += minus ? -e : e
        }
        return exactDecimal(m, scale: scale, negative: negative)
    }

    /// A string node. Plain strings (no backslash) are checked in one pass: no control characters,
    /// valid UTF-8. A string with escapes is decoded once here to check it, and again when read.
    private mutating func string() throws(Failure) {
        let start = i
        i += 1
        var high: UInt8 = 0  // OR of all bytes: ≥ 0x80 when the string is not ASCII
        var highWords: UInt64 = 0  // the same, for the bytes skipped eight at a time
        while true {
            // Eight bytes at a time while none of them is a quote, a backslash or a control
            // (the input is never empty, so it has a base address).
            while i + 8 <= bytes.count {
                let w = UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)
                highWords |= w  // bytes after the string too: at worst, a needless UTF-8 check
                let flags = Self.endOrEscapeFlags(w)
                guard flags != 0 else { i += 8; continue }
                i += flags.trailingZeroBitCount >> 3  // the bytes before the first flagged one
                break
            }
            guard i < bytes.count else {
                throw failure(
                    "unexpected end of file inside a string; the JSON is truncated", at: start)
            }
            let b = bytes[i]
            if b == UInt8(ascii: "\"") { break }
            if b == UInt8(ascii: "\\") {
                i = start
                _ = try escapedString()
                nodes.append(JSONNode(kind: .escapedString, a: UInt32(start + 1), b: UInt32(i - 1)))
                return
            }
            if b < 0x20 {
                throw failure("control character in a string; escape it (\\n, \\t, \\u00XX)")
            }
            high |= b
            i += 1
        }
        if high >= 0x80 || ByteWords.nonASCII(highWords) != 0,
            String(validating: UnsafeBufferPointer(rebasing: bytes[(start + 1)..<i]), as: UTF8.self)
                == nil
        {
            throw failure("invalid UTF-8 in a string; save the file as UTF-8", at: start)
        }
        nodes.append(JSONNode(kind: .string, a: UInt32(start + 1), b: UInt32(i)))
        i += 1
    }

    /// Decodes the string whose opening quote is at `i`, leaving `i` after its closing quote.
    private mutating func escapedString() throws(Failure) -> String {
        let start = i
        i += 1
        var plainStart = i
        var pieces: [UInt8] = []
        while true {
            guard i < bytes.count else {
                throw failure(
                    "unexpected end of file inside a string; the JSON is truncated", at: start)
            }
            let b = bytes[i]
            if b == UInt8(ascii: "\"") { break }
            if b < 0x20 {
                throw failure("control character in a string; escape it (\\n, \\t, \\u00XX)")
            }
            if b == UInt8(ascii: "\\") {
                pieces.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plainStart..<i]))
                i += 1
                guard i < bytes.count else {
                    throw failure(
                        "unexpected end of file inside a string; the JSON is truncated", at: start)
                }
                switch bytes[i] {
                case UInt8(ascii: "\""): pieces.append(UInt8(ascii: "\""))
                case UInt8(ascii: "\\"): pieces.append(UInt8(ascii: "\\"))
                case UInt8(ascii: "/"): pieces.append(UInt8(ascii: "/"))
                case UInt8(ascii: "b"): pieces.append(0x08)
                case UInt8(ascii: "f"): pieces.append(0x0C)
                case UInt8(ascii: "n"): pieces.append(0x0A)
                case UInt8(ascii: "r"): pieces.append(0x0D)
                case UInt8(ascii: "t"): pieces.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if (0xD800...0xDBFF).contains(scalar) {
                        guard i + 2 < bytes.count, bytes[i + 1] == UInt8(ascii: "\\"),
                            bytes[i + 2] == UInt8(ascii: "u")
                        else {
                            throw failure("unpaired surrogate in a \\u escape")
                        }
                        i += 2
                        let low = try hex4()
                        guard (0xDC00...0xDFFF).contains(low) else {
                            throw failure("unpaired surrogate in a \\u escape")
                        }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00...0xDFFF).contains(scalar) {
                        throw failure("unpaired surrogate in a \\u escape")
                    }
                    pieces.append(
                        contentsOf: Array(String(Character(Unicode.Scalar(scalar)!)).utf8))
                default:
                    throw failure("unknown escape \\\(describe(bytes[i]))")
                }
                i += 1
                plainStart = i
                continue
            }
            i += 1
        }
        pieces.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plainStart..<i]))
        i += 1
        guard let result = String(validating: pieces, as: UTF8.self) else {
            throw failure("invalid UTF-8 in a string; save the file as UTF-8", at: start)
        }
        return result
    }

    /// Four hex digits after `\u`; leaves `i` on the last digit.
    private mutating func hex4() throws(Failure) -> UInt32 {
        guard i + 4 < bytes.count else { throw failure("unexpected end of file in a \\u escape") }
        var v: UInt32 = 0
        for k in 1...4 {
            let b = bytes[i + k]
            let d: UInt32
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt32(b - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d = UInt32(b - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): d = UInt32(b - UInt8(ascii: "A") + 10)
            default: throw failure("\\u needs four hex digits")
            }
            v = v << 4 | d
        }
        i += 4
        return v
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

    // MARK: Helpers

    /// The bytes of `w` that end a plain string or need the byte loop: a quote, a backslash or
    /// a control (`ByteWords`: exact flags, the first byte lowest).
    private static func endOrEscapeFlags(_ w: UInt64) -> UInt64 {
        ByteWords.controls(w) | ByteWords.equal(w, UInt8(ascii: "\""))
            | ByteWords.equal(w, UInt8(ascii: "\\"))
    }

    private mutating func skipWhitespace() {
        while i < bytes.count {
            switch bytes[i] {
            case 0x20, 0x0A, 0x0D, 0x09: i += 1
            default: return
            }
        }
    }

    private func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }

    private func describe(_ b: UInt8) -> String {
        b >= 0x21 && b < 0x7F
            ? "'\(Character(Unicode.Scalar(b)))'"
            : "byte 0x\(String(b, radix: 16, uppercase: true))"
    }

    /// An error at `offset` (default: the current position), with its line and column.
    private func failure(_ message: String, at offset: Int? = nil) -> Failure {
        let end = min(offset ?? i, bytes.count)
        var line = 1, column = 1
        for k in 0..<end {
            if bytes[k] == 0x0A {
                line += 1; column = 1
            } else if bytes[k] & 0xC0 != 0x80 {
                column += 1
            }
        }
        return Failure(place: .text(line: line, column: column), reason: message)
    }

    /// Decodes an escaped string node that the parser has already checked.
    static func decodeChecked(_ node: JSONNode, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        var parser = JSONParser(bytes)
        parser.i = Int(node.a) - 1
        return (try? parser.escapedString()) ?? ""
    }
}
