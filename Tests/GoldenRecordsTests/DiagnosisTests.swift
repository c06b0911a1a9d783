import Foundation
import Testing
@testable import GoldenRecords

/// Unit spellings of the ecosystem, unit-factor diagnoses and conditions.
@Suite("Unit spellings, unit-factor diagnoses and conditions")
struct DiagnosisTests {
    @Test(arguments: [
        ("Negative particle diffusivity [m2.s-1]", "m^2 s^-1"),
        ("[mA.h.g-1]", "mA h g^-1"),
        ("[K]", "K"),
        ("[S.m-1]", "S m^-1"),
        ("Voltage / V", "V"),
        ("Temperature / degC", "°C"),
        ("mAh g^-1", "mAh g^-1"),
        ("mAh/g", "mAh/g"),
    ])
    func ecosystemSpellings(_ text: String, _ normalized: String) throws {
        #expect(try UnitSpellings.normalize(text) == normalized)
        _ = try PhysicalUnit(parsing: text)
    }

    @Test func bracketedUnitsConvert() throws {
        let d = try PhysicalUnit(parsing: "Diffusivity [m2.s-1]").convert(1e-14, to: PhysicalUnit(parsing: "cm^2 s^-1"))
        #expect(d.isApproximatelyEqual(to: 1e-10, absoluteTolerance: 0, relativeTolerance: 1e-12))
    }

    @Test(arguments: [
        (0.88, 880.0, 1000.0, true),
        (880_000.0, 880.0, 1000.0, false),
        (0.884, 88.4, 100.0, true),
        (720_000.0, 200.0, 3600.0, false),
        (24.25, 5.0, 4.85, false),
    ])
    func unitFactors(_ got: Double, _ expected: Double, _ factor: Double, _ inverse: Bool) {
        let d = UnitFactorDiagnosis.diagnose(got: got, expected: expected)
        #expect(d.contains { if case .unitFactor(factor, inverse, _) = $0 { true } else { false } }, "\(d)")
    }

    @Test func kelvinAgainstCelsius() {
        #expect(UnitFactorDiagnosis.diagnose(got: 333.15, expected: 60) == [.temperatureOffset(positive: true)])
        #expect(UnitFactorDiagnosis.diagnose(got: 60, expected: 333.15) == [.temperatureOffset(positive: false)])
    }

    @Test(arguments: [(881.0, 880.0), (0, 880), (1, 0), (.nan, 1), (.infinity, 1)] as [(Double, Double)])
    func noDiagnosisWithoutATypicalFactor(_ got: Double, _ expected: Double) {
        #expect(UnitFactorDiagnosis.diagnose(got: got, expected: expected).isEmpty)
    }

    @Test func conditionsCompareAfterConversion() throws {
        let doc = """
        {"formatVersion": 1, "results": [{"id": "a.b", "value": 1, "unit": "1", "conditions": {"temperature": "333.15 K"}},
                                         {"id": "a.c", "value": 1, "unit": "1", "conditions": {"temperature": "30 °C"}}],
         "conditions": {"c-rate": "0.05"}}
        """
        let output = try ModelOutput.parse(data: Data(doc.utf8), fileName: "c.json")
        let golden = """
        {"formatVersion": 1, "paper": {"key": "a", "citation": "A. Author (2024)", "file": "a.txt"},
         "records": [{"id": "a.b", "quantity": "q", "location": {"section": "s"}, "quote": "value 1 here", "printed": "1",
                      "value": {"number": 1}, "unit": "1", "kind": "measured", "method": "m", "uncertainty": {"basis": "exact"},
                      "conditions": {"temperature": "60 °C", "c-rate": "0.05"}}]}
        """
        let record = try #require(try GoldenLoader.load(data: Data(golden.utf8), fileName: "a.json").first)
        try #require(output.results.count > 1)
        let (first, second) = (output.results[0], output.results[1])
        #expect(first.conditions.firstDifference(from: record.conditions) == nil)
        let d = try #require(second.conditions.firstDifference(from: record.conditions))
        #expect(d.name == "temperature" && d.mine == "30 °C" && d.theirs == "60 °C")
        #expect(first.conditions.values["c-rate"]?.value == 0.05)
    }

    @Test(arguments: ["hot", "60 furlongs", "", "°C 60"])
    func badConditionsAreRefused(_ text: String) {
        let doc = "{\"results\": [], \"conditions\": {\"temperature\": \"\(text)\"}}"
        #expect(throws: InputError.self) { try ModelOutput.parse(data: Data(doc.utf8), fileName: "c.json") }
    }

    @Test func conditionNamesAreKebabCase() {
        let doc = "{\"results\": [], \"conditions\": {\"Temperature\": \"60 °C\"}}"
        #expect(throws: InputError.self) { try ModelOutput.parse(data: Data(doc.utf8), fileName: "c.json") }
    }

    @Test func unknownCategoriesAreDiagnosed() throws {
        let catalog = try GoldenCatalog.load()
        let record = try catalog.record("park2022.regime.cs1-60c")
        let vocabulary = catalog.categoryVocabulary()
        let d = Scorer.categoryDiagnosis("between", for: record, vocabulary: vocabulary)
        #expect(d.count == 1)
        #expect(d.first == .unknownCategory(category: "between", topic: "park2022.regime",
                                            known: ["cc-side", "se-side", "split"]))
        #expect(Scorer.categoryDiagnosis("cc-side", for: record, vocabulary: vocabulary).isEmpty)
    }
}
