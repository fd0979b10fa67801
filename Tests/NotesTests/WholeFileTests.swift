import Foundation
import Testing
@testable import Notes

/// Every file labbook writes goes through `WholeFile`: records, the site, the caches.
@Suite struct WholeFileTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wholefile-\(UUID().uuidString)").path

    @Test func aFileIsWrittenIntoAFolderMadeForItAndReplacedByANewFile() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = "\(folder)/deep/er/record.json"
        try WholeFile.write(Data("first".utf8), to: path, durable: true)
        #expect(FileManager.default.contents(atPath: path) == Data("first".utf8))
        let before = try #require(FileStamp(path: path))
        try WholeFile.write(Data("second, longer".utf8), to: path)
        #expect(FileManager.default.contents(atPath: path) == Data("second, longer".utf8))
        // A rename, not an overwrite: the file is a new one, which is how a build sees it changed.
        #expect(try #require(FileStamp(path: path)) != before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: "\(folder)/deep/er") == ["record.json"])
    }

    @Test func aWriteThatCannotLandLeavesTheOldFileAndNoTemporaryOne() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // A folder in the file's place: the rename fails, and nothing is left behind.
        try FileManager.default.createDirectory(atPath: "\(folder)/page.html/inside", withIntermediateDirectories: true)
        #expect(throws: WholeFile.Failure.self) { try WholeFile.write(Data("page".utf8), to: "\(folder)/page.html") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["page.html"])
    }
}
