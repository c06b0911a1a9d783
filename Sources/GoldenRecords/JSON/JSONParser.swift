/// A parsed JSON value. Objects keep their keys in file order for messages.
enum JSON: Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSON])
    /// Members in file order; keys are unique (the parser refuses duplicates). Objects in this
    /// format are small, so lookups scan (`JSONObject`), which is faster than hashing every key.
    case object(JSONObject)

    var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

/// The members of a JSON object, in file order.
struct JSONObject: Sendable {
    let members: [(key: String, value: JSON)]

    subscript(key: String) -> JSON? {
        for member in members where member.key == key { return member.value }
        return nil
    }

    var keys: [String] { members.map(\.key) }
}

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
struct JSONParser {
    struct Failure: Error, Equatable {
        let message: String
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var i = 0
    private var depth = 0
    /// Scratch stacks shared by all nesting levels: members and items are collected here and
    /// copied once into an exactly sized array when their object or array closes.
    private var memberStack: [(key: String, value: JSON)] = []
    private var itemStack: [JSON] = []

    private init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    static func parse(_ data: [UInt8]) throws(Failure) -> JSON {
        if data.isEmpty { throw Failure(message: "file is empty") }
        if data.starts(with: [0xEF, 0xBB, 0xBF]) {
            throw Failure(message: "file starts with a UTF-8 byte-order mark; save it as UTF-8 without BOM")
        }
        do {
            return try data.withUnsafeBufferPointer { (buffer) throws(Failure) -> JSON in
                var parser = JSONParser(buffer)
                parser.skipWhitespace()
                let value = try parser.value()
                parser.skipWhitespace()
                if parser.i < buffer.count { throw parser.failure("unexpected text after the JSON value") }
                return value
            }
        }
    }

    // MARK: Values

    private mutating func value() throws(Failure) -> JSON {
        guard i < bytes.count else { throw failure("unexpected end of file; the JSON is truncated") }
        switch bytes[i] {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        case UInt8(ascii: "N"), UInt8(ascii: "I"):
            throw failure("NaN and Infinity are not JSON; write a finite number (or leave the result out)")
        default:
            throw failure("unexpected character \(describe(bytes[i])); expected a JSON value")
        }
    }

    private mutating func enter() throws(Failure) {
        depth += 1
        if depth > InputLimits.maxDepth {
            throw failure("nesting deeper than \(InputLimits.maxDepth) levels; model outputs need at most 4")
        }
    }

    private mutating func object() throws(Failure) -> JSON {
        try enter()
        i += 1
        let start = memberStack.count
        defer { memberStack.removeSubrange(start...) }
        var index: Set<String>? = nil  // only for large objects, where scanning for duplicates would be quadratic
        skipWhitespace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; depth -= 1; return .object(JSONObject(members: [])) }
        while true {
            skipWhitespace()
            guard i < bytes.count else { throw failure("unexpected end of file inside an object; the JSON is truncated") }
            guard bytes[i] == UInt8(ascii: "\"") else { throw failure("expected a quoted key, found \(describe(bytes[i]))") }
            let keyStart = i
            let key = try string()
            skipWhitespace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw failure("expected ':' after the key \"\(key)\"") }
            i += 1
            skipWhitespace()
            let v = try value()
            let duplicate: Bool
            if memberStack.count - start < 16 {
                duplicate = memberStack[start...].contains { $0.key == key }
            } else {
                if index == nil { index = Set(memberStack[start...].map(\.key)) }
                duplicate = !index!.insert(key).inserted
            }
            if duplicate {
                throw failure("duplicate key \"\(key)\"; each key may appear once in an object", at: keyStart)
            }
            memberStack.append((key, v))
            skipWhitespace()
            guard i < bytes.count else { throw failure("unexpected end of file inside an object; the JSON is truncated") }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "}") { i += 1; break }
            throw failure("expected ',' or '}' in an object, found \(describe(bytes[i]))")
        }
        depth -= 1
        return .object(JSONObject(members: Array(memberStack[start...])))
    }

    private mutating func array() throws(Failure) -> JSON {
        try enter()
        i += 1
        let start = itemStack.count
        defer { itemStack.removeSubrange(start...) }
        skipWhitespace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; depth -= 1; return .array([]) }
        while true {
            skipWhitespace()
            itemStack.append(try value())
            skipWhitespace()
            guard i < bytes.count else { throw failure("unexpected end of file inside an array; the JSON is truncated") }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "]") { i += 1; break }
            throw failure("expected ',' or ']' in an array, found \(describe(bytes[i]))")
        }
        depth -= 1
        return .array(Array(itemStack[start...]))
    }

    private mutating func literal(_ word: StaticString) throws(Failure) {
        let n = word.utf8CodeUnitCount
        guard i + n <= bytes.count else { throw failure("unexpected end of file; the JSON is truncated") }
        for k in 0..<n where bytes[i + k] != word.utf8Start[k] {
            throw failure("unexpected text; expected a JSON value (an object, array, string, number, true, false or null)")
        }
        i += n
    }

    /// A JSON number, checked against the grammar, converted with the standard library.
    private mutating func number() throws(Failure) -> Double {
        let start = i
        if bytes[i] == UInt8(ascii: "-") { i += 1 }
        guard i < bytes.count, isDigit(bytes[i]) else {
            if i < bytes.count, bytes[i] == UInt8(ascii: "I") { throw failure("NaN and Infinity are not JSON; write a finite number (or leave the result out)") }
            throw failure("a number needs digits after '-'", at: start)
        }
        if bytes[i] == UInt8(ascii: "0") {
            i += 1
            if i < bytes.count, isDigit(bytes[i]) { throw failure("numbers may not have leading zeros", at: start) }
        } else {
            while i < bytes.count, isDigit(bytes[i]) { i += 1 }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            guard i < bytes.count, isDigit(bytes[i]) else { throw failure("a number needs digits after '.'", at: start) }
            while i < bytes.count, isDigit(bytes[i]) { i += 1 }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard i < bytes.count, isDigit(bytes[i]) else { throw failure("a number needs digits in its exponent", at: start) }
            while i < bytes.count, isDigit(bytes[i]) { i += 1 }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else {
            throw failure("number \(text.prefix(40)) is out of the range of a double (±1.8e308)", at: start)
        }
        return value
    }

    /// A string: escapes decoded, control characters and invalid UTF-8 refused.
    private mutating func string() throws(Failure) -> String {
        let start = i
        i += 1
        var plainStart = i
        var pieces: [UInt8] = []
        var escaped = false
        while true {
            guard i < bytes.count else { throw failure("unexpected end of file inside a string; the JSON is truncated", at: start) }
            let b = bytes[i]
            if b == UInt8(ascii: "\"") { break }
            if b < 0x20 { throw failure("control character in a string; escape it (\\n, \\t, \\u00XX)") }
            if b == UInt8(ascii: "\\") {
                if !escaped { escaped = true; pieces.reserveCapacity(i - plainStart + 16) }
                pieces.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plainStart..<i]))
                i += 1
                guard i < bytes.count else { throw failure("unexpected end of file inside a string; the JSON is truncated", at: start) }
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
                        guard i + 2 < bytes.count, bytes[i + 1] == UInt8(ascii: "\\"), bytes[i + 2] == UInt8(ascii: "u") else {
                            throw failure("unpaired surrogate in a \\u escape")
                        }
                        i += 2
                        let low = try hex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw failure("unpaired surrogate in a \\u escape") }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00...0xDFFF).contains(scalar) {
                        throw failure("unpaired surrogate in a \\u escape")
                    }
                    pieces.append(contentsOf: Array(String(Character(Unicode.Scalar(scalar)!)).utf8))
                default:
                    throw failure("unknown escape \\\(describe(bytes[i]))")
                }
                i += 1
                plainStart = i
                continue
            }
            i += 1
        }
        let raw = UnsafeBufferPointer(rebasing: bytes[plainStart..<i])
        i += 1
        let result: String?
        if escaped {
            pieces.append(contentsOf: raw)
            result = String(validating: pieces, as: UTF8.self)
        } else if raw.allSatisfy({ $0 < 0x80 }) {
            // ASCII needs no validation: copy the bytes.
            result = String(unsafeUninitializedCapacity: raw.count) { buffer in
                _ = buffer.initialize(fromContentsOf: raw)
                return raw.count
            }
        } else {
            result = String(validating: raw, as: UTF8.self)
        }
        guard let result else { throw failure("invalid UTF-8 in a string; save the file as UTF-8", at: start) }
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

    // MARK: Helpers

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
        b >= 0x21 && b < 0x7F ? "'\(Character(Unicode.Scalar(b)))'" : "byte 0x\(String(b, radix: 16, uppercase: true))"
    }

    /// An error at `offset` (default: the current position), with its line and column.
    private func failure(_ message: String, at offset: Int? = nil) -> Failure {
        let end = min(offset ?? i, bytes.count)
        var line = 1, column = 1
        for k in 0..<end {
            if bytes[k] == 0x0A { line += 1; column = 1 } else if bytes[k] & 0xC0 != 0x80 { column += 1 }
        }
        return Failure(message: "line \(line), column \(column): \(message)")
    }
}
