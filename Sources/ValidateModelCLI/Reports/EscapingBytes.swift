import GoldenRecords

/// The byte path of the Markdown, XML and HTML escapes: each format's ASCII specials in a table,
/// so that text without a control or invisible character is escaped byte by byte (the specials
/// replaced, every other byte, multi-byte characters included, copied), and text with one falls
/// back to the scalar-by-scalar definition.
extension Escape {
    /// A format whose escape replaces some ASCII bytes and sends the rest of the text through
    /// `visible` (Markdown, HTML) or its own `\u{XXXX}` rule (XML).
    package enum Kind: Sendable {
        case markdown, xml, html

        /// The replacement of each ASCII byte the format escapes (nil: copied as it is).
        fileprivate var table: [[UInt8]?] {
            switch self {
            case .markdown: Escape.markdownTable
            case .xml: Escape.xmlTable
            case .html: Escape.htmlTable
            }
        }

        /// The scalar-by-scalar definition, for text the byte path does not handle.
        fileprivate func byScalars(_ s: String) -> String {
            switch self {
            case .markdown: Escape.markdownByScalars(s)
            case .xml: Escape.xmlByScalars(s)
            case .html: Escape.htmlByScalars(s)
            }
        }
    }

    /// A table of 128 replacements from the (byte, replacement) pairs.
    private static func table(_ pairs: [(Character, String)]) -> [[UInt8]?] {
        var table = [[UInt8]?](repeating: nil, count: 128)
        for (c, replacement) in pairs {
            if let b = c.asciiValue { table[Int(b)] = Array(replacement.utf8) }
        }
        return table
    }

    fileprivate static let markdownTable = table(
        [("<", "&lt;"), (">", "&gt;"), ("&", "&amp;")]
            + ["\\", "`", "*", "_", "[", "]", "|", "#", "~", "!", "$"].map {
                (Character($0), "\\" + $0)
            })

    fileprivate static let xmlTable = table([
        ("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("\"", "&quot;"), ("'", "&apos;"),
        ("\n", "&#10;"), ("\t", "&#9;"),
    ])

    fileprivate static let htmlTable = table([
        ("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("\"", "&quot;"), ("'", "&#39;"),
    ])

    /// Whether the byte path cannot escape `bytes` (a character `\u{XXXX}` must replace): a
    /// control or invisible character; for XML also U+FFFE and U+FFFF. XML's tab and line feed
    /// count here too, which sends them down the (equal, slower) scalar path.
    private static func needsScalarPath(_ bytes: UnsafeBufferPointer<UInt8>, _ kind: Kind) -> Bool {
        if containsControlOrInvisible(bytes) { return true }
        guard kind == .xml, bytes.count >= 3 else { return false }
        for k in 0..<(bytes.count - 2) where bytes[k] == 0xEF {
            if bytes[k + 1] == 0xBF, bytes[k + 2] == 0xBE || bytes[k + 2] == 0xBF { return true }
        }
        return false
    }

    /// Whether escaping `bytes` for `kind` changes them.
    package static func needsEscaping(_ bytes: UnsafeBufferPointer<UInt8>, _ kind: Kind) -> Bool {
        if needsScalarPath(bytes, kind) { return true }
        let table = kind.table
        return bytes.contains { $0 < 0x80 && table[Int($0)] != nil }
    }

    /// Appends the escape of the UTF-8 `bytes` for `kind` to `out`: byte by byte when no
    /// character needs `\u{XXXX}`, else through the scalar-by-scalar definition.
    package static func append(
        escaping bytes: UnsafeBufferPointer<UInt8>, _ kind: Kind, to out: inout [UInt8]
    ) {
        if needsScalarPath(bytes, kind) {
            out.append(contentsOf: kind.byScalars(String(decoding: bytes, as: UTF8.self)).utf8)
            return
        }
        let table = kind.table
        var run = 0  // the start of the bytes not yet copied
        for k in bytes.indices where bytes[k] < 0x80 {
            guard let replacement = table[Int(bytes[k])] else { continue }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<k]))
            out.append(contentsOf: replacement)
            run = k + 1
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...]))
    }

    /// `s` escaped for `kind`: `s` itself, after one scan, when nothing needs escaping.
    static func escaped(_ s: String, _ kind: Kind) -> String {
        var s = s
        return s.withUTF8 { bytes in
            guard needsEscaping(bytes, kind) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 16)
            append(escaping: bytes, kind, to: &out)
            return String(decoding: out, as: UTF8.self)
        } ?? s
    }
}
