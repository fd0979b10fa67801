/// A template in the form labbook renders it itself: text, variables, sections, inverted
/// sections, comments, partials and the content-type pragma, with Mustache's rules for lines
/// that hold only a tag, read the way swift-mustache reads them. Rendering a thousand notes'
/// listings through swift-mustache was a third of a build: each variable there costs several
/// dynamic casts and a split of its name. Here names are split once, when the template is read.
///
/// A template that uses anything else (set delimiters, transforms such as `{{uppercased(x)}}`,
/// inheritance, dynamic partials, another content type, a carriage return) is not compiled:
/// `compile` gives nil and swift-mustache renders that template, as it renders every template
/// whose text it rejects with its own error. `CompiledTemplateTests` checks both against each other.
struct CompiledTemplate: Sendable {
    indirect enum Node: Sendable {
        case text(String)
        /// `{{a.b}}` (escaped) or `{{{a.b}}}` / `{{&a.b}}`; `["."]` is the current object.
        case variable(path: [String], escaped: Bool)
        case section(path: [String], inverted: Bool, body: [Node])
        /// `{{>name}}`; a partial alone on its line indents every line it renders.
        case partial(name: String, indentation: String?)
        /// `{{% CONTENT_TYPE: … }}`: whether `{{name}}` escapes HTML from here on.
        case escaping(Bool)
    }

    let nodes: [Node]

    /// The partials this template names, so a theme knows which templates it leans on.
    var partials: Set<String> {
        var names: Set<String> = []
        func collect(_ nodes: [Node]) {
            for node in nodes {
                switch node {
                case .partial(let name, _): names.insert(name)
                case .section(_, _, let body): collect(body)
                default: break
                }
            }
        }
        collect(nodes)
        return names
    }

    /// The templates labbook renders itself, of the registered texts by name: those that compile
    /// and whose partials (and theirs) all do, or are missing (and so render as nothing).
    static func renderable(_ registered: [String: String]) -> [String: CompiledTemplate] {
        var templates = registered.compactMapValues(compile)
        var changed = true
        while changed {
            changed = false
            for (name, template) in templates where template.partials.contains(where: { registered[$0] != nil && templates[$0] == nil }) {
                templates[name] = nil
                changed = true
            }
        }
        return templates
    }

    /// The content types labbook renders itself: its own HTML escaping, and none.
    static let escapingContentTypes = [TemplateEscaping.name: true, "TEXT": false]

    /// The template as registered (its content-type line first), or nil when it uses what only
    /// swift-mustache renders.
    static func compile(_ text: String) -> CompiledTemplate? {
        let bytes = Array(text.utf8)
        guard !bytes.contains(UInt8(ascii: "\r")) else { return nil }
        var reader = Reader(bytes: bytes)
        guard let nodes = reader.nodes(section: nil, atLineStart: true), reader.atEnd else { return nil }
        // Every template labbook registers starts by naming its content type (TemplateEscaping):
        // swift-mustache's own HTML escaping, where a partial starts, never reaches a variable.
        guard case .escaping = nodes.first else { return nil }
        return CompiledTemplate(nodes: nodes)
    }

    /// Reads the template's bytes. Every method gives nil for what it does not read, and the
    /// whole template is then left to swift-mustache.
    private struct Reader {
        let bytes: [UInt8]
        var position = 0

        init(bytes: [UInt8]) { self.bytes = bytes }

        var atEnd: Bool { position >= bytes.count }
        private var current: UInt8? { position < bytes.count ? bytes[position] : nil }

        private func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

        /// The nodes up to the end, or up to `{{/section}}` (read, with its line if it stands alone).
        mutating func nodes(section: String?, atLineStart: Bool) -> [Node]? {
            var nodes: [Node] = []
            var lineStart = atLineStart
            // Spaces and tabs that began the line, kept until it is known whether a tag stands alone.
            var indentation = ""
            func flushIndentation() {
                if !indentation.isEmpty { nodes.append(.text(indentation)); indentation = "" }
            }
            while !atEnd {
                if lineStart { indentation = readBlanks() }
                let textStart = position
                let opensTag = readTextToTagOrLineEnd()
                let written = text(textStart..<position)
                if !opensTag, current == UInt8(ascii: "\n") {
                    position += 1
                    nodes.append(.text(indentation + written + "\n"))
                    lineStart = true
                    continue
                }
                if !written.isEmpty {
                    nodes.append(.text(indentation + written))
                    indentation = ""
                    lineStart = false
                }
                guard opensTag else { break }
                position += 2
                var standsAlone = false
                switch current {
                case UInt8(ascii: "#"), UInt8(ascii: "^"):
                    let inverted = current == UInt8(ascii: "^")
                    position += 1
                    guard let name = readName() else { return nil }
                    standsAlone = lineStart && finishLineIfBlank()
                    if !standsAlone { flushIndentation() }
                    guard let body = self.nodes(section: name, atLineStart: standsAlone) else { return nil }
                    nodes.append(.section(path: Self.path(name), inverted: inverted, body: body))
                case UInt8(ascii: "/"):
                    position += 1
                    guard let name = readName(), name == section else { return nil }
                    if !(lineStart && finishLineIfBlank()) { flushIndentation() }
                    return nodes
                case UInt8(ascii: "!"):
                    position += 1
                    guard skipPast(close: [UInt8(ascii: "}"), UInt8(ascii: "}")]) else { return nil }
                    standsAlone = lineStart && finishLineIfBlank()
                case UInt8(ascii: "{"), UInt8(ascii: "&"):
                    let braced = current == UInt8(ascii: "{")
                    flushIndentation()
                    position += 1
                    guard let name = readName() else { return nil }
                    if braced {
                        guard current == UInt8(ascii: "}") else { return nil }
                        position += 1
                    }
                    nodes.append(.variable(path: Self.path(name), escaped: false))
                case UInt8(ascii: ">"):
                    position += 1
                    guard let name = readPartialName() else { return nil }
                    // The blanks before it are written either way; standing alone, they indent it too.
                    let blanks = indentation
                    flushIndentation()
                    standsAlone = lineStart && finishLineIfBlank()
                    nodes.append(.partial(name: name, indentation: standsAlone ? blanks : nil))
                case UInt8(ascii: "%"):
                    position += 1
                    guard let escapes = readContentType() else { return nil }
                    nodes.append(.escaping(escapes))
                    standsAlone = lineStart && finishLineIfBlank()
                case UInt8(ascii: "="), UInt8(ascii: "<"), UInt8(ascii: "$"), nil:
                    return nil
                default:
                    flushIndentation()
                    guard let name = readName() else { return nil }
                    nodes.append(.variable(path: Self.path(name), escaped: true))
                }
                lineStart = standsAlone
            }
            return section == nil ? nodes : nil
        }

        /// "a.b" as ["a", "b"]; "." as ["."].
        private static func path(_ name: String) -> [String] {
            name == "." ? ["."] : name.split(separator: ".").map(String.init)
        }

        private mutating func readBlanks() -> String {
            let start = position
            while let byte = current, byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") { position += 1 }
            return text(start..<position)
        }

        /// Moves to the next `{{` (true, not read) or line break or end (false).
        private mutating func readTextToTagOrLineEnd() -> Bool {
            while let byte = current {
                if byte == UInt8(ascii: "\n") { return false }
                if byte == UInt8(ascii: "{"), position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "{") { return true }
                position += 1
            }
            return false
        }

        /// After a tag: when only blanks are left on its line, reads them and the line break.
        private mutating func finishLineIfBlank() -> Bool {
            guard !atEnd else { return true }
            var look = position
            while look < bytes.count, bytes[look] == UInt8(ascii: " ") || bytes[look] == UInt8(ascii: "\t") { look += 1 }
            guard look < bytes.count, bytes[look] == UInt8(ascii: "\n") else { return false }
            position = look + 1
            return true
        }

        private mutating func skipWhitespace() {
            while let byte = current, byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
                || byte == 0x0B || byte == 0x0C { position += 1 }
        }

        private mutating func readClose() -> Bool {
            guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "}"), bytes[position + 1] == UInt8(ascii: "}") else { return false }
            position += 2
            return true
        }

        private static func isNameByte(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "?"), UInt8(ascii: "*"): true
            default: false
            }
        }

        /// Blanks, a run of the bytes `allowed` accepts, blanks again: the run.
        private mutating func readWord(_ allowed: (UInt8) -> Bool = isNameByte) -> String {
            skipWhitespace()
            let start = position
            while let byte = current, allowed(byte) { position += 1 }
            let word = text(start..<position)
            skipWhitespace()
            return word
        }

        /// A variable's or a section's name and the `}}` after it. A transform (`f(x)`), a name
        /// that starts with a dot or an empty name is swift-mustache's.
        private mutating func readName() -> String? {
            let name = readWord()
            guard !name.isEmpty, name == "." || !name.hasPrefix("."), readClose() else { return nil }
            return name
        }

        private mutating func readPartialName() -> String? {
            let name = readWord { Self.isNameByte($0) || $0 == UInt8(ascii: "/") }
            guard !name.isEmpty, !name.hasPrefix("*"), readClose() else { return nil }
            return name
        }

        /// `CONTENT_TYPE: NAME}}`, for the content types labbook renders itself.
        private mutating func readContentType() -> Bool? {
            guard readWord() == "CONTENT_TYPE", current == UInt8(ascii: ":") else { return nil }
            position += 1
            let value = readWord()
            guard readClose() else { return nil }
            return CompiledTemplate.escapingContentTypes[value]
        }

        /// Past the next `}}` (a comment's end).
        private mutating func skipPast(close: [UInt8]) -> Bool {
            while position + 1 < bytes.count {
                if bytes[position] == close[0], bytes[position + 1] == close[1] { position += 2; return true }
                position += 1
            }
            return false
        }
    }
}
