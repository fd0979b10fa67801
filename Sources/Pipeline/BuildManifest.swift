import Crypto
import Engine
import Foundation
import Notes
import Numerics
import Parallel
import Store

/// What the last build that wrote the site was made from, and what it wrote. A build whose inputs
/// are all as they were (every file of the notebook, the dataset files it read, git's HEAD and
/// index, the labbook binary, the command line) and whose output folder still holds exactly what
/// was written has nothing to do: it reports what that build found, and writes nothing.
/// Kept in `.labbook/cache/build.json`; a damaged one is ignored and the build runs.
struct BuildManifest: Codable {
    static let format = 1
    var format = BuildManifest.format
    /// SHA-256 of the listing of the inputs, taken before the build read any of them.
    var inputs: String
    /// Files outside the notebook the build read: the dataset files behind trial keys, KaTeX.
    var outside: [String]
    var outputs: [String: FileStamp]
    var pages: Int
    var notes: Int
    var found: [Problem]

    struct Problem: Codable {
        var stage: String
        var path: String
        var line: Int
        var column: Int
        var severity: String
        var message: String
    }

    static func url(_ root: URL) -> URL { root.appendingPathComponent(".labbook/cache/build.json") }

    /// The manifest of the last build, if there is one that reads.
    static func last(_ root: URL) -> BuildManifest? {
        guard let data = FileManager.default.contents(atPath: url(root).path),
              let manifest = try? JSONDecoder().decode(BuildManifest.self, from: data), manifest.format == format else { return nil }
        return manifest
    }

    /// The report of the last build when nothing it was made from or wrote changed since.
    func report(ifListingIs listing: String, output: URL) -> BuildReport? {
        guard Self.digest(listing, outside: outside) == inputs, Self.stamps(of: output) == outputs else { return nil }
        var report = BuildReport()
        report.upToDate = (notes: notes, pages: pages)
        report.pages = pages
        report.output = output
        report.found = found.compactMap { problem in
            guard let stage = Stage(rawValue: problem.stage), let severity = Diagnostic.Severity(rawValue: problem.severity) else { return nil }
            return StageDiagnostic(stage, Diagnostic(SourceLocation(path: problem.path, line: problem.line, column: problem.column),
                                                     problem.message, severity: severity))
        }
        return report
    }

    /// The manifest of a build that just wrote `output`, from the listing taken before it started
    /// (at `taken`). The files outside the notebook are known only now, once the build hashed them:
    /// one changed since the build started may have been read before or after the change, so
    /// there is no manifest, and the next build is a whole one.
    init?(listing: String, taken: Date, report: BuildReport, output: URL) {
        outside = Self.outsideFiles
        guard !outside.contains(where: { FileStamp(path: $0)?.modified(after: taken) == true }) else { return nil }
        inputs = Self.digest(listing, outside: outside)
        outputs = Self.stamps(of: output)
        pages = report.pages
        notes = report.notes
        found = report.found.map { item in
            let d = item.diagnostic
            return Problem(stage: item.stage.rawValue, path: d.location.path, line: d.location.line, column: d.location.column,
                           severity: d.severity.rawValue, message: d.message)
        }
    }

    /// Written whole or not at all.
    func save(_ root: URL) {
        guard let data = try? JSONEncoder().encode(self) else { return }
        try? WholeFile.write(data, to: Self.url(root).path)
    }

    /// The dataset files read in this process, and KaTeX's, which typesets the formulas.
    private static var outsideFiles: [String] {
        Engine.datasetFilesRead + ["/usr/share/nodejs/katex/package.json", "/usr/share/javascript/katex/katex.min.css"]
    }

    /// The listing of what a build of `root` reads from the notebook: every file under it (but the
    /// output folder and hidden ones) with its stamp, git's state, the labbook binary and the
    /// command line (`settings`). Taken before the build reads anything, so an edit during the
    /// build is a change to the next one.
    static func listing(root: URL, output: URL, settings: String) -> String {
        var listing = "labbook \(LabbookVersion.string) \(FileStamp.text("/proc/self/exe"))\n\(settings)\n"
        let rootPath = root.path, outputPath = output.path
        let outputInside = outputPath.hasPrefix(rootPath + "/") ? String(outputPath.dropFirst(rootPath.count + 1)) + "/" : nil
        // A stat per file, across cores: a thousand notes' stamps, one after another, were a
        // serial tenth of their build's start.
        let files = Notebook.listFiles(in: root).filter { file in outputInside.map { !file.hasPrefix($0) } ?? true }
        listing += ParallelMap.map(files) { file in "\(file) \(FileStamp.text("\(rootPath)/\(file)"))\n" }.joined()
        for file in gitFiles(from: root) { listing += "git \(file) \(FileStamp.text(file))\n" }
        return listing
    }

    /// The SHA-256 of the listing with the stamps of the `outside` files.
    static func digest(_ listing: String, outside: [String]) -> String {
        let all = listing + outside.map { "outside \($0) \(FileStamp.text($0))\n" }.joined()
        return HexDigits.string(SHA256.hash(data: Data(all.utf8)))
    }

    /// HEAD, the index, the branch HEAD names and packed refs, in the nearest `.git` folder up from
    /// `root`: a commit, a checkout or `git add` changes one of them.
    private static func gitFiles(from root: URL) -> [String] {
        var folder = root
        while true {
            let git = folder.appendingPathComponent(".git").path
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: git, isDirectory: &isFolder), isFolder.boolValue {
                var files = ["\(git)/HEAD", "\(git)/index", "\(git)/packed-refs"]
                if let head = FileManager.default.contents(atPath: "\(git)/HEAD").map({ String(decoding: $0, as: UTF8.self) }),
                   head.hasPrefix("ref: ") {
                    files.append("\(git)/\(head.dropFirst(5).trimmingCharacters(in: .whitespacesAndNewlines))")
                }
                return files
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return [] }
            folder = parent
        }
    }

    private static func stamps(of folder: URL) -> [String: FileStamp] {
        let files = Notebook.listFiles(in: folder), folderPath = folder.path
        let found = ParallelMap.map(files) { file in FileStamp(path: "\(folderPath)/\(file)") }
        var stamps: [String: FileStamp] = [:]
        for (file, stamp) in zip(files, found) { stamps[file] = stamp }
        return stamps
    }
}
