/// Lee et al. 2020 (Nat. Energy 5, 299), the Ag–C composite anode with no excess Li: the stages of
/// the first charge (Fig. 4), the Li–Ag phases, the cell arithmetic and the XRD checks.
///
/// Every input that Lee 2020 prints is read from `Golden/lee2020.json`; every other constant is a
/// named, cited `static let` in `Lee2020.Constants` (outside sources). Facts printed in the other
/// papers of this suite are read from their golden records by `Lee2020.CrossPaper`.
/// Guide: `docs/lee2020-agc-stages.md`.
public enum Lee2020 {}

extension Lee2020 {
    /// Rejects NaN, infinities and values below `minimum` (or equal to it when `strict`).
    static func check(_ value: Double, _ argument: String, in function: String,
                      minimum: Double = 0, strict: Bool = false) throws(ArgumentError) {
        let ok = value.isFinite && (strict ? value > minimum : value >= minimum)
        try ArgumentError.require(
            ok, value, argument, in: "Lee2020.\(function)",
            accepted: "a finite number \(strict ? ">" : "≥") \(minimum)")
    }
}

extension Lee2020 {
    /// Physical constants and material data that Lee 2020 does not print, each with its source.
    /// Results that depend on one of them say so in their doc comments.
    public enum Constants {
        /// Faraday constant, C mol⁻¹: exact since the 2019 SI redefinition (F = e·N_A with
        /// e = 1.602176634×10⁻¹⁹ C and N_A = 6.02214076×10²³ mol⁻¹; SI Brochure, 9th ed.).
        public static let faraday = 96485.33212
        /// Avogadro constant, mol⁻¹ (exact, 2019 SI).
        public static let avogadro = 6.02214076e23
        /// Boltzmann constant, eV K⁻¹ (exact, 2019 SI: 1.380649×10⁻²³ J K⁻¹ / e).
        public static let boltzmannEV = 8.617333262e-5
        /// Molar mass of Li, g mol⁻¹ (CRC Handbook of Chemistry and Physics, 97th ed., as
        /// tabulated at matmake.com "Properties of Lithium").
        public static let molarMassLi = 6.941
        /// Molar mass of Ag, g mol⁻¹ (IUPAC standard atomic weight 107.8682).
        public static let molarMassAg = 107.8682
        /// Molar mass of C, g mol⁻¹ (IUPAC abridged standard atomic weight 12.011).
        public static let molarMassC = 12.011
        /// Density of Li metal, g cm⁻³ (534 kg m⁻³, CRC Handbook, 97th ed., via matmake.com).
        public static let densityLi = 0.534
        /// Lattice parameter of fcc Ag, Å: 4.0862 (AMCSD entry 0011135, after Wyckoff, Crystal
        /// Structures vol. 1 (1963); as shipped in NCrystal `data/Ag_sg225.ncmat`).
        public static let latticeAg = 4.0862
        /// Graphite cell, Å: a = 2.464, c = 6.711, 4 C per hexagonal cell (AMCSD 0014675, after
        /// Trucano & Chen, Nature 258, 136 (1975); NCrystal `data/C_sg194_pyrolytic_graphite.ncmat`).
        public static let graphiteA = 2.464
        public static let graphiteC = 6.711
        /// Atoms in the cubic cell of the γ-brass structure (Pearson symbol cI52 / cP52; AFLOW
        /// prototype A5B8_cI52_217_ce_cg for Cu5Zn8, and Gourdon et al., Inorg. Chem. 46, 251
        /// (2007): Z = 4 Cu5Zn8 = 52 atoms built from 26-atom clusters).
        public static let gammaBrassAtomsPerCell = 52

        /// Density of fcc Ag from its lattice parameter: ρ = 4 M_Ag / (N_A a³) = 10.501 g cm⁻³.
        public static var densityAg: Double {
            4 * molarMassAg / (avogadro * pow3(latticeAg * 1e-8))
        }
        /// Density of graphite from its cell: ρ = 4 M_C / (N_A · (√3/2) a² c) = 2.261 g cm⁻³. An
        /// upper bound for carbon black, which is less ordered and lighter.
        public static var densityGraphite: Double {
            4 * molarMassC / (avogadro * (3.0.squareRoot() / 2) * graphiteA * graphiteA * graphiteC * 1e-24)
        }
        /// Charge of one mole of electrons in mAh: F / 3.6 = 26801.48 mAh mol⁻¹.
        public static var faradayMilliampHours: Double { faraday / 3.6 }

        static func pow3(_ x: Double) -> Double { x * x * x }
    }
}

extension Lee2020: ModelledPaper {
    public static let key = "lee2020"
}
