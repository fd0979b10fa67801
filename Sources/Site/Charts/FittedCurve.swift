import Foundation

/// A fitted law drawn as a line: solid where it was fitted, dashed where it is extrapolated.
/// The curve is stored as samples so it stays a plain value; `init(…function:)` samples for you.
package struct FittedCurve: Sendable, Hashable {
    package struct Sample: Sendable, Hashable {
        package var x: Double
        package var y: Double
        package init(x: Double, y: Double) {
            self.x = x
            self.y = y
        }
    }

    /// Legend text, e.g. the formula with its fitted parameters.
    package var name: String
    package var samples: [Sample]
    /// The x range the fit saw: drawn solid.
    package var fittedRange: ClosedRange<Double>
    /// The x range to draw to (`extrapolate:`); parts outside `fittedRange` are dashed.
    package var extrapolatedRange: ClosedRange<Double>?
    /// Palette slot of the series this curve was fitted to.
    package var colorIndex: Int

    package init(name: String, samples: [Sample], fittedRange: ClosedRange<Double>,
                extrapolatedRange: ClosedRange<Double>? = nil, colorIndex: Int = 0) {
        self.name = name
        self.samples = samples.sorted { $0.x < $1.x }
        self.fittedRange = fittedRange
        self.extrapolatedRange = extrapolatedRange
        self.colorIndex = colorIndex
    }

    /// Samples `function` evenly on the x axis's scale (log-spaced for a log axis) over the
    /// fitted and extrapolated ranges together, including both ends of each range so the
    /// change from solid to dashed falls exactly on the fitted range's edge.
    package init(name: String, fittedRange: ClosedRange<Double>,
                extrapolatedRange: ClosedRange<Double>? = nil, colorIndex: Int = 0,
                xScale: AxisScale, sampleCount: Int = 160, function: (Double) -> Double) {
        let whole = extrapolatedRange.map {
            min($0.lowerBound, fittedRange.lowerBound)...max($0.upperBound, fittedRange.upperBound)
        } ?? fittedRange
        var xs = [whole.lowerBound, whole.upperBound, fittedRange.lowerBound, fittedRange.upperBound]
        if let lo = xScale.transform(whole.lowerBound), let hi = xScale.transform(whole.upperBound),
           sampleCount > 1 {
            for i in 0..<sampleCount {
                xs.append(xScale.inverse(lo + (hi - lo) * Double(i) / Double(sampleCount - 1)))
            }
        }
        let unique = Set(xs.filter(\.isFinite)).sorted()
        self.init(name: name, samples: unique.map { Sample(x: $0, y: function($0)) },
                  fittedRange: fittedRange, extrapolatedRange: extrapolatedRange, colorIndex: colorIndex)
    }
}
