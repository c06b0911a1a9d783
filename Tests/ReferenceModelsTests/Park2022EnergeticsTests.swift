import Testing
import GoldenRecords
@testable import ReferenceModels

/// Eqn (1), the overall adhesion works and the site rule of Park 2022, section 3.1.
@Suite("Park 2022 energetics")
struct Park2022EnergeticsTests {

    @Test func overallAdhesionWorksFollowTheTwoPrintedSums() {
        let w = Park2022.AdhesionWorks(sePorousLayer: 0.9, ccPorousLayer: 0.4, lithiumSE: 0.3, lithiumCC: 0.5, lithiumPorousLayer: 0.2)
        #expect(Park2022.overallAdhesionWork(at: .seSide, works: w).isApproximatelyEqual(to: 0.9 - 0.3 - 0.2, absoluteTolerance: 1e-15))
        #expect(Park2022.overallAdhesionWork(at: .ccSide, works: w).isApproximatelyEqual(to: 0.4 - 0.5 - 0.2, absoluteTolerance: 1e-15))
        #expect(Park2022.overallAdhesionWork(at: .split, works: w).isNaN)
        #expect(Park2022.thermodynamicSite(works: w) == .ccSide)
    }

    /// The paper's shortcut (compare only the delaminated interfaces) equals the full rule when the
    /// new Li–SE and Li–CC contacts are equally strong, for any order of the delaminated works.
    @Test(arguments: [(0.2, 0.8), (0.8, 0.2), (1.5, 1.4), (0.01, 0.02)])
    func shortcutEqualsFullRuleWhenNewInterfacesMatch(_ pair: (Double, Double)) {
        let w = Park2022.AdhesionWorks(sePorousLayer: pair.0, ccPorousLayer: pair.1, lithiumSE: 0.3, lithiumCC: 0.3, lithiumPorousLayer: 0.1)
        #expect(Park2022.thermodynamicSite(works: w) == Park2022.thermodynamicSite(sePorousLayer: pair.0, ccPorousLayer: pair.1))
    }

    /// ... and can differ when they do not: the shortcut is a simplification, not the rule.
    @Test func shortcutCanDifferFromFullRule() {
        let w = Park2022.AdhesionWorks(sePorousLayer: 0.5, ccPorousLayer: 0.6, lithiumSE: 0.0, lithiumCC: 0.3, lithiumPorousLayer: 0.1)
        #expect(Park2022.thermodynamicSite(sePorousLayer: 0.5, ccPorousLayer: 0.6) == .seSide)
        #expect(Park2022.thermodynamicSite(works: w) == .ccSide)
    }

    @Test func siteRuleEdgeCases() {
        let tie = Park2022.AdhesionWorks(sePorousLayer: 0.5, ccPorousLayer: 0.5, lithiumSE: 0.1, lithiumCC: 0.1, lithiumPorousLayer: 0.1)
        #expect(Park2022.thermodynamicSite(works: tie) == nil)
        let nan = Park2022.AdhesionWorks(sePorousLayer: .nan, ccPorousLayer: 0.5, lithiumSE: 0.1, lithiumCC: 0.1, lithiumPorousLayer: 0.1)
        #expect(Park2022.thermodynamicSite(works: nan) == nil)
        #expect(Park2022.thermodynamicSite(sePorousLayer: 1, ccPorousLayer: 1) == nil)
        #expect(Park2022.thermodynamicSite(sePorousLayer: .nan, ccPorousLayer: 1) == nil)
        let inf = Park2022.AdhesionWorks(sePorousLayer: .infinity, ccPorousLayer: 0.5, lithiumSE: 0.1, lithiumCC: 0.1, lithiumPorousLayer: 0.1)
        #expect(Park2022.thermodynamicSite(works: inf) == .ccSide)
    }

    /// The two peel-off cases of section 3.1 as categorical outcomes: the golden peel-off result
    /// decides the site, and the observed deposits are where the site rule (with CS3 kinetics) puts them.
    @Test(arguments: [("park2022.peel-off.formed-5mpa", "park2022.regime.interface-5mpa", DepositLocation.seSide),
                      ("park2022.peel-off.formed-380mpa", "park2022.regime.interface-380mpa", DepositLocation.ccSide)])
    func peelOffCasesAreReproduced(_ peelID: String, _ regimeID: String, _ expected: DepositLocation) throws {
        let catalog = try Shared.catalog.get()
        let site = Park2022.thermodynamicSite(peelOff: try Park2022.peelOff(catalog, peelID))
        #expect(site == expected)
        let study = try Park2022.Study(catalog: catalog)
        let observedCase = try #require(study.cases.first { $0.id == regimeID })
        #expect(observedCase.thermodynamicSite == site)
        #expect(study.modelRegime(observedCase) == expected)
        #expect(try Park2022.location(catalog, regimeID) == expected)
    }

    /// An SE-side thermodynamic site stays SE-side however fast the creep; a CC-side site follows the kinetics.
    @Test(arguments: DepositLocation.allCases)
    func energeticsGateTheKinetics(_ kinetic: DepositLocation) {
        #expect(Park2022.mainDepositLocation(thermodynamicSite: .seSide, kineticRegime: kinetic) == .seSide)
        #expect(Park2022.mainDepositLocation(thermodynamicSite: .ccSide, kineticRegime: kinetic) == kinetic)
    }

    @Test func gibbsEnergyChangeEquation1() {
        // Mechanical term at 5 MPa: 5e6 Pa · 2.1580788626e-29 m³ = 1.079039e-22 J per atom (NumPy).
        let omega = Park2022.Constants(surfaceDiffusivityPrefactor: 0.014e-4, activationCoefficient: 6.54).lithiumAtomicVolume
        let mech = Park2022.gibbsEnergyChange(volumeTerm: 0, overpotential: 0, overallAdhesionWork: 0,
                                              externalPressure: 5e6, lithiumStress: 0, atomicVolume: omega)
        #expect(mech.isApproximatelyEqual(to: 1.079039e-22, absoluteTolerance: 0, relativeTolerance: 1e-6))
        // −eΦ: 0.1 V lowers ΔG by 1.602176634e-20 J; stress equal to the pressure cancels the mechanical term.
        let g = Park2022.gibbsEnergyChange(volumeTerm: 1e-20, overpotential: 0.1, overallAdhesionWork: 2e-21,
                                           externalPressure: 5e6, lithiumStress: 5e6, atomicVolume: omega)
        #expect(g.isApproximatelyEqual(to: 1e-20 - 1.602176634e-20 + 2e-21, absoluteTolerance: 1e-35))
        #expect(Park2022.gibbsEnergyChange(volumeTerm: 0, overpotential: 0, overallAdhesionWork: 0, externalPressure: 1, lithiumStress: 0, atomicVolume: -1).isNaN)
        #expect(Park2022.gibbsEnergyChange(volumeTerm: .nan, overpotential: 0, overallAdhesionWork: 0, externalPressure: 1, lithiumStress: 0, atomicVolume: 1).isNaN)
        #expect(Park2022.gibbsEnergyChange(volumeTerm: 0, overpotential: 0, overallAdhesionWork: .infinity, externalPressure: 1, lithiumStress: 0, atomicVolume: 1) == .infinity)
        // Lower adhesion work at a site lowers ΔG there: the site rule is eqn (1) at equal other terms.
        let lower = Park2022.gibbsEnergyChange(volumeTerm: 0, overpotential: 0.1, overallAdhesionWork: 1e-21, externalPressure: 5e6, lithiumStress: 0, atomicVolume: omega)
        let higher = Park2022.gibbsEnergyChange(volumeTerm: 0, overpotential: 0.1, overallAdhesionWork: 2e-21, externalPressure: 5e6, lithiumStress: 0, atomicVolume: omega)
        #expect(lower < higher)
    }

    @Test func unknownPeelOffCategoryIsRefusedWithItsID() throws {
        let catalog = try Shared.catalog.get()
        // A regime record is not a peel-off outcome: the error names the record and the vocabulary.
        #expect(throws: ArgumentError.self) { try Park2022.peelOff(catalog, "park2022.regime.cs1-60c") }
        do {
            _ = try Park2022.peelOff(catalog, "park2022.regime.cs1-60c")
        } catch {
            #expect(error.code == .invalidRecord)
            #expect(error.value.contains("park2022.regime.cs1-60c"))
            #expect(error.accepted.contains("porous-layer-cc-interface-opens"))
            #expect(error.description.contains("park2022.regime.cs1-60c"))
            #expect(error.description.contains("porous-layer-cc-interface-opens"))
        }
    }
}
