import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import Notes
@testable import Site

/// A small research log in the shape of the seed notes: Hugo front matter, dated entries,
/// sidenotes, relrefs between notes, math, a task list, an image beside a note.
let labNotes: [String: String] = [
    "labbook.yml": "title: Scaling lab\nauthor: A. Researcher\nbase_url: https://lab.example.org/notebook/\n",
    "notes/2022-07-18-worst-group.md": """
    ---
    title: "the effects of scale on worst-group performance"
    date: 2022-07-18T15:31:12-04:00
    draft: false
    tags: ["deep-learning", "neural-scaling"]
    ---

    I keep these notes in the open. We read a [paper]({{< relref "effect-of-size.md" >}}) first.

    - **datasets**: CelebA, Waterbirds
      - [x] ERM baseline
      - [ ] IRM

    ## 2022-07-18

    Started ten seeds per run.{{% sidenote %}}Maybe *random search* would be better; see [the log]({{< relref "papers/effect-of-size.md#2022-03-02" >}}).{{% /sidenote %}} The loss is $L = E + A x^{-b}$ with $b_1 * b_2$ unchanged.

    ## 2022-07-20: widths

    ![curve](curve.png) and a margin remark{{< marginnote >}}no number here{{< /marginnote >}}.

    ```experiment
    id: width
    width: [64, 128]
    ```
    """,
    "notes/papers/effect-of-size.md": """
    ---
    title: Effect of model size on worst-group generalization
    date: 2022-03-01
    tags: [paper, neural-scaling]
    ---
    Summary of the paper.

    ## 2022-03-02
    Read it twice.{{< sidenote >}}first{{< /sidenote >}}{{< sidenote >}}second{{< /sidenote >}}
    """,
    "notes/2022-07-19-draft-idea.md": "---\ntitle: A half-formed idea\ndate: 2022-07-19\ndraft: true\n---\nNot yet.\n\n## 2022-07-19\nHmm.\n",
    "notes/curve.png": "not really a png",
]

@Suite struct SitePagesTests {
    @Test func buildsEveryPage() throws {
        let notebook = try TestNotebook(labNotes)
        let site = try notebook.render()
        #expect(site.diagnostics.isEmpty, "\(site.diagnostics)")
        #expect(site.paths.contains("katex/katex.min.css"), "the notes hold math")
        #expect(site.paths.filter { !$0.hasPrefix("katex/") } == ["feed.xml", "index.html", "log.html", "notes/curve.png", "notes/papers/effect-of-size.html",
                               "notes/worst-group.html", "style.css", "tags/deep-learning.html", "tags/neural-scaling.html",
                               "tags/paper.html"])
    }

    @Test func indexListsNotesNewestFirstWithTheirDetails() throws {
        let index = try #require(try TestNotebook(labNotes).render().page("index.html"))
        let newer = try #require(index.range(of: "the effects of scale on worst-group performance"))
        let older = try #require(index.range(of: "Effect of model size on worst-group generalization"))
        #expect(newer.lowerBound < older.lowerBound)
        #expect(index.contains("<time datetime=\"2022-07-18T15:31:12-04:00\">18 July 2022</time>"))
        #expect(index.contains("href=\"notes/worst-group.html\""))
        #expect(index.contains("href=\"tags/deep-learning.html\""))
        #expect(index.contains("I keep these notes in the open."), "summary from the first paragraph")
        #expect(!index.contains("half-formed"), "drafts stay out")
    }

    @Test func sidenotesUseTufteMarkupWithUniqueIdsAndNoParagraphs() throws {
        let site = try TestNotebook(labNotes).render()
        let page = try #require(site.page("notes/worst-group.html"))
        #expect(page.contains("<label for=\"sn-worst-group-1\" class=\"margin-toggle sidenote-number\"></label><input type=\"checkbox\" id=\"sn-worst-group-1\" class=\"margin-toggle\"><span class=\"sidenote\">Maybe <em>random search</em> would be better; see <a href=\"papers/effect-of-size.html#2022-03-02\">the log</a>.</span>"))
        #expect(page.contains("<label for=\"mn-worst-group-2\" class=\"margin-toggle\">&#8853;</label><input type=\"checkbox\" id=\"mn-worst-group-2\" class=\"margin-toggle\"><span class=\"marginnote\">no number here</span>"))
        #expect(!page.contains("<script"), "sidenotes work without JavaScript")
        let paper = try #require(site.page("notes/papers/effect-of-size.html"))
        #expect(paper.contains("id=\"sn-effect-of-size-1\"") && paper.contains("id=\"sn-effect-of-size-2\""))
        for note in page.components(separatedBy: "<span class=\"sidenote\">").dropFirst() {
            let inside = try #require(note.components(separatedBy: "</span>").first)
            #expect(!inside.contains("<p>"), "no stray paragraph inside a sidenote: \(inside)")
        }
    }

    @Test func notePageHasEntriesMathTasksImagesAndPendingDirectives() throws {
        let page = try #require(try TestNotebook(labNotes).render().page("notes/worst-group.html"))
        #expect(page.contains("<h2 id=\"2022-07-18\" class=\"entry\">2022-07-18</h2>"))
        #expect(page.contains("<h2 id=\"2022-07-20\" class=\"entry\">2022-07-20: widths</h2>"))
        // Typeset by KaTeX, which keeps the TeX as MathML's annotation.
        #expect(page.contains("<annotation encoding=\"application/x-tex\">L = E + A x^{-b}</annotation>"))
        #expect(page.contains("<annotation encoding=\"application/x-tex\">b_1 * b_2</annotation>"))
        #expect(page.contains("<li class=\"task done\"><input type=\"checkbox\" disabled checked> ERM baseline</li>"))
        #expect(page.contains("<li class=\"task\"><input type=\"checkbox\" disabled> IRM</li>"))
        #expect(page.contains("<img src=\"curve.png\" alt=\"curve\">"))
        #expect(page.contains("<a href=\"papers/effect-of-size.html\">paper</a>"))
        #expect(page.contains("<figure class=\"directive pending\" id=\"experiment-width\">"))
        #expect(page.contains("not run yet"))
        #expect(page.contains("href=\"../style.css\""))
    }

    @Test func logListsEveryEntryNewestFirstLinkingToItsAnchor() throws {
        let log = try #require(try TestNotebook(labNotes).render().page("log.html"))
        let order = ["2022-07-20", "2022-07-18", "2022-03-02"].map { day in log.range(of: "datetime=\"\(day)\"")?.lowerBound }
        #expect(order.allSatisfy { $0 != nil })
        #expect(order[0]! < order[1]! && order[1]! < order[2]!)
        #expect(log.contains("href=\"notes/worst-group.html#2022-07-20\""))
        #expect(log.contains("href=\"notes/papers/effect-of-size.html#2022-03-02\""))
        // Links and images inside entries are rewritten for the log's place in the site.
        #expect(log.contains("<img src=\"notes/curve.png\" alt=\"curve\">"))
        #expect(log.contains("href=\"notes/papers/effect-of-size.html#2022-03-02\">the log</a>"))
        #expect(log.contains("id=\"sn-log-worst-group-1\""))
        #expect(!log.contains("Hmm."), "draft entries stay out")
    }

    @Test func tagPagesAndFeed() throws {
        let site = try TestNotebook(labNotes).render()
        let tag = try #require(site.page("tags/neural-scaling.html"))
        #expect(tag.contains("href=\"../notes/worst-group.html\"") && tag.contains("href=\"../notes/papers/effect-of-size.html\""))
        let feed = try #require(site.page("feed.xml"))
        #expect(feed.contains("<link href=\"https://lab.example.org/notebook/notes/worst-group.html\"/>"))
        #expect(feed.contains("<updated>2022-07-18T15:31:12-04:00</updated>"))
        #expect(feed.occurrences(of: "<entry>") == 2)
        let xml = try XMLDocument(data: Data(feed.utf8))
        #expect(xml.rootElement()?.name == "feed")
    }

    @Test func draftsAppearOnlyWhenAsked() throws {
        let site = try TestNotebook(labNotes).render(drafts: true)
        #expect(site.paths.contains("notes/draft-idea.html"))
        #expect(site.page("log.html")?.contains("Hmm.") == true)
    }

    @Test func buildingTwiceGivesTheSameBytes() throws {
        let notebook = try TestNotebook(labNotes)
        let first = try notebook.render(), second = try notebook.render()
        #expect(first.files == second.files)
        let out1 = notebook.root.appendingPathComponent("out1"), out2 = notebook.root.appendingPathComponent("out2")
        try SiteWriter.write(first.files, to: out1)
        try SiteWriter.write(second.files, to: out2)
        for path in first.paths {
            #expect(FileManager.default.contents(atPath: out1.appendingPathComponent(path).path)
                    == FileManager.default.contents(atPath: out2.appendingPathComponent(path).path), "\(path)")
        }
    }
}

/// What the writer does to an output folder that holds an earlier build.
@Suite struct SiteWriterTests {
    @Test func rewritesOnlyChangedFilesAndRemovesStaleOnes() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("site-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        try SiteWriter.write([SiteFile(path: "index.html", content: .text("one")), SiteFile(path: "notes/a.html", content: .text("a")),
                              SiteFile(path: "old/gone.html", content: .text("gone")), SiteFile(path: "old/deeper/gone.html", content: .text("gone"))], to: out)
        // A folder of the reader's own, holding only a hidden file, is not labbook's to remove.
        try FileManager.default.createDirectory(at: out.appendingPathComponent("kept"), withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: out.appendingPathComponent("kept/.keep").path, contents: Data())
        let before = try FileManager.default.attributesOfItem(atPath: out.appendingPathComponent("notes/a.html").path)[.systemFileNumber] as? Int
        try SiteWriter.write([SiteFile(path: "index.html", content: .text("two")), SiteFile(path: "notes/a.html", content: .text("a"))], to: out)

        #expect(String(decoding: FileManager.default.contents(atPath: out.appendingPathComponent("index.html").path)!, as: UTF8.self) == "two")
        // An unchanged page is left alone (same inode: not written again).
        let after = try FileManager.default.attributesOfItem(atPath: out.appendingPathComponent("notes/a.html").path)[.systemFileNumber] as? Int
        #expect(before != nil && before == after)
        // A page no build makes any more goes, and so do the folders it leaves empty, nested ones too.
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("old").path))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("kept/.keep").path))
        #expect(Notebook.listFiles(in: out) == ["index.html", "notes/a.html"])
        // No temporary file is left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("notes").path) == ["a.html"])
    }
}
