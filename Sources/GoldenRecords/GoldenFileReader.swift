import Foundation

/// Reads a valid golden file in one pass over its bytes, straight into records: no tape, no
/// `StrictObject` or path per record. `GoldenLoader` tries it first; it is the fast path only.
///
/// It gives no messages. At the first thing that is not valid, and at the few shapes it does
/// not read itself, it stops and returns nil, and `GoldenLoader` reads the file again with the
/// strict reader (`JSONParser` and `StrictObject`), which accepts or refuses it and writes the
/// message. So what it returns must be exactly what the strict reader returns for the same
/// bytes; `GoldenFileReaderTests` compare the two on every shipped file and on mutated files,
/// and the fuzzer on every input.
///
/// Read here: the file's keys, and each record's fields with strings, numbers, ranges, bounds,
/// categories, `location` and `uncertainty`. Read by the strict readers of `JSON` values, on a
/// tape of that part only (`JSONParser.withValue`): `paper`, `conflicts`, and a record with a
/// `discrepancy`, `conditions` or a series. Stopped at: an escaped key, a key out of order
/// (`records` before `paper` or `conflicts`), and everything the strict reader refuses. The
/// checks of values (id, printed, unit, tolerance) are `GoldenLoader`'s own.
struct GoldenFileReader {
    private var c: JSONCursor
    /// Units already parsed, by spelling (a golden file repeats a few units).
    private var units: [String: PhysicalUnit] = [:]
    /// The same, found by the bytes of the spelling, without making a `String` of it.
    private let unitMemo = UnitMemo()

    private init(_ bytes: UnsafeBufferPointer<UInt8>) { c = JSONCursor(bytes) }

    /// The ids' `IDIndex.hash`es, record by record (taken from the bytes while they are read).
    private var idHashes: [UInt64] = []

    /// The file's records, their ids' hashes and its conflict groups, or nil when the strict
    /// reader must read it.
    static func read(
        _ bytes: UnsafeBufferPointer<UInt8>
    ) -> (records: [GoldenRecord], idHashes: [UInt64], groups: [String: ConflictGroup])? {
        guard readsTheFormat, JSONCursor.mayBeRead(bytes) else { return nil }
        var reader = GoldenFileReader(bytes)
        guard let (records, groups) = try? reader.file() else { return nil }
        return (records, reader.idHashes, groups)
    }

    /// Whether each key enum below names the fields of its `FieldNames` in their order (a key
    /// is read as its position there): if an edit of the format broke that, this reader would
    /// stand aside and leave every file to the strict reader. `GoldenFileReaderTests` checks it.
    static let readsTheFormat: Bool =
        fileKeys.map(\.rawValue) == GoldenLoader.fileFields.names
        && recordKeys.map(\.rawValue) == GoldenLoader.recordFields.names
        && valueKeys.map(\.rawValue) == GoldenLoader.valueFields.names
        && boundKeys.map(\.rawValue) == GoldenLoader.boundFields.names
        && locationKeys.map(\.rawValue) == GoldenLoader.locationFields.names
        && uncertaintyKeys.map(\.rawValue) == GoldenLoader.uncertaintyFields.names

    /// Each key enum's cases, looked up by the position `JSONCursor.key` reads.
    private static let fileKeys = FileKey.allCases
    private static let recordKeys = RecordKey.allCases
    private static let valueKeys = ValueKey.allCases
    private static let boundKeys = BoundKey.allCases
    private static let locationKeys = LocationKey.allCases
    private static let uncertaintyKeys = UncertaintyKey.allCases

    // MARK: The file

    /// The file's fields, in the order of `GoldenLoader.fileFields`.
    private enum FileKey: String, CaseIterable { case formatVersion, paper, conflicts, records }

    private mutating func file(
    ) throws(JSONCursor.Stop) -> ([GoldenRecord], [String: ConflictGroup]) {
        var paper: Paper? = nil
        var groups: [String: ConflictGroup] = [:]
        var records: [GoldenRecord]? = nil
        var version: Double? = nil
        var seen: UInt32 = 0
        try c.open("{")
        repeat {
            let field = Self.fileKeys[try c.key(GoldenLoader.fileFields, seen: &seen)]
            switch field {
            case .formatVersion: version = try c.number()
            case .paper:
                paper = try c.strict(depth: 1) { (json) throws(StrictJSONError) in
                    try GoldenLoader.readPaper(
                        try StrictObject(
                            json, path: "$.paper", allowed: GoldenLoader.paperFields))
                }
            case .conflicts:
                // Records already read without them: the strict reader reads this file.
                guard records == nil else { throw JSONCursor.Stop() }
                if try !c.null() {
                    groups = try c.strict(depth: 1) { (json) throws(StrictJSONError) in
                        guard let elements = json.elements else {
                            throw StrictJSONError(path: "$.conflicts", message: "not an array")
                        }
                        return try GoldenLoader.conflictGroups(elements)
                    }
                }
            case .records:
                guard let paper else { throw JSONCursor.Stop() }
                records = try recordList(paper: paper, groups: groups)
            }
        } while try c.more("}")
        // Records are read only after the paper, so they stand for both.
        guard c.atEnd(), version == 1, let records else { throw JSONCursor.Stop() }
        return (records, groups)
    }

    /// The `records` array: one record or more.
    private mutating func recordList(
        paper: Paper, groups: [String: ConflictGroup]
    ) throws(JSONCursor.Stop) -> [GoldenRecord] {
        try c.open("[")
        var records: [GoldenRecord] = []
        records.reserveCapacity(c.bytes.count / 512)
        idHashes.reserveCapacity(c.bytes.count / 512)
        repeat {
            records.append(try record(records.count, paper: paper, groups: groups))
        } while try c.more("]")
        return records
    }

    // MARK: A record

    /// A record's fields, in the order of `GoldenLoader.recordFields`.
    private enum RecordKey: String, CaseIterable {
        case id, quantity, location, quote, printed, value, unit, kind, method, uncertainty
        case notes, discrepancy, conditions
    }

    /// Record `k`: read here, or by `GoldenLoader.parseRecord` when it holds a part that only
    /// the strict reader reads (then from its first byte again).
    private mutating func record(
        _ k: Int, paper: Paper, groups: [String: ConflictGroup]
    ) throws(JSONCursor.Stop) -> GoldenRecord {
        c.skipWhitespace()
        let start = c.offset
        let path = JSONPath("$.records", index: k)
        if let record = try recordHere(path: path, paper: paper, groups: groups) { return record }
        c.offset = start
        var units: [String: PhysicalUnit] = [:]
        swap(&units, &self.units)  // lent to the strict reader, without a copy
        defer { swap(&units, &self.units) }
        let record = try c.strict(depth: 2) { (json) throws(StrictJSONError) in
            try GoldenLoader.parseRecord(
                json, path: path, paper: paper, groups: groups, units: &units)
        }
        idHashes.append(IDIndex.hash(record.id))
        return record
    }

    /// The record object at the cursor, read and checked (the checks of `GoldenLoader`); nil
    /// (with the cursor anywhere in it) when it holds a `discrepancy`, `conditions` or a series.
    private mutating func recordHere(
        path: JSONPath, paper: Paper, groups: [String: ConflictGroup]
    ) throws(JSONCursor.Stop) -> GoldenRecord? {
        var id: String?, idHash: UInt64 = 0, quantity: String?, location: Location?
        var quote: String?
        var printed: String?, value: GoldenValue?, unitToken: JSONScanner.StringToken?
        var kind: RecordKind?
        var method: String?, uncertainty: (UncertaintyBasis, Double?)?, notes: String?
        var seen: UInt32 = 0
        try c.open("{")
        repeat {
            switch Self.recordKeys[try c.key(GoldenLoader.recordFields, seen: &seen)] {
            case .id: (id, idHash) = try c.stringAndHash()
            case .quantity: quantity = try c.string()
            case .location: location = try self.location()
            case .quote: quote = try c.string()
            case .printed: printed = try c.string()
            case .value:
                guard let read = try self.value() else { return nil }
                value = read
            case .unit: unitToken = try c.stringToken()
            case .kind: kind = try c.oneOf(GoldenLoader.kinds)
            case .method: method = try c.string()
            case .uncertainty: uncertainty = try self.uncertainty()
            case .notes: notes = try c.null() ? nil : try c.string()
            case .discrepancy, .conditions: return nil
            }
        } while try c.more("}")
        guard let id, let quantity, let location, let quote, let printed, let value,
            let unitToken, let kind, let method, let (basis, plusMinus) = uncertainty
        else { throw JSONCursor.Stop() }
        do throws(StrictJSONError) {
            try GoldenLoader.checkID(id, paper: paper, path: path)
            try GoldenLoader.checkPrinted(printed, quote: quote, path: path)
            let unit = try self.unit(unitToken, of: value, path: path)
            let tolerance = try GoldenLoader.tolerance(
                basis: basis, plusMinus: plusMinus, printed: printed, value: value, path: path)
            idHashes.append(idHash)
            return GoldenRecord(
                id: id, paper: paper, quantity: quantity, location: location, quote: quote,
                printed: printed, value: value, unit: unit, kind: kind, method: method,
                uncertaintyBasis: basis, tolerance: tolerance, notes: notes ?? "",
                discrepancy: nil, conditions: Conditions(),
                conflictGroup: groups.isEmpty ? nil : groups[id])
        } catch {
            throw JSONCursor.Stop()
        }
    }

    /// The unit spelt by `token`: one seen before, else parsed by `GoldenLoader.parseUnit`.
    private mutating func unit(
        _ token: JSONScanner.StringToken, of value: GoldenValue, path: JSONPath
    ) throws(StrictJSONError) -> PhysicalUnit? {
        guard !token.escaped else {  // its bytes are not its text
            return try GoldenLoader.parseUnit(
                c.text(of: token), of: value, path: path, units: &units)
        }
        return try unitMemo.unit(
            spelt: UnsafeBufferPointer(rebasing: c.bytes[token.start..<token.end])
        ) { () throws(StrictJSONError) in
            try GoldenLoader.parseUnit(
                c.text(of: token), of: value, path: path, units: &self.units)
        }
    }

    /// `GoldenLoader.valueFields`, in order.
    private enum ValueKey: String, CaseIterable { case number, range, bound, category, series }

    /// The record's `value`: exactly one member; nil for a series (read by the strict reader).
    private mutating func value() throws(JSONCursor.Stop) -> GoldenValue? {
        var seen: UInt32 = 0
        try c.open("{")
        let value: GoldenValue
        switch Self.valueKeys[try c.key(GoldenLoader.valueFields, seen: &seen)] {
        case .number: value = .number(try c.number())
        case .range:
            try c.open("[")
            let low = try c.number()
            guard try c.more("]") else { throw JSONCursor.Stop() }
            let high = try c.number()
            guard try !c.more("]"), low <= high else { throw JSONCursor.Stop() }
            value = .range(low, high)
        case .bound: value = try bound()
        case .category: value = .category(try c.string())
        case .series: return nil
        }
        guard try !c.more("}") else { throw JSONCursor.Stop() }  // a second member
        return value
    }

    private enum BoundKey: String, CaseIterable { case relation, number }

    private mutating func bound() throws(JSONCursor.Stop) -> GoldenValue {
        var relation: BoundRelation?, number: Double?
        var seen: UInt32 = 0
        try c.open("{")
        repeat {
            switch Self.boundKeys[try c.key(GoldenLoader.boundFields, seen: &seen)] {
            case .relation: relation = try c.oneOf(GoldenLoader.relations)
            case .number: number = try c.number()
            }
        } while try c.more("}")
        guard let relation, let number else { throw JSONCursor.Stop() }
        return .bound(relation, number)
    }

    private enum LocationKey: String, CaseIterable { case section, figure, equation, table }

    private mutating func location() throws(JSONCursor.Stop) -> Location {
        var section: String?, figure: String?, equation: String?, table: String?
        var seen: UInt32 = 0
        try c.open("{")
        if !c.closes("}") {
            repeat {
                let field = Self.locationKeys[try c.key(GoldenLoader.locationFields, seen: &seen)]
                let text = try c.null() ? nil : try c.string()
                switch field {
                case .section: section = text
                case .figure: figure = text
                case .equation: equation = text
                case .table: table = text
                }
            } while try c.more("}")
        }
        guard let section else { throw JSONCursor.Stop() }
        return Location(section: section, figure: figure, equation: equation, table: table)
    }

    private enum UncertaintyKey: String, CaseIterable { case basis, plusMinus }

    private mutating func uncertainty() throws(JSONCursor.Stop) -> (UncertaintyBasis, Double?) {
        var basis: UncertaintyBasis?, plusMinus: Double?
        var seen: UInt32 = 0
        try c.open("{")
        repeat {
            switch Self.uncertaintyKeys[try c.key(GoldenLoader.uncertaintyFields, seen: &seen)] {
            case .basis: basis = try c.oneOf(GoldenLoader.bases)
            case .plusMinus: plusMinus = try c.null() ? nil : try c.number()
            }
        } while try c.more("}")
        guard let basis else { throw JSONCursor.Stop() }
        return (basis, plusMinus)
    }
}

extension GoldenRecord {
    /// Every field written out, the conditions in order of name: records with equal
    /// fingerprints are the same record. For comparing two readers (the tests, the fuzzer).
    package var fingerprint: String {
        let conditions = self.conditions.values.sorted { $0.key < $1.key }
        let group = conflictGroup.map { "\($0.name) \($0.members) \($0.explanation)" }
        let unit = self.unit.map {
            "\($0.symbol) \(String(reflecting: $0.dimension)) \($0.factor) \($0.offset)"
        }
        let l = location
        return [
            id, paper.key, paper.citation, String(reflecting: paper.doi), paper.file,
            String(reflecting: paper.bibtex), quantity,
            String(reflecting: [l.section, l.figure, l.equation, l.table]), quote,
            printed, String(reflecting: value), String(reflecting: unit), kind.rawValue, method,
            uncertaintyBasis.rawValue, "\(tolerance.bitPattern)", notes,
            String(reflecting: discrepancy), String(reflecting: conditions),
            String(reflecting: group),
        ].joined(separator: "\n")
    }
}
