/// A fenced block whose info string names a labbook directive; its body is YAML, read by later stages.
package struct Directive: Sendable, Hashable {
    package enum Kind: String, Sendable, Hashable, CaseIterable { case experiment, plot, table }

    package var kind: Kind
    /// The YAML text between the fences.
    package var body: String
    /// Where the opening fence is.
    package var location: SourceLocation
    /// The note line on which the body's first line sits (YAML line 1).
    package var bodyFirstLine: Int
    /// The `id:` key, read leniently here (the schema checks it properly).
    package var id: String?

    /// Parses the body, with lines mapped to the note's own.
    package func yaml() throws(Diagnostic) -> YAMLNode? {
        try YAMLNode.parse(body, path: location.path, firstLine: bodyFirstLine)
    }
}
