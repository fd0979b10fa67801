import Notes

extension SiteBuilder {
    /// What can be checked before anything is drawn: links between notes, the notebook's own
    /// templates, and the notes' formulas. `render()` finds the same problems again; the pipeline's
    /// check stage asks early.
    package func check() -> [Diagnostic] {
        Theme.load(notebookRoot: notebook.root).diagnostics + referenceDiagnostics(ReferenceResolver(notes: notebook.notes, includeDrafts: options.includeDrafts)) + typesetMath(publishedNotes).diagnostics
    }
}
