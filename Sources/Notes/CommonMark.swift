import CCMark

/// The one place that talks to libcmark: parse CommonMark into `MarkdownNode` values.
/// Every C object is freed before returning; no C pointer escapes.
enum CommonMark {
    static func parse(_ text: String, smartPunctuation: Bool = true) -> MarkdownNode {
        var options = CMARK_OPT_SOURCEPOS | CMARK_OPT_UNSAFE | CMARK_OPT_VALIDATE_UTF8
        if smartPunctuation { options |= CMARK_OPT_SMART }
        let utf8 = Array(text.utf8)
        let root: OpaquePointer? = utf8.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(buffer.count, 1)) {
                cmark_parse_document($0, buffer.count, options)
            }
        }
        guard let root else { return MarkdownNode(kind: .document) }
        defer { cmark_node_free(root) }
        return convert(root)
    }

    private static func convert(_ node: OpaquePointer) -> MarkdownNode {
        var result = MarkdownNode(kind: kind(of: node))
        result.line = Int(cmark_node_get_start_line(node))
        result.column = Int(cmark_node_get_start_column(node))
        result.endLine = Int(cmark_node_get_end_line(node))
        switch result.kind {
        case .text, .code, .codeBlock, .htmlBlock, .htmlInline:
            result.literal = string(cmark_node_get_literal(node))
        case .link, .image:
            result.url = string(cmark_node_get_url(node))
            result.title = string(cmark_node_get_title(node))
        case .heading:
            result.level = Int(cmark_node_get_heading_level(node))
        case .list:
            result.ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
            result.start = Int(cmark_node_get_list_start(node))
            result.tight = cmark_node_get_list_tight(node) != 0
        default:
            break
        }
        if result.kind == .codeBlock { result.info = string(cmark_node_get_fence_info(node)) }
        var child = cmark_node_first_child(node)
        while let current = child {
            result.children.append(convert(current))
            child = cmark_node_next(current)
        }
        return result
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    private static func kind(of node: OpaquePointer) -> MarkdownNode.Kind {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_DOCUMENT: .document
        case CMARK_NODE_BLOCK_QUOTE: .blockQuote
        case CMARK_NODE_LIST: .list
        case CMARK_NODE_ITEM: .item
        case CMARK_NODE_CODE_BLOCK: .codeBlock
        case CMARK_NODE_HTML_BLOCK: .htmlBlock
        case CMARK_NODE_HEADING: .heading
        case CMARK_NODE_THEMATIC_BREAK: .thematicBreak
        case CMARK_NODE_SOFTBREAK: .softBreak
        case CMARK_NODE_LINEBREAK: .lineBreak
        case CMARK_NODE_CODE: .code
        case CMARK_NODE_HTML_INLINE: .htmlInline
        case CMARK_NODE_EMPH: .emphasis
        case CMARK_NODE_STRONG: .strong
        case CMARK_NODE_LINK: .link
        case CMARK_NODE_IMAGE: .image
        case CMARK_NODE_TEXT: .text
        default: .paragraph  // CUSTOM_BLOCK / CUSTOM_INLINE are never produced by the parser.
        }
    }
}
