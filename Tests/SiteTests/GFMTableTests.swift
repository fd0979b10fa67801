import Foundation
import Testing
@testable import Notes
@testable import Site

/// The tables section of the GFM specification (0.29-gfm, examples 198–205): each example's input
/// as a note, the table HTML it must give (alignment written as a style, not `align`).
@Suite struct GFMTableTests {
    /// The note's article body, from its first block to the article's end.
    func body(_ markdown: String) throws -> String {
        let site = try TestNotebook(["notes/t.md": "---\ntitle: t\n---\n" + markdown + "\n"]).render()
        let page = try #require(site.page("notes/t.html"))
        let start = try #require(page.range(of: "<table") ?? page.range(of: "<p>"))
        let end = try #require(page.range(of: "</article>"))
        return String(page[start.lowerBound..<end.lowerBound])
    }

    func row(_ tag: String, _ cells: [String], align: [String?] = []) -> String {
        "<tr>\n" + cells.enumerated().map { index, cell in
            let style = index < align.count ? align[index].map { " style=\"text-align: \($0)\"" } ?? "" : ""
            return "<\(tag)\(style)>\(cell)</\(tag)>\n"
        }.joined() + "</tr>\n"
    }

    func table(_ head: String, _ body: String?) -> String {
        "<table class=\"note-table\">\n<thead>\n\(head)</thead>\n" + (body.map { "<tbody>\n\($0)</tbody>\n" } ?? "") + "</table>\n"
    }

    @Test func example198() throws {
        let html = try body("| foo | bar |\n| --- | --- |\n| baz | bim |")
        #expect(html.hasPrefix(table(row("th", ["foo", "bar"]), row("td", ["baz", "bim"]))))
    }

    @Test func example199AlignsColumns() throws {
        let html = try body("| abc | defghi |\n:-: | -----------:\nbar | baz")
        let align = ["center", "right"]
        #expect(html.hasPrefix(table(row("th", ["abc", "defghi"], align: align), row("td", ["bar", "baz"], align: align))))
    }

    @Test func example200EscapedPipes() throws {
        let html = try body("| f\\|oo  |\n| ------ |\n| b `\\|` az |\n| b **\\|** im |")
        #expect(html.hasPrefix(table(row("th", ["f|oo"]), row("td", ["b <code>|</code> az"]) + row("td", ["b <strong>|</strong> im"]))))
    }

    @Test func example201EndsAtABlockQuote() throws {
        let html = try body("| abc | def |\n| --- | --- |\n| bar | baz |\n> bar")
        #expect(html.hasPrefix(table(row("th", ["abc", "def"]), row("td", ["bar", "baz"])) + "<blockquote>\n<p>bar</p>\n</blockquote>\n"))
    }

    @Test func example202EndsAtABlankLine() throws {
        let html = try body("| abc | def |\n| --- | --- |\n| bar | baz |\nbar\n\nbar")
        #expect(html.hasPrefix(table(row("th", ["abc", "def"]), row("td", ["bar", "baz"]) + row("td", ["bar", ""])) + "<p>bar</p>\n"))
    }

    @Test func example203NeedsAsManyDelimitersAsHeaderCells() throws {
        let html = try body("| abc | def |\n| --- |\n| bar |")
        // Not a table, so prose: smart punctuation makes its `---` a dash, as in any paragraph.
        #expect(html.hasPrefix("<p>| abc | def |\n| — |\n| bar |</p>\n"))
    }

    @Test func example204PadsAndCutsRows() throws {
        let html = try body("| abc | def |\n| --- | --- |\n| bar |\n| bar | baz | boo |")
        #expect(html.hasPrefix(table(row("th", ["abc", "def"]), row("td", ["bar", ""]) + row("td", ["bar", "baz"]))))
    }

    @Test func example205HasNoBodyWithoutRows() throws {
        let html = try body("| abc | def |\n| --- | --- |")
        #expect(html.hasPrefix(table(row("th", ["abc", "def"]), nil)))
    }

    @Test func delimiterRowIsNotTypographed() throws {
        let html = try body("Before.\n\n|a|b|\n|---|:--|\n|x -- y|$x$|")
        #expect(!html.contains("—"))
        #expect(html.contains("<th style=\"text-align: left\">b</th>"))
        #expect(html.contains("<td>x – y</td>"))  // cell text still gets smart punctuation
        #expect(html.contains("katex"))  // math in a cell is typeset
    }

    @Test func tableInsideAListAndAfterParagraphLines() throws {
        let site = try TestNotebook(["notes/t.md": "---\ntitle: t\n---\n- item\n\n  | a |\n  | - |\n  | 1 |\n\nsome text\n| h |\n| --- |\n| c |\n"]).render()
        let html = try #require(site.page("notes/t.html"))
        #expect(html.contains("<li><p>item</p>\n<table class=\"note-table\">"))
        #expect(html.contains("<p>some text</p>\n<table class=\"note-table\">\n<thead>\n<tr>\n<th>h</th>"))
    }
}
