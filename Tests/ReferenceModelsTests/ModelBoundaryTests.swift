import Testing
import GoldenRecords
@testable import ReferenceModels

/// Boundaries and formulas that mutation testing of the models found unpinned: each test here
/// kills a hand-made mutant that the rest of the suite let survive (the mutant is named in each
/// test's comment). Every expected value is a literal computed outside the code under test.
@Suite("Model boundaries found by mutation testing")
struct ModelBoundaryTests {
    static func components(amContent: Int) throws -> [Kim2025.Component] {
        try Kim2025.electrodeComponents(catalog: Shared.catalog.get(), amContent: amContent)
    }

    /// V_i = (w_i/ρ_i) / Σ(w_j/ρ_j) for the paper's compositions (NCM811 4.8, LPSCl 1.64, VGCF 2 g cm⁻³),
    /// computed in Python: s = [w/r for w, r in zip(ws, [4.8, 1.64, 2.0])]; [x / sum(s) for x in s].
    /// Kills the mutant that drops the densities (V_i = w_i: 0.85 instead of 0.6658 for the AM at 85 wt%, 28 % off).
    @Test(arguments: [
        (75, [0.5104195299957374, 0.4513602555981818, 0.03822021440608081]),
        (80, [0.5826495490860928, 0.3764484525680634, 0.04090199834584371]),
        (85, [0.6657807420675617, 0.290230732668304, 0.043988525264134416]),
    ] as [(Int, [Double])])
    func nominalVolumeFractionsOfThePaperComposition(_ am: Int, _ expected: [Double]) throws {
        let v = try Kim2025.nominalVolumeFractions(try Self.components(amContent: am))
        #expect(v.count == expected.count)
        for (actual, want) in zip(v, expected) {
            #expect(actual.isApproximatelyEqual(to: want, absoluteTolerance: 1e-12))
        }
    }

    /// Eq. (5) at Φ = 1 (a pellet of the conducting phase alone) is defined: τ² = σ0/σeff = 2/0.5 = 4.
    /// Just above 1 it is refused. Kills `volumeFraction <= 1` → `volumeFraction < 1`.
    @Test func tortuosityAtVolumeFractionExactlyOne() throws {
        #expect(try Kim2025.tortuosityFactor(bulkConductivity: 2, effectiveConductivity: 0.5, volumeFraction: 1) == 4)
        let above = #expect(throws: ArgumentError.self) {
            try Kim2025.tortuosityFactor(bulkConductivity: 2, effectiveConductivity: 0.5, volumeFraction: 1.000_000_1)
        }
        #expect(above?.code == .outOfDomain)
        #expect(above?.argument == "volumeFraction")
        #expect(try Kim2025.tortuosityFactor(bulkConductivity: 2, effectiveConductivity: 0.5, volumeFraction: 0) == 0)
    }

    /// The composition closes when Σw is within 1e-9 of 1 (`isApproximatelyEqualToOne`): 1 ± 5e-10 is
    /// accepted (one component of density 2: ρ_theo = 2/(1 ± 5e-10) ≈ 2 to 1e-9), 1 ± 2e-9 and
    /// 1 ± 1e-3 are refused. Kills a tolerance widened to 1e-3 (or to 1e-6) and a closure test
    /// that checks only one side.
    @Test(arguments: [5e-10, -5e-10] as [Double])
    func compositionJustInsideTheClosureCloses(_ offset: Double) throws {
        let total = 1 + offset
        let rho = try Kim2025.theoreticalDensity([Kim2025.Component(name: "a", massFraction: total, density: 2)])
        #expect(rho.isApproximatelyEqual(to: 2, absoluteTolerance: 2e-9))
    }

    @Test(arguments: [2e-9, -2e-9, 1e-6, -1e-6, 9e-4, -9e-4, 1e-3, -1e-3] as [Double])
    func compositionJustOutsideTheClosureIsRefused(_ offset: Double) {
        let total = 1 + offset
        let open = [Kim2025.Component(name: "a", massFraction: total / 2, density: 2),
                    Kim2025.Component(name: "b", massFraction: total / 2, density: 1)]
        let density = #expect(throws: ArgumentError.self) { try Kim2025.theoreticalDensity(open) }
        #expect(density?.code == .outOfDomain)
        #expect(density?.argument == "Σ massFraction")
        let fractions = #expect(throws: ArgumentError.self) { try Kim2025.nominalVolumeFractions(open) }
        #expect(fractions?.code == .outOfDomain)
        #expect(fractions?.argument == "Σ massFraction")
    }

    /// `concentrationWindowSeparating` is an open interval (lower < upper): equal diffusivities
    /// give no window, a fast layer faster by one part in 10⁷ gives one. Kills `<` → `<=`.
    @Test func equalDiffusivitiesHaveNoWindow() throws {
        #expect(try Wu2023.concentrationWindowSeparating(fastDiffusivity: 1e-10, slowDiffusivity: 1e-10,
                                                         currentDensity: 0.16, thickness: 5) == nil)
        let barely = try #require(try Wu2023.concentrationWindowSeparating(fastDiffusivity: 1.000_000_1e-10, slowDiffusivity: 1e-10,
                                                                           currentDensity: 0.16, thickness: 5))
        // Python: j L / (F D) = 0.16e-3 * 5e-4 / (96485.33212 * D) for D = 1.0000001e-10 and 1e-10.
        #expect(barely.lower.isApproximatelyEqual(to: 8.291414896152694e-3, absoluteTolerance: 0, relativeTolerance: 1e-12))
        #expect(barely.upper.isApproximatelyEqual(to: 8.291415725294182e-3, absoluteTolerance: 0, relativeTolerance: 1e-12))
    }

    /// Both sides of both edges of the Fig. 4a, b window at 0.16 mA cm⁻² and 5 µm, with the edges
    /// computed in Python as c* = j L / (F D): D_AgC = 1.71e-10 → 4.848781125903031e-3,
    /// D_C = 4.21e-11 → 19.694574169344854e-3 mol cm⁻³. Just inside (×(1 ± 1e-6)) the pair is
    /// (Ag–C Li side, carbon SE side); just outside one layer changes side.
    @Test func windowEdgesFromBothSides() throws {
        func at(_ d: Double, _ c: Double) throws -> DepositLocation {
            try Wu2023.PlatingCriterion(currentDensity: 0.16, diffusivity: d, thickness: 5, concentrationScale: c).location
        }
        let lower = 4.848781125903031e-3, upper = 19.694574169344854e-3
        let agC = 1.71e-10, carbon = 4.21e-11
        // Below the lower edge both plate on the SE side; above it Ag–C moves to the Li side.
        #expect(try at(agC, lower * (1 - 1e-6)) == .seSide)
        #expect(try at(agC, lower * (1 + 1e-6)) == .ccSide)
        #expect(try at(carbon, lower * (1 + 1e-6)) == .seSide)
        // Below the upper edge carbon is still SE side; above it carbon moves to the Li side too.
        #expect(try at(carbon, upper * (1 - 1e-6)) == .seSide)
        #expect(try at(carbon, upper * (1 + 1e-6)) == .ccSide)
        #expect(try at(agC, upper * (1 + 1e-6)) == .ccSide)
        let window = try #require(try Wu2023.concentrationWindowSeparating(fastDiffusivity: agC, slowDiffusivity: carbon,
                                                                           currentDensity: 0.16, thickness: 5))
        #expect(window.lower.isApproximatelyEqual(to: lower, absoluteTolerance: 0, relativeTolerance: 1e-12))
        #expect(window.upper.isApproximatelyEqual(to: upper, absoluteTolerance: 0, relativeTolerance: 1e-12))
    }

    /// The LTO-like open interval [lower, ∞): the first power of ten at least half a decade above
    /// `lower`, i.e. 10^ceil(log10(lower) + 0.5). The edge is lower = √10 = 3.16228: 3.16 → 10
    /// (10/3.16 = 3.165 ≥ √10), 3.17 → 100 (10/3.17 = 3.155 < √10); 4 → 100 (a nearest-rounding
    /// mutant gives 10); LTO's 15.9 → 100. Python: 10 ** math.ceil(math.log10(x) + 0.5).
    /// Kills `.rounded(.up)` → `.rounded()` / `.rounded(.down)` and a changed half-decade margin.
    @Test(arguments: [(3.16, 10.0), (3.17, 100.0), (4, 100), (15.9, 100), (15.85629791, 100), (10, 100), (1, 10)] as [(Double, Double)])
    func openAboveRoundsUpPastHalfADecade(_ lower: Double, _ expected: Double) {
        #expect(Park2022.inferredSurfaceMobility(lower: lower, upper: .infinity) == expected)
    }

    /// The Cu/Ni-like interval [0, upper): 10^floor(log10(upper) − 0.5). Edge at upper = 10^-1.5 = 0.0316228:
    /// 0.0316 → 1e-3, 0.0317 → 1e-2; Cu 0.0079 → 1e-3, Ni 0.0027 → 1e-4.
    /// Python: 10 ** math.floor(math.log10(x) - 0.5).
    @Test(arguments: [(0.0316, 1e-3), (0.0317, 1e-2), (0.0079, 1e-3), (0.0027, 1e-4)] as [(Double, Double)])
    func openBelowRoundsDownPastHalfADecade(_ upper: Double, _ expected: Double) {
        #expect(Park2022.inferredSurfaceMobility(lower: 0, upper: upper).isApproximatelyEqual(to: expected, absoluteTolerance: 0, relativeTolerance: 1e-12))
    }
}
