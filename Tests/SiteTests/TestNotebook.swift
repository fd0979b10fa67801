import Foundation
@testable import Notes
@testable import Site

/// A notebook folder on disk for a test, removed when the test ends.
final class TestNotebook {
    let root: URL

    init(_ files: [String: String]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("labbook-site-\(UUID().uuidString)")
        for (path, text) in files { try write(path, text) }
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func render(drafts: Bool = false) throws -> SiteBuilder.Output {
        SiteBuilder(notebook: try Notebook.load(root: root), options: .init(includeDrafts: drafts)).render()
    }
}

extension SiteBuilder.Output {
    func page(_ path: String) -> String? {
        guard let file = files.first(where: { $0.path == path }), case .text(let text) = file.content else { return nil }
        return text
    }

    var paths: [String] { files.map(\.path) }
}

extension String {
    func occurrences(of part: String) -> Int { components(separatedBy: part).count - 1 }
}
