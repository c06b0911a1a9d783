/// Reads a valid model-output file in one pass over its bytes, straight into results: no
/// tape, no `StrictObject` or path per result. `ModelOutput.parse` tries it first; it is the
/// fast path only, as `GoldenFileReader` is for golden files.
///
/// It gives no messages: at the first thing that is not valid, and at the shapes it does not
/// read itself, it stops and returns nil, and the strict reader reads the file again, accepts
/// or refuses it and writes the message. So what it returns must be exactly what the strict
/// reader returns; `ModelOutputReaderTests` and the fuzzer compare the two.
///
/// Read here: the file's keys, and each result with a number or a category and its unit,
/// `xUnit`, `uncertainty` and `note`. Read by the strict readers of `JSON` values, on a tape
/// of that part only: `model`, the file's `conditions`, and a result with `conditions`, a
/// series or `"value": null`. The checks after reading (ids given once, file conditions
/// merged in) are `ModelOutput.collect`, shared with the strict reader.
struct ModelOutputReader {
    private var c: JSONCursor

    private init(_ bytes: UnsafeBufferPointer<UInt8>) { c = JSONCursor(bytes) }

    /// The output, or nil when the strict reader must read the file.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> ModelOutput? {
        guard readsTheFormat, JSONCursor.mayBeRead(bytes) else { return nil }
        var reader = ModelOutputReader(bytes)
        return try? reader.file()
    }

    /// Whether the key enums name the fields of their `FieldNames` in order (as
    /// `GoldenFileReader.readsTheFormat`; `ModelOutputReaderTests` checks it).
    static let readsTheFormat: Bool =
        fileKeys.map(\.rawValue) == ModelOutput.topFields.names
        && resultKeys.map(\.rawValue) == ModelOutput.resultFields.names

    /// Each key enum's cases, looked up by the position `JSONCursor.key` reads.
    private static let fileKeys = FileKey.allCases
    private static let resultKeys = ResultKey.allCases

    /// The file's fields, in the order of `ModelOutput.topFields`.
    private enum FileKey: String, CaseIterable { case formatVersion, model, conditions, results }

    private mutating func file() throws(JSONCursor.Stop) -> ModelOutput {
        var version: Double? = nil, name: String? = nil, conditions = Conditions()
        var results: ModelOutput.Collector? = nil
        var seen: UInt32 = 0
        try c.open("{")
        repeat {
            switch Self.fileKeys[try c.key(ModelOutput.topFields, seen: &seen)] {
            case .formatVersion: version = try c.number()
            case .model:
                if try !c.null() {
                    name = try c.strict(depth: 1) { (json) throws(StrictJSONError) in
                        try ModelOutput.modelName(
                            try StrictObject(
                                json, path: "$.model", allowed: ModelOutput.modelFields))
                    }
                }
            case .conditions:
                // Results already read without them: the strict reader reads this file.
                guard results == nil else { throw JSONCursor.Stop() }
                if try !c.null() {
                    conditions = try c.strict(depth: 1) { (json) throws(StrictJSONError) in
                        try Conditions.parse(
                            try StrictObject(json, path: "$.conditions", allowed: nil))
                    }
                }
            case .results: results = try self.results(conditions: conditions)
            }
        } while try c.more("}")
        guard c.atEnd(), version == 1, let results else { throw JSONCursor.Stop() }
        return results.output(modelName: name)
    }

    /// The `results` array, gathered (ids checked, `conditions` merged) as it is read.
    private mutating func results(
        conditions: Conditions
    ) throws(JSONCursor.Stop) -> ModelOutput.Collector {
        try c.open("[")
        if c.closes("]") { return ModelOutput.Collector(capacity: 0, fileConditions: conditions) }
        var results = ModelOutput.Collector(
            capacity: c.bytes.count / 64, fileConditions: conditions)
        repeat {
            guard results.count < InputLimits.maxResults else { throw JSONCursor.Stop() }
            let (id, hash, result) = try result(results.count)
            do throws(StrictJSONError) { try results.add(id, hash: hash, result) } catch {
                throw JSONCursor.Stop()
            }
        } while try c.more("]")
        return results
    }

    /// A result's fields, in the order of `ModelOutput.resultFields`.
    private enum ResultKey: String, CaseIterable {
        case id, value, unit, xUnit, uncertainty, note, conditions
    }

    /// Result `index`: read here, or by `ModelOutput.parseResult` when it holds a part that
    /// only the strict reader reads (then from its first byte again).
    private mutating func result(
        _ index: Int
    ) throws(JSONCursor.Stop) -> (id: String, idHash: UInt64, result: ModelResult?) {
        c.skipWhitespace()
        let start = c.offset
        if let read = try resultFields(index) { return read }
        c.offset = start
        let (id, result) = try c.strict(depth: 2) { (json) throws(StrictJSONError) in
            try ModelOutput.parseResult(json, index: index)
        }
        return (id, result?.idHash ?? IDIndex.hash(id), result)  // a result has it
    }

    /// The result object at the cursor; nil (with the cursor anywhere in it) when it holds
    /// `conditions` or a value other than a number or a string.
    private mutating func resultFields(
        _ index: Int
    ) throws(JSONCursor.Stop) -> (id: String, idHash: UInt64, result: ModelResult?)? {
        var id: String?, idHash: UInt64 = 0, value: ModelValue?, unit: String?, xUnit: String?
        var uncertainty: Double?
        var seen: UInt32 = 0
        try c.open("{")
        repeat {
            switch Self.resultKeys[try c.key(ModelOutput.resultFields, seen: &seen)] {
            case .id: (id, idHash) = try c.stringAndHash()
            case .value:
                guard let b = c.peek() else { throw JSONCursor.Stop() }
                if b == UInt8(ascii: "\"") {
                    value = .category(try c.string())
                } else if c.startsNumber(b) {
                    value = .number(try c.number())
                } else {
                    return nil  // not reported (null), a series, or refused
                }
            case .unit: unit = try c.null() ? nil : try c.string()
            case .xUnit: xUnit = try c.null() ? nil : try c.string()
            case .uncertainty: uncertainty = try c.null() ? nil : try c.number()
            case .note: if try !c.null() { _ = try c.stringToken() }
            case .conditions: return nil
            }
        } while try c.more("}")
        guard let id, !id.isEmpty, let value, uncertainty.map({ $0 >= 0 }) ?? true else {
            throw JSONCursor.Stop()
        }
        if case .number = value, unit == nil { throw JSONCursor.Stop() }
        return (
            id, idHash,
            ModelResult(
                id: id, idHash: idHash, value: value, unit: unit, xUnit: xUnit,
                uncertainty: uncertainty, index: index)
        )
    }
}

extension ModelOutput {
    /// Every field of every result written out: outputs with equal fingerprints are the same
    /// output. For comparing two readers (the tests, the fuzzer).
    package var fingerprint: String {
        let entries = results.map { r in
            let conditions = r.conditions.values.sorted { $0.key < $1.key }
            return [
                r.id, String(reflecting: r.value), String(reflecting: r.unit),
                String(reflecting: r.xUnit), String(reflecting: r.uncertainty), "\(r.index)",
                String(reflecting: conditions),
            ].joined(separator: " | ")
        }
        return ([String(reflecting: modelName), String(reflecting: unreported)] + entries)
            .joined(separator: "\n")
    }
}
