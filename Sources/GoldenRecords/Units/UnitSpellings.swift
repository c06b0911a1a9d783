/// Unit spellings of the wider battery-modelling ecosystem, rewritten into the project's grammar
/// before parsing:
///
/// - PyBaMM and BPX put units in brackets at the end of quantity names, with `.` between factors
///   and bare signed exponents: `Negative particle diffusivity [m2.s-1]` → `m^2 s^-1`,
///   `[mA.h.g-1]` → `mA h g^-1`, `[K]` → `K`, `[S.m-1]` → `S m^-1`.
/// - BDF (Battery Data Format) column names `Quantity / Unit`: `Voltage / V` → `V`,
///   `Current / A` → `A`, `Temperature / degC` → `°C`.
///
/// Both drop a quantity name, and text is dropped only when it is certainly a name, never when it
/// could be (part of) the unit: read `kg / nm` as `nm` and a result of the wrong dimension passes
/// the dimension check. So the text before the trailing `[` or the first ` / ` (space, slash,
/// space) is read word by word (words split at spaces; brackets, parentheses and `,;:'"` around a
/// word set aside). A word is
///
/// - a *unit word* when it could be a unit or part of one: `1` (the unit 1, and the numerator of
///   `1 / nm`); a unit symbol with or without a prefix and an exponent in any spelling (`kg`,
///   `C`, `min`, `m2`, `s-1`, `cm^2`, `cm⁻²`); a unit that stands alone (`%`, `wt%`, `°C`,
///   `degC`); or pieces joined by `/`, `.`, `·`, `⋅` or `*` of which any one is such (`1/s`,
///   `mA.h`, even `e.g.`, whose `g` is the gram);
/// - a *name word* when it holds a letter and is no unit word (`Voltage`, `T1`, `C-rate`,
///   `Li/Li+`);
/// - neutral otherwise: numbers other than 1 (no unit in this grammar: `10 / nm` goes to the
///   parser, which refuses it), `-`, `&`, `100%` (a value, not a unit).
///
/// Then:
///
/// - `… / …`: **no name word** on the left → the whole text is a unit and the spaced slash is
///   its `/` (`kg / nm` = kg/nm, `1 / nm`, `mAh / g`, `mA / cm^2`, `W h / kg`), left for the
///   parser, which refuses it if it is none (`- / V`). **Name words and no unit word** → a BDF
///   column name: the unit is everything after the first ` / `. **Both** → refused with
///   `UnitError.unitInQuantityName`: in `Capacity mAh / g` the unit might be mAh/g.
/// - `…[…]`: nothing, or **name words and no unit word**, before `[` → the name is dropped
///   (`[K]`, `Open-circuit voltage at 100% SOC [V]`). **Any unit word** → refused with
///   `UnitError.unitInQuantityName`: `kg [m]` and `1/s [m]` are no unit, and dropping the text
///   would misread them as `m`. Neutral words only (`- [m]`) → unchanged; the parser refuses it.
///
/// Ambiguous cases, decided:
///
/// - `C / V` is the unit C/V: `C` is the coulomb. A left side without name words is a unit,
///   so `m / g` is m/g, not "mass in g" (against a record in g the dimension check refuses it);
///   write such a quantity as a word (`Charge / C`, `Mass / g`). A letter that is no unit symbol
///   is a name: `T / K` → `K`, `I / A` → `A`.
/// - `Current / A` is a BDF name: `Current` is no symbol and `C` + `urrent` no prefixed one.
/// - `Capacity / mAh / g` → `mAh / g`, i.e. mAh/g: a BDF quantity name never holds ` / `, so it
///   ends at the first one, and the rest is the unit (which may not hold another name:
///   `Capacity / Voltage / V` is refused by the parser).
/// - `Cycle 1 capacity / mAh`, `Voltage at 1 C / V`, `Capacity (mAh) / g` are refused: `1`,
///   `C` and `mAh` could be units. Write the name in words, or the unit alone.
///
/// Anything else (no trailing `[…]`, no ` / `) is returned unchanged.
enum UnitSpellings {
    /// `text` in the project's grammar.
    /// - Throws: `UnitError.unitInQuantityName` when the text to drop as a name could be a unit.
    static func normalize(_ text: String) throws(UnitError) -> String {
        let trimmed = text.trimmingWhitespace
        if trimmed.hasSuffix("]"), let open = trimmed.lastIndex(of: "[") {
            let words = trimmed[..<open].split(whereSeparator: \.isWhitespace)
            if let unitWord = words.first(where: { reading(of: $0) == .unit }) {
                throw .unitInQuantityName(unit: text, word: String(unitWord))
            }
            // Neutral words only (`- [m]`): no name to drop; the parser refuses the text.
            guard words.isEmpty || words.contains(where: { reading(of: $0) == .name }) else {
                return text
            }
            let inside = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
            let unit = inside.split(separator: ".").map(exponentForm).joined(separator: " ")
            return spelled(unit) ?? text
        }
        if let slash = trimmed.range(of: " / ") {
            let words = trimmed[..<slash.lowerBound].split(whereSeparator: \.isWhitespace)
            // No name word: a unit such as `kg / nm`, which the parser reads as it stands.
            guard words.contains(where: { reading(of: $0) == .name }) else { return text }
            if let unitWord = words.first(where: { reading(of: $0) == .unit }) {
                throw .unitInQuantityName(unit: text, word: String(unitWord))
            }
            return spelled(trimmed[slash.upperBound...].trimmingWhitespace) ?? text
        }
        return text
    }

    /// How one word before `[` or ` / ` reads (see the type's documentation).
    enum WordReading { case unit, name, neutral }

    static func reading(of word: Substring) -> WordReading {
        var core = word
        while let first = core.first, wrapping.contains(first) { core = core.dropFirst() }
        while let last = core.last, wrapping.contains(last) { core = core.dropLast() }
        guard let first = core.first else { return .neutral }
        if first.isASCIIDigit || "+-.".contains(first), Double(core) != nil {
            return core == "1" ? .unit : .neutral
        }
        if celsius.contains(String(core)) || UnitParser.isUnitSymbol(String(core)) { return .unit }
        let pieces = core.split(whereSeparator: { "/.·⋅*".contains($0) })
        if pieces.contains(where: { $0 == "1" || UnitParser.isUnitSymbol(base(of: $0)) }) {
            return .unit
        }
        return core.contains(where: \.isLetter) ? .name : .neutral
    }

    private static let wrapping: Set<Character> = [
        "(", ")", "[", "]", "{", "}", ",", ";", ":", "'", "\"",
    ]
    private static let celsius: Set<String> = ["degC", "oC", "C°"]

    /// The unit part in the grammar: BDF's and PyBaMM's spellings of degrees Celsius → `°C`;
    /// `nil` when empty, so that the parser refuses the whole text.
    private static func spelled(_ unit: String) -> String? {
        if unit.isEmpty { return nil }
        return celsius.contains(unit) ? "°C" : unit
    }

    /// A factor without its exponent: `cm^-2`, `cm⁻²`, `cm2` → `cm`; `s-1` → `s`; `T1` → `T`.
    private static func base(of piece: Substring) -> String {
        if let caret = piece.firstIndex(of: "^") { return String(piece[..<caret]) }
        var base = piece
        while let last = base.last, "⁻⁰¹²³⁴⁵⁶⁷⁸⁹".contains(last) { base = base.dropLast() }
        guard base.count == piece.count else { return String(base) }
        while let last = base.last, last.isASCIIDigit { base = base.dropLast() }
        if base.count < piece.count, let last = base.last, "+-".contains(last) {
            base = base.dropLast()
        }
        return String(base)
    }

    /// `m2` → `m^2`, `s-1` → `s^-1`, `K` → `K`.
    private static func exponentForm(_ token: Substring) -> String {
        guard let i = token.firstIndex(where: { $0 == "-" || $0.isASCIIDigit }), i != token.startIndex,
              Int(token[i...]) != nil else { return String(token) }
        return "\(token[..<i])^\(token[i...])"
    }
}
