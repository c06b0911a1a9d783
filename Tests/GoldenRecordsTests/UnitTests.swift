import Testing
@testable import GoldenRecords

/// The unit grammar: parsing, dimensions and conversion.
@Suite("Unit grammar, dimensions and conversion")
struct UnitTests {
    struct Conversion: Sendable, CustomTestStringConvertible {
        let value: Double, from: String, to: String, expected: Double
        var testDescription: String { "\(value) \(from) → \(to)" }
    }

    static let conversions: [Conversion] = [
        .init(value: 880, from: "nm", to: "µm", expected: 0.88),
        .init(value: 0.88, from: "um", to: "nm", expected: 880),
        .init(value: 0.88, from: "μm", to: "nm", expected: 880),  // Greek mu as well as micro sign
        .init(value: 3, from: "mm", to: "cm", expected: 0.3),
        .init(value: 1.542, from: "Å", to: "nm", expected: 0.1542),
        .init(value: 500, from: "MPa", to: "GPa", expected: 0.5),
        .init(value: 15, from: "MPa", to: "Pa", expected: 15e6),
        .init(value: 760, from: "Torr", to: "Pa", expected: 101_325),  // the standard atmosphere, by definition
        .init(value: 30, from: "°C", to: "K", expected: 303.15),
        .init(value: 0, from: "K", to: "°C", expected: -273.15),
        .init(value: 200, from: "mAh g^-1", to: "mAh/g", expected: 200),
        .init(value: 200, from: "mAh g⁻¹", to: "Ah kg^-1", expected: 200),
        .init(value: 200, from: "mAh g^-1", to: "C g^-1", expected: 720),
        .init(value: 4, from: "mAh cm^-2", to: "Ah m^-2", expected: 40),
        .init(value: 5.2, from: "mA cm^-2", to: "A m^-2", expected: 52),
        .init(value: 200, from: "mA g^-1", to: "A kg^-1", expected: 200),
        .init(value: 2.224, from: "mS cm^-1", to: "S m^-1", expected: 0.2224),
        .init(value: 1e-9, from: "cm^2 s^-1", to: "m^2 s^-1", expected: 1e-13),
        .init(value: 10, from: "Ω cm^2", to: "ohm m^2", expected: 1e-3),
        .init(value: 1258, from: "Wh L^-1", to: "Wh/L", expected: 1258),
        .init(value: 1258, from: "Wh L^-1", to: "J cm^-3", expected: 4528.8),
        .init(value: 400, from: "Wh kg^-1", to: "J g^-1", expected: 1440),
        .init(value: 4.25, from: "V", to: "mV", expected: 4250),
        .init(value: 88.4, from: "%", to: "1", expected: 0.884),
        .init(value: 75, from: "wt%", to: "1", expected: 0.75),
        .init(value: 4.8, from: "g cm^-3", to: "kg m^-3", expected: 4800),
        .init(value: 30.6, from: "mg cm^-2", to: "g m^-2", expected: 306),
        .init(value: 5000, from: "rpm", to: "Hz", expected: 5000.0 / 60),
        .init(value: 5, from: "h", to: "min", expected: 300),
        .init(value: 7, from: "MHz", to: "Hz", expected: 7e6),
        .init(value: 5, from: "1/s", to: "Hz", expected: 5),  // "1" as the whole numerator
        .init(value: 2, from: "1/nm", to: "m^-1", expected: 2e9),
    ]

    @Test(arguments: conversions)
    func converts(_ c: Conversion) throws {
        let actual = try PhysicalUnit(parsing: c.from).convert(c.value, to: PhysicalUnit(parsing: c.to))
        #expect(actual.isApproximatelyEqual(to: c.expected, absoluteTolerance: 0, relativeTolerance: 1e-12))
    }

    @Test func conversionTableIsComplete() {
        #expect(Self.conversions.count == 32)
    }

    @Test(arguments: [
        ("nm", "MPa"), ("mAh g^-1", "mAh cm^-2"), ("wt%", "vol%"), ("°C", "nm"), ("V", "1"), ("Wh L^-1", "Wh kg^-1"),
    ])
    func refusesDimensionMismatch(_ from: String, _ to: String) throws {
        let a = try PhysicalUnit(parsing: from), b = try PhysicalUnit(parsing: to)
        #expect(throws: UnitError.dimensionMismatch(from: a, to: b)) { try a.convert(1, to: b) }
    }

    @Test(arguments: ["", "  ", "furlong", "cm2", "cm^x", "cm^0", "L^61", "L^-128", "m^9 m^9 m^9 m^9 m^9 m^9 m^9 m^9 m^9 m^9 m^9 m^9 m^9 m^9 m^9", "mAh//g", "g/cm/s", "1/1", "1 m/s", "kK°C", "°C cm", "/g", "xyz^2"])
    func refusesMalformedUnits(_ text: String) {
        #expect(throws: UnitError.self) { try PhysicalUnit(parsing: text) }
    }

    @Test func errorMessagesSayHowToFix() {
        #expect(UnitError.empty.description.contains("'1'"))
        #expect(UnitError.badExponent(unit: "cm2", token: "cm2").description.contains("cm^-2"))
    }

    @Test func namesDimensionsInMessages() throws {
        let error = UnitError.dimensionMismatch(from: try PhysicalUnit(parsing: "MPa"), to: try PhysicalUnit(parsing: "nm"))
        #expect(error.description == "unit 'MPa' (pressure or volumetric energy density) cannot be converted to 'nm' (length)")
    }

    @Test func intervalsIgnoreTheCelsiusOffset() throws {
        let c = try PhysicalUnit(parsing: "°C"), k = try PhysicalUnit(parsing: "K")
        #expect(try c.convertInterval(5, to: k) == 5)
    }

    @Test func specialValuesPassThrough() throws {
        let nm = try PhysicalUnit(parsing: "nm"), um = try PhysicalUnit(parsing: "µm")
        #expect(try nm.convert(.infinity, to: um) == .infinity)
        #expect(try nm.convert(.nan, to: um).isNaN)
        #expect(try nm.convert(-0.0, to: um) == 0)
    }
}
