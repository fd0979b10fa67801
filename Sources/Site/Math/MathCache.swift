import Crypto
import Foundation

/// Typeset formulas kept between builds in `.labbook/math/<2 hex>/<key>.json`, so an unchanged
/// note typesets nothing. The key is SHA-256 of the request and of everything else that shapes
/// KaTeX's output (its version, the driver, the macros). An entry repeats what it was made from
/// and is used only when that matches: a damaged or foreign entry is typeset again, never trusted.
struct MathCache {
    let folder: URL
    /// KaTeX's version, the driver and the macros, as one string every key includes.
    let options: String
    let writes: Bool

    private struct Entry: Codable {
        var request: MathRequest
        var options: String
        var result: TypesetMath
    }

    func key(_ request: MathRequest) -> String {
        Self.digest("\(options)\u{0}\(request.display)\u{0}\(request.tex)")
    }

    static func digest(_ text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    private func file(_ key: String) -> URL {
        folder.appendingPathComponent(String(key.prefix(2))).appendingPathComponent("\(key).json")
    }

    func read(_ request: MathRequest) -> TypesetMath? {
        guard let data = FileManager.default.contents(atPath: file(key(request)).path),
              let entry = try? JSONDecoder().decode(Entry.self, from: data),
              entry.request == request, entry.options == options else { return nil }
        return entry.result
    }

    /// Written whole under a temporary name and renamed, so a killed build leaves no half entry.
    func write(_ result: TypesetMath, for request: MathRequest) {
        guard writes, let data = try? JSONEncoder.sorted.encode(Entry(request: request, options: options, result: result)) else { return }
        let target = file(key(request))
        let files = FileManager.default
        try? files.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        let temporary = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        guard files.createFile(atPath: temporary.path, contents: data) else { return }
        if rename(temporary.path, target.path) != 0 { try? files.removeItem(at: temporary) }
    }
}
