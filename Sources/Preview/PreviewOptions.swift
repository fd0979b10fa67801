import Pipeline

/// What `labbook serve` is asked for.
public struct PreviewOptions: Sendable {
    /// Hugo's port, so a researcher coming from Hugo finds the preview where they expect it.
    public var port: UInt16 = 1313
    /// Loopback unless asked: a preview of unpublished notes is nobody else's business.
    public var bind = "127.0.0.1"
    public var drafts = false
    /// Train the missing trials of the notes in the background while previewing.
    public var run = false
    /// How often the notebook's files are looked at for changes.
    public var pollInterval: Duration = .milliseconds(25)
    /// The build's settings (jobs, executor) when `run` trains.
    public var build = BuildOptions()

    public init() {}
}
