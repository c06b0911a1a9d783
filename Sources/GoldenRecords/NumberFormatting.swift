import Foundation

extension Double {
    /// Six significant digits, no trailing zeros (`%.6g`), for messages and reports.
    package var formatted6: String { formatted(significantDigits: 6) }

    /// `self` as C's `%.<digits>g` writes it (`%+.<digits>g` with `sign`), without varargs.
    ///
    /// The digits come from Swift's shortest round-trip representation, rounded to `digits`
    /// significant digits. That equals C's rounding of the exact binary value except when the
    /// digits left over are within 10⁻⁹ of a half (the shortest representation is within half
    /// an ulp of the value, at most 1.2 × 10⁻¹⁰ of a unit in the last kept digit for up to
    /// 6 digits): then, and for NaN and subnormals, this calls `formatted(cFormat:)`. `NumberFormattingTests`
    /// compares both on random and special values.
    ///
    /// - Precondition: `digits` is in 1...9.
    package func formatted(significantDigits digits: Int, sign: Bool = false) -> String {
        precondition((1...9).contains(digits))
        // Subnormals carry fewer than 53 bits, so their shortest digits may be far from the value.
        guard !isSubnormal, let decimal = ShortestDecimal(self) else { return slowPath(digits, sign: sign) }
        if decimal.isInfinite { return (decimal.negative ? "-" : sign ? "+" : "") + "inf" }
        guard let rounded = decimal.rounded(toSignificant: digits) else {
            return slowPath(digits, sign: sign)
        }
        return rounded.gStyle(precision: digits, sign: sign)
    }

    /// `self` as C's `%.<decimals>f` writes it, without varargs, for |self| < 10¹⁵ (the shortest
    /// representation then holds every integer digit); otherwise through `formatted(cFormat:)`.
    ///
    /// - Precondition: `decimals` is in 0...9.
    package func formatted(decimals: Int) -> String {
        precondition((0...9).contains(decimals))
        guard magnitude < 1e15, let decimal = ShortestDecimal(self),
            let rounded = decimal.rounded(toDecimals: decimals)
        else { return fixedSlowPath(decimals) }
        return rounded.fStyle(decimals: decimals)
    }

    private func slowPath(_ digits: Int, sign: Bool) -> String {
        switch (digits, sign) {
        case (6, false): formatted(cFormat: "%.6g")
        case (3, true): formatted(cFormat: "%+.3g")
        case (3, false): formatted(cFormat: "%.3g")
        default:
            // Not used by the reports; kept correct for any digit count.
            String(format: sign ? "%+.*g" : "%.*g", digits, self)
        }
    }

    private func fixedSlowPath(_ decimals: Int) -> String {
        decimals == 1 ? formatted(cFormat: "%.1f") : String(format: "%.*f", decimals, self)
    }

    /// `self` written with a C `printf` format for one double (`"%.6g"`, `"%+.3g%%"`), exactly as
    /// `String(format:)` writes it, but straight through `vsnprintf`: the reference the
    /// formatters above are tested against, and their fallback.
    ///
    /// - Precondition: `cFormat` takes exactly one double.
    package func formatted(cFormat: StaticString) -> String {
        let format = UnsafeRawPointer(cFormat.utf8Start).assumingMemoryBound(to: CChar.self)
        let write = { (buffer: UnsafeMutableBufferPointer<CChar>) -> (written: Int, text: String) in
            guard let base = buffer.baseAddress else { return (0, "") }
            let written = Int(withVaList([self]) { vsnprintf(base, buffer.count, format, $0) })
            let count = max(0, min(written, buffer.count - 1))
            let text = UnsafeRawBufferPointer(start: base, count: count).withMemoryRebound(to: UInt8.self) {
                String(decoding: $0, as: UTF8.self)
            }
            return (written, text)
        }
        let short = withUnsafeTemporaryAllocation(of: CChar.self, capacity: 64, write)
        guard short.written >= 64 else { return short.text }
        // Long (`%f` of 1e308): once more with room for all of it.
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: short.written + 1, write).text
    }
}

/// A finite double's shortest round-trip decimal digits: value = ±0.d₁d₂… × 10^`exponent`.
struct ShortestDecimal {
    var negative: Bool
    /// Significant digits as ASCII values (no leading zeros; empty for zero).
    var digits: [UInt8]
    var exponent: Int
    var isInfinite = false

    /// Nil for NaN (C prints `nan` or `-nan` by its sign bit; left to C).
    init?(_ x: Double) {
        guard !x.isNaN else { return nil }
        negative = x.sign == .minus
        digits = []
        exponent = 0
        if x.isInfinite { isInfinite = true; return }
        // "880.2", "0.0001", "1e-05", "1.7976931348623157e+308": mantissa, then exponent.
        let text = x.magnitude.description.utf8
        let e = text.firstIndex(of: UInt8(ascii: "e"))
        let mantissa = text[..<(e ?? text.endIndex)]
        var pointPosition = mantissa.firstIndex(of: UInt8(ascii: ".")).map {
            mantissa.distance(from: mantissa.startIndex, to: $0)
        } ?? mantissa.count
        for c in mantissa where c != UInt8(ascii: ".") {
            if digits.isEmpty && c == UInt8(ascii: "0") {
                pointPosition -= 1  // a leading zero: the first significant digit is further right
            } else {
                digits.append(c)
            }
        }
        while digits.last == UInt8(ascii: "0") { digits.removeLast() }
        let exponentText = e.map { String(decoding: text[text.index(after: $0)...], as: UTF8.self) }
        exponent = digits.isEmpty ? 0 : pointPosition + (exponentText.flatMap { Int($0) } ?? 0)
    }

    /// Rounded half-up to `count` significant digits, or nil when the digits dropped are too
    /// close to a half to decide without the exact binary value.
    func rounded(toSignificant count: Int) -> ShortestDecimal? {
        guard digits.count > count else { return self }
        return rounded(keeping: count)
    }

    /// Rounded to `decimals` digits after the point (nil as for `rounded(toSignificant:)`).
    func rounded(toDecimals decimals: Int) -> ShortestDecimal? {
        let keep = exponent + decimals
        guard digits.count > keep else { return self }
        if keep < 0 { return ShortestDecimal(zeroWithSign: negative) }
        return rounded(keeping: keep)
    }

    private init(zeroWithSign negative: Bool) {
        self.negative = negative
        digits = []
        exponent = 0
    }

    private func rounded(keeping count: Int) -> ShortestDecimal? {
        let tail = digits[count...]
        // Ten digits decide: a tail of 5000000000… or 4999999999… may be a half in exact binary.
        // Digits past the end of `digits` are zeros.
        let digit = { (k: Int) in count + k < digits.count ? digits[count + k] : UInt8(ascii: "0") }
        let first = digit(0)
        if first == UInt8(ascii: "5") || first == UInt8(ascii: "4") {
            let filler = first == UInt8(ascii: "5") ? UInt8(ascii: "0") : UInt8(ascii: "9")
            if (1..<10).allSatisfy({ digit($0) == filler }) { return nil }
        }
        var result = self
        result.digits = Array(digits[..<count])
        if tail.first! >= UInt8(ascii: "5") {
            var k = result.digits.count - 1
            while k >= 0 {
                if result.digits[k] == UInt8(ascii: "9") {
                    result.digits[k] = UInt8(ascii: "0")
                    k -= 1
                } else {
                    result.digits[k] += 1
                    break
                }
            }
            if k < 0 {
                result.digits.insert(UInt8(ascii: "1"), at: 0)
                result.exponent += 1
            }
        }
        while result.digits.last == UInt8(ascii: "0") { result.digits.removeLast() }
        return result
    }

    /// C's `%g` layout of already rounded digits: `%f` style when −4 ≤ X < precision (X the
    /// decimal exponent of the first digit), else `d.ddde±XX`; trailing zeros removed.
    func gStyle(precision: Int, sign: Bool) -> String {
        let prefix = negative ? "-" : sign ? "+" : ""
        guard !digits.isEmpty else { return prefix + "0" }
        let x = exponent - 1
        var out = prefix
        if x >= -4 && x < precision {
            out += plain()
        } else {
            out.unicodeScalars.append(Unicode.Scalar(digits[0]))
            if digits.count > 1 {
                out += "."
                out += String(decoding: digits[1...], as: UTF8.self)
            }
            out += x < 0 ? "e-" : "e+"
            let magnitude = x.magnitude
            out += magnitude < 10 ? "0\(magnitude)" : "\(magnitude)"
        }
        return out
    }

    /// C's `%.<decimals>f` of already rounded digits.
    func fStyle(decimals: Int) -> String {
        var integer = "", fraction = ""
        for position in 0..<max(exponent, 0) {
            let digit = position < digits.count ? digits[position] : UInt8(ascii: "0")
            integer.unicodeScalars.append(Unicode.Scalar(digit))
        }
        if integer.isEmpty { integer = "0" }
        for k in 0..<decimals {
            let position = exponent + k
            let digit = position >= 0 && position < digits.count ? digits[position] : UInt8(ascii: "0")
            fraction.unicodeScalars.append(Unicode.Scalar(digit))
        }
        let body = decimals > 0 ? integer + "." + fraction : integer
        return (negative ? "-" : "") + body
    }

    /// The digits with the point placed, no exponent and no trailing zeros after the point.
    private func plain() -> String {
        let text = String(decoding: digits, as: UTF8.self)
        if exponent <= 0 { return "0." + String(repeating: "0", count: -exponent) + text }
        if exponent >= digits.count { return text + String(repeating: "0", count: exponent - digits.count) }
        let split = text.index(text.startIndex, offsetBy: exponent)
        return text[..<split] + "." + text[split...]
    }
}
