import GoldenRecords
/// The propagated interval of one output over the box of the inputs it depends on.
public struct PropagatedInterval: Sendable, Hashable {
    public enum Method: String, Sendable, Hashable {
        /// Monotone in every input (checked numerically): the corners of the box bound it.
        case corners
        /// Not monotone in some input (`nonMonotone`): corners plus a dense grid or sampling.
        case dense
        /// No input with a tolerance reaches it: a point.
        case point
    }

    public let nominal: Double
    public let lower: Double
    public let upper: Double
    public let method: Method
    /// Indices (into the box's inputs) this output depends on.
    public let dependencies: [Int]
    /// The inputs along which a sampled partial changed sign.
    public let nonMonotone: [Int]
    /// One-at-a-time swing |f(x_j⁺) − f(x_j⁻)| of each dependency, others at their nominal.
    public let swings: [Int: Double]
    /// Points at which the models refused the inputs (left out of the interval).
    public let refusedPoints: Int
}

enum IntervalPropagation {
    /// Corner enumeration up to this many dependencies (2^n evaluations).
    static let maxCornerDimensions = 10
    /// Levels of a non-monotone input in the dense grid.
    static let denseLevels = 9
    /// Largest dense grid; beyond it, random sampling of `denseSamples` points.
    static let maxGrid = 4096
    static let denseSamples = 2048
    /// Levels at which each partial is sampled for the monotonicity check.
    static let monotonicityLevels: [Double] = [0, 0.25, 0.5, 0.75, 1]

    /// Whether `value` differs from `base` by more than floating-point noise.
    static func differs(_ value: Double, _ base: Double) -> Bool {
        if value.isNaN != base.isNaN { return true }
        return abs(value - base) > 1e-11 * max(abs(base), abs(value), 1e-300)
    }

    /// For each output id: the inputs whose ends (alone) change it; and the inputs the models
    /// refuse at both ends (held at their printed values: e.g. stage windows that must meet).
    static func dependencies(
        evaluator: BoxEvaluator, ids: [String]
    ) -> (deps: [String: [Int]], held: [Int]) {
        let x0 = evaluator.nominalPoint
        guard let base = evaluator.evaluate(x0) else { return ([:], []) }
        var deps: [String: [Int]] = [:]
        var held: [Int] = []
        for (j, input) in evaluator.inputs.enumerated() {
            var changed = Set<String>()
            var refusedEnds = 0
            for end in [input.lower, input.upper] {
                var x = x0
                x[j] = end
                guard let values = evaluator.evaluate(x) else { refusedEnds += 1; continue }
                for id in ids {
                    guard let b = base[id] else { continue }
                    if let v = values[id], differs(v, b) {
                        changed.insert(id)
                    } else if values[id] == nil {
                        changed.insert(id)
                    }
                }
            }
            if refusedEnds == 2 { held.append(j) }
            for id in changed where evaluator.inputs[j].id != id { deps[id, default: []].append(j) }
        }
        return (deps, held)
    }

    /// The interval of output `id` over the box of `deps`.
    static func propagate(id: String, deps: [Int], evaluator: BoxEvaluator) -> PropagatedInterval? {
        let x0 = evaluator.nominalPoint
        guard let f0 = evaluator.evaluate(x0)?[id] else { return nil }
        if deps.isEmpty {
            return PropagatedInterval(
                nominal: f0, lower: f0, upper: f0, method: .point, dependencies: [],
                nonMonotone: [], swings: [:], refusedPoints: 0)
        }
        var search = ExtremeSearch(id: id, evaluator: evaluator, x0: x0, f0: f0)
        let (nonMonotone, swings) = monotonicity(deps: deps, search: &search)
        var generator = SplitMix64(
            seed: UInt64(truncatingIfNeeded: id.utf8.reduce(5381) { ($0 &* 33) &+ Int($1) }))
        evaluateCorners(deps: deps, search: &search, generator: &generator)
        if !nonMonotone.isEmpty {
            let cell = evaluateDense(
                deps: deps, nonMonotone: nonMonotone, search: &search, generator: &generator)
            refineExtremes(nonMonotone: nonMonotone, cell: cell, search: &search)
        }
        return PropagatedInterval(
            nominal: f0, lower: search.lo, upper: search.hi,
            method: nonMonotone.isEmpty ? .corners : .dense, dependencies: deps,
            nonMonotone: nonMonotone, swings: swings, refusedPoints: search.refused)
    }

    /// The inputs along which a sampled partial changes sign, and each dependency's swing.
    // Each partial is sampled along its input, the others at the centre and at the all-low and
    // all-high corners.
    private static func monotonicity(
        deps: [Int], search: inout ExtremeSearch
    ) -> (nonMonotone: [Int], swings: [Int: Double]) {
        var nonMonotone: [Int] = []
        var swings: [Int: Double] = [:]
        for j in deps {
            var sign = 0
            var monotone = true
            let others = deps.filter { $0 != j }
            let bases: [[Int: Double]] =
                others.isEmpty
                ? [[:]]
                : [
                    [:],
                    Dictionary(uniqueKeysWithValues: others.map { ($0, 0.0) }),
                    Dictionary(uniqueKeysWithValues: others.map { ($0, 1.0) }),
                ]
            for (b, base) in bases.enumerated() {
                var previous: Double?
                var first: Double?, last: Double?
                for t in monotonicityLevels {
                    var levels = base
                    levels[j] = t
                    guard let v = search.at(search.point(levels)) else { previous = nil; continue }
                    if first == nil { first = v }
                    last = v
                    if let p = previous, differs(v, p) {
                        let s = v > p ? 1 : -1
                        if sign == 0 { sign = s } else if s != sign { monotone = false }
                    }
                    previous = v
                }
                if b == 0, let first, let last { swings[j] = abs(last - first) }
            }
            if !monotone { nonMonotone.append(j) }
        }
        return (nonMonotone, swings)
    }

    /// Nothing: evaluates every corner of the box of `deps` (or 256 random corners if too many).
    private static func evaluateCorners(
        deps: [Int], search: inout ExtremeSearch, generator: inout SplitMix64
    ) {
        if deps.count <= maxCornerDimensions {
            for mask in 0..<(1 << deps.count) {
                _ = search.at(
                    search.point(
                        Dictionary(
                            uniqueKeysWithValues: deps.enumerated().map {
                                ($1, Double((mask >> $0) & 1))
                            })))
            }
        } else {
            for _ in 0..<256 {
                _ = search.at(
                    search.point(
                        Dictionary(
                            uniqueKeysWithValues: deps.map {
                                ($0, Double(Int.random(in: 0...1, using: &generator)))
                            })))
            }
        }
    }

    /// The grid cell (as a fraction of each range) after evaluating the dense grid or sampling.
    // A grid over the non-monotone inputs (the others at both ends), or random points of the
    // whole box when the grid would be too large.
    private static func evaluateDense(
        deps: [Int], nonMonotone: [Int], search: inout ExtremeSearch,
        generator: inout SplitMix64
    ) -> Double {
        let monotone = deps.filter { !nonMonotone.contains($0) }
        var gridSize = 1.0
        for _ in nonMonotone { gridSize *= Double(denseLevels) }
        for _ in monotone { gridSize *= 2 }
        if gridSize <= Double(maxGrid) {
            evaluateGrid(deps: deps, nonMonotone: nonMonotone, search: &search)
        } else {
            for _ in 0..<denseSamples {
                _ = search.at(
                    search.point(
                        Dictionary(
                            uniqueKeysWithValues: deps.map {
                                ($0, Double.random(in: 0...1, using: &generator))
                            })))
            }
        }
        return gridSize <= Double(maxGrid) ? 1 / Double(denseLevels - 1) : 1
    }

    /// Nothing: evaluates the grid of `denseLevels` per non-monotone input and 2 per other one.
    private static func evaluateGrid(
        deps: [Int], nonMonotone: [Int], search: inout ExtremeSearch
    ) {
        let levels = deps.map { nonMonotone.contains($0) ? denseLevels : 2 }
        var counter = Array(repeating: 0, count: deps.count)
        outer: while true {
            var assignment: [Int: Double] = [:]
            for (k, j) in deps.enumerated() {
                assignment[j] = Double(counter[k]) / Double(levels[k] - 1)
            }
            _ = search.at(search.point(assignment))
            var k = 0
            while k < deps.count {
                counter[k] += 1
                if counter[k] < levels[k] { continue outer }
                counter[k] = 0
                k += 1
            }
            break
        }
    }

    /// Nothing: refines both extremes by golden-section search along each non-monotone input.
    // In the grid cells either side of the best point found, twice round.
    private static func refineExtremes(
        nonMonotone: [Int], cell: Double, search: inout ExtremeSearch
    ) {
        for maximise in [false, true] {
            for _ in 0..<2 {
                for j in nonMonotone {
                    search.goldenSection(along: j, maximise: maximise, cell: cell)
                }
            }
        }
    }
}

/// The running extremes of one output over the points of the box evaluated so far.
private struct ExtremeSearch {
    let id: String
    let evaluator: BoxEvaluator
    let inputs: [AuditInput]
    let x0: [Double]
    var lo: Double, hi: Double
    var argLo: [Double], argHi: [Double]
    var refused = 0

    init(id: String, evaluator: BoxEvaluator, x0: [Double], f0: Double) {
        self.id = id
        self.evaluator = evaluator
        self.inputs = evaluator.inputs
        self.x0 = x0
        lo = f0
        hi = f0
        argLo = x0
        argHi = x0
    }

    /// The output at `x` (nil if refused or not finite), after widening the extremes to it.
    mutating func at(_ x: [Double]) -> Double? {
        guard let v = evaluator.evaluate(x)?[id], v.isFinite else { refused += 1; return nil }
        if v < lo { lo = v; argLo = x }
        if v > hi { hi = v; argHi = x }
        return v
    }

    /// The nominal point with each input `j` in `levels` at fraction `levels[j]` of its range.
    func point(_ levels: [Int: Double]) -> [Double] {
        var x = x0
        for (j, t) in levels {
            x[j] = inputs[j].lower + t * (inputs[j].upper - inputs[j].lower)
        }
        return x
    }

    /// Nothing: golden-section search along input `j` within `cell` of the best point so far.
    mutating func goldenSection(along j: Int, maximise: Bool, cell: Double) {
        let width = inputs[j].upper - inputs[j].lower
        var x = maximise ? argHi : argLo
        var a = max(inputs[j].lower, x[j] - cell * width)
        var b = min(inputs[j].upper, x[j] + cell * width)
        let ratio = (5.0.squareRoot() - 1) / 2
        var c = b - ratio * (b - a), d = a + ratio * (b - a)
        var fc = objective(&x, j, c, maximise: maximise)
        var fd = objective(&x, j, d, maximise: maximise)
        for _ in 0..<60 where b - a > 1e-12 * max(width, 1e-300) {
            if fc < fd {
                b = d; d = c; fd = fc; c = b - ratio * (b - a)
                fc = objective(&x, j, c, maximise: maximise)
            } else {
                a = c; c = d; fc = fd; d = a + ratio * (b - a)
                fd = objective(&x, j, d, maximise: maximise)
            }
        }
    }

    /// The output with `x[j]` set to `t`, negated if `maximise` (∓∞ when refused): to minimise.
    private mutating func objective(
        _ x: inout [Double], _ j: Int, _ t: Double, maximise: Bool
    ) -> Double {
        x[j] = t
        guard let v = at(x) else { return maximise ? -.infinity : .infinity }
        return maximise ? -v : v
    }
}
