import Testing
import GoldenRecords
@testable import ReferenceModels

/// Eqns (2)–(3), the Li atomic volume and the creep number of Park 2022.
/// Pinned numbers were recomputed independently with NumPy (the script in
/// docs/park2022-coble-creep.md), not copied from the Swift output.
@Suite("Park 2022 Coble creep")
struct Park2022CreepTests {
    static let k = Park2022.Constants(surfaceDiffusivityPrefactor: 0.014e-4, activationCoefficient: 6.54)

    @Test func atomicVolumeFromMolarMassAndDensity() {
        // 6.94 g/mol / (0.534 g/cm³ · N_A) = 2.1580788626e-29 m³ (NumPy).
        #expect(Self.k.lithiumAtomicVolume.isApproximatelyEqual(to: 2.1580788626e-29, absoluteTolerance: 0, relativeTolerance: 1e-9))
        #expect(Self.k.lithiumMolarVolume.isApproximatelyEqual(to: 1.2996254682e-05, absoluteTolerance: 0, relativeTolerance: 1e-9))
        #expect(Park2022.atomicVolume(molarMass: 0, density: 534).isNaN)
        #expect(Park2022.atomicVolume(molarMass: 6.94e-3, density: -1).isNaN)
        #expect(Park2022.atomicVolume(molarMass: .nan, density: 534).isNaN)
        #expect(Park2022.atomicVolume(molarMass: 6.94e-3, density: .infinity).isNaN)
    }

    @Test func constantsReadTheEquation3NumbersFromTheGoldenRecords() throws {
        let k = try Park2022.Constants(catalog: Shared.catalog.get())
        // 0.014 cm² s⁻¹ (unit assumed) = 1.4e-6 m² s⁻¹.
        #expect(k.surfaceDiffusivityPrefactor.isApproximatelyEqual(to: 1.4e-6, absoluteTolerance: 0, relativeTolerance: 1e-12))
        #expect(k.activationCoefficient == 6.54)
    }

    @Test func surfaceDiffusivityEquation3() {
        // 1.4e-6 · exp(−6.54 · 453.69 / 333.15) = 1.8974603718e-10 m² s⁻¹ (NumPy).
        let ds = Park2022.surfaceDiffusivity(temperature: 333.15, meltingPoint: 453.69, prefactor: 1.4e-6, coefficient: 6.54)
        #expect(ds.isApproximatelyEqual(to: 1.8974603718e-10, absoluteTolerance: 0, relativeTolerance: 1e-9))
        // Increasing in T; T → ∞ gives the prefactor.
        let temperatures = stride(from: 250.0, through: 450, by: 10).map {
            Park2022.surfaceDiffusivity(temperature: $0, meltingPoint: 453.69, prefactor: 1.4e-6, coefficient: 6.54)
        }
        #expect(zip(temperatures, temperatures.dropFirst()).allSatisfy { $0 < $1 })
        #expect(Park2022.surfaceDiffusivity(temperature: .infinity, meltingPoint: 453.69, prefactor: 1.4e-6, coefficient: 6.54) == 1.4e-6)
    }

    @Test func surfaceDiffusivityRejectsBadInputs() {
        let f = { (t: Double, tm: Double, d0: Double) in Park2022.surfaceDiffusivity(temperature: t, meltingPoint: tm, prefactor: d0, coefficient: 6.54) }
        #expect(f(0, 453.69, 1.4e-6).isNaN)
        #expect(f(-300, 453.69, 1.4e-6).isNaN)
        #expect(f(.nan, 453.69, 1.4e-6).isNaN)
        #expect(f(300, 0, 1.4e-6).isNaN)
        #expect(f(300, .infinity, 1.4e-6).isNaN)
        #expect(f(300, 453.69, -1).isNaN)
        #expect(f(300, 453.69, 0) == 0)
    }

    @Test func cobleStrainRateEquation2() {
        // CS3 at 60 °C, 5 MPa: 1.1315474095e+04 s⁻¹ (NumPy).
        let c = Park2022.Conditions(poreDiameter: 30.9, temperature: 333.15, stackPressure: 5, currentDensity: 0.5, interlayerThickness: 5)
        #expect(Park2022.cobleStrainRate(c, constants: Self.k).isApproximatelyEqual(to: 1.1315474095e4, absoluteTolerance: 0, relativeTolerance: 1e-9))
        // 1/D³ and linear in σ and in the mobility factor.
        var half = c
        half.poreDiameter /= 2
        #expect((Park2022.cobleStrainRate(half, constants: Self.k) / Park2022.cobleStrainRate(c, constants: Self.k)).isApproximatelyEqual(to: 8, absoluteTolerance: 1e-9))
        var tenfold = c
        tenfold.stackPressure *= 10
        tenfold.surfaceMobility = 3
        #expect((Park2022.cobleStrainRate(tenfold, constants: Self.k) / Park2022.cobleStrainRate(c, constants: Self.k)).isApproximatelyEqual(to: 30, absoluteTolerance: 1e-9))
    }

    @Test func cobleStrainRateEdgeCases() {
        let f = { (d: Double, t: Double, s: Double) in
            Park2022.cobleStrainRate(cobleConstant: 150, surfaceLayerThickness: 5e-10, surfaceDiffusivity: 1e-10, atomicVolume: 2e-29,
                                     stress: s, grainDiameter: d, temperature: t)
        }
        #expect(f(0, 300, 5e6).isNaN)
        #expect(f(-1e-8, 300, 5e6).isNaN)
        #expect(f(.nan, 300, 5e6).isNaN)
        #expect(f(.infinity, 300, 5e6) == 0)
        #expect(f(3e-8, 0, 5e6).isNaN)
        #expect(f(3e-8, .infinity, 5e6).isNaN)
        #expect(f(3e-8, 300, 0) == 0)
        #expect(f(3e-8, 300, -5e6) == -f(3e-8, 300, 5e6))
        #expect(f(3e-8, 300, .infinity).isNaN)
        #expect(Park2022.cobleStrainRate(cobleConstant: -1, surfaceLayerThickness: 5e-10, surfaceDiffusivity: 1e-10, atomicVolume: 2e-29,
                                         stress: 5e6, grainDiameter: 3e-8, temperature: 300).isNaN)
    }

    @Test func requiredStrainRate() {
        // 0.5 mA cm⁻² = 5 A m⁻², V_m = 1.2996e-5 m³ mol⁻¹, L = 5 µm: 1.3469668804e-04 s⁻¹ (NumPy).
        let r = Park2022.requiredStrainRate(currentDensity: 5, molarVolume: Self.k.lithiumMolarVolume, interlayerThickness: 5e-6)
        #expect(r.isApproximatelyEqual(to: 1.3469668804e-4, absoluteTolerance: 0, relativeTolerance: 1e-9))
        #expect(Park2022.requiredStrainRate(currentDensity: 0, molarVolume: 1.3e-5, interlayerThickness: 5e-6) == 0)
        #expect(Park2022.requiredStrainRate(currentDensity: -1, molarVolume: 1.3e-5, interlayerThickness: 5e-6).isNaN)
        #expect(Park2022.requiredStrainRate(currentDensity: 5, molarVolume: 1.3e-5, interlayerThickness: 0).isNaN)
        #expect(Park2022.requiredStrainRate(currentDensity: .infinity, molarVolume: 1.3e-5, interlayerThickness: 5e-6).isNaN)
    }

    struct NPin: Sendable, CustomTestStringConvertible {
        let label: String
        let pore: Double
        let temperature: Double
        /// NumPy (script in docs/park2022-coble-creep.md).
        let n: Double
        var testDescription: String { label }
    }

    static let creepNumbers: [NPin] = [
        NPin(label: "CS1 60 °C", pore: 433.3, temperature: 333.15, n: 3.0466685436e+04),
        NPin(label: "CS2 60 °C", pore: 104.7, temperature: 333.15, n: 2.1594901658e+06),
        NPin(label: "CS3 60 °C", pore: 30.9, temperature: 333.15, n: 8.4007069951e+07),
        NPin(label: "CS3 45 °C", pore: 30.9, temperature: 318.15, n: 5.7804150861e+07),
        NPin(label: "CS3 30 °C", pore: 30.9, temperature: 303.15, n: 3.8240336241e+07),
    ]

    @Test(arguments: creepNumbers)
    func creepNumberIsPinned(_ pin: NPin) {
        let c = Park2022.Conditions(poreDiameter: pin.pore, temperature: pin.temperature, stackPressure: 5, currentDensity: 0.5, interlayerThickness: 5)
        #expect(Park2022.creepNumber(c, constants: Self.k).isApproximatelyEqual(to: pin.n, absoluteTolerance: 0, relativeTolerance: 1e-9))
    }

    /// The absolute creep numbers are far above 1 for every interlayer of the paper: an absolute
    /// Coble estimate with the sourced constants cannot tell the cases apart; only the calibrated
    /// thresholds do. This pins that finding so that it is not lost if the constants change.
    @Test func absoluteCreepNumbersAreAllFarAboveOne() {
        for pin in Self.creepNumbers {
            let c = Park2022.Conditions(poreDiameter: pin.pore, temperature: pin.temperature, stackPressure: 5, currentDensity: 0.5, interlayerThickness: 5)
            #expect(Park2022.creepNumber(c, constants: Self.k) > 1e4)
        }
    }

    @Test func creepNumberEdgeCases() {
        let base = Park2022.Conditions(poreDiameter: 30.9, temperature: 333.15, stackPressure: 5, currentDensity: 0.5, interlayerThickness: 5)
        func n(_ change: (inout Park2022.Conditions) -> Void) -> Double {
            var c = base
            change(&c)
            return Park2022.creepNumber(c, constants: Self.k)
        }
        #expect(n { $0.currentDensity = 0 } == .infinity)
        #expect(n { $0.stackPressure = 0 } == 0)
        #expect(n { $0.stackPressure = -5 }.isNaN)
        #expect(n { $0.surfaceMobility = -1 }.isNaN)
        #expect(n { $0.surfaceMobility = 0 } == 0)
        #expect(n { $0.poreDiameter = 0 }.isNaN)
        #expect(n { $0.poreDiameter = .nan }.isNaN)
        #expect(n { $0.temperature = -1 }.isNaN)
        #expect(n { $0.interlayerThickness = 0 }.isNaN)
        #expect(n { $0.currentDensity = -0.5 }.isNaN)
        #expect(n { $0.currentDensity = .infinity }.isNaN)
    }

    @Test func homologousTemperature() {
        #expect(Park2022.homologousTemperature(temperature: 298.15, meltingPoint: 453.69).isApproximatelyEqual(to: 0.65716679, absoluteTolerance: 1e-8))
        #expect(Park2022.homologousTemperature(temperature: 298.15, meltingPoint: 505).isApproximatelyEqual(to: 0.59039604, absoluteTolerance: 1e-8))
        #expect(Park2022.homologousTemperature(temperature: 0, meltingPoint: 505) == 0)
        #expect(Park2022.homologousTemperature(temperature: -1, meltingPoint: 505).isNaN)
        #expect(Park2022.homologousTemperature(temperature: 300, meltingPoint: 0).isNaN)
        #expect(Park2022.homologousTemperature(temperature: .nan, meltingPoint: 505).isNaN)
        #expect(Park2022.homologousTemperature(temperature: 300, meltingPoint: .infinity).isNaN)
    }
}
