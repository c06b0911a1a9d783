import Synchronization

/// A unit of measurement parsed from the documented unit grammar (see `CONTRIBUTING.md`,
/// "Unit grammar"): a value `v` in this unit is `v · factor + offset` in SI base units.
///
/// Examples: `nm`, `µm`, `g cm^-3`, `mAh g^-1`, `mAh/g`, `mA cm⁻²`, `mS cm^-1`, `cm^2 s^-1`,
/// `Ω cm^2`, `Wh L^-1`, `Wh kg^-1`, `MPa`, `°C`, `K`, `V`, `%`, `wt%`, `1`.
public struct PhysicalUnit: Hashable, Sendable, CustomStringConvertible {
    /// The text the unit was parsed from, kept for messages and reports.
    public let symbol: String
    public let dimension: PhysicalDimension
    /// Multiply by this to get SI base units.
    public let factor: Double
    /// Add this (after `factor`) to get SI base units; non-zero only for `°C`.
    public let offset: Double

    public var description: String { symbol }

    /// Equal in every field; the numbers are compared first, so that two different units
    /// (most comparisons) differ without a comparison of their symbols.
    public static func == (a: PhysicalUnit, b: PhysicalUnit) -> Bool {
        a.factor == b.factor && a.offset == b.offset && a.dimension == b.dimension
            && a.symbol == b.symbol
    }

    /// Parses `text` in the unit grammar.
    /// - Throws: `UnitError` naming the token that is not understood and how to fix it.
    public init(parsing text: String) throws(UnitError) {
        if let cached = UnitCache.shared.withLock({ $0[text] }) {
            self = cached
            return
        }
        self = try UnitParser.parse(text)
        UnitCache.shared.withLock { cache in
            if cache.count < UnitCache.capacity { cache[text] = self }
        }
    }

    init(symbol: String, dimension: PhysicalDimension, factor: Double, offset: Double = 0) {
        self.symbol = symbol
        self.dimension = dimension
        self.factor = factor
        self.offset = offset
    }

    /// Converts `value` from `self` into `target`.
    ///
    /// Edge Cases: NaN and infinities pass through the affine map unchanged in kind.
    /// - Throws: `UnitError.dimensionMismatch` when the dimensions differ.
    public func convert(_ value: Double, to target: PhysicalUnit) throws(UnitError) -> Double {
        guard dimension.isConvertible(to: target.dimension) else {
            throw .dimensionMismatch(from: self, to: target)
        }
        if self == target { return value }
        return (value * factor + offset - target.offset) / target.factor
    }

    /// Converts a *difference* or an uncertainty (no offset applies: 1 °C of difference is 1 K).
    public func convertInterval(
        _ value: Double, to target: PhysicalUnit
    ) throws(UnitError) -> Double {
        guard dimension.isConvertible(to: target.dimension) else {
            throw .dimensionMismatch(from: self, to: target)
        }
        return value * factor / target.factor
    }
}

/// Parsed units by their text: a model output repeats a handful of unit strings many times.
/// Bounded, so that an input full of distinct unit strings cannot grow it without limit.
enum UnitCache {
    static let capacity = 4096
    static let shared = Mutex<[String: PhysicalUnit]>([:])
}

/// Why a unit string was refused.
public enum UnitError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case unknownSymbol(unit: String, token: String)
    case badExponent(unit: String, token: String)
    case affineInCompound(unit: String)
    case dimensionMismatch(from: PhysicalUnit, to: PhysicalUnit)
    /// Text that a PyBaMM (`Name [unit]`) or BDF (`Name / unit`) spelling would drop as the
    /// quantity name holds `word`, which could be a unit (`kg [m]`, `Capacity mAh / g`); see
    /// `UnitSpellings`.
    case unitInQuantityName(unit: String, word: String)

    public var description: String {
        switch self {
        case .empty:
            return "empty unit; write '1' for a dimensionless number"
        case let .unknownSymbol(unit, token):
            return
                "unknown unit symbol '\(token)' in '\(unit)'; see the unit grammar in CONTRIBUTING.md"
        case let .badExponent(unit, token):
            return
                "cannot read exponent in '\(token)' of '\(unit)'; write exponents from -9 to 9 as 'cm^-2' or 'cm⁻²'"
        case let .affineInCompound(unit):
            return "'°C' must stand alone in '\(unit)'; use 'K' inside compound units"
        case let .dimensionMismatch(from, to):
            return
                "unit '\(from.symbol)' (\(from.dimension)) cannot be converted to '\(to.symbol)' (\(to.dimension))"
        case let .unitInQuantityName(unit, word) where unit.trimmingWhitespace.hasSuffix("]"):
            return "'\(word)' before the brackets of '\(unit)' reads as a unit, so the text is not "
                + "a quantity name to drop; write either the unit alone ('[m]') or a name in words "
                + "('Shell thickness [m]')"
        case let .unitInQuantityName(unit, word):
            return
                "'\(word)' before ' / ' in '\(unit)' reads as a unit, so the text is neither a unit "
                + "nor a BDF column name; write either a unit ('mAh/g') or a BDF column name "
                + "('Capacity / mAh/g')"
        }
    }
}
