/// Parser for the unit grammar:
///
/// ```
/// unit     := "1" | "-" | "°C" | product [ "/" product ] | "1/" product
/// product  := factor { separator factor }          separator: space, "·", "⋅", "*"
/// factor   := [prefix] symbol [ exponent ]
/// exponent := "^" ["-"] digit | superscript digit (e.g. "⁻²"); from −9 to 9, not 0
/// prefix   := G M k c m µ μ u n p
/// ```
///
/// Everything after a single `/` is in the denominator (`mAh/g`, `mA/cm^2`); a numerator of `1`
/// alone stands for no factor (`1/nm`, `1/s`), and spaces may surround the `/` (`mAh / g`).
/// A symbol is looked up whole first (`min`, `mol`, `Pa`), then as prefix + symbol (`mAh` = m·Ah).
enum UnitParser {
    static func parse(_ raw: String) throws(UnitError) -> PhysicalUnit {
        let text = try UnitSpellings.normalize(raw).trimmingWhitespace
        guard !text.isEmpty else { throw .empty }
        if let special = specials[text] {
            return PhysicalUnit(
                symbol: raw, dimension: special.0, factor: special.1, offset: special.2)
        }
        if text.contains("°C") { throw .affineInCompound(unit: raw) }

        let halves = text.split(separator: "/", omittingEmptySubsequences: false)
        guard halves.count <= 2, halves.allSatisfy({ !$0.trimmingWhitespace.isEmpty }) else {
            throw .unknownSymbol(unit: raw, token: "/")
        }
        var dimension = PhysicalDimension()
        var factor = 1.0
        for (index, half) in halves.enumerated() {
            if index == 0, halves.count == 2, half.trimmingWhitespace == "1" { continue }
            let sign: Int8 = index == 0 ? 1 : -1
            let tokens = half.split(whereSeparator: { " ·⋅*".contains($0) })
            for token in tokens {
                let (base, exponent) = try splitExponent(String(token), unit: raw)
                guard let symbol = lookUp(base) else {
                    throw .unknownSymbol(unit: raw, token: String(token))
                }
                guard let raised = symbol.dimension.raised(to: exponent * sign),
                    let product = dimension.multiplied(by: raised)
                else {
                    throw .badExponent(unit: raw, token: String(token))
                }
                dimension = product
                factor *= pow(symbol.factor, Int(exponent * sign))
            }
        }
        return PhysicalUnit(symbol: raw, dimension: dimension, factor: factor)
    }

    /// `cm^-2` → ("cm", -2); `cm⁻²` → ("cm", -2); `cm` → ("cm", 1).
    private static func splitExponent(
        _ token: String, unit: String
    ) throws(UnitError) -> (String, Int8) {
        if let caret = token.firstIndex(of: "^") {
            let base = String(token[..<caret])
            guard let e = Int8(token[token.index(after: caret)...]), e != 0, (-9...9).contains(e),
                !base.isEmpty
            else {
                throw .badExponent(unit: unit, token: token)
            }
            return (base, e)
        }
        let superscripts: [Character: Character] = [
            "⁻": "-", "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6",
            "⁷": "7", "⁸": "8", "⁹": "9",
        ]
        guard let first = token.firstIndex(where: { superscripts[$0] != nil }) else {
            if token.last?.isNumber == true, token != "1" {
                throw .badExponent(unit: unit, token: token)
            }
            return (token, 1)
        }
        let digits = String(token[first...].map { superscripts[$0] ?? "?" })
        guard let e = Int8(digits), e != 0, (-9...9).contains(e), first != token.startIndex else {
            throw .badExponent(unit: unit, token: token)
        }
        return (String(token[..<first]), e)
    }

    /// Whether `base` (a factor without its exponent) is a unit symbol, with or without a prefix,
    /// or a unit that stands alone (`%`, `°C`, `1`): `UnitSpellings` uses it to tell a unit from a
    /// quantity name.
    static func isUnitSymbol(_ base: String) -> Bool {
        specials[base] != nil || lookUp(base) != nil
    }

    private static func lookUp(_ base: String) -> Symbol? {
        if let symbol = symbols[base] { return symbol }
        for (prefix, scale) in prefixes where base.hasPrefix(prefix) {
            let rest = String(base.dropFirst(prefix.count))
            if let symbol = symbols[rest], symbol.prefixable {
                return Symbol(
                    dimension: symbol.dimension, factor: symbol.factor * scale, prefixable: false)
            }
        }
        return nil
    }

    struct Symbol {
        let dimension: PhysicalDimension
        let factor: Double
        var prefixable = true
    }

    private static let prefixes: [(String, Double)] = [
        ("G", 1e9), ("M", 1e6), ("k", 1e3), ("c", 1e-2), ("m", 1e-3),
        ("µ", 1e-6), ("μ", 1e-6), ("u", 1e-6), ("n", 1e-9), ("p", 1e-12),
    ]

    private static let volt = PhysicalDimension(length: 2, mass: 1, time: -3, current: -1)
    private static let ohm = PhysicalDimension(length: 2, mass: 1, time: -3, current: -2)
    private static let energy = PhysicalDimension(length: 2, mass: 1, time: -2)

    /// Units that only stand alone.
    private static let specials: [String: (PhysicalDimension, Double, Double)] = [
        "1": (PhysicalDimension(), 1, 0),
        "°C": (PhysicalDimension(temperature: 1), 1, 273.15),
        "%": (PhysicalDimension(), 0.01, 0),
        "wt%": (PhysicalDimension(fractionBasis: "mass"), 0.01, 0),
        "vol%": (PhysicalDimension(fractionBasis: "volume"), 0.01, 0),
        "at%": (PhysicalDimension(fractionBasis: "atomic"), 0.01, 0),
        "mol%": (PhysicalDimension(fractionBasis: "molar"), 0.01, 0),
        "ppm": (PhysicalDimension(), 1e-6, 0),
        // Plane angle in degrees (XRD 2θ, Lee 2020); the radian is the dimensionless 1.
        "°": (PhysicalDimension(), Double.pi / 180, 0),
    ]

    private static let symbols: [String: Symbol] = [
        "m": Symbol(dimension: PhysicalDimension(length: 1), factor: 1),
        "Å": Symbol(dimension: PhysicalDimension(length: 1), factor: 1e-10, prefixable: false),
        "g": Symbol(dimension: PhysicalDimension(mass: 1), factor: 1e-3),
        "s": Symbol(dimension: PhysicalDimension(time: 1), factor: 1),
        "min": Symbol(dimension: PhysicalDimension(time: 1), factor: 60, prefixable: false),
        "h": Symbol(dimension: PhysicalDimension(time: 1), factor: 3600, prefixable: false),
        "A": Symbol(dimension: PhysicalDimension(current: 1), factor: 1),
        "K": Symbol(dimension: PhysicalDimension(temperature: 1), factor: 1),
        "mol": Symbol(dimension: PhysicalDimension(amount: 1), factor: 1),
        "L": Symbol(dimension: PhysicalDimension(length: 3), factor: 1e-3),
        "Pa": Symbol(dimension: PhysicalDimension(length: -1, mass: 1, time: -2), factor: 1),
        "bar": Symbol(
            dimension: PhysicalDimension(length: -1, mass: 1, time: -2), factor: 1e5,
            prefixable: false),
        // 1 Torr = 101 325 / 760 Pa exactly (vacuum pressures, e.g. Jun 2024's "<10⁻⁶ Torr").
        "Torr": Symbol(
            dimension: PhysicalDimension(length: -1, mass: 1, time: -2), factor: 101_325.0 / 760,
            prefixable: false),
        "N": Symbol(dimension: PhysicalDimension(length: 1, mass: 1, time: -2), factor: 1),
        "J": Symbol(dimension: energy, factor: 1),
        "eV": Symbol(dimension: energy, factor: 1.602176634e-19),
        "W": Symbol(dimension: PhysicalDimension(length: 2, mass: 1, time: -3), factor: 1),
        "Wh": Symbol(dimension: energy, factor: 3600),
        "C": Symbol(dimension: PhysicalDimension(time: 1, current: 1), factor: 1),
        "Ah": Symbol(dimension: PhysicalDimension(time: 1, current: 1), factor: 3600),
        "V": Symbol(dimension: volt, factor: 1),
        "Ω": Symbol(dimension: ohm, factor: 1),
        "ohm": Symbol(dimension: ohm, factor: 1),
        "S": Symbol(
            dimension: PhysicalDimension(length: -2, mass: -1, time: 3, current: 2), factor: 1),
        "Hz": Symbol(dimension: PhysicalDimension(time: -1), factor: 1),
        "rpm": Symbol(dimension: PhysicalDimension(time: -1), factor: 1.0 / 60, prefixable: false),
    ]
}

extension StringProtocol {
    var trimmingWhitespace: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
            let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[first...last])
    }
}

private func pow(_ base: Double, _ exponent: Int) -> Double {
    var result = 1.0
    for _ in 0..<abs(exponent) { result *= base }
    return exponent < 0 ? 1 / result : result
}
