import Foundation
import Testing
@testable import Notes
@testable import Site

/// Strikethrough, bare-URL autolinks and footnotes-as-sidenotes, as pages show them.
@Suite struct GFMInlineTests {
    func page(_ markdown: String) throws -> String {
        let site = try TestNotebook(["notes/t.md": "---\ntitle: t\n---\n" + markdown + "\n"]).render()
        return try #require(site.page("notes/t.html"))
    }

    @Test func strikethrough() throws {
        let html = try page("~~gone~~ and ~one~, ~~*both* ways~~, `~~code~~`, $a~b~c$ and a ~~~ run~~~ and x ~~ y ~~")
        #expect(html.contains("<p><del>gone</del> and <del>one</del>, <del><em>both</em> ways</del>, <code>~~code~~</code>"))
        #expect(html.contains("a ~~~ run~~~ and x ~~ y ~~</p>"))
    }

    @Test func bareURLs() throws {
        let html = try page("See https://example.org/a_b?x=1. Or (www.commonmark.org/he<lp). And [https://x.org](https://y.org), `https://z.org`, http://localhost and www.a_b.c_d.")
        #expect(html.contains("See <a href=\"https://example.org/a_b?x=1\">https://example.org/a_b?x=1</a>. Or"))
        #expect(html.contains("(<a href=\"http://www.commonmark.org/he\">www.commonmark.org/he</a>&lt;lp)"))
        #expect(html.contains("<a href=\"https://y.org\">https://x.org</a>, <code>https://z.org</code>, http://localhost and www.a_b.c_d.</p>"))
    }

    @Test func footnotesAreSidenotesNumberedWithTheOthers() throws {
        let html = try page("""
        One{{% sidenote %}}first{{% /sidenote %}} and two.[^a] Three[^long].

        [^a]: The *second* note, with $x$.
        [^long]: A note on
            two lines.

            And a second paragraph.

        After.
        """)
        #expect(html.contains("<span class=\"sidenote\">first</span>"))
        #expect(html.contains("id=\"sn-t-2\" class=\"margin-toggle\"><span class=\"sidenote\">The <em>second</em> note, with <span class=\"katex"))
        #expect(html.contains("id=\"sn-t-3\" class=\"margin-toggle\"><span class=\"sidenote\">A note on\ntwo lines.<br>\nAnd a second paragraph.</span>"))
        #expect(!html.contains("[^"))
        #expect(html.contains("<p>After.</p>"))
    }
}
