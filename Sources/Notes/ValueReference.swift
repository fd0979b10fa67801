import Foundation

/// `{{< value "plot-id.b" >}}`: a number from results, quoted in prose.
package struct ValueReference: Sendable, Hashable {
    package var path: String
    package var location: SourceLocation
}
