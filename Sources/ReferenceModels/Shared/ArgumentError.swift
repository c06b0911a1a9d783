public import GoldenRecords

/// Why a reference model refused an argument: the one error of the ReferenceModels layer.
///
/// It names the function that refused, the argument, the value given (as text) and what is
/// accepted, with a `code` saying what kind of refusal it is. `description` puts them in one line:
///
///     Lee2020.phase: liPerAg = -1.0 is refused (out of domain); accepted: a finite number ≥ 0.0
///
/// A golden record the models cannot use (Park 2022 reads its inputs from the catalog) is an
/// argument error too, with code `.invalidRecord` and the catalog's `InputError` as `underlying`.
public struct ArgumentError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What kind of refusal: outside the domain, not finite, empty, …
    public let code: Code
    /// The function that refused, e.g. `Lee2020.phase` or `Jun2024.calibrate`.
    public let function: String
    /// The offending argument, e.g. `pressure` or `points.capacity`.
    public let argument: String
    /// The value given, as text (`-1.0`, `nan`, `3 points`); empty when no single value applies.
    public let value: String
    /// What is accepted instead, and where useful how to fix the input.
    public let accepted: String
    /// The golden-record error behind an `.invalidRecord` refusal, if any.
    public let underlying: InputError?

    public init(
        _ code: Code, function: String, argument: String, value: String, accepted: String,
        underlying: InputError? = nil
    ) {
        self.code = code
        self.function = function
        self.argument = argument
        self.value = value
        self.accepted = accepted
        self.underlying = underlying
    }

    /// The same, with a number given as `value`.
    public init(
        _ code: Code, function: String, argument: String, value: Double, accepted: String
    ) {
        self.init(code, function: function, argument: argument, value: "\(value)", accepted: accepted)
    }

    public var description: String {
        let given = value.isEmpty ? argument : "\(argument) = \(value)"
        return "\(function): \(given) is refused (\(code)); accepted: \(accepted)"
    }
}

extension ArgumentError {
    /// The kinds of refusal the reference models make.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        enum Storage: Int, Hashable, Sendable {
            case outOfDomain
            case notFinite
            case emptyInput
            case mismatchedLengths
            case calibrationFailed
            case invalidRecord
        }

        let storage: Storage

        init(_ storage: Storage) { self.storage = storage }

        /// `.notFinite` for NaN and ±∞, else `.outOfDomain`: the code for a refused number.
        static func of(_ value: Double) -> Self { value.isFinite ? .outOfDomain : .notFinite }

        /// A finite value outside the accepted range (negative, zero, above a bound, unphysical).
        public static var outOfDomain: Self { .init(.outOfDomain) }
        /// NaN or ±∞ where a finite number is required.
        public static var notFinite: Self { .init(.notFinite) }
        /// An empty series, or fewer points than the model needs.
        public static var emptyInput: Self { .init(.emptyInput) }
        /// Series that must pair up element by element but differ in length.
        public static var mismatchedLengths: Self { .init(.mismatchedLengths) }
        /// Data a model cannot be calibrated on (no fit, inseparable or one-sided cases).
        public static var calibrationFailed: Self { .init(.calibrationFailed) }
        /// A golden record that is missing or not of the shape, unit or vocabulary a model needs.
        public static var invalidRecord: Self { .init(.invalidRecord) }

        public var description: String {
            switch storage {
            case .outOfDomain: "out of domain"
            case .notFinite: "not finite"
            case .emptyInput: "empty input"
            case .mismatchedLengths: "mismatched lengths"
            case .calibrationFailed: "calibration failed"
            case .invalidRecord: "invalid record"
            }
        }
    }
}

extension ArgumentError {
    /// Refuses `value` unless `ok`, with the code that fits it and `accepted` as the requirement.
    static func require(
        _ ok: Bool, _ value: Double, _ argument: String, in function: String, accepted: String
    ) throws(ArgumentError) {
        guard ok else {
            throw ArgumentError(
                .of(value), function: function, argument: argument, value: value,
                accepted: accepted)
        }
    }

    /// Refuses NaN and ±∞.
    static func requireFinite(
        _ value: Double, _ argument: String, in function: String,
        accepted: String = "a finite number"
    ) throws(ArgumentError) {
        try require(value.isFinite, value, argument, in: function, accepted: accepted)
    }

    /// Refuses NaN, ±∞, 0 and negative values.
    static func requirePositive(
        _ value: Double, _ argument: String, in function: String,
        accepted: String = "a finite number > 0"
    ) throws(ArgumentError) {
        try require(value.isFinite && value > 0, value, argument, in: function, accepted: accepted)
    }

    /// Refuses NaN, ±∞ and negative values.
    static func requireNonNegative(
        _ value: Double, _ argument: String, in function: String,
        accepted: String = "a finite number ≥ 0"
    ) throws(ArgumentError) {
        try require(value.isFinite && value >= 0, value, argument, in: function, accepted: accepted)
    }

    /// Refuses NaN, ±∞ and values outside (0, 1] (or [0, 1] when `allowZero`).
    static func requireFraction(
        _ value: Double, _ argument: String, in function: String, allowZero: Bool = false,
        accepted: String? = nil
    ) throws(ArgumentError) {
        let ok = value.isFinite && (allowZero ? value >= 0 : value > 0) && value <= 1
        try require(
            ok, value, argument, in: function,
            accepted: accepted ?? (allowZero ? "a fraction in [0, 1]" : "a fraction in (0, 1]"))
    }

    /// Refuses a series holding NaN or ±∞; `value` is the first such element.
    static func requireAllFinite(
        _ values: [Double], _ argument: String, in function: String,
        accepted: String = "every value finite"
    ) throws(ArgumentError) {
        if let bad = values.first(where: { !$0.isFinite }) {
            throw ArgumentError(
                .notFinite, function: function, argument: argument, value: bad, accepted: accepted)
        }
    }

    /// Refuses an empty collection.
    static func requireNonEmpty<C: Collection>(
        _ values: C, _ argument: String, in function: String, accepted: String
    ) throws(ArgumentError) {
        guard !values.isEmpty else {
            throw ArgumentError(
                .emptyInput, function: function, argument: argument, value: "empty",
                accepted: accepted)
        }
    }
}
