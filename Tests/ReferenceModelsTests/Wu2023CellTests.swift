import Testing
import GoldenRecords
@testable import ReferenceModels

/// Contact numbers, the symmetric-cell failure and the full-cell arithmetic of Wu 2023.
/// Pinned numbers come from an independent Python evaluation (python3, float64).
@Suite("Wu 2023 contact, symmetric cell and full cell")
struct Wu2023CellTests {
    static func number(_ id: String, _ unit: String) throws -> Double { try Shared.catalog.get().number(id, in: unit) }

    // MARK: contact (Fig. 2)

    @Test func foldReduction() throws {
        let fold = try Wu2023.foldReduction(from: try Self.number("wu2023.contact.rint-without-interlayer", "Ω cm^2"),
                                            to: try Self.number("wu2023.contact.rint-with-interlayer", "Ω cm^2"))
        #expect(fold.isApproximatelyEqual(to: 11.362068965517242, absoluteTolerance: 1e-12))
        #expect(Wu2023.multiplicativeWord(forRatio: fold) == "elevenfold")
        #expect(throws: ArgumentError.self) { try Wu2023.foldReduction(from: 6.59, to: 0) }
        #expect(throws: ArgumentError.self) { try Wu2023.foldReduction(from: .nan, to: 0.58) }
    }

    @Test func diffusivityRatioIsFourfold() throws {
        let ratio = try Self.number("wu2023.gitt.diffusivity-ag-c", "cm^2 s^-1") / (try Self.number("wu2023.gitt.diffusivity-carbon", "cm^2 s^-1"))
        #expect(ratio.isApproximatelyEqual(to: 4.061757719714964, absoluteTolerance: 1e-12))
        #expect(Wu2023.multiplicativeWord(forRatio: ratio) == "fourfold")
        #expect(Wu2023.multiplicativeWord(forRatio: 4.49) == "fourfold")
        #expect(Wu2023.multiplicativeWord(forRatio: 4.51) == "fivefold")
        #expect(Wu2023.multiplicativeWord(forRatio: 1.2) == nil)
        #expect(Wu2023.multiplicativeWord(forRatio: 13) == nil)
        #expect(Wu2023.multiplicativeWord(forRatio: .nan) == nil)
        #expect(Wu2023.multiplicativeWord(forRatio: .infinity) == nil)
    }

    /// 5 µm × (1 − 0.597) = 2.015 µm.
    @Test func pressedThickness() throws {
        let l = try Wu2023.thicknessAfterReduction(initial: try Self.number("wu2023.fabrication.agc-layer-thickness", "µm"),
                                                   reductionPercent: try Self.number("wu2023.contact.agc-thickness-reduction", "%"))
        #expect(l.isApproximatelyEqual(to: 2.015, absoluteTolerance: 1e-12))
        #expect(try Wu2023.thicknessAfterReduction(initial: 5, reductionPercent: 0) == 5)
        #expect(try Wu2023.thicknessAfterReduction(initial: 5, reductionPercent: 100) == 0)
        for (l0, p) in [(5.0, 100.1), (5, -1), (0, 10), (.nan, 10), (5, .infinity)] {
            #expect(throws: ArgumentError.self) { try Wu2023.thicknessAfterReduction(initial: l0, reductionPercent: p) }
        }
    }

    /// The gaps (0.1–0.3 µm high) are far thinner than the interlayer, pressed (2.0 µm) or not (5 µm).
    @Test func gapsAreThinnerThanTheInterlayer() throws {
        guard case let .range(_, highest) = try Shared.catalog.get().record("wu2023.contact.gap-height").value else {
            Issue.record("expected a range"); return
        }
        #expect(highest < (try Wu2023.CriterionInputs(catalog: try Shared.catalog.get()).pressedThickness))
    }

    /// j·R_int at 0.8 mA cm⁻²: 0.464 mV with Ag–C, 5.272 mV without; both under the 10 mV bound.
    @Test func ohmicDropIsUnderTheThreeElectrodeBound() throws {
        let j = try Self.number("wu2023.three-electrode.current-density-0-5c", "mA cm^-2")
        let (relation, bound) = try Shared.catalog.get().bound("wu2023.three-electrode.li-anode-potential-bound", in: "mV")
        #expect(relation == .lessThan)
        let with = try Wu2023.interfacialOverpotential(currentDensity: j, areaSpecificResistance: try Self.number("wu2023.contact.rint-with-interlayer", "Ω cm^2"))
        let without = try Wu2023.interfacialOverpotential(currentDensity: j, areaSpecificResistance: try Self.number("wu2023.contact.rint-without-interlayer", "Ω cm^2"))
        #expect(with.isApproximatelyEqual(to: 0.464, absoluteTolerance: 1e-12))
        #expect(without.isApproximatelyEqual(to: 5.272, absoluteTolerance: 1e-12))
        #expect(with < bound && without < bound)
        #expect(throws: ArgumentError.self) { try Wu2023.interfacialOverpotential(currentDensity: -1, areaSpecificResistance: 1) }
        #expect(try Wu2023.interfacialOverpotential(currentDensity: 0, areaSpecificResistance: 1) == 0)
    }

    // MARK: symmetric cell (Fig. 3b)

    @Test func shortCircuitIsInTheFifthCycle() throws {
        let p = try Wu2023.cyclePosition(atTime: try Self.number("wu2023.symmetric.short-circuit-time", "h"),
                                         platingDuration: try Self.number("wu2023.symmetric.plating-step-duration", "h"),
                                         strippingDuration: try Self.number("wu2023.symmetric.stripping-step-duration", "h"))
        #expect(p.cycle == 5)
        #expect(p.step == .stripping)
        #expect(p.timeIntoStep == 0.5)
        #expect(Wu2023.cycleCategory(p.cycle) == "fifth-cycle")
        #expect(try Shared.catalog.get().record("wu2023.symmetric.short-circuit-cycle").value == .category("fifth-cycle"))
    }

    @Test(arguments: [(0.0, 1, Wu2023.Step.plating), (0.999, 1, .plating), (1, 1, .stripping), (1.999, 1, .stripping),
                      (2, 2, .plating), (8, 5, .plating), (9, 5, .stripping), (10, 6, .plating)] as [(Double, Int, Wu2023.Step)])
    func cycleBoundaries(_ t: Double, _ cycle: Int, _ step: Wu2023.Step) throws {
        let p = try Wu2023.cyclePosition(atTime: t, platingDuration: 1, strippingDuration: 1)
        #expect(p.cycle == cycle && p.step == step)
    }

    @Test func cyclePositionRejectsBadInputs() {
        for (t, a, b) in [(-1.0, 1.0, 1.0), (.nan, 1, 1), (.infinity, 1, 1), (1, 0, 1), (1, 1, -1), (1, .nan, 1), (1e300, 1e-300, 1e-300)] {
            #expect(throws: ArgumentError.self) { try Wu2023.cyclePosition(atTime: t, platingDuration: a, strippingDuration: b) }
        }
    }

    @Test func ordinals() {
        #expect(Wu2023.ordinalWord(1) == "first")
        #expect(Wu2023.ordinalWord(5) == "fifth")
        #expect(Wu2023.ordinalWord(20) == "twentieth")
        #expect(Wu2023.ordinalWord(0) == nil && Wu2023.ordinalWord(21) == nil && Wu2023.ordinalWord(-3) == nil)
    }

    /// Per step 0.16 mAh cm⁻² = 0.776 µm of Li; 9.5 h pass 1.52 mAh cm⁻² in all (7.37 µm of Li
    /// moved back and forth), a fraction of each 30 µm foil.
    @Test func lithiumMovedBeforeTheShort() throws {
        let perStep = try Wu2023.lithiumThickness(arealCapacity: 0.16)
        #expect(perStep.isApproximatelyEqual(to: 0.16 * 4.849080769680474, absoluteTolerance: 1e-12))
        let total = try Wu2023.lithiumThickness(arealCapacity: 0.16 * 9.5)
        #expect(total < (try Self.number("wu2023.symmetric.li-foil-thickness", "µm")))
        #expect(try Wu2023.lithiumThickness(arealCapacity: 0) == 0)
        #expect(throws: ArgumentError.self) { try Wu2023.lithiumThickness(arealCapacity: -1) }
    }

    // MARK: full cell (Fig. 5)

    /// NMC loading 1.39 / 174.02 = 7.9876 mg cm⁻², 1C = 1.5975 mA cm⁻² (printed 1.6).
    @Test func loadingAndOneC() throws {
        let cell = try Wu2023.CellInputs(catalog: try Shared.catalog.get())
        #expect(cell.activeMaterialLoading.isApproximatelyEqual(to: 7.987587633605332, absoluteTolerance: 1e-12))
        let m = try Wu2023.activeMaterialLoading(arealCapacity: cell.arealCapacity, specificCapacity: cell.specificCapacity)
        let oneC = try Wu2023.oneCCurrentDensity(specificCurrentOfOneC: cell.specificCurrentOfOneC, activeMaterialLoading: m)
        #expect(oneC.isApproximatelyEqual(to: cell.oneCCurrentDensity, absoluteTolerance: 1e-15))
        #expect(try Wu2023.currentDensity(cRate: 0.5, oneC: oneC).isApproximatelyEqual(to: 0.7987587633605332, absoluteTolerance: 1e-15))
        #expect(throws: ArgumentError.self) { try Wu2023.activeMaterialLoading(arealCapacity: 1.39, specificCapacity: 0) }
        #expect(throws: ArgumentError.self) { try Wu2023.oneCCurrentDensity(specificCurrentOfOneC: .infinity, activeMaterialLoading: 8) }
        #expect(throws: ArgumentError.self) { try Wu2023.currentDensity(cRate: -0.1, oneC: 1.6) }
    }

    /// 514.3 Wh L⁻¹ over 100 µm with 1.39 mAh cm⁻² implies V̄ = 3.7000 V (Python: 3.7), inside
    /// the 2.6–4.25 V window; the paper does not state V̄, so no reference output is given.
    @Test func energyDensityImpliesNominalVoltage() throws {
        let e = try Self.number("wu2023.full-cell.energy-density", "Wh L^-1")
        let q = try Self.number("wu2023.cell.areal-capacity-0-1c", "mAh cm^-2")
        let l = try Self.number("wu2023.full-cell.stack-thickness", "µm")
        let v = try Wu2023.impliedAverageVoltage(energyDensity: e, arealCapacity: q, stackThickness: l)
        #expect(v.isApproximatelyEqual(to: 3.7, absoluteTolerance: 1e-12))
        guard case let .range(lo, hi) = try Shared.catalog.get().record("wu2023.full-cell.voltage-window").value else {
            Issue.record("expected a range"); return
        }
        #expect(v > lo && v < hi)
        #expect(try Wu2023.volumetricEnergyDensity(arealCapacity: q, averageVoltage: v, stackThickness: l).isApproximatelyEqual(to: e, absoluteTolerance: 1e-9))
        #expect(throws: ArgumentError.self) { try Wu2023.volumetricEnergyDensity(arealCapacity: q, averageVoltage: 3.7, stackThickness: 0) }
        #expect(throws: ArgumentError.self) { try Wu2023.impliedAverageVoltage(energyDensity: .nan, arealCapacity: q, stackThickness: l) }
    }

    /// 250.6 Wh kg⁻¹ with 514.3 Wh L⁻¹ over 100 µm implies 20.5227 mg cm⁻² (2.0523 g cm⁻³).
    @Test func specificEnergyImpliesStackMass() throws {
        let m = try Wu2023.impliedArealMass(specificEnergy: try Self.number("wu2023.full-cell.specific-energy", "Wh kg^-1"),
                                            energyDensity: try Self.number("wu2023.full-cell.energy-density", "Wh L^-1"),
                                            stackThickness: try Self.number("wu2023.full-cell.stack-thickness", "µm"))
        #expect(m.isApproximatelyEqual(to: 20.522745411013567, absoluteTolerance: 1e-10))
        // Mean density in g cm⁻³: mg cm⁻² / (100 µm = 0.01 cm) / 1000.
        #expect((m / 0.01 / 1000).isApproximatelyEqual(to: 2.0522745411013568, absoluteTolerance: 1e-12))
        #expect(throws: ArgumentError.self) { try Wu2023.impliedArealMass(specificEnergy: 0, energyDensity: 514.3, stackThickness: 100) }
    }

    /// 80.2 % over 500 cycles = 0.999559 per cycle; 0.9997^500 = 0.8607 > 0.802.
    @Test func retentionAndCoulombicEfficiency() throws {
        let retention = try Self.number("wu2023.cycling.capacity-retention", "1")
        let cycles = try Self.number("wu2023.cycling.cycle-count", "1")
        let ce = try Self.number("wu2023.cycling.average-coulombic-efficiency", "1")
        let perCycle = try Wu2023.retentionPerCycle(totalRetention: retention, cycles: cycles)
        #expect(perCycle.isApproximatelyEqual(to: 0.9995588040133544, absoluteTolerance: 1e-13))
        let compounded = try Wu2023.compoundedCoulombicEfficiency(ce, cycles: cycles)
        #expect(compounded.isApproximatelyEqual(to: 0.8606886068394971, absoluteTolerance: 1e-12))
        #expect(compounded > retention)
        #expect(1 - perCycle > 1 - ce)   // fade per cycle exceeds the Coulombic loss per cycle
        #expect(try Wu2023.compoundedCoulombicEfficiency(ce, cycles: 0) == 1)
        for (r, n) in [(0.0, 500.0), (1.1, 500), (0.8, 0.5), (.nan, 500), (0.8, .infinity)] {
            #expect(throws: ArgumentError.self) { try Wu2023.retentionPerCycle(totalRetention: r, cycles: n) }
        }
        #expect(throws: ArgumentError.self) { try Wu2023.compoundedCoulombicEfficiency(1.2, cycles: 10) }
        #expect(throws: ArgumentError.self) { try Wu2023.compoundedCoulombicEfficiency(0.99, cycles: -1) }
    }

    // MARK: rate-capability figure data (Fig. 5b)

    @Test func rateCapabilityData() throws {
        let catalog = try Shared.catalog.get()
        let points = try Wu2023.rateCapability(catalog: catalog, interlayer: .agC)
        #expect(points.map(\.cRate) == [0.1, 0.2, 0.33, 0.5])
        #expect(points.map(\.specificCapacity) == [174.0, 149.4, 130.5, 113.4])
        // Python: relative capacities 149.4/174, 130.5/174, 113.4/174; currents n·1.5975175267210664.
        let relative = [1, 0.8586206896551725, 0.75, 0.6517241379310346]
        #expect(points.count == relative.count)
        for (p, r) in zip(points, relative) { #expect(p.relativeToLowestRate.isApproximatelyEqual(to: r, absoluteTolerance: 1e-12)) }
        try #require(points.count > 3)
        #expect(points[3].currentDensity.isApproximatelyEqual(to: 0.7987587633605332, absoluteTolerance: 1e-12))
        #expect(points[0].arealCapacity.isApproximatelyEqual(to: 174.0 * 7.987587633605332e-3, absoluteTolerance: 1e-12))
        for p in points {
            #expect(try catalog.number(p.capacityID, in: "mAh g^-1") == p.specificCapacity)
            #expect(try catalog.number(p.cRateID, in: "1") == p.cRate)
        }
        // Capacity falls as the rate rises.
        #expect(zip(points, points.dropFirst()).allSatisfy { $1.specificCapacity < $0.specificCapacity })
        // The paper prints no carbon-only rate test.
        #expect(try Wu2023.rateCapability(catalog: catalog, interlayer: .carbonOnly).isEmpty)
    }
}
