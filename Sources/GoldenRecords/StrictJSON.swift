import Foundation

/// The field names an object may have, kept as UTF-8 bytes too, so that a key in the file is
/// matched by comparing bytes, without making a `String` of it. At most 16 names.
///
/// The instances are static constants of the readers, never freed: their bytes and hash table
/// sit in memory of their own, reached through `lookup`, a plain struct of pointers that a
/// `StrictObject` keeps and copies without touching a reference count.
final class FieldNames: ExpressibleByArrayLiteral, @unchecked Sendable {
    let names: [String]
    let lookup: Lookup

    required init(arrayLiteral names: StaticString...) {
        precondition(names.count <= 16, "StrictObject keeps at most 16 field slots")
        self.names = names.map(\.description)
        lookup = Lookup(self.names, literals: names.map { UnsafeRawPointer($0.utf8Start) })
    }

    deinit { lookup.deallocate() }

    /// The position of `name`, given as a string (a key that is not a literal).
    func index(of name: String) -> Int? {
        var name = name
        return name.withUTF8 { lookup.index(ofKey: $0) }
    }

    func index(ofKey key: UnsafeBufferPointer<UInt8>) -> Int? { lookup.index(ofKey: key) }

    /// The names' bytes and a perfect hash of them.
    struct Lookup: @unchecked Sendable {
        /// All names' bytes, one after another; name `j` is `bytes[starts[j]..<starts[j + 1]]`.
        private let bytes: UnsafeMutableBufferPointer<UInt8>
        private let starts: UnsafeMutableBufferPointer<Int>
        /// Per bucket of `bucket(_:seed:)`, the one name that falls in it, or −1; `seed` is the
        /// first that puts every name in a bucket of its own, or nil when none of those tried
        /// does (then lookups scan all names).
        private let table: UnsafeMutableBufferPointer<Int8>
        private let seed: UInt32?
        private let count: Int
        /// Where the names' literals are in the binary, and per bucket of `addressBucket` the
        /// one that falls in it (or −1): a reader asking with the same literal (compiler and
        /// linker keep one copy of equal string constants) is answered by one multiplication
        /// and one address comparison; any other address goes through the hash of the bytes.
        private let literals: UnsafeMutableBufferPointer<UnsafeRawPointer>
        private let addressTable: UnsafeMutableBufferPointer<Int8>
        private let addressSeed: UInt64?
        /// Per name, its quoted bytes with the colon (`"name":`, at most 16) as two
        /// little-endian words and the masks of the bytes they hold, four words a name:
        /// `memberStart` compares a key in the file with two loads; longer names are compared
        /// byte by byte.
        private let quoted: UnsafeMutableBufferPointer<UInt64>

        private static let buckets = 128

        fileprivate init(_ names: [String], literals: [UnsafeRawPointer]) {
            count = names.count
            self.literals = .allocate(capacity: max(1, literals.count))
            _ = self.literals.initialize(from: literals)
            addressTable = .allocate(capacity: Self.buckets)
            addressSeed = Self.perfectSeed(count: literals.count, table: addressTable) {
                Self.addressBucket(literals[$0], seed: $1)
            }
            let all = names.flatMap(\.utf8)
            bytes = .allocate(capacity: max(1, all.count))
            _ = bytes.initialize(from: all)
            starts = .allocate(capacity: names.count + 1)
            var offset = 0
            for (j, name) in names.enumerated() {
                starts[j] = offset
                offset += name.utf8.count
            }
            starts[names.count] = offset
            quoted = .allocate(capacity: max(1, 4 * names.count))
            quoted.initialize(repeating: 0)
            for (j, name) in names.enumerated() {
                let text = [UInt8(ascii: "\"")] + Array(name.utf8) + Array("\":".utf8)
                guard text.count <= 16 else { continue }  // masks 0: compared byte by byte
                for (k, b) in text.enumerated() {
                    quoted[4 * j + k / 8] |= UInt64(b) << (8 * (k % 8))
                    quoted[4 * j + 2 + k / 8] |= 0xFF << (8 * (k % 8))
                }
            }
            table = .allocate(capacity: Self.buckets)
            seed = Self.perfectSeed(count: names.count, table: table) { [bytes, starts] j, seed in
                let name = UnsafeBufferPointer(rebasing: bytes[starts[j]..<starts[j + 1]])
                return Self.bucket(name, seed: seed)
            }
        }

        fileprivate func deallocate() {
            bytes.deallocate()
            starts.deallocate()
            table.deallocate()
            literals.deallocate()
            addressTable.deallocate()
            quoted.deallocate()
        }

        /// A bucket from the name's length and first and last bytes, mixed by `seed` (a few
        /// instructions; the seed search in `init` makes it a perfect hash of the names).
        private static func bucket(_ key: UnsafeBufferPointer<UInt8>, seed: UInt32) -> Int {
            guard let base = key.baseAddress, key.count > 0 else { return 0 }
            let first = UInt32(base[0]), last = UInt32(base[key.count - 1])
            let h = (UInt32(truncatingIfNeeded: key.count) &* 0x9E37_79B1 ^ first &* 0x85EB_CA77
                ^ last &* 0xC2B2_AE3D) &* (seed | 1)
            return Int(h >> 25)  // the top 7 bits: one of 128 buckets
        }

        /// The position of `name` (a field name the reader asks for).
        func index(of name: StaticString) -> Int? {
            let address = UnsafeRawPointer(name.utf8Start), length = name.utf8CodeUnitCount
            if let addressSeed {
                let j = Int(addressTable[Self.addressBucket(address, seed: addressSeed)])
                if j >= 0, literals[j] == address, starts[j + 1] - starts[j] == length {
                    return j  // the same bytes: a literal's memory never changes
                }
            }
            return index(ofKey: UnsafeBufferPointer(start: name.utf8Start, count: length))
        }

        /// A bucket from an address, mixed by `seed` (`perfectSeed` finds one that separates
        /// the names' literals).
        private static func addressBucket(_ address: UnsafeRawPointer, seed: UInt64) -> Int {
            let mixed = UInt64(UInt(bitPattern: address)) &* (seed &* 0x9E37_79B9_7F4A_7C15 | 1)
            return Int(mixed >> 57)  // the top 7 bits: one of 128 buckets
        }

        /// The first seed for which `bucket` puts each of the `count` names in a bucket of its
        /// own, with `table` filled in for it; nil when none of those tried does.
        private static func perfectSeed<Seed: FixedWidthInteger>(
            count: Int, table: UnsafeMutableBufferPointer<Int8>, bucket: (Int, Seed) -> Int
        ) -> Seed? {
            for candidate in 1...Seed(1024) {
                table.initialize(repeating: -1)
                var clash = false
                for j in 0..<count {
                    let slot = bucket(j, candidate)
                    if table[slot] >= 0 { clash = true; break }
                    table[slot] = Int8(j)
                }
                if !clash { return candidate }
            }
            return nil
        }

        /// The position of the name whose bytes are `key`: one bucket and one comparison.
        func index(ofKey key: UnsafeBufferPointer<UInt8>) -> Int? {
            guard let seed else {
                for j in 0..<count where matches(j, key) { return j }
                return nil
            }
            let j = Int(table[Self.bucket(key, seed: seed)])
            return j >= 0 && matches(j, key) ? j : nil
        }

        /// How many bytes name `j` takes in quotes with the colon right after it (`"name":`)
        /// if `bytes` hold that at `offset` (the name a reader expects next, as writers lay out
        /// a member), else nil: the key is then read without a string scan (the names are
        /// plain ASCII, so the quoted bytes are the whole string, with nothing to check).
        @inline(__always)
        func memberStart(of j: Int, in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int? {
            guard j < count, let base = bytes.baseAddress, let names = self.bytes.baseAddress,
                offset >= 0
            else { return nil }
            let start = starts[j], length = starts[j + 1] - start
            if length + 3 <= 16, offset + 16 <= bytes.count {
                let at = UnsafeRawPointer(base + offset)
                let low = at.loadUnaligned(as: UInt64.self)
                let high = at.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
                let q = 4 * j
                let same =
                    low & quoted[q + 2] == quoted[q] && high & quoted[q + 3] == quoted[q + 1]
                return same ? length + 3 : nil
            }
            guard offset + length + 3 <= bytes.count,
                base[offset] == UInt8(ascii: "\""), base[offset + length + 1] == UInt8(ascii: "\""),
                base[offset + length + 2] == UInt8(ascii: ":"),
                memcmp(base + offset + 1, names + start, length) == 0
            else { return nil }
            return length + 3
        }

        private func matches(_ j: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
            let start = starts[j], length = starts[j + 1] - start
            guard length == key.count else { return false }
            guard length > 0, let wanted = key.baseAddress, let all = bytes.baseAddress else {
                return true
            }
            return memcmp(all + start, wanted, length) == 0
        }
    }
}

/// A JSON object read strictly: every key must be expected, required keys must be present,
/// and each value must have the expected JSON type. Errors name the path (`records[3].unit`).
///
/// Both the golden loader and the model-output reader use it, so the two reject bad input the
/// same way.
struct StrictObject {
    let fields: JSONObject
    /// Path of this object in the document, e.g. `$.records[3]`.
    let path: JSONPath
    /// The allowed names, or nil for an object whose keys are free (`conditions`), for messages.
    /// Unowned: the names are static constants, and a strict object is copied often.
    private unowned(unsafe) let names: FieldNames?
    /// `names.lookup`: what reading a field uses (no reference count).
    private let lookup: FieldNames.Lookup?
    /// Per allowed name, the tape index of its value (-1 when absent); filled in one pass over
    /// the members, so that each lookup afterwards is a slot read.
    private var slots = InlineArray<16, Int32>(repeating: -1)

    init(_ json: JSON, path: JSONPath, allowed: FieldNames?) throws(StrictJSONError) {
        guard let fields = json.object else {
            throw StrictJSONError(
                path: path, message: "expected a JSON object, found \(json.typeName)")
        }
        self.fields = fields
        self.path = path
        names = allowed
        lookup = allowed?.lookup
        guard let allowed else { return }
        var slots = self.slots
        let complete = fields.forEachMember { key, value in
            guard
                let j = key.plainBytes.flatMap(allowed.index(ofKey:))
                    ?? key.string.flatMap(allowed.index(of:))
            else { return false }
            slots[j] = Int32(value.index)
            return true
        }
        guard complete else {
            let unknown = fields.keys.filter { !allowed.names.contains($0) }.sorted()[0]
            throw StrictJSONError(
                path: path,
                message:
                    "unknown field '\(unknown)'; allowed: \(allowed.names.sorted().joined(separator: ", "))"
            )
        }
        self.slots = slots
    }

    /// The value of `key`, null included; nil when absent.
    func member(_ key: StaticString) -> JSON? {
        guard let lookup else { return fields[key.description] }
        guard let j = lookup.index(of: key), slots[j] >= 0 else { return nil }
        return JSON(tape: fields.value.tape, index: Int(slots[j]))
    }

    func has(_ key: StaticString) -> Bool {
        guard let raw = member(key) else { return false }
        return !raw.isNull
    }

    /// The value of a required field (null counts as missing).
    func required(_ key: StaticString) throws(StrictJSONError) -> JSON {
        guard let raw = member(key), !raw.isNull else { throw missing(key.description) }
        return raw
    }

    func string(_ key: StaticString) throws(StrictJSONError) -> String {
        let raw = try required(key)
        guard let s = raw.string else { throw wrongType(key.description, "a string", raw) }
        return s
    }

    /// The case of `E` that the string at `key` names; a plain string is matched on its bytes,
    /// without making a `String`.
    /// - Throws: for a missing field or one that is not a string, and for a string that names
    ///   no case: "unknown <key> '<text>'; use one of <the raw values, in order>".
    func oneOf<E>(_ key: StaticString, _ cases: RawCases<E>) throws(StrictJSONError) -> E {
        let raw = try required(key)
        if let bytes = raw.plainBytes, let found = cases.named(bytes) { return found }
        guard let text = raw.string else { throw wrongType(key.description, "a string", raw) }
        guard let found = E(rawValue: text) else {
            throw StrictJSONError(
                path: "\(path).\(key)",
                message:
                    "unknown \(key) '\(text)'; "
                    + "use one of \(E.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return found
    }

    func optionalString(_ key: StaticString) throws(StrictJSONError) -> String? {
        has(key) ? try string(key) : nil
    }

    func number(_ key: StaticString) throws(StrictJSONError) -> Double {
        try jsonNumber(try required(key), path: "\(path).\(key)")
    }

    func optionalNumber(_ key: StaticString) throws(StrictJSONError) -> Double? {
        has(key) ? try number(key) : nil
    }

    func numbers(_ key: StaticString) throws(StrictJSONError) -> [Double] {
        let raw = try required(key)
        guard let array = raw.elements else {
            throw wrongType(key.description, "an array of numbers", raw)
        }
        var result: [Double] = []
        result.reserveCapacity(array.count)
        for (i, element) in array.enumerated() {
            result.append(try jsonNumber(element, path: "\(path).\(key)[\(i)]"))
        }
        return result
    }

    func object(_ key: StaticString, allowed: FieldNames) throws(StrictJSONError) -> StrictObject {
        try StrictObject(try required(key), path: path.appending(key), allowed: allowed)
    }

    /// An object whose keys are free (e.g. `conditions`), still required to be an object.
    func openObject(_ key: StaticString) throws(StrictJSONError) -> StrictObject {
        try StrictObject(try required(key), path: path.appending(key), allowed: nil)
    }

    /// The optional `conditions` object, empty when absent.
    func conditions() throws(StrictJSONError) -> Conditions {
        has("conditions") ? try Conditions.parse(try openObject("conditions")) : Conditions()
    }

    /// The `x` and `y` arrays of a series object: equal, non-zero lengths and strictly increasing x.
    func seriesXY() throws(StrictJSONError) -> (x: [Double], y: [Double]) {
        let x = try numbers("x"), y = try numbers("y")
        guard !x.isEmpty, x.count == y.count else {
            throw StrictJSONError(
                path: path,
                message: "x and y must be non-empty and of equal length (\(x.count) vs \(y.count))")
        }
        guard zip(x, x.dropFirst()).allSatisfy({ $0 < $1 }) else {
            throw StrictJSONError(
                path: "\(path).x", message: "x must be strictly increasing; sort the series")
        }
        return (x, y)
    }

    func array(_ key: StaticString) throws(StrictJSONError) -> [JSON] {
        let raw = try required(key)
        guard let array = raw.elements else { throw wrongType(key.description, "an array", raw) }
        return array
    }

    /// The string value of `key` in an object whose keys are free (`conditions`).
    func string(named key: String) throws(StrictJSONError) -> String {
        guard let raw = fields[key], !raw.isNull else { throw missing(key) }
        guard let s = raw.string else { throw wrongType(key, "a string", raw) }
        return s
    }

    func missing(_ key: String) -> StrictJSONError {
        StrictJSONError(path: path, message: "missing required field '\(key)'")
    }

    func wrongType(_ key: String, _ expected: String, _ found: JSON) -> StrictJSONError {
        StrictJSONError(
            path: "\(path).\(key)", message: "expected \(expected), found \(found.typeName)")
    }
}

/// A strictness violation at a JSON path.
struct StrictJSONError: Error {
    let path: String
    let message: String

    init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    init(path: JSONPath, message: String) {
        self.init(path: path.description, message: message)
    }
}

/// Where a value sits in a document, e.g. `$.records[3].value`. Kept in parts and written out
/// only for an error message, so reading a valid file builds no path strings: the keys below the
/// element are literals, kept as they are (up to four; a deeper path is written out at once).
struct JSONPath: CustomStringConvertible, ExpressibleByStringLiteral {
    /// `$` or the path of an array, e.g. `$.records`.
    private let base: String
    /// The element of `base`, if any.
    private let index: Int?
    /// Keys below that, e.g. `value`, `series`: the first `keyCount` slots.
    private var keys = InlineArray<4, StaticString>(repeating: "")
    private var keyCount = 0

    init(stringLiteral base: String) {
        self.init(base, index: nil)
    }

    init(_ base: String, index: Int?) {
        self.base = base
        self.index = index
    }

    func appending(_ key: StaticString) -> JSONPath {
        guard keyCount < keys.count else {
            return JSONPath("\(self).\(key)", index: nil)
        }
        var path = self
        path.keys[keyCount] = key
        path.keyCount += 1
        return path
    }

    var description: String {
        var text = index.map { "\(base)[\($0)]" } ?? base
        for k in 0..<keyCount { text += "." + keys[k].description }
        return text
    }
}

/// A JSON number (finite by construction of the parser).
func jsonNumber(_ raw: JSON, path: @autoclosure () -> String) throws(StrictJSONError) -> Double {
    guard let d = raw.number else {
        throw StrictJSONError(path: path(), message: "expected a number, found \(raw.typeName)")
    }
    return d
}

/// Parses `data` with the strict parser (a one-line reason when it is not JSON) and reads the
/// root value with `body`. The `JSON` values point into `data`: they are valid only during `body`.
func withJSON<R>(
    _ data: Data, _ body: (JSON) throws(StrictJSONError) -> R
) throws(StrictJSONError) -> R {
    let outcome = data.withUnsafeBytes { raw in
        Result { () throws(JSONParser.Failure) in
            try JSONParser.withDocument(raw.bindMemory(to: UInt8.self), body)
        }
    }
    switch outcome {
    case let .success(read): return try read.get()
    case let .failure(error):
        let notJSON = error.place != .wholeFile  // a place in the text: the bytes are not JSON
        throw StrictJSONError(
            path: "$", message: notJSON ? "not valid JSON: \(error.message)" : error.message)
    }
}

extension JSON {
    /// The `id` string of an object, for messages about a record or result that failed to parse.
    var idField: String? { object?["id"]?.string }
}

extension Collection where Element == UInt8 {
    /// Whether `needle` occurs as a contiguous run (byte-wise, so for UTF-8 text it is an exact
    /// substring test without Unicode normalisation, as a golden `printed` must be copied exactly).
    func containsSubsequence<C: Collection>(_ needle: C) -> Bool where C.Element == UInt8 {
        // Native strings' UTF-8 is contiguous: search in place; copy only other collections.
        let inPlace = withContiguousStorageIfAvailable { h in
            needle.withContiguousStorageIfAvailable { n in occurs(n, in: h) }
        }
        if let inPlace, let found = inPlace { return found }
        return Array(needle).withUnsafeBufferPointer { n in
            Array(self).withUnsafeBufferPointer { h in occurs(n, in: h) }
        }
    }
}

private func occurs(
    _ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>
) -> Bool {
    guard !needle.isEmpty else { return true }
    guard haystack.count >= needle.count, let h = haystack.baseAddress,
        let n = needle.baseAddress
    else { return false }
    // Each place where the first byte occurs (C's memchr), then the rest compared (memcmp).
    let last = haystack.count - needle.count  // the last place the needle can start
    var start = 0
    while start <= last, let found = memchr(h + start, Int32(n[0]), last - start + 1) {
        let at = h.distance(to: found.assumingMemoryBound(to: UInt8.self))
        if memcmp(h + at + 1, n + 1, needle.count - 1) == 0 { return true }
        start = at + 1
    }
    return false
}

/// The cases of an enum with string raw values, with the raw values kept as bytes, so that a
/// field naming one is matched without making a `String`. A static constant of the reader.
final class RawCases<E: CaseIterable & RawRepresentable>: Sendable
where E.RawValue == String, E: Sendable {
    private let entries: [(bytes: [UInt8], value: E)]

    init() { entries = E.allCases.map { (Array($0.rawValue.utf8), $0) } }

    func named(_ bytes: UnsafeBufferPointer<UInt8>) -> E? {
        for entry in entries where entry.bytes.count == bytes.count {
            let same = entry.bytes.withUnsafeBufferPointer { $0.elementsEqual(bytes) }
            if same { return entry.value }
        }
        return nil
    }
}
