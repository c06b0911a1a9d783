public import GoldenRecords
import Foundation

extension Wu2023 {
    /// Active-material (NMC) loading implied by an areal and a specific capacity:
    /// m = Q_A / Q_m, in mg cm⁻² (mAh cm⁻² / mAh g⁻¹ = g cm⁻², × 1000).
    ///
    /// The paper prints no loading; 1.39 mAh cm⁻² and 174.02 mAh g⁻¹ (both at 0.1 C) give
    /// 7.988 mg cm⁻².
    ///
    /// Edge Cases: non-finite or non-positive inputs throw `ArgumentError`.
    public static func activeMaterialLoading(
        arealCapacity: Double, specificCapacity: Double
    ) throws(ArgumentError) -> Double {
        try positive(arealCapacity, "arealCapacity (mAh cm⁻²)")
            / (try positive(specificCapacity, "specificCapacity (mAh g⁻¹)")) * 1000
    }

    /// 1C as an areal current density, mA cm⁻²: I₁C · m / 1000, with the specific current of 1C in
    /// mA g⁻¹ (the paper's 200 mA g⁻¹) and the loading in mg cm⁻². With the implied 7.988 mg cm⁻²
    /// it gives 1.598 mA cm⁻², which the Fig. 5 caption prints as 1.6 mA cm⁻².
    ///
    /// Edge Cases: non-finite or non-positive inputs throw `ArgumentError`.
    public static func oneCCurrentDensity(
        specificCurrentOfOneC: Double, activeMaterialLoading: Double
    ) throws(ArgumentError) -> Double {
        try positive(specificCurrentOfOneC, "specificCurrentOfOneC (mA g⁻¹)")
            * (try positive(activeMaterialLoading, "activeMaterialLoading (mg cm⁻²)")) / 1000
    }

    /// Current density at a C-rate n (multiple of 1C): j = n · j₁C, mA cm⁻².
    ///
    /// Edge Cases: non-finite or non-positive inputs throw `ArgumentError`.
    public static func currentDensity(cRate: Double, oneC: Double) throws(ArgumentError) -> Double {
        try positive(cRate, "cRate") * (try positive(oneC, "oneC (mA cm⁻²)"))
    }

    /// Volumetric energy density of a cell stack, Wh L⁻¹: E_V = Q_A · V̄ / L, with Q_A in
    /// mAh cm⁻², V̄ in V and L in µm (mWh cm⁻² / 10⁻⁴ cm = mWh cm⁻³ = Wh L⁻¹).
    ///
    /// The paper states Q_A (1.39 mAh cm⁻²) and L ("around 100 µm") but not V̄.
    ///
    /// Edge Cases: non-finite or non-positive inputs throw `ArgumentError`.
    public static func volumetricEnergyDensity(
        arealCapacity: Double, averageVoltage: Double, stackThickness: Double
    ) throws(ArgumentError) -> Double {
        try positive(arealCapacity, "arealCapacity (mAh cm⁻²)")
            * (try positive(averageVoltage, "averageVoltage (V)"))
            / ((try positive(stackThickness, "stackThickness (µm)")) * 1e-4)
    }

    /// The average discharge voltage V̄ (V) that makes `volumetricEnergyDensity` equal E_V
    /// (Wh L⁻¹): V̄ = E_V · L / Q_A. For 514.3 Wh L⁻¹, 100 µm and 1.39 mAh cm⁻² it is 3.700 V,
    /// the usual nominal voltage of an NMC | Li cell, which suggests how the paper computed it.
    ///
    /// Edge Cases: non-finite or non-positive inputs throw `ArgumentError`.
    public static func impliedAverageVoltage(
        energyDensity: Double, arealCapacity: Double, stackThickness: Double
    ) throws(ArgumentError) -> Double {
        try positive(energyDensity, "energyDensity (Wh L⁻¹)")
            * (try positive(stackThickness, "stackThickness (µm)")) * 1e-4
            / (try positive(arealCapacity, "arealCapacity (mAh cm⁻²)"))
    }

    /// The stack mass per area (mg cm⁻²) that a specific energy E_m (Wh kg⁻¹) and an energy density
    /// E_V (Wh L⁻¹) over a stack of thickness L (µm) imply: m_A = E_V · L / E_m.
    /// For 250.6 Wh kg⁻¹, 514.3 Wh L⁻¹ and 100 µm it is 20.52 mg cm⁻², i.e. a mean stack density
    /// of E_V / E_m = 2.052 g cm⁻³. The paper prints no masses, so the 250.6 Wh kg⁻¹ cannot be
    /// recomputed; this only says what it implies.
    ///
    /// Edge Cases: non-finite or non-positive inputs throw `ArgumentError`.
    public static func impliedArealMass(
        specificEnergy: Double, energyDensity: Double, stackThickness: Double
    ) throws(ArgumentError) -> Double {
        // E_V · L: Wh L⁻¹ · cm = 10⁻³ Wh cm⁻²;
        // divided by Wh kg⁻¹ gives 10⁻³ kg cm⁻² = 10³ mg cm⁻².
        try positive(energyDensity, "energyDensity (Wh L⁻¹)")
            * (try positive(stackThickness, "stackThickness (µm)")) * 1e-4
            / (try positive(specificEnergy, "specificEnergy (Wh kg⁻¹)")) * 1000
    }

    /// Geometric-mean capacity retention per cycle, r = R^(1/N): the constant per-cycle factor
    /// that compounds to the total retention R (fraction, e.g. 0.802) over N cycles.
    /// 80.2 % over 500 cycles gives 0.999559 (0.0441 % fade per cycle).
    ///
    /// Edge Cases: R must be in (0, 1] and N ≥ 1 and finite; otherwise `ArgumentError`.
    public static func retentionPerCycle(
        totalRetention: Double, cycles: Double
    ) throws(ArgumentError) -> Double {
        let r = totalRetention
        try ArgumentError.requireFraction(
            r, "totalRetention (fraction)", in: "Wu2023.retentionPerCycle")
        let n = try positive(cycles, "cycles")
        guard n >= 1 else {
            throw refusal(n, "cycles", "at least 1")
        }
        return pow(r, 1 / n)
    }

    /// The capacity fraction left after N cycles if every cycle lost exactly its Coulombic
    /// inefficiency: CE^N. For CE = 99.97 % and 500 cycles, 0.8607 — more than the measured
    /// 80.2 %, so Coulombic loss alone does not account for the fade (with Li in excess at the
    /// anode it would not cause fade at all), in line with the paper's dQ/dV reading that
    /// impedance growth is the main cause.
    ///
    /// Edge Cases: CE must be in (0, 1] and N ≥ 0 and finite; otherwise `ArgumentError`.
    public static func compoundedCoulombicEfficiency(
        _ ce: Double, cycles: Double
    ) throws(ArgumentError) -> Double {
        let e = ce
        try ArgumentError.requireFraction(
            e, "coulombicEfficiency (fraction)", in: "Wu2023.compoundedCoulombicEfficiency")
        return pow(e, try nonNegative(cycles, "cycles"))
    }

    /// Theoretical specific capacity of Li metal, mAh g⁻¹: Q = F / (3.6 C mAh⁻¹ · M_Li).
    /// With `Assumptions.faradayConstant` and the IUPAC conventional M_Li = 6.94 g mol⁻¹ it is
    /// 3861.88 mAh g⁻¹; the paper prints the customary 3860 (a documented discrepancy).
    ///
    /// Edge Cases: a non-finite or non-positive molar mass throws `ArgumentError`.
    public static func lithiumTheoreticalCapacity(
        molarMass: Double = Assumptions.lithiumMolarMass
    ) throws(ArgumentError) -> Double {
        Assumptions.faradayConstant / (3.6 * (try positive(molarMass, "molarMass (g mol⁻¹)")))
    }

    /// Thickness of dense Li metal holding an areal capacity Q_A (mAh cm⁻²), µm:
    /// t = 3.6 Q_A M_Li / (F ρ_Li) · 10⁴ = 4.849 µm per mAh cm⁻² with the assumed M_Li and ρ_Li
    /// (`Assumptions`). Not a number the paper prints; used to put its currents in perspective.
    ///
    /// Edge Cases: a non-finite or negative capacity throws `ArgumentError`; 0 gives 0.
    public static func lithiumThickness(arealCapacity: Double) throws(ArgumentError) -> Double {
        try nonNegative(arealCapacity, "arealCapacity (mAh cm⁻²)") * 3.6
            * Assumptions.lithiumMolarMass
            / (Assumptions.faradayConstant * Assumptions.lithiumDensity) * 1e4
    }

    /// The full cell's numbers from the golden records (Fig. 5b).
    public struct CellInputs: Sendable {
        /// Areal capacity at 0.1 C, mAh cm⁻².
        public let arealCapacity: Double
        /// Specific discharge capacity at 0.1 C, mAh g⁻¹ (the 174.02 of the energy sentence).
        public let specificCapacity: Double
        /// 1C in mA g⁻¹ (200).
        public let specificCurrentOfOneC: Double

        public init(catalog: GoldenCatalog) throws(InputError) {
            arealCapacity = try catalog.number("wu2023.cell.areal-capacity-0-1c", in: "mAh cm^-2")
            specificCapacity = try catalog.number(
                "wu2023.full-cell.discharge-capacity-0-1c", in: "mAh g^-1")
            specificCurrentOfOneC = try catalog.number(
                "wu2023.cell.c-rate-definition", in: "mA g^-1")
        }

        /// Implied NMC loading, mg cm⁻² (7.988).
        public var activeMaterialLoading: Double { arealCapacity / specificCapacity * 1000 }

        /// 1C in mA cm⁻² from the loading and 1C = 200 mA g⁻¹ (1.598).
        public var oneCCurrentDensity: Double {
            specificCurrentOfOneC * activeMaterialLoading / 1000
        }
    }
}
