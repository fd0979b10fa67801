import Foundation
import Synchronization
import Mustache
import Notes

/// The templates and stylesheet a build uses: the built-in theme (the repository's `templates/`,
/// embedded at build time), with any file in the notebook's own `templates/` folder taking the
/// place of the built-in one of the same name, pages and pieces alike.
struct Theme: Sendable {
    var library: MustacheLibrary
    /// The templates labbook renders itself (`CompiledTemplate`); swift-mustache renders the rest.
    var compiled: [String: CompiledTemplate] = [:]
    var stylesheet: String
    var diagnostics: [Diagnostic] = []

    static let folder = "templates"
    static let stylesheetFile = "style.css"

    /// The notebook's theme: the built-in one with the notebook's own templates over it. Kept from
    /// the last load while the files of `templates/` keep their stamps (`serve` asks on every rebuild).
    static func load(notebookRoot: URL) -> Theme {
        let folder = notebookRoot.appendingPathComponent(Theme.folder)
        let stamps = Notebook.listFiles(in: folder).map { "\($0) \(FileStamp.text(folder.appendingPathComponent($0).path))" }
        let key = "\(folder.path)\n" + stamps.joined(separator: "\n")
        if let kept = loaded.withLock({ $0 }), kept.key == key { return kept.theme }
        let theme = load(notebookRoot: notebookRoot, builtIn: EmbeddedTheme.files)
        loaded.withLock { $0 = (key, theme) }
        return theme
    }

    private static let loaded = Mutex<(key: String, theme: Theme)?>(nil)

    /// `builtIn` is the embedded theme; tests pass an incomplete one to see it reported.
    static func load(notebookRoot: URL, builtIn: [String: String]) -> Theme {
        var library = MustacheLibrary()
        var registered: [String: String] = [:]
        var diagnostics: [Diagnostic] = []
        for (file, text) in builtIn.sorted(by: { $0.key < $1.key }) where file.hasSuffix(ThemeTemplate.fileExtension) {
            // The built-in templates are tested to parse; a failure here is a labbook bug, reported all the same.
            if let problem = register(text, file: file, in: &library, recording: &registered, fallback: "") { diagnostics.append(problem) }
        }
        var stylesheet = builtIn[stylesheetFile]
        let folder = notebookRoot.appendingPathComponent(Theme.folder)
        for file in Notebook.listFiles(in: folder) {
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(file).path) else { continue }
            let text = String(decoding: data, as: UTF8.self)
            if file == stylesheetFile {
                stylesheet = text
            } else if file.hasSuffix(ThemeTemplate.fileExtension) {
                let name = name(of: file)
                if let problem = misspelt(name, file: file) { diagnostics.append(problem) }
                let fallback = library.getTemplate(named: name) == nil ? "" : "; using the built-in '\(name)' instead"
                if let problem = register(text, file: file, in: &library, recording: &registered, fallback: fallback) {
                    diagnostics.append(problem)
                } else if let builtInText = builtIn[file] {
                    diagnostics += TemplateVariables.unknown(in: text, file: file, builtIn: builtInText, template: name)
                }
            }
        }
        diagnostics += missing(in: library, stylesheet: stylesheet != nil)
        return Theme(library: library, compiled: CompiledTemplate.renderable(registered), stylesheet: stylesheet ?? "", diagnostics: diagnostics)
    }

    func render(_ context: [String: Any], with template: ThemeTemplate) -> String {
        let name = template.rawValue
        let text = compiled[name]?.render(context, partials: compiled) ?? library.render(context, withTemplate: name) ?? ""
        return template.isInline && text.hasSuffix("\n") ? String(text.dropLast()) : text
    }

    /// A template that does not parse leaves the one registered before it (the built-in) in place;
    /// one that does is also recorded, by name, as registered (for `CompiledTemplate`).
    private static func register(_ text: String, file: String, in library: inout MustacheLibrary, recording registered: inout [String: String],
                                 fallback: String) -> Diagnostic? {
        let shown = "\(folder)/\(file)"
        do {
            let registeredText = TemplateEscaping.registered(text)
            try library.register(registeredText, named: name(of: file))
            registered[name(of: file)] = registeredText
            return nil
        } catch let error as MustacheTemplate.ParserError {
            return Diagnostic(SourceLocation(path: shown, line: max(1, error.context.lineNumber - TemplateEscaping.linesAdded),
                                                      column: error.context.columnNumber),
                              "template does not parse: \(error.error)\(fallback)")
        } catch {
            return Diagnostic(SourceLocation(path: shown, line: 1, column: 1), "template does not parse: \(error)\(fallback)")
        }
    }

    /// Every template a build renders, checked once before any page is: a missing one would give empty pages.
    private static func missing(in library: MustacheLibrary, stylesheet: Bool) -> [Diagnostic] {
        let files = ThemeTemplate.allCases.filter { library.getTemplate(named: $0.rawValue) == nil }.map(\.fileName)
            + (stylesheet ? [] : [stylesheetFile])
        return files.map {
            Diagnostic(SourceLocation(path: "\(folder)/\($0)", line: 1, column: 1),
                       "the theme has no \($0): labbook was built without it (run Scripts/embed-templates and build again)")
        }
    }

    /// A file that is no template of the theme but nearly one (`experiment_box`) would be silently
    /// unused; one far from every name is the notebook's own partial, and fine.
    private static func misspelt(_ name: String, file: String) -> Diagnostic? {
        let names = ThemeTemplate.allCases.map(\.rawValue)
        guard !names.contains(name), let guess = Suggestion.closest(to: name, among: names) else { return nil }
        return Diagnostic(SourceLocation(path: "\(folder)/\(file)", line: 1, column: 1),
                          "labbook renders no template named '\(name)'; did you mean '\(guess)'?", severity: .warning)
    }

    private static func name(of file: String) -> String { String(file.dropLast(ThemeTemplate.fileExtension.count)) }
}
