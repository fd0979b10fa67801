import Notes

/// Renders a note's Markdown tree to HTML for one page, putting back what placeholders stand for:
/// formulas typeset by KaTeX, resolved references, and (through the theme's templates) Tufte sidenotes,
/// directive boxes, figures and quoted values.
struct NoteRenderer {
    let note: Note
    /// The page the HTML goes into, relative to the site root; links are made relative to it.
    let pagePath: String
    /// Unique prefix for sidenote ids on this page, e.g. `sn-worst-group`.
    let idPrefix: String
    let links: SiteLinks
    let fragments: PageFragments

    private(set) var diagnostics: [Diagnostic] = []
    private var asideCount = 0

    init(note: Note, pagePath: String, idPrefix: String, links: SiteLinks, fragments: PageFragments) {
        self.note = note
        self.pagePath = pagePath
        self.idPrefix = idPrefix
        self.links = links
        self.fragments = fragments
    }

    mutating func render(_ nodes: [MarkdownNode], tight: Bool = false) -> String {
        nodes.map { render($0, tight: tight) }.joined()
    }

    mutating func render(_ node: MarkdownNode, tight: Bool = false) -> String {
        switch node.kind {
        case .document:
            return render(node.children)
        case .paragraph:
            let inner = inlines(node.children)
            return tight ? inner : "<p>\(inner)</p>\n"
        case .heading:
            let id = node.anchor.map { " id=\"\(HTML.escape($0))\"" } ?? ""
            let entry = node.level == 2 && note.entries.contains { $0.anchor == node.anchor } ? " class=\"entry\"" : ""
            return "<h\(node.level)\(id)\(entry)>\(inlines(node.children))</h\(node.level)>\n"
        case .blockQuote:
            return "<blockquote>\n\(render(node.children))</blockquote>\n"
        case .list:
            let tag = node.ordered ? "ol" : "ul"
            let start = node.ordered && node.start != 1 ? " start=\"\(node.start)\"" : ""
            let tasks = node.children.contains { $0.task != nil } ? " class=\"tasks\"" : ""
            let items = node.children.map { renderItem($0, tight: node.tight) }.joined()
            return "<\(tag)\(start)\(tasks)>\n\(items)</\(tag)>\n"
        case .item:
            return renderItem(node, tight: tight)
        case .codeBlock:
            let line = note.noteLine(node.line)
            if let directive = note.directives.first(where: { $0.location.line == line && $0.body == node.literal }) {
                return fragments.directive(directive, page: pagePath)
            }
            let language = node.info.split(separator: " ").first.map { " class=\"language-\(HTML.escape(String($0)))\"" } ?? ""
            return "<pre><code\(language)>\(HTML.escape(restoreLiterals(node.literal)))</code></pre>\n"
        case .htmlBlock:
            return restoreLiterals(node.literal)
        case .thematicBreak:
            return "<hr>\n"
        case .table:
            return table(node)
        case .tableRow, .tableCell:
            return inlines(node.children)
        default:
            return inlines([node])
        }
    }

    private mutating func renderItem(_ item: MarkdownNode, tight: Bool) -> String {
        var body = ""
        for (index, child) in item.children.enumerated() {
            var html = render(child, tight: tight)
            if index == 0, let task = item.task {
                let box = "<input type=\"checkbox\" disabled\(task == .done ? " checked" : "")> "
                html = html.hasPrefix("<p>") ? "<p>" + box + html.dropFirst(3) : box + html
            }
            body += html
        }
        let cls = item.task == nil ? "" : " class=\"task\(item.task == .done ? " done" : "")\""
        return "<li\(cls)>\(body)</li>\n"
    }

    mutating func inlines(_ nodes: [MarkdownNode]) -> String {
        var html = ""
        for node in nodes {
            switch node.kind {
            case .text: html += text(node.literal)
            case .softBreak: html += "\n"
            case .lineBreak: html += "<br>\n"
            case .code: html += "<code>\(HTML.escape(restoreLiterals(node.literal)))</code>"
            case .htmlInline: html += restoreLiterals(node.literal)
            case .emphasis: html += "<em>\(inlines(node.children))</em>"
            case .strong: html += "<strong>\(inlines(node.children))</strong>"
            case .strikethrough: html += "<del>\(inlines(node.children))</del>"
            case .link:
                let title = node.title.isEmpty ? "" : " title=\"\(HTML.escape(node.title))\""
                html += "<a href=\"\(HTML.escape(url(node.url, at: node)))\"\(title)>\(inlines(node.children))</a>"
            case .image:
                let title = node.title.isEmpty ? "" : " title=\"\(HTML.escape(node.title))\""
                html += "<img src=\"\(HTML.escape(url(node.url, at: node)))\" alt=\"\(HTML.escape(note.plainText(node)))\"\(title)>"
            default: html += render(node)
            }
        }
        return html
    }

    /// Text with its placeholders put back.
    private mutating func text(_ literal: String) -> String {
        var html = ""
        for piece in Placeholder.pieces(of: literal) {
            switch piece {
            case .text(let text): html += HTML.escape(text)
            case .embed(let index): html += embed(index)
            }
        }
        return html
    }

    private mutating func embed(_ index: Int) -> String {
        guard note.embeds.indices.contains(index) else { return "" }
        switch note.embeds[index] {
        case .math(let span):
            return fragments.formula(MathRequest(tex: span.tex, display: span.display), source: span.source)
        case .literal(let text):
            return HTML.escape(text)
        case .reference(let reference):
            return HTML.escape(resolve(reference) ?? "")
        case .value(let value):
            return fragments.value(value)
        case .aside(let aside):
            asideCount += 1
            let id = "\(aside.kind == .sidenote ? "sn" : "mn")-\(idPrefix)-\(asideCount)"
            return fragments.aside(aside.kind, id: id, content: asideContent(aside.content))
        }
    }

    /// A sidenote sits inside a paragraph, so its paragraphs become line-separated runs, not `<p>`s.
    private mutating func asideContent(_ document: MarkdownNode) -> String {
        document.children.map { block in
            block.kind == .paragraph ? inlines(block.children) : render(block)
        }.joined(separator: "<br>\n")
    }

    /// Raw HTML and code keep placeholders as the text they replaced.
    private func restoreLiterals(_ text: String) -> String {
        Placeholder.pieces(of: text).map { piece -> String in
            switch piece {
            case .text(let text): return text
            case .embed(let index):
                guard note.embeds.indices.contains(index) else { return "" }
                switch note.embeds[index] {
                case .math(let span): return span.source
                case .literal(let text): return text
                case .reference(let reference): return "{{< relref \"\(reference.target)\" >}}"
                case .value(let value): return "{{< value \"\(value.path)\" >}}"
                case .aside: return ""
                }
            }
        }.joined()
    }

    private mutating func resolve(_ reference: Reference) -> String? {
        switch links.reference(reference, from: pagePath) {
        case .success(let link): return link
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
    }

    /// A link or image destination as it must be written in this page.
    private mutating func url(_ raw: String, at node: MarkdownNode) -> String {
        let pieces = Placeholder.pieces(of: raw)
        if pieces.contains(where: { if case .embed = $0 { true } else { false } }) {
            var result = ""
            for piece in pieces {
                switch piece {
                case .text(let text): result += text
                case .embed(let index):
                    if case .reference(let reference)? = note.embeds.indices.contains(index) ? note.embeds[index] : nil {
                        result += resolve(reference) ?? "#"
                    } else {
                        result += restoreLiterals(Placeholder.token(index))
                    }
                }
            }
            return result
        }
        return links.local(raw, in: note, from: pagePath) ?? raw
    }
}
