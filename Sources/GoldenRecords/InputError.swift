/// Why an input was refused: a golden file, a model-output file, or a golden record looked up
/// for a use it cannot serve. The one error of the GoldenRecords layer (scoring a result that
/// cannot be compared is a `ScoreError`, which the caller turns into this with the file name).
///
/// `description` is one line that names the file, the place in it and the fix:
///
///     out.json: $.results[3].unit: unknown unit 'nmm'; …
///     kim2025.json: record 'kim2025.shell.thickness-5wt' $.records[7].printed: '881' does not …
public struct InputError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What kind of refusal.
    public let code: Code
    /// The file's name as the user gave it (`out.json`, `<stdin>`, `kim2025.json`).
    public let file: String
    /// Where in the file: a JSON path (`$.results[3].unit`), prefixed by the golden record
    /// when one is known (`record 'kim2025.…' $.records[7].printed`), or `file` / `$` for the
    /// file as a whole.
    public let place: String
    /// What is wrong and how to fix it.
    public let message: String
    /// The golden record concerned, when there is one (it is also named in `place`).
    public let recordID: String?

    public init(_ code: Code, file: String, place: String, message: String, recordID: String? = nil) {
        self.code = code
        self.file = file
        self.place = place
        self.message = message
        self.recordID = recordID
    }

    /// An error in a golden file, at `path` inside the record `recordID` when that is known.
    public static func golden(
        _ code: Code = .invalidGoldenFile, file: String, recordID: String?, path: String,
        message: String
    ) -> InputError {
        InputError(
            code, file: file, place: recordID.map { "record '\($0)' \(path)" } ?? path,
            message: message, recordID: recordID)
    }

    /// A mapped file (`MappedFile`) that became shorter while it was read: what was read from
    /// it is not used.
    static func changedWhileRead(_ file: String) -> InputError {
        InputError(
            .unreadable, file: file, place: "file",
            message: "became shorter while it was read; run again when nothing is writing to it")
    }

    public var description: String { "\(file): \(place): \(message)" }
}

extension InputError {
    /// The kinds of refusal. Every code is an input error for the commands (exit 2).
    public enum Code: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
        /// The file or folder could not be read: missing, unreadable, not a regular file, too big.
        case unreadable
        /// A golden file breaks the golden format (`docs/golden-format.md`), or a folder holds none.
        case invalidGoldenFile
        /// A model-output file breaks the output format (`Fixtures/schema/`).
        case invalidModelOutput
        /// A result cannot be compared with its golden record (its shape or unit).
        case incomparableResult
        /// No golden record has the id looked up.
        case noSuchRecord
        /// A golden record exists but cannot serve the use asked of it (a number where a range
        /// is needed, a unit of another dimension, a value a reference model refuses).
        case unusableRecord

        public var description: String { rawValue }
    }
}
