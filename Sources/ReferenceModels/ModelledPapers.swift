public import GoldenRecords

/// A paper with reference models: what the suite's shared lists need of it. Its namespace
/// (`enum Kim2025`) conforms in the paper's own folder; its figures, if any, come from a
/// conformance to `Figures.PaperFigures` in `Sources/Figures/Papers/<Paper>Figures.swift`.
public protocol ModelledPaper {
    /// The paper's key, as in its golden file (`kim2025` for `Golden/kim2025.json`).
    static var key: String { get }
    /// The reference models' outputs for every golden id they compute from the paper's inputs.
    static func referenceResults(catalog: GoldenCatalog) throws(InputError) -> [ModelResult]
}

/// The papers with reference models, in the order their results and figures are listed: the one
/// shared line a new modelled paper adds. A paper with a golden file and no model (records
/// only) needs no entry: `validate-model` scores it, and the generic tests (loader, schema,
/// quote check, census) cover it.
public enum ModelledPapers {
    public static var all: [any ModelledPaper.Type] {
        [Kim2025.self, Lee2020.self, Park2022.self, Jun2024.self, Wu2023.self]
    }
}
