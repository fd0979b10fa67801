import Notes

/// Pipe tables as HTML tables: the header row in `thead`, alignment from the delimiter row.
extension NoteRenderer {
    mutating func table(_ node: MarkdownNode) -> String {
        var head = "", body = ""
        for row in node.children {
            let tag = row.header ? "th" : "td"
            var html = "<tr>\n"
            for cell in row.children {
                let align = cell.alignment == .none ? "" : " style=\"text-align: \(cell.alignment.rawValue)\""
                html += "<\(tag)\(align)>\(inlines(cell.children))</\(tag)>\n"
            }
            html += "</tr>\n"
            if row.header { head += html } else { body += html }
        }
        return "<table class=\"note-table\">\n<thead>\n\(head)</thead>\n" + (body.isEmpty ? "" : "<tbody>\n\(body)</tbody>\n") + "</table>\n"
    }
}
