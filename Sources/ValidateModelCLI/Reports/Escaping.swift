import GoldenRecords

/// Text from a model-output file (model name, ids, units, categories) is untrusted: each report
/// format escapes it so that it can neither start a line, nor move the cursor, nor inject
/// markup. One function per format.
enum Escape {
    /// For a terminal or a log: control characters (C0, DEL, C1), line and paragraph
    /// separators, bidirectional controls and invisible format characters are written as
    /// `\u{XXXX}`, so a value can never end a line, forge another, or reorder what is shown.
    static func visible(_ s: String) -> String {
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
    static func visibleForm(_ c: Unicode.Scalar) -> String {
        "\\u{" + String(c.value, radix: 16, uppercase: true) + "}"
    }

    static func needsEscape(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x20 || isInvisibleOrControl(c)
    }

    /// For a Markdown table cell or sentence (GitHub-flavoured): `visible`, then every character
    /// that could open markup is escaped: emphasis (`*` `_` `~`), code (`` ` ``), links and
    /// images (`[` `]` `!`), HTML (`<` `>` `&`), headings (`#`), tables (`|`), math (`$`), and
    /// the backslash itself. Parentheses need no escape once `]` cannot close a link text.
    static func markdown(_ s: String) -> String {
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
    static func xml(_ s: String) -> String {
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
    static func html(_ s: String) -> String {
        let text = visible(s)
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 })
        else { return text }
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
    static func invisibleInMarkup(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { $0 != "\n" && needsEscape($0) }) else { return s }
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
