import Foundation
import Testing
import Notes

/// Runs the real `labbook` executable, built beside this test binary.
struct LabbookProcess {
    static var executable: URL {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        return beside.appendingPathComponent("labbook")
    }

    struct Result { var status: Int32; var stdout: String; var stderr: String }

    /// Runs a shell command and returns its standard output.
    static func shell(_ command: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Live (not zombie) `labbook trial` workers of the notebook in `folder`.
    static func workers(in folder: ScratchFolder) throws -> [Int32] {
        let listing = try shell("ps -eo pid=,stat=,args=")
        return listing.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
            guard fields.count == 3, !fields[1].hasPrefix("Z"), fields[2].contains(" trial "),
                  fields[2].contains(folder.url.lastPathComponent) else { return nil }
            return Int32(fields[0])
        }
    }

    /// Starts labbook with `arguments`, its standard output into `output` and its errors discarded.
    static func start(_ arguments: [String], output: Pipe? = nil) throws -> Process {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardOutput = output ?? FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    static func run(_ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }
}

/// A scratch notebook folder.
final class ScratchFolder {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("labbook-cli-\(UUID().uuidString)")
    init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
    deinit { try? FileManager.default.removeItem(at: url) }

    func write(_ path: String, _ text: String) throws {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }

    func read(_ path: String) -> String? {
        FileManager.default.contents(atPath: url.appendingPathComponent(path).path).map { String(decoding: $0, as: UTF8.self) }
    }

    func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: url.appendingPathComponent(path).path) }
}

@Suite(.serialized) struct CommandLineTests {
    @Test func newWritesADatedNoteAndNeverOverwrites() throws {
        #expect(FileManager.default.isExecutableFile(atPath: LabbookProcess.executable.path))
        let folder = try ScratchFolder()
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("notes"), withIntermediateDirectories: true)
        let first = try LabbookProcess.run(["new", "Width scaling, again", "--root", folder.url.path])
        #expect(first.status == 0, "\(first.stderr)")
        let day = NoteTemplate.today()
        let path = "notes/\(day)-width-scaling-again.md"
        #expect(first.stdout == path + "\n")
        let text = try #require(folder.read(path))
        #expect(text.hasPrefix("---\ntitle: \"Width scaling, again\"\ndate: \(day)\n"))
        #expect(text.contains("\n## \(day)\n"))
        // The new note parses cleanly and starts a dated entry.
        let note = NoteParser.parse(text, path: path, relativePath: String(path.dropFirst(6)))
        #expect(note.diagnostics.isEmpty)
        #expect(note.entries.map(\.anchor) == [day])

        try folder.write(path, "my edits")
        let second = try LabbookProcess.run(["new", "Width scaling, again", "--root", folder.url.path])
        #expect(second.status == 1)
        #expect(second.stderr.contains("\(path): error: already exists"))
        #expect(folder.read(path) == "my edits")
    }

    @Test func buildReportsErrorsWithPositionsBuildsTheRestAndExitsOne() throws {
        let folder = try ScratchFolder()
        try folder.write("notes/good.md", "---\ntitle: Good\ndate: 2024-01-02\n---\nFine.\n")
        try folder.write("notes/bad.md", "---\ntitle: Bad\n---\nA {{< sidenot >}}x{{< /sidenot >}}\n")
        let result = try LabbookProcess.run(["build", "--root", folder.url.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("notes/bad.md:4:3: error: unknown shortcode 'sidenot'; did you mean 'sidenote'?"))
        #expect(folder.exists("site/notes/good.html"))
        #expect(folder.exists("site/index.html"))
    }

    @Test func checkReportsEveryProblemAndWritesNothing() throws {
        let folder = try ScratchFolder()
        try folder.write("notes/a.md", "---\ndate: nope\n---\n[x]({{< relref \"missing.md\" >}})\n")
        try folder.write("notes/b.md", "---\ntitle: B\n---\n## 2024-02-30\n")
        let result = try LabbookProcess.run(["check", "--root", folder.url.path])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 3, "\(lines)")
        #expect(lines.allSatisfy { $0.range(of: #"^notes/[ab]\.md:\d+:\d+: error: "#, options: .regularExpression) != nil })
        #expect(!folder.exists("site"))
    }

    @Test func aCleanNotebookBuildsWithExitZero() throws {
        let folder = try ScratchFolder()
        try folder.write("notes/x.md", "---\ntitle: X\n---\n## 2024-01-01\nHello.\n")
        let result = try LabbookProcess.run(["build", "--root", folder.url.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        #expect(folder.read("site/log.html")?.contains("Hello.") == true)
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try LabbookProcess.run(["build", "--no-such-flag"]).status == 2)
        #expect(try LabbookProcess.run(["new"]).status == 2)
        #expect(try LabbookProcess.run(["--help"]).status == 0)
    }
}

@Suite struct CheckExperimentTests {
    @Test func checkValidatesExperimentDirectivesWithoutTraining() throws {
        let folder = try ScratchFolder()
        try folder.write("notes/a.md", "---\ntitle: A\n---\nText.\n\n```experiment\nid: w\ndataset: teacher\nwidht: [8]\nlr: fast\n```\n")
        let result = try LabbookProcess.run(["check", "--root", folder.url.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("notes/a.md:9:1: error: unknown key 'widht' in experiment; did you mean 'width'?"))
        #expect(result.stderr.contains("notes/a.md:10:5: error: 'lr' must be a number, not string 'fast'"))
        #expect(!folder.exists("results"))
        #expect(!folder.exists(".labbook"))
    }
}
