import XCTest
import Foundation
import Analysis

final class TransientTests: XCTestCase {
    /// A curve that follows E + A·x^−b only from x = 256 on, and falls more slowly before it (the
    /// small-data region): the exponent fitted on all points is too small and settles once the
    /// transient points are dropped.
    func testTheExponentSettlesOnceTheTransientIsDropped() throws {
        let truth = PowerLawWithOffset(E: 0.2, A: 6, b: 0.6)
        let xs = doublings(from: 32, count: 9)  // 32 … 8192
        func curve(_ x: Double) -> Double { x >= 256 ? truth.predict(x) : truth.predict(256) * pow(x / 256, -0.25) }
        let points = noisyCurve(curve, xs: xs, seeds: 3, noise: 0.005, dataSeed: 11)

        let refits = try Transient.refits(.powerLawWithOffset, points)
        XCTAssertEqual(refits.map(\.from), Array(xs.prefix(6)), "down to the last four x values")
        let exponents = refits.map { $0.fit.parameters["b"]! }
        print("transient exponents: \(exponents)")
        XCTAssertLessThan(exponents[0], 0.5, "fitted through the transient, the law is too shallow")
        for b in exponents[3...] { XCTAssertEqual(b, 0.6, accuracy: 0.06, "from x = 256 on the truth is a power law with b = 0.6") }
        XCTAssertEqual(refits[3].fit.xRange, 256...8192)
    }

    func testTooFewPointsForOneRefitIsAnError() {
        let points = noisyCurve({ 2 * pow($0, -0.5) }, xs: [10, 20, 40], seeds: 2, noise: 0.01, dataSeed: 1)
        XCTAssertThrowsError(try Transient.refits(.powerLaw, points, minimumPoints: 4)) {
            XCTAssertEqual($0 as? FitError, .tooFewDistinctValues(needed: 4, got: 3))
        }
        XCTAssertEqual(try Transient.refits(.powerLaw, points).map(\.from), [10])
    }
}
