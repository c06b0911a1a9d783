/// A number as it is printed in a paper, with the place of its last printed digit.
///
/// `"880"` → value 880, last digit place 1; `"2.224"` → 2.224, place 0.001;
/// `"−0.5"` → −0.5, place 0.1. Powers of ten as papers print them are one number:
/// `"1.71×10^-10"`, `"4.21 × 10^{-10}"`, `"5.0 × 10⁻¹⁰"` → 1.71e-10 (place 0.01e-10), and a bare
/// `"10^-11"` or `"10⁻¹¹"` → 1e-11 (place 1e-11). A comma followed by exactly three digits after a
/// group of one to three digits is a thousands separator, as Lee 2020 prints them: `"1,000"` → 1000,
/// `"5,870"` → 5870 (place 1); `"1,2"`, `"10,11"` and `"1, 000"` stay two numbers.
public struct PrintedNumber: Equatable, Sendable {
    public let value: Double
    /// The value of one unit in the last printed digit.
    public let lastDigitPlace: Double

    /// Every number printed in `text`, in order. A `-` or `−` counts as a sign only when it does
    /// not follow a digit, so `"1–2"` and `"5-10"` are two numbers, and `"−3"` is one.
    public static func all(in text: String) -> [PrintedNumber] {
        if let plain = plainDecimal(text) { return [plain] }
        return scanned(text)
    }

    /// The general reading, scalar by scalar.
    static func scanned(_ text: String) -> [PrintedNumber] {
        var result: [PrintedNumber] = []
        let characters = Array(text.unicodeScalars)
        var i = 0
        while i < characters.count {
            let c = characters[i]
            let previousIsDigit =
                i > 0 && (characters[i - 1].isASCIIDigit || characters[i - 1] == ".")
            let isSign =
                (c == "-" || c == "−") && !previousIsDigit
                && i + 1 < characters.count && characters[i + 1].isASCIIDigit
            guard c.isASCIIDigit || isSign else { i += 1; continue }
            var j = isSign ? i + 1 : i
            var integer = ""
            while j < characters.count, characters[j].isASCIIDigit {
                integer.unicodeScalars.append(characters[j]); j += 1
            }
            if (1...3).contains(integer.count) {
                while let end = Self.thousandsGroupEnd(characters, at: j) {
                    integer.unicodeScalars.append(contentsOf: characters[(j + 1)..<end])
                    j = end
                }
            }
            var fraction = ""
            if j + 1 < characters.count, characters[j] == ".", characters[j + 1].isASCIIDigit {
                j += 1
                while j < characters.count, characters[j].isASCIIDigit {
                    fraction.unicodeScalars.append(characters[j]); j += 1
                }
            }
            let literal = (isSign ? "-" : "") + integer + (fraction.isEmpty ? "" : "." + fraction)
            guard var value = Double(literal) else { i = j; continue }
            var place = Self.place(decimals: fraction.count)
            if fraction.isEmpty, integer == "10",
                let (power, end) = Self.exponent(characters, at: j)
            {
                // A bare power of ten, "10^-11": mantissa 1.
                value = (isSign ? -1 : 1) * Self.powerOfTen(power)
                place = Self.powerOfTen(power)
                j = end
            } else if let (power, end) = Self.timesTenTo(characters, at: j) {
                value = Double(literal + "e\(power)") ?? value * Self.powerOfTen(power)
                place *= Self.powerOfTen(power)
                j = end
            }
            result.append(PrintedNumber(value: value, lastDigitPlace: place))
            i = j
        }
        return result
    }

    /// The common case, read without building scalar arrays: digits, optionally `.` and more
    /// digits (`"880"`, `"2.224"`), which the general reading gives as one number too. Not `"10"`,
    /// which the general reading checks for a power of ten.
    ///
    /// The value is read exactly from the digits when they fit (`exactDecimal`), else by
    /// `Double(String)`.
    private static func plainDecimal(_ text: String) -> PrintedNumber? {
        var digitsBefore = 0, digitsAfter = 0, dots = 0
        var m: UInt64 = 0, fits = true
        for b in text.utf8 {
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if dots == 0 { digitsBefore += 1 } else { digitsAfter += 1 }
                if m >= 1 << 50 {
                    fits = false  // more digits than an exact double holds: Double(String)
                } else {
                    m = m * 10 + UInt64(b - UInt8(ascii: "0"))
                }
            case UInt8(ascii: "."): dots += 1
            default: return nil
            }
        }
        let isTen = dots == 0 && m == 10 && digitsBefore == 2  // "10", not "010"
        guard digitsBefore > 0, dots == 0 || (dots == 1 && digitsAfter > 0), !isTen,
            let value = (fits ? exactDecimal(m, scale: -digitsAfter, negative: false) : nil)
                ?? Double(text)
        else { return nil }
        return PrintedNumber(value: value, lastDigitPlace: place(decimals: digitsAfter))
    }

    /// `,ddd` at `start` not followed by another digit: a thousands group. Returns the index after it.
    private static func thousandsGroupEnd(_ c: [Unicode.Scalar], at start: Int) -> Int? {
        guard start + 3 < c.count, c[start] == ",",
            c[(start + 1)...(start + 3)].allSatisfy(\.isASCIIDigit)
        else { return nil }
        let end = start + 4
        return end < c.count && c[end].isASCIIDigit ? nil : end
    }

    /// After a mantissa: `×10^-10`, ` × 10^{-10}`, `x10⁻¹⁰`. Returns the power and the index after it.
    private static func timesTenTo(_ c: [Unicode.Scalar], at start: Int) -> (Int, Int)? {
        var k = start
        while k < c.count, c[k] == " " { k += 1 }
        guard k < c.count, c[k] == "×" || c[k] == "x" else { return nil }
        k += 1
        while k < c.count, c[k] == " " { k += 1 }
        guard k + 1 < c.count, c[k] == "1", c[k + 1] == "0" else { return nil }
        return exponent(c, at: k + 2)
    }

    /// `^-10`, `^{-10}`, `^−10`, `^10` or superscript digits `⁻¹⁰` at `start`.
    private static func exponent(_ c: [Unicode.Scalar], at start: Int) -> (Int, Int)? {
        let superscripts: [Unicode.Scalar: Character] = [
            "⁻": "-", "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6",
            "⁷": "7", "⁸": "8", "⁹": "9",
        ]
        var k = start
        var text = ""
        if k < c.count, c[k] == "^" {
            k += 1
            let braced = k < c.count && c[k] == "{"
            if braced { k += 1 }
            if k < c.count, c[k] == "-" || c[k] == "−" { text.append("-"); k += 1 }
            while k < c.count, c[k].isASCIIDigit { text.unicodeScalars.append(c[k]); k += 1 }
            if braced { guard k < c.count, c[k] == "}" else { return nil }; k += 1 }
        } else {
            while k < c.count, let d = superscripts[c[k]] { text.append(d); k += 1 }
        }
        guard let power = Int(text), abs(power) < 300 else { return nil }
        return (power, k)
    }

    private static func powerOfTen(_ power: Int) -> Double {
        Double("1e\(power)")!
    }

    private static func place(decimals: Int) -> Double {
        var place = 1.0
        for _ in 0..<decimals { place /= 10 }
        return place
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension Unicode.Scalar {
    var isASCIIDigit: Bool { value >= 0x30 && value <= 0x39 }
}
