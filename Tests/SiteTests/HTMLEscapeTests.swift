import Testing
@testable import Site

/// Text on a page and in attributes is escaped: the four characters of markup always, the
/// apostrophe where a template's `{{name}}` is (as Mustache escapes it).
@Suite struct HTMLEscapeTests {
    @Test func markupIsEscapedAndEverythingElseKept() {
        #expect(HTML.escape("<a href=\"x\">Tom & Jerry's é\u{301}</a>") == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry's é\u{301}&lt;/a&gt;")
        #expect(HTML.escape("it's <b>", apostrophes: true) == "it&#39;s &lt;b&gt;")
        #expect(HTML.escape("nothing to do, café") == "nothing to do, café")
        #expect(HTML.escape("") == "")
        #expect(HTML.escape("&") == "&amp;")
    }
}
