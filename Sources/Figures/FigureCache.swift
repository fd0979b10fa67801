import Crypto
import Foundation
import Notes
import Numerics

/// Drawn plots and tables, kept by a key made of everything that goes into drawing one: the
/// directive's text and place, the note, the experiments it reads with the content of every record
/// they hold, and `analysisVersion`. Fits and bootstraps are most of a build's time; with the cache
/// a rebuild redoes only the figures whose inputs changed. Kept in memory (for `serve`) and, given
/// a folder, as one JSON file per figure under `.labbook/cache/figures/`; an entry that does not
/// decode is ignored and drawn again.
package final class FigureCache: @unchecked Sendable {
    /// Bump when fits, bootstraps or figure models change what they draw from the same records.
    package static let analysisVersion = 2

    let folder: URL?
    private let lock = NSLock()
    private var memory: [String: CachedDrawing] = [:]
    /// Keys asked for since the cache was made (or last pruned).
    private var used: Set<String> = []

    package init(folder: URL?) {
        self.folder = folder
    }

    /// Memory only: nothing on disk.
    package static func inMemory() -> FigureCache { FigureCache(folder: nil) }

    /// The drawing cached under `key`, or `draw()`'s, kept for next time.
    /// The figure of the directive at `place`, drawn by `draw` only when no entry has `key`.
    func drawing(_ key: String, at place: SourceLocation,
                 draw: () -> (drawn: FigureBuilder.Drawn?, problems: [Diagnostic])) -> (drawn: FigureBuilder.Drawn?, problems: [Diagnostic]) {
        lock.withLock { _ = used.insert(key) }
        if let cached = lock.withLock({ memory[key] }) ?? read(key) { return cached.restored(at: place) }
        let result = draw()
        let entry = CachedDrawing(result.drawn, problems: result.problems, at: place)
        lock.withLock { memory[key] = entry }
        write(entry, key)
        return result
    }

    /// Removes the entries on disk that this build did not ask for (figures since edited away),
    /// so the folder holds one notebook's figures, not its history.
    package func prune() {
        guard let folder, let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        let keep = lock.withLock { used }
        for name in names where name.hasSuffix(".json") && !keep.contains(String(name.dropLast(".json".count))) {
            unlink(folder.appendingPathComponent(name).path)
        }
    }

    private func url(_ key: String) -> URL? { folder?.appendingPathComponent("\(key).json") }

    private func read(_ key: String) -> CachedDrawing? {
        guard let url = url(key), let data = FileManager.default.contents(atPath: url.path),
              let entry = try? JSONDecoder().decode(CachedDrawing.self, from: data) else { return nil }
        lock.withLock { memory[key] = entry }
        return entry
    }

    /// Written whole: a reader sees a whole entry or none. One that cannot be written is drawn again next time.
    private func write(_ entry: CachedDrawing, _ key: String) {
        guard let url = url(key), let data = try? JSONEncoder().encode(entry) else { return }
        try? WholeFile.write(data, to: url.path)
    }

    /// The program drawing the figures, by its file's size and time: a labbook built from other
    /// code draws afresh even if nobody remembered to bump `analysisVersion`.
    static let codeIdentity: String = {
        let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return "unknown" }
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
        let time = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(size)-\(time)"
    }()

    /// A key from the parts that decide a drawing, each length-prefixed so no two lists of parts
    /// give the same bytes.
    static func key(_ parts: [String]) -> String {
        var hasher = SHA256()
        hasher.update(data: Data("labbook-figure \(analysisVersion) \(codeIdentity)\n".utf8))
        for part in parts {
            hasher.update(data: Data("\(part.utf8.count):".utf8))
            hasher.update(data: Data(part.utf8))
        }
        return HexDigits.string(hasher.finalize())
    }
}
