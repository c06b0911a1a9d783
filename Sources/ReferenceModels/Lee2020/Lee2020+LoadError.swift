import GoldenRecords

extension Lee2020 {
    /// A `InputError` for a record the Lee 2020 models cannot use (wrong shape, windows that do
    /// not join, a value a model rejects); its description names the record and the reason.
    static func loadError(_ id: String, _ reason: String) -> InputError {
        InputError.golden(
                .unusableRecord, file: "lee2020.json", recordID: id, path: "value",
            message: "rejected by the Lee 2020 models: \(reason)")
    }
}
