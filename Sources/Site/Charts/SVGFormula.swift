import Numerics

/// A fitted law as SVG text, its exponents raised (`width^−0.0618` shows −0.0618 as a
/// superscript): KaTeX has no place inside an SVG, and a caret is not how a law is written.
enum SVGFormula {
    /// `<text>` like `SVGText.text`, each `^exponent` (up to the next space or closing bracket) a
    /// smaller tspan lifted by a fixed amount and the text after it set back on the baseline.
    static func text(_ content: String, x: Double, y: Double, className: String, fontSize: Double) -> String {
        guard content.contains("^") else { return SVGText.text(content, x: x, y: y, className: className) }
        let lift = NumberFormat.svgCoordinate.string(fontSize * 0.4), size = NumberFormat.svgCoordinate.string(fontSize * 0.75)
        var markup = ""
        var rest = Substring(content)
        while let caret = rest.firstIndex(of: "^") {
            markup += SVGText.escape(String(rest[..<caret]))
            let exponentStart = rest.index(after: caret)
            let exponentEnd = rest[exponentStart...].firstIndex { $0 == " " || $0 == ")" || $0 == "," } ?? rest.endIndex
            markup += "<tspan dy=\"-\(lift)\" font-size=\"\(size)\">\(SVGText.escape(String(rest[exponentStart..<exponentEnd])))</tspan>"
            rest = rest[exponentEnd...]
            if !rest.isEmpty { markup += "<tspan dy=\"\(lift)\">" + SVGText.escape(String(rest.prefix { $0 != "^" })) + "</tspan>"; rest = rest.drop { $0 != "^" } }
        }
        markup += SVGText.escape(String(rest))
        return "<text class=\"\(className)\" x=\"\(NumberFormat.svgCoordinate.string(x))\" y=\"\(NumberFormat.svgCoordinate.string(y))\">\(markup)</text>"
    }
}
