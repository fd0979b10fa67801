import Numerics

/// Trials that diverged at an x have no value to plot, so they are marked where a reader looks
/// for the point: an arrow at the top edge of the plot (off the scale), in the series' colour,
/// its hover text saying which trials they were.
package struct DivergedMark: Sendable, Hashable {
    package var x: Double
    /// Hover text, e.g. `width = 1024: 2 of 3 seeds diverged`.
    package var label: String

    package init(x: Double, label: String) {
        self.x = x
        self.label = label
    }

    /// The arrow with its tip `tipY` at x; distinct from the markers and the prediction's ×.
    static func svg(x: Double, tipY: Double, title: String?) -> String {
        let f = NumberFormat.svgCoordinate.string
        let d = "M\(f(x)) \(f(tipY + 11)) L\(f(x)) \(f(tipY)) M\(f(x - 3.5)) \(f(tipY + 4)) L\(f(x)) \(f(tipY)) L\(f(x + 3.5)) \(f(tipY + 4))"
        let open = "<path class=\"lb-diverged\" d=\"\(d)\""
        return title.map { "\(open)>\(SVGText.title($0))</path>" } ?? "\(open)/>"
    }
}
