import Engine
import Foundation
import Planning

/// One trial's entry in the results store: what went in, what came out, and where it was run.
package struct TrialRecord: Codable, Sendable, Equatable {
    package enum Status: String, Codable, Sendable { case ok, diverged, failed }

    package struct Provenance: Codable, Sendable, Equatable {
        /// The note and experiment that first asked for the trial (not part of the key).
        package var note: String
        package var experiment: String
        package var host: String
        package var labbookVersion: String
        package var gitCommit: String?
        package var gitDirty: Bool?
        /// When training started, UTC.
        package var started: String

        package init(note: String, experiment: String, host: String, labbookVersion: String, gitCommit: String?,
                    gitDirty: Bool?, started: String) {
            self.note = note; self.experiment = experiment; self.host = host; self.labbookVersion = labbookVersion
            self.gitCommit = gitCommit; self.gitDirty = gitDirty; self.started = started
        }

        enum CodingKeys: String, CodingKey {
            case note, experiment, host, started
            case labbookVersion = "labbook_version"
            case gitCommit = "git_commit"
            case gitDirty = "git_dirty"
        }
    }

    /// The record format: 2 since the curve's training figures were named apart from the final
    /// evaluation (`train_batch_loss`); older records are read as format 2 (see `init(from:)`).
    package var format = TrialRecord.currentFormat
    package static let currentFormat = 2

    package var key: String
    package var inputs: TrialInputs
    package var status: Status
    /// Why the trial diverged, stopped early or failed.
    package var message: String?
    package var metrics: [String: Double]
    package var curve: [CurvePoint]
    package var steps: Int
    package var finalStep: Int
    package var threads: Int
    package var wallSeconds: Double
    package var provenance: Provenance
    /// The upstream trial a downstream trial (`from:`) started from; nil for every other trial.
    package var upstream: UpstreamResult?

    enum CodingKeys: String, CodingKey {
        case format, key, inputs, status, message, metrics, curve, steps, threads, provenance, upstream
        case finalStep = "final_step"
        case wallSeconds = "wall_seconds"
    }

    /// Reads any format. A format-1 record (no `format` field) called the curve's minibatch
    /// means `train_loss`/`train_acc` and their best `best_train_loss`/`best_train_acc`: those
    /// are renamed on reading, so every record means one thing by one name. The file is not
    /// rewritten, and the trial's key (from its inputs) is the same.
    package init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let written = try c.decodeIfPresent(Int.self, forKey: .format) ?? 1
        key = try c.decode(String.self, forKey: .key)
        inputs = try c.decode(TrialInputs.self, forKey: .inputs)
        status = try c.decode(Status.self, forKey: .status)
        message = try c.decodeIfPresent(String.self, forKey: .message)
        metrics = try c.decode([String: Double].self, forKey: .metrics)
        curve = try c.decode([CurvePoint].self, forKey: .curve)
        steps = try c.decode(Int.self, forKey: .steps)
        finalStep = try c.decode(Int.self, forKey: .finalStep)
        threads = try c.decode(Int.self, forKey: .threads)
        wallSeconds = try c.decode(Double.self, forKey: .wallSeconds)
        provenance = try c.decode(Provenance.self, forKey: .provenance)
        upstream = try c.decodeIfPresent(UpstreamResult.self, forKey: .upstream)
        if written < 2 {
            // Only the best values came from the curve; `train_loss` itself was the final evaluation.
            for old in [Metric.best(Metric.trainLoss), Metric.best(Metric.trainAcc)] {
                if let value = metrics.removeValue(forKey: old) { metrics[Metric.renamedInFormat2[old]!] = value }
            }
        }
        format = Self.currentFormat
    }

    package init(key: String, inputs: TrialInputs, result: TrialResult, provenance: Provenance) {
        self.key = key
        self.inputs = inputs
        status = result.status == .ok ? .ok : .diverged
        message = result.message
        metrics = result.metrics
        curve = result.curve
        steps = result.steps
        finalStep = result.finalStep
        threads = result.threads
        wallSeconds = result.wallSeconds
        self.provenance = provenance
    }

    /// A trial that could not be trained (a crash, an unreadable dataset): kept, with its error.
    package static func failed(key: String, inputs: TrialInputs, message: String, wallSeconds: Double, provenance: Provenance) -> TrialRecord {
        TrialRecord(key: key, inputs: inputs, status: .failed, message: message, metrics: [:], curve: [], steps: 0, finalStep: 0,
                    threads: 1, wallSeconds: wallSeconds, provenance: provenance)
    }

    package init(key: String, inputs: TrialInputs, status: Status, message: String?, metrics: [String: Double],
                 curve: [CurvePoint], steps: Int, finalStep: Int, threads: Int, wallSeconds: Double, provenance: Provenance) {
        self.key = key; self.inputs = inputs; self.status = status; self.message = message; self.metrics = metrics
        self.curve = curve; self.steps = steps; self.finalStep = finalStep; self.threads = threads
        self.wallSeconds = wallSeconds; self.provenance = provenance
    }

    /// The first line of `message` (why it failed or diverged), for a listing; "" without one.
    package var messageFirstLine: String {
        message?.split(separator: "\n").first.map(String.init) ?? ""
    }

    /// A metric by name (`test_loss`, `best_val_acc`, `params`, `wall_seconds`…).
    /// `from.<metric>` is the upstream trial's (`from.test_acc`); `test_err` is 1 − `test_acc`.
    package func value(of metric: String) -> Double? {
        if metric.hasPrefix("from.") { return upstream.flatMap { Self.value(of: String(metric.dropFirst(5)), in: $0.metrics) } }
        return metric == "wall_seconds" ? wallSeconds : Self.value(of: metric, in: metrics)
    }

    private static func value(of metric: String, in metrics: [String: Double]) -> Double? {
        if let accuracy = Metric.accuracy(ofError: metric) { return metrics[accuracy].map { 1 - $0 } }
        return metrics[metric]
    }

    /// Pretty, sorted JSON: records are committed, so they should diff well.
    package func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // Non-finite numbers (a diverged loss) are written as strings JSON can hold.
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return try! encoder.encode(self) + Data("\n".utf8)
    }

    package static func decode(_ data: Data) throws -> TrialRecord {
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return try decoder.decode(TrialRecord.self, from: data)
    }
}
