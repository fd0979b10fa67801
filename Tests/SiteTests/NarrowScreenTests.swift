import Foundation
import Testing
@testable import Site

/// On a phone a 640 px chart scaled into the column has 5 px text: instead the figure spans the
/// screen and its chart, never scaled below its natural size, scrolls sideways.
@Suite struct NarrowScreenTests {
    var css: String { EmbeddedTheme.files["style.css"] ?? "" }

    /// The rules inside the first `@media (max-width: …)` block that mentions `.figure-body`.
    var narrowRules: String {
        let blocks = css.components(separatedBy: "@media (max-width:").dropFirst()
        return blocks.first { $0.contains(".figure-body") } ?? ""
    }

    @Test func figuresLoseTheBrowsersIndents() {
        #expect(css.contains("figure.plot, figure.table { margin: 1.2rem 0; }"))
    }

    @Test func onANarrowScreenAChartKeepsItsNaturalSizeAndScrolls() {
        #expect(narrowRules.contains("figure .figure-body { overflow-x: auto; }"))
        #expect(narrowRules.contains("figure .figure-body > svg.lb-chart { max-width: none;"))
        #expect(narrowRules.contains("margin-left: -1.5rem; margin-right: -1.5rem;"), "the figure spans the screen")
    }

    @Test func theFigureTemplateWrapsTheChartInItsScrollingBody() {
        let template = EmbeddedTheme.files["figure.mustache"] ?? ""
        #expect(template.contains("<div class=\"figure-body\">\n{{{svg}}}\n</div>"))
    }

    @Test func chartTextIsAtLeastElevenPixelsAtNaturalSize() {
        #expect(ChartMetrics.tickFontSize >= 11 && ChartMetrics.legendFontSize >= 11)
        #expect(ChartStylesheet.css.contains("text.lb-cell-value{font-size:11px}"))
    }
}
