extension Jun2024 {
    /// Direction of a binding-energy (or any) shift.
    public enum ShiftDirection: String, CaseIterable, Sendable {
        case negative
        case positive
        case none
    }

    /// Direction of the shift from `from` to `to` (e.g. Ag 3d 368.3 → 366.9 eV: `.negative`).
    /// Exact comparison: the paper prints the energies to 0.1 eV and its shifts are ≥ 0.3 eV.
    ///
    /// Edge Cases: NaN in either value gives `.none`.
    public static func shiftDirection(from: Double, to: Double) -> ShiftDirection {
        if to < from { return .negative }
        if to > from { return .positive }
        return .none
    }

    /// The state of the Ag interlayer the paper reads from its Ag 3d peak.
    public enum SilverState: String, CaseIterable, Sendable {
        /// Peak below the pristine position: Li_xAg present (lithiation lowers the Ag 3d binding energy).
        case lithiated
        /// Peak at or above the pristine position.
        case metallic
    }

    /// `.lithiated` when the peak sits below the pristine Ag peak (discharged 367.2 < pristine 368.3 eV:
    /// "still indicating lithiated phases"), else `.metallic`.
    ///
    /// Edge Cases: NaN gives `.metallic` (no evidence of lithiation).
    public static func silverState(pristinePeak: Double, peak: Double) -> SilverState {
        peak < pristinePeak ? .lithiated : .metallic
    }

    /// How a material compares with a reference in a set of properties.
    public enum Comparison: String, CaseIterable, Sendable {
        case lower
        case higher
        case mixed
        /// For deformability read from indentation depth: deeper at the same load.
        case increased
        case decreased
        case unchanged
    }

    /// Deformability from indentation depth at the same peak load: a deeper indent is
    /// `.increased` (Li9Ag4 572 nm vs Ag 335 nm at 500 µN).
    ///
    /// Edge Cases: NaN in either value gives `.unchanged`.
    public static func deformability(displacement: Double, referenceDisplacement: Double) -> Comparison {
        if displacement > referenceDisplacement { return .increased }
        if displacement < referenceDisplacement { return .decreased }
        return .unchanged
    }

    /// `.lower` when every property is below its reference, `.higher` when every one is above, else
    /// `.mixed` (Li9Ag4 4.3/0.38 GPa vs lithiated Si 8.1/0.9 GPa: `.lower`).
    ///
    /// Edge Cases: empty or unequal-length lists, or any NaN, give `.mixed`.
    public static func compare(_ values: [Double], with references: [Double]) -> Comparison {
        guard !values.isEmpty, values.count == references.count else { return .mixed }
        if zip(values, references).allSatisfy({ $0 < $1 }) { return .lower }
        if zip(values, references).allSatisfy({ $0 > $1 }) { return .higher }
        return .mixed
    }
}
