/// The steps of a build, in the order they run. A command runs some of them by name: `check` is
/// every stage but `run` and `write`, so it finds every problem `build` would, without training
/// or writing anything.
package enum Stage: String, CaseIterable, Sendable, Comparable {
    /// Read notes/, labbook.yml: front matter, Markdown, shortcodes.
    case load
    /// Links between notes and the templates.
    case check
    /// Experiment directives → trials with keys, looked up in the results store.
    case plan
    /// Train the missing trials (local workers or Slurm).
    case run
    /// Fits and figure, table and value models from the records.
    case analyse
    /// Pages through the templates, in memory.
    case render
    /// The site on disk.
    case write

    package static func < (a: Stage, b: Stage) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// `labbook build`.
    package static let building: [Stage] = allCases
    /// `labbook build --no-run`.
    package static let rendering: [Stage] = [.load, .check, .plan, .analyse, .render, .write]
    /// `labbook serve`: the site rendered into memory, nothing written.
    package static let previewing: [Stage] = [.load, .check, .plan, .analyse, .render]
    /// `labbook check`.
    package static let checking: [Stage] = [.load, .check, .plan, .analyse, .render]
    /// `labbook run`.
    package static let training: [Stage] = [.load, .plan, .run]
    /// `labbook status`, `labbook cancel`.
    package static let planning: [Stage] = [.load, .plan]
}
