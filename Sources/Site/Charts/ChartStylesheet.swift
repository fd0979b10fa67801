/// CSS carried inside every chart's SVG. Inline SVG styles apply to the whole page, so every
/// selector is scoped under `.lb-chart` and every class starts with `lb-`; repeating the block
/// for each chart on a page is harmless. Colours come from the page's --fg, --muted, --rule and
/// --bg when the chart is inlined in a labbook page, with the theme's own values as fallbacks
/// when the SVG is opened on its own.
enum ChartStylesheet {
    static let css: String = {
        var rules = [
            ".lb-chart{max-width:100%;height:auto;font-family:system-ui,-apple-system,\"Segoe UI\",\"DejaVu Sans\",Helvetica,Arial,sans-serif;font-variant-numeric:tabular-nums;--lb-fg:var(--fg,#1d1d1b);--lb-muted:var(--muted,#6b6b66);--lb-rule:var(--rule,#d9d6c8);--lb-bg:var(--bg,#fffff8);color:var(--lb-fg)}",
            ".lb-chart text{fill:var(--lb-fg);stroke:none;font-size:\(Int(ChartMetrics.tickFontSize))px}",
            ".lb-chart .lb-tick-label{fill:var(--lb-muted)}",
            ".lb-chart .lb-axis-label{font-size:\(Int(ChartMetrics.labelFontSize))px}",
            ".lb-chart .lb-title{font-size:\(Int(ChartMetrics.titleFontSize))px;font-weight:600}",
            ".lb-chart .lb-no-data{fill:var(--lb-muted);font-size:14px}",
            ".lb-chart .lb-grid{stroke:var(--lb-rule);stroke-width:1}",
            ".lb-chart .lb-axis,.lb-chart .lb-tick{stroke:var(--lb-muted);stroke-width:1}",
            ".lb-chart .lb-frame{fill:none;stroke:var(--lb-rule)}",
            ".lb-chart .lb-mark{fill:currentColor;stroke:currentColor;stroke-width:1}",
            ".lb-chart .lb-mark.lb-hollow{fill:var(--lb-bg);stroke-width:1.6}",
            ".lb-chart .lb-hover{fill:transparent;stroke:none}",
            ".lb-chart .lb-line{fill:none;stroke:currentColor;stroke-width:1.5;stroke-linejoin:round}",
            ".lb-chart .lb-join{stroke-width:1;stroke-opacity:0.45}",
            ".lb-chart .lb-fit{fill:none;stroke:currentColor;stroke-width:2.4;stroke-linecap:round}",
            ".lb-chart .lb-extrapolated{stroke-dasharray:6 4;stroke-linecap:butt}",
            ".lb-chart .lb-errorbar{stroke:currentColor;stroke-width:1.2}",
            ".lb-chart .lb-band{fill:currentColor;fill-opacity:0.18;stroke:none}",
            ".lb-chart .lb-residual{stroke:currentColor;stroke-width:1;stroke-dasharray:2 2}",
            ".lb-chart .lb-prediction{fill:none;stroke:currentColor;stroke-width:1.8}",
            ".lb-chart .lb-diverged{fill:none;stroke:currentColor;stroke-width:1.6;stroke-linecap:round;stroke-linejoin:round}",
            ".lb-chart .lb-neutral{color:var(--lb-muted)}",
            ".lb-chart .lb-legend-box{fill:var(--lb-bg);fill-opacity:0.9;stroke:var(--lb-rule)}",
            ".lb-chart .lb-missing{fill:var(--lb-bg)}",
            // Without crisp edges, anti-aliasing leaves hairline seams of background between cells.
            ".lb-chart .lb-cell,.lb-chart .lb-ramp{shape-rendering:crispEdges}",
            ".lb-chart .lb-frame-missing{stroke:var(--lb-muted)}",
            ".lb-chart .lb-hatch{stroke:var(--lb-muted);stroke-width:1}",
            ".lb-chart .lb-best{fill:none;stroke-width:2}",
            ".lb-chart .lb-on-dark{stroke:#ffffff}",
            ".lb-chart .lb-on-light{stroke:#1d1d1b}",
            ".lb-chart text.lb-cell-value{font-size:\(Int(ChartMetrics.cellFontSize))px}",
            ".lb-chart text.lb-on-dark{fill:#ffffff;stroke:none}",
            ".lb-chart text.lb-on-light{fill:#1d1d1b;stroke:none}",
            ".lb-chart .lb-best-sample{fill:var(--lb-bg);stroke:var(--lb-fg)}",
        ]
        rules += ChartPalette.colors.enumerated().map { i, color in ".lb-chart .lb-k\(i){color:\(color)}" }
        // Last, so that it wins over the light rules of equal specificity.
        rules.append("@media (prefers-color-scheme:dark){.lb-chart{--lb-fg:var(--fg,#e4e2da);--lb-muted:var(--muted,#9d9b92);--lb-rule:var(--rule,#3a3934);--lb-bg:var(--bg,#161614)}\(darkPalette)}")
        return rules.joined(separator: "\n")
    }()

    private static var darkPalette: String {
        ChartPalette.darkOverrides.keys.sorted().map { ".lb-chart .lb-k\($0){color:\(ChartPalette.darkOverrides[$0]!)}" }.joined()
    }

    static var element: String {
        "<style>\n\(css)\n</style>"
    }
}
