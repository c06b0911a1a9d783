public import GoldenRecords

/// Every reproducible figure, in a fixed order. A paper's figures live in `Papers/<Paper>Figures.swift`;
/// add its `all(catalog:)` here.
public enum FigureCatalog {
    public static func all(catalog: GoldenCatalog) throws(InputError) -> [Figure] {
        try Kim2025Figures.all(catalog: catalog) + Park2022Figures.all(catalog: catalog)
            + Lee2020Figures.all(catalog: catalog)
            + Jun2024Figures.all(catalog: catalog) + Wu2023Figures.all(catalog: catalog)
    }
}
