import GoldenRecords

/// A report being written: its UTF-8 bytes in one growing buffer, so that 100 000 rows cost
/// appends to one array, not a string per cell, per line and per join.
///
/// Untrusted text goes in through `append(visible:)` (the text formats) or
/// `append(jsonString:)` (JSON), never through `append(_:)`; `text` checks the finished bytes
/// once more (see there).
struct ReportText {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    /// A report already written as a string.
    init(_ text: String) { bytes = Array(text.utf8) }

    var count: Int { bytes.count }

    /// Text the report itself wrote (labels, numbers, layout).
    mutating func append(_ s: String) {
        // A native string's UTF-8 is contiguous: one copy, without the generic per-byte path.
        let copied: Void? = s.utf8.withContiguousStorageIfAvailable { bytes.append(contentsOf: $0) }
        if copied == nil { bytes.append(contentsOf: s.utf8) }
    }

    mutating func append(_ byte: UInt8) { bytes.append(byte) }

    mutating func append<C: Collection>(bytes more: C) where C.Element == UInt8 {
        bytes.append(contentsOf: more)
    }

    /// `s` as `Escape.visible` writes it: unchanged (and uncopied) unless it holds a control,
    /// bidirectional or invisible character.
    mutating func append(visible s: String) {
        if containsControlOrInvisible(s) {
            append(Escape.visible(s))
        } else {
            append(s)
        }
    }

    /// Rewrites the bytes from `start` on as `Escape.visible` would (for a cell written in
    /// pieces, some of them untrusted); a no-op, after one scan, when nothing needs escaping.
    mutating func makeVisible(from start: Int) {
        let dirty = bytes.withUnsafeBufferPointer {
            containsControlOrInvisible(UnsafeBufferPointer(rebasing: $0[start...]))
        }
        guard dirty else { return }
        let escaped = Escape.visible(String(decoding: bytes[start...], as: UTF8.self))
        bytes.replaceSubrange(start..., with: escaped.utf8)
    }

    /// `s` escaped for `kind` (`Escape.markdown`, `Escape.xml` or `Escape.html`), written
    /// without an escaped copy as a string.
    mutating func append(escaping s: String, _ kind: Escape.Kind) {
        var s = s
        s.withUTF8 { Escape.append(escaping: $0, kind, to: &bytes) }
    }

    /// Rewrites the bytes from `start` on as `kind`'s escape would (for text written in pieces,
    /// some of them untrusted: the escapes go scalar by scalar, so the escape of the whole is
    /// the escapes of the pieces); a no-op, after one scan, when nothing needs escaping.
    mutating func escape(from start: Int, _ kind: Escape.Kind) {
        let dirty = bytes.withUnsafeBufferPointer {
            Escape.needsEscaping(UnsafeBufferPointer(rebasing: $0[start...]), kind)
        }
        guard dirty else { return }
        let tail = Array(bytes[start...])
        bytes.removeSubrange(start...)
        tail.withUnsafeBufferPointer { Escape.append(escaping: $0, kind, to: &bytes) }
    }

    /// `%.6g` (`Wording.number`).
    mutating func append(number x: Double) { x.append(significantDigits: 6, to: &bytes) }

    mutating func append(_ x: Double, significantDigits: Int, sign: Bool = false) {
        x.append(significantDigits: significantDigits, sign: sign, to: &bytes)
    }

    mutating func append(_ x: Double, decimals: Int) { x.append(decimals: decimals, to: &bytes) }

    mutating func append(spaces n: Int) {
        var left = n
        while left > 0 {
            let now = min(left, Self.spaces.count)
            bytes.append(contentsOf: Self.spaces[..<now])
            left -= now
        }
    }

    private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 64)

    /// Drops the bytes from `count` on (a piece written and then found not to be wanted).
    mutating func truncate(to count: Int) { bytes.removeSubrange(count...) }

    /// Removes spaces at the end, back to `start` at most (a padded line's trailing spaces).
    mutating func trimSpaces(downTo start: Int) {
        while bytes.count > start, bytes.last == UInt8(ascii: " ") { bytes.removeLast() }
    }

    /// The characters (as `String.count` counts them) of `bytes[range]`: the byte count for
    /// ASCII, the scalar count when every other scalar is in U+0080–U+00FF (none of those joins
    /// a neighbour into one character), else the string's own count.
    func characterCount(_ range: Range<Int>) -> Int {
        var scalars = 0, simple = true
        for k in range {
            let b = bytes[k]
            if b & 0xC0 != 0x80 { scalars += 1 }
            if b >= 0x80, b & 0xC0 != 0x80, b != 0xC2, b != 0xC3 { simple = false }
        }
        if simple { return scalars }
        return String(decoding: bytes[range], as: UTF8.self).count
    }

    /// The finished bytes. Every piece of untrusted text was escaped on the way in; as a second
    /// line of defence the bytes are scanned once more, and should a control or invisible
    /// character other than the line breaks be found, every line is passed through
    /// `Escape.visible` (as the reports did line by line before they were written as bytes).
    var visibleBytes: [UInt8] {
        let dirty = bytes.withUnsafeBufferPointer {
            containsControlOrInvisible($0, allowingNewlines: true)
        }
        guard dirty else { return bytes }
        let lines = String(decoding: bytes, as: UTF8.self).split(
            separator: "\n", omittingEmptySubsequences: false)
        return Array(lines.map { Escape.visible(String($0)) }.joined(separator: "\n").utf8)
    }

    /// `visibleBytes` as a string.
    var text: String { String(decoding: visibleBytes, as: UTF8.self) }
}
