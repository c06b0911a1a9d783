public import GoldenRecords

extension Jun2024 {
    /// One point of a model curve: stack pressure (MPa) and discharge capacity (mAh g⁻¹ of Si).
    public struct CapacityCurvePoint: Sendable, Hashable {
        public let pressure: Double
        public let capacity: Double
    }

    /// One model curve of the capacity-vs-pressure figure.
    public struct CapacityCurve: Sendable {
        public let anode: Anode
        public let variant: PressureModelVariant
        public let deformability: Deformability
        public let points: [CapacityCurvePoint]
        /// A legend label, e.g. "Ag-coated, predicted from nanoindentation (hardness)".
        public var label: String {
            let who = anode == .bare ? "bare Si" : "Ag-coated Si"
            let how =
                anode == .bare
                ? "fit to bare points"
                : (variant == .predicted
                    ? "predicted from nanoindentation \(deformability.rawValue)"
                    : "calibrated on the 15 MPa point")
            return "\(who), \(how)"
        }
    }

    /// Whether an observed point was used to fit the model.
    public enum PointRole: String, Sendable {
        /// Fitted by both variants (bare Si).
        case calibration
        /// Not fitted by the predicted variant; fitted by the calibrated variant (Ag-coated, 15 MPa).
        case holdOut = "hold-out"
    }

    /// One of the paper's capacity points, with the golden ids it comes from.
    public struct ObservedCapacityPoint: Sendable, Hashable {
        public let anode: Anode
        /// MPa.
        public let pressure: Double
        /// mAh g⁻¹ of Si.
        public let capacity: Double
        /// Half-width of the printed value's tolerance, mAh g⁻¹ (for error bars).
        public let tolerance: Double
        public let capacityID: String
        public let pressureID: String
        public let role: PointRole
    }

    /// The default pressure grid of the figure: 0 to 80 MPa in steps of 0.5 MPa (161 points).
    public static func figurePressureGrid(upTo maximum: Double = 80, step: Double = 0.5) -> [Double]
    {
        guard maximum >= 0, step > 0, maximum.isFinite, step.isFinite else { return [] }
        return (0...Int((maximum / step).rounded(.down))).map { Double($0) * step }
    }

    /// Model curve Q_d(P) of one anode over `pressures` (MPa).
    /// - Throws: `ArgumentError` for a negative or non-finite pressure in the grid.
    public static func capacityCurve(
        _ response: PressureResponse, anode: Anode, pressures: [Double] = figurePressureGrid()
    ) throws(ArgumentError) -> CapacityCurve {
        var points: [CapacityCurvePoint] = []
        for p in pressures {
            points.append(
                CapacityCurvePoint(
                    pressure: p, capacity: try response.dischargeCapacity(pressure: p, anode: anode)
                ))
        }
        return CapacityCurve(
            anode: anode, variant: response.variant, deformability: response.deformability,
            points: points)
    }

    /// The paper's points for the figure: bare Si at 3, 15, 70 MPa and Ag-coated Si at 15 MPa, all
    /// initial discharge capacities of the 70:15:15 electrode at 0.2 C and 30 °C.
    public static func observedCapacityPoints(
        catalog: GoldenCatalog
    ) throws(InputError) -> [ObservedCapacityPoint] {
        var points: [ObservedCapacityPoint] = []
        let all =
            PressureInputs.bareIDs.map { ($0, Anode.bare, PointRole.calibration) }
            + [(PressureInputs.agCoatedIDs, Anode.agCoated, PointRole.holdOut)]
        for (ids, anode, role) in all {
            points.append(
                ObservedCapacityPoint(
                    anode: anode, pressure: try catalog.number(ids.pressure, in: "MPa"),
                    capacity: try catalog.number(ids.capacity, in: "mAh g^-1"),
                    tolerance: try catalog.record(ids.capacity).tolerance,
                    capacityID: ids.capacity, pressureID: ids.pressure, role: role))
        }
        return points
    }

    /// Everything the capacity-vs-pressure figure needs: four model curves (bare and Ag-coated for
    /// the predicted and the calibrated variant; the two bare curves coincide) and the observed points.
    public struct CapacityPressureFigure: Sendable {
        public let curves: [CapacityCurve]
        public let observed: [ObservedCapacityPoint]
        /// Q_charge, mAh g⁻¹: the bound every curve stays under (a horizontal reference line).
        public let chargeCapacity: Double
    }

    /// The figure data from the golden records: predicted and calibrated curves over `pressures`
    /// (default 0–80 MPa) and the paper's points.
    /// - Throws: `ArgumentError` if the model cannot be built or a grid pressure is invalid. A missing
    ///   golden record is reported by `PressureInputs(catalog:)` and `observedCapacityPoints(catalog:)`,
    ///   which the caller runs first.
    public static func capacityPressureFigure(
        inputs: PressureInputs, observed: [ObservedCapacityPoint],
        deformability: Deformability = .hardness,
        pressures: [Double] = figurePressureGrid()
    ) throws(ArgumentError) -> CapacityPressureFigure {
        var curves: [CapacityCurve] = []
        for variant in PressureModelVariant.allCases {
            let response = try PressureResponse(
                inputs: inputs, variant: variant, deformability: deformability)
            for anode in Anode.allCases {
                curves.append(try capacityCurve(response, anode: anode, pressures: pressures))
            }
        }
        return CapacityPressureFigure(
            curves: curves, observed: observed, chargeCapacity: inputs.chargeCapacity)
    }
}
