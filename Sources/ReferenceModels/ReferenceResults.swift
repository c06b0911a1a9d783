public import GoldenRecords

/// The reference models' outputs for every golden id they compute, across papers, in the
/// model-output format. `validate-model --reference-output` writes them; the shipped
/// `Fixtures/reference-output.json` must equal them (a test checks it is not stale).
public enum ReferenceResults {
    public static func all(catalog: GoldenCatalog) throws(GoldenLoadError) -> ModelOutput {
        ModelOutput(modelName: "assb-reference-suite reference models",
                    results: try Kim2025.referenceResults(catalog: catalog)
                        + Lee2020.referenceResults(catalog: catalog)
                        + Park2022.referenceResults(catalog: catalog)
                        + Jun2024.referenceResults(catalog: catalog)
                        + Wu2023.referenceResults(catalog: catalog))
    }
}
