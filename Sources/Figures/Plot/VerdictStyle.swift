public import GoldenRecords

/// How an overlaid model value shows its verdict: an open shape and a colour per kind of
/// verdict, so that a mark on a curve cannot look "correct" when it fails. Golden points are
/// filled shapes; overlay marks are always open (or a cross), so the two never look alike.
public enum VerdictStyle: String, Sendable, CaseIterable {
    /// Reproduces the printed value (or another printing of it).
    case pass
    /// Equals a documented reading of the paper's formula.
    case documentedReading = "documented reading"
    /// Within the validation uncertainty only, or an echoed input: reported, not evidence.
    case reported = "reported, not evidence"
    /// Misses the printed value (or an uninformative uncertainty).
    case fail
    /// Declared conditions differ from the record's.
    case notComparable = "not comparable"

    public init(_ status: ScoreStatus) {
        switch status {
        case .pass, .otherPrinting: self = .pass
        case .documentedReading: self = .documentedReading
        case .withinUncertainty, .inputEchoed: self = .reported
        case .fail, .uninformative: self = .fail
        case .notComparable: self = .notComparable
        }
    }

    /// The mark's shape: ring (pass), open diamond (documented reading), open triangle
    /// (reported), cross (fail), open square (not comparable).
    public var shape: MarkedPoint.Shape {
        switch self {
        case .pass: .ring
        case .documentedReading: .openDiamond
        case .reported: .openTriangle
        case .fail: .cross
        case .notComparable: .openSquare
        }
    }

    /// Palette index: green, blue, purple, vermillion, grey.
    public var color: Int {
        switch self {
        case .pass: 2
        case .documentedReading: 0
        case .reported: 3
        case .fail: 1
        case .notComparable: 8
        }
    }

    /// The legend entry of an overlay mark of model `model` with this verdict.
    public func legendGroup(model: String) -> String { "\(model): \(rawValue) (overlay)" }
}
