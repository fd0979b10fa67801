/// Where the numbers of one note's page came from, for the foot of the page.
package struct NoteProvenance: Sendable, Equatable {
    /// Trials of the note's experiments that have a record in the results store, of `total`.
    package var stored: Int
    package var total: Int
    package var trainedNow: Int
    package var labbookVersion: String
    /// The notebook's git commit, abbreviated, and whether the work tree had changes.
    package var commit: String?
    package var dirty: Bool

    package init(stored: Int, total: Int, trainedNow: Int, labbookVersion: String, commit: String?, dirty: Bool) {
        self.stored = stored
        self.total = total
        self.trainedNow = trainedNow
        self.labbookVersion = labbookVersion
        self.commit = commit
        self.dirty = dirty
    }

    /// What `note-provenance.mustache` is given.
    var templateContext: [String: Any] {
        var context: [String: Any] = ["stored": stored, "total": total, "totalWord": Plural.trials(total),
                                      "hasTrainedNow": trainedNow > 0, "trainedNow": trainedNow,
                                      "version": labbookVersion, "dirty": dirty]
        if let commit { context["commit"] = commit }
        return context
    }
}
