import GoldenRecords
import ReferenceModels

/// Jun 2024: initial discharge capacity versus operating stack pressure.
enum Jun2024Figures {
    static func all(catalog: GoldenCatalog) throws(InputError) -> [Figure] {
        [try capacityVersusPressure(catalog: catalog)]
    }

    /// The golden series of the bare-Si discharge capacity versus stack pressure.
    static let seriesID = "jun2024.capacity.bare-discharge-vs-pressure"

    /// The contact-mechanics model (predicted from nanoindentation, and calibrated) for bare and
    /// Ag-coated Si over 0–80 MPa, with the paper's capacities (bare points calibrate; the Ag point
    /// is the hold-out of the predicted variant) and the charge capacity that bounds every curve.
    static func capacityVersusPressure(catalog: GoldenCatalog) throws(InputError) -> Figure {
        let observed = try Jun2024.observedCapacityPoints(catalog: catalog)
        let data = try figureData(catalog: catalog, observed: observed)
        var plot = Plot(
            title: "Jun 2024: Si anode capacity versus stack pressure",
            xAxis: Axis(label: "Operating stack pressure", unit: "MPa", lower: 0, upper: 80),
            yAxis: Axis(label: "Initial discharge capacity", unit: "mAh g⁻¹", lower: 0, upper: 4000)
        )
        plot.series = curveSeries(data)
        plot.points = observed.map(observedMark)
        var positions: [String: PlotPosition] = [:]
        for p in observed { positions[p.capacityID] = PlotPosition(x: p.pressure) }
        if let golden = Figure.goldenSeries(
            try catalog.record(Jun2024Figures.seriesID),
            name: "bare Si, the paper's three points as one curve (golden series)",
            color: 0)
        {
            plot.series.append(golden.series)
            positions[Jun2024Figures.seriesID] = golden.position
        }
        return Figure(
            id: "jun2024-capacity-pressure", paper: "jun2024",
            paperFigure: "Fig. 1 and 2 (capacities at 70, 15 and 3 MPa)",
            summary:
                "Initial discharge capacity versus stack pressure for bare and Ag-coated Si: "
                + "the contact-mechanics model calibrated on bare Si "
                + "(solid: Ag predicted from nanoindentation hardness; "
                + "dashed: calibrated on the Ag point) with the paper's capacities.",
            plot: plot,
            tables: [("curves", curvesTable(data)), ("points", pointsTable(observed))],
            goldenPositions: positions,
            limits:
                "the voltage profiles and cycling of Fig. 1–2 and the full cells; the model curves "
                + "between the printed pressures are the model's, not the paper's (it prints only "
                + "3, 15 and 70 MPa), and the Ag-coated curve has one printed point."
        )
    }

    /// The model curves of the figure; a model's refusal becomes an `.unusableRecord` error.
    private static func figureData(
        catalog: GoldenCatalog, observed: [Jun2024.ObservedCapacityPoint]
    ) throws(InputError) -> Jun2024.CapacityPressureFigure {
        do {
            return try Jun2024.capacityPressureFigure(
                inputs: try Jun2024.PressureInputs(catalog: catalog), observed: observed)
        } catch let error as InputError {
            throw error
        } catch {
            throw InputError.golden(
                .unusableRecord, file: "jun2024.json", recordID: nil, path: "$",
                message: "capacity-pressure model: \(error)")
        }
    }

    /// One line per distinct model curve (dashed when calibrated; a curve equal to one already
    /// drawn, the bare-Si fit that both variants share, is drawn once and named for both), then
    /// the charge capacity as the bound.
    private static func curveSeries(_ data: Jun2024.CapacityPressureFigure) -> [Series] {
        var series: [Series] = []
        for curve in data.curves {
            let y = curve.points.map(\.capacity)
            if let k = series.firstIndex(where: { $0.y == y }) {
                if !series[k].name.hasSuffix("(both variants)") { series[k].name += " (both variants)" }
                continue
            }
            series.append(
                Series(
                    name: curve.label, x: curve.points.map(\.pressure), y: y,
                    style: curve.variant != .predicted ? .dashed : .line,
                    color: curve.anode == .bare ? 0 : 1))
        }
        series.append(
            Series(
                name: "charge capacity (bound)", x: [0, 80],
                y: [data.chargeCapacity, data.chargeCapacity], style: .dashed, color: 6))
        return series
    }

    /// The curves table: one row per pressure, one capacity column per model curve.
    private static func curvesTable(_ data: Jun2024.CapacityPressureFigure) -> CSVTable {
        var header = ["pressure (MPa)"]
        var columns: [[Double]] = []
        for curve in data.curves {
            header.append("\(curve.anode.rawValue), \(curve.variant.rawValue) (mAh g^-1)")
            columns.append(curve.points.map(\.capacity))
        }
        var curves = CSVTable(header: header)
        for (i, point) in (data.curves.first?.points ?? []).enumerated() {
            curves.append([.number(point.pressure)] + columns.map { .number($0[i]) })
        }
        return curves
    }

    /// One of the paper's capacities as a mark with its tolerance as the error bar.
    private static func observedMark(_ p: Jun2024.ObservedCapacityPoint) -> MarkedPoint {
        MarkedPoint(
            label: "\(p.capacity.formatted6)", x: p.pressure, y: p.capacity,
            yError: p.tolerance,
            shape: p.anode == .bare ? .circle : .diamond, color: p.anode == .bare ? 0 : 1,
            group: "\(p.anode == .bare ? "bare Si" : "Ag-coated Si") (paper, \(p.role.rawValue))")
    }

    /// The points table: the paper's capacities with their golden ids, tolerance and role.
    private static func pointsTable(_ observed: [Jun2024.ObservedCapacityPoint]) -> CSVTable {
        var points = CSVTable(header: [
            "capacity id", "pressure id", "anode", "pressure (MPa)", "capacity (mAh g^-1)",
            "tolerance (mAh g^-1)", "role",
        ])
        for p in observed {
            points.append([
                .text(p.capacityID), .text(p.pressureID), .text(p.anode.rawValue),
                .number(p.pressure), .number(p.capacity),
                .number(p.tolerance), .text(p.role.rawValue),
            ])
        }
        return points
    }
}

extension Jun2024: PaperFigures {
    static func figures(catalog: GoldenCatalog) throws(InputError) -> [Figure] {
        try Jun2024Figures.all(catalog: catalog)
    }
}
