import XCTest
import Foundation
import Analysis

final class HoldoutTests: XCTestCase {
    // A law with a floor: straight on log-log at small x, flattening at large x.
    let truth = PowerLawWithOffset(E: 0.3, A: 4, b: 0.5)
    lazy var points = noisyCurve(truth.predict, xs: doublings(from: 16, count: 10), seeds: 3, noise: 0.01, dataSeed: 5)

    func testTheRightLawExtrapolatesAndAMisspecifiedOneDoesNot() throws {
        let right = try Holdout.check(.powerLawWithOffset, points, holdOut: 2)
        let wrong = try Holdout.check(.powerLaw, points, holdOut: 2)
        XCTAssertEqual(right.heldOut.map(\.x), [4096, 8192])
        XCTAssertEqual(right.fit.xRange, 16...2048)
        XCTAssertEqual(right.heldOut.map(\.seedCount), [3, 3])
        // With 1% seed noise the mean of 3 seeds is within about 0.6% of the law; the fitted
        // law's own error at 2–4× beyond its range adds about as much again (0.0055 here).
        XCTAssertLessThan(right.rmsLogError, 0.02)
        // A pure power law keeps falling where the truth levels off at E: it is optimistic by
        // about 20% at 4096 and 30% at 8192.
        XCTAssertGreaterThan(wrong.rmsLogError, 0.15)
        XCTAssertTrue(wrong.heldOut.allSatisfy { $0.logError < 0 })
        XCTAssertGreaterThan(wrong.rmsLogError, 4 * right.rmsLogError)
        for point in right.heldOut {
            XCTAssertEqual(point.logError, log(point.predicted) - log(point.observed), accuracy: 1e-12)
            XCTAssertEqual(point.predicted, right.fit.predict(point.x), accuracy: 1e-12)
        }
    }

    func testHoldingOutTooMuchIsAnError() {
        XCTAssertThrowsError(try Holdout.check(.powerLaw, points, holdOut: 0)) {
            XCTAssertEqual($0 as? FitError, .holdoutTooLarge(holdOut: 0, distinct: 10))
        }
        XCTAssertThrowsError(try Holdout.check(.powerLaw, points, holdOut: 10)) {
            XCTAssertEqual($0 as? FitError, .holdoutTooLarge(holdOut: 10, distinct: 10))
        }
        XCTAssertThrowsError(try Holdout.check(.powerLawWithOffset, points, holdOut: 8)) { error in
            XCTAssertEqual(error as? FitError, .holdoutTooLarge(holdOut: 8, distinct: 10, needed: 3))
            XCTAssertEqual("\(error)", "holding out 8 of 10 x values leaves 2, but the fit needs at least 3")
        }
    }
}
