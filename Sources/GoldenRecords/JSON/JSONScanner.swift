/// The lexical layer of the strict JSON reader: a cursor over UTF-8 bytes that reads one token
/// at a time (whitespace, a literal, a number, a string) and checks it against RFC 8259, with
/// the same refusals and messages whoever reads: `JSONParser`, which builds a tape of a whole
/// document, and `GoldenFileReader`, which reads golden records straight from the bytes.
///
/// The unchecked memory access of the strict reader lives here: the eight-bytes-at-a-time
/// string scan. Every other access is bounds-checked.
struct JSONScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    /// The cursor: the offset of the next byte to read.
    var i = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int = 0) {
        self.bytes = bytes
        i = offset
    }

    /// A string just read: its bytes are `bytes[start..<end]` (between the quotes); with
    /// escapes, those bytes are not its text (`decode(_:)` gives that).
    struct StringToken {
        let start: Int
        let end: Int
        let escaped: Bool
    }

    /// The next byte, if any (at the cursor, which does not move).
    var next: UInt8? { i < bytes.count ? bytes[i] : nil }

    /// The text of a string token already read (and so already checked).
    func text(of token: StringToken) -> String {
        guard token.escaped else {
            return String(
                decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]),
                as: UTF8.self)
        }
        var again = JSONScanner(bytes, at: token.start - 1)
        return (try? again.escapedString()) ?? ""
    }

    /// Whether the bytes at the cursor spell `word`.
    func startsWith(_ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard i + n <= bytes.count else { return false }
        for k in 0..<n where bytes[i + k] != word.utf8Start[k] { return false }
        return true
    }

    mutating func literal(_ word: StaticString) throws(JSONParser.Failure) {
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
    mutating func number() throws(JSONParser.Failure) -> Double {
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

    /// The string whose opening quote is at the cursor, leaving the cursor after its closing
    /// quote. Plain strings (no backslash) are checked in one pass: no control characters, valid
    /// UTF-8. A string with escapes is decoded once here to check it, and again when read.
    mutating func string() throws(JSONParser.Failure) -> StringToken {
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
                return StringToken(start: start + 1, end: i - 1, escaped: true)
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
        i += 1
        return StringToken(start: start + 1, end: i - 1, escaped: false)
    }

    /// Decodes the string whose opening quote is at `i`, leaving `i` after its closing quote.
    mutating func escapedString() throws(JSONParser.Failure) -> String {
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
    private mutating func hex4() throws(JSONParser.Failure) -> UInt32 {
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

    /// The bytes of `w` that end a plain string or need the byte loop: a quote, a backslash or
    /// a control (`ByteWords`: exact flags, the first byte lowest).
    private static func endOrEscapeFlags(_ w: UInt64) -> UInt64 {
        ByteWords.controls(w) | ByteWords.equal(w, UInt8(ascii: "\""))
            | ByteWords.equal(w, UInt8(ascii: "\\"))
    }

    @inline(__always)
    mutating func skipWhitespace() {
        while i < bytes.count {
            switch bytes[i] {
            case 0x20, 0x0A, 0x0D, 0x09: i += 1
            default: return
            }
        }
    }

    @inline(__always)
    func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }

    func describe(_ b: UInt8) -> String {
        b >= 0x21 && b < 0x7F
            ? "'\(Character(Unicode.Scalar(b)))'"
            : "byte 0x\(String(b, radix: 16, uppercase: true))"
    }

    /// An error at `offset` (default: the current position), with its line and column.
    func failure(_ message: String, at offset: Int? = nil) -> JSONParser.Failure {
        let end = min(offset ?? i, bytes.count)
        var line = 1, column = 1
        for k in 0..<end {
            if bytes[k] == 0x0A {
                line += 1; column = 1
            } else if bytes[k] & 0xC0 != 0x80 {
                column += 1
            }
        }
        return JSONParser.Failure(place: .text(line: line, column: column), reason: message)
    }
}
