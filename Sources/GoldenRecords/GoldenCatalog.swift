public import Foundation

/// All golden records, looked up by id.
public struct GoldenCatalog: Sendable {
    /// Records in file order (files sorted by name).
    public let records: [GoldenRecord]
    private let index: IDIndex
    /// The papers, in the order their records first appear.
    let papers: [Paper]
    /// Per record position: its paper (an index into `papers`) and whether it is a parameter.
    /// Kept apart from the records, so that a pass over the whole catalog (the scorer's count
    /// of missing ids) reads one small array instead of visiting every record object.
    let summaries: [(paper: Int, isParameter: Bool)]

    /// The catalog of `records`; where two records share an id, the id finds the later one.
    public init(records: [GoldenRecord]) {
        var index = IDIndex(capacity: records.count)
        for (i, record) in records.enumerated() {
            _ = index.updatePosition(i, hash: IDIndex.hash(record.id)) {
                records[$0].id == record.id
            }
        }
        self.init(records: records, index: index)
    }

    init(_ loaded: GoldenLoader.Indexed) { self.init(records: loaded.records, index: loaded.index) }

    private init(records: [GoldenRecord], index: IDIndex) {
        self.records = records
        self.index = index
        var papers: [Paper] = []
        var paperOfKey: [String: Int] = [:]
        var summaries: [(paper: Int, isParameter: Bool)] = []
        summaries.reserveCapacity(records.count)
        var last = -1
        for record in records {
            // A paper's records are usually contiguous (one file per paper): try the last first.
            if last < 0 || papers[last] !== record.paper {
                if let known = paperOfKey[record.paper.key] {
                    last = known
                } else {
                    papers.append(record.paper)
                    last = papers.count - 1
                    paperOfKey[record.paper.key] = last
                }
            }
            summaries.append((last, record.kind == .parameter))
        }
        self.papers = papers
        self.summaries = summaries
    }

    /// The shipped golden records (`ShippedGolden`, compiled into the build), or the folder
    /// named by `$ASSB_GOLDEN_DIR` when that is set and not empty.
    public static func load() throws(InputError) -> GoldenCatalog {
        try load(.resolve(folder: nil))
    }

    /// Loads every golden file (`*.json`) directly inside `directory`.
    public static func load(directory: URL) throws(InputError) -> GoldenCatalog {
        GoldenCatalog(try GoldenLoader.loadIndexed(directory: directory))
    }

    public subscript(id: String) -> GoldenRecord? { position(of: id).map { records[$0] } }

    /// The position of `id` in `records`.
    public func position(of id: String) -> Int? { position(of: id, hash: IDIndex.hash(id)) }

    /// `position(of:)` for an id whose `IDIndex.hash` is known.
    func position(of id: String, hash: UInt64) -> Int? {
        index.position(hash: hash) { records[$0].id == id }
    }

    /// The record with `id`, or an error naming the id (for code that needs a paper's parameter).
    public func record(_ id: String) throws(InputError) -> GoldenRecord {
        guard let record = self[id] else {
            let paper = papers.first { id.hasPrefix($0.key + ".") }
            throw InputError.golden(
                .noSuchRecord, file: paper.map { $0.key + ".json" } ?? "golden records",
                recordID: id, path: "id", message: "no such golden record")
        }
        return record
    }

    /// The keys of the papers whose records this catalog holds, sorted.
    public var paperKeys: [String] { papers.map(\.key).sorted() }

    public func records(paper key: String) -> [GoldenRecord] { records.filter { $0.paper.key == key } }

    /// `$ASSB_GOLDEN_DIR` as a folder, when it is set and not empty.
    public static var environmentDirectory: URL? {
        guard let path = ProcessInfo.processInfo.environment["ASSB_GOLDEN_DIR"], !path.isEmpty
        else { return nil }
        return URL(fileURLWithPath: path, isDirectory: true)
    }

    /// The package root, derived from this file's location (`Sources/GoldenRecords/…`).
    package static var packageRoot: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// The categories each topic's records use (topic = the id without its last part, e.g.
    /// `park2022.regime`), built in one pass.
    package func categoryVocabulary() -> [String: Set<String>] {
        var vocabulary: [String: Set<String>] = [:]
        for record in records {
            guard case let .category(c) = record.value, let dot = record.id.lastIndex(of: ".") else { continue }
            vocabulary[String(record.id[..<dot]), default: []].insert(c)
        }
        return vocabulary
    }
}
