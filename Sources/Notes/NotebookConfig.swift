/// `labbook.yml`: settings for the whole notebook. Every key is optional.
public struct NotebookConfig: Sendable {
    public var title = "Lab notebook"
    public var author: String?
    /// Used only where an absolute URL is required (the Atom feed).
    public var baseURL: String?
    public var output = "site"
    public var results = "results"
    public var jobs: Int?
    /// Dataset locations by name, e.g. `fashion-mnist: /data/fashion`.
    public var datasets: [String: String] = [:]
    /// Every key as written, for templates.
    public var fields: YAMLNode?

    public init() {}

    /// `slurm:` is read by the Slurm executor (Experiments).
    static let keys = ["title", "author", "base_url", "output", "results", "jobs", "datasets", "slurm"]

    public static func read(_ text: String, path: String, diagnostics: inout [Diagnostic]) -> NotebookConfig {
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
}
