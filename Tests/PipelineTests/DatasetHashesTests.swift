import Foundation
import Pipeline
import Testing

/// `.labbook/cache/dataset-hashes.json`: the hashes of the dataset files a build fingerprinted,
/// kept so that the next build does not read an unchanged file again.
@Suite struct DatasetHashesTests {
    struct Kept: Decodable { var stamp: String; var sha256: String }

    /// A notebook whose one experiment reads a CSV file written an hour ago.
    private func notebook() throws -> (root: URL, csv: String) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("labbook-hashes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("notes"), withIntermediateDirectories: true)
        let note = "---\ntitle: A\ndate: 2026-01-01\n---\nText.\n\n```experiment\nid: c\ndataset: csv:d.csv\nlabel: y\nsteps: 2\nseeds: 1\n```\n"
        try note.write(to: root.appendingPathComponent("notes/a.md"), atomically: true, encoding: .utf8)
        let csv = root.appendingPathComponent("d.csv").path
        try (["x,y"] + (0..<20).map { "\($0),\($0 % 2)" }).joined(separator: "\n").write(toFile: csv, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: csv)
        return (root, csv)
    }

    private func sha256sum(_ path: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        process.arguments = [path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: output, as: UTF8.self).split(separator: " ").first.map(String.init) ?? ""
    }

    private func kept(_ root: URL) throws -> [Kept] {
        try JSONDecoder().decode([Kept].self, from: Data(contentsOf: root.appendingPathComponent(".labbook/cache/dataset-hashes.json")))
    }

    @Test func aBuildKeepsTheHashOfEveryDatasetFileItFingerprinted() throws {
        let (root, csv) = try notebook()
        defer { try? FileManager.default.removeItem(at: root) }
        let report = try Build(root: root, log: .quiet).run(Stage.rendering)
        #expect(report.errors == 0, "\(report.found)")
        // Other tests' builds run in this process too: only this notebook's file is looked for.
        let hashes = try kept(root).filter { $0.stamp.hasPrefix(csv + "|") }
        #expect(hashes.map(\.sha256) == [try sha256sum(csv)])
    }

    @Test func aDamagedHashFileIsIgnoredAndWrittenAgain() throws {
        let (root, csv) = try notebook()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent(".labbook/cache/dataset-hashes.json")
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("[{\"stamp\": 3".utf8).write(to: file)
        let report = try Build(root: root, log: .quiet).run(Stage.rendering)
        #expect(report.errors == 0, "\(report.found)")
        #expect(try kept(root).filter { $0.stamp.hasPrefix(csv + "|") }.map(\.sha256) == [try sha256sum(csv)])
    }

    @Test func checkWritesNoHashFile() throws {
        let (root, _) = try notebook()
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try Build(root: root, log: .quiet).run(Stage.checking)
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent(".labbook/cache/dataset-hashes.json").path))
    }
}
