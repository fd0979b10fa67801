import Testing
@testable import Notes

/// The byte searches every page goes through (placeholders, math markers, `~`): a wrong answer
/// would drop a sidenote or leave KaTeX's stylesheet off a page, so they agree with the standard
/// library's own search on every case here.
@Suite struct TextSearchTests {
    static let texts = ["", "a", "ab", "aab", "abab", "xxabx", "ab\u{301}c", "é~é", "~", "no tilde", "a\u{0}b", String(repeating: "ab", count: 300) + "abc"]
    static let needles = ["a", "ab", "abc", "ba", "b\u{301}", "~", "é", "\u{0}", "abab", "xab", String(repeating: "ab", count: 200) + "c"]

    @Test func aNeedleIsFoundWhereverItStartsAndOnlyThere() {
        for text in Self.texts {
            for needle in Self.needles {
                let expected = text.utf8.count >= needle.utf8.count
                    && (0...(text.utf8.count - needle.utf8.count)).contains { Array(text.utf8).dropFirst($0).starts(with: needle.utf8) }
                #expect(text.holds(needle) == expected, "\(text.debugDescription) holds \(needle.debugDescription)")
            }
            #expect(text.holds(""))
        }
    }

    @Test func anASCIICharacterIsFoundByItsByte() {
        for text in Self.texts {
            #expect(text.holds(ascii: "~") == text.utf8.contains(UInt8(ascii: "~")), "\(text.debugDescription)")
            #expect(text.holds(ascii: "b") == text.utf8.contains(UInt8(ascii: "b")), "\(text.debugDescription)")
        }
    }
}
