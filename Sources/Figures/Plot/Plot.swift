/// A two-dimensional chart, described as data; `SVGRenderer` draws it.
///
/// Everything a reproduction of a paper's figure needs: line or marker series (the reference
/// model), golden points with error bars (what the paper printed), shaded bands (regimes, stages),
/// a categorical grid (a regime map), and text annotations.
public struct Plot: Sendable {
    public var title: String
    public var xAxis: Axis
    public var yAxis: Axis
    public var series: [Series] = []
    public var points: [MarkedPoint] = []
    public var bands: [Band] = []
    public var grid: CategoryGrid? = nil
    public var annotations: [Annotation] = []
    /// Arrows from one data position to another (e.g. from where the paper puts a case to where
    /// the model evaluates it).
    public var arrows: [Arrow] = []
    /// Extra lines for the end of the legend (what a mark means, what was moved to stay visible).
    public var notes: [String] = []

    public init(title: String, xAxis: Axis, yAxis: Axis) {
        self.title = title
        self.xAxis = xAxis
        self.yAxis = yAxis
    }
}

/// An axis: label, unit and a linear or logarithmic range.
public struct Axis: Sendable {
    public enum Scale: Sendable { case linear, log }
    public var label: String
    /// Shown in brackets after the label; empty for dimensionless.
    public var unit: String
    public var scale: Scale
    public var lower: Double
    public var upper: Double
    /// Category names for a categorical axis (ticks at 1, 2, …); empty for numeric axes.
    public var categories: [String] = []

    public init(
        label: String, unit: String, scale: Scale = .linear, lower: Double, upper: Double,
        categories: [String] = []
    ) {
        precondition(upper > lower, "axis range must be increasing")
        precondition(scale == .linear || lower > 0, "a log axis needs a positive range")
        self.label = label
        self.unit = unit
        self.scale = scale
        self.lower = lower
        self.upper = upper
        self.categories = categories
    }

    /// The axis title, e.g. `Shell thickness (nm)`.
    public var title: String { unit.isEmpty ? label : "\(label) (\(unit))" }
}

/// A line or a set of markers drawn from arrays.
public struct Series: Sendable {
    public enum Style: Sendable { case line, dashed, dotted, markers }
    public var name: String
    public var x: [Double]
    public var y: [Double]
    public var style: Style
    /// Index into the palette.
    public var color: Int

    public init(name: String, x: [Double], y: [Double], style: Style = .line, color: Int) {
        precondition(x.count == y.count, "series x and y differ in length")
        self.name = name
        self.x = x
        self.y = y
        self.style = style
        self.color = color
    }
}

/// A labelled point, e.g. a golden value with its tolerance as an error bar.
public struct MarkedPoint: Sendable {
    /// Filled shapes for the paper's values; open shapes and the cross for overlaid model values
    /// (see `VerdictStyle`) and for auxiliary marks.
    public enum Shape: String, Sendable {
        case circle, square, diamond, triangle, cross
        case ring, openSquare, openDiamond, openTriangle
    }
    public var label: String
    public var x: Double
    public var y: Double
    /// Half-width of the vertical error bar, in y units.
    public var yError: Double?
    public var shape: Shape
    public var color: Int
    /// Legend entry this point belongs to (points with the same group share one entry).
    public var group: String
    /// Kept for source compatibility; labels are placed by `LabelPlacer` (next to the mark,
    /// with a leader line when they must move) and no longer use it.
    public var labelOnLeft: Bool
    /// Kept for source compatibility; see `labelOnLeft`.
    public var labelRow: Int = 0
    /// Drawn small, just above the mark at the same place (a verdict tag on a golden point),
    /// following that mark when it is spread sideways; never spread itself.
    public var badge: Bool = false

    public init(
        label: String, x: Double, y: Double, yError: Double? = nil, shape: Shape, color: Int,
        group: String, labelOnLeft: Bool = false
    ) {
        self.label = label
        self.x = x
        self.y = y
        self.yError = yError
        self.shape = shape
        self.color = color
        self.group = group
        self.labelOnLeft = labelOnLeft
    }
}

/// A shaded band across the plot, between two values of x or of y.
public struct Band: Sendable {
    public enum Orientation: Sendable { case vertical, horizontal }
    public var label: String
    public var orientation: Orientation
    public var from: Double
    public var to: Double
    public var color: Int

    public init(label: String, orientation: Orientation, from: Double, to: Double, color: Int) {
        self.label = label
        self.orientation = orientation
        self.from = from
        self.to = to
        self.color = color
    }
}

/// A categorical map: `cells[j][i]` is the category of the cell between `xEdges[i]…xEdges[i+1]`
/// and `yEdges[j]…yEdges[j+1]` (an index into `categories`).
public struct CategoryGrid: Sendable {
    public var xEdges: [Double]
    public var yEdges: [Double]
    public var cells: [[Int]]
    public var categories: [String]
    /// Palette index of each category.
    public var colors: [Int]

    public init(
        xEdges: [Double], yEdges: [Double], cells: [[Int]], categories: [String], colors: [Int]
    ) {
        precondition(
            cells.count == yEdges.count - 1 && cells.allSatisfy { $0.count == xEdges.count - 1 },
            "grid shape")
        self.xEdges = xEdges
        self.yEdges = yEdges
        self.cells = cells
        self.categories = categories
        self.colors = colors
    }
}

/// Free text at a data position.
public struct Annotation: Sendable {
    public var text: String
    public var x: Double
    public var y: Double

    public init(text: String, x: Double, y: Double) {
        self.text = text
        self.x = x
        self.y = y
    }
}

/// An arrow between two data positions, with the head at `to`: straight, or an arc bowed
/// upwards by `bulge` × its length (so that arrows along one row stay apart).
public struct Arrow: Sendable {
    public var fromX: Double, fromY: Double, toX: Double, toY: Double
    public var color: Int
    /// Height of the arc's control point above the chord, as a fraction of the chord's length.
    public var bulge: Double

    public init(
        fromX: Double, fromY: Double, toX: Double, toY: Double, color: Int, bulge: Double = 0
    ) {
        self.fromX = fromX
        self.fromY = fromY
        self.toX = toX
        self.toY = toY
        self.color = color
        self.bulge = bulge
    }
}
