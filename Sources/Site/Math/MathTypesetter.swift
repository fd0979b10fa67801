import Foundation

/// Typesets a build's formulas with KaTeX: from the cache when it can, and otherwise through one
/// `KaTeXProcess`, started on the first formula the cache lacks and kept for the rest of the
/// build (the pipeline makes one typesetter per build). Counts what KaTeX itself typeset, so a
/// rebuild can be seen to typeset nothing.
package final class MathTypesetter: @unchecked Sendable {
    private let macros: [String: String]
    private let installation: Result<KaTeXInstallation, MathProblem>
    private let cache: MathCache?
    private let lock = NSLock()
    private var process: KaTeXProcess?
    private var failure: MathProblem?
    private var typesetCount = 0
    /// What this build has typeset or read already: check and render ask for the same formulas.
    private var known: [MathRequest: TypesetMath] = [:]

    /// `cacheFolder` nil keeps nothing between builds; `writesCache` false only reads it (`check`
    /// writes nothing).
    package init(macros: [String: String] = [:], cacheFolder: URL?, writesCache: Bool = true,
                installation: Result<KaTeXInstallation, MathProblem> = KaTeXInstallation.find()) {
        self.macros = macros
        self.installation = installation
        let version = (try? installation.get().version) ?? "none"
        let macroText = String(decoding: (try? JSONEncoder.sorted.encode(macros)) ?? Data(), as: UTF8.self)
        let driver = MathCache.digest(KaTeXDriver.script)
        cache = cacheFolder.map { MathCache(folder: $0, options: "katex \(version); driver \(driver); macros \(macroText)", writes: writesCache) }
    }

    /// The notebook's typesetter: its macros, its cache under `.labbook/math`.
    package convenience init(notebookRoot: URL, macros: [String: String], writesCache: Bool = true) {
        self.init(macros: macros, cacheFolder: notebookRoot.appendingPathComponent(".labbook/math"), writesCache: writesCache)
    }

    /// How many formulas KaTeX typeset (cache misses) since this typesetter was made.
    package var typesetByKaTeX: Int { lock.withLock { typesetCount } }

    /// The stylesheet and fonts to copy into a site that shows math; nothing without KaTeX.
    package var siteAssets: [(path: String, file: URL)] { (try? installation.get().siteAssets()) ?? [] }

    /// Every request's result, or the one reason none could be typeset.
    package func typeset(_ requests: Set<MathRequest>) -> Result<[MathRequest: TypesetMath], MathProblem> {
        lock.withLock {
            var results: [MathRequest: TypesetMath] = [:]
            var missing: [MathRequest] = []
            for request in requests.sorted(by: { ($0.tex, $0.display ? 1 : 0) < ($1.tex, $1.display ? 1 : 0) }) {
                if let result = known[request] ?? cache?.read(request) { results[request] = result } else { missing.append(request) }
            }
            guard !missing.isEmpty else { known.merge(results) { $1 }; return .success(results) }
            do throws(MathProblem) {
                let typeset = try running().typeset(missing)
                typesetCount += missing.count
                for (request, result) in zip(missing, typeset) {
                    results[request] = result
                    cache?.write(result, for: request)
                }
                known.merge(results) { $1 }
                return .success(results)
            } catch {
                process = nil
                failure = error
                return .failure(error)
            }
        }
    }

    private func running() throws(MathProblem) -> KaTeXProcess {
        if let failure { throw failure }
        if let process { return process }
        let started = try KaTeXProcess(try installation.get(), macros: macros)
        process = started
        return started
    }
}
