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
    /// Why reading stopped (never reported: the strict reader reads the file again).
    struct Stop: Error {}

    private var s: JSONScanner
    /// Units already parsed, by spelling (a golden file repeats a few units).
    private var units: [String: PhysicalUnit] = [:]

    private init(_ bytes: UnsafeBufferPointer<UInt8>) { s = JSONScanner(bytes) }

    /// The file's records and conflict groups, or nil when the strict reader must read it.
    static func read(
        _ bytes: UnsafeBufferPointer<UInt8>
    ) -> (records: [GoldenRecord], groups: [String: ConflictGroup])? {
        guard !bytes.isEmpty, bytes.count <= InputLimits.maxFileBytes,
            !bytes.starts(with: [0xEF, 0xBB, 0xBF])
        else { return nil }
        var reader = GoldenFileReader(bytes)
        return try? reader.file()
    }

    // MARK: The file

    /// The file's fields, in the order of `GoldenLoader.fileFields`.
    private enum FileKey: Int, CaseIterable { case formatVersion, paper, conflicts, records }

    private mutating func file() throws(Stop) -> ([GoldenRecord], [String: ConflictGroup]) {
        var paper: Paper? = nil
        var groups: [String: ConflictGroup] = [:]
        var records: [GoldenRecord]? = nil
        var version: Double? = nil
        var seen: UInt32 = 0
        try open("{")
        repeat {
            let field = try key(GoldenLoader.fileFields, as: FileKey.self, seen: &seen)
            switch field {
            case .formatVersion: version = try number()
            case .paper:
                paper = try strict(depth: 1) { (json) throws(StrictJSONError) in
                    try GoldenLoader.readPaper(
                        try StrictObject(
                            json, path: "$.paper", allowed: GoldenLoader.paperFields))
                }
            case .conflicts:
                guard records == nil else { throw Stop() }  // records already read without them
                if try !null() {
                    groups = try strict(depth: 1) { (json) throws(StrictJSONError) in
                        guard let elements = json.elements else {
                            throw StrictJSONError(path: "$.conflicts", message: "not an array")
                        }
                        return try GoldenLoader.conflictGroups(elements)
                    }
                }
            case .records:
                guard let paper else { throw Stop() }
                records = try recordList(paper: paper, groups: groups)
            }
        } while try more("}")
        s.skipWhitespace()
        guard s.i == s.bytes.count, version == 1, let records, paper != nil else { throw Stop() }
        return (records, groups)
    }

    /// The `records` array: one record or more.
    private mutating func recordList(
        paper: Paper, groups: [String: ConflictGroup]
    ) throws(Stop) -> [GoldenRecord] {
        try open("[")
        var records: [GoldenRecord] = []
        records.reserveCapacity(s.bytes.count / 512)
        repeat {
            records.append(try record(records.count, paper: paper, groups: groups))
        } while try more("]")
        return records
    }

    // MARK: A record

    /// A record's fields, in the order of `GoldenLoader.recordFields`.
    private enum RecordKey: Int, CaseIterable {
        case id, quantity, location, quote, printed, value, unit, kind, method, uncertainty
        case notes, discrepancy, conditions
    }

    /// Record `k`: read here, or by `GoldenLoader.parseRecord` when it holds a part that only
    /// the strict reader reads (then from its first byte again).
    private mutating func record(
        _ k: Int, paper: Paper, groups: [String: ConflictGroup]
    ) throws(Stop) -> GoldenRecord {
        s.skipWhitespace()
        let start = s.i
        let path = JSONPath("$.records", index: k)
        guard let fields = try recordFields() else {
            s.i = start
            var units: [String: PhysicalUnit] = [:]
            swap(&units, &self.units)  // lent to the strict reader, without a copy
            defer { swap(&units, &self.units) }
            return try strict(depth: 2) { (json) throws(StrictJSONError) in
                try GoldenLoader.parseRecord(
                    json, path: path, paper: paper, groups: groups, units: &units)
            }
        }
        do throws(StrictJSONError) {
            try GoldenLoader.checkID(fields.id, paper: paper, path: path)
            try GoldenLoader.checkPrinted(fields.printed, quote: fields.quote, path: path)
            let unit = try GoldenLoader.parseUnit(
                fields.unit, of: fields.value, path: path, units: &units)
            let tolerance = try GoldenLoader.tolerance(
                basis: fields.basis, plusMinus: fields.plusMinus, printed: fields.printed,
                value: fields.value, path: path)
            return GoldenRecord(
                id: fields.id, paper: paper, quantity: fields.quantity,
                location: fields.location, quote: fields.quote, printed: fields.printed,
                value: fields.value, unit: unit, kind: fields.kind, method: fields.method,
                uncertaintyBasis: fields.basis, tolerance: tolerance, notes: fields.notes,
                discrepancy: nil, conditions: Conditions(),
                conflictGroup: groups.isEmpty ? nil : groups[fields.id])
        } catch {
            throw Stop()
        }
    }

    /// What a record read here holds, before the checks of its values.
    private struct Fields {
        var id: String, quantity: String, location: Location, quote: String, printed: String
        var value: GoldenValue, unit: String, kind: RecordKind, method: String
        var basis: UncertaintyBasis, plusMinus: Double?, notes: String
    }

    /// The record object at the cursor; nil (with the cursor anywhere in it) when it holds a
    /// `discrepancy`, `conditions` or a series.
    private mutating func recordFields() throws(Stop) -> Fields? {
        var id: String?, quantity: String?, location: Location?, quote: String?
        var printed: String?, value: GoldenValue?, unit: String?, kind: RecordKind?
        var method: String?, uncertainty: (UncertaintyBasis, Double?)?, notes: String?
        var seen: UInt32 = 0
        try open("{")
        repeat {
            switch try key(GoldenLoader.recordFields, as: RecordKey.self, seen: &seen) {
            case .id: id = try string()
            case .quantity: quantity = try string()
            case .location: location = try self.location()
            case .quote: quote = try string()
            case .printed: printed = try string()
            case .value:
                guard let read = try self.value() else { return nil }
                value = read
            case .unit: unit = try string()
            case .kind: kind = try oneOf(GoldenLoader.kinds)
            case .method: method = try string()
            case .uncertainty: uncertainty = try self.uncertainty()
            case .notes: notes = try null() ? nil : try string()
            case .discrepancy, .conditions: return nil
            }
        } while try more("}")
        guard let id, let quantity, let location, let quote, let printed, let value, let unit,
            let kind, let method, let uncertainty
        else { throw Stop() }
        return Fields(
            id: id, quantity: quantity, location: location, quote: quote, printed: printed,
            value: value, unit: unit, kind: kind, method: method, basis: uncertainty.0,
            plusMinus: uncertainty.1, notes: notes ?? "")
    }

    /// `GoldenLoader.valueFields`, in order.
    private enum ValueKey: Int, CaseIterable { case number, range, bound, category, series }

    /// The record's `value`: exactly one member; nil for a series (read by the strict reader).
    private mutating func value() throws(Stop) -> GoldenValue? {
        var seen: UInt32 = 0
        try open("{")
        let value: GoldenValue
        switch try key(GoldenLoader.valueFields, as: ValueKey.self, seen: &seen) {
        case .number: value = .number(try number())
        case .range:
            try open("[")
            let low = try number()
            guard try more("]") else { throw Stop() }
            let high = try number()
            guard try !more("]"), low <= high else { throw Stop() }
            value = .range(low, high)
        case .bound: value = try bound()
        case .category: value = .category(try string())
        case .series: return nil
        }
        guard try !more("}") else { throw Stop() }  // a second member
        return value
    }

    private enum BoundKey: Int, CaseIterable { case relation, number }

    private mutating func bound() throws(Stop) -> GoldenValue {
        var relation: BoundRelation?, number: Double?
        var seen: UInt32 = 0
        try open("{")
        repeat {
            switch try key(GoldenLoader.boundFields, as: BoundKey.self, seen: &seen) {
            case .relation: relation = try oneOf(GoldenLoader.relations)
            case .number: number = try self.number()
            }
        } while try more("}")
        guard let relation, let number else { throw Stop() }
        return .bound(relation, number)
    }

    private enum LocationKey: Int, CaseIterable { case section, figure, equation, table }

    private mutating func location() throws(Stop) -> Location {
        var section: String?, figure: String?, equation: String?, table: String?
        var seen: UInt32 = 0
        try open("{")
        if try !closes("}") {
            repeat {
                let field = try key(GoldenLoader.locationFields, as: LocationKey.self, seen: &seen)
                let text = try null() ? nil : try string()
                switch field {
                case .section: section = text
                case .figure: figure = text
                case .equation: equation = text
                case .table: table = text
                }
            } while try more("}")
        }
        guard let section else { throw Stop() }
        return Location(section: section, figure: figure, equation: equation, table: table)
    }

    private enum UncertaintyKey: Int, CaseIterable { case basis, plusMinus }

    private mutating func uncertainty() throws(Stop) -> (UncertaintyBasis, Double?) {
        var basis: UncertaintyBasis?, plusMinus: Double?
        var seen: UInt32 = 0
        try open("{")
        repeat {
            switch try key(GoldenLoader.uncertaintyFields, as: UncertaintyKey.self, seen: &seen) {
            case .basis: basis = try oneOf(GoldenLoader.bases)
            case .plusMinus: plusMinus = try null() ? nil : try number()
            }
        } while try more("}")
        guard let basis else { throw Stop() }
        return (basis, plusMinus)
    }

    // MARK: Tokens

    /// Whitespace, then `bracket` (`{` or `[`).
    private mutating func open(_ bracket: Unicode.Scalar) throws(Stop) {
        s.skipWhitespace()
        guard s.next == UInt8(ascii: bracket) else { throw Stop() }
        s.i += 1
    }

    /// Whether whitespace and then `close` follow (consumed if so): an empty container.
    private mutating func closes(_ close: Unicode.Scalar) throws(Stop) -> Bool {
        s.skipWhitespace()
        guard s.next == UInt8(ascii: close) else { return false }
        s.i += 1
        return true
    }

    /// After a member or element: true for a comma (another follows), false for `close`.
    private mutating func more(_ close: Unicode.Scalar) throws(Stop) -> Bool {
        s.skipWhitespace()
        switch s.next {
        case UInt8(ascii: ","): s.i += 1; return true
        case UInt8(ascii: close): s.i += 1; return false
        default: throw Stop()
        }
    }

    /// A plain key of `names`, seen for the first time in this object, and its colon.
    private mutating func key<Key: RawRepresentable<Int>>(
        _ names: FieldNames, as _: Key.Type, seen: inout UInt32
    ) throws(Stop) -> Key {
        s.skipWhitespace()
        guard s.next == UInt8(ascii: "\"") else { throw Stop() }
        let token: JSONScanner.StringToken
        do { token = try s.string() } catch { throw Stop() }
        guard !token.escaped,
            let j = names.index(
                ofKey: UnsafeBufferPointer(rebasing: s.bytes[token.start..<token.end])),
            seen & (1 << j) == 0, let key = Key(rawValue: j)
        else { throw Stop() }
        seen |= 1 << j
        s.skipWhitespace()
        guard s.next == UInt8(ascii: ":") else { throw Stop() }
        s.i += 1
        return key
    }

    /// Whether whitespace and `null` follow (consumed if so).
    private mutating func null() throws(Stop) -> Bool {
        s.skipWhitespace()
        guard s.next == UInt8(ascii: "n") else { return false }
        do { try s.literal("null") } catch { throw Stop() }
        return true
    }

    private mutating func string() throws(Stop) -> String {
        s.text(of: try stringToken())
    }

    private mutating func stringToken() throws(Stop) -> JSONScanner.StringToken {
        s.skipWhitespace()
        guard s.next == UInt8(ascii: "\"") else { throw Stop() }
        do { return try s.string() } catch { throw Stop() }
    }

    /// A string naming a case of `E` (matched on its bytes when it has no escapes).
    private mutating func oneOf<E>(_ cases: RawCases<E>) throws(Stop) -> E {
        let token = try stringToken()
        let found =
            token.escaped
            ? E(rawValue: s.text(of: token))
            : cases.named(UnsafeBufferPointer(rebasing: s.bytes[token.start..<token.end]))
        guard let found else { throw Stop() }
        return found
    }

    private mutating func number() throws(Stop) -> Double {
        s.skipWhitespace()
        guard let b = s.next, b == UInt8(ascii: "-") || s.isDigit(b) else { throw Stop() }
        do { return try s.number() } catch { throw Stop() }
    }

    /// The value at the cursor read by `body` from a tape of it alone, with `depth` containers
    /// around it; the cursor moves past it.
    private mutating func strict<R>(
        depth: Int, _ body: (JSON) throws(StrictJSONError) -> R
    ) throws(Stop) -> R {
        s.skipWhitespace()
        do {
            let (result, end) = try JSONParser.withValue(in: s.bytes, at: s.i, depth: depth, body)
            s.i = end
            return try result.get()
        } catch {
            throw Stop()
        }
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
