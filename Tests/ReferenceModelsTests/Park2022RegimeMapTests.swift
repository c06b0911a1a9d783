import Foundation
import Testing
import GoldenRecords
@testable import ReferenceModels

/// The data behind the regime-map figure (pore diameter 10 nm–1 µm × 270–370 K).
@Suite("Park 2022 regime map")
struct Park2022RegimeMapTests {
    static let figure = Result { try Park2022.RegimeMap.figure(catalog: Shared.catalog.get()) }

    @Test func axes() throws {
        let d = Park2022.RegimeMap.poreDiameters()
        #expect(d.count == 81 && d.first == 10)
        let last = try #require(d.last)
        #expect(last.isApproximatelyEqual(to: 1000, absoluteTolerance: 1e-9))
        let ratios = zip(d, d.dropFirst()).map { $1 / $0 }
        let firstRatio = try #require(ratios.first)
        #expect(ratios.allSatisfy { $0.isApproximatelyEqual(to: firstRatio, absoluteTolerance: 1e-12) })
        let t = Park2022.RegimeMap.temperatures()
        #expect(t.count == 51 && t.first == 270 && t.last == 370)
        #expect(Park2022.RegimeMap.poreDiameters(count: 0).isEmpty && Park2022.RegimeMap.poreDiameters(count: 1) == [10])
        #expect(Park2022.RegimeMap.temperatures(count: -3).isEmpty && Park2022.RegimeMap.temperatures(count: 1) == [270])
    }

    @Test func gridMatchesTheRegimeFunction() throws {
        let f = try Self.figure.get()
        try #require(f.grid.count == f.temperatures.count && f.grid.allSatisfy { $0.count == f.poreDiameters.count })
        for (i, row) in f.grid.enumerated() {
            for (j, cell) in row.enumerated() {
                #expect(cell.temperature == f.temperatures[i] && cell.poreDiameter == f.poreDiameters[j])
                #expect(cell.regime == Park2022.RegimeMap.regime(model: f.model, poreDiameter: cell.poreDiameter, temperature: cell.temperature, base: f.base))
            }
        }
        // All three regimes appear on the default map.
        #expect(Set(f.grid.joined().compactMap(\.regime)) == Set(DepositLocation.allCases))
    }

    /// The analytic boundaries (NumPy: at 333.15 K, 212.994155 nm and 37.495887 nm) separate the
    /// regimes: just smaller pores are on the CC-ward side, just larger ones on the SE-ward side.
    @Test func boundariesSeparateTheRegimes() throws {
        let f = try Self.figure.get()
        let se = Park2022.RegimeMap.boundaryPoreDiameter(.seSplit, model: f.model, temperature: 333.15, base: f.base)
        let cc = Park2022.RegimeMap.boundaryPoreDiameter(.splitCC, model: f.model, temperature: 333.15, base: f.base)
        #expect(se.isApproximatelyEqual(to: 212.994155, absoluteTolerance: 1e-5))
        #expect(cc.isApproximatelyEqual(to: 37.495887, absoluteTolerance: 1e-5))
        for (t, d) in f.seSplitBoundary {
            #expect(Park2022.RegimeMap.regime(model: f.model, poreDiameter: d * 0.999, temperature: t, base: f.base) == .split)
            #expect(Park2022.RegimeMap.regime(model: f.model, poreDiameter: d * 1.001, temperature: t, base: f.base) == .seSide)
        }
        for (t, d) in f.splitCCBoundary {
            #expect(Park2022.RegimeMap.regime(model: f.model, poreDiameter: d * 0.999, temperature: t, base: f.base) == .ccSide)
            #expect(Park2022.RegimeMap.regime(model: f.model, poreDiameter: d * 1.001, temperature: t, base: f.base) == .split)
        }
        // Both boundaries move to larger pores as the temperature rises (NumPy at 270/370 K).
        let coldest = try #require(f.splitCCBoundary.first), hottest = try #require(f.seSplitBoundary.last)
        #expect(coldest.poreDiameter.isApproximatelyEqual(to: 20.084070, absoluteTolerance: 1e-5))
        #expect(hottest.poreDiameter.isApproximatelyEqual(to: 276.432773, absoluteTolerance: 1e-5))
        #expect(zip(f.splitCCBoundary, f.splitCCBoundary.dropFirst()).allSatisfy { $0.poreDiameter < $1.poreDiameter })
        var bad = f.base
        bad.stackPressure = -1
        #expect(Park2022.RegimeMap.boundaryPoreDiameter(.seSplit, model: f.model, temperature: 300, base: bad).isNaN)
    }

    /// Each observed point's coordinates and regime, as literals computed in Python from the golden
    /// records (not from the code under test): pores as printed; SC65's pore = 40 nm × the geometric
    /// mean of the CS pore/particle ratios (433.3/1000, 104.7/350, 30.9/75); the Ag factors
    /// exp(e Δη / k_B T) at 333.15 K from the nucleation overpotentials (32.4−12.9, 39.5−12.2,
    /// 31.7−4.3 mV) and their geometric mean for Ag-SC65; LTO, Cu, Ni factors 100, 1e-3, 1e-4
    /// (the half-decade rule, ModelBoundaryTests); carbon-equivalent pore D · M^(−1/3); the regime
    /// is the golden record's observed category, which the model must reproduce.
    static let expectedPoints: [(id: String, pore: Double, temperature: Double, mobility: Double, carbonEquivalent: Double, regime: DepositLocation)] = [
        ("park2022.regime.cs1-60c", 433.3, 333.15, 1.0, 433.3, .seSide),
        ("park2022.regime.cs2-60c", 104.7, 333.15, 1.0, 104.7, .split),
        ("park2022.regime.cs3-60c", 30.9, 333.15, 1.0, 30.9, .ccSide),
        ("park2022.regime.cs3-45c", 30.9, 318.15, 1.0, 30.9, .ccSide),
        ("park2022.regime.cs3-30c", 30.9, 303.15, 1.0, 30.9, .split),
        ("park2022.regime.interface-380mpa", 30.9, 333.15, 1.0, 30.9, .ccSide),
        ("park2022.regime.interface-5mpa", 30.9, 333.15, 1.0, 30.9, .seSide),
        ("park2022.regime.sc65-60c", 15.06311663177393, 333.15, 1.0, 15.06311663177393, .ccSide),
        ("park2022.regime.ag-cs1-60c", 433.3, 333.15, 1.9723739952270793, 345.508656687385, .seSide),
        ("park2022.regime.ag-cs2-60c", 104.7, 333.15, 2.5881233746924046, 76.25793193336229, .split),
        ("park2022.regime.ag-cs3-60c", 30.9, 333.15, 2.5971542297254753, 22.47980635862356, .ccSide),
        ("park2022.regime.ag-sc65-60c", 15.06311663177393, 333.15, 2.366776932796079, 11.303052101766038, .ccSide),
        ("park2022.regime.lto-60c", 94.2, 333.15, 100.0, 20.294774780100347, .ccSide),
        ("park2022.regime.cu-60c", 42.4, 333.15, 0.001, 423.9999999999999, .seSide),
        ("park2022.regime.ni-60c", 29.6, 333.15, 0.0001, 637.7126682494376, .seSide),
    ]

    @Test func observedPointsCarryCoordinatesAndRegimes() throws {
        let f = try Self.figure.get()
        #expect(f.points.map(\.id) == Self.expectedPoints.map(\.id))
        for want in Self.expectedPoints {
            let p = try #require(f.points.first { $0.id == want.id })
            #expect(p.poreDiameter.isApproximatelyEqual(to: want.pore, absoluteTolerance: 0, relativeTolerance: 1e-12), "\(p.id)")
            #expect(p.temperature.isApproximatelyEqual(to: want.temperature, absoluteTolerance: 1e-9), "\(p.id)")
            #expect(p.surfaceMobility.isApproximatelyEqual(to: want.mobility, absoluteTolerance: 0, relativeTolerance: 1e-12), "\(p.id)")
            #expect(p.carbonEquivalentPoreDiameter.isApproximatelyEqual(to: want.carbonEquivalent, absoluteTolerance: 0, relativeTolerance: 1e-12), "\(p.id)")
            #expect(p.observed == want.regime, "\(p.id)")
            #expect(p.model == want.regime, "\(p.id)")
            // On the carbon map, a case with a CC-side site sits in its own regime at its carbon-equivalent pore.
            if p.thermodynamicSite == .ccSide {
                #expect(Park2022.RegimeMap.regime(model: f.model, poreDiameter: want.carbonEquivalent, temperature: want.temperature, base: f.base) == want.regime, "\(p.id)")
            }
        }
        let cs3at30 = try #require(f.points.first { $0.id == "park2022.regime.cs3-30c" })
        #expect(cs3at30.role == .calibration)
    }
}
