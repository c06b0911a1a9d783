extension ModelOutput {
    /// The file as deterministic JSON text (fixed key order, shortest round-trip numbers, one
    /// result per line), so that a regenerated fixture compares equal byte for byte.
    public func jsonText() -> String {
        var lines = ["{", "  \"formatVersion\": 1,"]
        if let modelName { lines.append("  \"model\": {\"name\": \(jsonString(modelName))},") }
        lines.append("  \"results\": [")
        for (i, result) in results.enumerated() {
            var fields = ["\"id\": \(jsonString(result.id))"]
            switch result.value {
            case let .number(x): fields.append("\"value\": \(jsonNumberText(x))")
            case let .category(c): fields.append("\"value\": \(jsonString(c))")
            case let .series(x, y):
                fields.append(
                    "\"value\": {\"x\": [\(x.map(jsonNumberText).joined(separator: ", "))], "
                        + "\"y\": [\(y.map(jsonNumberText).joined(separator: ", "))]}"
                )
            }
            if let unit = result.unit { fields.append("\"unit\": \(jsonString(unit))") }
            if let xUnit = result.xUnit { fields.append("\"xUnit\": \(jsonString(xUnit))") }
            if let u = result.uncertainty { fields.append("\"uncertainty\": \(jsonNumberText(u))") }
            lines.append(
                "    {" + fields.joined(separator: ", ") + "}" + (i + 1 < results.count ? "," : ""))
        }
        lines.append("  ]")
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }
}

/// A JSON string literal. Besides what JSON requires (quotes, backslash, C0 controls), DEL, C1
/// controls, line and paragraph separators, bidirectional controls and invisible format
/// characters are written as `\uXXXX`, so a report shown with `cat` cannot move the cursor or
/// reorder text (the same set as the text report's escaping).
package func jsonString(_ s: String) -> String {
    if !needsJSONEscape(s) {
        return "\"" + s + "\""  // nothing to escape: the common case, µm and °C included
    }
    var out = "\""
    for scalar in s.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\t": out += "\\t"
        case "\r": out += "\\r"
        default:
            if scalar.value < 0x20 || isInvisibleOrControl(scalar) {
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
    }
    return out + "\""
}

/// A finite number in JSON: Swift's shortest round-trip form, integers without ".0".
package func jsonNumberText(_ x: Double) -> String {
    precondition(x.isFinite, "JSON has no NaN or infinity")
    if x == x.rounded(), x.magnitude < 1e15 { return String(Int64(x)) }
    return x.description
}

/// DEL, C1 controls, line and paragraph separators, bidirectional controls and invisible format
/// characters: text that is not meant to be seen as it is.
package func isInvisibleOrControl(_ c: Unicode.Scalar) -> Bool {
    switch c.value {
    case 0x7F...0x9F, 0x061C, 0x180E, 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x206F, 0xFEFF,
        0xFFF9...0xFFFB:
        true
    default: false
    }
}

/// Whether `s` holds a C0 control (below U+0020) or a character `isInvisibleOrControl` names,
/// decided on the UTF-8 bytes (the lead byte and, for the few multi-byte cases, the bytes after
/// it) without decoding scalars: the check every report line goes through. With
/// `allowingNewlines`, a line feed does not count (for a whole report's text).
package func containsControlOrInvisible(_ s: String, allowingNewlines: Bool = false) -> Bool {
    var s = s
    return s.withUTF8 { containsControlOrInvisible($0, allowingNewlines: allowingNewlines) }
}

/// `containsControlOrInvisible` of UTF-8 bytes (valid UTF-8: a report's own text).
package func containsControlOrInvisible(
    _ bytes: UnsafeBufferPointer<UInt8>, allowingNewlines: Bool = false
) -> Bool {
    containsEscape(bytes, quotes: false, newlines: allowingNewlines) { b in
        (b < 0x20 && !(allowingNewlines && b == 0x0A)) || b == 0x7F
    }
}

/// Whether `jsonString(s)` must escape something in `s` (a quote, a backslash, or what
/// `containsControlOrInvisible` finds), in one pass over the bytes.
package func needsJSONEscape(_ s: String) -> Bool {
    var s = s
    return s.withUTF8(needsJSONEscape)
}

/// `needsJSONEscape` of UTF-8 bytes.
package func needsJSONEscape(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    containsEscape(bytes, quotes: true, newlines: false) { b in
        b < 0x20 || b == 0x7F || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\")
    }
}

/// The bytes of `w` that are not printable ASCII (controls, DEL, or part of a multi-byte
/// character), but not line feeds when `newlines` allows them, and quotes and backslashes when
/// `quotes` is true (`ByteWords`: exact flags).
@inline(__always)
private func escapeFlags(_ w: UInt64, quotes: Bool, newlines: Bool) -> UInt64 {
    var flags = ByteWords.atLeast7F(w)  // DEL, and multi-byte characters: the loop decides
    flags |= newlines ? ByteWords.controlsButLineFeed(w) : ByteWords.controls(w)
    if quotes {
        flags |= ByteWords.equal(w, UInt8(ascii: "\"")) | ByteWords.equal(w, UInt8(ascii: "\\"))
    }
    return flags
}

/// The bytes of `v` that `escapeFlags` names (the same bytes, tested as one vector: a whole
/// report's scan goes sixteen bytes at a time).
@inline(__always)
private func escapeFlags(
    _ v: SIMD16<UInt8>, quotes: Bool, newlines: Bool
) -> SIMDMask<SIMD16<Int8>> {
    // Vectors, not scalars, on the right: `v .< 0x20` is not made a vector compare.
    typealias Bytes = SIMD16<UInt8>
    let low = v .< Bytes(repeating: 0x20)
    let controls = newlines ? low .& (v .!= Bytes(repeating: 0x0A)) : low
    var flags = controls .| (v .>= Bytes(repeating: 0x7F))
    if quotes {
        flags = flags .| (v .== Bytes(repeating: UInt8(ascii: "\"")))
            .| (v .== Bytes(repeating: UInt8(ascii: "\\")))
    }
    return flags
}

/// The scan behind `containsControlOrInvisible` and `needsJSONEscape`. Sixteen bytes at a time
/// while none is flagged (`escapeFlags` of a vector), then eight at a time up to the first that
/// is not plain (`escapeFlags` of a word); there one character: `ascii` decides a one-byte
/// character, and the multi-byte ones `isInvisibleOrControl` names are found from the lead byte
/// and the bytes after it.
@inline(__always)
private func containsEscape(
    _ bytes: UnsafeBufferPointer<UInt8>, quotes: Bool, newlines: Bool,
    ascii needsEscape: (UInt8) -> Bool
) -> Bool {
    guard let base = bytes.baseAddress else { return false }
    let n = bytes.count
    var k = 0
    while k < n {
        if k + 16 <= n {
            let v = UnsafeRawPointer(base + k).loadUnaligned(as: SIMD16<UInt8>.self)
            guard any(escapeFlags(v, quotes: quotes, newlines: newlines)) else {
                k += 16
                continue
            }
        }
        if k + 8 <= n {
            let w = UnsafeRawPointer(base + k).loadUnaligned(as: UInt64.self)
            let flags = escapeFlags(w, quotes: quotes, newlines: newlines)
            guard flags != 0 else {
                k += 8
                continue
            }
            k += flags.trailingZeroBitCount >> 3
        }
        let b = bytes[k]
        if b < 0x80 {
            if needsEscape(b) { return true }
            k += 1
            continue
        }
        let b1 = k + 1 < n ? bytes[k + 1] : 0
        let b2 = k + 2 < n ? bytes[k + 2] : 0
        switch b {
        case 0xC2 where (0x80...0x9F).contains(b1): return true  // U+0080–U+009F
        case 0xD8 where b1 == 0x9C: return true  // U+061C
        case 0xE1 where b1 == 0xA0 && b2 == 0x8E: return true  // U+180E
        case 0xE2 where b1 == 0x80 && ((0x8B...0x8F).contains(b2) || (0xA8...0xAE).contains(b2)):
            return true  // U+200B–U+200F, U+2028–U+202E
        case 0xE2 where b1 == 0x81 && (0xA0...0xAF).contains(b2): return true  // U+2060–U+206F
        case 0xEF where (b1 == 0xBB && b2 == 0xBF) || (b1 == 0xBF && (0xB9...0xBB).contains(b2)):
            return true  // U+FEFF, U+FFF9–U+FFFB
        default: break
        }
        k += b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
    }
    return false
}
