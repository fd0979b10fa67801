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

    @Test func aNeedleIsFoundFromAnOffsetAtItsFirstPlace() {
        for text in Self.texts {
            for needle in Self.needles {
                let t = Array(text.utf8), n = Array(needle.utf8)
                for start in [0, 1, 3] where start <= t.count {
                    let expected = t.count >= n.count ? (start...max(start, t.count - n.count)).first { t.count - $0 >= n.count && t[$0...].starts(with: n) } : nil
                    let found = t.withUnsafeBufferPointer { tb in n.withUnsafeBufferPointer { nb in tb.firstOffset(of: nb, from: start) } }
                    #expect(found == expected, "\(text.debugDescription) from \(start): \(needle.debugDescription)")
                }
            }
        }
    }
}

/// The text every page is cut into around its embeds, its summary's words and the slugs of its
/// names: ASCII text takes a byte-wise way, and gives what the Character-wise way gives.
@Suite struct PlainTextTests {
    @Test func placeholdersAreCutOutAndAnythingLikeOneIsText() {
        #expect(Placeholder.pieces(of: "no embeds") == [.text("no embeds")])
        #expect(Placeholder.pieces(of: "é \(Placeholder.token(3)) b LBQxQBL \(Placeholder.token(12))") ==
                [.text("é "), .embed(3), .text(" b LBQ"), .text("xQBL "), .embed(12)])
        #expect(Placeholder.pieces(of: "\(Placeholder.token(0))\(Placeholder.token(1))LBQ7") == [.embed(0), .embed(1), .text("LBQ"), .text("7")])
    }

    @Test func aSummarysWordsAreSplitAtWhitespaceASCIIOrNot() {
        #expect(Note.words("one  two\tthree\r\nfour\u{0B}five\u{0C} ") == ["one", "two", "three", "four", "five"])
        #expect(Note.words("an\u{A0}é\u{2003}x  y") == ["an", "é", "x", "y"])
        for text in ["a b", " lead", "trail\n", "x\r\ny", "\u{1C}sep"] {
            #expect(Note.words(text) == text.split(whereSeparator: \.isWhitespace), "\(text.debugDescription)")
        }
    }

    @Test func aSlugIsLowerCaseWordsJoinedByHyphens() {
        #expect(Slug.make("The Effects of Scale: 2x!") == "the-effects-of-scale-2x")
        #expect(Slug.make("Don't  stop -- now") == "dont-stop-now")
        #expect(Slug.make("Café’s Ünïcode") == "cafés-ünïcode")
        #expect(Slug.make("  ") == "")
    }
}
