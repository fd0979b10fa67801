import Notes

/// An `experiment` directive, checked: fixed keys, swept keys and seeds, each with where it was written.
public struct Experiment: Sendable {
    public enum SweepMode: String, Sendable, CaseIterable { case grid, zip, random }

    /// One list-valued key: a sweep axis.
    public struct Axis: Sendable, Hashable {
        public var key: String
        public var values: [ConfigValue]
        public var location: SourceLocation
    }

    public struct RandomKey: Sendable, Hashable {
        public var key: String
        public var distribution: Distribution
        public var location: SourceLocation
    }

    public var id: String
    /// The note it is written in.
    public var notePath: String
    public var noteSlug: String
    public var location: SourceLocation
    /// The directive's YAML as written.
    public var body: String
    public var sweep: SweepMode
    /// Random search: how many samples.
    public var samples: Int
    public var sweepSeed: UInt64
    public var seeds: [UInt64]
    /// Keys with one value, shared by every trial.
    public var fixed: [String: ConfigValue]
    public var axes: [Axis]
    public var randomKeys: [RandomKey]
    /// Where each key was written, for errors found later (engine checks, missing data).
    public var keyLocations: [String: SourceLocation]

    /// `note-slug/id`: how other notes name it.
    public var qualifiedID: String { "\(noteSlug)/\(id)" }
}
