extension Lee2020 {
    /// The Ag inventory of the Ag–C layer (Methods): Ag:C = 1:3 by weight, ~8 vol% Ag, a 5–10 µm
    /// layer and 8–16 mg Ah⁻¹ of Ag. No two of the first, second and fourth agree; see the guide.
    public enum AgInventory {
        /// The largest Ag volume fraction a layer with `carbonPerAg` g of carbon per g of Ag can
        /// have: pore- and binder-free solids, φ = (1/ρ_Ag) / (1/ρ_Ag + r/ρ_C), dimensionless.
        ///
        /// Default densities: Ag 10.501 g cm⁻³ and graphite 2.261 g cm⁻³ from their lattices
        /// (`Constants.densityAg`, `Constants.densityGraphite`); graphite is an upper bound for carbon
        /// black, so φ is an upper bound. For r = 3: 0.06696 (6.70 vol%).
        /// - Throws: `ArgumentError` for a negative ratio or non-positive densities.
        public static func agVolumeFractionUpperBound(
            carbonPerAg r: Double, agDensity: Double = Constants.densityAg,
            carbonDensity: Double = Constants.densityGraphite
        ) throws(ArgumentError) -> Double {
            let f = "AgInventory.agVolumeFractionUpperBound"
            try check(r, "carbonPerAg", in: f)
            try check(agDensity, "agDensity", in: f, strict: true)
            try check(carbonDensity, "carbonDensity", in: f, strict: true)
            let ag = 1 / agDensity
            return ag / (ag + r / carbonDensity)
        }

        /// Ag mass per cell capacity, mg Ah⁻¹: φ t ρ_Ag / Q_A (t in µm, Q_A in mAh cm⁻²).
        /// 8 vol% in 5 µm at 6.8 mAh cm⁻²: 61.77 mg Ah⁻¹ (10 µm: 123.54).
        /// - Throws: `ArgumentError` for φ outside [0, 1], a negative thickness, Q_A ≤ 0.
        public static func agMassPerCapacity(
            volumeFraction phi: Double, thickness: Double, arealCapacity: Double,
            agDensity: Double = Constants.densityAg
        ) throws(ArgumentError) -> Double {
            let f = "AgInventory.agMassPerCapacity"
            try checkFraction(phi, in: f)
            try check(thickness, "thickness", in: f)
            try check(arealCapacity, "arealCapacity", in: f, strict: true)
            try check(agDensity, "agDensity", in: f, strict: true)
            let mgPerCm2 = phi * thickness * 1e-4 * agDensity * 1e3
            return mgPerCm2 / (arealCapacity * 1e-3)
        }

        /// The Ag volume fraction that m mg Ah⁻¹ implies in a layer of thickness t µm:
        /// φ = m Q_A / (t ρ_Ag). 8 mg Ah⁻¹ over 5 µm at 6.8 mAh cm⁻²: 0.01036.
        public static func impliedAgVolumeFraction(
            agMassPerCapacity m: Double, thickness: Double, arealCapacity: Double,
            agDensity: Double = Constants.densityAg
        ) throws(ArgumentError) -> Double {
            let f = "AgInventory.impliedAgVolumeFraction"
            try check(m, "agMassPerCapacity", in: f)
            try check(thickness, "thickness", in: f, strict: true)
            try check(arealCapacity, "arealCapacity", in: f)
            try check(agDensity, "agDensity", in: f, strict: true)
            return m * 1e-3 * arealCapacity * 1e-3 / (thickness * 1e-4 * agDensity)
        }

        /// The smallest porosity of a layer holding m mg Ah⁻¹ of Ag and r g of carbon per g of Ag in
        /// t µm (carbon at graphite density, no binder): 1 − (φ_Ag + φ_C). 8 mg Ah⁻¹, r = 3, 5 µm:
        /// 0.845.
        public static func impliedMinimumPorosity(
            agMassPerCapacity m: Double, carbonPerAg r: Double, thickness: Double,
            arealCapacity: Double, agDensity: Double = Constants.densityAg,
            carbonDensity: Double = Constants.densityGraphite
        ) throws(ArgumentError) -> Double {
            let phiAg = try impliedAgVolumeFraction(
                agMassPerCapacity: m, thickness: thickness, arealCapacity: arealCapacity,
                agDensity: agDensity)
            try check(r, "carbonPerAg", in: "AgInventory.impliedMinimumPorosity")
            try check(
                carbonDensity, "carbonDensity", in: "AgInventory.impliedMinimumPorosity",
                strict: true)
            return 1 - phiAg * (1 + r * agDensity / carbonDensity)
        }

        static func checkFraction(_ phi: Double, in f: String) throws(ArgumentError) {
            try ArgumentError.requireFraction(
                phi, "volumeFraction", in: "Lee2020.\(f)", allowZero: true)
        }
    }
}
