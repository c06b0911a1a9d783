import Testing
import GoldenRecords
@testable import ReferenceModels

/// The arithmetic the paper relies on, and its verbal claims checked against the numbers. Pins are
/// from an independent Python evaluation (/tmp pins script, values quoted in the comments).
@Suite("Jun 2024 cell arithmetic")
struct Jun2024ArithmeticTests {
    static func n(_ id: String, _ unit: String) throws -> Double { try Shared.catalog.get().number(id, in: unit) }

    // MARK: prelithiation

    @Test func prelithiationLithium() throws {
        let t = try Jun2024.prelithiationThickness(catalog: Shared.catalog.get())
        #expect(t == 2500) // 2 nm s⁻¹ × 1250 s
        let li = Jun2024.lithiumPerArea(thickness: t)
        #expect(li.isApproximatelyEqual(to: 1.9236311239e-05, absoluteTolerance: 1e-15))
        // 19.236 µmol cm⁻² × 96485.33 C mol⁻¹ / 3.6 = 0.51556 mAh cm⁻²: 13.5 % of 3840 mAh g⁻¹ × 0.995 mg cm⁻².
        #expect(Jun2024.arealCapacity(lithiumPerArea: li).isApproximatelyEqual(to: 0.5155616330, absoluteTolerance: 1e-9))
        #expect(Jun2024.lithiumToSiliconRatio(lithiumPerArea: li, siliconLoading: 0.94).isApproximatelyEqual(to: 0.5747359587, absoluteTolerance: 1e-9))
        #expect(Jun2024.lithiumToSiliconRatio(lithiumPerArea: li, siliconLoading: 1.05).isApproximatelyEqual(to: 0.5145255249, absoluteTolerance: 1e-9))
        // The loading that would give the printed x = 1.1: 0.491 mg cm⁻² of Si (0.70 mg cm⁻² of composite).
        let loading = Jun2024.siliconLoading(lithiumPerArea: li, forRatio: try Self.n("jun2024.prelithiation.x-in-lixsi", "1"))
        #expect(loading.isApproximatelyEqual(to: 0.4911380010, absoluteTolerance: 1e-9))
        #expect(loading < 0.94 / 1.9)
        // Round trip.
        #expect(Jun2024.lithiumToSiliconRatio(lithiumPerArea: li, siliconLoading: loading).isApproximatelyEqual(to: 1.1, absoluteTolerance: 1e-12))
    }

    @Test func prelithiationEdgeCases() {
        #expect(Jun2024.depositedThickness(rate: 2, time: 0) == 0)
        #expect(Jun2024.depositedThickness(rate: -2, time: 10).isNaN)
        #expect(Jun2024.depositedThickness(rate: .nan, time: 10).isNaN)
        #expect(Jun2024.depositedThickness(rate: 2, time: .infinity).isNaN)
        #expect(Jun2024.lithiumPerArea(thickness: -1).isNaN)
        #expect(Jun2024.lithiumPerArea(thickness: 0) == 0)
        #expect(Jun2024.lithiumToSiliconRatio(lithiumPerArea: 1e-5, siliconLoading: 0).isNaN)
        #expect(Jun2024.lithiumToSiliconRatio(lithiumPerArea: 1e-5, siliconLoading: -1).isNaN)
        #expect(Jun2024.lithiumToSiliconRatio(lithiumPerArea: -1e-5, siliconLoading: 1).isNaN)
        #expect(Jun2024.siliconLoading(lithiumPerArea: 1e-5, forRatio: 0).isNaN)
        #expect(Jun2024.impliedDepositionRate(thickness: 40, time: 0).isNaN)
        #expect(Jun2024.interlayerArealCapacity(silverThickness: -40).isNaN)
        #expect(Jun2024.interlayerArealCapacity(silverThickness: .nan).isNaN)
    }

    /// 40 nm in 80 s: 0.5 nm s⁻¹. 40 nm Ag → Li9Ag4 stores 0.02348 mAh cm⁻², 2.7 % of the
    /// (2430 − 1560) mAh g⁻¹ × 0.995 mg cm⁻² = 0.866 mAh cm⁻² the interlayer adds at 15 MPa.
    @Test func silverInterlayer() throws {
        let t = try Self.n("jun2024.sputtering.ag-thickness", "nm")
        #expect(Jun2024.impliedDepositionRate(thickness: t, time: try Self.n("jun2024.sputtering.time", "s")) == 0.5)
        let q = Jun2024.interlayerArealCapacity(silverThickness: t)
        #expect(q.isApproximatelyEqual(to: 0.0234799502, absoluteTolerance: 1e-9))
        let gain = (try Self.n("jun2024.capacity.ag-15mpa-discharge", "mAh g^-1") - Self.n("jun2024.capacity.bare-15mpa-discharge", "mAh g^-1"))
            * (try Jun2024.siliconLoading(catalog: Shared.catalog.get())) / 1000
        #expect(gain.isApproximatelyEqual(to: 0.86565, absoluteTolerance: 1e-9))
        #expect(q / gain < 0.03)
    }

    // MARK: C-rates and cell balance

    @Test func currentDensities() throws {
        // Caption: 0.73 × 0.05/0.2 = 0.1825 → printed 0.18. Text: 0.74 × 0.25 = 0.185 (at the edge of 0.18 ± 0.005).
        let lim = Jun2024.currentDensity(atCRate: 0.05, referenceCRate: 0.2, referenceCurrentDensity: try Self.n("jun2024.half-cell.current-density-caption", "mA cm^-2"))
        #expect(lim.isApproximatelyEqual(to: 0.1825, absoluteTolerance: 1e-12))
        #expect(Jun2024.currentDensity(atCRate: 0.05, referenceCRate: 0.2, referenceCurrentDensity: 0.74).isApproximatelyEqual(to: 0.185, absoluteTolerance: 1e-12))
        // Full cell: 0.44 / (0.2 × 11) → 1C = 200 mA g⁻¹ of NCM.
        let oneC = Jun2024.impliedOneCSpecificCurrent(currentDensity: try Self.n("jun2024.full-cell.current-density", "mA cm^-2"),
                                                      cRate: try Self.n("jun2024.full-cell.c-rate", "1"), loading: try Self.n("jun2024.loading.ncm", "mg cm^-2"))
        #expect(oneC.isApproximatelyEqual(to: 200, absoluteTolerance: 1e-9))
        // Half cell with the Si loading range: 3.52–3.94 A g⁻¹ of Si; as composite mass it would be 5.03–5.62 A g⁻¹.
        let hi = Jun2024.impliedOneCSpecificCurrent(currentDensity: 0.74, cRate: 0.2, loading: 0.94)
        let lo = Jun2024.impliedOneCSpecificCurrent(currentDensity: 0.74, cRate: 0.2, loading: 1.05)
        #expect(hi.isApproximatelyEqual(to: 3936.1702128, absoluteTolerance: 1e-6))
        #expect(lo.isApproximatelyEqual(to: 3523.8095238, absoluteTolerance: 1e-6))
        #expect(Jun2024.impliedOneCSpecificCurrent(currentDensity: 0.74, cRate: 0.2, loading: 0.7 * 1.05).isApproximatelyEqual(to: 5034.0136054, absoluteTolerance: 1e-6))
        // The measured charge capacity 3840 mAh g⁻¹ lies inside the implied 1C range.
        #expect(lo < 3840 && 3840 < hi)
        #expect(Jun2024.currentDensity(atCRate: 0.05, referenceCRate: 0, referenceCurrentDensity: 0.73).isNaN)
        #expect(Jun2024.impliedOneCSpecificCurrent(currentDensity: 0.44, cRate: 0.2, loading: 0).isNaN)
        #expect(Jun2024.impliedOneCSpecificCurrent(currentDensity: -0.44, cRate: 0.2, loading: 11).isNaN)
    }

    /// "≈65 %" cannot be checked (the NCM half-cell capacity is only in Figure S17). It implies an
    /// NCM charge capacity of 213.3–238.3 mAh g⁻¹; the full-cell first charges (201, 186) use 50.7–61.3 %.
    @Test func fullCellBalance() throws {
        let qSi = try Self.n("jun2024.capacity.optimized-15mpa-initial-charge", "mAh g^-1")
        let ncm = try Self.n("jun2024.loading.ncm", "mg cm^-2")
        let design = try Self.n("jun2024.full-cell.si-utilization-design", "1")
        #expect(Jun2024.cathodeCapacity(forUtilization: design, anodeCapacity: qSi, anodeLoading: 0.94, cathodeLoading: ncm).isApproximatelyEqual(to: 213.2945454545, absoluteTolerance: 1e-6))
        #expect(Jun2024.cathodeCapacity(forUtilization: design, anodeCapacity: qSi, anodeLoading: 1.05, cathodeLoading: ncm).isApproximatelyEqual(to: 238.2545454545, absoluteTolerance: 1e-6))
        #expect(Jun2024.siUtilization(cathodeCapacity: 201, cathodeLoading: ncm, anodeCapacity: qSi, anodeLoading: 0.995).isApproximatelyEqual(to: 0.5786746231, absoluteTolerance: 1e-9))
        for charge in [201.0, 186.0] {
            for loading in [0.94, 0.995, 1.05] {
                #expect(Jun2024.siUtilization(cathodeCapacity: charge, cathodeLoading: ncm, anodeCapacity: qSi, anodeLoading: loading) < design)
            }
        }
        #expect(Jun2024.siUtilization(cathodeCapacity: 201, cathodeLoading: 11, anodeCapacity: 0, anodeLoading: 1).isNaN)
        #expect(Jun2024.cathodeCapacity(forUtilization: 0.65, anodeCapacity: 3840, anodeLoading: 1, cathodeLoading: 0).isNaN)
    }

    // MARK: claims

    /// "approximately doubling from 1560 to 2430": ×1.558, +56 %, closer to ×1.5 than to ×2.
    @Test func approximatelyDoublingIsOverstated() throws {
        let r = Jun2024.ratio(try Self.n("jun2024.capacity.ag-15mpa-discharge", "mAh g^-1"), to: try Self.n("jun2024.capacity.bare-15mpa-discharge", "mAh g^-1"))
        #expect(r.isApproximatelyEqual(to: 1.5576923077, absoluteTolerance: 1e-9))
        #expect((r - 1.5).magnitude < (r - 2).magnitude)
        guard case .category("approximately-doubling") = try Shared.catalog.get().record("jun2024.claim.ag-vs-bare-15mpa-doubling").value else {
            Issue.record("claim record changed"); return
        }
    }

    /// The Ag gain shrinks in full cells (151/119 = 1.269) and after prelithiation (1860/1480 = 1.257)
    /// compared with half cells without prelithiation (1.558). Full-cell ICE: 75.1 % vs 64.0 %.
    @Test func capacityRatios() throws {
        #expect(Jun2024.ratio(151, to: 119).isApproximatelyEqual(to: 1.2689075630, absoluteTolerance: 1e-9))
        #expect(Jun2024.ratio(1860, to: 1480).isApproximatelyEqual(to: 1.2567567568, absoluteTolerance: 1e-9))
        #expect(Jun2024.ratio(try Self.n("jun2024.capacity.full-cell-ag-discharge", "mAh g^-1"), to: try Self.n("jun2024.capacity.full-cell-ag-charge", "mAh g^-1"))
            .isApproximatelyEqual(to: 0.7512437811, absoluteTolerance: 1e-9))
        #expect(Jun2024.ratio(119, to: 186).isApproximatelyEqual(to: 0.6397849462, absoluteTolerance: 1e-9))
        // "only a slight difference" (201 vs 186) is +8.06 %: the scale used for "insignificant".
        #expect(Jun2024.ratio(201, to: 186).isApproximatelyEqual(to: 1.0806451613, absoluteTolerance: 1e-9))
        #expect(Jun2024.ratio(1, to: 0).isNaN)
        #expect(Jun2024.ratio(-1, to: 2).isNaN)
    }

    /// "capacity retention … substantially improved through prelithiation": true for retention, but
    /// for Ag-coated Si the capacity left after 100 cycles falls (1409.4 → 1246.2 mAh g⁻¹); for bare
    /// Si it rises (764.4 → 1036.0). Full cells: 119 × 42 % = 49.98, 151 × 64 % = 96.64,
    /// PreLi-Ag-Si 146 × 73 % = 106.58 (100 cycles) and 146 × 59 % = 86.14 (200 cycles).
    @Test func retentionClaimsInCapacity() throws {
        func after(_ q: String, _ r: String) throws -> Double {
            Jun2024.capacityAfterCycles(initialCapacity: try Self.n(q, "mAh g^-1"), retentionPercent: try Self.n(r, "%"))
        }
        let ag = try after("jun2024.capacity.ag-15mpa-discharge", "jun2024.retention.half-cell-ag-100-cycles")
        let preAg = try after("jun2024.capacity.preli-ag-15mpa-discharge", "jun2024.retention.half-cell-preli-ag-100-cycles")
        let bare = try after("jun2024.capacity.bare-15mpa-discharge", "jun2024.retention.half-cell-bare-100-cycles")
        let preBare = try after("jun2024.capacity.preli-bare-15mpa-discharge", "jun2024.retention.half-cell-preli-bare-100-cycles")
        #expect(ag.isApproximatelyEqual(to: 1409.4, absoluteTolerance: 1e-9))
        #expect(preAg.isApproximatelyEqual(to: 1246.2, absoluteTolerance: 1e-9))
        #expect(bare.isApproximatelyEqual(to: 764.4, absoluteTolerance: 1e-9))
        #expect(preBare.isApproximatelyEqual(to: 1036.0, absoluteTolerance: 1e-9))
        #expect(preAg < ag)
        #expect(preBare > bare)
        #expect(try after("jun2024.capacity.full-cell-bare-discharge", "jun2024.retention.full-cell-bare-100-cycles").isApproximatelyEqual(to: 49.98, absoluteTolerance: 1e-9))
        #expect(try after("jun2024.capacity.full-cell-ag-discharge", "jun2024.retention.full-cell-ag-100-cycles").isApproximatelyEqual(to: 96.64, absoluteTolerance: 1e-9))
        #expect(try after("jun2024.capacity.full-cell-preli-ag-discharge", "jun2024.retention.full-cell-preli-ag-100-cycles").isApproximatelyEqual(to: 106.58, absoluteTolerance: 1e-9))
        #expect(try after("jun2024.capacity.full-cell-preli-ag-discharge", "jun2024.retention.full-cell-preli-ag-200-cycles").isApproximatelyEqual(to: 86.14, absoluteTolerance: 1e-9))
        #expect(Jun2024.capacityAfterCycles(initialCapacity: -1, retentionPercent: 50).isNaN)
        #expect(Jun2024.capacityAfterCycles(initialCapacity: 100, retentionPercent: .nan).isNaN)
    }

    // MARK: the "240% increase"

    /// ×3.4 ("by") needs ≥ 346.0 % Si expansion even with the Si fraction bounded above (0.6936),
    /// more than the ≈290 % of fully lithiated Si; ×2.4 ("to") needs ≥ 201.8 %.
    @Test func thicknessReadings() throws {
        let p = try Self.n("jun2024.thickness.lithiation-increase", "%")
        #expect(Jun2024.thicknessFactor(percent: p, reading: .increaseBy).isApproximatelyEqual(to: 3.4, absoluteTolerance: 1e-12))
        #expect(Jun2024.thicknessFactor(percent: p, reading: .increaseTo).isApproximatelyEqual(to: 2.4, absoluteTolerance: 1e-12))
        let f = Jun2024.siliconVolumeFraction(siliconMassFraction: try Self.n("jun2024.composition.optimized-si", "1"),
                                              otherMassFraction: 2 * (try Self.n("jun2024.composition.optimized-cnt", "1")))
        #expect(f.isApproximatelyEqual(to: 0.6936466874, absoluteTolerance: 1e-9))
        let by = Jun2024.requiredSiliconVolumeExpansionPercent(thicknessFactor: 3.4, siliconVolumeFraction: f)
        let to = Jun2024.requiredSiliconVolumeExpansionPercent(thicknessFactor: 2.4, siliconVolumeFraction: f)
        #expect(by.isApproximatelyEqual(to: 345.9974715550, absoluteTolerance: 1e-6))
        #expect(to.isApproximatelyEqual(to: 201.8318584071, absoluteTolerance: 1e-6))
        #expect(by > Jun2024.Constants.fullLithiationSiVolumeExpansionPercent)
        #expect(to < Jun2024.Constants.fullLithiationSiVolumeExpansionPercent)
        #expect(Jun2024.thicknessFactor(percent: -1, reading: .increaseBy).isNaN)
        #expect(Jun2024.requiredSiliconVolumeExpansionPercent(thicknessFactor: 0.9, siliconVolumeFraction: 0.5).isNaN)
        #expect(Jun2024.requiredSiliconVolumeExpansionPercent(thicknessFactor: 2, siliconVolumeFraction: 0).isNaN)
        #expect(Jun2024.siliconVolumeFraction(siliconMassFraction: 0.7, otherMassFraction: 0.3, otherDensity: 0).isNaN)
        #expect(Jun2024.siliconVolumeFraction(siliconMassFraction: 0, otherMassFraction: 0).isNaN)
    }

    // MARK: categorical helpers

    @Test func observationHelpers() {
        #expect(Jun2024.shiftDirection(from: 368.3, to: 366.9) == .negative)
        #expect(Jun2024.shiftDirection(from: 366.9, to: 367.2) == .positive)
        #expect(Jun2024.shiftDirection(from: 1, to: 1) == .none)
        #expect(Jun2024.shiftDirection(from: .nan, to: 1) == .none)
        #expect(Jun2024.silverState(pristinePeak: 368.3, peak: 367.2) == .lithiated)
        #expect(Jun2024.silverState(pristinePeak: 368.3, peak: 368.3) == .metallic)
        #expect(Jun2024.silverState(pristinePeak: 368.3, peak: .nan) == .metallic)
        #expect(Jun2024.deformability(displacement: 572, referenceDisplacement: 335) == .increased)
        #expect(Jun2024.deformability(displacement: 300, referenceDisplacement: 335) == .decreased)
        #expect(Jun2024.deformability(displacement: .nan, referenceDisplacement: 335) == .unchanged)
        #expect(Jun2024.compare([4.3, 0.38], with: [8.1, 0.9]) == .lower)
        #expect(Jun2024.compare([34.1, 0.81], with: [4.3, 0.38]) == .higher)
        #expect(Jun2024.compare([4.3, 1.0], with: [8.1, 0.9]) == .mixed)
        #expect(Jun2024.compare([], with: []) == .mixed)
        #expect(Jun2024.compare([1], with: [1, 2]) == .mixed)
    }
}
