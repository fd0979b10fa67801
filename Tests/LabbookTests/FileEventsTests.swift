import Foundation
import Testing
@testable import Preview

/// `serve` is woken by inotify the moment a watched file is written, in folders made after it
/// started too; files it does not watch wake nothing.
@Suite struct FileEventsTests {
    @Test func aSaveWakesTheWatcherAndNewFoldersAreWatched() throws {
        let folder = try ScratchFolder()
        try folder.write("notes/a.md", "one")
        try folder.write("labbook.yml", "title: T\n")
        let events = try #require(FileEvents(root: folder.url.path, folders: ["notes", "templates"]))
        #expect(!events.wait(0.05), "nothing was written yet")

        try folder.write("notes/a.md", "two")
        #expect(events.wait(1))
        #expect(!events.wait(0.05), "every event of the save was read at once")

        // A folder made under notes/ while serving, and templates/ made later, are watched too.
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("notes/2024"), withIntermediateDirectories: true)
        #expect(events.wait(1))
        try folder.write("notes/2024/b.md", "new")
        #expect(events.wait(1))
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("templates"), withIntermediateDirectories: true)
        #expect(events.wait(1))
        try folder.write("templates/note.mustache", "x")
        #expect(events.wait(1))
        try folder.write("labbook.yml", "title: U\n")
        #expect(events.wait(1))

        // A folder beside notes/ that serve does not watch wakes it only by being made (in the notebook folder itself).
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("data"), withIntermediateDirectories: true)
        _ = events.wait(0.05)
        try folder.write("data/x.csv", "1")
        #expect(!events.wait(0.1))
    }
}
