import Notes

/// Everything the directives of a notebook show, as plain values for the templates: each
/// directive's box or figure, each number quoted in prose, each note's provenance, and the files
/// they bring (a figure's data as CSV). Until results exist for something, it is marked as not
/// run: never a made-up figure or number.
package struct NotebookFigures: Sendable {
    /// By the directive's place in its note (its `location`).
    package var directives: [SourceLocation: DirectiveView]
    /// By the place of the `{{< value >}}` shortcode (its `location`); one that is absent is not run yet.
    package var values: [SourceLocation: QuotedValue]
    /// By note path; a note that is absent has nothing to say.
    package var provenance: [String: NoteProvenance]
    package var files: [SiteFile]
    /// Why a directive with no view shows nothing but its YAML.
    package var undrawnReason: String

    package init(directives: [SourceLocation: DirectiveView] = [:], values: [SourceLocation: QuotedValue] = [:],
                provenance: [String: NoteProvenance] = [:], files: [SiteFile] = [], undrawnReason: String = "not run yet") {
        self.directives = directives
        self.values = values
        self.provenance = provenance
        self.files = files
        self.undrawnReason = undrawnReason
    }

    /// Every directive as a "not run yet" box showing what it asks for.
    package static let notRunYet = NotebookFigures()
}
