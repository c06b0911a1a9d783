import Foundation

extension Park2022 {
    /// Eqn (3): surface diffusivity of Li, D_s = D₀ · exp(−c · T_m / T) (the paper: D₀ = 0.014,
    /// c = 6.54, ref. 31).
    ///
    /// - Parameters:
    ///   - temperature: T, K.
    ///   - meltingPoint: T_m, K.
    ///   - prefactor: D₀ in the unit wanted for D_s. The paper prints no unit; `Constants` reads it
    ///     as cm² s⁻¹ (an assumption, see `Constants.surfaceDiffusivityPrefactor`).
    ///   - coefficient: c, dimensionless.
    /// - Returns: D_s in the unit of `prefactor`.
    ///
    /// Edge Cases: T ≤ 0, T_m ≤ 0, a negative prefactor or any NaN gives NaN; T = +∞ gives D₀.
    public static func surfaceDiffusivity(
        temperature: Double, meltingPoint: Double, prefactor: Double, coefficient: Double
    ) -> Double {
        guard temperature > 0, meltingPoint > 0, meltingPoint.isFinite, prefactor >= 0,
            prefactor.isFinite, coefficient.isFinite
        else {
            return .nan
        }
        return prefactor * exp(-coefficient * meltingPoint / temperature)
    }

    /// Eqn (2): Coble strain rate dε/dt = K δ_s D_s Ω σ / (D³ k_B T), s⁻¹.
    ///
    /// All inputs in SI: δ_s and D in m, D_s in m² s⁻¹, Ω in m³, σ in Pa, T in K. The paper takes D,
    /// the "average grain diameter", as the average pore diameter (Li in the pores is single
    /// crystalline, ref. 19).
    ///
    /// Edge Cases: D ≤ 0, T ≤ 0, a negative K, δ_s, D_s or Ω, or any NaN gives NaN; σ = 0 gives 0;
    /// a negative σ (tension) gives a negative rate (the law is linear in σ); D = +∞ gives 0.
    public static func cobleStrainRate(
        cobleConstant: Double, surfaceLayerThickness: Double, surfaceDiffusivity: Double,
        atomicVolume: Double, stress: Double, grainDiameter: Double, temperature: Double
    ) -> Double {
        let nonNegative = [cobleConstant, surfaceLayerThickness, surfaceDiffusivity, atomicVolume]
        guard nonNegative.allSatisfy({ $0 >= 0 && $0.isFinite }), grainDiameter > 0,
            temperature > 0, temperature.isFinite,
            stress.isFinite
        else { return .nan }
        if grainDiameter == .infinity { return 0 }
        return cobleConstant * surfaceLayerThickness * surfaceDiffusivity * atomicVolume * stress
            / (grainDiameter * grainDiameter * grainDiameter * boltzmannConstant * temperature)
    }

    /// The strain rate the plated Li must sustain to reach the CC: the plating front advances at
    /// v = j V_m / F, and Li creeping through a layer of thickness L keeps up when ε̇ L ≥ v, so
    /// ε̇_required = j V_m / (F L), s⁻¹.
    ///
    /// - Parameters:
    ///   - currentDensity: j, A m⁻².
    ///   - molarVolume: V_m of Li, m³ mol⁻¹.
    ///   - interlayerThickness: L, m.
    ///
    /// Edge Cases: j = 0 gives 0 (nothing to accommodate); L ≤ 0, a negative j or V_m, or any NaN
    /// or infinity gives NaN.
    public static func requiredStrainRate(
        currentDensity: Double, molarVolume: Double, interlayerThickness: Double
    ) -> Double {
        guard currentDensity >= 0, molarVolume >= 0, interlayerThickness > 0,
            [currentDensity, molarVolume, interlayerThickness].allSatisfy(\.isFinite)
        else { return .nan }
        return currentDensity * molarVolume / (faradayConstant * interlayerThickness)
    }

    /// The operating point of one interlayer, in the units the paper prints.
    public struct Conditions: Sendable, Hashable {
        /// Average pore diameter, nm (taken as the Li grain diameter D of eqn (2)).
        public var poreDiameter: Double
        /// Temperature, K.
        public var temperature: Double
        /// Stack pressure, MPa (taken as the stress σ of eqn (2)).
        public var stackPressure: Double
        /// Plating current density, mA cm⁻².
        public var currentDensity: Double
        /// Interlayer thickness, µm.
        public var interlayerThickness: Double
        /// Li interfacial mobility on the scaffold relative to the carbon spheres (carbon = 1);
        /// multiplies D_s.
        public var surfaceMobility: Double

        public init(
            poreDiameter: Double, temperature: Double, stackPressure: Double,
            currentDensity: Double,
            interlayerThickness: Double, surfaceMobility: Double = 1
        ) {
            self.poreDiameter = poreDiameter
            self.temperature = temperature
            self.stackPressure = stackPressure
            self.currentDensity = currentDensity
            self.interlayerThickness = interlayerThickness
            self.surfaceMobility = surfaceMobility
        }
    }

    /// Coble strain rate of Li in the pores at `conditions`, s⁻¹: eqn (2) with D_s of eqn (3)
    /// times the surface-mobility factor. Depends on the unstated K, δ_s and unit of 0.014
    /// (`Constants`).
    ///
    /// Edge Cases: as `cobleStrainRate`; a negative surface mobility gives NaN.
    public static func cobleStrainRate(_ c: Conditions, constants k: Constants) -> Double {
        guard c.surfaceMobility >= 0 else { return .nan }
        let ds =
            c.surfaceMobility
            * surfaceDiffusivity(
                temperature: c.temperature, meltingPoint: k.lithiumMeltingPoint,
                prefactor: k.surfaceDiffusivityPrefactor, coefficient: k.activationCoefficient)
        return cobleStrainRate(
            cobleConstant: k.cobleConstant, surfaceLayerThickness: k.surfaceLayerThickness,
            surfaceDiffusivity: ds,
            atomicVolume: k.lithiumAtomicVolume, stress: c.stackPressure * 1e6,
            grainDiameter: c.poreDiameter * 1e-9, temperature: c.temperature)
    }

    /// The dimensionless creep number N = ε̇_Coble / ε̇_required: how many times faster Coble creep
    /// can move Li through the interlayer than plating at `currentDensity` demands.
    ///
    /// N scales as M · exp(−6.54 T_m/T) σ L / (T D³ j): it rises with a smaller pore, a higher
    /// temperature (for T < 6.54 T_m), a more mobile surface, a higher stack pressure, a thicker
    /// layer and a lower current density. Its absolute value depends on the unstated constants
    /// (`Constants`); with the sourced defaults N is 3 × 10⁴ for CS1 and 8 × 10⁷ for CS3 at
    /// 60 °C, i.e. far above 1 everywhere: an absolute Coble estimate with σ = stack pressure
    /// predicts creep through every interlayer of the paper, and only the calibrated thresholds
    /// reproduce the observations.
    ///
    /// Edge Cases: a zero current density gives +∞; a negative stack pressure or any invalid input
    /// of the two rates gives NaN.
    public static func creepNumber(_ c: Conditions, constants: Constants) -> Double {
        guard c.stackPressure >= 0 else { return .nan }
        let rate = cobleStrainRate(c, constants: constants)
        let required = requiredStrainRate(
            currentDensity: c.currentDensity * 10, molarVolume: constants.lithiumMolarVolume,
            interlayerThickness: c.interlayerThickness * 1e-6)
        guard !rate.isNaN, !required.isNaN else { return .nan }
        if required == 0 { return rate > 0 ? .infinity : .nan }
        return rate / required
    }
}
