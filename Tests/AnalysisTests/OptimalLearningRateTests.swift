import XCTest
import Foundation
import Analysis

final class OptimalLearningRateTests: XCTestCase {
    func testParabolaFindsTheVertexOfAKnownQuadratic() throws {
        // Loss 1 + 0.1·(ln lr − ln 2e-3)², sampled at unevenly spaced rates: a parabola in ln lr
        // through three of them is the quadratic itself, so the vertex is exact.
        let rates = [1e-4, 5e-4, 1e-3, 4e-3, 1e-2]
        let losses = rates.map { 1 + 0.1 * pow(log($0 / 2e-3), 2) }
        let optimum = try XCTUnwrap(OptimalLearningRate.optimum(width: 64, learningRates: rates, losses: losses))
        XCTAssertEqual(optimum.learningRate, 2e-3, accuracy: 1e-12)
        XCTAssertEqual(optimum.loss, 1, accuracy: 1e-12)
        XCTAssertTrue(optimum.interpolated)
        XCTAssertNil(optimum.edge)
    }

    func testMinimumAtTheEdgeIsFlaggedNotExtrapolated() throws {
        let rates = [1e-4, 1e-3, 1e-2]
        let low = try XCTUnwrap(OptimalLearningRate.optimum(width: 64, learningRates: rates, losses: [0.5, 0.6, 0.9]))
        XCTAssertEqual(low.learningRate, 1e-4)
        XCTAssertEqual(low.edge, .lowest)
        XCTAssertFalse(low.interpolated)
        let high = try XCTUnwrap(OptimalLearningRate.optimum(width: 64, learningRates: rates.reversed(), losses: [0.4, 0.6, 0.9]))
        XCTAssertEqual(high.learningRate, 1e-2)
        XCTAssertEqual(high.edge, .highest)
        // A diverged neighbour: the best tried rate, not interpolated.
        let beside = try XCTUnwrap(OptimalLearningRate.optimum(width: 64, learningRates: rates + [1e-1], losses: [0.8, 0.6, 0.5, .nan]))
        XCTAssertEqual(beside.learningRate, 1e-2)
        XCTAssertFalse(beside.interpolated)
        XCTAssertNil(beside.edge)
        XCTAssertNil(OptimalLearningRate.optimum(width: 64, learningRates: rates, losses: [.nan, .nan, .infinity]))
    }

    func testRecoversTheExponentOfTheOptimalRate() throws {
        let exact = try OptimalLearningRate.law(WidthLearningRateGrid.points(seeds: 1, noise: 0, dataSeed: 0),
                                                bootstrap: .none)
        XCTAssertEqual(exact.exponent, 0.8, accuracy: 1e-9)
        XCTAssertEqual(exact.coefficient, 0.2, accuracy: 1e-9)
        XCTAssertEqual(exact.optima.count, 6)
        for optimum in exact.optima {
            XCTAssertEqual(optimum.learningRate, WidthLearningRateGrid.bestRate(optimum.width), accuracy: 1e-9 * optimum.learningRate)
        }
        // 0.5% seed noise on the loss moves each optimum by a few percent in lr; over six widths
        // a doubling apart that puts γ within about ±0.02 (one sd ≈ 0.007), so ±0.05 is ample.
        let noisy = try OptimalLearningRate.law(WidthLearningRateGrid.points(seeds: 3, noise: 0.005, dataSeed: 2),
                                                bootstrap: BootstrapOptions(resamples: 200))
        XCTAssertEqual(noisy.exponent, 0.8, accuracy: 0.05)
        let interval = try XCTUnwrap(noisy.exponentInterval)
        XCTAssertTrue(interval.contains(noisy.exponent))
        XCTAssertEqual(noisy.fit.resampling, .seeds)
        XCTAssertGreaterThan(noisy.fit.resamples, 0)
        XCTAssertEqual(noisy.fit.method?.seedResamples, noisy.fit.resamples, "the t interval widened by the re-locating bootstrap")
        XCTAssertEqual(noisy.learningRate(atWidth: 4096), noisy.coefficient * pow(4096, -noisy.exponent), accuracy: 1e-15)
    }

    func testEdgeOptimaAreLeftOutOfTheLaw() throws {
        // At widths 1024 and 2048 the best rate is below the smallest tried once the sweep
        // stops at 1e-3.
        let grid = WidthLearningRateGrid.points(seeds: 1, noise: 0, dataSeed: 0).filter { $0.key >= 9e-4 }
        let law = try OptimalLearningRate.law(grid, bootstrap: .none)
        let edges = law.optima.filter { $0.edge != nil }.map(\.width)
        XCTAssertFalse(edges.isEmpty)
        XCTAssertTrue(law.optima.filter { $0.edge != nil }.allSatisfy { $0.edge == .lowest })
        XCTAssertEqual(law.fit.observationCount, 6 - edges.count)
        XCTAssertEqual(law.fit.excludedCount, edges.count)

        let hopeless = WidthLearningRateGrid.points(seeds: 1, noise: 0, dataSeed: 0).filter { $0.key >= 0.01 }
        XCTAssertThrowsError(try OptimalLearningRate.law(hopeless, bootstrap: .none)) { error in
            guard case let .tooFewInteriorOptima(interior, edgeWidths)? = error as? FitError else { return XCTFail("\(error)") }
            XCTAssertEqual(interior, 0)
            XCTAssertEqual(edgeWidths, WidthLearningRateGrid.widths)
        }
    }
}
