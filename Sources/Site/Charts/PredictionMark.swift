import Numerics

/// The fit's predicted value at a held-out x: a small ×, distinct from every marker shape.
enum PredictionMark {
    static func svg(x: Double, y: Double, title: String?) -> String {
        let s = 3.5
        let d = "M\(NumberFormat.svgCoordinate.string(x - s)) \(NumberFormat.svgCoordinate.string(y - s)) L\(NumberFormat.svgCoordinate.string(x + s)) \(NumberFormat.svgCoordinate.string(y + s)) M\(NumberFormat.svgCoordinate.string(x - s)) \(NumberFormat.svgCoordinate.string(y + s)) L\(NumberFormat.svgCoordinate.string(x + s)) \(NumberFormat.svgCoordinate.string(y - s))"
        let open = "<path class=\"lb-prediction\" d=\"\(d)\""
        return title.map { "\(open)>\(SVGText.title($0))</path>" } ?? "\(open)/>"
    }
}
