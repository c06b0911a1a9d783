public import GoldenRecords
import Foundation

/// Park et al. 2022 (J. Mater. Chem. A 10, 21995), where Li metal deposits in an anode-free cell
/// with a porous interlayer on the current collector: the energetics of eqn (1), the Coble creep
/// of eqns (2)–(3), and a regime model (CC side / split / SE side) calibrated on the carbon spheres.
public enum Park2022 {}

extension Park2022 {
    /// Boltzmann constant, J K⁻¹ (exact, SI 2019).
    public static let boltzmannConstant = 1.380649e-23
    /// Avogadro constant, mol⁻¹ (exact, SI 2019).
    public static let avogadroConstant = 6.02214076e23
    /// Elementary charge, C (exact, SI 2019).
    public static let elementaryCharge = 1.602176634e-19
    /// Faraday constant, C mol⁻¹ (e·N_A).
    public static let faradayConstant = elementaryCharge * avogadroConstant

    /// The constants eqns (2)–(3) need that the paper does not print, each with its source.
    ///
    /// **Every absolute creep rate and creep number depends on these.** The categorical regimes do
    /// not: the thresholds are calibrated on the carbon-sphere cases with the same constants, and
    /// K, δ_s and the unit of the eqn (3) prefactor multiply every creep number alike
    /// (`Park2022RegimeTests.regimesDoNotDependOnUnstatedPrefactors` checks this).
    public struct Constants: Sendable, Hashable {
        /// K of eqn (2), dimensionless. Default 150: R. L. Coble, J. Appl. Phys. 34, 1679 (1963)
        /// (ref. 30 of the paper, which cites it for eqn (2)) gives ε̇ ≃ 150 σ D_b W Ω / ((GS)³ kT).
        /// The paper states no value.
        public var cobleConstant: Double
        /// δ_s of eqn (2), m. Default 0.5 nm: the conventional boundary/surface-layer width
        /// (about two atomic spacings; e.g. "a grain boundary width of 0.5 nm was assumed",
        /// Holloway & Abrantes, J. Vac. Sci. Technol. A 7, 1573 (1989)). The paper states no value.
        public var surfaceLayerThickness: Double
        /// Pre-exponential factor of eqn (3), m² s⁻¹. The paper prints "0.014" with no unit; we read
        /// it as 0.014 cm² s⁻¹ (the unit of the empirical low-temperature surface self-diffusion
        /// correlation D_s = 0.014 exp(−13 T_m / RT), whose 13/R with R in cal mol⁻¹ K⁻¹ is the
        /// printed 6.54, and the unit of every diffusivity in the paper). An assumption.
        public var surfaceDiffusivityPrefactor: Double
        /// The 6.54 of eqn (3), dimensionless (printed; `park2022.eq3.activation-coefficient`).
        public var activationCoefficient: Double
        /// Melting point of Li, K: 453.69 K (180.54 °C, handbook value). Not printed in the paper.
        public var lithiumMeltingPoint: Double
        /// Molar mass of Li, kg mol⁻¹: 6.94 g mol⁻¹ (IUPAC abridged standard atomic weight).
        public var lithiumMolarMass: Double
        /// Density of Li metal at room temperature, kg m⁻³: 0.534 g cm⁻³ (handbook value).
        public var lithiumDensity: Double

        /// The two eqn (3) numbers are the paper's and have no default: pass them, or use
        /// `init(catalog:)`, which reads them from their golden records (never retyped).
        public init(cobleConstant: Double = 150, surfaceLayerThickness: Double = 0.5e-9,
                    surfaceDiffusivityPrefactor: Double, activationCoefficient: Double,
                    lithiumMeltingPoint: Double = 453.69, lithiumMolarMass: Double = 6.94e-3,
                    lithiumDensity: Double = 534) {
            self.cobleConstant = cobleConstant
            self.surfaceLayerThickness = surfaceLayerThickness
            self.surfaceDiffusivityPrefactor = surfaceDiffusivityPrefactor
            self.activationCoefficient = activationCoefficient
            self.lithiumMeltingPoint = lithiumMeltingPoint
            self.lithiumMolarMass = lithiumMolarMass
            self.lithiumDensity = lithiumDensity
        }

        /// The sourced defaults, with the two eqn (3) numbers read from the golden records
        /// (`park2022.eq3.prefactor`, whose unit cm² s⁻¹ is our reading, and
        /// `park2022.eq3.activation-coefficient`).
        public init(catalog: GoldenCatalog) throws(InputError) {
            self.init(surfaceDiffusivityPrefactor: try catalog.number("park2022.eq3.prefactor", in: "m^2 s^-1"),
                      activationCoefficient: try catalog.number("park2022.eq3.activation-coefficient", in: "1"))
        }

        /// Atomic volume Ω of Li, m³ (2.158 × 10⁻²⁹ m³ = 21.58 Å³ with the defaults).
        public var lithiumAtomicVolume: Double {
            Park2022.atomicVolume(molarMass: lithiumMolarMass, density: lithiumDensity)
        }

        /// Molar volume of Li, m³ mol⁻¹ (13.0 cm³ mol⁻¹ with the defaults).
        public var lithiumMolarVolume: Double { lithiumMolarMass / lithiumDensity }
    }

    /// Atomic volume from molar mass and density: Ω = M / (ρ N_A).
    ///
    /// - Parameters:
    ///   - molarMass: kg mol⁻¹ (Li: 6.94 × 10⁻³).
    ///   - density: kg m⁻³ (Li: 534).
    /// - Returns: m³ per atom.
    ///
    /// Edge Cases: a non-positive or non-finite input gives NaN.
    public static func atomicVolume(molarMass: Double, density: Double) -> Double {
        guard molarMass > 0, density > 0, molarMass.isFinite, density.isFinite else { return .nan }
        return molarMass / (density * avogadroConstant)
    }

    /// Homologous temperature T / T_M, dimensionless (the paper's "0.66 and 0.60 for Li and Sn").
    ///
    /// Edge Cases: a non-positive or non-finite melting point, or a negative or non-finite
    /// temperature, gives NaN.
    public static func homologousTemperature(temperature: Double, meltingPoint: Double) -> Double {
        guard meltingPoint > 0, temperature >= 0, meltingPoint.isFinite, temperature.isFinite else { return .nan }
        return temperature / meltingPoint
    }

    /// Room temperature used for the homologous temperatures, K (our assumption: the paper states none).
    public static let roomTemperature = 298.15
    /// Melting point of Sn, K, as ref. 28 of the paper states it ("T_M = 505 K").
    public static let tinMeltingPoint = 505.0
}

extension Park2022: ModelledPaper {
    public static let key = "park2022"
}
