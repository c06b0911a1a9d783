/// A rectangle in SVG pixels (y grows downwards).
struct Box: Sendable, Equatable {
    var x0, y0, x1, y1: Double

    init(x0: Double, y0: Double, x1: Double, y1: Double) {
        self.x0 = min(x0, x1)
        self.y0 = min(y0, y1)
        self.x1 = max(x0, x1)
        self.y1 = max(y0, y1)
    }

    /// A square of half-width `r` px around (`x`, `y`).
    init(around x: Double, _ y: Double, radius r: Double) {
        self.init(x0: x - r, y0: y - r, x1: x + r, y1: y + r)
    }

    var centerX: Double { (x0 + x1) / 2 }
    var centerY: Double { (y0 + y1) / 2 }

    /// Whether the two boxes share interior (touching edges do not count).
    func intersects(_ o: Box) -> Bool { x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1 }

    func contains(_ o: Box) -> Bool { o.x0 >= x0 && o.x1 <= x1 && o.y0 >= y0 && o.y1 <= y1 }

    /// The point of the box nearest to (`x`, `y`), for a leader line.
    func nearest(to x: Double, _ y: Double) -> (x: Double, y: Double) {
        (min(max(x, x0), x1), min(max(y, y0), y1))
    }
}

/// Places text labels next to their marks without overprinting each other, a mark or a line.
///
/// Each label tries positions on rings of growing distance around its anchor (right, left,
/// above, below, then the diagonals) and takes the first whose box stays inside `bounds` and
/// meets no obstacle and no label placed before it. A label placed beyond the first ring gets a
/// leader line back to its mark. All sizes are SVG pixels.
struct LabelPlacer {
    /// One placed label: its box (text centred in it) and, when it moved away, the leader line.
    struct Placement: Sendable, Equatable {
        var text: String
        var box: Box
        var leader: (x1: Double, y1: Double, x2: Double, y2: Double)?

        static func == (a: Placement, b: Placement) -> Bool {
            a.text == b.text && a.box == b.box && (a.leader == nil) == (b.leader == nil)
        }
    }

    /// Font size of the labels, px.
    let size: Double
    /// Where labels may go (the plot frame).
    let bounds: Box
    /// Boxes no label may cover: marks, error bars, sampled lines, fixed texts.
    var obstacles: [Box]
    /// The labels placed so far, which no leader line may cross.
    private(set) var labels: [Box] = []
    /// Gap between a mark's centre and the nearest ring, px.
    static let rings: [Double] = [10, 22, 36, 52, 72, 96, 124, 156, 192, 232]

    /// Width of `text` at `size` px: a conservative 0.62 em per character (DejaVu Sans).
    static func width(_ text: String, size: Double) -> Double { Double(text.count) * 0.62 * size }

    /// Places `text` for the mark at (`x`, `y`) of half-size `radius`; the box becomes an obstacle.
    mutating func place(_ text: String, x: Double, y: Double, radius: Double) -> Placement {
        let w = Self.width(text, size: size), h = size * 1.2
        // When no place is free: the one of least cost (see below).
        var fallback: (placement: Placement, overlaps: Int)?
        for (ring, d) in Self.rings.enumerated() {
            let r = radius + d
            for (cx, cy) in candidates(x: x, y: y, r: r, w: w, h: h) {
                let box = Box(x0: cx - w / 2, y0: cy - h / 2, x1: cx + w / 2, y1: cy + h / 2)
                guard bounds.contains(box) else { continue }
                var p = Placement(text: text, box: box, leader: nil)
                if ring > 0 {
                    let end = box.nearest(to: x, y)
                    let len = ((end.x - x) * (end.x - x) + (end.y - y) * (end.y - y)).squareRoot()
                    let k = len > 0 ? radius / len : 0
                    p.leader = (x + (end.x - x) * k, y + (end.y - y) * k, end.x, end.y)
                }
                // Cost: overprinting a label is worst, then a mark or line, then a leader
                // line crossing a label.
                let onLabels = labels.reduce(0) { $0 + ($1.intersects(box) ? 1 : 0) }
                let onOthers = obstacles.reduce(0) { $0 + ($1.intersects(box) ? 1 : 0) } - onLabels
                var overlaps = 100 * onLabels + 10 * onOthers
                if let l = p.leader, crossesALabel(l) { overlaps += 1 }
                if overlaps == 0 {
                    obstacles.append(box)
                    labels.append(box)
                    return p
                }
                if overlaps < fallback?.overlaps ?? .max { fallback = (p, overlaps) }
            }
        }
        let p = fallback?.placement ?? Placement(
            text: text, box: Box(x0: x + radius, y0: y - h / 2, x1: x + radius + w, y1: y + h / 2),
            leader: nil)
        obstacles.append(p.box)
        labels.append(p.box)
        return p
    }

    /// Whether the leader line passes through a label placed before (sampled every 2 px).
    private func crossesALabel(_ l: (x1: Double, y1: Double, x2: Double, y2: Double)) -> Bool {
        let len = ((l.x2 - l.x1) * (l.x2 - l.x1) + (l.y2 - l.y1) * (l.y2 - l.y1)).squareRoot()
        let steps = max(1, Int(len / 2))
        return (0...steps).contains { k in
            let t = Double(k) / Double(steps)
            let p = Box(around: l.x1 + (l.x2 - l.x1) * t, l.y1 + (l.y2 - l.y1) * t, radius: 0.5)
            return labels.contains { $0.intersects(p) }
        }
    }

    /// Places `text` in the first of `boxes` (inside `bounds`) that meets no obstacle, else in the
    /// first; the box becomes an obstacle. For labels with fixed candidate places (band names).
    mutating func placeInFirstFree(_ text: String, boxes: [Box]) -> Placement {
        let inside = boxes.filter { bounds.contains($0) }
        let box =
            inside.first { b in !obstacles.contains { $0.intersects(b) } } ?? inside.first
            ?? boxes[0]
        obstacles.append(box)
        labels.append(box)
        return Placement(text: text, box: box, leader: nil)
    }

    /// The box of `text` with its left edge at `x` and its middle at `y`.
    func box(_ text: String, left x: Double, middle y: Double) -> Box {
        let w = Self.width(text, size: size), h = size * 1.2
        return Box(x0: x, y0: y - h / 2, x1: x + w, y1: y + h / 2)
    }

    /// Label centres at distance `r` from the mark: right, left, above, below, four diagonals.
    private func candidates(
        x: Double, y: Double, r: Double, w: Double, h: Double
    ) -> [(Double, Double)] {
        [
            (x + r + w / 2, y), (x - r - w / 2, y), (x, y - r - h / 2), (x, y + r + h / 2),
            (x + r * 0.7 + w / 2, y - r * 0.7 - h / 2), (x + r * 0.7 + w / 2, y + r * 0.7 + h / 2),
            (x - r * 0.7 - w / 2, y - r * 0.7 - h / 2), (x - r * 0.7 - w / 2, y + r * 0.7 + h / 2),
        ]
    }
}

/// Moves marks that would hide one another apart sideways, about their common x.
enum MarkerDodge {
    /// Half-size of an ordinary mark for the test, px (a diamond reaches 1.3 × 6 px).
    static let markRadius = 7.0

    /// The horizontal pixel offset of each of `centres` (half-sizes `radii`, default
    /// `markRadius`): marks that would touch (closer than the sum of their radii in both x and y)
    /// form a cluster, laid out side by side in the order of their x (then of input) and centred
    /// on the cluster's mean x; other marks keep 0.
    static func offsets(_ centres: [(x: Double, y: Double)], radii: [Double]? = nil) -> [Double] {
        let r = radii ?? Array(repeating: markRadius, count: centres.count)
        var offsets = Array(repeating: 0.0, count: centres.count)
        var cluster = Array(centres.indices)  // cluster id of each mark
        // A spread cluster can reach a neighbour: merge the clusters that touch at the spread
        // positions and spread again, until nothing touches (clusters only merge, so this ends).
        while true {
            let x = centres.indices.map { centres[$0].x + offsets[$0] }
            var merged = false
            for i in centres.indices {
                for j in centres.indices where j > i && cluster[i] != cluster[j] {
                    let d = r[i] + r[j] - 1e-9
                    guard abs(x[j] - x[i]) < d, abs(centres[j].y - centres[i].y) < d else { continue }
                    let (keep, drop) = (min(cluster[i], cluster[j]), max(cluster[i], cluster[j]))
                    for k in cluster.indices where cluster[k] == drop { cluster[k] = keep }
                    merged = true
                }
            }
            guard merged else { return offsets }
            for id in Set(cluster) {
                let members = centres.indices.filter { cluster[$0] == id }
                guard members.count > 1 else { continue }
                spread(members, centres, r, into: &offsets)
            }
        }
    }

    /// Lays `members` out side by side in the order of their x (then of input), centred on
    /// their mean x.
    private static func spread(
        _ members: [Int], _ centres: [(x: Double, y: Double)], _ r: [Double],
        into offsets: inout [Double]
    ) {
        let order = members.sorted { (centres[$0].x, $0) < (centres[$1].x, $1) }
        var at: [Double] = [0]
        for (a, b) in zip(order, order.dropFirst()) { at.append(at.last! + r[a] + r[b]) }
        let mean = order.map { centres[$0].x }.reduce(0, +) / Double(order.count)
        let shift = mean - (at.first! + at.last!) / 2
        for (k, i) in order.enumerated() { offsets[i] = at[k] + shift - centres[i].x }
    }
}

/// Error bars smaller than a mark are drawn at a minimum size, dashed, so that they stay visible.
enum ErrorBar {
    /// The drawn half-height, px, of a bar of true half-height `halfHeight` px on a mark of
    /// half-size `markSize`: at least `markSize + 4` so it shows beyond the mark.
    static func drawnHalfHeight(_ halfHeight: Double, markSize: Double) -> Double {
        max(halfHeight, markSize + 4)
    }

    /// Whether the bar is drawn larger than it is (then dashed, and said in the legend).
    static func isEnlarged(_ halfHeight: Double, markSize: Double) -> Bool {
        halfHeight < markSize + 4
    }

    /// The legend note for enlarged bars.
    static let legendNote = "dashed error bar: tolerance below the mark's size, drawn at a minimum size"
}
