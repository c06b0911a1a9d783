public import Foundation

extension GoldenCatalog {
    /// Where a catalog's records come from.
    public enum Source: Equatable, Sendable {
        /// The golden files compiled into the build (`ShippedGolden`).
        case shipped
        /// The golden files (`*.json`) directly inside a folder.
        case directory(URL)

        /// The folder `path` when given, else `$ASSB_GOLDEN_DIR` when set, else the shipped files.
        public static func resolve(folder path: String?) -> Source {
            if let path { return .directory(URL(fileURLWithPath: path, isDirectory: true)) }
            return environmentDirectory.map(Source.directory) ?? .shipped
        }

        /// The folder whose files a report must never replace: the folder read, or for the
        /// shipped files the checkout's `Golden/` they were compiled from (which may not exist
        /// where the binary runs; then nothing on disk is golden).
        package var protectedFolder: String {
            switch self {
            case let .directory(url): url.path
            case .shipped: GoldenCatalog.packageRoot.appendingPathComponent("Golden").path
            }
        }
    }

    /// Loads the records of `source`.
    public static func load(_ source: Source) throws(InputError) -> GoldenCatalog {
        switch source {
        case .shipped:
            return GoldenCatalog(try GoldenLoader.loadShipped())
        case let .directory(url):
            return try load(directory: url)
        }
    }

    /// Loads only the files of `source` named after the paper keys `papers` (`kim2025.json`
    /// for `kim2025`): what a scoring run whose results name only those papers needs. The
    /// cost then grows with what the output touches, not with the corpus.
    ///
    /// Edge Cases:
    /// - A key with no file of that name loads nothing for it (its ids will be unknown; a caller
    ///   that finds unknown ids loads everything, see `ValidateModel`).
    /// - Files not loaded are not checked: a broken golden file of an untouched paper, or an id
    ///   it repeats, is reported by `load(_:)`, `--list` and the golden tests, not here.
    public static func load(_ source: Source, papers: Set<String>) throws(InputError) -> GoldenCatalog {
        switch source {
        case .shipped:
            return GoldenCatalog(
                try GoldenLoader.loadShipped { papers.contains(paperKey(ofFile: $0)) })
        case let .directory(url):
            return GoldenCatalog(
                try GoldenLoader.loadIndexed(directory: url) {
                    papers.contains(paperKey(ofFile: $0))
                })
        }
    }

    /// `kim2025` for `kim2025.json`: golden files are named after their paper's key.
    public static func paperKey(ofFile name: String) -> String {
        name.hasSuffix(".json") ? String(name.dropLast(5)) : name
    }

    /// When this build runs inside the checkout it was built from and that checkout's
    /// `Golden/` no longer matches the shipped files (a golden file edited, added or removed
    /// without running `scripts/embed-golden.py`): the files that differ. Empty otherwise, and
    /// always empty where the checkout does not exist.
    package static func staleShippedFiles() -> [String] {
        let folder = packageRoot.appendingPathComponent("Golden", isDirectory: true)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory),
            isDirectory.boolValue
        else { return [] }
        return ShippedGolden.differences(from: folder)
    }

    /// The warning the commands print for `staleShippedFiles()`, or nil when there is none.
    package static func staleShippedWarning() -> String? {
        let stale = staleShippedFiles()
        guard !stale.isEmpty else { return nil }
        return "warning: Golden/ differs from the golden data compiled into this build ("
            + stale.joined(separator: ", ")
            + "); run scripts/embed-golden.py and build again, or pass --golden Golden"
    }
}
