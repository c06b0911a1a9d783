import Foundation

/// A JSON object read strictly: every key must be expected, required keys must be present,
/// and each value must have the expected JSON type. Errors name the path (`records[3].unit`).
///
/// Both the golden loader and the model-output reader use it, so the two reject bad input the
/// same way.
struct StrictObject {
    let fields: [String: Any]
    /// Path of this object in the document, e.g. `records[3]`.
    let path: String

    init(_ any: Any, path: String, allowed: Set<String>) throws(StrictJSONError) {
        guard let fields = any as? [String: Any] else {
            throw StrictJSONError(path: path, message: "expected a JSON object, found \(jsonTypeName(any))")
        }
        if let unknown = fields.keys.sorted().first(where: { !allowed.contains($0) }) {
            throw StrictJSONError(path: path, message: "unknown field '\(unknown)'; allowed: \(allowed.sorted().joined(separator: ", "))")
        }
        self.fields = fields
        self.path = path
    }

    func has(_ key: String) -> Bool { fields[key] != nil && !(fields[key] is NSNull) }

    func string(_ key: String) throws(StrictJSONError) -> String {
        guard let raw = fields[key], !(raw is NSNull) else { throw missing(key) }
        guard let s = raw as? String else { throw wrongType(key, "a string", raw) }
        return s
    }

    func optionalString(_ key: String) throws(StrictJSONError) -> String? {
        has(key) ? try string(key) : nil
    }

    func number(_ key: String) throws(StrictJSONError) -> Double {
        guard let raw = fields[key], !(raw is NSNull) else { throw missing(key) }
        return try jsonNumber(raw, path: "\(path).\(key)")
    }

    func optionalNumber(_ key: String) throws(StrictJSONError) -> Double? {
        has(key) ? try number(key) : nil
    }

    func numbers(_ key: String) throws(StrictJSONError) -> [Double] {
        guard let raw = fields[key], !(raw is NSNull) else { throw missing(key) }
        guard let array = raw as? [Any] else { throw wrongType(key, "an array of numbers", raw) }
        var result: [Double] = []
        result.reserveCapacity(array.count)
        for (i, element) in array.enumerated() {
            result.append(try jsonNumber(element, path: "\(path).\(key)[\(i)]"))
        }
        return result
    }

    func object(_ key: String, allowed: Set<String>) throws(StrictJSONError) -> StrictObject {
        guard let raw = fields[key], !(raw is NSNull) else { throw missing(key) }
        return try StrictObject(raw, path: "\(path).\(key)", allowed: allowed)
    }

    /// An object whose keys are free (e.g. `conditions`), still required to be an object.
    func openObject(_ key: String) throws(StrictJSONError) -> StrictObject {
        guard let raw = fields[key], !(raw is NSNull) else { throw missing(key) }
        guard let dict = raw as? [String: Any] else { throw wrongType(key, "an object", raw) }
        return try StrictObject(dict, path: "\(path).\(key)", allowed: Set(dict.keys))
    }

    /// The optional `conditions` object, empty when absent.
    func conditions() throws(StrictJSONError) -> Conditions {
        has("conditions") ? try Conditions.parse(try openObject("conditions")) : Conditions()
    }

    func array(_ key: String) throws(StrictJSONError) -> [Any] {
        guard let raw = fields[key], !(raw is NSNull) else { throw missing(key) }
        guard let array = raw as? [Any] else { throw wrongType(key, "an array", raw) }
        return array
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

    func missing(_ key: String) -> StrictJSONError {
        StrictJSONError(path: path, message: "missing required field '\(key)'")
    }

    func wrongType(_ key: String, _ expected: String, _ found: Any) -> StrictJSONError {
        StrictJSONError(path: "\(path).\(key)", message: "expected \(expected), found \(jsonTypeName(found))")
    }
}

/// A strictness violation at a JSON path.
struct StrictJSONError: Error {
    let path: String
    let message: String
}

/// A finite JSON number (booleans, which Foundation bridges to NSNumber, are refused).
func jsonNumber(_ raw: Any, path: String) throws(StrictJSONError) -> Double {
    guard let n = raw as? NSNumber, !isBoolean(n) else {
        throw StrictJSONError(path: path, message: "expected a number, found \(jsonTypeName(raw))")
    }
    let d = n.doubleValue
    guard d.isFinite else { throw StrictJSONError(path: path, message: "number is not finite") }
    return d
}

/// Foundation bridges JSON `true`/`false` to an `NSNumber` whose Objective-C type is `c` (char);
/// JSON numbers never get that type.
func isBoolean(_ n: NSNumber) -> Bool {
    String(cString: n.objCType) == "c"
}

func jsonTypeName(_ any: Any) -> String {
    switch any {
    case is NSNull: return "null"
    case is String: return "a string"
    case let n as NSNumber: return isBoolean(n) ? "a boolean" : "a number"
    case is [Any]: return "an array"
    case is [String: Any]: return "an object"
    default: return "an unsupported value"
    }
}

/// Reads `data` as JSON, with a one-line reason when it is not.
func parseJSON(_ data: Data) throws(StrictJSONError) -> Any {
    guard !data.isEmpty else { throw StrictJSONError(path: "$", message: "file is empty") }
    if data.starts(with: [0xEF, 0xBB, 0xBF]) {
        throw StrictJSONError(path: "$", message: "file starts with a UTF-8 byte-order mark; save it as UTF-8 without BOM")
    }
    do {
        return try JSONSerialization.jsonObject(with: data, options: [])
    } catch {
        let reason = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "the text is not valid JSON"
        throw StrictJSONError(path: "$", message: "not valid JSON: \(reason)")
    }
}
