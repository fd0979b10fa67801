import Foundation
import Testing
@testable import Site

/// Writes the fixture charts into an HTML page styled like a labbook page, for looking at in a
/// browser: `LABBOOK_CHART_PREVIEW=/tmp/charts.html swift test --filter ChartsPreview`, then
/// `chromium --headless --screenshot … file:///tmp/charts.html` (add `--force-dark-mode`).
@Suite struct ChartsPreviewTests {
    @Test func previewPageHoldsEveryFixtureOnce() throws {
        let figures = ChartsFixtures.all.map { "<figure><figcaption>\($0.name)</figcaption>\n\($0.svg)</figure>" }
        let page = """
        <!doctype html><html><head><meta charset="utf-8"><style>
        :root { --bg: #fffff8; --fg: #1d1d1b; --muted: #6b6b66; --rule: #d9d6c8; color-scheme: light dark; }
        @media (prefers-color-scheme: dark) { :root { --bg: #161614; --fg: #e4e2da; --muted: #9d9b92; --rule: #3a3934; } }
        body { background: var(--bg); color: var(--fg); margin: 1rem; font-family: Georgia, serif; }
        figure { display: inline-block; margin: 0 1rem 1rem 0; vertical-align: top; width: 640px; }
        figcaption { font-size: 0.8rem; color: var(--muted); }
        </style></head><body>
        \(figures.joined(separator: "\n"))
        </body></html>
        """
        // Every fixture chart is on the page exactly once, each a whole <svg> element.
        for fixture in ChartsFixtures.all {
            #expect(page.components(separatedBy: fixture.svg).count == 2, "\(fixture.name)")
        }
        #expect(page.components(separatedBy: "<svg").count - 1 == ChartsFixtures.all.count)
        #expect(page.components(separatedBy: "</svg>").count - 1 == ChartsFixtures.all.count)
        if let path = ProcessInfo.processInfo.environment["LABBOOK_CHART_PREVIEW"] {
            try page.write(toFile: path, atomically: true, encoding: .utf8)
        }
    }
}
