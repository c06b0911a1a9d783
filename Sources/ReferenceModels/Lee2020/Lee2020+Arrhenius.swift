import Foundation
public import GoldenRecords

extension Lee2020 {
    /// "Room temperature" of the printed 1.8 mS cm⁻¹, °C. The paper does not give it as a number;
    /// 25 °C is an assumption, and every conductivity from `argyroditeConductivity` depends on it.
    public static let assumedRoomTemperature = 25.0

    /// Arrhenius conductivity of the argyrodite: σ(T) = σ_ref · exp[−(E_a/k_B)(1/T − 1/T_ref)].
    ///
    /// Lee 2020 prints σ = 1.8 mS cm⁻¹ at room temperature and E_a = 0.35 eV (Fig. 1c), fitted
    /// between 80 and −20 °C (Methods). The pre-exponential form σ = A exp(−E_a/k_B T) is used
    /// (not σT = A exp(…)): the paper does not say which, and at 0.35 eV the two differ by the
    /// factor T/T_ref (≤ 12 % between −20 and 80 °C).
    ///
    /// - Parameters:
    ///   - temperature: °C, above −273.15.
    ///   - reference: σ_ref, any conductivity unit; the result is in the same unit.
    ///   - referenceTemperature: °C (default `assumedRoomTemperature`).
    ///   - activationEnergy: eV, ≥ 0.
    /// - Throws: `ArgumentError` for a temperature at or below absolute zero, negative σ_ref or E_a,
    ///   or non-finite input.
    public static func arrheniusConductivity(
        temperature: Double, reference: Double,
        referenceTemperature: Double = assumedRoomTemperature,
        activationEnergy: Double
    ) throws(ArgumentError) -> Double {
        let f = "arrheniusConductivity"
        try check(temperature, "temperature", in: f, minimum: -273.15, strict: true)
        try check(
            referenceTemperature, "referenceTemperature", in: f, minimum: -273.15, strict: true)
        try check(reference, "reference", in: f)
        try check(activationEnergy, "activationEnergy", in: f)
        let t = temperature + 273.15, tRef = referenceTemperature + 273.15
        return reference * exp(-activationEnergy / Constants.boltzmannEV * (1 / t - 1 / tRef))
    }

    /// The argyrodite (with the paper's σ_RT = 1.8 mS cm⁻¹ and E_a = 0.35 eV, from the golden
    /// records) at `temperature` °C, mS cm⁻¹. At 60 °C: 7.53; 45 °C: 4.24; −10 °C: 0.294
    /// (25 °C room temperature assumed).
    public static func argyroditeConductivity(
        temperature: Double, catalog: GoldenCatalog
    ) throws -> Double {
        let sigma = try catalog.number("lee2020.sse.conductivity-argyrodite-rt", in: "mS cm^-1")
        let ea = try catalog.number("lee2020.sse.activation-energy", in: "eV")
        return try arrheniusConductivity(
            temperature: temperature, reference: sigma, activationEnergy: ea)
    }

    /// Figure data: σ(T) of the argyrodite at the given temperatures (°C), mS cm⁻¹, for an Arrhenius
    /// plot (Fig. 1c) or for comparison with the capacities of Fig. 6f (60, 45, 25, −10 °C).
    public static func argyroditeArrheniusCurve(
        temperatures: [Double], catalog: GoldenCatalog
    ) throws -> [(temperature: Double, conductivity: Double)] {
        try temperatures.map { ($0, try argyroditeConductivity(temperature: $0, catalog: catalog)) }
    }
}
