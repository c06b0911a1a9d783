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

/// One random edit of a file's bytes, as a careless editor or a broken writer makes them: a
/// byte deleted, a JSON-ish or awkward byte inserted, a byte replaced by any value, or a run of
/// up to 40 bytes repeated. For the tests that compare a fast path with its strict reader.
func randomlyEdited(_ bytes: [UInt8], using rng: inout SplitMix64) -> [UInt8] {
    let alphabet = Array(#"{}[],:"\ 0123456789.eE-+nultrfas"#.utf8) + [0x01, 0xC3, 0xA9, 0xFF]
    var edited = bytes
    let at = Int.random(in: 0..<edited.count, using: &rng)
    switch Int.random(in: 0..<4, using: &rng) {
    case 0: edited.remove(at: at)
    case 1: edited.insert(alphabet[Int.random(in: 0..<alphabet.count, using: &rng)], at: at)
    case 2: edited[at] = UInt8.random(in: 0...255, using: &rng)
    default:
        let end = min(edited.count, at + Int.random(in: 1...40, using: &rng))
        edited.insert(contentsOf: edited[at..<end], at: at)
    }
    return edited
}
