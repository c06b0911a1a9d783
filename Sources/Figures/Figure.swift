/// One reproduced figure or table of a paper: a plot and the numbers behind it.
public struct Figure: Sendable {
    /// Stable id, `<paperkey>-<topic>`, also the output file name.
    public let id: String
    /// Paper key, e.g. `kim2025`.
    public let paper: String
    /// The figure, table or equation of the paper it corresponds to, as the paper names it.
    public let paperFigure: String
    /// One sentence: what it shows.
    public let summary: String
    public var plot: Plot
    /// Named CSV tables; the first is written as `<id>.csv`, the others as `<id>-<name>.csv`.
    public var tables: [(name: String, table: CSVTable)]
    /// Where each golden id is drawn, so an external model's value for that id can be drawn
    /// beside it (`--overlay`): a number at `x` (its value on the y axis), a category as text at
    /// (`x`, `y`).
    public var goldenPositions: [String: PlotPosition]
    /// What the reproduction cannot show of the paper's figure (shown in the gallery).
    public var limits: String

    public init(
        id: String, paper: String, paperFigure: String, summary: String, plot: Plot,
        tables: [(name: String, table: CSVTable)], goldenPositions: [String: PlotPosition] = [:],
        limits: String = ""
    ) {
        self.limits = limits
        self.id = id
        self.paper = paper
        self.paperFigure = paperFigure
        self.summary = summary
        self.plot = plot
        self.tables = tables
        self.goldenPositions = goldenPositions
    }
}

/// Where a golden value sits in a plot.
public struct PlotPosition: Sendable, Equatable {
    public var x: Double
    /// For categories (and 2-D maps): the y position; numbers use their value.
    public var y: Double?

    public init(x: Double, y: Double? = nil) {
        self.x = x
        self.y = y
    }
}

/// A CSV table whose header names each column with its unit, e.g. `shell thickness (nm)`.
public struct CSVTable: Sendable, Equatable {
    public enum Cell: Sendable, Equatable {
        case number(Double)
        case text(String)
    }

    public let header: [String]
    public private(set) var rows: [[Cell]] = []

    public init(header: [String]) { self.header = header }

    public mutating func append(_ row: [Cell]) {
        precondition(
            row.count == header.count, "CSV row has \(row.count) cells for \(header.count) columns")
        rows.append(row)
    }

    /// RFC 4180 text with `\n` line ends; numbers in Swift's shortest round-trip form, so the
    /// same values give the same bytes on every machine.
    public func csv() -> String {
        ([header.map(Self.quote)] + rows.map { $0.map(Self.text) }).map {
            $0.joined(separator: ",")
        }.joined(separator: "\n") + "\n"
    }

    static func text(_ cell: Cell) -> String {
        switch cell {
        case let .number(x): return x.isFinite ? "\(x)" : ""
        case let .text(s): return quote(s)
        }
    }

    static func quote(_ s: String) -> String {
        s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" })
            ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}
