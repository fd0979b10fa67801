/// Why a configuration cannot run, naming the key it is about: `["spurious", "majority_fraction"]`
/// and "must be in [0, 1], got 2". Callers place it at the key's position; nothing parses the text.
public struct ConfigProblem: Hashable, Sendable, CustomStringConvertible {
    /// The key and, inside a section, its field.
    public var keyPath: [String]
    /// The rest of a sentence that starts with the key.
    public var message: String

    public init(_ keyPath: [String], _ message: String) {
        self.keyPath = keyPath
        self.message = message
    }

    public init(_ key: String, _ message: String) { self.init([key], message) }

    /// The top-level key, whose position a directive knows.
    public var key: String { keyPath[0] }

    public var description: String { "'\(keyPath.joined(separator: "."))' \(message)" }
}
