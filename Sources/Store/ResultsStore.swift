import Foundation
import Notes
import Parallel
import Planning

/// The committed record of every trial: `results/<first two hex>/<key>.json`, one file per trial.
/// Writes are atomic (temporary file, fsync, rename), so a killed build never leaves half a record.
package struct ResultsStore: Sendable {
    package let folder: URL
    /// Records read before, kept across lookups (and across the rebuilds of `serve`).
    package let cache: RecordCache?

    /// The folder's path, made once: a build asks for thousands of records.
    private let folderPath: String

    package init(folder: URL, cache: RecordCache? = nil) {
        self.folder = folder
        self.cache = cache
        folderPath = folder.path
    }

    /// The same store, every lookup reading the file: for training, while workers write records.
    package var reading: ResultsStore { ResultsStore(folder: folder) }

    package func url(for key: String) -> URL {
        URL(fileURLWithPath: path(for: key), isDirectory: false)
    }

    /// `results/<first two hex>/<key>.json`, joined as text.
    func path(for key: String) -> String {
        "\(folderPath)/\(key.prefix(2))/\(key).json"
    }

    /// Where a rerun's failure is kept when it did not replace the result it was rerunning:
    /// `results/<first two hex>/<key>.failed.json`, beside the record.
    package func failureURL(for key: String) -> URL {
        folder.appendingPathComponent(String(key.prefix(2))).appendingPathComponent("\(key)\(Self.failureSuffix)")
    }

    static let failureSuffix = ".failed.json"

    /// The failure of the last rerun of a trial whose earlier result was kept, if any.
    package func failedRerun(_ key: String) -> TrialRecord? {
        FileManager.default.contents(atPath: failureURL(for: key).path).flatMap { try? TrialRecord.decode($0) }
    }

    package enum Lookup: Sendable {
        case missing
        case found(TrialRecord)
        /// The file exists but cannot be read as a record; treated as missing.
        case unreadable(path: String, reason: String)
    }

    package func lookup(_ key: String) -> Lookup {
        let path = path(for: key)
        if let cache { return cache.lookup(path) { Self.read($0, key: key, path: path) } }
        guard let data = FileManager.default.contents(atPath: path) else { return .missing }
        return Self.read(data, key: key, path: path)
    }

    /// The SHA-256 of a record file's bytes, from the cache when it read them; nil without a file.
    /// Figures are cached by the content of the records they read, not by their dates.
    package func digest(_ key: String) -> String? {
        let path = path(for: key)
        if let known = cache?.digest(path) { return known }
        return FileManager.default.contents(atPath: path).map(RecordCache.digest)
    }

    private static func read(_ data: Data, key: String, path: String) -> Lookup {
        do {
            let record = try TrialRecord.decode(data)
            if let problem = mismatch(record, fileKey: key) { return .unreadable(path: path, reason: problem) }
            return .found(record)
        } catch {
            return .unreadable(path: path, reason: data.isEmpty ? "it is empty" : "it is not a complete trial record (\(reason(error)))")
        }
    }

    package func record(_ key: String) -> TrialRecord? {
        if case .found(let record) = lookup(key) { return record }
        return nil
    }

    /// Every readable record in the store (for saying why a trial is missing).
    package func allRecords() -> [TrialRecord] { scan().records }

    /// Every record file in the store: those that read as the trial their name says, and the
    /// damaged ones (not JSON, cut short, holding another trial, inputs that do not give the key).
    package func scan() -> (records: [TrialRecord], damaged: [DamagedRecord]) {
        guard let shards = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return ([], []) }
        var files: [(shard: String, file: String)] = []
        for shard in shards.sorted() where shard.count == 2 {
            let shardURL = folder.appendingPathComponent(shard)
            for file in ((try? FileManager.default.contentsOfDirectory(atPath: shardURL.path)) ?? []).sorted()
            where file.hasSuffix(".json") && !file.hasSuffix(Self.failureSuffix) && !file.hasPrefix(".") {
                files.append((shard, file))
            }
        }
        // Decoding and checking records is most of reading the store: done across cores, in order.
        cache?.readSnapshot()
        let lookups = ParallelMap.map(files) { lookup(String($0.file.dropLast(".json".count))) }
        var records: [TrialRecord] = []
        var damaged: [DamagedRecord] = []
        for (place, found) in zip(files, lookups) {
            switch found {
            case .found(let record): records.append(record)
            case .unreadable(_, let reason): damaged.append(DamagedRecord(path: "\(place.shard)/\(place.file)", reason: reason))
            case .missing: break
            }
        }
        return (records, damaged)
    }

    /// Why a record that decodes is still not the record of trial `fileKey`, if it is not.
    static func mismatch(_ record: TrialRecord, fileKey: String) -> String? {
        if record.key != fileKey { return "it holds trial \(record.key), not the one its name says" }
        if record.inputs.key != fileKey { return "its inputs do not give its key (the record was edited by hand, or renamed)" }
        return nil
    }

    package struct WriteError: Error, CustomStringConvertible {
        package var path: String
        package var reason: String
        package var description: String { "\(path): error: cannot write trial record: \(reason)" }
    }

    /// What `write` did with a record.
    package enum Written: Sendable, Equatable {
        /// The record is the trial's record now.
        case record
        /// A failure that would have replaced a result: kept beside it, the result untouched.
        case besideResult
    }

    /// Writes `record` atomically: a reader sees the old file or the whole new one, never a part.
    /// A failure never replaces a result (`ok` or `diverged`): a rerun that fails or is killed
    /// leaves the earlier record in place and its failure beside it. A result clears that failure.
    @discardableResult
    package func write(_ record: TrialRecord) throws(WriteError) -> Written {
        if record.status == .failed, case .found(let earlier) = lookup(record.key), earlier.status != .failed {
            try writeAtomically(record.encoded(), to: failureURL(for: record.key))
            return .besideResult
        }
        try writeAtomically(record.encoded(), to: url(for: record.key))
        cache?.forget(path(for: record.key))
        unlink(failureURL(for: record.key).path)
        return .record
    }

    /// Whole or not at all, synced: a record is hours of training.
    private func writeAtomically(_ data: Data, to target: URL) throws(WriteError) {
        do { try WholeFile.write(data, to: target.path, durable: true) } catch {
            throw WriteError(path: error.path, reason: error.reason)
        }
    }

    private static func reason(_ error: Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context): return context.debugDescription
        case DecodingError.keyNotFound(let key, _): return "no '\(key.stringValue)'"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return "bad '\(context.codingPath.map(\.stringValue).joined(separator: "."))'"
        default: return "\(error)"
        }
    }
}
