import Testing
import GoldenRecords
@testable import ReferenceModels
@testable import Figures

/// Each paper figure's numbers are the model functions' own, point for point.
@Suite("Paper figures against the models")
struct PaperFigureTests {

    /// The Jun 2024 curves are `PressureResponse.dischargeCapacity` at every drawn pressure.
    @Test func junCurvesEqualTheModel() throws {
        let catalog = try Shared.catalog.get()
        let figure = try Jun2024Figures.capacityVersusPressure(catalog: catalog)
        let inputs = try Jun2024.PressureInputs(catalog: catalog)
        var checked = 0
        for variant in Jun2024.PressureModelVariant.allCases {
            let response = try Jun2024.PressureResponse(inputs: inputs, variant: variant)
            for anode in Jun2024.Anode.allCases {
                let curve = try Jun2024.capacityCurve(response, anode: anode)
                // The bare-Si curve both variants share is drawn once (named for both).
                let series = try #require(figure.plot.series.first { $0.name.hasPrefix(curve.label) && $0.y == curve.points.map(\.capacity) })
                #expect(series.x.count == series.y.count)
                for (p, y) in zip(series.x, series.y) {
                    #expect(y == (try response.dischargeCapacity(pressure: p, anode: anode)))
                    checked += 1
                }
            }
        }
        #expect(checked == 4 * Jun2024.figurePressureGrid().count)
    }

    /// Every cell of the Park 2022 map is the calibrated model's regime at that cell's conditions.
    @Test func parkMapEqualsTheModel() throws {
        let catalog = try Shared.catalog.get()
        let figure = try Park2022Figures.regimeMap(catalog: catalog)
        let data = try Park2022.RegimeMap.figure(catalog: catalog)
        let grid = try #require(figure.plot.grid)
        #expect(grid.cells.count == data.temperatures.count)
        for (i, row) in data.grid.enumerated() {
            for (j, cell) in row.enumerated() {
                let expected = Park2022.RegimeMap.regime(model: data.model, poreDiameter: cell.poreDiameter, temperature: cell.temperature, base: data.base)
                let drawnRow = try #require(grid.cells.indices.contains(i) ? grid.cells[i] : nil)
                let drawn = try #require(drawnRow.indices.contains(j) ? drawnRow[j] : nil)
                let regimes = Park2022Figures.regimes
                let drawnRegime = regimes.indices.contains(drawn) ? regimes[drawn] : nil
                #expect(drawnRegime == (expected ?? .seSide))
            }
        }
    }

    /// The Lee 2020 bands are the stage boundaries of the golden records.
    @Test func leeBandsAreTheStageBoundaries() throws {
        let catalog = try Shared.catalog.get()
        let figure = try Lee2020Figures.stageChart(catalog: catalog)
        let bands = try Lee2020.firstChargeStageBands(catalog: catalog)
        #expect(figure.plot.bands.count == bands.count)
        for (drawn, band) in zip(figure.plot.bands, bands) {
            #expect(drawn.to == band.upperVoltage)
            #expect(drawn.label == band.name)
        }
    }

    /// The Wu 2023 criterion curves are `fluxRatioCurve`.
    @Test func wuCriterionEqualsTheModel() throws {
        let catalog = try Shared.catalog.get()
        let figure = try Wu2023Figures.platingCriterion(catalog: catalog)
        for (k, layer) in [Wu2023.Interlayer.agC, .carbonOnly].enumerated() {
            let curve = try Wu2023.fluxRatioCurve(catalog: catalog, interlayer: layer)
            let series = try #require(figure.plot.series.indices.contains(k) ? figure.plot.series[k] : nil)
            #expect(series.x == curve.map(\.currentDensity))
            #expect(series.y == curve.map(\.fluxRatio))
        }
    }
}
