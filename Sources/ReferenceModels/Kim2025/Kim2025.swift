/// Kim et al. 2025 (Nano-Micro Lett. 17, 119), models of the AM@SE core–shell cathode: the
/// LPSCl shell thickness of Eq. (1) (`shellThickness`), the theoretical density, porosity and
/// volume fractions of the composite electrode (`theoreticalDensity`, `porosity`), the cell-stack
/// energy density (`CellStack`) and the effective ionic transport (`effectiveConductivity`,
/// `tortuosityFactor`). Every input the paper prints is read from `Golden/kim2025.json`.
/// Guide: `docs/kim2025-core-shell.md`.
public enum Kim2025 {}

extension Kim2025: ModelledPaper {
    public static let key = "kim2025"
}
