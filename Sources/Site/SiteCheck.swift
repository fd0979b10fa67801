import Notes

extension SiteBuilder {
    /// What can be checked before anything is drawn: links between notes and the notebook's own
    /// templates. `render()` finds the same problems again; the pipeline's check stage asks early.
    public func check() -> [Diagnostic] {
        Theme.load(notebookRoot: notebook.root).diagnostics + referenceDiagnostics()
    }
}
