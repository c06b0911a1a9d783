public import GoldenRecords
import Foundation

extension Park2022 {
    /// Data for the regime-map figure: pore diameter (10 nm–1 µm, log scale) × temperature
    /// (270–370 K), with the observed cases overlaid. Plain numbers only; the plotting module
    /// draws them.
    public enum RegimeMap {
        /// The two boundaries of the map.
        public enum Boundary: String, CaseIterable, Sendable {
            /// SE-side / split (N = `RegimeModel.splitThreshold`).
            case seSplit = "se-split"
            /// Split / CC-side (N = `RegimeModel.ccThreshold`).
            case splitCC = "split-cc"
        }

        /// One grid cell.
        public struct Cell: Sendable, Hashable {
            /// nm.
            public let poreDiameter: Double
            /// K.
            public let temperature: Double
            public let creepNumber: Double
            /// `nil` only for invalid inputs.
            public let regime: DepositLocation?
        }

        /// One observed case placed on the map.
        public struct Point: Sendable, Hashable {
            /// Golden id of the observation.
            public let id: String
            public let label: String
            /// Measured (or estimated) pore diameter, nm.
            public let poreDiameter: Double
            /// K.
            public let temperature: Double
            /// Surface-mobility factor used for the case (carbon = 1).
            public let surfaceMobility: Double
            /// The pore diameter that gives the same creep number on a carbon surface:
            /// D · M^(−1/3), nm. Plot non-carbon cases here to compare them with the carbon map.
            public let carbonEquivalentPoreDiameter: Double
            public let observed: DepositLocation
            public let model: DepositLocation?
            public let role: CaseRole
            /// The thermodynamic site; an SE-side site (the 5 MPa contact) is SE-side at any point of the map.
            public let thermodynamicSite: DepositLocation
        }

        /// Default pore-diameter axis: `count` values log-spaced from 10 to 1000 nm.
        ///
        /// Edge Cases: `count` < 2 gives `[10]` for 1 and `[]` for 0 or less.
        public static func poreDiameters(
            count: Int = 81, from lower: Double = 10, to upper: Double = 1000
        ) -> [Double] {
            guard count > 0 else { return [] }
            guard count > 1 else { return [lower] }
            let a = log10(lower), b = log10(upper)
            return (0..<count).map { pow(10, a + (b - a) * Double($0) / Double(count - 1)) }
        }

        /// Default temperature axis: `count` values evenly spaced from 270 to 370 K.
        ///
        /// Edge Cases: `count` < 2 gives `[270]` for 1 and `[]` for 0 or less.
        public static func temperatures(
            count: Int = 51, from lower: Double = 270, to upper: Double = 370
        ) -> [Double] {
            guard count > 0 else { return [] }
            guard count > 1 else { return [lower] }
            return (0..<count).map { lower + (upper - lower) * Double($0) / Double(count - 1) }
        }

        /// The regime at (pore diameter in nm, temperature in K) with the other conditions of `base`
        /// (stack pressure, current density, layer thickness, surface mobility) and a CC-side
        /// thermodynamic site unless given.
        public static func regime(
            model: RegimeModel, poreDiameter: Double, temperature: Double, base: Conditions,
            thermodynamicSite: DepositLocation = .ccSide
        ) -> DepositLocation? {
            var c = base
            c.poreDiameter = poreDiameter
            c.temperature = temperature
            return model.regime(c, thermodynamicSite: thermodynamicSite)
        }

        /// The grid, row by temperature: `result[i][j]` is at `temperatures[i]`, `poreDiameters[j]`.
        public static func grid(
            model: RegimeModel, poreDiameters: [Double], temperatures: [Double], base: Conditions
        ) -> [[Cell]] {
            temperatures.map { t in
                poreDiameters.map { d in
                    var c = base
                    c.poreDiameter = d
                    c.temperature = t
                    let n = model.creepNumber(c)
                    return Cell(
                        poreDiameter: d, temperature: t, creepNumber: n,
                        regime: model.regime(creepNumber: n))
                }
            }
        }

        /// The pore diameter (nm) on a boundary at temperature `temperature` (K), analytically:
        /// N ∝ 1/D³, so D* = D_ref · (N(D_ref) / N*)^(1/3). Pores smaller than D* are on the CC-ward
        /// side of the boundary.
        ///
        /// Edge Cases: invalid conditions give NaN.
        public static func boundaryPoreDiameter(
            _ boundary: Boundary, model: RegimeModel, temperature: Double, base: Conditions
        ) -> Double {
            var c = base
            c.poreDiameter = 1
            c.temperature = temperature
            let n = model.creepNumber(c)
            guard n > 0, n.isFinite else { return .nan }
            let threshold = boundary == .seSplit ? model.splitThreshold : model.ccThreshold
            return cbrt(n / threshold)
        }

        /// A boundary as (temperature K, pore diameter nm) pairs over `temperatures`.
        public static func boundaryCurve(
            _ boundary: Boundary, model: RegimeModel, temperatures: [Double], base: Conditions
        ) -> [(temperature: Double, poreDiameter: Double)] {
            temperatures.map {
                ($0, boundaryPoreDiameter(boundary, model: model, temperature: $0, base: base))
            }
        }

        /// The paper's observed cases with their map coordinates, observed and modelled regimes.
        public static func observedPoints(study: Study) -> [Point] {
            study.cases.map { oc in
                let m = oc.conditions.surfaceMobility
                return Point(
                    id: oc.id, label: oc.label, poreDiameter: oc.conditions.poreDiameter,
                    temperature: oc.conditions.temperature,
                    surfaceMobility: m,
                    carbonEquivalentPoreDiameter: oc.conditions.poreDiameter / cbrt(m),
                    observed: oc.observed, model: study.modelRegime(oc), role: oc.role,
                    thermodynamicSite: oc.thermodynamicSite)
            }
        }

        /// Everything the figure needs, from the golden records: the calibrated model, the carbon
        /// base conditions (5 MPa, 0.5 mA cm⁻², 5 µm), the axes, the grid, both boundary curves and
        /// the observed points.
        public struct Figure: Sendable {
            public let model: RegimeModel
            public let base: Conditions
            public let poreDiameters: [Double]
            public let temperatures: [Double]
            public let grid: [[Cell]]
            public let seSplitBoundary: [(temperature: Double, poreDiameter: Double)]
            public let splitCCBoundary: [(temperature: Double, poreDiameter: Double)]
            public let points: [Point]
        }

        public static func figure(
            catalog: GoldenCatalog, poreCount: Int = 81, temperatureCount: Int = 51
        ) throws(ArgumentError) -> Figure {
            let study = try Study(catalog: catalog)
            let d = poreDiameters(count: poreCount), t = temperatures(count: temperatureCount)
            return Figure(
                model: study.model, base: study.baseConditions, poreDiameters: d, temperatures: t,
                grid: grid(
                    model: study.model, poreDiameters: d, temperatures: t,
                    base: study.baseConditions),
                seSplitBoundary: boundaryCurve(
                    .seSplit, model: study.model, temperatures: t, base: study.baseConditions),
                splitCCBoundary: boundaryCurve(
                    .splitCC, model: study.model, temperatures: t, base: study.baseConditions),
                points: observedPoints(study: study))
        }
    }
}
