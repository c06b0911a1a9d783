import Testing
import GoldenRecords

/// Special values are tested on purpose (swift-numerics style).
@Suite("Approximate equality")
struct ApproximateEqualityTests {
    @Test func absoluteAndRelativeBands() {
        #expect(880.4.isApproximatelyEqual(to: 880, absoluteTolerance: 0.5))
        #expect(!880.6.isApproximatelyEqual(to: 880, absoluteTolerance: 0.5))
        #expect(1.000001.isApproximatelyEqual(to: 1, absoluteTolerance: 0, relativeTolerance: 1e-5))
        #expect(!1.0001.isApproximatelyEqual(to: 1, absoluteTolerance: 0, relativeTolerance: 1e-5))
    }

    @Test func signedZerosAreEqual() {
        #expect((0.0).isApproximatelyEqual(to: -0.0, absoluteTolerance: 0))
    }

    @Test func nanEqualsNothing() {
        #expect(!Double.nan.isApproximatelyEqual(to: .nan, absoluteTolerance: 1))
        #expect(!Double.nan.isApproximatelyEqual(to: 0, absoluteTolerance: .infinity))
        #expect(!(0.0).isApproximatelyEqual(to: .nan, absoluteTolerance: .infinity))
    }

    @Test func infinitiesEqualOnlyThemselves() {
        #expect(Double.infinity.isApproximatelyEqual(to: .infinity, absoluteTolerance: 0))
        #expect(!Double.infinity.isApproximatelyEqual(to: -.infinity, absoluteTolerance: .infinity))
        #expect(!Double.infinity.isApproximatelyEqual(to: 1e308, absoluteTolerance: 1e308, relativeTolerance: 1))
    }

    @Test func isSymmetric() {
        #expect(1.0.isApproximatelyEqual(to: 1.2, absoluteTolerance: 0, relativeTolerance: 0.17)
            == 1.2.isApproximatelyEqual(to: 1.0, absoluteTolerance: 0, relativeTolerance: 0.17))
    }
}
