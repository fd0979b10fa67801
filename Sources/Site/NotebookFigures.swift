import Notes

/// Everything the directives of a notebook show, as plain values for the templates: each
/// directive's box or figure, each number quoted in prose, each note's provenance, and the files
/// they bring (a figure's data as CSV). Until results exist for something, it is marked as not
/// run: never a made-up figure or number.
public struct NotebookFigures: Sendable {
    /// By the directive's place in its note (its `location`).
    public var directives: [SourceLocation: DirectiveView]
    /// By the place of the `{{< value >}}` shortcode (its `location`); one that is absent is not run yet.
    public var values: [SourceLocation: QuotedValue]
    /// By note path; a note that is absent has nothing to say.
    public var provenance: [String: NoteProvenance]
    public var files: [SiteFile]
    /// Why a directive with no view shows nothing but its YAML.
    public var undrawnReason: String

    public init(directives: [SourceLocation: DirectiveView] = [:], values: [SourceLocation: QuotedValue] = [:],
                provenance: [String: NoteProvenance] = [:], files: [SiteFile] = [], undrawnReason: String = "not run yet") {
        self.directives = directives
        self.values = values
        self.provenance = provenance
        self.files = files
        self.undrawnReason = undrawnReason
    }

    /// Every directive as a "not run yet" box showing what it asks for.
    public static let notRunYet = NotebookFigures()
}
