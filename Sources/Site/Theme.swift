import Foundation
import Mustache
import Notes

/// The templates and stylesheet a build uses: the built-in theme, with any file in the notebook's
/// `templates/` folder taking the place of the built-in one of the same name.
struct Theme {
    var library: MustacheLibrary
    var stylesheet: String
    var diagnostics: [Diagnostic] = []

    static let folder = "templates"

    static func load(notebookRoot: URL) -> Theme {
        var library = MustacheLibrary()
        var diagnostics: [Diagnostic] = []
        for name in BuiltInTemplates.names {
            // The built-in templates are tested to parse; a failure here is a labbook bug.
            try! library.register(BuiltInTemplates.all[name]!, named: name)
        }
        var stylesheet = BuiltInStylesheet.css
        let folder = notebookRoot.appendingPathComponent(Theme.folder)
        for file in Notebook.listFiles(in: folder) {
            let shown = "\(Theme.folder)/\(file)"
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(file).path) else { continue }
            let text = String(decoding: data, as: UTF8.self)
            if file == "style.css" {
                stylesheet = text
                continue
            }
            guard file.hasSuffix(".mustache") else { continue }
            let name = String(file.dropLast(".mustache".count))
            do {
                try library.register(text, named: name)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(Diagnostic(SourceLocation(path: shown, line: error.context.lineNumber, column: error.context.columnNumber),
                                              "template does not parse: \(error.error); using the built-in '\(name)' instead"))
            } catch {
                diagnostics.append(Diagnostic(SourceLocation(path: shown, line: 1, column: 1), "template does not parse: \(error)"))
            }
        }
        return Theme(library: library, stylesheet: stylesheet, diagnostics: diagnostics)
    }

    func render(_ context: [String: Any], with template: String) -> String {
        library.render(context, withTemplate: template) ?? ""
    }
}
