import GoldenRecords

/// A report being written: its UTF-8 bytes in one growing buffer, so that 100 000 rows cost
/// appends to one array, not a string per cell, per line and per join.
///
/// Untrusted text goes in through `append(visible:)` (the text formats) or
/// `append(jsonString:)` (JSON), never through `append(_:)`; `text` checks the finished bytes
/// once more (see there).
package struct ReportText {
    /// The bytes, in memory of their own: an append is a capacity check and a copy, without the
    /// generic machinery of `Array.append(contentsOf:)` (which cost more than the bytes did).
    /// The pointer, count and capacity are this struct's own fields (a class's would be checked
    /// for exclusive access at every append); `owner` frees the memory and tells whether a copy
    /// of this `ReportText` shares it (then the first write copies it).
    private final class Owner {
        var base: UnsafeMutablePointer<UInt8>
        init(_ base: UnsafeMutablePointer<UInt8>) { self.base = base }
        deinit { base.deallocate() }
    }

    private var owner: Owner
    private var base: UnsafeMutablePointer<UInt8>
    package private(set) var count = 0
    private var capacity: Int
    /// Reused for the pieces that are formatted into an array (numbers, escapes).
    private var scratch: [UInt8] = []

    package init(capacity: Int = 0) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
        owner = Owner(base)
    }

    /// A report already written as a string.
    init(_ text: String) {
        self.init(capacity: text.utf8.count)
        append(text)
    }

    /// A copy of the bytes.
    package var bytes: [UInt8] { withBytes { Array($0) } }

    /// Calls `body` with the bytes written so far (valid only during the call).
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try withExtendedLifetime(owner) { try body(UnsafeBufferPointer(start: base, count: count)) }
    }

    /// Makes room for `more` bytes, in memory of this value's own.
    @inline(__always)
    private mutating func reserve(_ more: Int) {
        let shared = !isKnownUniquelyReferenced(&owner)
        guard shared || capacity - count < more else { return }
        grow(more, shared: shared)
    }

    @inline(never)
    private mutating func grow(_ more: Int, shared: Bool) {
        let grown = capacity - count < more ? max(capacity * 2, count + more) : capacity
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        larger.update(from: base, count: count)
        if shared { owner = Owner(larger) } else { owner.base.deallocate(); owner.base = larger }
        base = larger
        capacity = grown
    }

    mutating func append(raw source: UnsafeRawPointer, count n: Int) {
        guard n > 0 else { return }
        reserve(n)
        (base + count).update(from: source.assumingMemoryBound(to: UInt8.self), count: n)
        count += n
    }

    /// Text the report itself wrote (labels, numbers, layout).
    package mutating func append(_ s: String) {
        s.withUTF8Bytes { append(bytes: $0) }
    }

    mutating func append(_ s: StaticString) {
        append(raw: s.utf8Start, count: s.utf8CodeUnitCount)
    }

    package mutating func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    mutating func append(bytes more: UnsafeBufferPointer<UInt8>) {
        guard let base = more.baseAddress else { return }
        append(raw: base, count: more.count)
    }

    mutating func append(bytes more: [UInt8]) {
        more.withUnsafeBufferPointer { append(bytes: $0) }
    }

    /// Appends what `write` puts into an array (the formatters and escapes that write arrays),
    /// through one reused scratch array.
    private mutating func append(writing write: (inout [UInt8]) -> Void) {
        var piece = scratch
        scratch = []  // so that `piece` is the array's only owner while it is written
        piece.removeAll(keepingCapacity: true)
        write(&piece)
        append(bytes: piece)
        scratch = piece
    }

    /// `s` as `Escape.visible` writes it: unchanged (and uncopied) unless it holds a control,
    /// bidirectional or invisible character.
    mutating func append(visible s: String) { append(Escape.visible(s)) }

    /// Rewrites the bytes from `start` on as `Escape.visible` would (for a cell written in
    /// pieces, some of them untrusted); a no-op, after one scan, when nothing needs escaping.
    mutating func makeVisible(from start: Int) {
        let dirty = withBytes {
            containsControlOrInvisible(UnsafeBufferPointer(rebasing: $0[start...]))
        }
        guard dirty else { return }
        let escaped = Escape.visible(withBytes { String(decoding: $0[start...], as: UTF8.self) })
        truncate(to: start)
        append(escaped)
    }

    /// `s` escaped for `kind` (`Escape.markdown`, `Escape.xml` or `Escape.html`), written
    /// without an escaped copy as a string.
    mutating func append(escaping s: String, _ kind: Escape.Kind) {
        var s = s
        s.withUTF8 { text in append { Escape.append(escaping: text, kind, to: &$0) } }
    }

    /// Rewrites the bytes from `start` on as `kind`'s escape would (for text written in pieces,
    /// some of them untrusted: the escapes go scalar by scalar, so the escape of the whole is
    /// the escapes of the pieces); a no-op, after one scan, when nothing needs escaping.
    mutating func escape(from start: Int, _ kind: Escape.Kind) {
        let dirty = withBytes {
            Escape.needsEscaping(UnsafeBufferPointer(rebasing: $0[start...]), kind)
        }
        guard dirty else { return }
        let tail = withBytes { Array($0[start...]) }
        truncate(to: start)
        tail.withUnsafeBufferPointer { text in
            append { Escape.append(escaping: text, kind, to: &$0) }
        }
    }

    /// `%.6g` (`Wording.number`).
    mutating func append(number x: Double) { append(x, significantDigits: 6) }

    /// `x.formatted(significantDigits:sign:)`, written straight into the buffer.
    mutating func append(_ x: Double, significantDigits: Int, sign: Bool = false) {
        reserve(Double.maxWrittenBytes)
        if let n = x.write(significantDigits: significantDigits, sign: sign, to: base + count) {
            count += n
        } else {
            append(x.slowText(significantDigits: significantDigits, sign: sign))
        }
    }

    /// `x.formatted(decimals:)`, written straight into the buffer.
    mutating func append(_ x: Double, decimals: Int) {
        reserve(Double.maxWrittenBytes)
        if let n = x.write(decimals: decimals, to: base + count) {
            count += n
        } else {
            append(x.slowText(decimals: decimals))
        }
    }

    /// `,` (when `comma`), a line break and `indent` spaces, in one write (JSON layout).
    mutating func appendLineBreak(comma: Bool, indent: Int) {
        let n = (comma ? 1 : 0) + 1 + indent
        reserve(n)
        var p = base + count
        if comma { p.initialize(to: UInt8(ascii: ",")); p += 1 }
        p.initialize(to: UInt8(ascii: "\n"))
        (p + 1).initialize(repeating: UInt8(ascii: " "), count: indent)
        count += n
    }

    /// `appendLineBreak(comma:indent:)` then `appendJSONKey(_:)`, in one write: the line of a
    /// member of a JSON object up to its value. The indentation is written eight spaces at a time.
    @inline(__always)
    mutating func appendKeyLine(comma: Bool, indent: Int, name: StaticString) {
        let length = name.utf8CodeUnitCount
        let head = (comma ? 1 : 0) + 1
        let n = head + indent + length + 4
        reserve(n + 8)  // room for the last eight-space word to spill past the indentation
        var p = base + count
        if comma { p.initialize(to: UInt8(ascii: ",")); p += 1 }
        p.initialize(to: UInt8(ascii: "\n"))
        p += 1
        let spaces: UInt64 = 0x2020_2020_2020_2020
        var k = 0
        while k < indent {
            UnsafeMutableRawPointer(p + k).storeBytes(of: spaces, as: UInt64.self)
            k += 8
        }
        p += indent  // the bytes written past it are overwritten below or left beyond `count`
        p.initialize(to: UInt8(ascii: "\""))
        (p + 1).update(from: name.utf8Start, count: length)
        (p + 1 + length).initialize(to: UInt8(ascii: "\""))
        (p + 2 + length).initialize(to: UInt8(ascii: ":"))
        (p + 3 + length).initialize(to: UInt8(ascii: " "))
        count += n
    }

    /// A finite number as `jsonNumberText` writes it, in one write for an integer (its digits,
    /// without ".0") and as Swift's shortest round-trip form otherwise (the standard library
    /// formats it on the stack and hands the bytes to `_writeASCII`: no `String` is made).
    mutating func append(jsonNumber x: Double) {
        guard x == x.rounded(), x.magnitude < 1e15 else {
            precondition(x.isFinite, "JSON has no NaN or infinity")
            x.write(to: &self)  // `description`'s digits, handed over as bytes (`_writeASCII`)
            return
        }
        var n = Int64(x).magnitude  // below 10¹⁵: at most 15 digits
        var digits = InlineArray<16, UInt8>(repeating: 0)
        var k = 16
        repeat {
            k -= 1
            digits[k] = UInt8(ascii: "0") + UInt8(n % 10)
            n /= 10
        } while n > 0
        let negative = x < 0  // -0.0 is written 0, as Int64(-0.0) is
        reserve(17)
        var p = base + count
        if negative { p.initialize(to: UInt8(ascii: "-")); p += 1 }
        for j in k..<16 {
            p.initialize(to: digits[j])
            p += 1
        }
        count += (negative ? 1 : 0) + 16 - k
    }

    /// `"name": ` in one write (a JSON key the report names: a literal, with nothing to escape).
    mutating func appendJSONKey(_ name: StaticString) {
        let length = name.utf8CodeUnitCount
        reserve(length + 4)
        let p = base + count
        p.initialize(to: UInt8(ascii: "\""))
        (p + 1).update(from: name.utf8Start, count: length)
        (p + 1 + length).initialize(to: UInt8(ascii: "\""))
        (p + 2 + length).initialize(to: UInt8(ascii: ":"))
        (p + 3 + length).initialize(to: UInt8(ascii: " "))
        count += length + 4
    }

    /// `bytes` between double quotes, in one write (a JSON string with nothing to escape).
    mutating func appendQuoted(_ bytes: UnsafeBufferPointer<UInt8>) {
        reserve(bytes.count + 2)
        let p = base + count
        p.initialize(to: UInt8(ascii: "\""))
        if let source = bytes.baseAddress { (p + 1).update(from: source, count: bytes.count) }
        (p + 1 + bytes.count).initialize(to: UInt8(ascii: "\""))
        count += bytes.count + 2
    }

    package mutating func append(spaces n: Int) {
        guard n > 0 else { return }
        reserve(n)
        (base + count).initialize(repeating: UInt8(ascii: " "), count: n)
        count += n
    }

    /// Drops the bytes from `count` on (a piece written and then found not to be wanted).
    package mutating func truncate(to count: Int) {
        precondition((0...self.count).contains(count))
        self.count = count  // the bytes after it are not read again; a later append overwrites them
    }

    /// Removes spaces at the end, back to `start` at most (a padded line's trailing spaces).
    package mutating func trimSpaces(downTo start: Int) {
        while count > start, base[count - 1] == UInt8(ascii: " ") { count -= 1 }
    }

    /// The characters (as `String.count` counts them) of `bytes[range]`: the byte count for
    /// ASCII, the scalar count when every other scalar is in U+0080–U+00FF (none of those joins
    /// a neighbour into one character), else the string's own count.
    func characterCount(_ range: Range<Int>) -> Int {
        withBytes { bytes in
            var scalars = 0, simple = true
            for k in range {
                let b = bytes[k]
                if b & 0xC0 != 0x80 { scalars += 1 }
                if b >= 0x80, b & 0xC0 != 0x80, b != 0xC2, b != 0xC3 { simple = false }
            }
            if simple { return scalars }
            return String(decoding: bytes[range], as: UTF8.self).count
        }
    }

    /// Calls `body` with the finished bytes. Every piece of untrusted text was escaped on the
    /// way in; as a second line of defence the bytes are scanned once more, and should a control
    /// or invisible character other than the line breaks be found, every line is passed through
    /// `Escape.visible` (as the reports did line by line before they were written as bytes).
    func withVisibleBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let dirty = withBytes { containsControlOrInvisible($0, allowingNewlines: true) }
        guard dirty else { return try withBytes(body) }
        let lines = withBytes { String(decoding: $0, as: UTF8.self) }.split(
            separator: "\n", omittingEmptySubsequences: false)
        let escaped = Array(lines.map { Escape.visible(String($0)) }.joined(separator: "\n").utf8)
        return try escaped.withUnsafeBufferPointer(body)
    }

    /// `withVisibleBytes` as a string.
    var text: String { withVisibleBytes { String(decoding: $0, as: UTF8.self) } }
}

/// The standard library writes numbers into a `ReportText` as bytes: `Double.write(to:)`
/// formats on the stack and calls `_writeASCII`, whose default would make a `String` of them.
extension ReportText: TextOutputStream {
    package mutating func write(_ string: String) { append(string) }

    package mutating func _writeASCII(_ buffer: UnsafeBufferPointer<UInt8>) {
        append(bytes: buffer)
    }
}
