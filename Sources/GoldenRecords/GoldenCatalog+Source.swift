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
            let (records, index) = try GoldenLoader.loadShipped()
            return GoldenCatalog(records: records, index: index)
        case let .directory(url):
            return try load(directory: url)
        }
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
