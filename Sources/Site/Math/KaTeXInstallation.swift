import Foundation

/// Where Debian's KaTeX is on this machine: `node`, the `katex` module (package `katex`), and its
/// stylesheet and fonts (`libjs-katex`, `fonts-katex`), which the site gets a copy of.
package struct KaTeXInstallation: Sendable {
    package static let packages = "katex, libjs-katex and fonts-katex"
    /// Debian's folder of node modules, which a node from elsewhere (NodeSource, nvm) does not search.
    static let nodeModules = "/usr/share/nodejs"
    static let distribution = "/usr/share/javascript/katex"

    package var node: URL
    package var version: String
    /// `katex.min.css`, with `fonts/` beside it.
    package var stylesheetFolder: URL

    /// The installation, or why there is none, in words that name what to install.
    package static func find(environment: [String: String] = ProcessInfo.processInfo.environment) -> Result<KaTeXInstallation, MathProblem> {
        let files = FileManager.default
        let path = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        guard let node = (path.flatMap { ["\($0)/node", "\($0)/nodejs"] }).first(where: { files.isExecutableFile(atPath: $0) }) else {
            return .failure(.missing("no node on PATH"))
        }
        let manifest = URL(fileURLWithPath: "\(nodeModules)/katex/package.json")
        guard let data = files.contents(atPath: manifest.path),
              let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let version = json["version"] as? String else {
            return .failure(.missing("no KaTeX module in \(nodeModules)/katex"))
        }
        let stylesheet = URL(fileURLWithPath: distribution)
        guard files.fileExists(atPath: stylesheet.appendingPathComponent("katex.min.css").path),
              files.fileExists(atPath: stylesheet.appendingPathComponent("fonts/KaTeX_Main-Regular.woff2").path) else {
            return .failure(.missing("no KaTeX stylesheet and fonts in \(distribution)"))
        }
        return .success(KaTeXInstallation(node: URL(fileURLWithPath: node), version: version, stylesheetFolder: stylesheet))
    }

    /// The stylesheet and every font it names, as (path in the site under `katex/`, file on disk).
    package func siteAssets() -> [(path: String, file: URL)] {
        let fonts = stylesheetFolder.appendingPathComponent("fonts")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: fonts.path)) ?? []
        return [("katex.min.css", stylesheetFolder.appendingPathComponent("katex.min.css"))]
            + names.filter { $0.hasPrefix("KaTeX_") }.sorted().map { ("fonts/\($0)", fonts.appendingPathComponent($0)) }
    }
}
