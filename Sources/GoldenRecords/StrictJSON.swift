import Foundation

/// A JSON object read strictly: every key must be expected, required keys must be present,
/// and each value must have the expected JSON type. Errors name the path (`records[3].unit`).
///
/// Both the golden loader and the model-output reader use it, so the two reject bad input the
/// same way.
struct StrictObject {
    let fields: JSONObject
    /// Path of this object in the document, e.g. `records[3]`.
    let path: String

    init(_ json: JSON, path: String, allowed: [String]?) throws(StrictJSONError) {
        guard let fields = json.object else {
            throw StrictJSONError(path: path, message: "expected a JSON object, found \(json.typeName)")
        }
        if let allowed, fields.firstKey(notIn: allowed) != nil {
            let unknown = fields.keys.filter { !allowed.contains($0) }.sorted()[0]
            throw StrictJSONError(path: path, message: "unknown field '\(unknown)'; allowed: \(allowed.sorted().joined(separator: ", "))")
        }
        self.fields = fields
        self.path = path
    }

    func has(_ key: String) -> Bool {
        guard let raw = fields[key] else { return false }
        return !raw.isNull
    }

    /// The value of a required field (null counts as missing).
    func required(_ key: String) throws(StrictJSONError) -> JSON {
        guard let raw = fields[key], !raw.isNull else { throw missing(key) }
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

    func object(_ key: String, allowed: [String]) throws(StrictJSONError) -> StrictObject {
        try StrictObject(try required(key), path: "\(path).\(key)", allowed: allowed)
    }

    /// An object whose keys are free (e.g. `conditions`), still required to be an object.
    func openObject(_ key: String) throws(StrictJSONError) -> StrictObject {
        try StrictObject(try required(key), path: "\(path).\(key)", allowed: nil)
    }

    /// The optional `conditions` object, empty when absent.
    func conditions() throws(StrictJSONError) -> Conditions {
        has("conditions") ? try Conditions.parse(try openObject("conditions")) : Conditions()
    }

    /// The `x` and `y` arrays of a series object: equal, non-zero lengths and strictly increasing x.
    func seriesXY() throws(StrictJSONError) -> (x: [Double], y: [Double]) {
        let x = try numbers("x"), y = try numbers("y")
        guard !x.isEmpty, x.count == y.count else {
            throw StrictJSONError(path: path, message: "x and y must be non-empty and of equal length (\(x.count) vs \(y.count))")
        }
        guard zip(x, x.dropFirst()).allSatisfy({ $0 < $1 }) else {
            throw StrictJSONError(path: "\(path).x", message: "x must be strictly increasing; sort the series")
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
        StrictJSONError(path: "\(path).\(key)", message: "expected \(expected), found \(found.typeName)")
    }
}

/// A strictness violation at a JSON path.
struct StrictJSONError: Error {
    let path: String
    let message: String
}

/// A JSON number (finite by construction of the parser).
func jsonNumber(_ raw: JSON, path: String) throws(StrictJSONError) -> Double {
    guard let d = raw.number else {
        throw StrictJSONError(path: path, message: "expected a number, found \(raw.typeName)")
    }
    return d
}

/// Parses `data` with the strict parser (a one-line reason when it is not JSON) and reads the
/// root value with `body`. The `JSON` values point into `data`: they are valid only during `body`.
func withJSON<R>(_ data: Data, _ body: (JSON) throws(StrictJSONError) -> R) throws(StrictJSONError) -> R {
    let outcome = data.withUnsafeBytes { raw in
        Result { () throws(JSONParser.Failure) in try JSONParser.withDocument(raw.bindMemory(to: UInt8.self), body) }
    }
    switch outcome {
    case let .success(read): return try read.get()
    case let .failure(error):
        let notJSON = error.message.hasPrefix("line ") && !error.message.contains("byte-order mark")
        throw StrictJSONError(path: "$", message: notJSON ? "not valid JSON: \(error.message)" : error.message)
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
        let n = Array(needle), h = Array(self)
        guard !n.isEmpty else { return true }
        guard h.count >= n.count else { return false }
        for start in 0...(h.count - n.count) where h[start] == n[0] {
            if h[start..<(start + n.count)].elementsEqual(n) { return true }
        }
        return false
    }
}
