import XCTest
import Foundation
import Analysis

final class PowerLawTests: XCTestCase {
    func testExactDataGiveExactParameters() throws {
        let points = doublings(from: 64, count: 5).map { Observation(x: $0, y: 5 * pow($0, -0.3)) }
        let fit = try PowerLaw.fit(points, bootstrap: .none)
        XCTAssertEqual(fit.law.A, 5, accuracy: 1e-9)
        XCTAssertEqual(fit.law.b, 0.3, accuracy: 1e-12)
        XCTAssertEqual(fit.rmsLogResidual, 0, accuracy: 1e-12)
        XCTAssertEqual(fit.xRange, 64...1024)
        XCTAssertEqual(fit.resampling, .none)
        XCTAssertTrue(fit.intervals.isEmpty)
    }

    func testRecoversExponentFromNoisySeeds() throws {
        // Widths 64…4096, 3 seeds, 2% seed noise. The exponent's standard error is
        // 0.02 / √(Σ(ln x − mean)²) ≈ 0.003 (0.0026 over 40 synthetic data sets), so ±0.015 is
        // five standard errors; A is correlated with b through the centre of ln x, hence 10%.
        let points = noisyCurve({ 5 * pow($0, -0.3) }, xs: doublings(from: 64, count: 7), seeds: 3, noise: 0.02, dataSeed: 1)
        let fit = try PowerLaw.fit(points, bootstrap: BootstrapOptions(resamples: 200, seed: 1))
        XCTAssertEqual(fit.law.b, 0.3, accuracy: 0.015)
        XCTAssertEqual(fit.law.A, 5, accuracy: 0.5)
        XCTAssertEqual(fit.seedCount, 3)
        // t intervals from the residuals of the seven widths' means (two parameters, five df),
        // widened to hold the bootstrap over the three seeds.
        XCTAssertEqual(fit.method, IntervalMethod(points: 7, degreesOfFreedom: 5, seedResamples: 200))
        XCTAssertEqual(fit.resampling, .seeds)
        let b = try XCTUnwrap(fit.intervals["b"])
        XCTAssertTrue(b.contains(fit.law.b))
        XCTAssertLessThan(b.width, 0.05)
    }

    func testIntervalsNarrowWithLessNoise() throws {
        let xs = doublings(from: 64, count: 7)
        let noisy = try PowerLaw.fit(noisyCurve({ 5 * pow($0, -0.3) }, xs: xs, seeds: 4, noise: 0.04, dataSeed: 2),
                                     bootstrap: BootstrapOptions(resamples: 200))
        let quiet = try PowerLaw.fit(noisyCurve({ 5 * pow($0, -0.3) }, xs: xs, seeds: 4, noise: 0.01, dataSeed: 2),
                                     bootstrap: BootstrapOptions(resamples: 200))
        XCTAssertLessThan(try XCTUnwrap(quiet.intervals["b"]).width, try XCTUnwrap(noisy.intervals["b"]).width / 2)
    }

    func testIntervalsAreReproducible() throws {
        let points = noisyCurve({ 2 * pow($0, -0.5) }, xs: doublings(from: 8, count: 6), seeds: 3, noise: 0.03, dataSeed: 3)
        let a = try PowerLaw.fit(points, bootstrap: BootstrapOptions(resamples: 200, seed: 42))
        let b = try PowerLaw.fit(points.reversed(), bootstrap: BootstrapOptions(resamples: 200, seed: 42))
        // Input order does not matter either.
        XCTAssertEqual(a.intervals, b.intervals)
    }

    func testOneSeedStillGetsIntervalsFromItsPoints() throws {
        let points = noisyCurve({ 2 * pow($0, -0.5) }, xs: doublings(from: 8, count: 8), seeds: 1, noise: 0.03, dataSeed: 4)
        let fit = try PowerLaw.fit(points, bootstrap: BootstrapOptions(resamples: 200))
        XCTAssertEqual(fit.method, IntervalMethod(points: 8, degreesOfFreedom: 6, seedResamples: 200))
        XCTAssertEqual(fit.resampling, .points, "one seed: the bootstrap draws points")
        XCTAssertTrue(try XCTUnwrap(fit.intervals["b"]).contains(0.5))
    }

    func testDivergedRunsAreLeftOutAndBadInputIsAnError() throws {
        var points = doublings(from: 64, count: 4).map { Observation(x: $0, y: 5 * pow($0, -0.3)) }
        points.append(Observation(x: 2048, y: .nan))
        let fit = try PowerLaw.fit(points, bootstrap: .none)
        XCTAssertEqual(fit.excludedCount, 1)
        XCTAssertEqual(fit.observationCount, 4)
        XCTAssertEqual(fit.law.b, 0.3, accuracy: 1e-12)

        XCTAssertThrowsError(try PowerLaw.fit([Observation(x: 64, y: 1), Observation(x: 64, y: 1.1)])) {
            XCTAssertEqual($0 as? FitError, .tooFewDistinctValues(needed: 2, got: 1))
        }
        XCTAssertThrowsError(try PowerLaw.fit([Observation(x: 64, y: 1), Observation(x: 128, y: 0)])) {
            XCTAssertEqual($0 as? FitError, .nonPositive(variable: "y", value: 0))
        }
    }

    func testFormulaShowsTheNumbers() {
        XCTAssertEqual(PowerLaw(A: 3.4172, b: 0.3204).formula, "L = 3.42·x^−0.32")
        XCTAssertEqual(PowerLaw(A: 3.4172, b: 0.3204).formula(x: "width", y: "test_loss"), "test_loss = 3.42·width^−0.32")
        XCTAssertEqual(PowerLawWithOffset(E: 0.21, A: 3.4, b: 0.32).formula, "L = 0.21 + 3.4·x^−0.32")
        XCTAssertEqual(ChinchillaLaw(E: 1.69, A: 406.4, alpha: 0.34, B: 410.7, beta: 0.28).formula,
                       "L = 1.69 + 406/N^0.34 + 411/D^0.28")
        XCTAssertEqual(PowerLaw(A: 123_456_789, b: 1).formula, "L = 1.23e8·x^−1")
    }
}
