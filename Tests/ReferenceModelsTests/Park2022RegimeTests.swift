import Foundation
import Testing
import GoldenRecords
@testable import ReferenceModels

/// The regime model of Park 2022: calibration, every observed case, the cases one rule cannot
/// explain (pinned), monotonicity and edge cases. Numbers pinned here were recomputed with NumPy
/// (the script in docs/park2022-coble-creep.md).
@Suite("Park 2022 regime model")
struct Park2022RegimeTests {
    static let study = Result { try Park2022.Study(catalog: Shared.catalog.get()) }

    static func cases() throws -> [Park2022.ObservedCase] { try study.get().cases }

    @Test func fifteenObservedCasesInThreeRoles() throws {
        let cases = try Self.cases()
        #expect(cases.count == 15)
        #expect(Set(cases.map(\.id)).count == 15)
        #expect(cases.filter { $0.role == .calibration }.map(\.id) == [
            "park2022.regime.cs1-60c", "park2022.regime.cs2-60c", "park2022.regime.cs3-60c",
            "park2022.regime.cs3-45c", "park2022.regime.cs3-30c",
        ])
        #expect(Set(cases.filter { $0.role == .prediction }.map(\.id)) == [
            "park2022.regime.interface-380mpa", "park2022.regime.interface-5mpa", "park2022.regime.sc65-60c",
            "park2022.regime.ag-cs1-60c", "park2022.regime.ag-cs2-60c", "park2022.regime.ag-cs3-60c", "park2022.regime.ag-sc65-60c",
        ])
        #expect(Set(cases.filter { $0.role == .inferredFactor }.map(\.id)) == [
            "park2022.regime.lto-60c", "park2022.regime.cu-60c", "park2022.regime.ni-60c",
        ])
    }

    /// Every observation record of a main-deposit location is either a case of the model or one of
    /// the two restatements that contradict section 3.2 (tested below).
    @Test func everyRegimeRecordIsAccountedFor() throws {
        let catalog = try Shared.catalog.get()
        let regimeRecords = Set(catalog.records(paper: "park2022").map(\.id).filter { $0.hasPrefix("park2022.regime.") })
        let restatements: Set = ["park2022.regime.cs3-60c-introduction", "park2022.regime.cs3-60c-conclusions"]
        #expect(regimeRecords == Set(try Self.cases().map(\.id)).union(restatements))
    }

    @Test(arguments: try cases().map(\.id))
    func modelReproducesTheObservedRegime(_ id: String) throws {
        let study = try Self.study.get()
        let observedCase = try #require(study.cases.first { $0.id == id })
        #expect(study.modelRegime(observedCase) == observedCase.observed, "\(observedCase.label): \(observedCase.basis)")
        let c = observedCase.conditions
        #expect([c.poreDiameter, c.temperature, c.stackPressure, c.currentDensity, c.interlayerThickness, c.surfaceMobility].allSatisfy { $0 > 0 && $0.isFinite })
    }

    @Test func thresholdsArePinned() throws {
        let model = try Self.study.get().model
        // √(N_CS1 · N_CS2) and √(N_CS3,30°C · N_CS3,45°C) with the sourced constants (NumPy).
        #expect(model.splitThreshold.isApproximatelyEqual(to: 2.5650050211e+05, absoluteTolerance: 0, relativeTolerance: 1e-9))
        #expect(model.ccThreshold.isApproximatelyEqual(to: 4.7015424756e+07, absoluteTolerance: 0, relativeTolerance: 1e-9))
    }

    /// K, δ_s and the unit of the eqn (3) prefactor multiply every creep number alike, so after
    /// recalibration every regime is unchanged: the categorical results do not depend on them.
    @Test(arguments: [(1.0, 1.0, 1.0), (10, 1, 1), (1, 0.2, 1), (1, 1, 1e-4), (0.01, 4, 1e4)])
    func regimesDoNotDependOnUnstatedPrefactors(_ scale: (Double, Double, Double)) throws {
        let catalog = try Shared.catalog.get()
        var k = Park2022.Constants(surfaceDiffusivityPrefactor: 0.014e-4, activationCoefficient: 6.54)
        k.cobleConstant *= scale.0
        k.surfaceLayerThickness *= scale.1
        k.surfaceDiffusivityPrefactor *= scale.2
        let reference = try Self.study.get()
        let scaled = try Park2022.Study(catalog: catalog, constants: k)
        #expect(reference.cases.count == scaled.cases.count)
        for (a, b) in zip(reference.cases, scaled.cases) {
            #expect(reference.modelRegime(a) == scaled.modelRegime(b), "\(a.id)")
        }
        let factor = scale.0 * scale.1 * scale.2
        #expect((scaled.model.ccThreshold / reference.model.ccThreshold).isApproximatelyEqual(to: factor, absoluteTolerance: 0, relativeTolerance: 1e-9))
        let map = Park2022.RegimeMap.self
        for t in map.temperatures(count: 6) {
            for d in map.poreDiameters(count: 9) {
                #expect(map.regime(model: reference.model, poreDiameter: d, temperature: t, base: reference.baseConditions)
                        == map.regime(model: scaled.model, poreDiameter: d, temperature: t, base: scaled.baseConditions))
            }
        }
    }

    // MARK: - What one simple rule does not explain (pinned)

    /// Pore size and temperature alone (carbon surface mobility for every scaffold) miss LTO, Cu and
    /// Ni, as the paper itself says ("despite the similar pore diameter of LTO with that of CS2";
    /// "Though the average pore diameters of metal interlayers are similar to that of CS3").
    @Test(arguments: [("park2022.regime.lto-60c", DepositLocation.split, DepositLocation.ccSide),
                      ("park2022.regime.cu-60c", .split, .seSide),
                      ("park2022.regime.ni-60c", .ccSide, .seSide)])
    func poreSizeAloneMissesLTOCuNi(_ id: String, _ poreOnly: DepositLocation, _ observed: DepositLocation) throws {
        let study = try Self.study.get()
        let observedCase = try #require(study.cases.first { $0.id == id })
        var carbon = observedCase.conditions
        carbon.surfaceMobility = 1
        #expect(study.model.regime(carbon) == poreOnly)
        #expect(poreOnly != observed)
        #expect(observedCase.observed == observed)
    }

    struct FactorPin: Sendable, CustomTestStringConvertible {
        let id: String
        /// Admissible interval of the mobility factor (NumPy).
        let lower: Double
        let upper: Double
        /// The stated choice inside it.
        let nominal: Double
        var testDescription: String { id }
    }

    static let inferredFactors = [
        FactorPin(id: "park2022.regime.lto-60c", lower: 15.85629791, upper: .infinity, nominal: 100),
        FactorPin(id: "park2022.regime.cu-60c", lower: 0, upper: 0.0078885015229, nominal: 1e-3),
        FactorPin(id: "park2022.regime.ni-60c", lower: 0, upper: 0.0026839355148, nominal: 1e-4),
    ]

    /// The factors that reproduce LTO, Cu and Ni are back-solved from those observations: the
    /// admissible intervals are pinned, and the chosen factors lie inside them.
    @Test(arguments: inferredFactors)
    func inferredFactorsArePinned(_ pin: FactorPin) throws {
        let study = try Self.study.get()
        let observedCase = try #require(study.cases.first { $0.id == pin.id })
        #expect(observedCase.role == .inferredFactor)
        let range = study.model.admissibleSurfaceMobility(observedCase.conditions, observed: observedCase.observed)
        #expect(range.lower.isApproximatelyEqual(to: pin.lower, absoluteTolerance: 1e-8, relativeTolerance: 1e-7))
        #expect(range.upper == pin.upper || range.upper.isApproximatelyEqual(to: pin.upper, absoluteTolerance: 0, relativeTolerance: 1e-6))
        #expect(observedCase.conditions.surfaceMobility.isApproximatelyEqual(to: pin.nominal, absoluteTolerance: 0, relativeTolerance: 1e-12))
        #expect(observedCase.conditions.surfaceMobility >= range.lower && observedCase.conditions.surfaceMobility < range.upper)
    }

    /// Void filling is observed separately from the main-deposit location. A single creep number ties
    /// the two (Li fills the voids on its way through the layer), so "voids filled ⇔ CC-side" is the
    /// natural reading of the rule; it holds for CS1–CS3 and LTO and fails for Cu, Ni, Ag-CS1 and
    /// Ag-CS2, whose voids filled while the main layer stayed at or split from the SE. Pinned so
    /// that a future model that explains them shows up here.
    @Test func voidFillingIsNotExplainedByOneCreepNumber() throws {
        let catalog = try Shared.catalog.get()
        let study = try Self.study.get()
        let pairs = [("cs1", "cs1-60c"), ("cs2", "cs2-60c"), ("cs3", "cs3-60c"), ("lto", "lto-60c"),
                     ("cu", "cu-60c"), ("ni", "ni-60c"), ("ag-cs1", "ag-cs1-60c"), ("ag-cs2", "ag-cs2-60c")]
        var unexplained: [String] = []
        for (voids, regime) in pairs {
            let filled = try Park2022.category(catalog, "park2022.void-filling.\(voids)") == "filled"
            let observedCase = try #require(study.cases.first { $0.id == "park2022.regime.\(regime)" })
            if filled != (study.modelRegime(observedCase) == .ccSide) { unexplained.append(voids) }
        }
        #expect(unexplained == ["cu", "ni", "ag-cs1", "ag-cs2"])
    }

    /// The Introduction and the Conclusions restate CS3 as SE-side, contradicting section 3.2. The
    /// model (and section 3.2) give CC-side; the restatements are not in the reference output.
    @Test(arguments: ["park2022.regime.cs3-60c-introduction", "park2022.regime.cs3-60c-conclusions"])
    func restatementsOfCS3ContradictSection32(_ id: String) throws {
        let catalog = try Shared.catalog.get()
        let study = try Self.study.get()
        #expect(try Park2022.location(catalog, id) == .seSide)
        #expect(try Park2022.location(catalog, "park2022.regime.cs3-60c") == .ccSide)
        let cs3 = try #require(study.cases.first { $0.id == "park2022.regime.cs3-60c" })
        #expect(study.modelRegime(cs3) == .ccSide)
        #expect(try !Park2022.referenceResults(catalog: catalog).contains { $0.id == id })
    }

    // MARK: - Predictions and their robustness

    /// The Ag factor from the nucleation overpotentials (NumPy: 1.972, 2.588, 2.597) and the interval
    /// of factors that keeps all three Ag-CS regimes (0.5597 ≤ M < 8.419): the heuristic's value
    /// does not decide them.
    @Test func silverFactorsAndTheirRobustness() throws {
        let study = try Self.study.get()
        let expected = [1.97237400, 2.58812337, 2.59715423]
        for (n, m) in zip(1...3, expected) {
            let oc = try #require(study.cases.first { $0.id == "park2022.regime.ag-cs\(n)-60c" })
            #expect(oc.conditions.surfaceMobility.isApproximatelyEqual(to: m, absoluteTolerance: 1e-7))
        }
        let agSC65 = try #require(study.cases.first { $0.id == "park2022.regime.ag-sc65-60c" })
        #expect(agSC65.conditions.surfaceMobility.isApproximatelyEqual(to: 2.36677693, absoluteTolerance: 1e-7))
        for factor in [0.56, 1, 2, 4, 8.4] {
            for n in 1...3 {
                let oc = try #require(study.cases.first { $0.id == "park2022.regime.ag-cs\(n)-60c" })
                var c = oc.conditions
                c.surfaceMobility = factor
                #expect(study.model.regime(c) == oc.observed, "Ag-CS\(n) at factor \(factor)")
            }
        }
        // Just outside: Ag-CS1 turns split above 8.42, Ag-CS3 turns split below 0.5597.
        let agCS1 = try #require(study.cases.first { $0.id == "park2022.regime.ag-cs1-60c" })
        var c1 = agCS1.conditions
        c1.surfaceMobility = 8.43
        #expect(study.model.regime(c1) == .split)
        let agCS3 = try #require(study.cases.first { $0.id == "park2022.regime.ag-cs3-60c" })
        var c3 = agCS3.conditions
        c3.surfaceMobility = 0.559
        #expect(study.model.regime(c3) == .split)
        #expect(Park2022.silverSurfaceMobility(nucleationOverpotentialWithoutSilver: 10, withSilver: 10, temperature: 333.15) == 1)
        #expect(Park2022.silverSurfaceMobility(nucleationOverpotentialWithoutSilver: 10, withSilver: 5, temperature: 0).isNaN)
        #expect(Park2022.silverSurfaceMobility(nucleationOverpotentialWithoutSilver: .nan, withSilver: 5, temperature: 300).isNaN)
    }

    /// SC65's pore is estimated from its 40 nm particles with the carbon spheres' pore/particle
    /// ratio (0.3765779158 → 15.06311663 nm, NumPy); it stays CC-side for any pore below 37.50 nm.
    @Test func sc65PoreEstimate() throws {
        let study = try Self.study.get()
        let sc65 = try #require(study.cases.first { $0.id == "park2022.regime.sc65-60c" })
        #expect(sc65.conditions.poreDiameter.isApproximatelyEqual(to: 15.06311663, absoluteTolerance: 1e-7))
        #expect(sc65.conditions.surfaceMobility == 1)
        var c = sc65.conditions
        c.poreDiameter = 37.4
        #expect(study.model.regime(c) == .ccSide)
        c.poreDiameter = 37.6
        #expect(study.model.regime(c) == .split)
        #expect(Park2022.poreToParticleRatio([]).isNaN)
        #expect(Park2022.poreToParticleRatio([(0, 10)]).isNaN)
        #expect(Park2022.poreToParticleRatio([(5, 10)]) == 0.5)
    }

    /// CS1's pore diameter is printed as 433.3 nm and as 473.3 nm; the regime is SE-side with both.
    @Test func cs1RegimeDoesNotDependOnWhichPrintedPoreDiameter() throws {
        let catalog = try Shared.catalog.get()
        let study = try Self.study.get()
        let cs1 = try #require(study.cases.first { $0.id == "park2022.regime.cs1-60c" })
        #expect(cs1.conditions.poreDiameter == 433.3)
        var c = cs1.conditions
        c.poreDiameter = try catalog.number("park2022.pore-diameter.cs1-discussion", in: "nm")
        #expect(c.poreDiameter == 473.3)
        #expect(study.model.regime(c) == .seSide)
    }

    // MARK: - Monotonicity: smaller pores, higher temperature, a more mobile surface (and higher
    // pressure, lower current density) never move the deposit toward the SE side.

    static func rank(_ location: DepositLocation?) -> Int {
        switch location {
        case .seSide: 0
        case .split: 1
        case .ccSide: 2
        case nil: -1
        }
    }

    static let startingPoints: [(pore: Double, temperature: Double, mobility: Double)] = [
        (1000, 270, 1e-4), (433.3, 333.15, 1), (104.7, 303.15, 1), (30.9, 303.15, 1), (20, 370, 10), (60, 300, 2.37),
    ]

    @Test func regimeNeverMovesTowardTheSEWhenPoresShrink() throws {
        let study = try Self.study.get()
        for start in Self.startingPoints {
            var c = study.baseConditions
            c.temperature = start.temperature
            c.surfaceMobility = start.mobility
            let ranks = Park2022.RegimeMap.poreDiameters(count: 121, from: 1000, to: 10).map { d -> Int in
                c.poreDiameter = d
                return Self.rank(study.model.regime(c))
            }
            #expect(ranks.allSatisfy { $0 >= 0 })
            #expect(zip(ranks, ranks.dropFirst()).allSatisfy { $0 <= $1 })
        }
    }

    @Test func regimeNeverMovesTowardTheSEWhenTemperatureRises() throws {
        let study = try Self.study.get()
        for start in Self.startingPoints {
            var c = study.baseConditions
            c.poreDiameter = start.pore
            c.surfaceMobility = start.mobility
            let ranks = stride(from: 250.0, through: 450, by: 1).map { t -> Int in
                c.temperature = t
                return Self.rank(study.model.regime(c))
            }
            #expect(zip(ranks, ranks.dropFirst()).allSatisfy { $0 <= $1 })
        }
    }

    @Test func regimeNeverMovesTowardTheSEWhenTheSurfaceIsMoreMobile() throws {
        let study = try Self.study.get()
        for start in Self.startingPoints {
            var c = study.baseConditions
            c.poreDiameter = start.pore
            c.temperature = start.temperature
            let ranks = stride(from: -6.0, through: 6, by: 0.05).map { e -> Int in
                c.surfaceMobility = pow(10, e)
                return Self.rank(study.model.regime(c))
            }
            #expect(zip(ranks, ranks.dropFirst()).allSatisfy { $0 <= $1 })
        }
    }

    @Test func pressureUpAndCurrentDownNeverMoveTowardTheSE() throws {
        let study = try Self.study.get()
        var c = study.baseConditions
        c.poreDiameter = 104.7
        let byPressure = stride(from: 0.0, through: 400, by: 1).map { p -> Int in
            c.stackPressure = p
            return Self.rank(study.model.regime(c))
        }
        #expect(zip(byPressure, byPressure.dropFirst()).allSatisfy { $0 <= $1 })
        c.stackPressure = 5
        let byCurrent = stride(from: 50.0, through: 0.001, by: -0.05).map { j -> Int in
            c.currentDensity = j
            return Self.rank(study.model.regime(c))
        }
        #expect(zip(byCurrent, byCurrent.dropFirst()).allSatisfy { $0 <= $1 })
    }

    // MARK: - Edge cases and calibration errors

    @Test func regimeEdgeCases() throws {
        let study = try Self.study.get()
        let model = study.model
        #expect(model.regime(creepNumber: .nan) == nil)
        #expect(model.regime(creepNumber: -1) == nil)
        #expect(model.regime(creepNumber: 0) == .seSide)
        #expect(model.regime(creepNumber: .infinity) == .ccSide)
        #expect(model.regime(creepNumber: model.ccThreshold) == .ccSide)
        #expect(model.regime(creepNumber: model.splitThreshold) == .split)
        #expect(model.regime(creepNumber: model.splitThreshold.nextDown) == .seSide)
        var c = study.baseConditions
        c.poreDiameter = .nan
        #expect(model.regime(c) == nil)
        c = study.baseConditions
        c.temperature = 0
        #expect(model.regime(c) == nil)
        c = study.baseConditions
        c.surfaceMobility = -1
        #expect(model.regime(c) == nil)
        c = study.baseConditions
        c.currentDensity = 0
        #expect(model.regime(c) == .ccSide)
        c.stackPressure = 0
        #expect(model.regime(c) == nil)  // 0/0: no driving stress, nothing to accommodate
        // An SE-side site is SE-side whatever the kinetics.
        #expect(model.regime(study.baseConditions, thermodynamicSite: .seSide) == .seSide)
        c = study.baseConditions
        c.poreDiameter = .nan
        let bad = model.admissibleSurfaceMobility(c, observed: .ccSide)
        #expect(bad.lower.isNaN && bad.upper.isNaN)
        #expect(Park2022.inferredSurfaceMobility(lower: 2, upper: 1).isNaN)
        #expect(Park2022.inferredSurfaceMobility(lower: .nan, upper: 1).isNaN)
        #expect(Park2022.inferredSurfaceMobility(lower: 2, upper: 8) == 4)
    }

    @Test func calibrationRefusesInseparableOrOneSidedCases() throws {
        let study = try Self.study.get()
        let k = study.model.constants
        let base = study.baseConditions
        func at(_ d: Double) -> Park2022.Conditions {
            var c = base
            c.poreDiameter = d
            return c
        }
        // A larger pore observed more CC-ward than a smaller one: no thresholds separate them.
        let crossed = [Park2022.CalibrationPoint(conditions: at(30), observed: .seSide),
                       Park2022.CalibrationPoint(conditions: at(300), observed: .split),
                       Park2022.CalibrationPoint(conditions: at(10), observed: .ccSide)]
        #expect(throws: ArgumentError.self) { try Park2022.RegimeModel.calibrated(on: crossed, constants: k) }
        let oneSided = [Park2022.CalibrationPoint(conditions: at(30), observed: .ccSide)]
        do {
            _ = try Park2022.RegimeModel.calibrated(on: oneSided, constants: k)
            Issue.record("a one-sided calibration must be refused")
        } catch {
            #expect(error.code == .calibrationFailed)
            #expect(error.argument == "points")
            #expect(error.accepted.contains("at least one case on each side"))
            #expect(error.description.contains("at least one case on each side"))
        }
        let invalid = [Park2022.CalibrationPoint(conditions: at(.nan), observed: .seSide)]
        #expect(throws: ArgumentError.self) { try Park2022.RegimeModel.calibrated(on: invalid, constants: k) }
        #expect(throws: ArgumentError.self) { try Park2022.RegimeModel(constants: k, splitThreshold: 10, ccThreshold: 5) }
        #expect(throws: ArgumentError.self) { try Park2022.RegimeModel(constants: k, splitThreshold: 0, ccThreshold: 5) }
    }
}
