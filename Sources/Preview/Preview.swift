import Foundation
import Notes
import Pipeline
import Site

/// `labbook serve`: the notebook built into memory and served, rebuilt when a note, a template,
/// labbook.yml or a record changes, with every open page told to reload. Rebuilds share one
/// `BuildCache`, so after a save only the changed records are read and only the figures whose
/// inputs changed are drawn again. With `run`, missing trials train in the background, and the
/// records they write are picked up like any others (those of a `labbook run` or a Slurm array too).
package final class Preview: @unchecked Sendable {
    package let root: URL
    package let options: PreviewOptions
    let log: BuildLog
    let cache: BuildCache
    let events = ReloadEvents()
    private let lock = NSLock()
    private var current = PreviewSite.empty
    private var shown: [String] = []
    private var server: PreviewServer?
    /// Made before the first build reads anything, so that a save during it is not missed.
    private var watcher: NotebookWatcher?
    private var training: Thread?
    private var trainingDone = false

    package init(root: URL, options: PreviewOptions, log: BuildLog = .standard) {
        self.root = root.standardizedFileURL
        self.options = options
        self.log = log
        cache = BuildCache(notebookRoot: self.root, keepsTypesetter: true)
    }

    /// Builds the notebook and starts serving it; returns the port it listens on.
    package func start() throws(PreviewFailure) -> UInt16 {
        let server = try PreviewServer(bind: options.bind, port: options.port, events: events) { [unowned self] in
            lock.withLock { current }
        }
        watcher = NotebookWatcher(root: root, results: resultsFolder)
        rebuild(because: [])
        let port = try server.start(bind: options.bind, port: options.port)
        self.server = server
        if options.run { startTraining() }
        return port
    }

    /// Looks at the notebook until `shouldStop`, rebuilding after every change. A file event
    /// (inotify) wakes the look at once; without one the notebook is looked at every interval.
    package func watch(until shouldStop: () -> Bool) {
        var watcher = self.watcher ?? NotebookWatcher(root: root, results: resultsFolder)
        let results = resultsFolder
        let interval = Double(options.pollInterval.components.attoseconds) / 1e18 + Double(options.pollInterval.components.seconds)
        let events = FileEvents(root: root.path, folders: [Notebook.notesFolder, "templates"])
        // With events, a few quiet milliseconds tell that a save is over; without, one interval.
        let settle = events == nil ? interval : min(interval, 0.005)
        func pause(_ seconds: Double) {
            if let events { _ = events.wait(seconds) } else { Thread.sleep(forTimeInterval: seconds) }
        }
        var lastLookAtResults = Date()
        while !shouldStop() {
            pause(interval)
            // The store every 8 intervals: records land when trials finish, notes change as one types.
            let lookAtResults = Date().timeIntervalSince(lastLookAtResults) >= 8 * interval
            if lookAtResults { lastLookAtResults = Date() }
            var changed = watcher.changes(results: lookAtResults)
            guard !changed.isEmpty else { continue }
            // Editors save in steps (truncate, write; or write and rename): build once the files hold still.
            while true {
                pause(settle)
                let more = watcher.changes(results: lookAtResults)
                if more.isEmpty { break }
                changed += more
            }
            // Records are looked at again only when the store changed (it is looked at every 8
            // intervals: a record landing while a note is saved shows at most that much later).
            cache.storeIsSettled(!changed.contains { $0.hasPrefix(results + "/") })
            rebuild(because: Array(Set(changed)).sorted())
        }
    }

    package func stop() {
        server?.stop()
    }

    /// One build into memory; its problems printed when they differ from the last ones printed.
    func rebuild(because changed: [String]) {
        let started = Date()
        let build = Build(root: root, options: buildOptions, log: .quiet, cache: cache)
        var next: PreviewSite
        do {
            next = PreviewSite(report: try build.run(Stage.previewing))
        } catch {
            let diagnostic: Diagnostic
            switch error {
            case .stopped(let found): diagnostic = found
            default: diagnostic = Diagnostic(SourceLocation(path: Notebook.configFile, line: 1, column: 1), error.description)
            }
            next = PreviewSite(files: [:], notePages: [:], problems: [StageDiagnostic(.load, diagnostic)])
        }
        next.training = trainingProgress(next)
        let problems = next.problems.map(\.description)
        let reprint = lock.withLock { () -> Bool in
            current = next
            defer { shown = problems }
            return shown != problems
        }
        events.reload()
        let milliseconds = Int(Date().timeIntervalSince(started) * 1000)
        if reprint {
            for line in problems { log.problem(line) }
            if problems.isEmpty && !changed.isEmpty { log.say("no problems left") }
        }
        if !changed.isEmpty {
            let what = changed.count == 1 ? changed[0] : "\(changed.count) files"
            log.say("rebuilt in \(milliseconds) ms (\(what) changed)")
        }
    }

    /// The same build options for the preview's builds and its training.
    private var buildOptions: BuildOptions {
        var build = options.build
        build.drafts = options.drafts
        return build
    }

    /// labbook.yml's `results`, read alone (the notes are not needed for it).
    private var resultsFolder: String { Notebook.config(at: root).results }

    // MARK: Training in the background (--run)

    private func startTraining() {
        let root = self.root, log = self.log, cache = self.cache, buildOptions = self.buildOptions
        let thread = Thread { [weak self] in
            let outcome = try? Build(root: root, options: buildOptions, log: log, cache: cache).run(Stage.training)
            // The trainer catches Ctrl-C while it runs; a stop it saw stops the preview too.
            if outcome?.training.summary.interrupted == true { StopSignal.raise() }
            StopSignal.install()
            self?.lock.withLock { self?.trainingDone = true }
            if outcome == nil { self?.log.problem("error: training did not start (is a labbook run using this notebook?)") }
        }
        lock.withLock { training = thread }
        thread.start()
    }

    /// "12 of 36 trials", while trials are training for this preview.
    private func trainingProgress(_ site: PreviewSite) -> String? {
        guard options.run, !lock.withLock({ trainingDone }), let counts = site.trials else { return nil }
        return "\(counts.done) of \(counts.total) trials"
    }
}
