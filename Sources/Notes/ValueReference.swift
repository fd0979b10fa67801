import Foundation

/// `{{< value "plot-id.b" >}}`: a number from results, quoted in prose.
public struct ValueReference: Sendable, Hashable {
    public var path: String
    public var location: SourceLocation
}
