public import GoldenRecords
import Foundation

extension Jun2024 {
    /// The paper's inputs to the pressure-response model, read from the golden records.
    public struct PressureInputs: Sendable {
        /// Bare Si (70:15:15) initial discharge capacities at 3, 15 and 70 MPa: the calibration set.
        public let barePoints: [PressurePoint]
        /// Ag-coated Si at 15 MPa: the hold-out point (fitted only by the calibrated variant).
        public let agCoatedPoint: PressurePoint
        /// Initial charge capacity of the 70:15:15 electrode at 15 MPa, mAh g⁻¹ (3840): the upper
        /// bound of Q∞. Assumption: the text calls charge capacities at 70 and 15 MPa "nearly
        /// identical" and bare vs Ag-coated "a marginal difference", so one bound serves all.
        public let chargeCapacity: Double
        /// Hardness of lithiated Si (contacting phase of the bare anode) and of Li9Ag4, MPa.
        public let lithiatedSiHardness: Double
        public let li9Ag4Hardness: Double
        /// Young's moduli of lithiated Si and Li9Ag4, MPa.
        public let lithiatedSiModulus: Double
        public let li9Ag4Modulus: Double
        /// The paper's own scale of a "slight difference": 201 / 186 − 1 = 0.0806 (full-cell charge
        /// capacities, Ag-coated vs bare). A relative Ag-vs-bare gain at or below it is "insignificant".
        public let slightDifference: Double

        /// The golden ids of the observed capacity points, with their pressure records.
        public static let bareIDs: [(pressure: String, capacity: String)] = [
            ("jun2024.pressure.minimal", "jun2024.capacity.bare-3mpa-discharge"),
            ("jun2024.pressure.low-operating", "jun2024.capacity.bare-15mpa-discharge"),
            ("jun2024.pressure.high-operating", "jun2024.capacity.bare-70mpa-discharge"),
        ]
        public static let agCoatedIDs = (
            pressure: "jun2024.pressure.low-operating",
            capacity: "jun2024.capacity.ag-15mpa-discharge"
        )

        /// Explicit inputs (pressures in MPa, capacities in mAh g⁻¹, hardness and modulus in MPa),
        /// for what-if studies; `init(catalog:)` reads the paper's.
        public init(
            barePoints: [PressurePoint], agCoatedPoint: PressurePoint, chargeCapacity: Double,
            lithiatedSiHardness: Double, li9Ag4Hardness: Double, lithiatedSiModulus: Double,
            li9Ag4Modulus: Double, slightDifference: Double
        ) {
            self.barePoints = barePoints
            self.agCoatedPoint = agCoatedPoint
            self.chargeCapacity = chargeCapacity
            self.lithiatedSiHardness = lithiatedSiHardness
            self.li9Ag4Hardness = li9Ag4Hardness
            self.lithiatedSiModulus = lithiatedSiModulus
            self.li9Ag4Modulus = li9Ag4Modulus
            self.slightDifference = slightDifference
        }

        public init(catalog: GoldenCatalog) throws(InputError) {
            var bare: [PressurePoint] = []
            for ids in Self.bareIDs {
                bare.append(
                    PressurePoint(
                        pressure: try catalog.number(ids.pressure, in: "MPa"),
                        capacity: try catalog.number(ids.capacity, in: "mAh g^-1")))
            }
            barePoints = bare
            agCoatedPoint = PressurePoint(
                pressure: try catalog.number(Self.agCoatedIDs.pressure, in: "MPa"),
                capacity: try catalog.number(Self.agCoatedIDs.capacity, in: "mAh g^-1"))
            chargeCapacity = try catalog.number(
                "jun2024.capacity.optimized-15mpa-initial-charge", in: "mAh g^-1")
            lithiatedSiHardness = try catalog.number(
                "jun2024.nanoindentation.lithiated-si-hardness", in: "MPa")
            li9Ag4Hardness = try catalog.number(
                "jun2024.nanoindentation.li9ag4-hardness", in: "MPa")
            lithiatedSiModulus = try catalog.number(
                "jun2024.nanoindentation.lithiated-si-modulus", in: "MPa")
            li9Ag4Modulus = try catalog.number("jun2024.nanoindentation.li9ag4-modulus", in: "MPa")
            slightDifference =
                try catalog.number("jun2024.capacity.full-cell-ag-charge", in: "mAh g^-1")
                / catalog.number("jun2024.capacity.full-cell-bare-charge", in: "mAh g^-1") - 1
        }

        /// The deformability of each anode's contacting phase: lithiated Si (bare) or Li9Ag4 (Ag-coated).
        public func deformability(_ kind: Deformability, of anode: Anode) -> Double {
            switch (kind, anode) {
            case (.hardness, .bare): lithiatedSiHardness
            case (.hardness, .agCoated): li9Ag4Hardness
            case (.youngsModulus, .bare): lithiatedSiModulus
            case (.youngsModulus, .agCoated): li9Ag4Modulus
            }
        }
    }

    /// How the Ag-coated anode's characteristic pressure is obtained.
    public enum PressureModelVariant: String, CaseIterable, Sendable {
        /// **Recommended.** P*_Ag = c · D_Li9Ag4 with c calibrated on bare Si only: the Ag-coated
        /// capacities are predicted from the measured nanoindentation properties, not fitted.
        case predicted = "predicted-from-nanoindentation"
        /// P*_Ag fitted to the one Ag-coated point (15 MPa, 2430 mAh g⁻¹), Q∞ and P*_bare shared with
        /// the bare calibration. Reproduces that point exactly by construction (no degree of freedom
        /// left), so its agreement there is not evidence; useful to draw the Ag curve through the
        /// data and to measure how much more "deformable" the interface behaves than the hardness says.
        case calibratedOnAgPoint = "calibrated-on-ag-15mpa"
    }

    /// Whether the Ag interlayer changes the discharge capacity, in the paper's words.
    public enum InterlayerEffect: String, CaseIterable, Sendable {
        /// Relative gain ≤ the paper's own "slight difference" scale (8.06 %).
        case insignificant
        /// Relative gain above it.
        case substantial
    }

    /// Discharge capacity versus stack pressure for bare and Ag-coated Si anodes:
    ///
    /// ```
    /// Q_d(P) = Q∞ · [1 − exp(−P / P*_anode)],   P*_anode = c · D_anode,   Q∞ ≤ Q_charge
    /// ```
    ///
    /// Q∞ and P*_bare come from `calibrate` on the three bare points (3, 15, 70 MPa); c = P*_bare /
    /// D_lithiated-Si. See `PressureModelVariant` for P*_Ag. Units: P in MPa, Q in mAh g⁻¹ of Si.
    ///
    /// Strictly increasing in P, 0 at P = 0, and below Q∞ ≤ the charge capacity for every finite P.
    /// Does not model the adhesion (38.8 vs 0 mN mm⁻¹ peeling force) or the Li2S-suppressing role of
    /// the interlayer; the calibrated variant's extra effective deformability is where they show up.
    public struct PressureResponse: Sendable {
        public let variant: PressureModelVariant
        public let deformability: Deformability
        /// The charge capacity bounding Q∞, mAh g⁻¹.
        public let chargeCapacity: Double
        /// The bare-Si calibration (Q∞, P*_bare, residuals).
        public let calibration: Calibration
        /// c = P*_bare / D_bare, dimensionless.
        public let geometryFactor: Double
        /// P* of the bare and Ag-coated anodes, MPa.
        public let bareCharacteristicPressure: Double
        public let agCoatedCharacteristicPressure: Double

        /// Builds the model from the paper's inputs.
        /// - Throws: `ArgumentError` when the inputs cannot be calibrated (see `calibrate`), a
        ///   deformability is not positive, or (calibrated variant) the Ag point is at or above Q∞.
        public init(
            inputs: PressureInputs, variant: PressureModelVariant = .predicted,
            deformability: Deformability = .hardness
        ) throws(ArgumentError) {
            let calibration = try Jun2024.calibrate(
                points: inputs.barePoints, chargeCapacity: inputs.chargeCapacity)
            let dBare = inputs.deformability(deformability, of: .bare)
            let dAg = inputs.deformability(deformability, of: .agCoated)
            try Jun2024.validatePositive(
                dBare, name: "lithiated-Si \(deformability.rawValue)",
                in: "Jun2024.PressureResponse")
            let c = calibration.characteristicPressure / dBare
            self.variant = variant
            self.deformability = deformability
            self.chargeCapacity = inputs.chargeCapacity
            self.calibration = calibration
            self.geometryFactor = c
            self.bareCharacteristicPressure = calibration.characteristicPressure
            switch variant {
            case .predicted:
                agCoatedCharacteristicPressure = try Jun2024.characteristicPressure(
                    deformability: dAg, geometryFactor: c)
            case .calibratedOnAgPoint:
                let point = inputs.agCoatedPoint
                try Jun2024.validatePressure(point.pressure, in: "Jun2024.PressureResponse")
                let fraction = point.capacity / calibration.plateauCapacity
                guard point.pressure > 0, fraction > 0, fraction < 1 else {
                    throw ArgumentError(
                        .outOfDomain, function: "Jun2024.PressureResponse",
                        argument: "agCoatedPoint",
                        value: "P = \(point.pressure), Q = \(point.capacity)",
                        accepted: "P > 0 and 0 < Q < Q∞ = \(calibration.plateauCapacity) "
                            + "to calibrate P*_Ag")
                }
                agCoatedCharacteristicPressure = -point.pressure / log1p(-fraction)
            }
        }

        /// Q∞, mAh g⁻¹.
        public var plateauCapacity: Double { calibration.plateauCapacity }

        /// P*_bare / P*_Ag: how many times more readily the Ag-coated interface closes. For the
        /// predicted variant this is the measured D ratio (0.9/0.38 = 2.37 for hardness).
        public var characteristicPressureRatio: Double {
            bareCharacteristicPressure / agCoatedCharacteristicPressure
        }

        public func characteristicPressure(of anode: Anode) -> Double {
            anode == .bare ? bareCharacteristicPressure : agCoatedCharacteristicPressure
        }

        /// Discharge capacity in mAh g⁻¹ at stack pressure `pressure` (MPa).
        /// - Throws: `ArgumentError` for a negative or non-finite pressure.
        public func dischargeCapacity(pressure: Double, anode: Anode) throws(ArgumentError) -> Double {
            plateauCapacity
                * (try Jun2024.contactFraction(
                    pressure: pressure, characteristicPressure: characteristicPressure(of: anode)))
        }

        /// Q_Ag / Q_bare − 1 at `pressure`.
        /// - Throws: `ArgumentError` for a pressure that is negative, non-finite or zero (both capacities
        ///   are 0 there and the ratio is undefined).
        public func relativeInterlayerGain(pressure: Double) throws(ArgumentError) -> Double {
            guard pressure != 0 else {
                throw ArgumentError(
                    .outOfDomain, function: "Jun2024.PressureResponse.relativeInterlayerGain",
                    argument: "pressure", value: pressure,
                    accepted: "a positive pressure (at 0 MPa both capacities are 0)")
            }
            return try dischargeCapacity(pressure: pressure, anode: .agCoated)
                / dischargeCapacity(pressure: pressure, anode: .bare) - 1
        }

        /// `.insignificant` when the relative gain is ≤ `slightDifference`, else `.substantial`.
        public func interlayerEffect(
            pressure: Double, slightDifference: Double
        ) throws(ArgumentError) -> InterlayerEffect {
            try relativeInterlayerGain(pressure: pressure) <= slightDifference
                ? .insignificant : .substantial
        }
    }
}
