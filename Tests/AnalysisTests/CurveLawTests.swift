import XCTest
import Foundation
import Analysis

final class CurveLawTests: XCTestCase {
    func testDirectiveNamesChooseTheForm() throws {
        XCTAssertEqual(CurveLaw.Form(rawValue: "power-law"), .powerLaw)
        XCTAssertEqual(CurveLaw.Form(rawValue: "power-law+offset"), .powerLawWithOffset)
        XCTAssertNil(CurveLaw.Form(rawValue: "powerlaw"))
        XCTAssertEqual(CurveLaw.Form.allCases.map(\.rawValue), ["power-law", "power-law+offset"])
    }

    func testWrappedFitIsTheTypedFit() throws {
        let points = noisyCurve({ 0.3 + 4 * pow($0, -0.5) }, xs: doublings(from: 16, count: 6), seeds: 2, noise: 0.01, dataSeed: 9)
        let options = BootstrapOptions(resamples: 50, seed: 3)
        let wrapped = try CurveLaw.fit(.powerLawWithOffset, to: points, bootstrap: options)
        let typed = try PowerLawWithOffset.fit(points, bootstrap: options)
        XCTAssertEqual(wrapped.law, .powerLawWithOffset(typed.law))
        XCTAssertEqual(wrapped.law.form, .powerLawWithOffset)
        XCTAssertEqual(wrapped.parameters, typed.parameters)
        XCTAssertEqual(wrapped.intervals, typed.intervals)
        XCTAssertEqual(wrapped.parameterNames, ["E", "A", "b"])
        XCTAssertEqual(wrapped.predict(100), typed.law.predict(100))
        XCTAssertEqual(wrapped.formula(x: "width", y: "test_loss"), typed.law.formula(x: "width", y: "test_loss"))
        XCTAssertEqual(wrapped.formula, typed.law.formula)
        XCTAssertTrue(wrapped.formula.hasPrefix("L = 0.") && wrapped.formula.contains("·x^−0."), wrapped.formula)
    }
}
