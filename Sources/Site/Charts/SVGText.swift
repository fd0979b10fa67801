/// Small pieces of SVG text. Coordinates have one decimal, built from integers, so output is
/// byte-identical across runs and never says NaN or inf.
enum SVGText {
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        return magnitude % 10 == 0 ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }

    static func escape(_ text: String) -> String {
        HTML.escape(text)
    }

    /// `M x y L x y …` through the given points.
    static func path(_ points: [(x: Double, y: Double)]) -> String {
        points.enumerated().map { i, p in
            "\(i == 0 ? "M" : "L")\(number(p.x)) \(number(p.y))"
        }.joined(separator: " ")
    }

    static func title(_ text: String) -> String {
        "<title>\(escape(text))</title>"
    }

    static func text(_ content: String, x: Double, y: Double, className: String,
                     anchor: String? = nil, extra: String = "") -> String {
        let anchorAttribute = anchor.map { " text-anchor=\"\($0)\"" } ?? ""
        return "<text class=\"\(className)\" x=\"\(number(x))\" y=\"\(number(y))\"\(anchorAttribute)\(extra)>\(escape(content))</text>"
    }

    static func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, className: String) -> String {
        "<line class=\"\(className)\" x1=\"\(number(x1))\" y1=\"\(number(y1))\" x2=\"\(number(x2))\" y2=\"\(number(y2))\"/>"
    }

    /// A rectangle; `children` (a `<title>`) makes it a container element.
    static func rect(x: Double, y: Double, width: Double, height: Double, className: String,
                     extra: String = "", children: String? = nil) -> String {
        let open = "<rect class=\"\(className)\" x=\"\(number(x))\" y=\"\(number(y))\" width=\"\(number(max(0, width)))\" height=\"\(number(max(0, height)))\"\(extra)"
        return children.map { "\(open)>\($0)</rect>" } ?? "\(open)/>"
    }
}
