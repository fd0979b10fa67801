import Engine
import Foundation
import Testing
@testable import Execution
@testable import Planning
@testable import Store

@Suite struct ResultsStoreTests {
    private func scratch() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("labbook-store-\(UUID().uuidString)")
    }

    private func record(_ trial: PlannedTrial, status: TrialRecord.Status = .ok) -> TrialRecord {
        let provenance = TrialRecord.Provenance(note: "notes/x.md", experiment: trial.experiment, host: "h", labbookVersion: "0",
                                                gitCommit: nil, gitDirty: nil, started: "2026-01-01T00:00:00Z")
        return .failed(key: trial.key, inputs: trial.inputs, message: "boom", wallSeconds: 1.5, provenance: provenance)
    }

    @Test func recordsRoundTripUnderTheirKeyWithNoTemporaryFilesLeft() throws {
        let folder = scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = ResultsStore(folder: folder)
        let trial = try #require(plannedTrials(tinyTeacher).first)
        try store.write(record(trial))
        #expect(store.url(for: trial.key).path == folder.path + "/\(trial.key.prefix(2))/\(trial.key).json")
        let read = try #require(store.record(trial.key))
        #expect(read == record(trial))
        let shard = try FileManager.default.contentsOfDirectory(atPath: store.url(for: trial.key).deletingLastPathComponent().path)
        #expect(shard == ["\(trial.key).json"])
    }

    @Test func aTruncatedRecordIsReportedByNameAndTreatedAsMissing() throws {
        let folder = scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = ResultsStore(folder: folder)
        let trial = try #require(plannedTrials(tinyTeacher).first)
        try store.write(record(trial))
        let url = store.url(for: trial.key)
        let data = try Data(contentsOf: url)
        try data.prefix(data.count / 2).write(to: url)
        guard case .unreadable(let path, let reason) = store.lookup(trial.key) else {
            Issue.record("a truncated record must be unreadable")
            return
        }
        #expect(path == url.path)
        #expect(reason.contains("not a complete trial record"))
        let index = StoreIndex(store: store)
        guard case .missing(let why) = index.state(of: trial) else { Issue.record("treated as missing"); return }
        #expect(why.description.hasPrefix("record \(url.path) is unreadable"))
    }

    @Test func nonFiniteMetricsSurviveTheRoundTrip() throws {
        let folder = scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = ResultsStore(folder: folder)
        let trial = try #require(plannedTrials(tinyTeacher).first)
        var diverged = record(trial)
        diverged.metrics = ["train_loss": .infinity, "test_loss": .nan]
        try store.write(diverged)
        let read = try #require(store.record(trial.key))
        #expect(read.metrics["train_loss"] == .infinity)
        #expect(read.metrics["test_loss"]?.isNaN == true)
    }

    @Test func aFailureNeverReplacesAResultAndIsKeptBesideIt() throws {
        let folder = scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = ResultsStore(folder: folder)
        let trial = try #require(plannedTrials(tinyTeacher).first)
        var result = record(trial)
        result.status = .ok
        result.message = nil
        result.metrics = ["test_loss": 0.5]
        #expect(try store.write(result) == .record)

        let failure = record(trial)
        #expect(try store.write(failure) == .besideResult)
        #expect(store.record(trial.key) == result, "the result stays")
        #expect(store.failedRerun(trial.key) == failure)
        #expect(store.allRecords() == [result], "the failure beside a result is not a record of its own")

        // A new result replaces the old one and clears the failure; a failure replaces a failure.
        result.metrics = ["test_loss": 0.4]
        #expect(try store.write(result) == .record)
        #expect(store.failedRerun(trial.key) == nil)
        #expect(!FileManager.default.fileExists(atPath: store.failureURL(for: trial.key).path))
        let other = try #require(plannedTrials(tinyTeacher).last)
        #expect(try store.write(record(other)) == .record)
        #expect(try store.write(record(other)) == .record)
    }
}

