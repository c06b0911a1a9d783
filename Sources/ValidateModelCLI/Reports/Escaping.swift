import GoldenRecords

/// Text from a model-output file (model name, ids, units, categories) is untrusted: each report
/// format escapes it so that it can neither start a line, nor move the cursor, nor inject
/// markup. One function per format.
///
/// The Markdown, XML and HTML escapes each have two paths: a scan of the UTF-8 bytes that
/// returns the text unchanged (or replaces its ASCII specials byte by byte) when it holds no
/// control, invisible or other character that needs `\u{XXXX}`, and the scalar-by-scalar
/// definition (`markdownByScalars`, `xmlByScalars`, `htmlByScalars`) for the rest. The tests
/// hold the two paths to the same result on every scalar.
package enum Escape {
    /// For a terminal or a log: control characters (C0, DEL, C1), line and paragraph
    /// separators, bidirectional controls and invisible format characters are written as
    /// `\u{XXXX}`, so a value can never end a line, forge another, or reorder what is shown.
    package static func visible(_ s: String) -> String {
        guard containsControlOrInvisible(s) else { return s }
        var out = ""
        for scalar in s.unicodeScalars {
            if needsEscape(scalar) {
                out += visibleForm(scalar)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `\u{XXXX}`: how every format here shows a character it will not print as it is.
    package static func visibleForm(_ c: Unicode.Scalar) -> String {
        "\\u{" + String(c.value, radix: 16, uppercase: true) + "}"
    }

    package static func needsEscape(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x20 || isInvisibleOrControl(c)
    }

    /// For a Markdown table cell or sentence (GitHub-flavoured): `visible`, then every character
    /// that could open markup is escaped: emphasis (`*` `_` `~`), code (`` ` ``), links and
    /// images (`[` `]` `!`), HTML (`<` `>` `&`), headings (`#`), tables (`|`), math (`$`), and
    /// the backslash itself. Parentheses need no escape once `]` cannot close a link text.
    package static func markdown(_ s: String) -> String { escaped(s, .markdown) }

    /// `markdown`, one scalar at a time: the definition the byte path must agree with.
    package static func markdownByScalars(_ s: String) -> String {
        let text = visible(s)
        guard text.unicodeScalars.contains(where: { markdownSpecials.contains($0) }) else {
            return text
        }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            default:
                if markdownSpecials.contains(scalar) { out += "\\" }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static let markdownSpecials: Set<Unicode.Scalar> = [
        "\\", "`", "*", "_", "[", "]", "<", ">", "&", "|", "#", "~", "!", "$",
    ]

    /// XML text and attribute escaping; characters XML 1.0 cannot hold are written as `\u{XXXX}`
    /// (never dropped silently), tabs and newlines as character references.
    package static func xml(_ s: String) -> String { escaped(s, .xml) }

    /// `xml`, one scalar at a time: the definition the byte path must agree with.
    package static func xmlByScalars(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n": out += "&#10;"
            case "\t": out += "&#9;"
            default:
                if needsEscape(scalar) || (0xFFFE...0xFFFF).contains(scalar.value) {
                    out += visibleForm(scalar)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// For HTML text and double- or single-quoted attribute values: `visible` (so no control,
    /// bidirectional or invisible character reaches the page, and a value stays on one line),
    /// then `&`, `<`, `>`, `"` and `'` as character references: no tag, attribute or entity
    /// can start inside the text.
    package static func html(_ s: String) -> String { escaped(s, .html) }

    /// `html`, one scalar at a time: the definition the byte path must agree with.
    package static func htmlByScalars(_ s: String) -> String {
        let text = visible(s)
        let specials: [UInt8] = [0x26, 0x3C, 0x3E, 0x22, 0x27]
        guard text.utf8.contains(where: specials.contains) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Markup made elsewhere (the figures' SVG): every control, bidirectional or invisible
    /// character but the newline written as `\u{XXXX}`; tags and references are left as they are.
    package static func invisibleInMarkup(_ s: String) -> String {
        // The byte scan of the same set (a figure's SVG is large; most hold nothing to escape).
        guard containsControlOrInvisible(s, allowingNewlines: true) else { return s }
        var out = ""
        for scalar in s.unicodeScalars {
            if scalar != "\n" && needsEscape(scalar) {
                out += visibleForm(scalar)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
