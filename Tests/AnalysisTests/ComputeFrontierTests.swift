import Analysis
import Foundation
import Numerics
import XCTest

final class ComputeFrontierTests: XCTestCase {
    /// A configuration with the same value for every seed, unless given per seed.
    private func candidate(_ name: String, _ x: Double, _ ys: Double...) -> FrontierCandidate {
        FrontierCandidate(name: name, x: x, values: ys.enumerated().map { (seed: $0.offset, y: $0.element) })
    }

    func testADominatedConfigurationIsLeftOff() {
        let frontier = ComputeFrontier.select([
            candidate("small-long", 4, 0.7, 0.7),      // costs more than mid-short and does worse
            candidate("tiny", 1, 1.0, 1.0),
            candidate("mid-short", 2, 0.5, 0.6),
            candidate("big", 8, 0.3, 0.3),
        ])
        XCTAssertEqual(frontier.map(\.name), ["tiny", "mid-short", "big"])
    }

    func testTiesGoToTheCheaperConfigurationAndBothAtOneCost() {
        let frontier = ComputeFrontier.select([
            candidate("a", 1, 1.0), candidate("b", 2, 1.0),    // no better for more compute: off
            candidate("c", 4, 0.5), candidate("d", 4, 0.5),    // equally good at the same cost: both on
            candidate("e", 4, 0.6),
        ])
        XCTAssertEqual(frontier.map(\.name), ["a", "c", "d"])
    }

    func testADivergedConfigurationIsNeverChosenNorBlocksOthers() {
        let frontier = ComputeFrontier.select([
            candidate("tiny", 1, 1.0, 1.0),
            candidate("unstable", 2, 0.2, .nan),   // its surviving seed would beat everything
            candidate("steady", 3, 0.6, 0.6),
        ])
        XCTAssertEqual(frontier.map(\.name), ["tiny", "steady"])
    }

    func testHigherIsBetterForAccuracy() {
        let frontier = ComputeFrontier.select([candidate("a", 1, 0.8), candidate("b", 2, 0.7), candidate("c", 3, 0.9)],
                                              better: .higher)
        XCTAssertEqual(frontier.map(\.name), ["a", "c"])
    }

    /// Widths w and training lengths s with cost C = w²·s, loss 10·C^−0.3 when s = w²/4 and a
    /// factor 1 + k² worse k factors of 4 away from that ratio: the frontier is the diagonal.
    private func grid(seeds: Int, noise: Double, floor: Double = 0) -> [FrontierCandidate] {
        var rng = SplitMix64(seed: 7)
        var candidates: [FrontierCandidate] = []
        for (i, width) in [16.0, 32, 64, 128].enumerated() {
            for (j, steps) in [64.0, 256, 1024, 4096].enumerated() {
                let cost = width * width * steps
                let clean = (floor + 10 * pow(cost, -0.3)) * (1 + Double((j - i) * (j - i)))
                let values = (0..<seeds).map { (seed: $0, y: clean * exp(noise * normal(&rng))) }
                candidates.append(FrontierCandidate(name: "w\(Int(width)) s\(Int(steps))", x: cost, values: values))
            }
        }
        return candidates
    }

    func testTheLawThroughTheFrontierRecoversItsExponent() throws {
        let result = try ComputeFrontier.fit(grid(seeds: 3, noise: 0.02), bootstrap: BootstrapOptions(resamples: 200))
        XCTAssertEqual(result.frontier.map(\.name), ["w16 s64", "w32 s256", "w64 s1024", "w128 s4096"])
        XCTAssertEqual(try XCTUnwrap(result.fit.parameters["b"]), 0.3, accuracy: 0.02)
        let interval = try XCTUnwrap(result.fit.intervals["b"])
        XCTAssertTrue(interval.lower < 0.3 && 0.3 < interval.upper, "\(interval)")
        XCTAssertEqual(result.fit.resampling, .seeds)
        XCTAssertEqual(result.fit.seedCount, 3)
        XCTAssertEqual(result.fit.observationCount, 12, "the frontier's four configurations × three seeds")
        XCTAssertNil(result.holdout)
    }

    func testAFrontierThatBendsTowardsAFloorGetsItsOffset() throws {
        // On the diagonal the loss is 0.1 + 10·C^−0.3: from C = 16³ to 128²·4096 the power-law part
        // falls from 0.82 to 0.07, so the floor bends the frontier within the range.
        let candidates = grid(seeds: 10, noise: 0.005, floor: 0.1)
        let options = BootstrapOptions(resamples: 100, seed: 2)
        let bent = try ComputeFrontier.fit(candidates, form: .powerLawWithOffset, bootstrap: options).fit
        let straight = try ComputeFrontier.fit(candidates, bootstrap: options).fit
        XCTAssertEqual(try XCTUnwrap(bent.parameters["E"]), 0.1, accuracy: 0.01)
        XCTAssertEqual(try XCTUnwrap(bent.parameters["b"]), 0.3, accuracy: 0.03)
        let interval = try XCTUnwrap(bent.intervals["E"])
        XCTAssertTrue(interval.lower <= 0.1 && 0.1 <= interval.upper, "\(interval)")
        XCTAssertLessThan(bent.rmsLogResidual * 5, straight.rmsLogResidual, "a straight line cannot follow the bend")
        XCTAssertThrowsError(try ComputeFrontier.fit(candidates, form: .powerLawWithOffset, holdOut: 2, bootstrap: .none)) { error in
            XCTAssertEqual(error as? FitError, .holdoutTooLarge(holdOut: 2, distinct: 4, needed: 3))
        }
    }

    func testHoldingOutTheLargestFrontierPointPredictsIt() throws {
        let result = try ComputeFrontier.fit(grid(seeds: 3, noise: 0), holdOut: 1, bootstrap: .none)
        let check = try XCTUnwrap(result.holdout)
        XCTAssertEqual(check.heldOut.map(\.x), [128 * 128 * 4096])
        XCTAssertEqual(result.fit.xRange.upperBound, 64 * 64 * 1024, "fitted below the held-out cost")
        XCTAssertLessThan(check.rmsLogError, 1e-9)
        XCTAssertEqual(result.frontier.count, 4, "the held-out point is still on the frontier")
        XCTAssertThrowsError(try ComputeFrontier.fit(grid(seeds: 3, noise: 0), holdOut: 3, bootstrap: .none)) { error in
            XCTAssertEqual(error as? FitError, .holdoutTooLarge(holdOut: 3, distinct: 4, needed: 2))
        }
    }

    func testResamplesChooseTheFrontierAgain() throws {
        // The frontier a, b, c, d lies exactly on a law, so the t interval alone has no width. At
        // the costliest x, e loses on its mean (0.133 > 0.125) but has a good seed; the 7 in 27
        // resamples that draw it twice or more put e on the frontier instead, steepening the law.
        let candidates = [
            candidate("a", 1, 1.0, 1.0, 1.0),
            candidate("b", 10, 0.5, 0.5, 0.5),
            candidate("c", 100, 0.25, 0.25, 0.25),
            candidate("d", 1000, 0.125, 0.125, 0.125),
            candidate("e", 1000, 0.1125, 0.14375, 0.14375),
        ]
        let options = BootstrapOptions(resamples: 400, seed: 3)
        let result = try ComputeFrontier.fit(candidates, bootstrap: options)
        XCTAssertEqual(result.frontier.map(\.name), ["a", "b", "c", "d"])
        let reselected = result.fit
        let fixed = try PowerLaw.fit(candidates.prefix(4).flatMap(\.observations), bootstrap: options)
        XCTAssertEqual(reselected.parameters["b"]!, fixed.parameters["b"]!, accuracy: 1e-12, "the same point estimate")
        let wide = try XCTUnwrap(reselected.intervals["b"]), narrow = try XCTUnwrap(fixed.intervals["b"])
        XCTAssertLessThan(narrow.width, 1e-9)
        XCTAssertGreaterThan(wide.upper, log10(2) + 0.002)
        XCTAssertTrue(wide.lower <= narrow.lower && narrow.upper <= wide.upper, "widened, never narrowed")
    }

    func testAStableFrontierGivesThePlainPowerLawIntervals() throws {
        let candidates = [
            candidate("a", 1, 1.0, 1.1, 0.9), candidate("b", 10, 0.5, 0.55, 0.45),
            candidate("c", 100, 0.25, 0.2, 0.3), candidate("off", 50, 2, 2, 2),
        ]
        let options = BootstrapOptions(resamples: 200, seed: 1)
        let reselected = try ComputeFrontier.fit(candidates, bootstrap: options).fit
        let plain = try PowerLaw.fit(candidates.prefix(3).flatMap(\.observations), bootstrap: options)
        XCTAssertEqual(reselected.intervals["b"]!.lower, plain.intervals["b"]!.lower, accuracy: 1e-12)
        XCTAssertEqual(reselected.intervals["b"]!.upper, plain.intervals["b"]!.upper, accuracy: 1e-12)
    }
}
