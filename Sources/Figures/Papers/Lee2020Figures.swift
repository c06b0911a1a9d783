import GoldenRecords
import ReferenceModels

/// Lee 2020: the first-charge stage chart of the Ag–C anode (Fig. 4).
enum Lee2020Figures {
    static func all(catalog: GoldenCatalog) throws(InputError) -> [Figure] {
        [try stageChart(catalog: catalog)]
    }

    /// Cell-voltage bands of the four stages (from the golden cut-off records), each labelled with
    /// its events, and the five SEM snapshots of Fig. 4 at their cut-off voltages with the stage
    /// the paper observed there.
    static func stageChart(catalog: GoldenCatalog) throws(InputError) -> Figure {
        let bands = try Lee2020.firstChargeStageBands(catalog: catalog)
        let snapshots = try Lee2020.firstChargeSnapshots(catalog: catalog)
        let lowest = max(3.3, (bands.dropFirst().first?.lowerVoltage ?? 3.5) - 0.2)
        var plot = Plot(
            title: "Lee 2020: stages of the first charge of the Ag–C anode (0.1 C)",
            xAxis: Axis(
                label: "SEM snapshot of Fig. 4", unit: "", lower: 0.5,
                upper: Double(snapshots.count) + 0.5,
                categories: snapshots.map { "\($0.panels)" }),
            yAxis: Axis(
                label: "Cell voltage", unit: "V", lower: lowest,
                upper: (bands.last?.upperVoltage ?? 4.25) + 0.05))
        var table = CSVTable(header: [
            "stage", "lower voltage (V)", "upper voltage (V)", "includes lower", "includes upper",
            "name", "events",
        ])
        for (k, band) in bands.enumerated() {
            plot.bands.append(
                Band(
                    label: band.name, orientation: .horizontal,
                    from: max(band.lowerVoltage, lowest),
                    to: band.upperVoltage, color: k))
            table.append([
                .text(band.stage.rawValue), .number(band.lowerVoltage), .number(band.upperVoltage),
                .text(band.includesLower ? "yes" : "no"), .text(band.includesUpper ? "yes" : "no"),
                .text(band.name), .text(band.events.joined(separator: "; ")),
            ])
        }
        var points = CSVTable(header: [
            "cut-off id", "observation id", "panels", "voltage (V)", "stage (model)",
        ])
        var positions: [String: PlotPosition] = [:]
        for (k, s) in snapshots.enumerated() {
            let x = Double(k + 1)
            plot.points.append(
                MarkedPoint(
                    label: "\(s.voltage.formatted6) V: \(s.stage.rawValue)", x: x, y: s.voltage,
                    yError: try catalog.record(s.cutoffID).tolerance,
                    shape: .circle, color: 6, group: "cut-off of an SEM snapshot (paper)"))
            positions[s.observationID] = PlotPosition(x: x, y: s.voltage)
            positions[s.cutoffID] = PlotPosition(x: x)
            points.append([
                .text(s.cutoffID), .text(s.observationID), .text(s.panels), .number(s.voltage),
                .text(s.stage.rawValue),
            ])
        }
        return Figure(
            id: "lee2020-stage-chart", paper: "lee2020", paperFigure: "Fig. 4",
            summary:
                "Cell-voltage bands of the first-charge stages (carbon lithiation, Ag lithiation, "
                + "Ag migration with Li nucleation, Li plating) with the five SEM cut-offs of Fig. 4.",
            plot: plot, tables: [("stages", table), ("points", points)], goldenPositions: positions,
            limits:
                "the voltage profile and the SEM images of Fig. 4; the bands are the stage "
                + "boundaries the text prints, drawn as voltage ranges, not a measured curve.")
    }
}

extension Lee2020: PaperFigures {
    static func figures(catalog: GoldenCatalog) throws(InputError) -> [Figure] {
        try Lee2020Figures.all(catalog: catalog)
    }
}
