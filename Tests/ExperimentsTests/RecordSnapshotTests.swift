import Engine
import Foundation
import Notes
import Testing
@testable import Planning
@testable import Store

/// The snapshot of records read (`.labbook/cache/records`): what a new process takes from it
/// instead of the record files, and what it never trusts.
@Suite struct RecordSnapshotTests {
    static let committedResults = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("results")

    private func scratch() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("labbook-snapshot-\(UUID().uuidString)")
    }

    private func record(_ trial: PlannedTrial, host: String = "h") -> TrialRecord {
        let provenance = TrialRecord.Provenance(note: "notes/x.md", experiment: trial.experiment, host: host, labbookVersion: "0",
                                                gitCommit: "abc", gitDirty: false, started: "2026-01-01T00:00:00Z")
        return TrialRecord(key: trial.key, inputs: trial.inputs, status: .ok, message: nil, metrics: ["test_loss": 0.5, "test_acc": 0.8],
                           curve: [CurvePoint(step: 0, lr: 1e-3, trainBatchLoss: 2.3), CurvePoint(step: 20, lr: 1e-3, valLoss: 1.5, valAcc: 0.5)],
                           steps: 20, finalStep: 20, threads: 1, wallSeconds: 0.25, provenance: provenance)
    }

    /// Sets the file's times an hour back: it was written long before any build read it.
    private func backdate(_ path: String) {
        var times = [timespec(tv_sec: time(nil) - 3600, tv_nsec: 0), timespec(tv_sec: time(nil) - 3600, tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
    }

    /// Changes the file's bytes in place and puts its times back, so its stamp (size, times,
    /// inode) is what it was: only a process that reads the file can see the change.
    private func rewriteKeepingStamp(_ path: String, _ old: String, _ new: String) throws {
        var info = stat()
        #expect(stat(path, &info) == 0)
        let before = FileStamp(path: path)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let changed = text.replacingOccurrences(of: old, with: new)
        #expect(changed != text && changed.utf8.count == text.utf8.count)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.write(Data(changed.utf8))
        try handle.close()
        var times = [info.st_atim, info.st_mtim]
        #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
        #expect(FileStamp(path: path) == before)
    }

    @Test func everyCommittedRecordReadsBackFromTheSnapshotAsFromItsJSON() throws {
        let shards = try FileManager.default.contentsOfDirectory(atPath: Self.committedResults.path)
        var compared = 0
        for shard in shards where shard.count == 2 {
            let folder = Self.committedResults.appendingPathComponent(shard)
            for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasSuffix(".json") && !file.hasPrefix(".") {
                let json = try TrialRecord.decode(Data(contentsOf: folder.appendingPathComponent(file)))
                let again = try SnapshotDecoder.decode(TrialRecord.self, from: SnapshotEncoder.encode(json))
                // Compared as written JSON: a diverged record's NaN is not equal to itself.
                #expect(again.encoded() == json.encoded(), "\(shard)/\(file)")
                compared += 1
            }
        }
        #expect(compared > 500)
    }

    @Test func configValuesReadBackAsTheCaseTheyWereWrittenAs() throws {
        let values: [ConfigValue] = [.int(2), .double(2), .double(3e-4), .double(.infinity), .string("nan"), .string("2"), .bool(true),
                                     .list([.int(5), .double(6.5)]), .mapping(["a": .int(-1), "b": .string("x"), "c": .mapping([:])])]
        let again = try SnapshotDecoder.decode([ConfigValue].self, from: SnapshotEncoder.encode(values))
        #expect(again == values)
        let nan = try SnapshotDecoder.decode([ConfigValue].self, from: SnapshotEncoder.encode([ConfigValue.double(.nan)]))
        guard case .double(let value) = nan.first, value.isNaN else { Issue.record("NaN reads back as a double: \(nan)"); return }
    }

    @Test func damagedSnapshotBytesAreAnErrorNeverACrash() throws {
        let trial = try #require(plannedTrials(tinyTeacher).first)
        let bytes = try SnapshotEncoder.encode(record(trial))
        for length in stride(from: 0, to: bytes.count, by: 7) {
            #expect(throws: (any Error).self) { try SnapshotDecoder.decode(TrialRecord.self, from: Array(bytes.prefix(length))) }
        }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            var damaged = bytes
            damaged[Int.random(in: 0..<damaged.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
            _ = try? SnapshotDecoder.decode(TrialRecord.self, from: damaged)  // Decodes or throws; must not trap.
        }
    }

    /// Two stored records, backdated, read once by a store whose cache keeps a snapshot.
    private func storeWithSnapshot(_ folder: URL) throws -> (store: ResultsStore, snapshot: URL, trials: [PlannedTrial]) {
        let snapshot = folder.appendingPathComponent("cache/records")
        let store = ResultsStore(folder: folder.appendingPathComponent("results"), cache: RecordCache(snapshot: snapshot))
        let trials = Array(plannedTrials(tinyTeacher).prefix(2))
        for trial in trials {
            try store.write(record(trial))
            backdate(store.url(for: trial.key).path)
        }
        store.cache?.newLook()
        for trial in trials { #expect(store.record(trial.key)?.provenance.host == "h") }
        store.cache?.saveSnapshot()
        #expect(FileManager.default.fileExists(atPath: snapshot.path))
        return (store, snapshot, trials)
    }

    @Test func aNewProcessReadsOnlyTheRecordFilesThatChanged() throws {
        let folder = scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (store, snapshot, trials) = try storeWithSnapshot(folder)
        let kept = try #require(store.digest(trials[0].key))

        // Trial 0's file changes in a way its stamp does not show; trial 1's is written anew.
        try rewriteKeepingStamp(store.url(for: trials[0].key).path, "\"host\" : \"h\"", "\"host\" : \"k\"")
        try ResultsStore(folder: store.folder).write(record(trials[1], host: "new"))

        let next = ResultsStore(folder: store.folder, cache: RecordCache(snapshot: snapshot))
        #expect(next.record(trials[0].key)?.provenance.host == "h", "taken from the snapshot: the file was not read")
        #expect(next.digest(trials[0].key) == kept)
        #expect(next.record(trials[1].key)?.provenance.host == "new", "read again: its file changed")
        #expect(ResultsStore(folder: store.folder).record(trials[0].key)?.provenance.host == "k")
    }

    @Test(arguments: ["header", "payload", "cut short"])
    func aDamagedSnapshotIsIgnoredAndTheRecordFilesAreRead(_ damage: String) throws {
        let folder = scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (store, snapshot, trials) = try storeWithSnapshot(folder)
        try rewriteKeepingStamp(store.url(for: trials[0].key).path, "\"host\" : \"h\"", "\"host\" : \"k\"")

        var bytes = [UInt8](try Data(contentsOf: snapshot))
        switch damage {
        case "header": bytes[16] ^= 0x01
        case "payload": bytes[bytes.count - 20] ^= 0x40
        default: bytes.removeLast(bytes.count / 3)
        }
        try Data(bytes).write(to: snapshot)

        let next = ResultsStore(folder: store.folder, cache: RecordCache(snapshot: snapshot))
        #expect(next.record(trials[0].key)?.provenance.host == "k", "read from its file: the snapshot is not trusted")
        #expect(next.record(trials[1].key)?.provenance.host == "h")
    }

    @Test func aRecordWrittenJustBeforeItWasReadIsNotKeptInTheSnapshot() throws {
        let folder = scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let snapshot = folder.appendingPathComponent("cache/records")
        let store = ResultsStore(folder: folder.appendingPathComponent("results"), cache: RecordCache(snapshot: snapshot))
        let trials = Array(plannedTrials(tinyTeacher).prefix(2))
        try store.write(record(trials[0]))
        try store.write(record(trials[1]))
        backdate(store.url(for: trials[1].key).path)
        store.cache?.newLook()
        #expect(store.record(trials[0].key) != nil && store.record(trials[1].key) != nil)
        store.cache?.saveSnapshot()

        // A change within the same tick of the clock would not show in the stamp of trial 0's file.
        try rewriteKeepingStamp(store.url(for: trials[0].key).path, "\"host\" : \"h\"", "\"host\" : \"k\"")
        try rewriteKeepingStamp(store.url(for: trials[1].key).path, "\"host\" : \"h\"", "\"host\" : \"k\"")
        let next = ResultsStore(folder: store.folder, cache: RecordCache(snapshot: snapshot))
        #expect(next.record(trials[0].key)?.provenance.host == "k", "not in the snapshot: read from its file")
        #expect(next.record(trials[1].key)?.provenance.host == "h", "written well before it was read: kept")
    }
}
