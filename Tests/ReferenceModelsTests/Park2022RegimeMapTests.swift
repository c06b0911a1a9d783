import Foundation
import Testing
import GoldenRecords
@testable import ReferenceModels

/// The data behind the regime-map figure (pore diameter 10 nm–1 µm × 270–370 K).
struct Park2022RegimeMapTests {
    static let catalog = Result { try GoldenCatalog.load() }
    static let figure = Result { try Park2022.RegimeMap.figure(catalog: catalog.get()) }

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

    @Test func observedPointsCarryCoordinatesAndRegimes() throws {
        let f = try Self.figure.get()
        #expect(f.points.count == 15)
        for p in f.points {
            #expect(p.model == p.observed, "\(p.id)")
            #expect(p.carbonEquivalentPoreDiameter.isApproximatelyEqual(to: p.poreDiameter / cbrt(p.surfaceMobility), absoluteTolerance: 1e-9))
            // On the carbon map, a case with a CC-side site sits in its own regime at its carbon-equivalent pore.
            if p.thermodynamicSite == .ccSide {
                #expect(Park2022.RegimeMap.regime(model: f.model, poreDiameter: p.carbonEquivalentPoreDiameter, temperature: p.temperature, base: f.base) == p.observed)
            }
        }
        let cs3at30 = try #require(f.points.first { $0.id == "park2022.regime.cs3-30c" })
        #expect(cs3at30.poreDiameter == 30.9 && cs3at30.temperature.isApproximatelyEqual(to: 303.15, absoluteTolerance: 1e-9))
        #expect(cs3at30.observed == .split && cs3at30.role == .calibration)
    }
}
