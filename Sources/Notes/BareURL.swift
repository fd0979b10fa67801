/// GFM's extended autolinks: `https://…`, `http://…` and `www.…` written bare in text become links,
/// with GitHub's rules for where one starts (line start, after a space or one of `*_~(`), what is a
/// domain, and which trailing punctuation is the sentence's, not the link's.
enum BareURL {
    static func link(in node: inout MarkdownNode) {
        switch node.kind {
        case .link, .image, .code, .codeBlock, .htmlBlock, .htmlInline: return
        default: break
        }
        // In place: a tree with no link in it (most of them) is walked, not copied.
        var index = 0
        while index < node.children.count {
            guard node.children[index].kind == .text else {
                link(in: &node.children[index])
                index += 1
                continue
            }
            guard mayHoldLink(node.children[index].literal) else { index += 1; continue }
            let pieces = split(node.children[index])
            node.children.replaceSubrange(index...index, with: pieces)
            index += pieces.count
        }
    }

    /// A text node as text and link nodes.
    private static func split(_ text: MarkdownNode) -> [MarkdownNode] {
        guard mayHoldLink(text.literal) else { return [text] }
        let chars = Array(text.literal)
        var result: [MarkdownNode] = []
        var plainStart = 0, i = 0
        while i < chars.count {
            let startsHere = i == 0 || chars[i - 1].isWhitespace || "*_~(".contains(chars[i - 1])
            guard startsHere, let (end, url) = match(chars, at: i) else { i += 1; continue }
            if plainStart < i { result.append(text.holding(chars[plainStart..<i])) }
            var link = MarkdownNode(kind: .link)
            link.url = url
            link.line = text.line
            link.column = text.column
            link.children = [text.holding(chars[i..<end])]
            result.append(link)
            i = end
            plainStart = end
        }
        if result.isEmpty { return [text] }
        if plainStart < chars.count { result.append(text.holding(chars[plainStart...])) }
        return result
    }

    /// Whether the text holds `http` or `www.` in any case: most text holds neither, and is then
    /// left as it is without looking at its characters one by one.
    private static func mayHoldLink(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= 4 else { return false }
            for i in 0...(bytes.count - 4) {
                // ASCII letters to lower case by setting bit 5; '.' has it set already.
                let word = (bytes[i] | 0x20, bytes[i + 1] | 0x20, bytes[i + 2] | 0x20, bytes[i + 3] | 0x20)
                if word == (0x68, 0x74, 0x74, 0x70) || word == (0x77, 0x77, 0x77, 0x2E) { return true }  // "http", "www."
            }
            return false
        }
    }

    /// End of the link starting at `start`, and where it points.
    private static func match(_ chars: [Character], at start: Int) -> (Int, String)? {
        let rest = String(chars[start..<min(chars.count, start + 8)]).lowercased()
        let prefix = ["https://", "http://", "www."].first { rest.hasPrefix($0) }
        guard let prefix else { return nil }
        var end = start + (prefix == "www." ? 0 : prefix.count)
        let domainStart = end
        while end < chars.count, chars[end].isLetter || chars[end].isNumber || "-_.".contains(chars[end]) { end += 1 }
        guard validDomain(String(chars[domainStart..<end])) else { return nil }
        while end < chars.count, !chars[end].isWhitespace, chars[end] != "<" { end += 1 }
        end = trimmed(chars, start: start, end: end)
        let written = String(chars[start..<end])
        return (end, prefix == "www." ? "http://" + written : written)
    }

    /// Segments of letters, digits, `-` and `_` between periods; at least one period, and no `_` in
    /// the last two segments.
    private static func validDomain(_ domain: String) -> Bool {
        let segments = domain.split(separator: ".", omittingEmptySubsequences: false)
        let named = segments.last?.isEmpty == true ? segments.dropLast() : segments[...]
        guard named.count >= 2, !named.contains(where: \.isEmpty) else { return false }
        return !named.suffix(2).contains { $0.contains("_") }
    }

    /// Drops trailing punctuation, an unbalanced `)`, and a trailing entity-like `&name;`.
    private static func trimmed(_ chars: [Character], start: Int, end: Int) -> Int {
        var end = end
        while end > start {
            let last = chars[end - 1]
            if "?!.,:*_~'\"".contains(last) {
                end -= 1
            } else if last == ")", chars[start..<end].filter({ $0 == ")" }).count > chars[start..<end].filter({ $0 == "(" }).count {
                end -= 1
            } else if last == ";", let amp = chars[start..<(end - 1)].lastIndex(of: "&"),
                      amp < end - 2, chars[(amp + 1)..<(end - 1)].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) {
                end = amp
            } else {
                break
            }
        }
        return end
    }
}
