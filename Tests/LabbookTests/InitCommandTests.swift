import Foundation
import Testing

@Suite struct InitCommandTests {
    @Test func initMakesANotebookThatBuildsAndNeverOverwritesOne() throws {
        let folder = try ScratchFolder()
        let made = try LabbookProcess.run(["init", folder.url.appendingPathComponent("lab").path, "--title", "My lab"])
        #expect(made.status == 0, "\(made.stderr)")
        let lab = folder.url.appendingPathComponent("lab")
        let gitignore = try String(contentsOf: lab.appendingPathComponent(".gitignore"), encoding: .utf8)
        #expect(gitignore.split(separator: "\n").contains("site/*") && gitignore.split(separator: "\n").contains(".labbook/"))
        #expect(try String(contentsOf: lab.appendingPathComponent("labbook.yml"), encoding: .utf8).hasPrefix("title: \"My lab\""))
        let notes = try FileManager.default.contentsOfDirectory(atPath: lab.appendingPathComponent("notes").path)
        #expect(notes.count == 1 && notes[0].hasSuffix("-starting-the-notebook.md"))

        // The first build is clean, and `new` works inside it.
        let build = try LabbookProcess.run(["build", "--root", lab.path])
        #expect(build.status == 0 && build.stderr.isEmpty, "\(build.stderr)")
        #expect(try LabbookProcess.run(["new", "Second", "--root", lab.path]).status == 0)

        let again = try LabbookProcess.run(["init", lab.path])
        #expect(again.status == 1)
        #expect(again.stderr.contains("already a notebook"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: lab.appendingPathComponent("notes").path).count == 2)
    }

    @Test func initKeepsAnExistingGitignore() throws {
        let folder = try ScratchFolder()
        try folder.write(".gitignore", "*.log")
        #expect(try LabbookProcess.run(["init", folder.url.path]).status == 0)
        #expect(folder.read(".gitignore") == "*.log\nsite/*\n.labbook/\nresults/**/.*.tmp\n")
    }

    /// git, asked whether it ignores each path of a notebook made by `init`.
    @Test func aRecordIsCommittedAndTheTemporaryFileAKilledWorkerLeavesIsNot() throws {
        let folder = try ScratchFolder()
        #expect(try LabbookProcess.run(["init", folder.url.path]).status == 0)
        func ignored(_ path: String) throws -> Bool {
            let git = Process()
            git.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            git.arguments = ["git", "-C", folder.url.path, "check-ignore", "-q", "--no-index", path]
            try git.run()
            git.waitUntilExit()
            return git.terminationStatus == 0
        }
        let initialised = Process()
        initialised.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        initialised.arguments = ["git", "-C", folder.url.path, "init", "-q"]
        try initialised.run()
        initialised.waitUntilExit()
        #expect(try ignored("results/ab/.ab12.json.4242.tmp"))
        #expect(try !ignored("results/ab/ab12.json"))
        #expect(try ignored("site/index.html") && ignored(".labbook/cache/build.json"))
        #expect(try !ignored("notes/2024-01-01-a.md"))
    }

    @Test func newRefusesOutsideANotebookAndNamesInit() throws {
        let folder = try ScratchFolder()
        let outside = try LabbookProcess.run(["new", "Stray", "--root", folder.url.path])
        #expect(outside.status == 1)
        #expect(outside.stderr.contains("is not a notebook") && outside.stderr.contains("labbook init"), "\(outside.stderr)")
        #expect(!folder.exists("notes"), "nothing was created")
    }
}
