import XCTest
import Foundation
import Analysis

final class EnvelopeFitTests: XCTestCase {
    /// Two learning rates at each width. The winners lie exactly on a law, so the t interval
    /// alone has no width; but at the largest width the loser is close and has one good seed, so
    /// resamples that draw it twice or more choose it instead, with a lower loss there. Choosing
    /// again in every resample widens the interval by that doubt; a fixed choice pretends to know.
    func testResamplesChooseTheBestAgain() throws {
        var points: [KeyedObservation<Double>] = []
        for (x, good) in [(10.0, 1.0), (100, 0.5), (1000, 0.25), (10000, 0.125)] {
            for seed in 0..<3 {
                points.append(KeyedObservation(x: x, key: 1e-2, y: good * (x == 10000 ? 1 : 1.5), seed: seed))
                if x < 10000 { points.append(KeyedObservation(x: x, key: 1e-3, y: good, seed: seed)) }
            }
        }
        // At x = 10000, lr 1e-3 loses on its mean (0.133 > 0.125) but seed 0 is good (0.1125):
        // the 7 in 27 resamples with seed 0 twice or more choose it.
        points += [0.9, 1.15, 1.15].enumerated().map { KeyedObservation(x: 10000, key: 1e-3, y: 0.125 * $0.element, seed: $0.offset) }

        let options = BootstrapOptions(resamples: 400, seed: 5)
        let reselected = try EnvelopeFit.fit(.powerLaw, points, bootstrap: options)
        let winners = Envelope.best(points).flatMap(\.observations)
        XCTAssertEqual(Envelope.best(points).map(\.key), [1e-3, 1e-3, 1e-3, 1e-2])
        let fixed = try PowerLaw.fit(winners, bootstrap: options)
        XCTAssertEqual(reselected.parameters["b"]!, fixed.parameters["b"]!, accuracy: 1e-12, "the same point estimate")
        XCTAssertEqual(fixed.parameters["b"]!, log10(2), accuracy: 1e-12)
        let wide = try XCTUnwrap(reselected.intervals["b"]), narrow = try XCTUnwrap(fixed.intervals["b"])
        XCTAssertLessThan(narrow.width, 1e-9, "winners exactly on the law leave the t interval no width")
        XCTAssertGreaterThan(wide.upper, log10(2) + 0.002, "resamples that choose 1e-3 at x = 10000 steepen the law")
        XCTAssertTrue(wide.lower <= narrow.lower && narrow.upper <= wide.upper, "widened, never narrowed")
        XCTAssertEqual(reselected.method?.seedResamples, 400)
        XCTAssertEqual(reselected.method?.degreesOfFreedom, 2)
        XCTAssertEqual(reselected.seedCount, 3)
    }

    func testOnlyTheGivenXAreFitted() throws {
        let points = [1.0, 10, 100, 1000].flatMap { x in
            (0..<2).map { KeyedObservation(x: x, key: "a", y: 2 * pow(x, -0.5), seed: $0) }
        }
        let fit = try EnvelopeFit.fit(.powerLaw, points, xs: [1, 10, 100], bootstrap: .none)
        XCTAssertEqual(fit.xRange, 1...100)
        XCTAssertEqual(fit.parameters["b"]!, 0.5, accuracy: 1e-9)
    }
}
