import Notes

/// The variables each template of the theme is given, so that a notebook's own template that
/// names one labbook never sets (`{{tittle}}`) is a warning at its position instead of a silent
/// blank. The names a built-in template uses are known from the template itself; these are the
/// ones it is given but does not use, and the free-form trees (`params.…`, `site.…`).
enum TemplateVariables {
    static let unusedByBuiltIns: [String: Set<String>] = [
        "base": ["site", "siteTitle"],
        "note": ["summary", "slug", "params", "entryCount", "entryWord", "draft"],
        "index": ["slug", "params"],
        "tag": ["slug", "draft", "entryCount", "entryWord", "hasTags", "tags"],
    ]
    /// Trees whose keys are the author's: front matter and labbook.yml.
    static let freeForm = ["params.", "site."]

    /// Names a template uses, with where: `{{name}}`, `{{{name}}}`, `{{#name}}`, `{{^name}}`, `{{&name}}`.
    static func uses(in text: String) -> [(name: String, line: Int, column: Int)] {
        var found: [(String, Int, Int)] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{") {
                var cursor = open.upperBound
                if cursor < rest.endIndex, "{#^&".contains(rest[cursor]) { cursor = rest.index(after: cursor) }
                let name = rest[cursor...].prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }
                if !name.isEmpty, name != "." {
                    found.append((String(name), index + 1, line.distance(from: line.startIndex, to: open.lowerBound) + 1))
                }
                rest = rest[open.upperBound...]
            }
        }
        return found
    }

    /// Warnings for the names in a notebook's `file` that the built-in `template` is never given.
    static func unknown(in text: String, file: String, builtIn: String, template: String) -> [Diagnostic] {
        let known = Set(uses(in: builtIn).map(\.name)).union(unusedByBuiltIns[template] ?? [])
        return uses(in: text).compactMap { use in
            guard !known.contains(use.name), !freeForm.contains(where: { use.name.hasPrefix($0) }) else { return nil }
            var message = "'\(use.name)' is not a variable labbook gives the \(template) template, so it renders empty"
            if let guess = Suggestion.closest(to: use.name, among: known.sorted()) { message += "; did you mean '\(guess)'?" }
            return Diagnostic(SourceLocation(path: "\(Theme.folder)/\(file)", line: use.line, column: use.column), message, severity: .warning)
        }
    }
}
