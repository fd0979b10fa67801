import Numerics
import Testing

/// Each style as the pages use it today. Where two styles write the same number differently
/// for a similar job (a fit parameter in a formula and in prose, a point's hover text from a
/// figure and from a chart), both are pinned here: changing one is a visible decision.
@Suite struct NumberFormatTests {
    @Test func quotedValuesKeepFourDigitsAndWholeNumbers() {
        let quoted = NumberFormat.quoted
        #expect([0, 64, -3, 0.352149, 12345.6, 2.5e6, 1.5e7, 0.0005, 0.001].map(quoted.string)
                == ["0", "64", "-3", "0.3521", "1.235e+04", "2500000", "1.500e+07", "5.000e-04", "0.001"])
        #expect(NumberFormat.quoted(digits: 3).string(0.352149) == "0.352")
        #expect(NumberFormat.quoted(digits: 2).string(0.0123) == "0.012")
        #expect([Double.nan, .infinity, -.infinity].map(quoted.string) == ["NaN", "∞", "−∞"])
    }

    @Test func spreadsAndIntervals() {
        #expect(NumberFormat.withSpread(0.41234, 0.00812) == "0.4123 ± 0.0081")
        #expect(NumberFormat.withSpread(12.5, 0) == "12.5 ± 0")
        #expect(NumberFormat.withSpread(0.5, .nan) == "0.5")
        #expect(NumberFormat.interval(0.25612, 0.41349) == "[0.256, 0.413]")
    }

    @Test func formulasUseATrueMinusAndShortExponents() {
        let formula = NumberFormat.formula
        #expect([0, -0.5, 0.352149, 12345.6, 2.5e6, 0.0005, -2.5e-5].map(formula.string)
                == ["0", "−0.5", "0.352", "12346", "2.5e6", "5e−4", "−2.5e−5"])
    }

    /// The same fitted exponent reads `−0.5` in a law's formula and `-0.5` among quoted values.
    @Test func formulaAndQuotedDisagreeOnSignAndExponents() {
        #expect(NumberFormat.formula.string(-0.5) != NumberFormat.quoted(digits: 3).string(-0.5))
        #expect(NumberFormat.formula.string(0.0005) == "5e−4")
        #expect(NumberFormat.quoted(digits: 3).string(0.0005) == "5.00e-04")
    }

    @Test func configValuesAreWrittenAsInDirectives() {
        let config = NumberFormat.configValue
        #expect([0.001, 0.03, 0.5, 64, 2.5e6, -2.5e-5, 0.352149].map(config.string)
                == ["1e-3", "3e-2", "0.5", "64", "2.5e6", "-2.5e-5", "0.352149"])
        // Written, not a trap (the old shortNumber stopped the process on ±∞).
        #expect([Double.infinity, -.infinity, .nan].map(config.string) == ["inf", "-inf", "nan"])
    }

    @Test func svgCoordinatesHaveOneDecimalAndNeverSayNaN() {
        let svg = NumberFormat.svgCoordinate
        #expect([0, 12.34, -7.25, -0.04, 100, 0.05].map(svg.string) == ["0", "12.3", "-7.3", "0", "100", "0.1"])
        #expect([Double.nan, .infinity].map(svg.string) == ["0", "0"])
    }

    @Test func chartLabelsAgreeAcrossASet() {
        #expect(NumberFormat.label.strings([64, 1024]) == ["64", "1024"])
        #expect(NumberFormat.label.strings([0.001, 64]) == ["0.001", "64"])
        #expect(NumberFormat.label.strings([1e-4, 64]) == ["10⁻⁴", "6.4×10¹"])
        #expect(NumberFormat.hover.string(0.352149) == "0.3521")
        #expect(NumberFormat.cell.strings([0.95, 0.99996, 0.5]) == ["0.950", "1.00", "0.500"])
        #expect(NumberFormat.label.string(.nan) == "–")
    }

    @Test func ticksTakeTheirDecimalsFromTheStep() {
        #expect(NumberFormat.tick(step: 0.02).strings([0, 0.02, 0.04]) == ["0.00", "0.02", "0.04"])
        #expect(NumberFormat.tick(step: nil).strings([1e-4, 1e-3, 1e-2]) == ["10⁻⁴", "10⁻³", "10⁻²"])
        #expect(NumberFormat.tick(step: nil).strings([10, 100, 1000]) == ["10", "100", "1000"])
    }

    /// A point's hover text: `1.235e+04` when a figure wrote it, `12346` when the chart did.
    @Test func figureAndChartHoverTextDisagree() {
        #expect(NumberFormat.quoted.string(12345.6) == "1.235e+04")
        #expect(NumberFormat.hover.string(12345.6) == "12346")
    }
}
