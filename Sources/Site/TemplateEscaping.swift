import Mustache

/// How `{{name}}` escapes in labbook's templates: the same five characters as swift-mustache's own
/// HTML escaping, a byte at a time. The library's own walks the text a Character at a time with a
/// dictionary lookup for each, which was a third of rendering the index, the tag pages and the feed
/// of a thousand notes.
///
/// The library always starts a render with its own; a template selects another only with a
/// `CONTENT_TYPE` pragma. So every template is registered behind one line that selects this one
/// (a standalone pragma line, which renders as nothing), and parse errors are put back at the
/// template's own lines.
enum TemplateEscaping {
    static let name = "LABBOOK_HTML"
    static let pragmaLine = "{{% CONTENT_TYPE: \(name)}}\n"
    /// Lines the pragma adds above a template's own first line.
    static let linesAdded = 1

    private struct Bytewise: MustacheContentType {
        func escapeText(_ text: String) -> String { HTML.escape(text, apostrophes: true) }
    }

    /// Registered once, before the first template that names it is parsed.
    private static let registration: Void = MustacheContentTypes.register(Bytewise(), named: name)

    /// The text to register for a template's own text.
    static func registered(_ text: String) -> String {
        _ = registration
        return pragmaLine + text
    }
}
