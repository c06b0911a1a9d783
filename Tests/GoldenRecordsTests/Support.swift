import GoldenRecords

/// What every suite of this target shares: the shipped golden records, loaded once.
enum Shared {
    static let catalog = Result { try GoldenCatalog.load() }
}
