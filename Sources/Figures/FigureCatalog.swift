public import GoldenRecords

/// Every reproducible figure, in a fixed order. A paper's figures live in `Papers/<Paper>Figures.swift`;
/// add its `all(catalog:)` here.
public enum FigureCatalog {
    public static func all(catalog: GoldenCatalog) throws(GoldenLoadError) -> [Figure] {
        try Kim2025Figures.all(catalog: catalog)
    }
}
