import Crypto
import Foundation

/// SHA-256 of the content of files and folders named under `code:` and `env:`, by their path
/// from the notebook root. A folder is walked in sorted order, every file under it keyed by its
/// own path, so renaming or moving a file changes the digests as editing it does. Hidden entries
/// and `__pycache__` folders are skipped: Python writes them while a trial runs.
package enum FileDigests {
    package enum Problem: Error, Equatable {
        case missing(String)
        case unreadable(String)
    }

    package static func digests(of paths: [String], root: URL) -> Result<[String: String], Problem> {
        var digests: [String: String] = [:]
        for path in paths {
            let relative = normalised(path)
            switch digest(relative, root: root, into: &digests) {
            case .success: continue
            case .failure(let problem): return .failure(problem)
            }
        }
        return .success(digests)
    }

    private static func digest(_ relative: String, root: URL, into digests: inout [String: String]) -> Result<Void, Problem> {
        let url = relative.hasPrefix("/") ? URL(fileURLWithPath: relative) : root.appendingPathComponent(relative)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else { return .failure(.missing(relative)) }
        if !isFolder.boolValue {
            guard let data = FileManager.default.contents(atPath: url.path) else { return .failure(.unreadable(relative)) }
            digests[relative] = SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
            return .success(())
        }
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: url.path) else { return .failure(.unreadable(relative)) }
        for entry in entries.sorted() where !entry.hasPrefix(".") && entry != "__pycache__" {
            let inner = relative == "." ? entry : "\(relative)/\(entry)"
            if case .failure(let problem) = digest(inner, root: root, into: &digests) { return .failure(problem) }
        }
        return .success(())
    }

    /// `scripts/models/` and `./scripts/models` are the same folder.
    private static func normalised(_ path: String) -> String {
        var text = path
        while text.hasPrefix("./") { text.removeFirst(2) }
        while text.count > 1 && text.hasSuffix("/") { text.removeLast() }
        return text.isEmpty ? "." : text
    }
}
