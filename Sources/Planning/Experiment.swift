import Notes

/// An `experiment` directive, checked: fixed keys, swept keys and seeds, each with where it was written.
package struct Experiment: Sendable {
    package enum SweepMode: String, Sendable, CaseIterable { case grid, zip, random }

    /// One list-valued key: a sweep axis.
    package struct Axis: Sendable, Hashable {
        package var key: String
        package var values: [ConfigValue]
        package var location: SourceLocation
    }

    package struct RandomKey: Sendable, Hashable {
        package var key: String
        package var distribution: Distribution
        package var location: SourceLocation
    }

    package var id: String
    /// The note it is written in.
    package var notePath: String
    package var noteSlug: String
    package var location: SourceLocation
    /// The directive's YAML as written.
    package var body: String
    package var sweep: SweepMode
    /// Random search: how many samples.
    package var samples: Int
    package var sweepSeed: UInt64
    package var seeds: [UInt64]
    /// Keys with one value, shared by every trial.
    package var fixed: [String: ConfigValue]
    package var axes: [Axis]
    package var randomKeys: [RandomKey]
    /// Where each key was written, for errors found later (engine checks, missing data).
    package var keyLocations: [String: SourceLocation]
    /// Set when the trials run the researcher's own command instead of the engine.
    package var command: CommandSpec? = nil
    /// `from:`: the upstream experiment whose trials this one's start from, as written.
    package var from: String? = nil

    /// `note-slug/id`: how other notes name it.
    package var qualifiedID: String { "\(noteSlug)/\(id)" }
}
