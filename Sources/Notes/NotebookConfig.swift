import Foundation

/// `labbook.yml`: settings for the whole notebook. Every key is optional.
package struct NotebookConfig: Sendable {
    package var title = "Lab notebook"
    package var author: String?
    /// Used only where an absolute URL is required (the Atom feed).
    package var baseURL: String?
    package var output = "site"
    package var results = "results"
    package var jobs: Int?
    /// Dataset locations by name, e.g. `fashion-mnist: /data/fashion`.
    package var datasets: [String: String] = [:]
    /// TeX macros for every formula of every note, `\E` → `\mathbb{E}` (`math: {macros: …}`).
    package var mathMacros: [String: String] = [:]
    /// Every key as written, for templates.
    package var fields: YAMLNode?

    package init() {}

    /// `slurm:` is read by the Slurm executor (Experiments).
    static let keys = ["title", "author", "base_url", "output", "results", "jobs", "datasets", "math", "slurm"]

    /// The notebook's labbook.yml; the defaults when there is none.
    static func read(notebookRoot root: URL, diagnostics: inout [Diagnostic]) -> NotebookConfig {
        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(Notebook.configFile).path) else { return NotebookConfig() }
        return read(String(decoding: data, as: UTF8.self), path: Notebook.configFile, diagnostics: &diagnostics)
    }

    package static func read(_ text: String, path: String, diagnostics: inout [Diagnostic]) -> NotebookConfig {
        var config = NotebookConfig()
        guard let (root, pairs) = YAMLNode.parseMapping(text, path: path, firstLine: 1, what: "labbook.yml",
                                                        diagnostics: &diagnostics) else { return config }
        config.fields = root
        for pair in pairs {
            let key = pair.key.string ?? ""
            let value = pair.value
            func text() -> String? {
                guard let s = value.string, value.mapping == nil else {
                    diagnostics.append(Diagnostic(value.location, "'\(key)' must be text, not a \(value.kindName)"))
                    return nil
                }
                return s
            }
            switch key {
            case "title": config.title = text() ?? config.title
            case "author": config.author = text()
            case "base_url": config.baseURL = text()
            case "output": config.output = text() ?? config.output
            case "results": config.results = text() ?? config.results
            case "jobs":
                if let n = value.int, n >= 1 { config.jobs = n }
                else { diagnostics.append(Diagnostic(value.location, "'jobs' must be a whole number of at least 1")) }
            case "datasets":
                guard let entries = value.mapping else {
                    diagnostics.append(Diagnostic(value.location, "'datasets' must map dataset names to paths"))
                    continue
                }
                for entry in entries {
                    if let name = entry.key.string, let place = entry.value.string { config.datasets[name] = place }
                    else { diagnostics.append(Diagnostic(entry.value.location, "a dataset path must be text")) }
                }
            case "math":
                config.mathMacros = readMacros(value, diagnostics: &diagnostics)
            case "slurm":
                break
            default:
                var message = "unknown setting '\(key)'"
                if let guess = Suggestion.closest(to: key, among: keys) { message += "; did you mean '\(guess)'?" }
                diagnostics.append(Diagnostic(pair.key.location, message, severity: .warning))
            }
        }
        return config
    }

    /// `math: {macros: {"\\E": "\\mathbb{E}"}}`: each name a control sequence, each body TeX.
    private static func readMacros(_ value: YAMLNode, diagnostics: inout [Diagnostic]) -> [String: String] {
        guard let settings = value.mapping else {
            diagnostics.append(Diagnostic(value.location, "'math' must be a mapping, e.g. math: {macros: {\"\\\\E\": \"\\\\mathbb{E}\"}}"))
            return [:]
        }
        var macros: [String: String] = [:]
        for setting in settings {
            guard setting.key.string == "macros" else {
                diagnostics.append(Diagnostic(setting.key.location, "unknown setting 'math.\(setting.key.string ?? "")' (math takes only 'macros')", severity: .warning))
                continue
            }
            guard let entries = setting.value.mapping else {
                diagnostics.append(Diagnostic(setting.value.location, "'math.macros' must map macro names to TeX"))
                continue
            }
            for entry in entries {
                guard let name = entry.key.string, name.hasPrefix("\\"), name.count > 1, let body = entry.value.string else {
                    diagnostics.append(Diagnostic(entry.key.location, "a macro is a control sequence mapped to TeX, e.g. \"\\\\E\": \"\\\\mathbb{E}\""))
                    continue
                }
                macros[name] = body
            }
        }
        return macros
    }
}
