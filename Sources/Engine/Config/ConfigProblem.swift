/// Why a configuration cannot run, naming the key it is about: `["spurious", "majority_fraction"]`
/// and "must be in [0, 1], got 2". Callers place it at the key's position; nothing parses the text.
package struct ConfigProblem: Hashable, Sendable, CustomStringConvertible {
    /// The key and, inside a section, its field.
    package var keyPath: [String]
    /// The rest of a sentence that starts with the key.
    package var message: String

    package init(_ keyPath: [String], _ message: String) {
        self.keyPath = keyPath
        self.message = message
    }

    package init(_ key: String, _ message: String) { self.init([key], message) }

    /// The top-level key, whose position a directive knows.
    package var key: String { keyPath[0] }

    package var description: String { "'\(keyPath.joined(separator: "."))' \(message)" }
}
