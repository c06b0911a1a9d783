import GoldenRecords
import ReferenceModels

/// Park 2022: the regime map of where Li deposits, over pore diameter and temperature.
enum Park2022Figures {
    static func all(catalog: GoldenCatalog) throws(InputError) -> [Figure] {
        [try regimeMap(catalog: catalog)]
    }

    static let regimes: [DepositLocation] = [.ccSide, .split, .seSide]
    static let colors: [DepositLocation: Int] = [.ccSide: 2, .split: 4, .seSide: 1]

    /// The calibrated creep-number regimes on a log pore-diameter × temperature grid (10 nm–1 µm,
    /// 270–370 K, at the carbon-sphere base conditions), the two boundary curves, and every observed
    /// case at the pore diameter the paper gives, coloured by what the paper observed. A non-carbon
    /// host (Cu, Ni, LTO) also gets an open ring, with an arrow from its point, at the
    /// carbon-equivalent diameter D·M^(−1/3) the model evaluates it at.
    static func regimeMap(catalog: GoldenCatalog) throws(InputError) -> Figure {
        let data: Park2022.RegimeMap.Figure
        do { data = try Park2022.RegimeMap.figure(catalog: catalog) } catch {
            throw InputError.golden(
                .unusableRecord, file: "park2022.json", recordID: nil, path: "$",
                message: "regime map: \(error)")
        }
        let d = data.poreDiameters, t = data.temperatures
        var plot = Plot(
            title: "Park 2022: where Li deposits (Coble-creep regime map)",
            xAxis: Axis(
                label: "Pore diameter", unit: "nm", scale: .log, lower: d.first!, upper: d.last!),
            yAxis: Axis(label: "Temperature", unit: "K", lower: t.first!, upper: t.last!))
        plot.grid = regimeGrid(data)
        plot.series += boundaries(data)
        plot.points = observedMarks(data)
        addCarbonEquivalents(data, to: &plot)
        var positions: [String: PlotPosition] = [:]
        for p in data.points {
            positions[p.id] = PlotPosition(x: p.poreDiameter, y: p.temperature)
        }
        return Figure(
            id: "park2022-regime-map", paper: "park2022",
            paperFigure: "Fig. 1, 3 and 6 (observed cases); regime model of Sections 3.2–3.3",
            summary:
                "Main-deposit location predicted by the calibrated Coble-creep number "
                + "over pore diameter and temperature, "
                + "with every observed case (carbon spheres calibrate; "
                + "SC65, Ag-decorated and interface cases are predictions; "
                + "LTO, Cu, Ni use back-solved mobility factors and are evaluated "
                + "at their carbon-equivalent pore diameter, drawn as open rings).",
            plot: plot, tables: [("grid", gridTable(data)), ("points", pointsTable(data))],
            goldenPositions: positions,
            limits:
                "the paper's SEM and cross-section images behind each observation; "
                + "the regimes are the model's, for carbon hosts at the base conditions "
                + "(the paper draws no such map), and cases at other stack pressures or "
                + "interfaces are placed on the same map only by their pore diameter and temperature.")
    }

    /// The model's regime in every cell of the map, with cell edges halfway between the samples
    /// (geometric on the log pore-diameter axis).
    private static func regimeGrid(_ data: Park2022.RegimeMap.Figure) -> CategoryGrid {
        func edges(_ v: [Double], log: Bool) -> [Double] {
            let mids = zip(v, v.dropFirst()).map { log ? ($0 * $1).squareRoot() : ($0 + $1) / 2 }
            return [v.first!] + mids + [v.last!]
        }
        let cells = data.grid.map { row in
            row.map { cell in regimes.firstIndex(of: cell.regime ?? .seSide) ?? 2 }
        }
        return CategoryGrid(
            xEdges: edges(data.poreDiameters, log: true),
            yEdges: edges(data.temperatures, log: false), cells: cells,
            categories: ["model: CC side", "model: split", "model: SE side"],
            colors: regimes.map { colors[$0]! })
    }

    /// The two regime boundaries: SE side | split (dashed) and split | CC side (solid).
    private static func boundaries(_ data: Park2022.RegimeMap.Figure) -> [Series] {
        [
            Series(
                name: "boundary SE side | split", x: data.seSplitBoundary.map(\.poreDiameter),
                y: data.seSplitBoundary.map(\.temperature), style: .dashed, color: 6),
            Series(
                name: "boundary split | CC side", x: data.splitCCBoundary.map(\.poreDiameter),
                y: data.splitCCBoundary.map(\.temperature), style: .line, color: 6),
        ]
    }

    /// Every observed case as a mark at the paper's pore diameter, shaped and coloured by what
    /// the paper observed; a label ends in " ≠ model" where the model disagrees.
    private static func observedMarks(_ data: Park2022.RegimeMap.Figure) -> [MarkedPoint] {
        let shapes: [DepositLocation: MarkedPoint.Shape] = [
            .ccSide: .circle, .split: .diamond, .seSide: .square,
        ]
        return data.points.map { p in
            let miss = p.model != p.observed ? " ≠ model" : ""
            return MarkedPoint(
                label: p.label + miss, x: p.poreDiameter, y: p.temperature,
                shape: shapes[p.observed] ?? .circle,
                color: colors[p.observed] ?? 6,
                group: "observed: \(p.observed.rawValue) (paper)")
        }
    }

    /// For each case whose carbon-equivalent diameter differs from its pore diameter (a host
    /// with a surface-mobility factor M ≠ 1): an open ring at D·M^(−1/3), labelled with that
    /// diameter, and an arrow to it from the case's point.
    private static func addCarbonEquivalents(_ data: Park2022.RegimeMap.Figure, to plot: inout Plot) {
        for p in data.points {
            let d = p.carbonEquivalentPoreDiameter
            guard abs(d - p.poreDiameter) > 1e-9 * p.poreDiameter else { continue }
            plot.points.append(
                MarkedPoint(
                    label: "\(Int(d.rounded())) nm (\(p.label))", x: d, y: p.temperature,
                    shape: .ring, color: 6,
                    group: "carbon-equivalent diameter the model evaluates (Ag-decorated or non-carbon host)"))
            plot.arrows.append(
                Arrow(
                    fromX: p.poreDiameter, fromY: p.temperature, toX: d, toY: p.temperature,
                    color: 6, bulge: 0.25))
        }
        plot.notes.append(
            "regimes computed for carbon hosts; arrows lead from the pore diameter of an Ag-decorated "
                + "or non-carbon host "
                + "to the carbon-equivalent one the model uses")
    }

    /// The grid table: pore diameter, temperature, creep number and model regime of every cell.
    private static func gridTable(_ data: Park2022.RegimeMap.Figure) -> CSVTable {
        var table = CSVTable(header: [
            "pore diameter (nm)", "temperature (K)", "creep number (1)", "model regime",
        ])
        for row in data.grid {
            for cell in row {
                table.append([
                    .number(cell.poreDiameter), .number(cell.temperature),
                    .number(cell.creepNumber), .text(cell.regime?.rawValue ?? ""),
                ])
            }
        }
        return table
    }

    /// The points table: every observed case with its inputs, observation, regime and role.
    private static func pointsTable(_ data: Park2022.RegimeMap.Figure) -> CSVTable {
        var points = CSVTable(header: [
            "golden id", "case", "pore diameter (nm)", "carbon-equivalent pore diameter (nm)",
            "temperature (K)",
            "surface-mobility factor (1)", "observed", "model", "role",
        ])
        for p in data.points {
            points.append([
                .text(p.id), .text(p.label), .number(p.poreDiameter),
                .number(p.carbonEquivalentPoreDiameter),
                .number(p.temperature), .number(p.surfaceMobility),
                .text(p.observed.rawValue), .text(p.model?.rawValue ?? ""), .text(p.role.rawValue),
            ])
        }
        return points
    }
}

extension Park2022: PaperFigures {
    static func figures(catalog: GoldenCatalog) throws(InputError) -> [Figure] {
        try Park2022Figures.all(catalog: catalog)
    }
}
