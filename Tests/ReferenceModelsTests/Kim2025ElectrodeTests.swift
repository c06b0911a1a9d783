import Testing
import GoldenRecords
@testable import ReferenceModels

/// Electrode composition, Eqs. (2)–(5), and the cell-stack energy density of Kim 2025.
@Suite("Kim 2025 electrode composition and transport")
struct Kim2025ElectrodeTests {

    static func components(amContent: Int) throws -> [Kim2025.Component] {
        try Kim2025.electrodeComponents(catalog: Shared.catalog.get(), amContent: amContent)
    }

    /// The printed mass fractions close to 100 wt% (a transcription check as much as a paper check).
    @Test(arguments: [75, 80, 85])
    func compositionsClose(_ am: Int) throws {
        let total = try Self.components(amContent: am).reduce(0) { $0 + $1.massFraction }
        #expect(total.isApproximatelyEqual(to: 1, absoluteTolerance: 1e-12))
    }

    /// ρ_theo = 1/Σ(w/ρ), checked against an independent Python evaluation of 1/(0.75/4.8 + 0.2266/1.64 + 0.0234/2) etc.
    @Test(arguments: [(75, 3.266685), (80, 3.495897), (85, 3.759703)] as [(Int, Double)])
    func theoreticalDensity(_ am: Int, _ expected: Double) throws {
        let rho = Kim2025.theoreticalDensity(try Self.components(amContent: am))
        #expect(rho.isApproximatelyEqual(to: expected, absoluteTolerance: 5e-7))
    }

    @Test func volumeFractionsSumToOne() throws {
        let v = Kim2025.nominalVolumeFractions(try Self.components(amContent: 85))
        #expect(v.reduce(0, +).isApproximatelyEqual(to: 1, absoluteTolerance: 1e-12))
        try #require(v.count > 2)
        #expect(v[0] > v[1] && v[1] > v[2])
    }

    @Test func openCompositionsAreRefused() {
        let open = [Kim2025.Component(name: "a", massFraction: 0.5, density: 1)]
        #expect(Kim2025.theoreticalDensity(open).isNaN)
        #expect(Kim2025.theoreticalDensity([]).isNaN)
        #expect(Kim2025.nominalVolumeFractions(open).allSatisfy { $0.isNaN })
        #expect(Kim2025.theoreticalDensity([Kim2025.Component(name: "a", massFraction: 1, density: 0)]).isNaN)
    }

    @Test func porosityEquations() {
        #expect(Kim2025.porosity(measuredVolume: 10, theoreticalVolume: 8.8) .isApproximatelyEqual(to: 0.12, absoluteTolerance: 1e-15))
        #expect(Kim2025.porosity(measuredVolume: 10, theoreticalVolume: 10) == 0)
        #expect(Kim2025.porosity(measuredVolume: 10, theoreticalVolume: 11) < 0)  // inconsistent inputs are shown, not hidden
        #expect(Kim2025.porosity(measuredVolume: 0, theoreticalVolume: 1).isNaN)
        #expect(Kim2025.realVolumeFraction(porosity: 0.12, nominalVolumeFraction: 0.5) == 0.44)
        #expect(Kim2025.densityFraction(porosity: 0.116).isApproximatelyEqual(to: 0.884, absoluteTolerance: 1e-15))
    }

    @Test func transportEquations() {
        // Eq. (4): a 100 µm pellet of 0.785 cm² with 10 Ω: σ = 0.01 cm / (10 Ω · 0.785 cm²).
        let sigma = Kim2025.effectiveConductivity(thickness: 0.01, resistance: 10, area: 0.785)
        #expect(sigma.isApproximatelyEqual(to: 0.01 / 7.85, absoluteTolerance: 0, relativeTolerance: 1e-15))
        #expect(Kim2025.effectiveConductivity(thickness: 0.01, resistance: 0, area: 1) == .infinity)
        #expect(Kim2025.effectiveConductivity(thickness: 0.01, resistance: -1, area: 1).isNaN)
        // Eq. (5): τ² = σ0/σeff · Φ.
        #expect(Kim2025.tortuosityFactor(bulkConductivity: 2.224, effectiveConductivity: 0.1112, volumeFraction: 0.3)
            .isApproximatelyEqual(to: 6, absoluteTolerance: 1e-12))
        #expect(Kim2025.tortuosityFactor(bulkConductivity: 1, effectiveConductivity: 0, volumeFraction: 0.3) == .infinity)
        #expect(Kim2025.tortuosityFactor(bulkConductivity: 1, effectiveConductivity: 1, volumeFraction: 1.5).isNaN)
    }
}
