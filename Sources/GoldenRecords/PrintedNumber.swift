/// A number as it is printed in a paper, with the place of its last printed digit.
///
/// `"880"` → value 880, last digit place 1; `"2.224"` → 2.224, place 0.001;
/// `"−0.5"` → −0.5, place 0.1. Thousands separators are not accepted (papers in this
/// suite print none; `"1,258"` would be ambiguous).
public struct PrintedNumber: Equatable, Sendable {
    public let value: Double
    /// The value of one unit in the last printed digit.
    public let lastDigitPlace: Double

    /// Every number printed in `text`, in order. A `-` or `−` counts as a sign only when it does
    /// not follow a digit, so `"1–2"` and `"5-10"` are two numbers, and `"−3"` is one.
    public static func all(in text: String) -> [PrintedNumber] {
        var result: [PrintedNumber] = []
        let characters = Array(text)
        var i = 0
        while i < characters.count {
            let c = characters[i]
            let previousIsDigit = i > 0 && (characters[i - 1].isASCIIDigit || characters[i - 1] == ".")
            let isSign = (c == "-" || c == "−") && !previousIsDigit
                && i + 1 < characters.count && characters[i + 1].isASCIIDigit
            guard c.isASCIIDigit || isSign else { i += 1; continue }
            var j = isSign ? i + 1 : i
            var integer = ""
            while j < characters.count, characters[j].isASCIIDigit { integer.append(characters[j]); j += 1 }
            var fraction = ""
            if j + 1 < characters.count, characters[j] == ".", characters[j + 1].isASCIIDigit {
                j += 1
                while j < characters.count, characters[j].isASCIIDigit { fraction.append(characters[j]); j += 1 }
            }
            let literal = (isSign ? "-" : "") + integer + (fraction.isEmpty ? "" : "." + fraction)
            if let value = Double(literal) {
                result.append(PrintedNumber(value: value, lastDigitPlace: Self.place(decimals: fraction.count)))
            }
            i = j
        }
        return result
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
