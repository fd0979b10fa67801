import Foundation

/// The notebook's git commit and whether the work tree has changes, for provenance.
package struct GitState: Sendable {
    package var commit: String
    package var dirty: Bool

    package static func read(at folder: URL) -> GitState? {
        guard let commit = run(["rev-parse", "HEAD"], in: folder), !commit.isEmpty,
              let status = run(["status", "--porcelain", "--untracked-files=no"], in: folder) else { return nil }
        return GitState(commit: commit, dirty: !status.isEmpty)
    }

    private static func run(_ arguments: [String], in folder: URL) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder.path] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
