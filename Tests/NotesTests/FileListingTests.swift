import Foundation
import Testing
@testable import Notes

/// The notebook's files are listed with `readdir`: the same files Foundation's enumerator gave.
@Suite struct FileListingTests {
    @Test func listsRegularFilesInNestedFoldersSortedAndSkipsHiddenOnes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("listing-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let fm = FileManager.default
        for path in ["b.md", "a.md", "figs/plot.png", "figs/deep/raw.csv", ".hidden.md", ".git/HEAD", "figs/.swp"] {
            let url = folder.appendingPathComponent(path)
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(path.utf8).write(to: url)
        }
        // A link to a file is the file; a link to a folder is not followed (it could lead back up).
        try fm.createSymbolicLink(atPath: folder.appendingPathComponent("linked.md").path, withDestinationPath: folder.appendingPathComponent("a.md").path)
        try fm.createSymbolicLink(atPath: folder.appendingPathComponent("loop").path, withDestinationPath: folder.path)
        try fm.createDirectory(at: folder.appendingPathComponent("empty"), withIntermediateDirectories: true)

        #expect(Notebook.listFiles(in: folder) == ["a.md", "b.md", "figs/deep/raw.csv", "figs/plot.png", "linked.md"])
    }

    @Test func aMissingFolderListsNothing() {
        #expect(Notebook.listFiles(in: URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)")).isEmpty)
    }
}
