/// Counts that papers print as words ("ten parallel stacks"), for records kept as categories.
enum NumberWords {
    static let words = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen", "twenty",
    ]

    /// The number `word` names (`"ten"` → 10), case-insensitively; nil for any other word.
    static func value(of word: String) -> Int? {
        words.firstIndex(of: word.lowercased()).map { $0 + 1 }
    }
}
