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
        let rho = try Kim2025.theoreticalDensity(try Self.components(amContent: am))
        #expect(rho.isApproximatelyEqual(to: expected, absoluteTolerance: 5e-7))
    }

    @Test func volumeFractionsSumToOne() throws {
        let v = try Kim2025.nominalVolumeFractions(try Self.components(amContent: 85))
        #expect(v.reduce(0, +).isApproximatelyEqual(to: 1, absoluteTolerance: 1e-12))
        try #require(v.count > 2)
        #expect(v[0] > v[1] && v[1] > v[2])
    }

    @Test func openCompositionsAreRefused() {
        let open = [Kim2025.Component(name: "a", massFraction: 0.5, density: 1)]
        let notClosed = #expect(throws: ArgumentError.self) { try Kim2025.theoreticalDensity(open) }
        #expect(notClosed?.code == .outOfDomain)
        #expect(notClosed?.function == "Kim2025.theoreticalDensity")
        #expect(notClosed?.argument == "Σ massFraction")
        let empty = #expect(throws: ArgumentError.self) { try Kim2025.theoreticalDensity([]) }
        #expect(empty?.code == .emptyInput)
        let fractions = #expect(throws: ArgumentError.self) { try Kim2025.nominalVolumeFractions(open) }
        #expect(fractions?.code == .outOfDomain)
        #expect(fractions?.function == "Kim2025.nominalVolumeFractions")
        let zeroDensity = #expect(throws: ArgumentError.self) {
            try Kim2025.theoreticalDensity([Kim2025.Component(name: "a", massFraction: 1, density: 0)])
        }
        #expect(zeroDensity?.code == .outOfDomain)
        #expect(zeroDensity?.argument == "a.density")
        let nanFraction = #expect(throws: ArgumentError.self) {
            try Kim2025.theoreticalDensity([Kim2025.Component(name: "a", massFraction: .nan, density: 1)])
        }
        #expect(nanFraction?.code == .notFinite)
    }

    @Test func porosityEquations() throws {
        #expect(try Kim2025.porosity(measuredVolume: 10, theoreticalVolume: 8.8) .isApproximatelyEqual(to: 0.12, absoluteTolerance: 1e-15))
        #expect(try Kim2025.porosity(measuredVolume: 10, theoreticalVolume: 10) == 0)
        #expect(try Kim2025.porosity(measuredVolume: 10, theoreticalVolume: 11) < 0)  // inconsistent inputs are shown, not hidden
        let zero = #expect(throws: ArgumentError.self) { try Kim2025.porosity(measuredVolume: 0, theoreticalVolume: 1) }
        #expect(zero?.code == .outOfDomain)
        #expect(zero?.argument == "measuredVolume")
        let negative = #expect(throws: ArgumentError.self) { try Kim2025.porosity(measuredVolume: 10, theoreticalVolume: -1) }
        #expect(negative?.argument == "theoreticalVolume")
        #expect(Kim2025.realVolumeFraction(porosity: 0.12, nominalVolumeFraction: 0.5) == 0.44)
        #expect(Kim2025.densityFraction(porosity: 0.116).isApproximatelyEqual(to: 0.884, absoluteTolerance: 1e-15))
    }

    @Test func transportEquations() throws {
        // Eq. (4): a 100 µm pellet of 0.785 cm² with 10 Ω: σ = 0.01 cm / (10 Ω · 0.785 cm²).
        let sigma = try Kim2025.effectiveConductivity(thickness: 0.01, resistance: 10, area: 0.785)
        #expect(sigma.isApproximatelyEqual(to: 0.01 / 7.85, absoluteTolerance: 0, relativeTolerance: 1e-15))
        #expect(try Kim2025.effectiveConductivity(thickness: 0.01, resistance: 0, area: 1) == .infinity)
        let negative = #expect(throws: ArgumentError.self) { try Kim2025.effectiveConductivity(thickness: 0.01, resistance: -1, area: 1) }
        #expect(negative?.code == .outOfDomain)
        #expect(negative?.argument == "resistance (Ω)")
        let nan = #expect(throws: ArgumentError.self) { try Kim2025.effectiveConductivity(thickness: .nan, resistance: 1, area: 1) }
        #expect(nan?.code == .notFinite)
        // L = 0 with R = 0 would be 0/0: a pellet of no thickness is refused.
        #expect(throws: ArgumentError.self) { try Kim2025.effectiveConductivity(thickness: 0, resistance: 0, area: 1) }
        // Eq. (5): τ² = σ0/σeff · Φ.
        #expect(try Kim2025.tortuosityFactor(bulkConductivity: 2.224, effectiveConductivity: 0.1112, volumeFraction: 0.3)
            .isApproximatelyEqual(to: 6, absoluteTolerance: 1e-12))
        #expect(try Kim2025.tortuosityFactor(bulkConductivity: 1, effectiveConductivity: 0, volumeFraction: 0.3) == .infinity)
        let above = #expect(throws: ArgumentError.self) { try Kim2025.tortuosityFactor(bulkConductivity: 1, effectiveConductivity: 1, volumeFraction: 1.5) }
        #expect(above?.code == .outOfDomain)
        #expect(above?.argument == "volumeFraction")
        // σ_eff = 0 at Φ = 0 would be ∞ · 0.
        let undefined = #expect(throws: ArgumentError.self) { try Kim2025.tortuosityFactor(bulkConductivity: 1, effectiveConductivity: 0, volumeFraction: 0) }
        #expect(undefined?.argument == "effectiveConductivity")
        #expect(throws: ArgumentError.self) { try Kim2025.tortuosityFactor(bulkConductivity: 1, effectiveConductivity: -1, volumeFraction: 0.3) }
    }
}
