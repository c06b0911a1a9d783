/// Where the Li metal plated in an anode-free or interlayer cell ends up, relative to a porous or
/// composite interlayer. One vocabulary for every paper (Park 2022's porous interlayers on the
/// current collector, Wu's Ag–C interlayer on the electrolyte sheet), so that golden records and
/// model outputs use the same category strings.
public enum DepositLocation: String, CaseIterable, Sendable, Codable {
    /// Between the interlayer and the current collector (or the Li anode): the interlayer
    /// separates the Li from the solid electrolyte. Park 2022's wanted outcome; Wu's Ag–C case.
    case ccSide = "cc-side"
    /// Part of the Li on each side of (or within) the interlayer.
    case split
    /// Between the solid electrolyte and the interlayer.
    case seSide = "se-side"
}
