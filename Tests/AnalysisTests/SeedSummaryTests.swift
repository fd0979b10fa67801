import XCTest
import Analysis

final class SeedSummaryTests: XCTestCase {
    func testIntervalOfTheMeanIsStudentT() throws {
        // Three seeds: mean 0.52, sem 0.02/√3, and t with 2 df is 4.303 for 95%.
        let summary = try XCTUnwrap(SeedSummary([0.50, 0.52, 0.54]))
        let interval = try XCTUnwrap(summary.interval())
        XCTAssertEqual(interval.upper - 0.52, 4.303 * 0.02 / 3.0.squareRoot(), accuracy: 1e-4)
        XCTAssertEqual(interval.lower, 0.52 - (interval.upper - 0.52), accuracy: 1e-12)
        XCTAssertNil(try XCTUnwrap(SeedSummary([0.5])).interval(), "one seed says nothing about the spread")
    }

    func testMeanSampleStdAndStandardError() throws {
        let summary = try XCTUnwrap(SeedSummary([2, 4, 4, 4, 5, 5, 7, 9]))
        XCTAssertEqual(summary.n, 8)
        XCTAssertEqual(summary.mean, 5, accuracy: 1e-12)
        // Sum of squared deviations is 32; the sample variance divides by n − 1 = 7.
        XCTAssertEqual(try XCTUnwrap(summary.std), (32.0 / 7).squareRoot(), accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(summary.sem), (32.0 / 7).squareRoot() / 8.0.squareRoot(), accuracy: 1e-12)
    }

    func testDivergedSeedsAreDroppedAndCounted() throws {
        let summary = try XCTUnwrap(SeedSummary([0.5, .nan, 0.7, .infinity]))
        XCTAssertEqual(summary.n, 2)
        XCTAssertEqual(summary.excluded, 2)
        XCTAssertEqual(summary.mean, 0.6, accuracy: 1e-12)
        XCTAssertNil(SeedSummary([.nan, .infinity]))
        XCTAssertNil(SeedSummary([]))
    }

    func testOneSeedHasNoSpread() throws {
        let summary = try XCTUnwrap(SeedSummary([0.42]))
        XCTAssertEqual(summary.mean, 0.42)
        XCTAssertNil(summary.std)
        XCTAssertNil(summary.sem)
    }

    func testSpreadIsPreciseWhenTinyAgainstTheMean() throws {
        // Losses over seeds often agree to many digits; a one-pass formula would lose them.
        let summary = try XCTUnwrap(SeedSummary([1e8 + 1, 1e8 + 2, 1e8 + 3]))
        XCTAssertEqual(try XCTUnwrap(summary.std), 1, accuracy: 1e-9)
    }
}
