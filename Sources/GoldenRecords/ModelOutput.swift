public import Foundation

/// A value an external model reports for one golden id.
public enum ModelValue: Hashable, Sendable {
    case number(Double)
    case category(String)
    case series(x: [Double], y: [Double])

    public var shape: String {
        switch self {
        case .number: "number"
        case .category: "category"
        case .series: "series"
        }
    }
}

/// One entry of a model-output file's `results` array.
///
/// A value type whose fields live in one shared, immutable box (copied on the one write,
/// `conditions`): scoring passes results around by the hundred thousand, and a copy then costs
/// one reference count instead of one per string field.
public struct ModelResult: Hashable, Sendable {
    private final class Fields: Sendable {
        let id: String
        let value: ModelValue
        let unit: String?
        let xUnit: String?
        let uncertainty: Double?
        let index: Int
        let conditions: Conditions
        /// `IDIndex.hash(id)`, for the scorer's lookup in the catalog.
        let idHash: UInt64

        init(
            id: String, value: ModelValue, unit: String?, xUnit: String?, uncertainty: Double?,
            index: Int, conditions: Conditions, idHash: UInt64? = nil
        ) {
            self.idHash = idHash ?? IDIndex.hash(id)
            self.id = id
            self.value = value
            self.unit = unit
            self.xUnit = xUnit
            self.uncertainty = uncertainty
            self.index = index
            self.conditions = conditions
        }
    }

    private var fields: Fields

    public var id: String { fields.id }
    /// `IDIndex.hash(id)`, computed once (by the reader, from the file's bytes).
    var idHash: UInt64 { fields.idHash }
    public var value: ModelValue { fields.value }
    /// The unit the model wrote, as written; `nil` for categories.
    public var unit: String? { fields.unit }
    /// Unit of a series' x values.
    public var xUnit: String? { fields.xUnit }
    /// The model's own standard uncertainty, in `unit`.
    public var uncertainty: Double? { fields.uncertainty }
    /// Position in `results`, for messages.
    public var index: Int { fields.index }
    /// Conditions the model ran at for this result (file-level conditions merged in).
    public var conditions: Conditions {
        get { fields.conditions }
        set {
            fields = Fields(
                id: id, value: value, unit: unit, xUnit: xUnit, uncertainty: uncertainty,
                index: index, conditions: newValue, idHash: idHash)
        }
    }

    public init(
        id: String, value: ModelValue, unit: String?, xUnit: String? = nil,
        uncertainty: Double? = nil, index: Int = 0, conditions: Conditions = Conditions()
    ) {
        fields = Fields(
            id: id, value: value, unit: unit, xUnit: xUnit, uncertainty: uncertainty,
            index: index, conditions: conditions)
    }

    /// A result whose id's `IDIndex.hash` the reader already has.
    init(
        id: String, idHash: UInt64, value: ModelValue, unit: String?, xUnit: String?,
        uncertainty: Double?, index: Int
    ) {
        fields = Fields(
            id: id, value: value, unit: unit, xUnit: xUnit, uncertainty: uncertainty,
            index: index, conditions: Conditions(), idHash: idHash)
    }

    public static func == (a: ModelResult, b: ModelResult) -> Bool {
        a.id == b.id && a.value == b.value && a.unit == b.unit && a.xUnit == b.xUnit
            && a.uncertainty == b.uncertainty && a.index == b.index && a.conditions == b.conditions
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(value)
        hasher.combine(unit)
        hasher.combine(xUnit)
        hasher.combine(uncertainty)
        hasher.combine(index)
        hasher.combine(conditions)
    }
}

/// A parsed model-output file (format in `README.md` and `Fixtures/schema/model-output.schema.json`).
public struct ModelOutput: Sendable {
    public let modelName: String?
    public let results: [ModelResult]
    /// Results written with `"value": null` (a template entry not filled in): "not reported",
    /// so the id counts as missing; as (id, position in `results`).
    public let unreported: [(id: String, index: Int)]

    public init(
        modelName: String?, results: [ModelResult], unreported: [(id: String, index: Int)] = []
    ) {
        self.modelName = modelName
        self.results = results
        self.unreported = unreported
    }
}

extension ModelOutput {
    static let topFields: FieldNames = ["formatVersion", "model", "conditions", "results"]
    static let modelFields: FieldNames = ["name", "version", "language", "url"]
    static let seriesValueFields: FieldNames = ["x", "y"]
    static let resultFields: FieldNames = [
        "id", "value", "unit", "xUnit", "uncertainty", "note", "conditions",
    ]

    /// Parses model-output JSON; `fileName` is used in messages.
    ///
    /// A valid file is read in one pass by `ModelOutputReader`; a file it stops at is read
    /// again by the strict reader, which accepts it or writes the message (`readsDirectly:
    /// false` skips the first reading: what the tests and the fuzzer compare the fast path with).
    public static func parse(
        data: Data, fileName: String = "<data>"
    ) throws(InputError) -> ModelOutput {
        try parse(data: data, fileName: fileName, readsDirectly: true)
    }

    package static func parse(
        data: Data, fileName: String, readsDirectly: Bool
    ) throws(InputError) -> ModelOutput {
        if readsDirectly,
            let read = data.withUnsafeBytes({
                ModelOutputReader.read($0.bindMemory(to: UInt8.self))
            })
        {
            return read
        }
        var place: (Int, String?)? = nil
        do throws(StrictJSONError) {
            return try withJSON(data) { (root) throws(StrictJSONError) in
                let top = try StrictObject(root, path: "$", allowed: topFields)
                let name = try parseHeader(top)
                let fileConditions = try top.conditions()
                let rawResults = try top.array("results")
                try checkCount(rawResults.count)
                var failed: Int? = nil
                do throws(StrictJSONError) {
                    return try collect(
                        rawResults.count, modelName: name, fileConditions: fileConditions,
                        failedAt: &failed
                    ) { (index) throws(StrictJSONError) in
                        try parseResult(rawResults[index], index: index)
                    }
                } catch {
                    // The id, for the message, only when it is needed.
                    if let failed { place = (failed, rawResults[failed].idField) }
                    throw error
                }
            }
        } catch {
            let where_ = place.flatMap { $0.1.map { " (id '\($0)')" } } ?? ""
            throw InputError(
                .invalidModelOutput, file: fileName, place: error.path + where_, message: error.message)
        }
    }

    static func checkCount(_ count: Int) throws(StrictJSONError) {
        guard count <= InputLimits.maxResults else {
            throw StrictJSONError(
                path: "$.results",
                message:
                    "\(count) results, above the limit of \(InputLimits.maxResults); "
                    + "split them over several files"
            )
        }
    }

    /// The output of `count` results, `entry(k)` giving the k-th (nil when not reported), in
    /// file order, with `fileConditions` merged into each. Refused at the first entry that is,
    /// and at a repeated id; `failedAt` is then the position.
    static func collect(
        _ count: Int, modelName: String?, fileConditions: Conditions, failedAt: inout Int?,
        entry: (Int) throws(StrictJSONError) -> (id: String, result: ModelResult?)
    ) throws(StrictJSONError) -> ModelOutput {
        var collector = Collector(capacity: count, fileConditions: fileConditions)
        for index in 0..<count {
            failedAt = index
            let parsed = try entry(index)
            let hash = parsed.result?.idHash ?? IDIndex.hash(parsed.id)  // a result has it
            try collector.add(parsed.id, hash: hash, parsed.result)
        }
        failedAt = nil
        return collector.output(modelName: modelName)
    }

    /// The results of an output gathered one by one in file order, each id checked to be new
    /// and `fileConditions` merged into each: the strict reader's `collect`, and
    /// `ModelOutputReader` as it reads (while each result is in the cache).
    struct Collector {
        private var results: [ModelResult] = []
        private var unreported: [(id: String, index: Int)] = []
        /// Every id so far, by position in the file, and where each is (`seen`).
        private var ids: [String] = []
        private var seen: IDIndex
        let fileConditions: Conditions

        init(capacity: Int, fileConditions: Conditions) {
            results.reserveCapacity(capacity)
            ids.reserveCapacity(capacity)
            seen = IDIndex(capacity: capacity)
            self.fileConditions = fileConditions
        }

        /// How many entries were added.
        var count: Int { ids.count }

        /// Adds the next entry: `id` (with its `IDIndex.hash`) and its result, nil when not
        /// reported. Refused when the id was given before.
        mutating func add(
            _ id: String, hash: UInt64, _ result: ModelResult?
        ) throws(StrictJSONError) {
            let index = ids.count
            ids.append(id)
            let ids = self.ids  // read while `seen` changes (released before the next append)
            if let first = seen.updatePosition(index, hash: hash, where: { ids[$0] == id }) {
                throw StrictJSONError(
                    path: "$.results[\(index)].id",
                    message: "duplicate id (also results[\(first)]); report each id once")
            }
            guard var result else {
                unreported.append((id, index))
                return
            }
            if !fileConditions.values.isEmpty {  // merging nothing changes nothing
                result.conditions = result.conditions.merged(withDefaults: fileConditions)
            }
            results.append(result)
        }

        func output(modelName: String?) -> ModelOutput {
            ModelOutput(modelName: modelName, results: results, unreported: unreported)
        }
    }

    /// Checks `formatVersion` and the `model` object; returns the model's name.
    private static func parseHeader(_ top: StrictObject) throws(StrictJSONError) -> String? {
        guard top.has("formatVersion") else {
            throw StrictJSONError(
                path: "$",
                message: "missing required field 'formatVersion'; write \"formatVersion\": 1")
        }
        if try top.number("formatVersion") != 1 {
            throw StrictJSONError(
                path: "$.formatVersion", message: "unsupported format version; write 1")
        }
        guard top.has("model") else { return nil }
        return try modelName(try top.object("model", allowed: modelFields))
    }

    /// The `model` object's name (the other fields are checked, not kept).
    static func modelName(_ model: StrictObject) throws(StrictJSONError) -> String? {
        let name = try model.optionalString("name")
        // Not used, but held to the format: a number where text belongs is refused.
        for field in ["version", "language", "url"] as [StaticString] {
            _ = try model.optionalString(field)
        }
        return name
    }

    /// One result; `result` is nil for `"value": null` (not reported).
    static func parseResult(
        _ raw: JSON, index: Int
    ) throws(StrictJSONError) -> (id: String, result: ModelResult?) {
        let r = try StrictObject(
            raw, path: JSONPath("$.results", index: index), allowed: resultFields)
        let id = try r.string("id")
        guard !id.isEmpty else {
            throw StrictJSONError(
                path: "\(r.path).id", message: "empty id; write a golden id (validate-model --list)"
            )
        }
        guard let rawValue = r.member("value") else { throw r.missing("value") }
        let value: ModelValue
        switch rawValue.kind {
        case .null:
            // A template entry not filled in: checked as far as it goes, then counted as missing.
            _ = try r.optionalString("unit")
            _ = try r.optionalString("xUnit")
            _ = try r.optionalString("note")
            if let u = try r.optionalNumber("uncertainty"), u < 0 {
                throw StrictJSONError(
                    path: "\(r.path).uncertainty",
                    message: "must be zero or positive (a standard uncertainty)")
            }
            _ = try r.conditions()
            return (id, nil)
        case .string, .escapedString:
            value = .category(rawValue.string ?? "")
        case .number:
            value = .number(rawValue.number ?? 0)
        case .object:
            let s = try r.object("value", allowed: seriesValueFields)
            let (x, y) = try s.seriesXY()
            value = .series(x: x, y: y)
        case .false, .true, .array:
            throw r.wrongType("value", "a number, a category string or a series {x, y}", rawValue)
        }
        let unit = try r.optionalString("unit")
        if case .category = value {
        } else if unit == nil {
            throw StrictJSONError(
                path: r.path,
                message: "missing required field 'unit'; write '1' for a dimensionless number")
        }
        _ = try r.optionalString("note")
        let uncertainty = try r.optionalNumber("uncertainty")
        if let uncertainty, uncertainty < 0 {
            throw StrictJSONError(
                path: "\(r.path).uncertainty",
                message: "must be zero or positive (a standard uncertainty)")
        }
        let result = ModelResult(
            id: id, value: value, unit: unit, xUnit: try r.optionalString("xUnit"),
            uncertainty: uncertainty, index: index, conditions: try r.conditions())
        return (id, result)
    }
}
