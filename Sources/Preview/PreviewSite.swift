import Foundation
import Notes
import Pipeline
import Site

/// One build of the notebook, held in memory and served as it is: pages, figures' data, the
/// stylesheet and the files beside notes, and the problems the build found. Nothing is written.
struct PreviewSite: Sendable {
    var files: [String: SiteFile.Content]
    /// Page path → the note it shows (`notes/x.md`), to put a note's own problems on its page.
    var notePages: [String: String]
    var problems: [StageDiagnostic]
    /// "12 of 36 trials" while `--run` trains.
    var training: String?
    /// Trials with a record (done or failed) and trials planned.
    var trials: (done: Int, total: Int)?

    static let empty = PreviewSite(files: [:], notePages: [:], problems: [])

    init(files: [String: SiteFile.Content], notePages: [String: String], problems: [StageDiagnostic], training: String? = nil) {
        self.files = files
        self.notePages = notePages
        self.problems = problems
        self.training = training
    }

    init(report: BuildReport) {
        var files: [String: SiteFile.Content] = [:]
        for file in report.site?.files ?? [] { files[file.path] = file.content }
        var pages: [String: String] = [:]
        for note in report.notebook?.notes ?? [] { pages[SitePath.note(note)] = note.path }
        self.init(files: files, notePages: pages, problems: report.found)
        if let planned = report.planned {
            let all = planned.plan.trials
            let done = all.filter { if case .missing = planned.index.state(of: $0) { false } else { true } }.count
            trials = (done, all.count)
        }
    }

    /// The problems a page shows: its note's own, and those that belong to no note (a template,
    /// labbook.yml) on every page. Warnings only on their note's page.
    func problems(onPage page: String) -> [String] {
        let notePaths = Set(notePages.values)
        let note = notePages[page]
        return problems.filter { found in
            let path = found.diagnostic.location.path
            if path == note { return true }
            return found.isError && !notePaths.contains(path)
        }.map(\.description)
    }

    /// The bytes of the file at `path` and its content type; nil when the site has no such file.
    func body(at path: String) -> (data: Data, type: String)? {
        guard let content = files[path] else { return nil }
        let type = Self.contentType(of: path)
        switch content {
        case .text(let text):
            guard type.hasPrefix("text/html") else { return (Data(text.utf8), type) }
            return (Data(PreviewPage.decorate(text, problems: problems(onPage: path), training: training).utf8), type)
        case .copy(let source):
            guard let data = FileManager.default.contents(atPath: source.path) else { return nil }
            return (data, type)
        }
    }

    /// A page for a path the site does not have, still listening for rebuilds and showing every
    /// error: a note whose front matter is broken has no page until it is fixed.
    func missingPage(_ path: String) -> Data {
        let all = problems.filter(\.isError).map(\.description)
        let html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Not found</title></head><body>"
            + "<h1>Not found</h1><p>The notebook has no page <code>/\(HTML.escape(path))</code>.</p></body></html>"
        return Data(PreviewPage.decorate(html, problems: all, training: training).utf8)
    }

    static func contentType(of path: String) -> String {
        switch (path as NSString).pathExtension.lowercased() {
        case "html": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "xml": "application/atom+xml; charset=utf-8"
        case "csv": "text/csv; charset=utf-8"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "gif": "image/gif"
        case "webp": "image/webp"
        case "pdf": "application/pdf"
        case "js": "text/javascript; charset=utf-8"
        case "json": "application/json"
        case "txt", "md": "text/plain; charset=utf-8"
        case "woff2": "font/woff2"
        default: "application/octet-stream"
        }
    }
}
