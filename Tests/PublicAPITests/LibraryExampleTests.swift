import Testing
import GoldenRecords

// Your model's answer for Kim et al. 2025, Eq. (1): the SE shell thickness at 75:25 wt%, in nm.
func myShellThickness() -> Double { 880.2 }

@Test func shellThicknessReproducesKim2025() throws {
    let catalog = try GoldenCatalog.load()  // the records compiled into the library
    let scored = try Scorer.score(
        .number(myShellThickness()), unit: "nm",
        against: "kim2025.shell-thickness.eq1-75-25", in: catalog)
    #expect(scored.status == .pass, "\(scored)")
}

@Test func aValueInOtherUnitsIsConvertedAndJudgedByTheSameRule() throws {
    let catalog = try GoldenCatalog.load()
    let scored = try Scorer.score(
        .number(0.95), unit: "µm", against: "kim2025.shell-thickness.eq1-75-25", in: catalog)
    #expect(scored.status == .fail)
    let got = try #require(scored.got)  // in the record's unit, nm
    #expect(got.isApproximatelyEqual(to: 950, absoluteTolerance: 1e-9))
}

@Test func conditionsMustMatchTheRecord() throws {
    let catalog = try GoldenCatalog.load()
    let scored = try Scorer.score(
        .number(1258), unit: "Wh L^-1", conditions: try Conditions(["temperature": "30 °C"]),
        against: "kim2025.energy-density.model4-85wt-60c", in: catalog)
    #expect(scored.status == .notComparable)  // the paper's value is at 60 °C
}

@Test func modelInputsComeFromTheCatalog() throws {
    let catalog = try GoldenCatalog.load()
    #expect(try catalog.number("kim2025.cell.mold-diameter", in: "cm") == 1)
}
