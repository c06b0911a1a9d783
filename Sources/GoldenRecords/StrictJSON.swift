import Foundation

/// The field names an object may have, kept as UTF-8 bytes too, so that a key in the file is
/// matched by comparing bytes, without making a `String` of it. At most 16 names.
///
/// A class, so that the `StrictObject`s that refer to one share it for the price of one
/// reference count.
final class FieldNames: ExpressibleByArrayLiteral, Sendable {
    let names: [String]
    /// All names' bytes, one after another; name `j` is `bytes[starts[j]..<starts[j + 1]]`.
    private let bytes: [UInt8]
    private let starts: [Int]

    required init(arrayLiteral names: String...) {
        precondition(names.count <= 16, "StrictObject keeps at most 16 field slots")
        self.names = names
        bytes = names.flatMap(\.utf8)
        starts = names.reduce(into: [0]) { $0.append($0.last! + $1.utf8.count) }
    }

    /// The position of `name` (a field name the reader asks for). Lengths are compared first:
    /// it is cheap, and most names differ in length.
    func index(of name: String) -> Int? {
        let length = name.utf8.count
        for j in 0..<names.count where starts[j + 1] - starts[j] == length && names[j] == name {
            return j
        }
        return nil
    }

    /// The position of the name whose bytes are `key`.
    func index(ofKey key: UnsafeBufferPointer<UInt8>) -> Int? {
        bytes.withUnsafeBufferPointer { all in
            for j in 0..<names.count where starts[j + 1] - starts[j] == key.count {
                var same = true
                for k in 0..<key.count where all[starts[j] + k] != key[k] { same = false; break }
                if same { return j }
            }
            return nil
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
    /// The allowed names, or nil for an object whose keys are free (`conditions`).
    private let names: FieldNames?
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
    func member(_ key: String) -> JSON? {
        guard let names else { return fields[key] }
        guard let j = names.index(of: key), slots[j] >= 0 else { return nil }
        return JSON(tape: fields.value.tape, index: Int(slots[j]))
    }

    func has(_ key: String) -> Bool {
        guard let raw = member(key) else { return false }
        return !raw.isNull
    }

    /// The value of a required field (null counts as missing).
    func required(_ key: String) throws(StrictJSONError) -> JSON {
        guard let raw = member(key), !raw.isNull else { throw missing(key) }
        return raw
    }

    func string(_ key: String) throws(StrictJSONError) -> String {
        let raw = try required(key)
        guard let s = raw.string else { throw wrongType(key, "a string", raw) }
        return s
    }

    func optionalString(_ key: String) throws(StrictJSONError) -> String? {
        has(key) ? try string(key) : nil
    }

    func number(_ key: String) throws(StrictJSONError) -> Double {
        try jsonNumber(try required(key), path: "\(path).\(key)")
    }

    func optionalNumber(_ key: String) throws(StrictJSONError) -> Double? {
        has(key) ? try number(key) : nil
    }

    func numbers(_ key: String) throws(StrictJSONError) -> [Double] {
        let raw = try required(key)
        guard let array = raw.elements else { throw wrongType(key, "an array of numbers", raw) }
        var result: [Double] = []
        result.reserveCapacity(array.count)
        for (i, element) in array.enumerated() {
            result.append(try jsonNumber(element, path: "\(path).\(key)[\(i)]"))
        }
        return result
    }

    func object(_ key: String, allowed: FieldNames) throws(StrictJSONError) -> StrictObject {
        try StrictObject(try required(key), path: path.appending(key), allowed: allowed)
    }

    /// An object whose keys are free (e.g. `conditions`), still required to be an object.
    func openObject(_ key: String) throws(StrictJSONError) -> StrictObject {
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

    func array(_ key: String) throws(StrictJSONError) -> [JSON] {
        let raw = try required(key)
        guard let array = raw.elements else { throw wrongType(key, "an array", raw) }
        return array
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
/// only for an error message, so reading a valid file builds no path strings.
struct JSONPath: CustomStringConvertible, ExpressibleByStringLiteral {
    /// `$` or the path of an array, e.g. `$.records`.
    private let base: String
    /// The element of `base`, if any.
    private let index: Int?
    /// Keys below that, e.g. `.value.series`.
    private let keys: String

    init(stringLiteral base: String) {
        self.init(base, index: nil)
    }

    init(_ base: String, index: Int?, keys: String = "") {
        self.base = base
        self.index = index
        self.keys = keys
    }

    func appending(_ key: String) -> JSONPath {
        JSONPath(base, index: index, keys: keys + "." + key)
    }

    var description: String { index.map { "\(base)[\($0)]\(keys)" } ?? base + keys }
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
        let notJSON = error.message.hasPrefix("line ") && !error.message.contains("byte-order mark")
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
    guard haystack.count >= needle.count else { return false }
    for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
        if UnsafeBufferPointer(rebasing: haystack[start..<(start + needle.count)]).elementsEqual(
            needle)
        {
            return true
        }
    }
    return false
}
