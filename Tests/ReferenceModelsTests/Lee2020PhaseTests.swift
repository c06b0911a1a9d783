import Testing
import GoldenRecords
@testable import ReferenceModels

/// The LiₓAg phase model: boundaries, capacities, the check of the printed "Li₃Ag₄ (γ₃)" label,
/// and the cross-paper constants. Pinned numbers were computed independently with Python 3
/// (F = 96485.33212 C/mol, M_Ag = 107.8682, M_Li = 6.941 g/mol).
@Suite("Lee 2020 Li–Ag phases")
struct Lee2020PhaseTests {
    typealias Phase = Lee2020.LiAgPhase

    @Test func boundariesOfTheLithiationPath() {
        #expect(Lee2020.fullLithiationX == 2.25)
        // Python: 91/9 = 10.11111111111111
        #expect(Lee2020.lithiumSolidSolutionMinimumX.isApproximatelyEqual(to: 10.11111111111111, absoluteTolerance: 1e-12))
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let x: Double
        let phase: Phase
        var testDescription: String { "x = \(x) → \(phase.rawValue)" }
    }

    /// 0 is Ag; (0, 9/4) partially lithiated; 9/4 exactly Li₉Ag₄; (9/4, x_sol) two-phase;
    /// [x_sol, ∞) the Li-rich solid solution.
    static let cases: [Case] = [
        Case(x: 0, phase: .silver), Case(x: -0.0, phase: .silver), Case(x: Double.leastNonzeroMagnitude, phase: .partiallyLithiated),
        Case(x: 1, phase: .partiallyLithiated), Case(x: 0.75, phase: .partiallyLithiated),
        Case(x: 2.25.nextDown, phase: .partiallyLithiated), Case(x: 2.25, phase: .li9Ag4),
        Case(x: 2.25.nextUp, phase: .li9Ag4PlusLithium), Case(x: 4, phase: .li9Ag4PlusLithium),
        Case(x: (91.0 / 9).nextDown, phase: .li9Ag4PlusLithium), Case(x: 91.0 / 9, phase: .lithiumSolidSolution),
        Case(x: 1e6, phase: .lithiumSolidSolution), Case(x: Double.greatestFiniteMagnitude, phase: .lithiumSolidSolution),
    ]

    @Test(arguments: cases)
    func phaseAtComposition(_ c: Case) throws {
        #expect(try Lee2020.phase(liPerAg: c.x) == c.phase)
    }

    @Test(arguments: [-1e-9, -1, Double.nan, .infinity, -.infinity])
    func badCompositionsAreRejected(_ x: Double) {
        #expect(throws: ArgumentError.self) { try Lee2020.phase(liPerAg: x) }
        #expect(throws: ArgumentError.self) { try Lee2020.atomicFractionLi(liPerAg: x) }
        #expect(throws: ArgumentError.self) { try Lee2020.agSpecificCapacity(liPerAg: x) }
        #expect(throws: ArgumentError.self) { try Lee2020.alloySpecificCapacity(liPerAg: x) }
    }

    @Test func capacityOfAgAtFullLithiation() throws {
        // Python: 2.25 * 26801.481144444446 / 107.8682 = 559.0464342132343
        #expect(try Lee2020.agSpecificCapacity(liPerAg: 2.25).isApproximatelyEqual(to: 559.0464342132343, absoluteTolerance: 1e-9))
        // per gram of Li9Ag4: 488.34362732613437
        #expect(try Lee2020.alloySpecificCapacity(liPerAg: 2.25).isApproximatelyEqual(to: 488.34362732613437, absoluteTolerance: 1e-9))
        #expect(try Lee2020.agSpecificCapacity(liPerAg: 0) == 0)
        // Monotone in x.
        let q = try stride(from: 0.0, through: 10, by: 0.5).map { try Lee2020.agSpecificCapacity(liPerAg: $0) }
        #expect(zip(q, q.dropFirst()).allSatisfy { $0 < $1 })
    }

    @Test func atomicFractionsRoundTrip() throws {
        #expect(try Lee2020.atomicFractionLi(liPerAg: 2.25).isApproximatelyEqual(to: 9.0 / 13, absoluteTolerance: 1e-15))
        #expect(try Lee2020.atomicFractionLi(liPerAg: 0) == 0)
        for x in [0.1, 0.75, 2.25, 10.1] {
            #expect(try Lee2020.liPerAg(atomicFractionLi: Lee2020.atomicFractionLi(liPerAg: x)).isApproximatelyEqual(to: x, absoluteTolerance: 1e-12))
        }
        for c in [-0.1, 1, 1.5, Double.nan] {
            #expect(throws: ArgumentError.self) { try Lee2020.liPerAg(atomicFractionLi: c) }
        }
        // 9 at% Ag in Li is the solid-solution boundary.
        #expect(try Lee2020.atomicFractionLi(liPerAg: Lee2020.lithiumSolidSolutionMinimumX).isApproximatelyEqual(to: 0.91, absoluteTolerance: 1e-12))
    }

    /// The printed label "Li₃Ag₄ (γ₃)" against the phase diagram: Ag-rich, not a γ-brass
    /// composition; Li₉Ag₄ is both Li-rich and a γ-brass composition (36 + 16 = 52).
    @Test func printedPhaseLabelDoesNotCheckOut() throws {
        let check = Lee2020.checkPrintedPhaseLabel()
        #expect(check.printedAtomicFractionLi.isApproximatelyEqual(to: 3.0 / 7, absoluteTolerance: 1e-15))
        #expect(check.li9Ag4AtomicFractionLi.isApproximatelyEqual(to: 9.0 / 13, absoluteTolerance: 1e-15))
        #expect(!check.printedFitsGammaBrass)
        #expect(check.li9Ag4FitsGammaBrass)
        #expect(check.printedPhase == .partiallyLithiated)
        #expect(check.printedAtomicFractionLi < 0.5 && check.li9Ag4AtomicFractionLi > 0.5)
        // The golden record keeps the printed label.
        let catalog = try GoldenCatalog.load()
        #expect(try catalog.category("lee2020.xrd.alloy-phase-label") == "li3ag4-gamma3")
    }

    @Test func gammaBrassCellCounts() throws {
        #expect(try Lee2020.fitsGammaBrassCell(li: 9, ag: 4))   // 36 + 16
        #expect(try Lee2020.fitsGammaBrassCell(li: 5, ag: 8))   // Cu5Zn8 analogue: 20 + 32
        #expect(try !Lee2020.fitsGammaBrassCell(li: 3, ag: 4))  // 22.29 Li
        #expect(try !Lee2020.fitsGammaBrassCell(li: 4, ag: 1))  // 41.6 Li
        #expect(throws: ArgumentError.self) { try Lee2020.fitsGammaBrassCell(li: 0, ag: 4) }
        #expect(throws: ArgumentError.self) { try Lee2020.fitsGammaBrassCell(li: 3, ag: -1) }
    }

    @Test func lithiationPathBandsCoverTheAxis() throws {
        let bands = Lee2020.lithiationPathBands()
        #expect(bands.map(\.phase) == Phase.allCases)
        for (a, b) in zip(bands, bands.dropFirst()) { #expect(a.upperX == b.lowerX) }
        #expect(bands.last?.upperX == .infinity)
        // Every band's inclusive ends classify back to the band.
        for band in bands where band.includesLower { #expect(try Lee2020.phase(liPerAg: band.lowerX) == band.phase) }
    }

    /// The cross-paper facts, as the other papers print them (see `Lee2020.CrossPaper`).
    @Test func crossPaperFacts() throws {
        let catalog = try GoldenCatalog.load()
        let facts = try Lee2020.CrossPaper(catalog: catalog)
        #expect(try Lee2020.agLithiationOnsetVsLi(catalog: catalog) == 0.1)
        #expect(facts.youngsModulusLi9Ag4 < facts.youngsModulusAg)
        #expect(facts.hardnessLi9Ag4 < facts.hardnessAg)
        #expect(facts.indentationDepthLi9Ag4 > facts.indentationDepthAg)
        #expect(facts.agSolubilityTemperatureCelsius == 145.5)
        // The one-digit constants agree with the records they stand for.
        #expect(try catalog.number("park2022.ag.solubility-in-li", in: "at%") == Lee2020.CrossPaper.agSolubilityInLiAtPercent)
        // Wu's "fourfold": 1.71e-10 / 4.21e-11 = 4.0618 (Python), 4 to one significant figure.
        #expect(facts.diffusivityRatioAgCOverCarbon.isApproximatelyEqual(to: 4.061757719714964, absoluteTolerance: 1e-12))
        #expect(facts.diffusivityRatioAgCOverCarbon.rounded() == 4)
    }
}
