/// The templates a theme must have, by the name of their file in `templates/` (`figure.mustache`).
/// Pages wrap their content in `base`; the others draw one piece of a page each.
enum ThemeTemplate: String, CaseIterable, Sendable {
    case base, note, index, log, tag, feed
    case experimentBox = "experiment-box"
    case figure
    case resultTable = "result-table"
    case pendingDirective = "pending-directive"
    case value
    case noteProvenance = "note-provenance"
    case sidenote
    case marginNote = "margin-note"
    case math

    static let fileExtension = ".mustache"

    var fileName: String { rawValue + Self.fileExtension }

    /// Pieces that sit inside a line of text. Their file ends with a line break, as text files do;
    /// the rendered piece must not, or a space would appear before the punctuation after it.
    var isInline: Bool {
        switch self {
        case .value, .noteProvenance, .sidenote, .marginNote, .math: true
        default: false
        }
    }
}
