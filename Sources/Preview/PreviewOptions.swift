import Pipeline

/// What `labbook serve` is asked for.
package struct PreviewOptions: Sendable {
    /// Hugo's port, so a researcher coming from Hugo finds the preview where they expect it.
    package var port: UInt16 = 1313
    /// Loopback unless asked: a preview of unpublished notes is nobody else's business.
    package var bind = "127.0.0.1"
    package var drafts = false
    /// Train the missing trials of the notes in the background while previewing.
    package var run = false
    /// How often the notebook's files are looked at for changes.
    package var pollInterval: Duration = .milliseconds(25)
    /// The build's settings (jobs, executor) when `run` trains.
    package var build = BuildOptions()

    package init() {}
}
