import GoldenRecords
import ReferenceModels

/// Kim 2025 reproductions: Eq. (1) shell thickness, and the electrode models' capacities and
/// energy densities.
enum Kim2025Figures {
    static func all(catalog: GoldenCatalog) throws(InputError) -> [Figure] {
        [try shellThickness(catalog: catalog), try electrodeModels(catalog: catalog)]
    }

    /// Shell thickness versus the SE share of the mechanofusion mix, for the three readings of
    /// Eq. (1), with the two printed (Eq. (1)) and two FIB-SEM thicknesses.
    static func shellThickness(catalog: GoldenCatalog) throws(InputError) -> Figure {
        var plot = Plot(
            title: "Kim 2025: SE shell thickness of NCM811@LPSCl",
            xAxis: Axis(
                label: "SE share of the mechanofusion mix", unit: "wt%", lower: 0, upper: 30),
            yAxis: Axis(label: "Shell thickness", unit: "nm", lower: 0, upper: 1400))
        let curves = try shellCurves(inputs: try Kim2025.ShellInputs(catalog: catalog))
        plot.series = curves.series
        let marks = try shellMarks(catalog: catalog)
        // Measured squares first, so the printed (computed) diamonds are drawn on top of them.
        plot.points =
            marks.marks.filter { $0.shape == .square } + marks.marks.filter { $0.shape != .square }
        return Figure(
            id: "kim2025-shell-thickness", paper: "kim2025", paperFigure: "Eq. (1) and Fig. 1a, b",
            summary:
                "SE shell thickness versus the SE share of the mechanofusion mix: "
                + "the three readings of Eq. (1) against the printed 880/181 nm "
                + "and the FIB-SEM 870/184 nm.",
            plot: plot,
            tables: [
                ("curves", curves.table),
                ("points", Figure.pointsTable(marks.drawn, xTitle: "SE share (wt%)")),
            ],
            goldenPositions: marks.positions,
            limits:
                "the FIB-SEM images of Fig. 1; the curves are Eq. (1) read three ways (the printed "
                + "form is ambiguous), and only 5 and 25 wt% SE were made and measured.")
    }

    /// The three readings of Eq. (1) over 0–30 wt% SE: a curve each, and the table of all three.
    private static func shellCurves(
        inputs: Kim2025.ShellInputs
    ) throws(InputError) -> (series: [Series], table: CSVTable) {
        let seShares = stride(from: 0.0, through: 30.0, by: 0.5).map { $0 }
        let readings: [(Kim2025.ShellReading, String, Series.Style, Int)] = [
            (.outerShell, "Eq. (1), outer-shell reading (reference)", .line, 0),
            (.asPrinted, "Eq. (1) as printed (shell r ± x)", .dashed, 1),
            (.massFraction, "Eq. (1) with SE mass fraction", .dashed, 2),
        ]
        var table = CSVTable(
            header: ["SE share (wt%)"] + readings.map { "\($0.0.rawValue) thickness (nm)" })
        var series: [Series] = []
        var columns: [[Double]] = []
        for (reading, name, style, color) in readings {
            var y: [Double] = []
            do throws(ArgumentError) {
                for share in seShares {
                    y.append(try inputs.thickness(amWeightPercent: 100 - share, reading: reading))
                }
            } catch {
                throw modelError("shell-thickness curve", error)
            }
            columns.append(y)
            series.append(Series(name: name, x: seShares, y: y, style: style, color: color))
        }
        for (i, x) in seShares.enumerated() {
            table.append([.number(x)] + columns.map { .number($0[i]) })
        }
        return (series, table)
    }

    /// The printed (Eq. (1)) and FIB-SEM thicknesses, each at the SE share of its mix.
    private static func shellMarks(catalog: GoldenCatalog) throws(InputError) -> GoldenMarks {
        var marks = GoldenMarks()
        for (id, ratioID) in Kim2025.shellThicknessIDs {
            let record = try catalog.record(id)
            let x = 100 - (try catalog.number(ratioID, in: "wt%"))
            let measured = record.kind == .measured
            marks.draw(
                record, x: x, label: "\(record.printed) nm", shape: measured ? .square : .diamond,
                color: measured ? 4 : 3,
                group: measured ? "FIB-SEM, measured (paper)" : "Eq. (1), printed (paper)",
                labelOnLeft: !measured)
        }
        return marks
    }

    /// A `InputError` for golden inputs a Kim 2025 model refused while drawing `what`.
    static func modelError(_ what: String, _ error: ArgumentError) -> InputError {
        InputError.golden(
            .unusableRecord, file: "kim2025.json", recordID: nil, path: "$",
            message: "\(what): \(error)")
    }

    /// Discharge capacities of Models 1–4 (0.05C, 60 °C) and the Model 4 energy densities, with
    /// the theoretical electrode densities and the average voltage the energy density implies.
    static func electrodeModels(catalog: GoldenCatalog) throws(InputError) -> Figure {
        var plot = Plot(
            title: "Kim 2025: initial discharge capacity of the electrode models",
            xAxis: Axis(
                label: "Electrode model", unit: "", lower: 0.5, upper: 4.5,
                categories: ["Model 1", "Model 2", "Model 3", "Model 4"]),
            yAxis: Axis(
                label: "Discharge capacity at 0.05C, 60 °C", unit: "mAh g⁻¹", lower: 100, upper: 220
            ))
        let marks = try capacityMarks(catalog: catalog)
        plot.points = marks.marks
        let theoretical = try catalog.record("kim2025.capacity.theoretical-ncm811")
        if case let .number(q) = theoretical.value {
            plot.series.append(
                Series(
                    name: "200 mAh g⁻¹ taken as theoretical", x: [0.5, 4.5], y: [q, q],
                    style: .dashed, color: 6))
        }
        return Figure(
            id: "kim2025-electrode-models", paper: "kim2025", paperFigure: "Fig. 3a, f and Fig. 5",
            summary:
                "Initial discharge capacities of Models 1–4 at 85 wt% (and Model 4 at 75 wt%), "
                + "with the table of electrode densities and the energy-density arithmetic "
                + "behind Fig. 5.",
            plot: plot,
            tables: [
                ("energy-density", try energyDensityTable(catalog: catalog)),
                ("points", Figure.pointsTable(marks.drawn, xTitle: "electrode model (number)")),
            ],
            goldenPositions: marks.positions,
            limits:
                "the voltage profiles and rate tests of Fig. 3 and the bar chart of Fig. 5; "
                + "the suite has no electrochemical model of Models 1–4, so only the printed "
                + "capacities are drawn.")
    }

    /// The capacities of Models 1–4 at 85 wt% AM (circles) and of Model 4 at 75 wt% (a triangle).
    private static func capacityMarks(catalog: GoldenCatalog) throws(InputError) -> GoldenMarks {
        var marks = GoldenMarks()
        for model in 1...4 {
            let record = try catalog.record("kim2025.capacity.model\(model)-85wt-60c")
            marks.draw(
                record, x: Double(model), label: record.printed, shape: .circle, color: 0,
                group: "85 wt% AM (paper)")
        }
        let m4 = try catalog.record("kim2025.capacity.model4-75wt-60c")
        marks.draw(
            m4, x: 4, label: m4.printed, shape: .triangle, color: 1, group: "75 wt% AM (paper)")
        return marks
    }

    /// The table of numbers behind Fig. 5: the theoretical electrode densities at 75, 80 and
    /// 85 wt% AM, then the Model 4 energy-density arithmetic.
    private static func energyDensityTable(catalog: GoldenCatalog) throws(InputError) -> CSVTable {
        var table = CSVTable(header: ["quantity", "AM content (wt%)", "value (in unit)", "unit", "source"])
        for am in [75, 80, 85] {
            let components = try Kim2025.electrodeComponents(catalog: catalog, amContent: am)
            let density: Double
            do throws(ArgumentError) { density = try Kim2025.theoreticalDensity(components) } catch {
                throw modelError("theoretical electrode density, \(am) wt% AM", error)
            }
            table.append([
                .text("theoretical electrode density"), .number(Double(am)),
                .number(density),
                .text("g cm^-3"),
                .text("1/Σ(w_i/ρ_i), mass fractions of §2.3, densities of Fig. 5a"),
            ])
        }
        for (name, value, unit, source) in try model4EnergyRows(catalog: catalog) {
            table.append([.text(name), .number(85), .number(value), .text(unit), .text(source)])
        }
        return table
    }

    /// The Model 4 (85 wt% AM) stack and energy-density arithmetic, as (quantity, value, unit,
    /// source) rows: areal capacity, thicknesses, the printed energy densities and what they imply.
    private static func model4EnergyRows(
        catalog: GoldenCatalog
    ) throws(InputError) -> [(String, Double, String, String)] {
        let stack = try Kim2025.model4Stack(catalog: catalog)
        let e60 = try catalog.number("kim2025.energy-density.model4-85wt-60c", in: "Wh L^-1")
        let e30 = try catalog.number("kim2025.energy-density.model4-85wt-30c", in: "Wh L^-1")
        let v = stack.impliedAverageVoltage(forEnergyDensity: e60)
        return [
            (
                "Model 4 areal capacity", stack.arealCapacity, "mAh cm^-2",
                "198.88 mAh g^-1 × 0.85 × 30.6 mg cm^-2"
            ),
            (
                "Model 4 cathode thickness", stack.cathodeThickness, "µm",
                "loading / (87.7 % of theoretical density)"
            ),
            (
                "Model 4 stack thickness", stack.stackThickness, "µm",
                "cathode + 30 µm separator + 30 µm Li (assumed by the paper)"
            ),
            ("Model 4 volumetric energy density, 60 °C (paper)", e60, "Wh L^-1", "printed"),
            (
                "average discharge voltage implied by 1258 Wh L^-1", v, "V",
                "not stated by the paper; inverted"
            ),
            ("Model 4 volumetric energy density, 30 °C (paper)", e30, "Wh L^-1", "printed"),
            (
                "30 °C capacity implied by 1094 Wh L^-1 at that voltage",
                stack.impliedSpecificCapacity(forEnergyDensity: e30, averageVoltage: v), "mAh g^-1",
                "inverted"
            ),
        ]
    }
}

extension Kim2025: PaperFigures {
    static func figures(catalog: GoldenCatalog) throws(InputError) -> [Figure] {
        try Kim2025Figures.all(catalog: catalog)
    }
}
