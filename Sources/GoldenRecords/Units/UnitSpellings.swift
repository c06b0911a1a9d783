/// Unit spellings of the wider battery-modelling ecosystem, rewritten into the project's grammar
/// before parsing:
///
/// - PyBaMM and BPX put units in brackets at the end of quantity names, with `.` between factors
///   and bare signed exponents: `Negative particle diffusivity [m2.s-1]` → `m^2 s^-1`,
///   `[mA.h.g-1]` → `mA h g^-1`, `[K]` → `K`, `[S.m-1]` → `S m^-1`.
/// - BDF (Battery Data Format) column names `Quantity / Unit`: `Voltage / V` → `V`,
///   `Current / A` → `A`, `Temperature / degC` → `°C`.
///
/// Anything else is returned unchanged.
enum UnitSpellings {
    static func normalize(_ text: String) -> String {
        var unit = text.trimmingWhitespace
        if unit.hasSuffix("]"), let open = unit.lastIndex(of: "[") {
            let inside = String(unit[unit.index(after: open)..<unit.index(before: unit.endIndex)])
            unit = inside.split(separator: ".").map(exponentForm).joined(separator: " ")
        } else if let slash = unit.range(of: " / ") {
            unit = String(unit[slash.upperBound...]).trimmingWhitespace
        } else {
            return text
        }
        switch unit {
        case "degC", "oC", "C°": return "°C"
        case "": return text
        default: return unit
        }
    }

    /// `m2` → `m^2`, `s-1` → `s^-1`, `K` → `K`.
    private static func exponentForm(_ token: Substring) -> String {
        guard let i = token.firstIndex(where: { $0 == "-" || $0.isASCIIDigit }), i != token.startIndex,
              Int(token[i...]) != nil else { return String(token) }
        return "\(token[..<i])^\(token[i...])"
    }
}
