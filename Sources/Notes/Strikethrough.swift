/// GFM strikethrough: `~~gone~~` (or `~gone~`) becomes a `.strikethrough` node. cmark leaves the
/// tildes in its text nodes, so this pairs them as cmark pairs `*`: by the characters either side
/// of a run, openers and closers of the same length, innermost first. Code spans and math are
/// other nodes or placeholders, so their tildes are never touched.
enum Strikethrough {
    static func apply(in node: inout MarkdownNode) {
        for i in node.children.indices { apply(in: &node.children[i]) }
        guard node.children.contains(where: { $0.kind == .text && $0.literal.holds(ascii: "~") }) else {
            node.children = merged(node.children)
            return
        }
        node.children = merged(pair(tokens(of: merged(node.children))))
    }

    private enum Token {
        case node(MarkdownNode)
        case tildes(MarkdownNode, count: Int, canOpen: Bool, canClose: Bool)
    }

    /// Text nodes split into plain runs and tilde runs, each run knowing whether it may open or close.
    private static func tokens(of children: [MarkdownNode]) -> [Token] {
        var result: [Token] = []
        for (index, child) in children.enumerated() {
            guard child.kind == .text, child.literal.holds(ascii: "~") else { result.append(.node(child)); continue }
            let chars = Array(child.literal)
            let before = index > 0 ? edge(children[index - 1], last: true) : " "
            let after = index + 1 < children.count ? edge(children[index + 1], last: false) : " "
            var start = 0, i = 0
            while i < chars.count {
                guard chars[i] == "~" else { i += 1; continue }
                var end = i
                while end < chars.count, chars[end] == "~" { end += 1 }
                if start < i { result.append(.node(child.holding(chars[start..<i]))) }
                let previous = i > 0 ? chars[i - 1] : before, next = end < chars.count ? chars[end] : after
                let left = !next.isWhitespace && (!isPunctuation(next) || previous.isWhitespace || isPunctuation(previous))
                let right = !previous.isWhitespace && (!isPunctuation(previous) || next.isWhitespace || isPunctuation(next))
                let count = end - i
                result.append(.tildes(child.holding(chars[i..<end]), count: count, canOpen: count <= 2 && left, canClose: count <= 2 && right))
                start = end
                i = end
            }
            if start < chars.count { result.append(.node(child.holding(chars[start...]))) }
        }
        return result
    }

    /// The character a neighbouring node shows next to a run: breaks and the paragraph's ends are
    /// white space; other inline nodes count as a letter.
    private static func edge(_ node: MarkdownNode, last: Bool) -> Character {
        switch node.kind {
        case .text: return (last ? node.literal.last : node.literal.first) ?? " "
        case .softBreak, .lineBreak: return " "
        default: return "a"
        }
    }

    private static func isPunctuation(_ c: Character) -> Bool { c.isPunctuation || c.isSymbol }

    /// Matches each closer with the nearest opener of the same length; unmatched runs stay text.
    private static func pair(_ tokens: [Token]) -> [MarkdownNode] {
        var output: [Token] = []
        var openers: [Int] = []  // indices into `output`
        for token in tokens {
            guard case .tildes(_, let count, let canOpen, let canClose) = token else { output.append(token); continue }
            if canClose, let position = openers.lastIndex(where: { opener in
                if case .tildes(_, let c, _, _) = output[opener] { return c == count } else { return false }
            }) {
                let opener = openers[position]
                var struck = MarkdownNode(kind: .strikethrough)
                if case .tildes(let run, _, _, _) = output[opener] { struck.line = run.line; struck.column = run.column }
                struck.children = merged(output[(opener + 1)...].map(node))
                output.removeSubrange(opener...)
                output.append(.node(struck))
                openers.removeSubrange(position...)
            } else {
                if canOpen { openers.append(output.count) }
                output.append(token)
            }
        }
        return output.map(node)
    }

    private static func node(_ token: Token) -> MarkdownNode {
        switch token {
        case .node(let node), .tildes(let node, _, _, _): return node
        }
    }

    /// Adjacent text nodes joined (cmark splits text at every character that might have been syntax).
    static func merged(_ nodes: [MarkdownNode]) -> [MarkdownNode] {
        // Most runs of inline nodes have no two texts side by side: they are kept as they are.
        guard nodes.indices.dropFirst().contains(where: { nodes[$0].kind == .text && nodes[$0 - 1].kind == .text }) else { return nodes }
        var result: [MarkdownNode] = []
        for node in nodes {
            if node.kind == .text, result.last?.kind == .text {
                result[result.count - 1].literal += node.literal
            } else {
                result.append(node)
            }
        }
        return result
    }
}
