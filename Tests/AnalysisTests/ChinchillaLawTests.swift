import Analysis
import Foundation
import Numerics
import XCTest

final class ChinchillaLawTests: XCTestCase {
    /// Hoffmann et al. 2022's own estimates, as the synthetic truth.
    let truth = ChinchillaLaw(E: 1.69, A: 406.4, alpha: 0.34, B: 410.7, beta: 0.28)

    private func grid(noise: Double, seeds: Int, dataSeed: UInt64) -> [ScaleObservation] {
        var rng = SplitMix64(seed: dataSeed)
        var points: [ScaleObservation] = []
        for seed in 0..<seeds {
            for n in [1e6, 3e6, 1e7, 3e7, 1e8, 3e8, 1e9] {
                for d in [1e8, 3e8, 1e9, 3e9, 1e10, 3e10, 1e11] {
                    let loss = truth.predict(modelSize: n, dataSize: d) * exp(noise * normal(&rng))
                    points.append(ScaleObservation(modelSize: n, dataSize: d, loss: loss, seed: seed))
                }
            }
        }
        return points
    }

    func testExactGridIsRecovered() throws {
        let fit = try ChinchillaLaw.fit(grid(noise: 0, seeds: 1, dataSeed: 0), bootstrap: .none)
        XCTAssertEqual(fit.law.alpha, 0.34, accuracy: 1e-3)
        XCTAssertEqual(fit.law.beta, 0.28, accuracy: 1e-3)
        XCTAssertEqual(fit.law.E, 1.69, accuracy: 0.01)
        XCTAssertEqual(fit.law.A / 406.4, 1, accuracy: 0.02)
        XCTAssertEqual(fit.law.B / 410.7, 1, accuracy: 0.02)
        XCTAssertLessThan(fit.rmsLogResidual, 1e-4)
    }

    func testRecoversParametersFromNoisyGrid() throws {
        // 7 model sizes × 7 data sizes × 2 seeds with 1% noise. Over 8 synthetic grids the
        // estimates spread with sd 0.004 in α, 0.007 in β, 0.04 in E, 5% in A and 12% in B
        // (A and B trade off against the exponents); the tolerances are four to five of those.
        let fit = try ChinchillaLaw.fit(grid(noise: 0.01, seeds: 2, dataSeed: 0),
                                        bootstrap: BootstrapOptions(resamples: 20))
        XCTAssertEqual(fit.law.alpha, 0.34, accuracy: 0.02)
        XCTAssertEqual(fit.law.beta, 0.28, accuracy: 0.035)
        XCTAssertEqual(fit.law.E, 1.69, accuracy: 0.15)
        XCTAssertEqual(fit.law.A / 406.4, 1, accuracy: 0.25)
        XCTAssertEqual(fit.law.B / 410.7, 1, accuracy: 0.5)
        XCTAssertEqual(fit.ranges["N"], 1e6...1e9)
        XCTAssertEqual(fit.ranges["D"], 1e8...1e11)
        XCTAssertEqual(fit.method, IntervalMethod(points: 49, degreesOfFreedom: 44, seedResamples: 20), "t over the 7 × 7 cells' means")
        for name in fit.parameterNames {
            XCTAssertTrue(try XCTUnwrap(fit.intervals[name], name).contains(fit.parameters[name]!), name)
        }
    }

    func testNeedsBothSizesToVary() {
        let points = [1e6, 1e7, 1e8, 1e9].map { ScaleObservation(modelSize: $0, dataSize: 1e9, loss: 2 + 1 / log($0)) }
        XCTAssertThrowsError(try ChinchillaLaw.fit(points)) {
            XCTAssertEqual($0 as? FitError, .tooFewDistinctValues(needed: 3, got: 1))
        }
    }
}
