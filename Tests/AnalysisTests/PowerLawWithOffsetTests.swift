import XCTest
import Foundation
import Analysis

final class PowerLawWithOffsetTests: XCTestCase {
    let truth = PowerLawWithOffset(E: 0.3, A: 4, b: 0.5)

    func testRecoversOffsetAndExponentFromNoisySeeds() throws {
        // x from 16 to 8192, 3 seeds, 1% seed noise. Over 40 synthetic data sets the estimates
        // spread with sd 0.008 in b and 0.004 in E (largest errors 0.014 and 0.008), so the
        // tolerances below are about five standard deviations.
        let points = noisyCurve(truth.predict, xs: doublings(from: 16, count: 10), seeds: 3, noise: 0.01, dataSeed: 1)
        let fit = try PowerLawWithOffset.fit(points, bootstrap: BootstrapOptions(resamples: 200))
        XCTAssertEqual(fit.law.b, 0.5, accuracy: 0.04)
        XCTAssertEqual(fit.law.E, 0.3, accuracy: 0.02)
        XCTAssertEqual(fit.law.A, 4, accuracy: 0.8)
        XCTAssertEqual(fit.parameterNames, ["E", "A", "b"])
        for name in fit.parameterNames {
            let interval = try XCTUnwrap(fit.intervals[name], name)
            XCTAssertTrue(interval.contains(fit.parameters[name]!), name)
        }
    }

    func testOffsetStaysBetweenZeroAndTheSmallestLoss() throws {
        // A pure power law: the best offset is 0, and the fit must not go negative to get there.
        let pure = noisyCurve({ 2 * pow($0, -0.4) }, xs: doublings(from: 16, count: 8), seeds: 2, noise: 0.01, dataSeed: 2)
        let fit = try PowerLawWithOffset.fit(pure, bootstrap: .none)
        XCTAssertGreaterThanOrEqual(fit.law.E, 0)
        XCTAssertLessThan(fit.law.E, 0.02)
        XCTAssertEqual(fit.law.b, 0.4, accuracy: 0.05)

        // Flat data: the offset would like to sit at the loss itself, but stays below it.
        let flat = doublings(from: 16, count: 5).map { Observation(x: $0, y: 0.5 + 1e-4 * log($0)) }
        let floor = try PowerLawWithOffset.fit(flat, bootstrap: .none)
        XCTAssertLessThan(floor.law.E, flat.map(\.y).min()!)
        XCTAssertGreaterThanOrEqual(floor.law.E, 0)
    }

    func testOneBadSeedBarelyMovesTheFit() throws {
        // The Huber loss on log residuals acts like least absolute deviations at this noise level:
        // a seed that trained badly at one width (loss 50% too high) leaves the law almost where
        // it was, where least squares would bend it.
        let xs = doublings(from: 16, count: 10)
        var points = noisyCurve(truth.predict, xs: xs, seeds: 3, noise: 0.01, dataSeed: 3)
        let clean = try PowerLawWithOffset.fit(points, bootstrap: .none)
        let index = try XCTUnwrap(points.firstIndex { $0.x == 512 && $0.seed == 1 })
        points[index].y *= 1.5
        let spoiled = try PowerLawWithOffset.fit(points, bootstrap: .none)
        XCTAssertEqual(spoiled.law.b, clean.law.b, accuracy: 0.02)
        XCTAssertEqual(spoiled.law.E, clean.law.E, accuracy: 0.01)
    }

    func testNeedsThreeDistinctWidths() {
        let points = [Observation(x: 64, y: 1), Observation(x: 128, y: 0.9), Observation(x: 128, y: 0.91)]
        XCTAssertThrowsError(try PowerLawWithOffset.fit(points)) {
            XCTAssertEqual($0 as? FitError, .tooFewDistinctValues(needed: 3, got: 2))
        }
    }
}
