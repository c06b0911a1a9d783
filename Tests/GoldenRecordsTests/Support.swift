import Foundation
import GoldenRecords

/// What every suite of this target shares: the shipped golden records, loaded once.
enum Shared {
    static let catalog = Result { try GoldenCatalog.load() }
}

/// Records per paper counted straight from the JSON of `Golden/*.json` (Foundation's parser, not
/// ours), so a loader that silently drops records fails against it; nothing here is typed in.
enum RawGoldenCounts {
    static let perPaper: [String: Int] = {
        let folder = GoldenCatalog.packageRoot.appendingPathComponent("Golden")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".json") }
        var counts: [String: Int] = [:]
        for name in names {
            guard let data = try? Data(contentsOf: folder.appendingPathComponent(name)),
                let doc = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                let paper = (doc["paper"] as? [String: Any])?["key"] as? String,
                let records = doc["records"] as? [Any]
            else { continue }
            counts[paper] = records.count
        }
        return counts
    }()
    static var total: Int { perPaper.values.reduce(0, +) }
}
