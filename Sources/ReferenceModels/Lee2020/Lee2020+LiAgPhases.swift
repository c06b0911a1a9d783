public import GoldenRecords

extension Lee2020 {
    /// The Li–Ag phases along the electrochemical lithiation path of Ag, as far as the papers of
    /// this suite and the sources below pin them down. x is Li per Ag in LiₓAg.
    ///
    /// Sources: Pelton's assessment of the Ag–Li system (A. D. Pelton, Bull. Alloy Phase Diagrams
    /// 7(3), 223 (1986), after Freeth & Raynor, J. Inst. Met. 82, 569 (1953–54)) names the
    /// terminal solid solutions (Ag) and (Li), notes that "Li exhibits extensive solubility in (Ag)",
    /// and has γ phases (γ₁ the most Li-rich); γ phases are γ-brass-type, 52 atoms per cubic cell
    /// (`Constants.gammaBrassAtomsPerCell`). Jun 2024 identifies Li₉Ag₄ by XRD as the fully
    /// lithiated phase (`CrossPaper.fullLithiationLi/Ag`); Park 2022 gives ~9 at% Ag soluble in Li at
    /// 145.5 °C (`CrossPaper.agSolubilityInLiAtPercent`). First-principles work predicts further
    /// Li-rich compounds (Li₃Ag and Li₁₁Ag₂: Thomas, Behara & Van der Ven, Chem. Mater. 2024,
    /// doi:10.1021/acs.chemmater.4c01903) and Huang et al. (Energy Mater. Adv. 2024,
    /// doi:10.34133/energymatadv.0108) discuss Li₉Ag₄ → Li₄Ag; these are not resolved by the papers
    /// of this suite, so the path below does not split the range between Li₉Ag₄ and (Li).
    ///
    /// The composition limits of (Ag), β-LiAg and the γ phases between x = 0 and x = 9/4 are not
    /// given numerically by any source found, so that range is one class, `partiallyLithiated`.
    public enum LiAgPhase: String, CaseIterable, Sendable, Codable {
        /// Pristine fcc Ag, x = 0.
        case silver = "ag"
        /// 0 < x < 9/4: Li dissolved in (Ag) and the intermediate phases (β-LiAg, γ-brass phases);
        /// the amorphous or nanocrystalline "Ag–Li alloy" of the paper's TEM.
        case partiallyLithiated = "partially-lithiated"
        /// x = 9/4 exactly: Li₉Ag₄, γ-brass-type, full lithiation of Ag (Jun 2024).
        case li9Ag4 = "li9ag4"
        /// 9/4 < x < x_sol: Li₉Ag₄ coexisting with Li metal holding dissolved Ag (Lee 2020: Ag
        /// "forms a solid solution with Li metal").
        case li9Ag4PlusLithium = "li9ag4-plus-li"
        /// x ≥ x_sol = (100 − 9)/9 = 10.1: Li-rich bcc solid solution with ≤ ~9 at% Ag.
        /// Assumption: the 145.5 °C limit of Park 2022 stands for the limit at 25–60 °C, which no
        /// paper of the suite gives.
        case lithiumSolidSolution = "li-solid-solution"
    }

    /// x = Li/Ag of Li₉Ag₄ = 9/4 (Jun 2024).
    public static var fullLithiationX: Double {
        CrossPaper.fullLithiationLi / CrossPaper.fullLithiationAg
    }

    /// Smallest x of the Li-rich solid solution: x_sol = (100 − c_Ag)/c_Ag with c_Ag = 9 at%
    /// (Park 2022, at 145.5 °C) → 10.111.
    public static var lithiumSolidSolutionMinimumX: Double {
        (100 - CrossPaper.agSolubilityInLiAtPercent) / CrossPaper.agSolubilityInLiAtPercent
    }

    /// The phase (or phase field) of LiₓAg on the lithiation path.
    ///
    /// Boundaries, stated and tested: x = 0 → `silver`; 0 < x < 9/4 → `partiallyLithiated`;
    /// x = 9/4 exactly → `li9Ag4`; 9/4 < x < x_sol → `li9Ag4PlusLithium`; x ≥ x_sol →
    /// `lithiumSolidSolution` (x_sol = 10.111, inclusive).
    ///
    /// - Throws: `ArgumentError` for x < 0, NaN or ±∞ (x = ∞ would be pure Li, which has no Ag).
    public static func phase(liPerAg x: Double) throws(ArgumentError) -> LiAgPhase {
        try check(x, "x", in: "phase(liPerAg:)")
        if x == 0 { return .silver }
        if x < fullLithiationX { return .partiallyLithiated }
        if x == fullLithiationX { return .li9Ag4 }
        if x < lithiumSolidSolutionMinimumX { return .li9Ag4PlusLithium }
        return .lithiumSolidSolution
    }

    /// Atomic fraction of Li in LiₓAg: x / (1 + x), dimensionless.
    /// - Throws: `ArgumentError` for x < 0 or non-finite x.
    public static func atomicFractionLi(liPerAg x: Double) throws(ArgumentError) -> Double {
        try check(x, "x", in: "atomicFractionLi(liPerAg:)")
        return x / (1 + x)
    }

    /// x = Li/Ag from the atomic fraction of Li, c / (1 − c).
    /// - Throws: `ArgumentError` unless 0 ≤ c < 1.
    public static func liPerAg(atomicFractionLi c: Double) throws(ArgumentError) -> Double {
        guard c.isFinite, c >= 0, c < 1 else {
            throw ArgumentError(
                .of(c), function: "Lee2020.liPerAg(atomicFractionLi:)",
                argument: "c", value: c,
                accepted: "0 ≤ c < 1")
        }
        return c / (1 - c)
    }

    /// Specific capacity of Ag lithiated to LiₓAg, per gram of Ag: Q = x F / M_Ag, mAh g⁻¹.
    /// At full lithiation (Li₉Ag₄, x = 9/4) 559.05 mAh g⁻¹. Depends on `Constants.faraday`,
    /// `Constants.molarMassAg`.
    /// - Throws: `ArgumentError` for x < 0 or non-finite x.
    public static func agSpecificCapacity(liPerAg x: Double) throws(ArgumentError) -> Double {
        try check(x, "x", in: "agSpecificCapacity(liPerAg:)")
        return x * Constants.faradayMilliampHours / Constants.molarMassAg
    }

    /// The same capacity per gram of the lithiated alloy: x F / (M_Ag + x M_Li), mAh g⁻¹
    /// (488.34 mAh g⁻¹ for Li₉Ag₄).
    public static func alloySpecificCapacity(liPerAg x: Double) throws(ArgumentError) -> Double {
        try check(x, "x", in: "alloySpecificCapacity(liPerAg:)")
        return x * Constants.faradayMilliampHours
            / (Constants.molarMassAg + x * Constants.molarMassLi)
    }

    /// Whether a binary compound Li_a Ag_b can fill the 52-atom cubic cell of a γ-brass structure
    /// with whole atoms: 52·a/(a+b) must be an integer. Li₉Ag₄: 36 Li + 16 Ag, yes; Li₃Ag₄:
    /// 22.29 Li, no.
    /// - Throws: `ArgumentError` unless a and b are positive whole numbers.
    public static func fitsGammaBrassCell(li a: Int, ag b: Int) throws(ArgumentError) -> Bool {
        guard a > 0 else {
            throw ArgumentError(
                .outOfDomain, function: "Lee2020.fitsGammaBrassCell(li:ag:)",
                argument: "li", value: Double(a),
                accepted: "a whole number ≥ 1")
        }
        guard b > 0 else {
            throw ArgumentError(
                .outOfDomain, function: "Lee2020.fitsGammaBrassCell(li:ag:)",
                argument: "ag", value: Double(b),
                accepted: "a whole number ≥ 1")
        }
        return (Constants.gammaBrassAtomsPerCell * a) % (a + b) == 0
    }

    /// The check of the phase label Lee 2020 prints for the new XRD reflections, "Li₃Ag₄ (γ₃)".
    public struct PhaseLabelCheck: Sendable, Equatable {
        /// Atomic fraction of Li of the printed formula (3/7 = 0.4286) and of Li₉Ag₄ (9/13 = 0.6923).
        public let printedAtomicFractionLi: Double
        public let li9Ag4AtomicFractionLi: Double
        /// Whether each formula fills a γ-brass cell with whole atoms.
        public let printedFitsGammaBrass: Bool
        public let li9Ag4FitsGammaBrass: Bool
        /// The phase of the printed composition on the lithiation path (x = 0.75 → partially lithiated).
        public let printedPhase: LiAgPhase
    }

    /// Checks "Li₃Ag₄ (γ₃)" against Li₉Ag₄: the printed formula is Ag-rich (42.9 at% Li) and cannot
    /// be a γ-brass (52-atom) composition, while the Ag–Li γ phases are Li-rich and Li₉Ag₄ is one
    /// (36 Li + 16 Ag). Reading: the label is Li₉Ag₄ misprinted.
    public static func checkPrintedPhaseLabel() -> PhaseLabelCheck {
        // The arguments are fixed valid constants; none of these calls can throw.
        let printedX = 3.0 / 4.0
        return PhaseLabelCheck(
            printedAtomicFractionLi: printedX / (1 + printedX),
            li9Ag4AtomicFractionLi: fullLithiationX / (1 + fullLithiationX),
            printedFitsGammaBrass: (Constants.gammaBrassAtomsPerCell * 3) % 7 == 0,
            li9Ag4FitsGammaBrass: (Constants.gammaBrassAtomsPerCell * 9) % 13 == 0,
            printedPhase: (try? phase(liPerAg: printedX)) ?? .partiallyLithiated)
    }

    /// Figure data: the lithiation path as bands of x = Li/Ag, with phase and inclusive bounds.
    /// The last band is open-ended (upper = +∞).
    public static func lithiationPathBands() -> [(
        phase: LiAgPhase, lowerX: Double, upperX: Double, includesLower: Bool, includesUpper: Bool
    )] {
        [
            (.silver, 0, 0, true, true),
            (.partiallyLithiated, 0, fullLithiationX, false, false),
            (.li9Ag4, fullLithiationX, fullLithiationX, true, true),
            (.li9Ag4PlusLithium, fullLithiationX, lithiumSolidSolutionMinimumX, false, false),
            (.lithiumSolidSolution, lithiumSolidSolutionMinimumX, .infinity, true, false),
        ]
    }

    /// Anode potential of the onset of Ag lithiation, V vs Li/Li⁺ (Jun 2024: ≈0.1 V). The cell
    /// voltage at which it shows in Lee 2020's full cell is the cathode potential minus this; the
    /// NMC potential is not printed, so Lee 2020 only locates the onset in the first stage
    /// ("up to 3.5 V").
    ///
    /// Read from the golden record `jun2024.voltage.ag-lithiation-onset` (never retyped).
    public static func agLithiationOnsetVsLi(
        catalog: GoldenCatalog
    ) throws(InputError) -> Double {
        try CrossPaper(catalog: catalog).agLithiationOnsetVsLi
    }
}
