import Testing
import GoldenRecords
@testable import ReferenceModels

/// The cell-stack volumetric energy density of Fig. 5b. The paper does not state the average
/// discharge voltage, so we do not assume one: we compute the voltage its own numbers imply and
/// check that it is physically possible (inside the paper's 2.50–4.25 V window) and pinned.
@Suite("Kim 2025 energy density")
struct Kim2025EnergyDensityTests {

    static func model4Stack() throws -> Kim2025.CellStack {
        try Kim2025.model4Stack(catalog: Shared.catalog.get())
    }

    @Test func stackGeometry() throws {
        let stack = try Self.model4Stack()
        // 198.88 mAh/g × 0.85 × 30.6 mg/cm² = 5.1729 mAh/cm²; 30.6 mg/cm² / 3.2973 g/cm³ = 92.80 µm
        // (values from an independent Python evaluation).
        #expect(stack.arealCapacity.isApproximatelyEqual(to: 5.172869, absoluteTolerance: 1e-6))
        #expect(stack.cathodeThickness.isApproximatelyEqual(to: 92.80434, absoluteTolerance: 1e-4))
        #expect(stack.stackThickness.isApproximatelyEqual(to: 152.80434, absoluteTolerance: 1e-4))
    }

    /// 1258 Wh L⁻¹ implies V̄ = 3.7161 V (pinned); it must lie inside the cycling window.
    @Test func impliedAverageVoltageIsPlausibleAndPinned() throws {
        let c = try Shared.catalog.get()
        let stack = try Self.model4Stack()
        let v = stack.impliedAverageVoltage(forEnergyDensity: try c.number("kim2025.energy-density.model4-85wt-60c", in: "Wh L^-1"))
        #expect(v.isApproximatelyEqual(to: 3.71608, absoluteTolerance: 1e-5))
        #expect(v > (try c.number("kim2025.voltage.lower-cutoff", in: "V")))
        #expect(v < (try c.number("kim2025.voltage.upper-cutoff", in: "V")))
        // Round trip.
        #expect(try stack.volumetricEnergyDensity(averageVoltage: v).isApproximatelyEqual(to: 1258, absoluteTolerance: 1e-9))
    }

    /// 1094 Wh L⁻¹ at 30 °C, at the same voltage and density, implies 172.95 mAh g⁻¹: lower than
    /// at 60 °C, as the text says of 30 °C capacities. A reading with the temperatures swapped
    /// would imply a 30 °C capacity above the 60 °C one.
    @Test func thirtyDegreeEnergyDensityImpliesALowerCapacity() throws {
        let c = try Shared.catalog.get()
        let stack = try Self.model4Stack()
        let v = stack.impliedAverageVoltage(forEnergyDensity: try c.number("kim2025.energy-density.model4-85wt-60c", in: "Wh L^-1"))
        let q30 = stack.impliedSpecificCapacity(forEnergyDensity: try c.number("kim2025.energy-density.model4-85wt-30c", in: "Wh L^-1"), averageVoltage: v)
        #expect(q30.isApproximatelyEqual(to: 172.953, absoluteTolerance: 1e-3))
        #expect(q30 < stack.specificCapacity)
    }

    @Test func oneCCurrentDensity() throws {
        let c = try Shared.catalog.get()
        let j = Kim2025.oneCCurrentDensity(
            specificCurrentOfOneC: try c.number("kim2025.c-rate.definition-1c", in: "mA g^-1"),
            activeMaterialFraction: try c.number("kim2025.electrode-composition.am-wt-85", in: "1"),
            compositeLoading: try c.number("kim2025.loading.cathode-composite", in: "mg cm^-2"))
        #expect(j.isApproximatelyEqual(to: 5.202, absoluteTolerance: 1e-9))
    }

    @Test func edgeCases() throws {
        var stack = Kim2025.CellStack(specificCapacity: 200, activeMaterialFraction: 0.85, compositeLoading: 30.6,
                                      electrodeDensity: 0, lithiumThickness: 30, separatorThickness: 30)
        let zeroDensity = #expect(throws: ArgumentError.self) { try stack.volumetricEnergyDensity(averageVoltage: 3.7) }
        #expect(zeroDensity?.code == .outOfDomain)
        #expect(zeroDensity?.argument == "electrodeDensity")
        #expect(zeroDensity?.function == "Kim2025.CellStack.volumetricEnergyDensity")
        stack.electrodeDensity = 3.3
        #expect(try stack.volumetricEnergyDensity(averageVoltage: 0) == 0)
        #expect((#expect(throws: ArgumentError.self) { try stack.volumetricEnergyDensity(averageVoltage: .nan) })?.code == .notFinite)
        // A stack of no thickness (no cathode, separator or Li) is not a cell: refused, not +∞ or 0/0.
        let empty = Kim2025.CellStack(specificCapacity: 200, activeMaterialFraction: 0.85, compositeLoading: 0,
                                      electrodeDensity: 3.3, lithiumThickness: 0, separatorThickness: 0)
        let noStack = #expect(throws: ArgumentError.self) { try empty.volumetricEnergyDensity(averageVoltage: 3.7) }
        #expect(noStack?.code == .outOfDomain)
        #expect(noStack?.argument == "stackThickness")
    }
}
