public import GoldenRecords
import ReferenceModels

/// A modelled paper's reproducible figures: its namespace (`Kim2025`) conforms in
/// `Papers/<Paper>Figures.swift`, so a paper's figures need no entry in a shared list.
protocol PaperFigures: ModelledPaper {
    /// The paper's figures, in the order the gallery shows them.
    static func figures(catalog: GoldenCatalog) throws(InputError) -> [Figure]
}

/// Every reproducible figure: those of each paper of `ModelledPapers.all` that has figures, in
/// that order.
public enum FigureCatalog {
    public static func all(catalog: GoldenCatalog) throws(InputError) -> [Figure] {
        var figures: [Figure] = []
        for paper in ModelledPapers.all {
            guard let paper = paper as? any PaperFigures.Type else { continue }
            figures += try paper.figures(catalog: catalog)
        }
        return figures
    }
}
