import Foundation
import Notes
import Parallel

/// Renders a notebook into the files of its static site. Rendering is pure (paths and contents, no
/// clock), so the same notes give a byte-identical site; `SiteWriter` puts the files on disk.
package struct SiteBuilder {
    package struct Options: Sendable {
        package var includeDrafts = false
        package init(includeDrafts: Bool = false) { self.includeDrafts = includeDrafts }
    }

    package let notebook: Notebook
    package let options: Options
    /// What the directives and quoted values show (Figures builds it; without it, "not run yet").
    package let directives: NotebookFigures
    /// Problems earlier stages found (experiments, plots, values): each note's page lists its own.
    package let problems: [Diagnostic]
    /// Typesets the formulas; one per build, so KaTeX starts at most once.
    package let math: MathTypesetter

    /// Without `math`, a typesetter of this notebook's own (its macros, its cache).
    package init(notebook: Notebook, options: Options = .init(), directives: NotebookFigures = .notRunYet, math: MathTypesetter? = nil,
                problems: [Diagnostic] = []) {
        self.notebook = notebook
        self.options = options
        self.directives = directives
        self.math = math ?? MathTypesetter(notebookRoot: notebook.root, macros: notebook.config.mathMacros)
        self.problems = problems
    }

    package struct Output: Sendable {
        package var files: [SiteFile]
        package var diagnostics: [Diagnostic]
    }

    /// The notes that get pages: every note, or every note but drafts.
    package var publishedNotes: [Note] {
        notebook.notes.filter { options.includeDrafts || !$0.isDraft }
    }

    package func render() -> Output {
        let theme = Theme.load(notebookRoot: notebook.root)
        let links = SiteLinks(notes: notebook.notes, includeDrafts: options.includeDrafts)
        var diagnostics = notebook.allDiagnostics + theme.diagnostics + referenceDiagnostics(links.resolver)
        // Sorted by date and path, then taken in that order: sorting the notes themselves copied
        // two of them (dozens of fields each) at every comparison.
        let published = publishedNotes
        let places = published.map { (date: $0.date, path: $0.path) }
        let notes = places.indices.sorted { Self.newestFirst(places[$0], places[$1]) }.map { published[$0] }
        var files: [SiteFile] = []
        let (math, mathDiagnostics) = typesetMath(notes)
        diagnostics += mathDiagnostics
        let fragments = PageFragments(theme: theme, figures: directives, math: math)
        // A note's summary is shown on its page, the index, its tags' pages and the feed: made once.
        let summaries = Dictionary(uniqueKeysWithValues: zip(notes.map(\.path), ParallelMap.map(notes) { $0.summary }))
        func summary(_ note: Note, from page: String) -> [String: Any] { listing(note, from: page, summary: summaries[note.path] ?? "") }

        func pageFile(_ path: String, title: String, template: ThemeTemplate, context: [String: Any]) -> SiteFile {
            var context = context
            context["root"] = SitePath.root(from: path)
            let content = theme.render(context, with: template)
            let pageTitle = title == notebook.config.title ? title : "\(title) · \(notebook.config.title)"
            var baseContext = base(pageTitle, root: context["root"] as! String, content: content)
            // Only a page with typeset math links KaTeX's stylesheet; the others stay as they were.
            if content.holds(PageMath.marker) { baseContext["math"] = true }
            return SiteFile(path: path, content: .text(theme.render(baseContext, with: .base)))
        }

        let found = diagnostics + problems
        // One page per note, rendered in parallel across cores (each note's page depends only on
        // itself and the read-only links and fragments), collected back in the notes' order.
        let rendered = ParallelMap.map(Array(notes.indices)) { position -> RenderedNote in
            let note = notes[position]
            let path = SitePath.note(note)
            var renderer = NoteRenderer(note: note, pagePath: path, idPrefix: note.slug, links: links, fragments: fragments)
            let body = renderer.render(note.document)
            var context = summary(note, from: path)
            context["body"] = body
            context["params"] = note.frontMatter.fields?.plainValue ?? [:]
            context.merge(problemsContext(Diagnostic.sortedUnique(found + renderer.diagnostics).filter { $0.location.path == note.path })) { $1 }
            if let provenance = fragments.provenance(of: note) { context["provenance"] = provenance }
            let entries = note.entries.map { entry -> [String: Any] in
                var item: [String: Any] = ["anchor": entry.anchor, "day": entry.date.dayString]
                if !entry.title.isEmpty { item["title"] = entry.title }
                return item
            }
            if !entries.isEmpty { context["hasEntries"] = true; context["entries"] = entries }
            let file = pageFile(path, title: note.title, template: .note, context: context)

            // The same entries for the log page, links made from the log's place in the site.
            var logRenderer = NoteRenderer(note: note, pagePath: SitePath.log, idPrefix: "log-\(note.slug)", links: links, fragments: fragments)
            let logEntries = note.entries.map { entry in
                LogEntry(entry: entry, note: position, html: logRenderer.render(Array(note.document.children[entry.blocks])))
            }
            return RenderedNote(file: file, diagnostics: renderer.diagnostics, entries: logEntries)
        }
        var renderedEntries: [LogEntry] = []
        for note in rendered {
            files.append(note.file)
            diagnostics += note.diagnostics
            renderedEntries += note.entries
        }

        // The index, the log, a page per tag and the feed read only the notes and their rendered
        // entries: rendered across cores as well, the log (the longest) first.
        let tagNames = Set(notes.flatMap(\.tags)).sorted { $0.lowercased() < $1.lowercased() }
        // Every tag page is in tags/, so a note's listing reads the same on each of its tags' pages: made once.
        let tagListings = ParallelMap.map(notes) { note in note.tags.first.map { summary(note, from: SitePath.tag($0)) } }
        let listPages: [() -> SiteFile] = [
            { pageFile(SitePath.log, title: "Research log", template: .log, context: ["entries": Self.log(renderedEntries, of: notes)]) },
            { pageFile(SitePath.index, title: notebook.config.title, template: .index, context: index(notes, tagNames: tagNames, summary: summary)) },
        ] + tagNames.map { tag in {
            let path = SitePath.tag(tag)
            let tagged = notes.indices.filter { notes[$0].tags.contains(tag) }.compactMap { tagListings[$0] }
            return pageFile(path, title: "Tagged “\(tag)”", template: .tag, context: ["name": tag, "notes": tagged])
        } } + [
            { SiteFile(path: SitePath.feed, content: .text(theme.render(feed(notes, summaries: summaries), with: .feed))) },
        ]
        files += ParallelMap.map(listPages) { $0() }
        files.append(SiteFile(path: SitePath.stylesheet, content: .text(theme.stylesheet)))
        files += directives.files
        // Ten megabytes of pages over the corpus: searched across cores.
        let showsMath = ParallelMap.map(files) { file in
            if case .text(let text) = file.content { return text.holds(PageMath.marker) }
            return false
        }.contains(true)
        if showsMath {
            for asset in self.math.siteAssets {
                files.append(SiteFile(path: SitePath.katex + asset.path, content: .copy(from: asset.file)))
            }
        }
        for asset in notebook.assets {
            files.append(SiteFile(path: SitePath.asset(asset), content: .copy(from: notebook.notesDirectory.appendingPathComponent(asset))))
        }
        return Output(files: files.sorted { $0.path < $1.path }, diagnostics: Diagnostic.sortedUnique(diagnostics))
    }

    /// Every relref/ref in every note, drafts included, checked: a draft may link to a draft.
    /// `notebookResolver` resolves over every note, drafts as the options say (render passes its links' own).
    func referenceDiagnostics(_ notebookResolver: ReferenceResolver) -> [Diagnostic] {
        ParallelMap.map(notebook.notes) { note -> [Diagnostic] in
            let resolver = notebookResolver.including(drafts: options.includeDrafts || note.isDraft)
            return note.embeds.compactMap { embed in
                guard case .reference(let reference) = embed, case .failure(let failure) = resolver.resolve(reference) else { return nil }
                return ReferenceResolver.diagnostic(failure, at: reference.location)
            }
        }.flatMap { $0 }
    }

    /// What the top of a note's page says about its errors, so a page never looks fine when it is not.
    private func problemsContext(_ found: [Diagnostic]) -> [String: Any] {
        let errors = found.filter { $0.severity == .error }
        guard !errors.isEmpty else { return [:] }
        return ["hasProblems": true, "problemCount": errors.count, "problemWord": errors.count == 1 ? "error" : "errors",
                "problems": errors.map { ["path": $0.location.path, "line": $0.location.line, "column": $0.location.column, "message": $0.message] }]
    }

    private func base(_ title: String, root: String, content: String) -> [String: Any] {
        var context: [String: Any] = ["pageTitle": title, "siteTitle": notebook.config.title, "root": root,
                                      "content": content, "version": LabbookVersion.string]
        if let author = notebook.config.author { context["author"] = author }
        if let fields = notebook.config.fields?.plainValue { context["site"] = fields }
        return context
    }

    /// What listings show of a note, with links from the page at `page`.
    private func listing(_ note: Note, from page: String, summary: String) -> [String: Any] {
        var context: [String: Any] = ["title": note.title, "url": SitePath.relative(from: page, to: SitePath.note(note)),
                                      "summary": summary, "slug": note.slug]
        if let date = note.date { context["date"] = date.longDay; context["dateISO"] = date.rfc3339 }
        if note.isDraft { context["draft"] = true }
        if !note.entries.isEmpty {
            context["entryCount"] = note.entries.count
            context["entryWord"] = note.entries.count == 1 ? "entry" : "entries"
        }
        // Set even when empty: a missing key would fall through to the index's own `tags` (every tag).
        context["hasTags"] = !note.tags.isEmpty
        context["tags"] = note.tags.map { ["name": $0, "url": SitePath.relative(from: page, to: SitePath.tag($0))] }
        return context
    }

    /// The index's context: every note newest first, and every tag with its count.
    private func index(_ notes: [Note], tagNames: [String], summary: (Note, String) -> [String: Any]) -> [String: Any] {
        var context: [String: Any] = ["siteTitle": notebook.config.title, "notes": notes.map { summary($0, SitePath.index) }]
        if !tagNames.isEmpty {
            context["hasTags"] = true
            context["tags"] = tagNames.map { tag in
                ["name": tag, "url": SitePath.tag(tag), "count": notes.count { $0.tags.contains(tag) }] as [String: Any]
            }
        }
        return context
    }

    /// The log's entries: every dated entry of every note, newest first.
    private static func log(_ entries: [LogEntry], of notes: [Note]) -> [[String: Any]] {
        entries.sorted { a, b in
            (a.entry.date, notes[b.note].path, b.entry.headingIndex) > (b.entry.date, notes[a.note].path, a.entry.headingIndex)
        }.map { item -> [String: Any] in
            let note = notes[item.note]
            let notePage = SitePath.relative(from: SitePath.log, to: SitePath.note(note))
            var context: [String: Any] = ["id": "\(note.slug)-\(item.entry.anchor)", "dateISO": item.entry.date.dayString,
                                          "date": item.entry.date.longDay, "noteTitle": note.title,
                                          "noteURL": notePage, "url": "\(notePage)#\(item.entry.anchor)", "body": item.html]
            if !item.entry.title.isEmpty { context["title"] = item.entry.title }
            return context
        }
    }

    private func feed(_ notes: [Note], summaries: [String: String]) -> [String: Any] {
        let baseURL = notebook.config.baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
        func absolute(_ path: String) -> String { (baseURL ?? "") + path }
        var context: [String: Any] = [
            "siteTitle": notebook.config.title,
            "feedID": baseURL.map { $0 + SitePath.feed } ?? "urn:labbook:\(Slug.make(notebook.config.title))",
            // The newest note's date, not the build's: the same notes give the same feed.
            "updated": notes.compactMap(\.date).max()?.rfc3339 ?? "1970-01-01T00:00:00Z",
            "entries": notes.map { note -> [String: Any] in
                let path = SitePath.note(note)
                return ["title": note.title, "url": absolute(path), "id": baseURL.map { $0 + path } ?? "urn:labbook:\(note.relativePath)",
                        "updated": note.date?.rfc3339 ?? "1970-01-01T00:00:00Z", "summary": summaries[note.path] ?? "",
                        "tags": note.tags.map { ["name": $0] }]
            },
        ]
        if let baseURL { context["siteURL"] = baseURL; context["feedURL"] = baseURL + SitePath.feed }
        if let author = notebook.config.author { context["author"] = author }
        return context
    }

    /// One note's page, its problems and its entries for the log.
    private struct RenderedNote {
        var file: SiteFile
        var diagnostics: [Diagnostic]
        var entries: [LogEntry]
    }

    /// A dated entry as the log shows it: its note (by place among the published notes) and its HTML.
    private struct LogEntry {
        var entry: Entry
        var note: Int
        var html: String
    }

    static func newestFirst(_ a: (date: NoteDate?, path: String), _ b: (date: NoteDate?, path: String)) -> Bool {
        switch (a.date, b.date) {
        case let (x?, y?) where x != y: return x > y
        case (_?, nil): return true
        case (nil, _?): return false
        default: return a.path < b.path
        }
    }
}
