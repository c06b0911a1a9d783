import Foundation

extension Park2022 {
    /// One case with a known regime, used to calibrate the thresholds.
    public struct CalibrationPoint: Sendable, Hashable {
        public var conditions: Conditions
        public var observed: DepositLocation

        public init(conditions: Conditions, observed: DepositLocation) {
            self.conditions = conditions
            self.observed = observed
        }
    }

    /// The regime rule: creep number N = ε̇_Coble / ε̇_required (`creepNumber`) against two thresholds,
    ///
    ///     N ≥ N_cc            → `.ccSide` (Li creeps through the layer and is plated at the CC)
    ///     N_split ≤ N < N_cc  → `.split`  (locally fast and slow regions tear the layer, Fig. S8)
    ///     N < N_split         → `.seSide` (Li stays where it is reduced)
    ///
    /// for a cell whose thermodynamic site is the CC side (`mainDepositLocation` handles an SE-side
    /// site). The thresholds are calibrated (`calibrated(on:constants:)`) on observed cases; each
    /// threshold is the geometric mean of the two cases that bracket it most tightly.
    public struct RegimeModel: Sendable, Hashable {
        public let constants: Constants
        /// N at the SE-side / split boundary.
        public let splitThreshold: Double
        /// N at the split / CC-side boundary.
        public let ccThreshold: Double

        /// Thresholds given directly (e.g. to explore a map); `splitThreshold` must be positive and
        /// below `ccThreshold`.
        public init(
            constants: Constants, splitThreshold: Double, ccThreshold: Double
        ) throws(ArgumentError) {
            guard splitThreshold > 0, splitThreshold < ccThreshold, ccThreshold.isFinite else {
                throw ArgumentError(
                    splitThreshold.isNaN || ccThreshold.isNaN || ccThreshold == .infinity
                        ? .notFinite : .outOfDomain,
                    function: "Park2022.RegimeModel.init", argument: "splitThreshold, ccThreshold",
                    value: "split \(splitThreshold), cc \(ccThreshold)",
                    accepted: "thresholds with 0 < split < cc < ∞")
            }
            self.constants = constants
            self.splitThreshold = splitThreshold
            self.ccThreshold = ccThreshold
        }

        /// Calibrates both thresholds on `points`. Each threshold lies between the largest creep
        /// number observed below it and the smallest observed above it (their geometric mean).
        ///
        /// - Throws: when a side of a threshold has no case, or the cases overlap (a case with a
        ///   more CC-ward regime has a lower N than one with a more SE-ward regime: no single pair
        ///   of thresholds separates them).
        public static func calibrated(
            on points: [CalibrationPoint], constants: Constants
        ) throws(ArgumentError) -> RegimeModel {
            let numbers = points.map {
                ($0.observed, Park2022.creepNumber($0.conditions, constants: constants))
            }
            let f = "Park2022.RegimeModel.calibrated"
            if let bad = numbers.first(where: { !($0.1 > 0) || $0.1.isInfinite }) {
                throw ArgumentError(
                    .of(bad.1), function: f, argument: "points",
                    value: "a case with creep number \(bad.1)",
                    accepted: "cases with finite positive conditions (finite creep numbers > 0)")
            }
            func boundary(
                below: Set<DepositLocation>, above: Set<DepositLocation>, name: String
            ) throws(ArgumentError) -> Double {
                let low = numbers.filter { below.contains($0.0) }.map(\.1)
                let high = numbers.filter { above.contains($0.0) }.map(\.1)
                guard let lowMax = low.max(), let highMin = high.min() else {
                    throw ArgumentError(
                        .calibrationFailed, function: f, argument: "points",
                        value: "\(low.count) cases below and \(high.count) above the \(name) threshold",
                        accepted: "at least one case on each side of the \(name) threshold")
                }
                guard lowMax < highMin else {
                    throw ArgumentError(
                        .calibrationFailed, function: f, argument: "points",
                        value: "N = \(lowMax) below, N = \(highMin) above the \(name) threshold",
                        accepted: "cases the \(name) threshold can separate (every N below < every N above)")
                }
                return (lowMax * highMin).squareRoot()
            }
            let split = try boundary(
                below: [.seSide], above: [.split, .ccSide], name: "SE-side/split")
            let cc = try boundary(
                below: [.seSide, .split], above: [.ccSide], name: "split/CC-side")
            return try RegimeModel(constants: constants, splitThreshold: split, ccThreshold: cc)
        }

        /// Creep number at `conditions` with this model's constants.
        public func creepNumber(_ conditions: Conditions) -> Double {
            Park2022.creepNumber(conditions, constants: constants)
        }

        /// The regime for a creep number.
        ///
        /// Edge Cases: NaN or a negative N gives `nil`; +∞ gives `.ccSide`; a value exactly at a
        /// threshold belongs to the more CC-ward regime.
        public func regime(creepNumber n: Double) -> DepositLocation? {
            guard n >= 0 else { return nil }
            if n >= ccThreshold { return .ccSide }
            if n >= splitThreshold { return .split }
            return .seSide
        }

        /// The main-deposit location at `conditions` for a cell whose thermodynamic site is
        /// `thermodynamicSite` (default: the CC side, as for every 380 MPa cell of the paper).
        ///
        /// Edge Cases: invalid conditions (NaN, non-positive pore diameter or temperature, negative
        /// pressure, mobility or current density) give `nil`.
        public func regime(
            _ conditions: Conditions, thermodynamicSite: DepositLocation = .ccSide
        ) -> DepositLocation? {
            guard let kinetic = regime(creepNumber: creepNumber(conditions)) else { return nil }
            return Park2022.mainDepositLocation(
                thermodynamicSite: thermodynamicSite, kineticRegime: kinetic)
        }

        /// The surface-mobility factors M for which `regime` gives `observed` at `conditions` (the
        /// `surfaceMobility` of `conditions` is ignored): N is proportional to M, so the interval is
        /// [N_lower / N(M = 1), N_upper / N(M = 1)), with N_lower/N_upper the thresholds around
        /// `observed` (0 and +∞ at the ends). This is how a factor is *inferred* from an observation.
        ///
        /// Edge Cases: invalid conditions give a NaN interval.
        public func admissibleSurfaceMobility(
            _ conditions: Conditions, observed: DepositLocation
        ) -> (lower: Double, upper: Double) {
            var unit = conditions
            unit.surfaceMobility = 1
            let n1 = creepNumber(unit)
            guard n1 > 0, n1.isFinite else { return (.nan, .nan) }
            switch observed {
            case .seSide: return (0, splitThreshold / n1)
            case .split: return (splitThreshold / n1, ccThreshold / n1)
            case .ccSide: return (ccThreshold / n1, .infinity)
            }
        }
    }
}
