import Foundation
import Mustache

extension CompiledTemplate {
    /// The template rendered with `context` at the bottom of the context stack; partials come
    /// from `partials`. Values are looked up as swift-mustache looks them up: a name climbs the
    /// stack to the first object that has it, `a.b` then goes down from there; a section repeats
    /// over an array, shows for `true`, is skipped for `false`, nil and an empty array, and
    /// otherwise shows once with its value on the stack (an empty string too). Labbook's contexts
    /// hold plain values (dictionaries, arrays, text, numbers, booleans), never swift-mustache's
    /// lambdas or templates, which only it could call.
    func render(_ context: Any, partials: [String: CompiledTemplate]) -> String {
        var rendering = Rendering(partials: partials, stack: [context])
        rendering.render(nodes, escapes: true, indentation: nil)
        return rendering.output
    }

    private struct Rendering {
        let partials: [String: CompiledTemplate]
        var stack: [Any]
        var output = ""

        init(partials: [String: CompiledTemplate], stack: [Any]) {
            self.partials = partials
            self.stack = stack
        }

        mutating func render(_ nodes: [Node], escapes: Bool, indentation: String?) {
            var escapes = escapes
            guard let indentation, !indentation.isEmpty else {
                for node in nodes { render(node, escapes: &escapes, indentation: indentation) }
                return
            }
            // Inside a partial that stood alone on an indented line: each piece that starts a
            // new line of this rendering is indented.
            let start = output.utf8.count
            for node in nodes {
                var before = ""
                swap(&before, &output)
                render(node, escapes: &escapes, indentation: indentation)
                var piece = ""
                swap(&piece, &output)
                swap(&before, &output)
                if !piece.isEmpty, output.utf8.count > start, output.utf8.last == UInt8(ascii: "\n") { output += indentation }
                output += piece
            }
        }

        private mutating func render(_ node: Node, escapes: inout Bool, indentation: String?) {
            switch node {
            case .text(let text):
                output += text
            case .variable(let path, let escaped):
                guard let value = Self.value(at: path, in: stack) else { return }
                let text = Self.text(of: value)
                output += escaped && escapes ? HTML.escape(text, apostrophes: true) : text
            case .section(let path, let inverted, let body):
                let value = Self.value(at: path, in: stack)
                if inverted { renderInverted(body, for: value, escapes: escapes, indentation: indentation) }
                else { renderSection(body, for: value, escapes: escapes, indentation: indentation) }
            case .partial(let name, let indented):
                guard let partial = partials[name] else { return }
                let indentation = indented.map { (indentation ?? "") + $0 } ?? indentation
                render(partial.nodes, escapes: true, indentation: indentation)
            case .escaping(let on):
                escapes = on
            }
        }

        private mutating func renderSection(_ body: [Node], for value: Any?, escapes: Bool, indentation: String?) {
            guard let value else { return }
            switch value {
            case is [String: Any], is String:
                renderPushing(value, body, escapes: escapes, indentation: indentation)
            case let list as [[String: Any]]:
                for item in list { renderPushing(item, body, escapes: escapes, indentation: indentation) }
            case let sequence as any MustacheSequence:
                for item in Self.elements(of: sequence) { renderPushing(item, body, escapes: escapes, indentation: indentation) }
            case let bool as Bool:
                if bool { render(body, escapes: escapes, indentation: indentation) }
            case let renderable as MustacheCustomRenderable where renderable.isNull:
                return
            default:
                renderPushing(value, body, escapes: escapes, indentation: indentation)
            }
        }

        private mutating func renderInverted(_ body: [Node], for value: Any?, escapes: Bool, indentation: String?) {
            guard let value else { return render(body, escapes: escapes, indentation: indentation) }
            switch value {
            case is [String: Any], is String:
                return
            case let sequence as any MustacheSequence:
                if Self.elements(of: sequence).isEmpty { renderPushing(value, body, escapes: escapes, indentation: indentation) }
            case let bool as Bool:
                if !bool { render(body, escapes: escapes, indentation: indentation) }
            case let renderable as MustacheCustomRenderable where renderable.isNull:
                render(body, escapes: escapes, indentation: indentation)
            default:
                return
            }
        }

        private mutating func renderPushing(_ value: Any, _ body: [Node], escapes: Bool, indentation: String?) {
            stack.append(value)
            render(body, escapes: escapes, indentation: indentation)
            stack.removeLast()
        }

        private static func elements<S: Sequence>(of sequence: S) -> [Any] { sequence.map { $0 as Any } }

        /// What `{{name}}` shows of a value.
        private static func text(of value: Any) -> String {
            switch value {
            case let text as String: return text
            case let number as Int: return String(number)
            case let renderable as MustacheCustomRenderable: return renderable.renderText
            default: return String(describing: unwrapped(value))
            }
        }

        /// An optional inside `Any` is shown as its value.
        private static func unwrapped(_ value: Any) -> Any {
            guard let optional = value as? any OptionalValue else { return value }
            return optional.wrappedValue ?? value
        }

        /// The value a name gives: "." is the top of the stack; the first part of `a.b` is looked
        /// for from the top of the stack down, the rest inside what was found.
        static func value(at path: [String], in stack: [Any]) -> Any? {
            if path.count == 1, path[0] == "." { return stack.last.flatMap(represented) }
            var found: Any?
            var level = stack.count - 1
            while level >= 0 {
                if let child = child(path[0], of: stack[level]) { found = child; break }
                level -= 1
            }
            guard var value = found else { return nil }
            for name in path.dropFirst() {
                guard let child = child(name, of: value) else { return nil }
                value = child
            }
            return represented(value)
        }

        /// What an object holds under a name: a dictionary's entry, a field of any other value.
        private static func child(_ name: String, of object: Any) -> Any? {
            // The contexts are dictionaries nearly all the way down.
            if let dictionary = object as? [String: Any] { return dictionary[name] }
            guard let object = represented(object) else { return nil }
            switch object {
            case let dictionary as [String: Any]: return dictionary[name]
            case is String, is Int, is Bool, is Double, is [Any]: return nil
            case let parent as MustacheParent: return parent.child(named: name)
            default:
                guard let field = Mirror(reflecting: object).children.first(where: { $0.label == name })?.value else { return nil }
                let mirror = Mirror(reflecting: field)
                guard mirror.displayStyle == .optional else { return field }
                return mirror.children.first?.value
            }
        }

        /// A value as swift-mustache sees it (NSNull as nothing).
        private static func represented(_ value: Any) -> Any? {
            // The kinds labbook's contexts are made of, told by their type alone: a cast to a
            // protocol looks up its conformance.
            let type = Swift.type(of: value)
            if type == String.self || type == [String: Any].self || type == [[String: Any]].self || type == Int.self || type == Bool.self {
                return value
            }
            guard let custom = value as? MustacheCustomRepresentation else { return value }
            return custom.representation
        }
    }
}

private protocol OptionalValue {
    var wrappedValue: Any? { get }
}

extension Optional: OptionalValue {
    fileprivate var wrappedValue: Any? { self.map { $0 as Any } }
}
