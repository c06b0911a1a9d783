/// Experimental conditions a value belongs to, e.g. `{"temperature": "60 °C", "c-rate": "0.05"}`:
/// kebab-case names, each a number followed by a unit in the unit grammar (no unit means `1`).
///
/// Golden records may declare them; a model output may declare them per result or for the whole
/// file. When both declare the same condition with different values, the scorer says so instead
/// of comparing a 30 °C result with a 60 °C value.
public struct Conditions: Hashable, Sendable {
    public struct Quantity: Hashable, Sendable {
        public let value: Double
        public let unit: PhysicalUnit
        /// As written, for messages.
        public let text: String
    }

    public private(set) var values: [String: Quantity] = [:]

    /// No conditions.
    public init() {}

    /// Conditions written as in a model-output file: `try Conditions(["temperature": "60 °C"])`.
    /// - Throws: `InputError` (code `invalidModelOutput`, file `Conditions`, the name as place)
    ///   for a name outside `known`, a value that is not `<number> <unit>`, or a unit of another
    ///   dimension, with the message a model-output file would get.
    public init(_ written: [String: String]) throws(InputError) {
        for name in written.keys.sorted() {
            do throws(StrictJSONError) {
                values[name] = try Self.quantity(name, written[name] ?? "", path: name)
            } catch {
                throw InputError(
                    .invalidModelOutput, file: "Conditions", place: name, message: error.message)
            }
        }
    }

    /// The condition `name`, if declared.
    public subscript(name: String) -> Quantity? { values[name] }

    /// The condition names golden records and model outputs may use, each with the unit its
    /// dimension is checked against. A name outside this list is refused (a misspelt
    /// `temprature` would otherwise be ignored and a 30 °C result compared with a 60 °C value);
    /// adding a name here is how a new kind of condition enters the suite.
    public static let known: [String: String] = [
        "temperature": "°C",
        "c-rate": "1",
        "stack-pressure": "Pa",
        "current-density": "A m^-2",
        "areal-capacity": "A h m^-2",
        "state-of-charge": "1",
    ]

    public var isEmpty: Bool { values.isEmpty }

    /// Conditions of `self`, with `defaults` filling names `self` does not declare.
    public func merged(withDefaults defaults: Conditions) -> Conditions {
        var result = defaults
        for (k, v) in values { result.values[k] = v }
        return result
    }

    /// The first condition both declare with different values (after unit conversion), as
    /// `(name, mine, theirs)`; a dimension mismatch counts as different.
    public func firstDifference(
        from other: Conditions
    ) -> (name: String, mine: String, theirs: String)? {
        if values.isEmpty || other.values.isEmpty { return nil }
        for name in values.keys.sorted() {
            guard let a = values[name], let b = other.values[name] else { continue }
            let converted = try? a.unit.convert(a.value, to: b.unit)
            let same =
                converted.map {
                    $0.isApproximatelyEqual(
                        to: b.value, absoluteTolerance: 0, relativeTolerance: 1e-9)
                } ?? false
            if !same { return (name, a.text, b.text) }
        }
        return nil
    }

    /// Reads `{"name": "60 °C", …}`.
    static func parse(_ object: StrictObject) throws(StrictJSONError) -> Conditions {
        var result = Conditions()
        for name in object.fields.keys.sorted() {
            result.values[name] = try quantity(
                name, try object.string(named: name), path: "\(object.path).\(name)")
        }
        return result
    }

    /// One condition, `text` as written (`60 °C`), checked against `known`; `path` is for messages.
    private static func quantity(
        _ name: String, _ text: String, path: String
    ) throws(StrictJSONError) -> Quantity {
        guard let expectedUnit = known[name] else {
            let hint =
                NearMiss.suggestion(for: name, in: NearMiss.Index(known.keys)).map {
                    "did you mean '\($0.candidate)'? "
                } ?? ""
            throw StrictJSONError(
                path: path,
                message:
                    "unknown condition name; \(hint)known: \(known.keys.sorted().joined(separator: ", "))"
            )
        }
        let trimmed = text.trimmingWhitespace
        let numberEnd = trimmed.firstIndex(where: { $0 == " " }) ?? trimmed.endIndex
        let numberText = trimmed[..<numberEnd].replacingOccurrences(of: "−", with: "-")
        // Decimal only: Swift's Double(_:) also reads hexadecimal ("0x10") and "nan".
        guard numberText.allSatisfy({ "0123456789+-.eE".contains($0) }),
            let value = Double(numberText), value.isFinite
        else {
            throw StrictJSONError(
                path: path,
                message: "'\(text)' is not '<number> <unit>', e.g. '60 °C'")
        }
        let unitText = trimmed[numberEnd...].trimmingWhitespace
        let unit: PhysicalUnit, expected: PhysicalUnit
        do {
            unit = try PhysicalUnit(parsing: unitText.isEmpty ? "1" : unitText)
            expected = try PhysicalUnit(parsing: expectedUnit)
        } catch {
            throw StrictJSONError(path: path, message: error.description)
        }
        guard unit.dimension.isConvertible(to: expected.dimension) else {
            let fix =
                unitText.isEmpty
                ? "has no unit; write the number with its unit, e.g. '\(value.formatted6) \(expectedUnit)'"
                : "'\(unitText)' is not a unit of \(name) (convertible to '\(expectedUnit)')"
            throw StrictJSONError(path: path, message: fix)
        }
        return Quantity(value: value, unit: unit, text: trimmed)
    }
}
