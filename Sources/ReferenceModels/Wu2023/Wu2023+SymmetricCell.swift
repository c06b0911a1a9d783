extension Wu2023 {
    /// The two galvanostatic steps of one symmetric-cell cycle, in the caption's order
    /// ("1-hour of plating and 1-hour of stripping", Fig. 3b). In a symmetric cell one
    /// electrode strips while the other plates; the names follow the caption.
    public enum Step: String, Sendable, Hashable {
        case plating
        case stripping
    }

    /// Where a time t falls in a plate/strip cycling protocol.
    public struct CyclePosition: Sendable, Hashable {
        /// 1-based cycle number.
        public let cycle: Int
        /// The step within that cycle.
        public let step: Step
        /// Time elapsed in that step, in the unit of the inputs.
        public let timeIntoStep: Double
    }

    /// Cycle k occupies [(k − 1)·T, k·T) with T = t_plate + t_strip; its first t_plate is plating.
    /// The paper's cell "became shorted at 9.5 hour" of 1 h / 1 h cycling (Fig. 3 caption):
    /// cycle ⌊9.5 / 2⌋ + 1 = 5, 1.5 h into it, i.e. 0.5 h into the stripping step — the text's
    /// "In the fifth cycle, the cell short-circuited."
    ///
    /// Any time unit, the same for all three inputs. A time exactly on a boundary belongs to the
    /// step that starts there (t = 8 h is the start of cycle 5).
    ///
    /// Edge Cases: t must be finite and ≥ 0; both durations finite and > 0; otherwise
    /// `ArgumentError`. A t so large that the cycle number overflows `Int` is refused too.
    public static func cyclePosition(
        atTime time: Double, platingDuration: Double, strippingDuration: Double
    ) throws(ArgumentError) -> CyclePosition {
        let t = try nonNegative(time, "time")
        let plate = try positive(platingDuration, "platingDuration")
        let strip = try positive(strippingDuration, "strippingDuration")
        let period = plate + strip
        let completed = (t / period).rounded(.down)
        guard completed < Double(Int.max / 2) else {
            throw refusal(t, "time", "small enough for an integer cycle count")
        }
        let into = t - completed * period
        return into < plate
            ? CyclePosition(cycle: Int(completed) + 1, step: .plating, timeIntoStep: into)
            : CyclePosition(cycle: Int(completed) + 1, step: .stripping, timeIntoStep: into - plate)
    }

    /// The English ordinal of n for 1…20 ("fifth"), as the paper writes cycle numbers.
    ///
    /// Edge Cases: n outside 1…20 returns `nil`.
    public static func ordinalWord(_ n: Int) -> String? {
        let words = [
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
            "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
            "seventeenth",
            "eighteenth", "nineteenth", "twentieth",
        ]
        return (1...words.count).contains(n) ? words[n - 1] : nil
    }

    /// The category the golden record `wu2023.symmetric.short-circuit-cycle` uses: "<ordinal>-cycle".
    ///
    /// Edge Cases: `nil` where `ordinalWord` is `nil`.
    public static func cycleCategory(_ cycle: Int) -> String? {
        ordinalWord(cycle).map { "\($0)-cycle" }
    }
}
