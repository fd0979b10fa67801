/// A fenced block whose info string names a labbook directive; its body is YAML, read by later stages.
public struct Directive: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable { case experiment, plot, table }

    public var kind: Kind
    /// The YAML text between the fences.
    public var body: String
    /// Where the opening fence is.
    public var location: SourceLocation
    /// The note line on which the body's first line sits (YAML line 1).
    public var bodyFirstLine: Int
    /// The `id:` key, read leniently here (the schema checks it properly).
    public var id: String?

    /// Parses the body, with lines mapped to the note's own.
    public func yaml() throws(Diagnostic) -> YAMLNode? {
        try YAMLNode.parse(body, path: location.path, firstLine: bodyFirstLine)
    }
}
