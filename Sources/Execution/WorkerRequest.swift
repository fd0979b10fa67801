/// One trial for a long-lived worker (`labbook trial --serve`), a line on its standard input: the
/// key, whether to overwrite a record, and the log that takes the trial's output. The worker
/// answers with the key on its standard output once it is done with the trial.
package struct WorkerRequest: Equatable, Sendable {
    package var key: String
    package var force: Bool
    package var log: String

    package init(key: String, force: Bool, log: String) {
        self.key = key
        self.force = force
        self.log = log
    }

    package init?(line: String) {
        let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
        guard fields.count == 3, fields[1] == "force" || fields[1] == "keep" else { return nil }
        self.init(key: String(fields[0]), force: fields[1] == "force", log: String(fields[2]))
    }

    package var line: String { "\(key)\t\(force ? "force" : "keep")\t\(log)\n" }
}
