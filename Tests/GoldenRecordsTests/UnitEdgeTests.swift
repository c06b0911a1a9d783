import Testing
@testable import GoldenRecords

/// Every prefix of the unit grammar, the electronvolt and the °C offset in both directions; each
/// kills mutants of `scripts/mutants.txt` (`docs/mutation-testing.md`). Expected values are SI
/// definitions or worked out by hand (Python where noted).
@Suite("Unit edge cases")
struct UnitEdgeTests {
    struct Conversion: Sendable, CustomTestStringConvertible {
        let value: Double, from: String, to: String, expected: Double
        var testDescription: String { "\(value) \(from) → \(to)" }
    }

    static let conversions: [Conversion] = [
        // Mutant pico-prefix: each prefix of the grammar on the metre.
        .init(value: 1, from: "Gm", to: "m", expected: 1e9),
        .init(value: 1, from: "Mm", to: "m", expected: 1e6),
        .init(value: 1, from: "km", to: "m", expected: 1e3),
        .init(value: 1, from: "cm", to: "m", expected: 1e-2),
        .init(value: 1, from: "mm", to: "m", expected: 1e-3),
        .init(value: 1, from: "µm", to: "m", expected: 1e-6),  // U+00B5 micro sign
        .init(value: 1, from: "μm", to: "m", expected: 1e-6),  // U+03BC Greek mu
        .init(value: 1, from: "um", to: "m", expected: 1e-6),
        .init(value: 1, from: "nm", to: "m", expected: 1e-9),
        .init(value: 1, from: "pm", to: "m", expected: 1e-12),
        // Mutant electronvolt-factor: 1 eV = 1.602176634e-19 J exactly (SI 2019).
        .init(value: 1, from: "eV", to: "J", expected: 1.602176634e-19),
        .init(value: 2.5, from: "keV", to: "J", expected: 4.005441585e-16),  // 2.5 × 1.602176634, by hand
        // 1 / 1.602176634e-19 and 3600 / 1.602176634e-19, in Python.
        .init(value: 1, from: "J", to: "eV", expected: 6.241509074460763e18),
        .init(value: 1, from: "Wh", to: "eV", expected: 2.2469432668058747e22),
        // Mutant celsius-target-offset: +273.15 from °C, −273.15 into °C.
        .init(value: 25, from: "°C", to: "K", expected: 298.15),
        .init(value: -40, from: "°C", to: "K", expected: 233.15),
        .init(value: 298.15, from: "K", to: "°C", expected: 25),
        // BDF's `degC` is another symbol for °C, so the affine map runs both ways.
        .init(value: 25, from: "Temperature / degC", to: "°C", expected: 25),
        .init(value: 373.15, from: "K", to: "Temperature / degC", expected: 100),
    ]

    @Test func conversionTableIsComplete() {
        #expect(Self.conversions.count == 19)
    }

    @Test(arguments: conversions)
    func converts(_ c: Conversion) throws {
        let actual = try PhysicalUnit(parsing: c.from).convert(c.value, to: PhysicalUnit(parsing: c.to))
        #expect(actual.isApproximatelyEqual(to: c.expected, absoluteTolerance: 0, relativeTolerance: 1e-12))
    }
}
