/// A note's YAML front matter: Hugo's keys, and every other key kept for templates.
package struct FrontMatter: Sendable {
    package var title: String?
    package var date: NoteDate?
    package var draft = false
    package var tags: [String] = []
    package var summary: String?
    package var slug: String?
    /// Every key as written, including the ones above, for templates (`{{params.author}}`).
    package var fields: YAMLNode?

    package init() {}

    /// The keys labbook reads.
    static let keys = ["title", "date", "draft", "tags", "summary", "slug"]
    /// Hugo's other front matter keys: never taken for a misspelling.
    static let otherHugoKeys: Set<String> = ["description", "lastmod", "publishDate", "expiryDate", "weight", "aliases", "categories",
                                             "author", "authors", "keywords", "images", "series", "layout", "type", "url", "linkTitle"]

    /// Reads front matter YAML that starts on line `firstLine` of `path`, collecting every problem.
    static func read(_ yaml: String, path: String, firstLine: Int, diagnostics: inout [Diagnostic]) -> FrontMatter {
        var result = FrontMatter()
        guard let (root, pairs) = YAMLNode.parseMapping(yaml, path: path, firstLine: firstLine, what: "front matter",
                                                        diagnostics: &diagnostics) else { return result }
        result.fields = root
        for pair in pairs {
            let value = pair.value
            func expectString(_ assign: (String) -> Void) {
                if let text = value.string, value.mapping == nil { assign(text) }
                else if !value.isNull { diagnostics.append(Diagnostic(value.location, "'\(pair.key.string ?? "")' must be text, not a \(value.kindName)")) }
            }
            switch pair.key.string {
            case "title": expectString { result.title = $0 }
            case "summary": expectString { result.summary = $0 }
            case "slug": expectString { result.slug = $0 }
            case "date":
                expectString { text in
                    if let date = NoteDate(text) { result.date = date }
                    else { diagnostics.append(Diagnostic(value.location, "bad date '\(text)': write 2022-07-18, 2022-07-18T15:31 or 2022-07-18T15:31:12-04:00")) }
                }
            case "draft":
                if let flag = value.bool { result.draft = flag }
                else { diagnostics.append(Diagnostic(value.location, "'draft' must be true or false")) }
            case "tags":
                if let items = value.sequence {
                    for item in items {
                        if let tag = item.string, item.mapping == nil, item.sequence == nil { result.tags.append(tag) }
                        else { diagnostics.append(Diagnostic(item.location, "each tag must be text, not a \(item.kindName)")) }
                    }
                } else if let tag = value.string {
                    result.tags = [tag]
                } else if !value.isNull {
                    diagnostics.append(Diagnostic(value.location, "'tags' must be a list, e.g. tags: [\"scaling\", \"mlp\"]"))
                }
            default:
                // Any other key is the author's, for templates; one a letter or two from a key
                // labbook reads is most likely that key misspelt.
                if let key = pair.key.string, !Self.otherHugoKeys.contains(key),
                   let guess = Suggestion.closest(to: key, among: Self.keys) {
                    diagnostics.append(Diagnostic(pair.key.location, "front matter key '\(key)' is not one labbook reads; did you mean '\(guess)'? "
                                                  + "(other keys are kept for templates)", severity: .warning))
                }
            }
        }
        return result
    }
}
