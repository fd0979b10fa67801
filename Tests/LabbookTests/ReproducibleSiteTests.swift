import Foundation
import Testing

/// The same notes and records give the same site, byte for byte, in any process: a published
/// log diffs cleanly. One note page is also kept as a golden copy, so any change to what a reader
/// sees shows as a readable diff in review.
@Suite struct ReproducibleSiteTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    /// The page kept: prose with sidenotes and values, an experiment box, plots with fits and holdouts.
    static let goldenPage = "notes/does-depth-help.html"

    @Test func theResearchLogBuildsByteIdenticallyInTwoProcesses() throws {
        let folder = try ScratchFolder()
        for item in ResearchLogTests.notebookItems {
            try FileManager.default.copyItem(at: ResearchLogTests.repository.appendingPathComponent(item),
                                             to: folder.url.appendingPathComponent(item))
        }
        // The first build starts with no cache, the second uses the figures the first cached, and
        // the third finds every cache entry damaged: all three must give the same bytes.
        let cache = folder.url.appendingPathComponent(".labbook/cache/figures")
        for output in ["first", "second", "third"] {
            if output == "third" {
                let entries = try FileManager.default.contentsOfDirectory(atPath: cache.path)
                #expect(entries.count > 10, "the figures are cached")
                for entry in entries {
                    let url = cache.appendingPathComponent(entry)
                    let data = try Data(contentsOf: url)
                    try data.prefix(data.count / 2).write(to: url)
                }
            }
            let build = try LabbookProcess.run(["build", "--no-run", "--root", folder.url.path, "--output", folder.url.appendingPathComponent(output).path])
            #expect(build.status == 0, "\(build.stderr)")
        }
        let first = try Self.files(under: folder.url.appendingPathComponent("first"))
        #expect(first.count > 20)
        for other in ["second", "third"] {
            let files = try Self.files(under: folder.url.appendingPathComponent(other))
            #expect(first.keys.sorted() == files.keys.sorted())
            for (path, data) in first {
                #expect(files[path] == data, "\(path) differs between the first and the \(other) build of the same notebook")
            }
        }

        let page = try #require(first[Self.goldenPage].map { String(decoding: $0, as: UTF8.self) })
        let expected = try String(contentsOf: Self.golden.appendingPathComponent("does-depth-help.html"), encoding: .utf8)
        if let difference = Self.firstDifference(expected, page) {
            Issue.record("""
            \(Self.goldenPage) differs from Tests/LabbookTests/Golden/does-depth-help.html at line \(difference.line):
              golden: \(difference.expected)
              now:    \(difference.actual)
            If the change is meant, copy the new page over the golden one and review the diff.
            """)
        }
    }

    /// Every file below `folder`, by relative path.
    static func files(under folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let base = folder.standardizedFileURL.path + "/"
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else { continue }
            result[String(url.standardizedFileURL.path.dropFirst(base.count))] = try Data(contentsOf: url)
        }
        return result
    }

    static func firstDifference(_ expected: String, _ actual: String) -> (line: Int, expected: String, actual: String)? {
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(a.count, b.count) {
            let x = index < a.count ? String(a[index]) : "(end of file)", y = index < b.count ? String(b[index]) : "(end of file)"
            if x != y { return (index + 1, String(x.prefix(300)), String(y.prefix(300))) }
        }
        return nil
    }
}
