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

    /// Long texts are searched sixteen bytes at a time: a character to escape is found wherever it is.
    @Test func aCharacterToEscapeIsFoundAtAnyPlaceOfALongText() {
        for length in [15, 16, 17, 31, 32, 33, 100] {
            for place in 0..<length {
                for special in ["&", "<", ">", "\"", "'"] {
                    var characters = Array(repeating: "a", count: length)
                    characters[place] = special
                    let text = characters.joined()
                    let expected = text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                        .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
                    #expect(HTML.escape(text) == expected, "\(text)")
                    #expect(HTML.escape(text, apostrophes: true) == expected.replacingOccurrences(of: "'", with: "&#39;"), "\(text)")
                }
            }
        }
    }
}
