import Testing
@testable import GoldenRecords

/// Ecosystem unit spellings (PyBaMM/BPX `Name [unit]`, BDF `Name / unit`): a quantity name is
/// dropped only when it cannot be part of the unit, so that `kg / nm` is never read as `nm`.
@Suite("Unit spellings in printed values")
struct UnitSpellingTests {
    /// A unit written with a spaced slash, its unspaced spelling, and its dimension and SI factor
    /// worked out by hand.
    struct SpacedUnit: Sendable, CustomTestStringConvertible {
        let text: String, unspaced: String, dimension: PhysicalDimension, factor: Double
        var testDescription: String { "'\(text)'" }
    }

    static let spacedUnits: [SpacedUnit] = [
        // 1 kg/nm = 1 kg / 1e-9 m.
        .init(text: "kg / nm", unspaced: "kg/nm", dimension: .init(length: -1, mass: 1), factor: 1e9),
        .init(text: "1 / nm", unspaced: "1/nm", dimension: .init(length: -1), factor: 1e9),
        // 1 mAh/g = 3.6 C / 1e-3 kg = 3600 C/kg.
        .init(text: "mAh / g", unspaced: "mAh/g",
              dimension: .init(mass: -1, time: 1, current: 1), factor: 3600),
        // 1 mA/cm² = 1e-3 A / 1e-4 m² = 10 A/m².
        .init(text: "mA / cm^2", unspaced: "mA/cm^2",
              dimension: .init(length: -2, current: 1), factor: 10),
        // 1 W h/kg = 3600 J/kg.
        .init(text: "W h / kg", unspaced: "W h/kg", dimension: .init(length: 2, time: -2), factor: 3600),
        // C is the coulomb, so C/V is a capacitance (the farad): s^4 A^2 m^-2 kg^-1.
        .init(text: "C / V", unspaced: "C/V",
              dimension: .init(length: -2, mass: -1, time: 4, current: 2), factor: 1),
        // m is the metre, not a quantity "m" in grams: 1 m/g = 1000 m/kg.
        .init(text: "m / g", unspaced: "m/g", dimension: .init(length: 1, mass: -1), factor: 1000),
    ]

    @Test(arguments: spacedUnits)
    func spacedSlashBetweenUnitsIsTheUnitsSlash(_ u: SpacedUnit) throws {
        let parsed = try PhysicalUnit(parsing: u.text)
        #expect(parsed.dimension == u.dimension)
        #expect(parsed.factor.isApproximatelyEqual(to: u.factor, absoluteTolerance: 0,
                                                   relativeTolerance: 1e-12))
        let unspaced = try PhysicalUnit(parsing: u.unspaced)
        #expect(parsed.dimension == unspaced.dimension)
        #expect(parsed.factor == unspaced.factor)
        #expect(try UnitSpellings.normalize(u.text) == u.text)
    }

    @Test func specificCapacityWithSpacedSlashConverts() throws {
        let perGram = try PhysicalUnit(parsing: "mAh / g")
        let coulombPerGram = try PhysicalUnit(parsing: "C g^-1")
        let coulombPerKilogram = try PhysicalUnit(parsing: "C/kg")
        let perG = try perGram.convert(1, to: coulombPerGram)
        let perKg = try perGram.convert(1, to: coulombPerKilogram)
        #expect(perG.isApproximatelyEqual(to: 3.6, absoluteTolerance: 0, relativeTolerance: 1e-12))
        #expect(perKg.isApproximatelyEqual(to: 3600, absoluteTolerance: 0, relativeTolerance: 1e-12))
    }

    /// The false PASS this guards against: `kg / nm` read as `nm` matched a record in nm.
    @Test(arguments: ["kg / nm", "1 / nm", "nm / s"])
    func numeratorIsNeverDropped(_ text: String) throws {
        let unit = try PhysicalUnit(parsing: text), nm = try PhysicalUnit(parsing: "nm")
        #expect(throws: UnitError.dimensionMismatch(from: unit, to: nm)) {
            try unit.convert(880, to: nm)
        }
    }

    static let paper = Paper(key: "test2024", citation: "Test", doi: nil, file: "t.txt", bibtex: nil)

    static func record(_ value: Double, unit: String) throws -> GoldenRecord {
        GoldenRecord(id: "test2024.x.y", paper: paper, quantity: "q",
                     location: Location(section: "s", figure: nil, equation: nil, table: nil),
                     quote: "quote", printed: "\(value)", value: .number(value),
                     unit: try PhysicalUnit(parsing: unit), kind: .computed, method: "m",
                     uncertaintyBasis: .printedPrecision, tolerance: 0.5, notes: "", discrepancy: nil)
    }

    @Test func scorerRefusesAWrongDimensionWrittenWithASpacedSlash() throws {
        let record = try Self.record(880, unit: "nm")
        let result = ModelResult(id: record.id, value: .number(880), unit: "kg / nm")
        let error = #expect(throws: Scorer.ShapeError.self) { try Scorer.score(result, against: record) }
        #expect(error?.message.contains("cannot be converted to 'nm'") == true)
    }

    @Test func scorerReadsSpecificCapacityWithASpacedSlash() throws {
        let record = try Self.record(200, unit: "mAh g^-1")
        let result = ModelResult(id: record.id, value: .number(200), unit: "mAh / g")
        #expect(try Scorer.score(result, against: record).status == .pass)
    }

    /// BDF column names and PyBaMM/BPX names whose name part is words: the name is dropped.
    @Test(arguments: [
        ("Voltage / V", "V"),
        ("Current / A", "A"),
        ("Temperature / degC", "°C"),
        ("Discharge capacity / mAh", "mAh"),
        ("Capacity / mAh / g", "mAh / g"),
        ("Energy density / Wh L^-1", "Wh L^-1"),
        ("Cycle Count / 1", "1"),
        ("T / K", "K"),
        ("Surface Temperature T1 / degC", "°C"),
        ("Potential vs. Li/Li+ / V", "V"),
        ("Open-circuit voltage at 100% SOC [V]", "V"),
        ("Negative particle diffusivity [m2.s-1]", "m^2 s^-1"),
        ("x_n [m]", "m"),
        ("[K]", "K"),
        ("Cell temperature [degC]", "°C"),
    ])
    func quantityNamesAreDropped(_ text: String, _ unit: String) throws {
        #expect(try UnitSpellings.normalize(text) == unit)
        let parsed = try PhysicalUnit(parsing: text), expected = try PhysicalUnit(parsing: unit)
        #expect(parsed.dimension == expected.dimension)
        #expect(parsed.factor == expected.factor)
        #expect(parsed.offset == expected.offset)
    }

    @Test func nameBeforeTheFirstSpacedSlashLeavesSpecificCapacity() throws {
        let unit = try PhysicalUnit(parsing: "Capacity / mAh / g")
        #expect(unit.dimension == PhysicalDimension(mass: -1, time: 1, current: 1))
        #expect(unit.factor.isApproximatelyEqual(to: 3600, absoluteTolerance: 0, relativeTolerance: 1e-12))
    }

    /// The text to drop holds a word that could be a unit: refused, naming that word.
    @Test(arguments: [
        ("kg [m]", "kg"),
        ("1/s [m]", "1/s"),
        ("V [V]", "V"),
        ("Shell thickness m [m]", "m"),
        ("Capacity / mAh [g]", "mAh"),
        ("Capacity mAh / g", "mAh"),
        ("Capacity (mAh) / g", "(mAh)"),
        ("Cycle 1 capacity / mAh", "1"),
        ("Voltage at 1 C / V", "1"),
        ("Temperature degC / K", "degC"),
    ])
    func unitWordsInTheNameAreRefused(_ text: String, _ word: String) {
        #expect(throws: UnitError.unitInQuantityName(unit: text, word: word)) {
            try PhysicalUnit(parsing: text)
        }
    }

    /// Neither a unit nor a name with a unit: the parser refuses the text as it stands.
    @Test(arguments: [
        "Capacity / Voltage / V", "- / V", "- [m]", "mAh / g / V", "degC / min", "Voltage []",
        "m2 / s", "kg / Voltage",
    ])
    func otherMixturesAreRefused(_ text: String) {
        #expect(throws: UnitError.self) { try PhysicalUnit(parsing: text) }
    }

    @Test(arguments: [
        ("Voltage", UnitSpellings.WordReading.name), ("Current", .name), ("T1", .name),
        ("C-rate", .name), ("Li/Li+", .name), ("x_n", .name),
        ("C", .unit), ("1", .unit), ("kg", .unit), ("m2", .unit), ("s-1", .unit), ("cm^2", .unit),
        ("cm⁻²", .unit), ("1/s", .unit), ("mA.h", .unit), ("degC", .unit), ("%", .unit),
        ("(mAh)", .unit), ("e.g.", .unit),
        ("2", .neutral), ("0.5", .neutral), ("100%", .neutral), ("-", .neutral),
    ])
    func wordsRead(_ word: String, _ reading: UnitSpellings.WordReading) {
        #expect(UnitSpellings.reading(of: word[...]) == reading)
    }

    @Test func refusalsSayHowToFix() {
        let bdf = UnitError.unitInQuantityName(unit: "Capacity mAh / g", word: "mAh").description
        #expect(bdf.contains("'mAh'") && bdf.contains("'mAh/g'") && bdf.contains("'Capacity / mAh/g'"))
        let pybamm = UnitError.unitInQuantityName(unit: "kg [m]", word: "kg").description
        #expect(pybamm.contains("'kg'") && pybamm.contains("'[m]'")
                && pybamm.contains("'Shell thickness [m]'"))
    }
}
