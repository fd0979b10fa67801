import Numerics

/// The outer `<svg>` shared by charts and heatmaps: size, viewBox, accessibility, stylesheet.
enum ChartEnvelope {
    static func wrap(_ body: String, width: Double, height: Double, accessibleTitle: String, summary: String) -> String {
        let w = NumberFormat.svgCoordinate.string(width), h = NumberFormat.svgCoordinate.string(height)
        return """
        <svg xmlns="http://www.w3.org/2000/svg" class="lb-chart" width="\(w)" height="\(h)" viewBox="0 0 \(w) \(h)" role="img">
        \(SVGText.title(accessibleTitle))
        <desc>\(SVGText.escape(summary))</desc>
        \(ChartStylesheet.element)
        \(body)
        </svg>

        """
    }

    static func heading(_ title: String, x: Double) -> String {
        SVGText.text(title, x: x, y: ChartLayout.outerPadding + ChartMetrics.titleFontSize, className: "lb-title")
    }

    /// An empty frame that says so, instead of axes with made-up ranges.
    static func noData(width: Double, height: Double, title: String?, accessibleTitle: String,
                       xLabel: String, yLabel: String) -> String {
        let top = ChartLayout.outerPadding + (title == nil ? 4 : ChartLayout.titleHeight)
        let left = ChartLayout.outerPadding + ChartMetrics.labelFontSize + 30
        let frameWidth = max(40, width - left - ChartLayout.outerPadding)
        let frameHeight = max(40, height - top - ChartLayout.bottomMargin)
        var body = [
            SVGText.rect(x: left, y: top, width: frameWidth, height: frameHeight, className: "lb-frame"),
            SVGText.text("no data", x: left + frameWidth / 2, y: top + frameHeight / 2 + 5,
                         className: "lb-no-data", anchor: "middle"),
            SVGText.text(xLabel, x: left + frameWidth / 2, y: top + frameHeight + 30, className: "lb-axis-label", anchor: "middle"),
        ]
        let yX = ChartLayout.outerPadding + ChartMetrics.labelFontSize, midY = top + frameHeight / 2
        body.append(SVGText.text(yLabel, x: yX, y: midY, className: "lb-axis-label", anchor: "middle",
                                 extra: " transform=\"rotate(-90 \(NumberFormat.svgCoordinate.string(yX)) \(NumberFormat.svgCoordinate.string(midY)))\""))
        if let title { body.append(heading(title, x: left)) }
        return wrap(body.joined(separator: "\n"), width: width, height: height,
                    accessibleTitle: accessibleTitle, summary: "\(accessibleTitle): no data")
    }
}
