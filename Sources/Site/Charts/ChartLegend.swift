import Numerics

/// The key to a chart: one row per series and fitted curve, plus rows explaining the dashed
/// extrapolation and the held-out points when the chart has them.
struct ChartLegend: Sendable {
    enum Swatch: Sendable {
        case series(slot: Int, marker: Bool, line: Bool, band: Bool)
        case fit(slot: Int)
        case extrapolated
        case heldOut
        case prediction
        case diverged
    }

    struct Entry: Sendable {
        var swatch: Swatch
        var text: String
    }

    var entries: [Entry]

    static let swatchWidth = 24.0
    static let padding = 8.0

    init(_ data: ChartData) {
        var entries: [Entry] = []
        for s in data.series {
            entries.append(Entry(swatch: .series(slot: s.slot, marker: s.style != .lines,
                                                 line: s.style != .markers, band: s.band), text: s.name))
        }
        for c in data.curves {
            entries.append(Entry(swatch: .fit(slot: c.curve.colorIndex), text: c.curve.name))
        }
        if data.curves.contains(where: { c in c.samples.contains { !c.curve.fittedRange.contains($0.x) } }) {
            entries.append(Entry(swatch: .extrapolated, text: "extrapolated"))
        }
        if data.heldOutPoints {
            entries.append(Entry(swatch: .heldOut, text: "held out of the fit"))
            if data.series.contains(where: { s in
                s.points.contains { $0.hollow } && data.curve(forSlot: s.slot) != nil
            }) {
                entries.append(Entry(swatch: .prediction, text: "fit's prediction"))
            }
        }
        if data.divergedTrials {
            entries.append(Entry(swatch: .diverged, text: "diverged (no value)"))
        }
        // A lone series needs no key: the axis label already names it.
        if entries.count == 1, case .series = entries[0].swatch { entries = [] }
        self.entries = entries
    }

    /// Width of one column of entries, without the box's padding.
    var columnWidth: Double {
        let text = entries.map { AxisTicks.labelWidth($0.text, fontSize: ChartMetrics.legendFontSize) }.max() ?? 0
        return Self.swatchWidth + 6 + text
    }

    static let columnGap = 18.0

    func width(columns: Int = 1) -> Double {
        Self.padding * 2 + Double(columns) * columnWidth + Double(columns - 1) * Self.columnGap
    }

    func rows(columns: Int) -> Int {
        (entries.count + columns - 1) / max(1, columns)
    }

    func height(columns: Int = 1) -> Double {
        Double(rows(columns: columns)) * ChartMetrics.legendRowHeight + Self.padding
    }

    /// The legend with its top-left corner at (x, y), entries filling rows left to right. The
    /// box keeps it readable when it sits over the grid; outside the plot it is left off.
    func svg(x: Double, y: Double, columns: Int = 1, boxed: Bool = true) -> String {
        var out = ["<g class=\"lb-legend\">"]
        if boxed {
            out.append(SVGText.rect(x: x, y: y, width: width(columns: columns), height: height(columns: columns),
                                    className: "lb-legend-box", extra: " rx=\"3\""))
        }
        for (i, entry) in entries.enumerated() {
            let row = i / max(1, columns), column = i % max(1, columns)
            let rowY = y + Self.padding / 2 + ChartMetrics.legendRowHeight * (Double(row) + 0.5)
            let left = x + Self.padding + Double(column) * (columnWidth + Self.columnGap)
            out.append(swatch(entry.swatch, left: left, midY: rowY))
            out.append(SVGFormula.text(entry.text, x: left + Self.swatchWidth + 6, y: rowY + 4, className: "lb-legend-text",
                                       fontSize: ChartMetrics.tickFontSize))
        }
        out.append("</g>")
        return out.joined(separator: "\n")
    }

    private func swatch(_ swatch: Swatch, left: Double, midY: Double) -> String {
        let right = left + Self.swatchWidth
        let centre = left + Self.swatchWidth / 2
        let r = ChartMetrics.markerRadius
        switch swatch {
        case let .series(slot, marker, line, band):
            var parts: [String] = []
            if band {
                parts.append(SVGText.rect(x: left, y: midY - 5, width: Self.swatchWidth, height: 10, className: "lb-band"))
            }
            if line { parts.append(SVGText.line(left, midY, right, midY, className: ChartMarks.lineClass(marker ? .linesAndMarkers : .lines))) }
            if marker {
                parts.append(MarkerShape.forSeries(slot).svg(x: centre, y: midY, radius: r, className: "lb-mark", title: nil))
            }
            return "<g class=\"\(ChartPalette.className(slot))\">\(parts.joined())</g>"
        case let .fit(slot):
            return "<g class=\"\(ChartPalette.className(slot))\">\(SVGText.line(left, midY, right, midY, className: "lb-fit"))</g>"
        case .extrapolated:
            return "<g class=\"lb-neutral\">\(SVGText.line(left, midY, right, midY, className: "lb-fit lb-extrapolated"))</g>"
        case .heldOut:
            return "<g class=\"lb-neutral\">\(MarkerShape.circle.svg(x: centre, y: midY, radius: r, className: "lb-mark lb-hollow", title: nil))</g>"
        case .prediction:
            return "<g class=\"lb-neutral\">\(PredictionMark.svg(x: centre, y: midY, title: nil))</g>"
        case .diverged:
            return "<g class=\"lb-neutral\">\(DivergedMark.svg(x: centre, tipY: midY - 5.5, title: nil))</g>"
        }
    }
}
