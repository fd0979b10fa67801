import Analysis
import Foundation
import Numerics
import XCTest

/// Do nominal 95% intervals cover the truth 95% of the time with the seeds a notebook has?
/// Synthetic studies like the sweeps in notes/: 3 seeds, 5–7 widths doubling from 64, each seed's
/// loss off the law by log-normal noise of 3% (the spread between seeds in the notebook's
/// width sweeps), plus an effect of 1.5% shared by all seeds at one width (what one width's
/// learning rate or data order does to all of them). Fitted through `CurveLaw.fit` with the
/// options the site's figures use.
final class IntervalCalibrationTests: XCTestCase {
    static let studies = 200
    static let seedNoise = 0.03, sharedNoise = 0.015

    struct Study {
        var observations: [Observation]
        var truth: [String: Double]
    }

    static func studies(_ form: CurveLaw.Form) -> [Study] {
        (0..<studies).map { index in
            var rng = SplitMix64(seed: UInt64(index) &+ (form == .powerLaw ? 0 : 1_000_000))
            let xs = doublings(from: 64, count: 5 + index % 3)
            let truth: [String: Double] = form == .powerLaw ? ["A": 5, "b": 0.3] : ["E": 0.3, "A": 3, "b": 0.5]
            let law = { (x: Double) in (truth["E"] ?? 0) + truth["A"]! * pow(x, -truth["b"]!) }
            var observations: [Observation] = []
            for x in xs {
                let shared = sharedNoise * normal(&rng)
                for seed in 0..<3 {
                    observations.append(Observation(x: x, y: law(x) * exp(shared + seedNoise * normal(&rng)), seed: seed))
                }
            }
            return Study(observations: observations, truth: truth)
        }
    }

    /// Covered fraction and its binomial standard error, √(p(1−p)/n).
    static func coverage(_ hits: [Bool]) -> (p: Double, se: Double) {
        let p = Double(hits.filter { $0 }.count) / Double(hits.count)
        return (p, (p * (1 - p) / Double(hits.count)).squareRoot())
    }

    static func report(_ label: String, _ hits: [Bool]) -> Double {
        let (p, se) = coverage(hits)
        print("calibration \(label): coverage \(String(format: "%.3f", p)) ± \(String(format: "%.3f", se)) over \(hits.count) studies")
        return p
    }

    func check(_ form: CurveLaw.Form) throws {
        let options = BootstrapOptions(resamples: 200, level: 0.95, seed: 0)
        var site: [String: [Bool]] = [:], old: [String: [Bool]] = [:]
        for study in Self.studies(form) {
            // What a figure quotes: t intervals widened to hold the bootstrap over seeds.
            let fit = try CurveLaw.fit(form, to: study.observations, bootstrap: options)
            XCTAssertEqual(fit.method?.degreesOfFreedom, Set(study.observations.map(\.x)).count - fit.parameterNames.count)
            XCTAssertEqual(fit.method?.seedResamples, fit.resamples)
            // The seed bootstrap the fits used on its own before, run on the same study as part
            // of the fit: whole seeds drawn with replacement, refitted from the point estimate.
            let bootstrap = fit.bootstrapIntervals
            for (name, truth) in study.truth {
                site[name, default: []].append(fit.intervals[name]?.contains(truth) ?? false)
                old[name, default: []].append(bootstrap[name]?.contains(truth) ?? false)
            }
        }
        for name in site.keys.sorted() {
            let covered = Self.report("\(form.rawValue) \(name), t widened by the seed bootstrap (as quoted)", site[name]!)
            _ = Self.report("\(form.rawValue) \(name), old seed bootstrap alone (200 resamples)", old[name]!)
            if name == "b" { XCTAssertGreaterThanOrEqual(covered, 0.90, "nominal 95% intervals of the exponent") }
        }
    }

    func testStudentTQuantilesMatchTheTables() {
        // Two-sided 95% points of t (any statistics table, e.g. Abramowitz & Stegun table 26.10).
        for (df, t) in [(1, 12.706), (2, 4.303), (3, 3.182), (4, 2.776), (5, 2.571), (10, 2.228), (30, 2.042)] {
            XCTAssertEqual(StudentT.twoSidedQuantile(0.95, df: df), t, accuracy: 5e-4, "df \(df)")
        }
        XCTAssertEqual(StudentT.twoSidedQuantile(0.95, df: 1000), 1.962, accuracy: 1e-3)
    }

    func testPowerLawExponentIntervalsCoverTheTruth() throws {
        try check(.powerLaw)
    }

    func testPowerLawWithOffsetExponentIntervalsCoverTheTruth() throws {
        try check(.powerLawWithOffset)
    }
}
