public import Foundation

/// Reads `Golden/<paperkey>.json` files strictly (the format in `docs/golden-format.md`).
///
/// Refused, with the file and record named: unknown or missing fields, a duplicate id, an id
/// that does not start with the paper key, a unit outside the grammar, a `printed` string that
/// is not in `quote`, a `value` that disagrees with `printed`, an empty record list.
public enum GoldenLoader {
    static let fileFields: FieldNames = ["formatVersion", "paper", "conflicts", "records"]
    static let conflictFields: FieldNames = ["name", "members", "explanation"]
    static let readingFields: FieldNames = ["reading", "value"]
    static let paperFields: FieldNames = ["key", "citation", "doi", "file", "bibtex"]
    static let recordFields: FieldNames = [
        "id", "quantity", "location", "quote", "printed", "value", "unit", "kind", "method",
        "uncertainty", "notes", "discrepancy", "conditions",
    ]
    static let valueFields: FieldNames = ["number", "range", "bound", "category", "series"]
    static let boundFields: FieldNames = ["relation", "number"]
    static let uncertaintyFields: FieldNames = ["basis", "plusMinus"]
    static let discrepancyFields: FieldNames = [
        "reading", "referenceValue", "explanation", "otherReadings",
    ]
    static let locationFields: FieldNames = ["section", "figure", "equation", "table"]
    static let seriesFields: FieldNames = ["x", "y", "xUnit"]
    static let kinds = RawCases<RecordKind>()
    static let bases = RawCases<UncertaintyBasis>()
    static let relations = RawCases<BoundRelation>()

    /// Loads one golden file.
    public static func load(file url: URL) throws(InputError) -> [GoldenRecord] {
        let data = try read(url)
        return try MappedFile.use(data, of: url.lastPathComponent) { () throws(InputError) in
            try load(data: data, fileName: url.lastPathComponent)
        }
    }

    /// The bytes of a golden file: a large one mapped (`MappedFile`), others read.
    private static func read(_ url: URL) throws(InputError) -> Data {
        let fd = open(url.path, O_RDONLY | O_CLOEXEC)
        if fd >= 0 {
            defer { close(fd) }
            var info = stat()
            if fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG,
                let mapped = MappedFile.data(of: fd, count: Int(info.st_size))
            {
                return mapped
            }
        }
        do { return try Data(contentsOf: url) } catch {
            throw InputError(
                .unreadable, file: url.lastPathComponent, place: "$",
                message: "cannot read the file (\(error.localizedDescription))")
        }
    }

    /// Loads golden records from JSON `data`; `fileName` is used in messages.
    public static func load(data: Data, fileName: String) throws(InputError) -> [GoldenRecord]
    {
        var loaded = Indexed()
        try load(data: data, fileName: fileName, into: &loaded, fileOf: { _ in fileName })
        return loaded.records
    }

    /// `load(data:fileName:)` with the strict reader alone, without `GoldenFileReader` first:
    /// what the fast path is compared with, by the tests and the fuzzer.
    package static func loadStrictly(
        data: Data, fileName: String
    ) throws(InputError) -> [GoldenRecord] {
        var loaded = Indexed()
        try load(
            data: data, fileName: fileName, into: &loaded, fileOf: { _ in fileName },
            readsDirectly: false)
        return loaded.records
    }

    /// Records of one or more files and each id's position among them.
    struct Indexed {
        var records: [GoldenRecord] = []
        var index = IDIndex()
    }

    /// Loads one file, appending its records to `loaded` and each id to its index, so one
    /// index both finds duplicates and becomes the catalog's index. `fileOf` names the file of
    /// an earlier position.
    ///
    /// A valid file is read in one pass by `GoldenFileReader`; a file it stops at is read again
    /// by the strict reader, which accepts it or writes the message (`readsDirectly: false`
    /// skips the first reading).
    static func load(
        data: Data, fileName: String, into loaded: inout Indexed,
        fileOf: (Int) -> String, readsDirectly: Bool = true
    ) throws(InputError) {
        var currentID: String? = nil
        do throws(StrictJSONError) {
            if readsDirectly,
                let read = data.withUnsafeBytes({
                    GoldenFileReader.read($0.bindMemory(to: UInt8.self))
                })
            {
                let first = loaded.records.count
                // The records are not visited again: their ids' hashes came with them.
                if first == 0 { loaded.records = read.records } else {
                    loaded.records += read.records
                }
                try addToIndex(
                    first: first, count: read.records.count, record: nil,
                    hashes: read.idHashes, idOfRefused: { _ in nil },
                    records: &loaded.records, index: &loaded.index, fileOf: fileOf,
                    currentID: &currentID)
                try checkConflictGroups(read.groups, records: read.records[...])
                return
            }
            try withJSON(data) { (root) throws(StrictJSONError) in
                let top = try StrictObject(root, path: "$", allowed: fileFields)
                guard try top.number("formatVersion") == 1 else {
                    throw StrictJSONError(
                        path: "$.formatVersion",
                        message: "unsupported format version; this loader reads version 1")
                }
                let paper = try readPaper(try top.object("paper", allowed: paperFields))
                let rawRecords = try top.array("records")
                guard !rawRecords.isEmpty else {
                    throw StrictJSONError(
                        path: "$.records",
                        message: "no records; a golden file must hold at least one")
                }
                let groups =
                    top.has("conflicts") ? try conflictGroups(try top.array("conflicts")) : [:]
                let parsed = parseRecords(rawRecords, paper: paper, groups: groups)
                let first = loaded.records.count
                try addToIndex(
                    first: first, count: parsed.count,
                    record: { (k) throws(StrictJSONError) in try parsed[k].get() },
                    hashes: nil, idOfRefused: { rawRecords[$0].idField },
                    records: &loaded.records, index: &loaded.index, fileOf: fileOf,
                    currentID: &currentID)
                try checkConflictGroups(groups, records: loaded.records[first...])
            }
        } catch {
            throw InputError.golden(
                file: fileName, recordID: currentID, path: error.path, message: error.message)
        }
    }

    /// Adds the ids of a file's `count` records to `index`, at positions from `first` on;
    /// `record(k)` gives the k-th (appended to `records`), or throws why it was refused; nil
    /// when they are there already. `hashes`, when given, are the ids' `IDIndex.hash`es.
    /// Refused, in file order: a record, a duplicate id in the file, then an id also used in an
    /// earlier file (`fileOf` names it). `currentID` is set to the id the error is about (for
    /// a refused record, `idOfRefused`, only when it is needed).
    private static func addToIndex(
        first: Int, count: Int, record: ((Int) throws(StrictJSONError) -> GoldenRecord)?,
        hashes: [UInt64]?, idOfRefused: (Int) -> String?, records: inout [GoldenRecord],
        index: inout IDIndex, fileOf: (Int) -> String, currentID: inout String?
    ) throws(StrictJSONError) {
        index.reserveCapacity(first + count)
        records.reserveCapacity(first + count)
        // An id also used in an earlier file: reported after this file's own duplicates.
        var otherFile: (id: String, file: String)? = nil
        for k in 0..<count {
            if let record {
                do throws(StrictJSONError) { records.append(try record(k)) } catch {
                    currentID = idOfRefused(k)
                    throw error
                }
            }
            let position = first + k
            let hash = hashes?[k] ?? IDIndex.hash(records[position].id)
            let earlier = index.updatePosition(position, hash: hash) {
                records[$0].id == records[position].id
            }
            if let earlier {
                guard earlier < first else {
                    currentID = records[position].id
                    throw StrictJSONError(path: "$.records[\(k)].id", message: "duplicate id")
                }
                if otherFile == nil { otherFile = (records[position].id, fileOf(earlier)) }
            }
        }
        if let (id, file) = otherFile {
            currentID = id
            throw StrictJSONError(path: "id", message: "id also used in \(file)")
        }
    }

    /// Loads every `*.json` file directly inside `directory` (schemas live in a subfolder).
    /// - Throws: when the folder holds no golden file, a file is refused, or an id repeats across files.
    public static func loadAll(directory: URL) throws(InputError) -> [GoldenRecord] {
        try loadIndexed(directory: directory).records
    }

    /// `loadAll`, also returning each id's position (the catalog's index, built once while the
    /// ids are checked for uniqueness across files).
    ///
    /// - Parameter including: which of the folder's `*.json` file names to load (all by default);
    ///   the folder must still hold at least one golden file.
    static func loadIndexed(
        directory: URL, including: (String) -> Bool = { _ in true }
    ) throws(InputError) -> Indexed {
        let dirName = directory.path
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: dirName) } catch {
            throw InputError(
                .unreadable, file: dirName, place: "$",
                message: "cannot list the golden folder; check that it exists and is readable")
        }
        let files = names.filter { $0.hasSuffix(".json") }.sorted()
        guard !files.isEmpty else {
            throw InputError(
                .invalidGoldenFile, file: dirName, place: "$",
                message: "no golden files (*.json) in this folder")
        }
        return try loadIndexed(files: files.filter(including)) { (file) throws(InputError) in
            try read(directory.appendingPathComponent(file))
        }
    }

    /// The shipped golden files (`ShippedGolden`), loaded as `loadIndexed(directory:)` loads a
    /// folder, with the same checks and messages.
    static func loadShipped(
        including: (String) -> Bool = { _ in true }
    ) throws(InputError) -> Indexed {
        return try loadIndexed(files: ShippedGolden.fileNames.filter(including)) {
            (file) throws(InputError) in
            guard let data = ShippedGolden.data(of: file) else {
                throw InputError(
                    .invalidGoldenFile, file: file, place: "$",
                    message: "not valid UTF-8; save the golden file as UTF-8")
            }
            return data
        }
    }

    /// Loads `files` in order, each read by `read`, checking ids across files.
    private static func loadIndexed(
        files: [String], read: (String) throws(InputError) -> Data
    ) throws(InputError) -> Indexed {
        var loaded = Indexed()
        var starts: [(position: Int, file: String)] = []  // where each file's records begin
        for file in files {
            let data = try read(file)
            starts.append((loaded.records.count, file))
            try MappedFile.use(data, of: file) { () throws(InputError) in
                try load(data: data, fileName: file, into: &loaded) { position in
                    starts.last { $0.position <= position }?.file ?? file
                }
            }
        }
        return loaded
    }

    /// Each record parsed independently, in chunks on all cores for large files; the caller
    /// reports the first failure in file order, so the message does not depend on scheduling.
    private static func parseRecords(
        _ raw: [JSON], paper: Paper,
        groups: [String: ConflictGroup]
    ) -> [Result<GoldenRecord, StrictJSONError>] {
        inOrderedChunks(of: raw.count) { range in
            var units: [String: PhysicalUnit] = [:]  // this chunk's parsed units: no lock shared with other chunks
            return range.map { index in
                Result { () throws(StrictJSONError) in
                    try parseRecord(
                        raw[index], path: JSONPath("$.records", index: index), paper: paper,
                        groups: groups, units: &units)
                }
            }
        }.flatMap { $0 }
    }

    /// - Parameter units: units already parsed, by spelling (a golden file repeats a few units).
    static func parseRecord(
        _ raw: JSON, path: JSONPath, paper: Paper, groups: [String: ConflictGroup],
        units: inout [String: PhysicalUnit]
    ) throws(StrictJSONError) -> GoldenRecord {
        let r = try StrictObject(raw, path: path, allowed: recordFields)
        let id = try r.string("id")
        try checkID(id, paper: paper, path: path)
        let quote = try r.string("quote")
        let printed = try r.string("printed")
        try checkPrinted(printed, quote: quote, path: path)
        let value = try parseValue(try r.object("value", allowed: valueFields))
        let unit = try parseUnit(try r.string("unit"), of: value, path: path, units: &units)
        let kind = try r.oneOf("kind", kinds)
        let (basis, tolerance) = try parseUncertainty(r, printed: printed, value: value, path: path)
        let discrepancy = r.has("discrepancy") ? try parseDiscrepancy(r) : nil
        let l = try r.object("location", allowed: locationFields)
        return GoldenRecord(
            id: id, paper: paper, quantity: try r.string("quantity"),
            location: Location(
                section: try l.string("section"), figure: try l.optionalString("figure"),
                equation: try l.optionalString("equation"), table: try l.optionalString("table")),
            quote: quote, printed: printed, value: value, unit: unit, kind: kind,
            method: try r.string("method"),
            uncertaintyBasis: basis, tolerance: tolerance,
            notes: try r.optionalString("notes") ?? "",
            discrepancy: discrepancy, conditions: try r.conditions(),
            conflictGroup: groups.isEmpty ? nil : groups[id])
    }

    /// The file's `paper` object.
    static func readPaper(_ p: StrictObject) throws(StrictJSONError) -> Paper {
        Paper(
            key: try p.string("key"), citation: try p.string("citation"),
            doi: try p.optionalString("doi"), file: try p.string("file"),
            bibtex: try p.optionalString("bibtex"))
    }

    /// A record's id is `<paper key>.<topic>.<detail>` in kebab-case parts.
    static func checkID(_ id: String, paper: Paper, path: JSONPath) throws(StrictJSONError) {
        guard hasPaperPrefix(id, paper.key), isValidID(id) else {
            throw StrictJSONError(
                path: "\(path).id",
                message:
                    "id must be '\(paper.key).<topic>.<detail>' in lower case, digits and hyphens")
        }
    }

    /// A record's `printed` is a non-empty part of its `quote`, byte for byte.
    static func checkPrinted(
        _ printed: String, quote: String, path: JSONPath
    ) throws(StrictJSONError) {
        guard !printed.isEmpty, quote.utf8.containsSubsequence(printed.utf8) else {
            throw StrictJSONError(
                path: "\(path).printed",
                message:
                    "'\(printed)' does not appear in the quote; "
                    + "copy the value exactly as printed in the quoted sentence"
            )
        }
    }

    /// The record's unit: `nil` for `-` (categories only), else parsed (and remembered in `units`).
    static func parseUnit(
        _ unitText: String, of value: GoldenValue, path: JSONPath,
        units: inout [String: PhysicalUnit]
    ) throws(StrictJSONError) -> PhysicalUnit? {
        if unitText == "-" {
            guard case .category = value else {
                throw StrictJSONError(
                    path: "\(path).unit",
                    message:
                        "'-' is only for categories; give the unit of the number ('1' if dimensionless)"
                )
            }
            return nil
        }
        if let known = units[unitText] { return known }
        let unit: PhysicalUnit
        do { unit = try PhysicalUnit(parsing: unitText) } catch {
            throw StrictJSONError(path: "\(path).unit", message: error.description)
        }
        units[unitText] = unit
        return unit
    }

    /// The record's `uncertainty`: its basis and the tolerance it gives the printed value.
    private static func parseUncertainty(
        _ r: StrictObject, printed: String, value: GoldenValue, path: JSONPath
    ) throws(StrictJSONError) -> (UncertaintyBasis, Double) {
        let u = try r.object("uncertainty", allowed: uncertaintyFields)
        let basis = try u.oneOf("basis", bases)
        let tolerance = try tolerance(
            basis: basis, plusMinus: try u.optionalNumber("plusMinus"), printed: printed,
            value: value, path: path)
        return (basis, tolerance)
    }

    /// The record's `discrepancy`: the reference reading and any other documented readings,
    /// each named once.
    private static func parseDiscrepancy(_ r: StrictObject) throws(StrictJSONError) -> Discrepancy {
        let d = try r.object("discrepancy", allowed: discrepancyFields)
        var others: [Discrepancy.Reading] = []
        if d.has("otherReadings") {
            for (k, raw) in try d.array("otherReadings").enumerated() {
                let o = try StrictObject(
                    raw, path: JSONPath("\(d.path).otherReadings", index: k),
                    allowed: readingFields)
                others.append(
                    Discrepancy.Reading(
                        name: try o.string("reading"), value: try o.number("value")))
            }
        }
        let discrepancy = Discrepancy(
            reading: try d.string("reading"), referenceValue: try d.number("referenceValue"),
            explanation: try d.string("explanation"), otherReadings: others)
        let names = discrepancy.readings.map(\.name)
        if Set(names).count != names.count {
            throw StrictJSONError(
                path: "\(d.path)", message: "two readings share a name; name each reading once")
        }
        return discrepancy
    }

    /// The file's `conflicts` (the elements of the array): each member id mapped to its group.
    /// - Throws: for a malformed group, a name used twice, fewer than two members, or an id in
    ///   two groups (members that are not records of this file are found by `checkConflictGroups`).
    static func conflictGroups(
        _ conflicts: [JSON]
    ) throws(StrictJSONError) -> [String: ConflictGroup] {
        var byMember: [String: ConflictGroup] = [:]
        var names: Set<String> = []
        for (k, raw) in conflicts.enumerated() {
            let path = JSONPath("$.conflicts", index: k)
            let c = try StrictObject(raw, path: path, allowed: conflictFields)
            let name = try c.string("name")
            guard isKebabCase(Substring(name)), names.insert(name).inserted else {
                throw StrictJSONError(
                    path: "\(path).name",
                    message: "'\(name)' must be kebab-case and unique in the file")
            }
            var members: [String] = []
            for (m, member) in try c.array("members").enumerated() {
                guard let id = member.string else {
                    throw StrictJSONError(
                        path: "\(path).members[\(m)]", message: "a member is a record id (a string)"
                    )
                }
                members.append(id)
            }
            guard Set(members).count == members.count, members.count >= 2 else {
                throw StrictJSONError(
                    path: "\(path).members",
                    message: "a conflict group lists two or more different record ids")
            }
            let group = ConflictGroup(
                name: name, members: members, explanation: try c.string("explanation"))
            for id in members {
                guard byMember.updateValue(group, forKey: id) == nil else {
                    throw StrictJSONError(
                        path: "\(path).members",
                        message: "'\(id)' is already in another conflict group")
                }
            }
        }
        return byMember
    }

    /// Every member of every group is a record of this file, and the members can be compared
    /// with one model value: the same shape and the same dimension.
    private static func checkConflictGroups(
        _ groups: [String: ConflictGroup],
        records: ArraySlice<GoldenRecord>
    ) throws(StrictJSONError) {
        guard !groups.isEmpty else { return }
        let byID = Dictionary(records.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var seen: Set<String> = []
        for group in groups.values where seen.insert(group.name).inserted {
            let members = group.members.compactMap { byID[$0] }
            if let absent = group.members.first(where: { byID[$0] == nil }) {
                throw StrictJSONError(
                    path: "$.conflicts",
                    message: "group '\(group.name)': no record '\(absent)' in this file")
            }
            let first = members[0]
            for other in members.dropFirst() {
                let sameUnit =
                    first.unit == nil && other.unit == nil
                    || (first.unit.flatMap { a in
                        other.unit.map { a.dimension.isConvertible(to: $0.dimension) }
                    } ?? false)
                guard first.value.shape == other.value.shape, sameUnit else {
                    throw StrictJSONError(
                        path: "$.conflicts",
                        message:
                            "group '\(group.name)': '\(other.id)' is not the same kind of value as '\(first.id)'"
                            + " (shape and unit dimension must agree)"
                    )
                }
            }
        }
    }

    private static func parseValue(_ v: StrictObject) throws(StrictJSONError) -> GoldenValue {
        guard v.fields.count == 1 else {
            throw StrictJSONError(
                path: v.path, message: "give exactly one of number, range, bound, category, series")
        }
        if v.has("number") { return .number(try v.number("number")) }
        if v.has("bound") {
            let b = try v.object("bound", allowed: boundFields)
            return .bound(try b.oneOf("relation", relations), try b.number("number"))
        }
        if v.has("category") { return .category(try v.string("category")) }
        if v.has("range") {
            let bounds = try v.numbers("range")
            guard bounds.count == 2, bounds[0] <= bounds[1] else {
                throw StrictJSONError(
                    path: "\(v.path).range", message: "a range is [low, high] with low ≤ high")
            }
            return .range(bounds[0], bounds[1])
        }
        let s = try v.object("series", allowed: seriesFields)
        let (x, y) = try s.seriesXY()
        let xUnit = try s.string("xUnit")
        do { _ = try PhysicalUnit(parsing: xUnit) } catch {
            throw StrictJSONError(path: "\(s.path).xUnit", message: error.description)
        }
        return .series(x: x, y: y, xUnit: xUnit)
    }

    /// The absolute tolerance the uncertainty policy gives, after checking `value` against `printed`.
    static func tolerance(
        basis: UncertaintyBasis, plusMinus: Double?, printed: String,
        value: GoldenValue, path: JSONPath
    ) throws(StrictJSONError) -> Double {
        if basis == .stated {
            guard let plusMinus, plusMinus > 0 else {
                throw StrictJSONError(
                    path: "\(path).uncertainty",
                    message: "basis 'stated' needs a positive plusMinus as printed")
            }
        } else if plusMinus != nil {
            throw StrictJSONError(
                path: "\(path).uncertainty.plusMinus",
                message: "plusMinus is only for basis 'stated'")
        }
        let numbers = PrintedNumber.all(in: printed)
        let expected: (Double, Double?)
        switch value {
        case let .number(x), let .bound(_, x): expected = (x, nil)
        case let .range(lo, hi): expected = (lo, hi)
        case .category:
            guard basis == .exact else {
                throw StrictJSONError(
                    path: "\(path).uncertainty.basis", message: "a category is 'exact'")
            }
            return 0
        case .series:
            guard basis == .stated, let plusMinus else {
                throw StrictJSONError(
                    path: "\(path).uncertainty.basis",
                    message: "a series needs basis 'stated' with plusMinus (the y tolerance)")
            }
            return plusMinus
        }
        let same = { (printed: PrintedNumber, value: Double) in
            printed.value.isApproximatelyEqual(
                to: value, absoluteTolerance: 0, relativeTolerance: 1e-12)
        }
        let agrees =
            switch expected {
            case let (x, nil): numbers.count == 1 && same(numbers[0], x)
            case let (lo, hi?): numbers.count == 2 && same(numbers[0], lo) && same(numbers[1], hi)
            }
        guard agrees else {
            let values = [expected.0] + (expected.1.map { [$0] } ?? [])
            throw StrictJSONError(
                path: "\(path).value",
                message:
                    "value \(values.map { "\($0)" }.joined(separator: ", ")) "
                    + "does not match the number(s) printed in '\(printed)' "
                    + "(\(numbers.map { "\($0.value)" }.joined(separator: ", ")))"
            )
        }
        let place = max(numbers[0].lastDigitPlace, numbers.last!.lastDigitPlace)  // one or two numbers
        switch basis {
        case .printedPrecision: return place / 2
        case .approximate: return place
        case .stated: return plusMinus ?? 0
        case .exact: return 0
        }
    }

    /// Whether `id` starts with `key` and a dot, compared as bytes (no `key + "."` per record).
    package static func hasPaperPrefix(_ id: String, _ key: String) -> Bool {
        var id = id, key = key
        return id.withUTF8 { i in
            key.withUTF8 { k in
                i.count > k.count && i[k.count] == UInt8(ascii: ".")
                    && (k.isEmpty || memcmp(i.baseAddress!, k.baseAddress!, k.count) == 0)
            }
        }
    }

    static func isValidID(_ id: String) -> Bool {
        var id = id
        return id.withUTF8(isValidID(utf8:))
    }

    private static func isValidID(utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        // At least two kebab-case parts separated by single dots, checked in one pass over the
        // bytes; most bytes are letters or digits, tested first with two comparisons.
        var parts = 1, partLength = 0
        var previous: UInt8 = UInt8(ascii: ".")
        for b in utf8 {
            if b &- UInt8(ascii: "a") < 26 || b &- UInt8(ascii: "0") < 10 {
                partLength &+= 1
            } else if b == UInt8(ascii: ".") {
                guard partLength > 0, previous != UInt8(ascii: "-") else { return false }
                parts &+= 1
                partLength = 0
            } else if b == UInt8(ascii: "-") {
                guard partLength > 0, previous != UInt8(ascii: "-") else { return false }
                partLength &+= 1
            } else {
                return false
            }
            previous = b
        }
        return parts >= 2 && partLength > 0 && previous != UInt8(ascii: "-")
    }

    /// Lower-case letters, digits and single inner hyphens: `c-rate`, `fib-sem-95-5`.
    static func isKebabCase(_ part: Substring) -> Bool {
        let bytes = part.utf8
        guard let first = bytes.first, let last = bytes.last, first != UInt8(ascii: "-"),
            last != UInt8(ascii: "-")
        else { return false }
        var previous: UInt8 = 0
        for b in bytes {
            let allowed =
                (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z"))
                || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: "-")
            if !allowed || (b == UInt8(ascii: "-") && previous == UInt8(ascii: "-")) {
                return false
            }
            previous = b
        }
        return true
    }
}
