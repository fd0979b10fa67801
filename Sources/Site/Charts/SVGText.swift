import Numerics

/// Small pieces of SVG text. Coordinates are written as `NumberFormat.svgCoordinate`, so output
/// is byte-identical across runs and never says NaN or inf.
enum SVGText {
    static func escape(_ text: String) -> String {
        HTML.escape(text)
    }

    /// `M x y L x y …` through the given points.
    static func path(_ points: [(x: Double, y: Double)]) -> String {
        points.enumerated().map { i, p in
            "\(i == 0 ? "M" : "L")\(NumberFormat.svgCoordinate.string(p.x)) \(NumberFormat.svgCoordinate.string(p.y))"
        }.joined(separator: " ")
    }

    static func title(_ text: String) -> String {
        "<title>\(escape(text))</title>"
    }

    static func text(_ content: String, x: Double, y: Double, className: String,
                     anchor: String? = nil, extra: String = "") -> String {
        let anchorAttribute = anchor.map { " text-anchor=\"\($0)\"" } ?? ""
        return "<text class=\"\(className)\" x=\"\(NumberFormat.svgCoordinate.string(x))\" y=\"\(NumberFormat.svgCoordinate.string(y))\"\(anchorAttribute)\(extra)>\(escape(content))</text>"
    }

    static func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, className: String) -> String {
        "<line class=\"\(className)\" x1=\"\(NumberFormat.svgCoordinate.string(x1))\" y1=\"\(NumberFormat.svgCoordinate.string(y1))\" x2=\"\(NumberFormat.svgCoordinate.string(x2))\" y2=\"\(NumberFormat.svgCoordinate.string(y2))\"/>"
    }

    /// A rectangle; `children` (a `<title>`) makes it a container element.
    static func rect(x: Double, y: Double, width: Double, height: Double, className: String,
                     extra: String = "", children: String? = nil) -> String {
        let open = "<rect class=\"\(className)\" x=\"\(NumberFormat.svgCoordinate.string(x))\" y=\"\(NumberFormat.svgCoordinate.string(y))\" width=\"\(NumberFormat.svgCoordinate.string(max(0, width)))\" height=\"\(NumberFormat.svgCoordinate.string(max(0, height)))\"\(extra)"
        return children.map { "\(open)>\($0)</rect>" } ?? "\(open)/>"
    }
}
