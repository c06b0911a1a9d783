/// The physical dimension of a unit: integer exponents of the SI base quantities
/// length (m), mass (kg), time (s), electric current (A), temperature (K) and amount (mol),
/// plus an optional *fraction basis* that keeps mass, volume, atomic and molar fractions apart.
///
/// `wt%` and `vol%` are both dimensionless, but converting one into the other needs densities,
/// so they are different dimensions here. Plain `%` and `1` have no basis and convert to and from
/// either.
public struct PhysicalDimension: Hashable, Sendable, CustomStringConvertible {
    public var length: Int8 = 0
    public var mass: Int8 = 0
    public var time: Int8 = 0
    public var current: Int8 = 0
    public var temperature: Int8 = 0
    public var amount: Int8 = 0
    /// `"mass"`, `"volume"`, `"atomic"` or `"molar"` for fraction units; `nil` otherwise.
    public var fractionBasis: String? = nil

    public init(
        length: Int8 = 0, mass: Int8 = 0, time: Int8 = 0, current: Int8 = 0,
        temperature: Int8 = 0, amount: Int8 = 0, fractionBasis: String? = nil
    ) {
        self.length = length
        self.mass = mass
        self.time = time
        self.current = current
        self.temperature = temperature
        self.amount = amount
        self.fractionBasis = fractionBasis
    }

    public static let dimensionless = PhysicalDimension()

    var exponents: [Int8] { [length, mass, time, current, temperature, amount] }

    /// The SI exponents equal (the fraction basis is ignored).
    func hasSameExponents(as other: PhysicalDimension) -> Bool { exponents == other.exponents }

    /// Whether a value in `self` can be converted into `other`.
    public func isConvertible(to other: PhysicalDimension) -> Bool {
        guard hasSameExponents(as: other) else { return false }
        switch (fractionBasis, other.fractionBasis) {
        case let (a?, b?): return a == b
        default: return true
        }
    }

    /// The product of two dimensions, or `nil` when an exponent leaves −128…127 (which only
    /// absurd unit strings such as `L^61` reach; the parser reports them).
    func multiplied(by rhs: PhysicalDimension) -> PhysicalDimension? {
        var result = PhysicalDimension(fractionBasis: fractionBasis ?? rhs.fractionBasis)
        let pairs = zip(exponents, rhs.exponents).map { $0.addingReportingOverflow($1) }
        guard !pairs.contains(where: \.overflow) else { return nil }
        (
            result.length, result.mass, result.time, result.current, result.temperature,
            result.amount
        ) =
            (
                pairs[0].partialValue, pairs[1].partialValue, pairs[2].partialValue,
                pairs[3].partialValue, pairs[4].partialValue, pairs[5].partialValue
            )
        return result
    }

    /// Every exponent times `power`, or `nil` on overflow.
    func raised(to power: Int8) -> PhysicalDimension? {
        let products = exponents.map { $0.multipliedReportingOverflow(by: power) }
        guard !products.contains(where: \.overflow) else { return nil }
        return PhysicalDimension(
            length: products[0].partialValue, mass: products[1].partialValue,
            time: products[2].partialValue,
            current: products[3].partialValue, temperature: products[4].partialValue,
            amount: products[5].partialValue, fractionBasis: fractionBasis)
    }

    /// A readable name, e.g. `length`, `pressure`, or `m^-1 kg s^-2` when unnamed.
    public var description: String {
        if let name = PhysicalDimension.names[self] { return name }
        let symbols = ["m", "kg", "s", "A", "K", "mol"]
        let parts = zip(symbols, exponents).compactMap { symbol, e -> String? in
            e == 0 ? nil : (e == 1 ? symbol : "\(symbol)^\(e)")
        }
        let base = parts.isEmpty ? "dimensionless" : parts.joined(separator: " ")
        return fractionBasis.map { "\(base) (\($0) fraction)" } ?? base
    }

    private static let names: [PhysicalDimension: String] = [
        PhysicalDimension(): "dimensionless",
        PhysicalDimension(fractionBasis: "mass"): "mass fraction",
        PhysicalDimension(fractionBasis: "volume"): "volume fraction",
        PhysicalDimension(fractionBasis: "atomic"): "atomic fraction",
        PhysicalDimension(fractionBasis: "molar"): "molar fraction",
        PhysicalDimension(length: 1): "length",
        PhysicalDimension(length: 2): "area",
        PhysicalDimension(length: 3): "volume",
        PhysicalDimension(mass: 1): "mass",
        PhysicalDimension(time: 1): "time",
        PhysicalDimension(time: -1): "frequency or rate",
        PhysicalDimension(temperature: 1): "temperature",
        PhysicalDimension(amount: 1): "amount of substance",
        PhysicalDimension(length: 1, mass: 1, time: -2): "force",
        PhysicalDimension(length: -1, mass: 1, time: -2): "pressure or volumetric energy density",
        PhysicalDimension(length: 2, time: -2): "specific energy",
        PhysicalDimension(length: 2, mass: 1, time: -2): "energy",
        PhysicalDimension(length: 2, mass: 1, time: -3): "power",
        PhysicalDimension(mass: 1, time: -2): "energy per area",
        PhysicalDimension(length: -3, mass: 1): "density",
        PhysicalDimension(length: -2, mass: 1): "areal mass",
        PhysicalDimension(time: 1, current: 1): "charge",
        PhysicalDimension(mass: -1, time: 1, current: 1): "specific capacity",
        PhysicalDimension(length: -2, time: 1, current: 1): "areal capacity",
        PhysicalDimension(length: -2, current: 1): "current density",
        PhysicalDimension(mass: -1, current: 1): "specific current",
        PhysicalDimension(length: 2, mass: 1, time: -3, current: -1): "voltage",
        PhysicalDimension(length: 2, mass: 1, time: -3, current: -2): "resistance",
        PhysicalDimension(length: 4, mass: 1, time: -3, current: -2): "area-specific resistance",
        PhysicalDimension(length: -3, mass: -1, time: 3, current: 2): "conductivity",
        PhysicalDimension(length: 2, time: -1): "diffusivity",
        PhysicalDimension(length: 3, amount: -1): "molar volume",
        PhysicalDimension(mass: 1, amount: -1): "molar mass",
    ]
}
