// Temporary stand-in until NearMiss.swift lands (same API).
package enum NearMiss {
    package struct Index: Sendable { package init(_ candidates: some Sequence<String>) {} }
    package struct Suggestion: Sendable { package let candidate: String; package let reasonText: String }
    package static func suggestion(for name: String, in index: Index) -> Suggestion? { nil }
}
