extension Jun2024 {
    /// How the stated Si loading ("0.94–1.05 mg cm⁻²", 2.3) is read when computing x in LixSi.
    public enum SiLoadingReading: String, CaseIterable, Sendable {
        /// The loading is Si (active) mass; the midpoint 0.995 mg cm⁻² is used. **The reference**:
        /// it is the only reading under which the half-cell current (0.74 mA cm⁻² at 0.2 C) means a
        /// physically possible 1C of 3.5–3.9 A g⁻¹ of Si.
        case siMassLoadingMidpoint = "si-mass-loading-midpoint"
        /// The loading is the 70:15:15 composite mass; Si = 70 % of the midpoint.
        case compositeLoadingMidpoint = "composite-loading-midpoint"
    }

    /// Thickness of a layer deposited at a constant rate: t = rate × time. Rate in nm s⁻¹, time in s,
    /// result in nm (2 nm s⁻¹ × 1250 s = 2500 nm = 2.5 µm, Experimental Section).
    ///
    /// Edge Cases: returns NaN for a negative or non-finite input; 0 for a zero rate or time.
    public static func depositedThickness(rate: Double, time: Double) -> Double {
        guard rate >= 0, time >= 0, rate.isFinite, time.isFinite else { return .nan }
        return rate * time
    }

    /// Deposition rate implied by a thickness and a time, nm s⁻¹ (40 nm in 80 s at 30 mA: 0.5 nm s⁻¹).
    /// The paper gives no sputter rate, so the Ag thickness cannot be computed from 30 mA and 80 s;
    /// this is the rate the stated result implies.
    ///
    /// Edge Cases: returns NaN for a non-positive time or a negative or non-finite input.
    public static func impliedDepositionRate(thickness: Double, time: Double) -> Double {
        guard thickness >= 0, thickness.isFinite, time > 0, time.isFinite else { return .nan }
        return thickness / time
    }

    /// Moles of Li per cm² in a Li metal layer of `thickness` nm: n = ρ_Li · t / M_Li, with the
    /// sourced ρ_Li = 0.534 g cm⁻³ and M_Li = 6.94 g mol⁻¹ (`Constants`). Result in mol cm⁻².
    ///
    /// Edge Cases: returns NaN for a negative or non-finite thickness.
    public static func lithiumPerArea(thickness nanometres: Double) -> Double {
        guard nanometres >= 0, nanometres.isFinite else { return .nan }
        return Constants.lithiumDensity * nanometres * 1e-7 / Constants.lithiumMolarMass
    }

    /// Charge of `molesPerArea` mol cm⁻² of Li, mAh cm⁻²: n · F / 3.6 (F in C mol⁻¹; 1 mAh = 3.6 C).
    public static func arealCapacity(lithiumPerArea molesPerArea: Double) -> Double {
        molesPerArea * Constants.faraday / 3.6
    }

    /// x in LixSi when `lithiumPerArea` mol cm⁻² of Li alloys with `siliconLoading` mg cm⁻² of Si:
    /// x = n_Li / (m_Si / M_Si), with M_Si = 28.085 g mol⁻¹ (`Constants`).
    ///
    /// Edge Cases: returns NaN for a non-positive or non-finite loading or a negative Li amount.
    public static func lithiumToSiliconRatio(lithiumPerArea: Double, siliconLoading milligrams: Double) -> Double {
        guard milligrams > 0, milligrams.isFinite, lithiumPerArea >= 0, lithiumPerArea.isFinite else { return .nan }
        return lithiumPerArea / (milligrams * 1e-3 / Constants.siliconMolarMass)
    }

    /// The Si loading, mg cm⁻², at which `lithiumPerArea` mol cm⁻² of Li gives LixSi with the given x
    /// (2.5 µm of Li and x = 1.1: 0.491 mg cm⁻² of Si).
    ///
    /// Edge Cases: returns NaN for a non-positive or non-finite x or a negative Li amount.
    public static func siliconLoading(lithiumPerArea: Double, forRatio x: Double) -> Double {
        guard x > 0, x.isFinite, lithiumPerArea >= 0, lithiumPerArea.isFinite else { return .nan }
        return lithiumPerArea * Constants.siliconMolarMass / x * 1e3
    }

    /// Areal capacity, mAh cm⁻², stored by a Ag layer of `thickness` nm fully lithiated to Li9Ag4
    /// (9/4 Li per Ag), with the sourced ρ_Ag = 10.5 g cm⁻³ and M_Ag = 107.8682 g mol⁻¹.
    /// For 40 nm: 0.0235 mAh cm⁻², under 3 % of the 0.87 mAh cm⁻² that the interlayer adds to the
    /// 15 MPa discharge (so the gain is not the Ag's own capacity).
    ///
    /// Edge Cases: returns NaN for a negative or non-finite thickness.
    public static func interlayerArealCapacity(silverThickness nanometres: Double) -> Double {
        guard nanometres >= 0, nanometres.isFinite else { return .nan }
        let molesAg = nanometres * 1e-7 * Constants.silverDensity / Constants.silverMolarMass
        return arealCapacity(lithiumPerArea: molesAg * Constants.lithiumPerSilverInLi9Ag4)
    }
}
