import XCTest
import Analysis

final class AggregatedPointTests: XCTestCase {
    func testSummarisesEachXInOrder() throws {
        let observations = [
            Observation(x: 128, y: 0.4, seed: 0), Observation(x: 64, y: 0.6, seed: 0),
            Observation(x: 64, y: 0.7, seed: 1), Observation(x: 128, y: 0.5, seed: 1),
            Observation(x: 256, y: .nan, seed: 0),
        ]
        let points = AggregatedPoint.perX(observations, interval: BootstrapOptions(resamples: 200))
        XCTAssertEqual(points.map(\.x), [64, 128])
        XCTAssertEqual(points[0].summary.mean, 0.65, accuracy: 1e-12)
        let interval = try XCTUnwrap(points[0].interval)
        XCTAssertGreaterThanOrEqual(interval.lower, 0.6)
        XCTAssertLessThanOrEqual(interval.upper, 0.7)
        XCTAssertNil(AggregatedPoint.perX(observations)[0].interval)
    }
}
