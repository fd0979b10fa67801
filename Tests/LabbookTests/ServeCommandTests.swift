import Foundation
import Testing

/// `labbook serve` against a real HTTP client on loopback.
@Suite struct ServeCommandTests {
    static let note = """
        ---
        title: "First light"
        date: 2026-11-20
        ---
        The detector saw nothing at all.

        """

    static func notebook() throws -> ScratchFolder {
        let folder = try ScratchFolder()
        try folder.write("labbook.yml", "title: Lab\n")
        try folder.write("notes/first-light.md", note)
        return folder
    }

    @Test func servesAPageAndReloadsItWhenTheNoteIsSaved() throws {
        let folder = try Self.notebook()
        let server = try ServeProcess(folder)
        let page = try server.get("/notes/first-light.html")
        #expect(page.status == 200)
        #expect(page.body.contains("The detector saw nothing at all."))
        #expect(page.body.contains("/_labbook/events"), "serve injects the live-reload script")
        #expect(try server.get("/").body.contains("First light"))

        let listener = ReloadListener(server)
        defer { listener.close() }
        #expect(listener.waitUntilConnected())
        try folder.write("notes/first-light.md", Self.note.replacingOccurrences(of: "nothing at all", with: "a faint second peak"))
        #expect(listener.waitForReload())
        #expect(try server.get("/notes/first-light.html").body.contains("a faint second peak"))
        #expect(server.interrupt() == 0)
    }

    @Test func aNoteWithAnErrorShowsTheOverlayUntilItIsFixed() throws {
        let folder = try Self.notebook()
        try folder.write("notes/first-light.md", Self.note + "See {{< nosuchcode >}}.\n")
        let server = try ServeProcess(folder)
        let broken = try server.get("/notes/first-light.html")
        #expect(broken.status == 200, "a note with errors still shows")
        #expect(broken.body.contains("labbook-problems"))
        #expect(broken.body.contains("notes/first-light.md:6:"))
        #expect(broken.body.contains(": error: "))

        let listener = ReloadListener(server)
        defer { listener.close() }
        #expect(listener.waitUntilConnected())
        try folder.write("notes/first-light.md", Self.note)
        #expect(listener.waitForReload())
        let fixed = try server.get("/notes/first-light.html")
        #expect(!fixed.body.contains("labbook-problems"))
        #expect(server.interrupt() == 0)
    }

    @Test func pathsThatLeaveTheSiteAreRefused() throws {
        let folder = try Self.notebook()
        try folder.write("secret.txt", "not for the web\n")
        let server = try ServeProcess(folder)
        for path in ["/%2e%2e/secret.txt", "/notes/%2E%2E/%2e%2e/secret.txt", "/..%2fsecret.txt", "/%252e%252e/secret.txt",
                     "/notes/..%5c..%5csecret.txt"] {
            let answer = try server.get(path)
            #expect(answer.status == 403, "\(path) gave \(answer.status)")
            #expect(!answer.body.contains("not for the web"))
        }
        // The client itself resolves a plain `..`; whatever reaches the server, the file does not leave.
        let plain = try server.get("/notes/../../secret.txt")
        #expect(plain.status != 200 && !plain.body.contains("not for the web"))
        #expect(try server.get("/no-such-page.html").status == 404)
        #expect(server.interrupt() == 0)
    }

    static let tinySweep = """
        ---
        title: "Tiny"
        date: 2026-11-20
        ---
        A tiny sweep.

        ```experiment
        id: tiny
        dataset: teacher
        model: mlp
        width: [8, 16]
        depth: 1
        steps: 30
        seeds: 2
        ```

        """

    @Test func recordsWrittenByLabbookRunElsewhereUpdateTheOpenPage() throws {
        let folder = try ScratchFolder()
        try folder.write("notes/tiny.md", Self.tinySweep)
        let server = try ServeProcess(folder)
        #expect(try server.get("/notes/tiny.html").body.contains("0 of 4 trials"))
        let listener = ReloadListener(server)
        defer { listener.close() }
        #expect(listener.waitUntilConnected())
        let run = try LabbookProcess.run(["run", "--root", folder.url.path, "--jobs", "1"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(listener.waitForReload())
        // Records land one by one; the page catches up with the last within a few looks.
        var page = ""
        for _ in 0..<50 where !page.contains("4 of 4 trials") {
            page = try server.get("/notes/tiny.html").body
            Thread.sleep(forTimeInterval: 0.2)
        }
        #expect(page.contains("4 of 4 trials"))
        #expect(server.interrupt() == 0)
    }

    @Test func withRunTheMissingTrialsTrainInTheBackground() throws {
        let folder = try ScratchFolder()
        try folder.write("notes/tiny.md", Self.tinySweep)
        let server = try ServeProcess(folder, extra: ["--run", "--jobs", "1"])
        var page = ""
        for _ in 0..<150 where !page.contains("4 of 4 trials in the results store") {
            page = try server.get("/notes/tiny.html").body
            Thread.sleep(forTimeInterval: 0.2)
        }
        #expect(page.contains("4 of 4 trials in the results store"))
        #expect(server.interrupt() == 0)
    }

    @Test func aPortInUseIsAClearErrorWithExitTwo() throws {
        let folder = try Self.notebook()
        let first = try ServeProcess(folder)
        let second = try LabbookProcess.run(["serve", "--root", folder.url.path, "--port", String(first.port)])
        #expect(second.status == 2)
        #expect(second.stderr.contains("port \(first.port)"))
        #expect(second.stderr.contains("already in use"))
        #expect(first.interrupt() == 0)
    }

    @Test func ctrlCStopsWithExitZeroAndLeavesNoPartialFiles() throws {
        let folder = try Self.notebook()
        let before = Set(NotebookFiles.files(folder))
        let server = try ServeProcess(folder)
        try folder.write("notes/first-light.md", Self.note + "More.\n")
        Thread.sleep(forTimeInterval: 0.3)
        #expect(server.interrupt() == 0)
        let after = Set(NotebookFiles.files(folder))
        #expect(!after.contains { $0.hasSuffix(".tmp") }, "no temporary files left")
        #expect(!after.contains { $0.hasPrefix("site/") }, "serve writes no site")
        #expect(after.subtracting(before).allSatisfy { $0.hasPrefix(".labbook/") })
    }
}

private enum NotebookFiles {
    /// Every file in the scratch notebook, hidden ones too, relative to it.
    static func files(_ folder: ScratchFolder) -> [String] {
        let base = folder.url.standardizedFileURL.path + "/"
        var result: [String] = []
        let enumerator = FileManager.default.enumerator(at: folder.url, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            result.append(String(url.standardizedFileURL.path.dropFirst(base.count)))
        }
        return result
    }
}
