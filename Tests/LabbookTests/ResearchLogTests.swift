import Foundation
import Testing

/// The repository's own notebook (notes/, results/, the scripts/ its command experiments run and
/// key on, labbook.yml): README's `make notebook` must render it from the committed results alone,
/// with every figure drawn and every number quoted.
@Suite struct ResearchLogTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// What a copy of the research log needs.
    static let notebookItems = ["notes", "results", "scripts", "labbook.yml"]

    @Test func theResearchLogRendersFromItsCommittedResultsAlone() throws {
        let folder = try ScratchFolder()
        for item in Self.notebookItems {
            try FileManager.default.copyItem(at: Self.repository.appendingPathComponent(item), to: folder.url.appendingPathComponent(item))
        }
        let build = try LabbookProcess.run(["build", "--no-run", "--root", folder.url.path])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stderr.isEmpty, "\(build.stderr)")

        let notes = try FileManager.default.contentsOfDirectory(atPath: folder.url.appendingPathComponent("notes").path).filter { $0.hasSuffix(".md") }
        #expect(notes.count >= 7)
        let pages = try FileManager.default.contentsOfDirectory(atPath: folder.url.appendingPathComponent("site/notes").path).filter { $0.hasSuffix(".html") }
        #expect(pages.count == notes.count)
        for page in pages {
            let html = try #require(folder.read("site/notes/\(page)"))
            // A trial whose key no longer matches its record (an engine change, a new dataset
            // file) shows as "not run yet"; a value the figures cannot give shows as an error.
            #expect(!html.contains("not run yet"), "\(page) has results missing from the store")
            #expect(!html.contains("class=\"value error\""), "\(page) quotes a value that does not exist")
            #expect(!html.contains("directive pending"), "\(page) has a figure that was not drawn")
        }
        let status = try LabbookProcess.run(["status", "--root", folder.url.path])
        #expect(status.status == 0, "\(status.stderr)")
        let experiments = status.stdout.split(separator: "\n").filter { $0.contains(" trials — ") }
        #expect(experiments.count >= 10, "\(status.stdout)")
        for line in experiments { #expect(line.hasSuffix(" 0 failed, 0 missing"), "\(line)") }
    }
}
