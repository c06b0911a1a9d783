import GoldenRecords
import ReferenceModels

/// Wu 2023: rate capability of the Ag–C interlayer cell, and the plating criterion behind it.
enum Wu2023Figures {
    static func all(catalog: GoldenCatalog) throws(InputError) -> [Figure] {
        [try rateCapability(catalog: catalog), try platingCriterion(catalog: catalog)]
    }

    /// The golden series of the rate test: specific capacity versus C-rate.
    static let seriesID = "wu2023.rate-capability.capacity-vs-c-rate"

    /// The printed specific capacities of the Ag–C interlayer cell at each C-rate (the paper's
    /// x; the current density each corresponds to is in the table), and the golden series that
    /// joins them.
    static func rateCapability(catalog: GoldenCatalog) throws(InputError) -> Figure {
        let points = try Wu2023.rateCapability(catalog: catalog, interlayer: .agC)
        var plot = Plot(
            title: "Wu 2023: rate capability with the Ag–C interlayer",
            xAxis: Axis(label: "C-rate, 1C = 200 mA g⁻¹", unit: "", lower: 0, upper: 0.6),
            yAxis: Axis(label: "Specific capacity", unit: "mAh g⁻¹", lower: 0, upper: 220))
        var table = CSVTable(header: [
            "C-rate (1)", "current density (mA cm^-2)", "specific capacity (mAh g^-1)",
            "areal capacity (mAh cm^-2)",
            "relative to lowest rate (1)", "capacity id",
        ])
        var positions: [String: PlotPosition] = [:]
        for p in points {
            let record = try catalog.record(p.capacityID)
            plot.points.append(
                MarkedPoint(
                    label: record.printed, x: p.cRate, y: p.specificCapacity,
                    yError: record.tolerance,
                    shape: .circle, color: 0, group: "Ag–C interlayer (paper)"))
            positions[p.capacityID] = PlotPosition(x: p.cRate)
            table.append([
                .number(p.cRate), .number(p.currentDensity), .number(p.specificCapacity),
                .number(p.arealCapacity),
                .number(p.relativeToLowestRate), .text(p.capacityID),
            ])
        }
        if let golden = Figure.goldenSeries(
            try catalog.record(seriesID), name: "the four printed points as one curve (golden series)",
            color: 0)
        {
            plot.series.append(golden.series)
            positions[seriesID] = golden.position
        }
        return Figure(
            id: "wu2023-rate-capability", paper: "wu2023",
            paperFigure: "Fig. 5 (rate capability) and Fig. 4 (plating location)",
            summary:
                "Specific capacity of the Ag–C interlayer cell at each C-rate (0.1–0.5C), "
                + "with the golden series that joins the four printed points; "
                + "the table gives the current density of each rate.",
            plot: plot, tables: [("rate", table)], goldenPositions: positions,
            limits:
                "the cycle-by-cycle capacities of Fig. 5b (only one capacity per rate is printed) "
                + "and any model curve: the suite has no rate-capability model, so only the "
                + "paper's points and a model's overlay are drawn.")
    }

    /// The plating criterion Φ = jL/(FDc) of both interlayers versus current density, under the
    /// stated assumptions (layer thickness and concentration scale, see `Wu2023.PlatingAssumptions`):
    /// Φ < 1 plates between interlayer and Li (CC side), Φ > 1 at the electrolyte. The paper's
    /// current densities are marked.
    static func platingCriterion(catalog: GoldenCatalog) throws(InputError) -> Figure {
        let agC = try Wu2023.fluxRatioCurve(catalog: catalog, interlayer: .agC)
        let carbon = try Wu2023.fluxRatioCurve(catalog: catalog, interlayer: .carbonOnly)
        let upper = agC.last?.currentDensity ?? 1.2
        var plot = Plot(
            title: "Wu 2023: where Li plates, by the diffusion criterion",
            xAxis: Axis(label: "Current density", unit: "mA cm⁻²", lower: 0, upper: upper),
            yAxis: Axis(
                label: "Flux ratio Φ = jL/(FDc)", unit: "", scale: .log, lower: 0.01, upper: 10))
        plot.series.append(
            Series(
                name: "Ag–C interlayer (model)", x: agC.map(\.currentDensity),
                y: agC.map(\.fluxRatio), style: .line, color: 0))
        plot.series.append(
            Series(
                name: "carbon-only interlayer (model)", x: carbon.map(\.currentDensity),
                y: carbon.map(\.fluxRatio), style: .line, color: 1))
        plot.series.append(
            Series(
                name: "Φ = 1: above it Li plates at the electrolyte", x: [0, upper], y: [1, 1],
                style: .dashed, color: 6))
        var criterion = CSVTable(header: [
            "current density (mA cm^-2)", "flux ratio Ag-C (1)", "flux ratio carbon-only (1)",
        ])
        for (a, c) in zip(agC, carbon) {
            criterion.append([
                .number(a.currentDensity), .number(a.fluxRatio), .number(c.fluxRatio),
            ])
        }
        var map = CSVTable(header: [
            "interlayer", "C-rate (1)", "current density (mA cm^-2)", "flux ratio (1)",
            "predicted location", "critical current density (mA cm^-2)",
        ])
        for p in try Wu2023.platingLocationMap(catalog: catalog) {
            plot.points.append(
                MarkedPoint(
                    label: p.interlayer == .agC ? "\(p.cRate.formatted6)C" : "",
                    x: p.currentDensity, y: p.fluxRatio,
                    shape: p.location == .ccSide ? .circle : .square,
                    color: p.interlayer == .agC ? 0 : 1,
                    group: "paper's current densities: \(p.location.rawValue) predicted"))
            map.append([
                .text(p.interlayer.rawValue), .number(p.cRate), .number(p.currentDensity),
                .number(p.fluxRatio),
                .text(p.location.rawValue), .number(p.criticalCurrentDensity),
            ])
        }
        return Figure(
            id: "wu2023-plating-criterion", paper: "wu2023",
            paperFigure: "Fig. 4 (plating location) and the GITT diffusivities",
            summary:
                "The diffusion criterion Φ for the Ag–C and carbon-only interlayers versus current density, "
                + "under stated assumptions (Φ < 1: Li plates between interlayer and anode).",
            plot: plot, tables: [("criterion", criterion), ("locations", map)],
            limits:
                "Fig. 4 itself (cross-section images of where Li plated): the text gives no current "
                + "density for that observation, so no paper value is drawn; Φ rests on the stated "
                + "layer-thickness and concentration assumptions.")
    }
}

extension Wu2023: PaperFigures {
    static func figures(catalog: GoldenCatalog) throws(InputError) -> [Figure] {
        try Wu2023Figures.all(catalog: catalog)
    }
}
