import Foundation

/// `{{< relref "note.md#anchor" >}}` or `{{< ref … >}}`: a link to another note, resolved at build time.
package struct Reference: Sendable, Hashable {
    package var target: String
    package var location: SourceLocation

    /// The note part of the target (before `#`).
    package var notePath: String { String(target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]) }
    /// The anchor part, without `#`, if any.
    package var anchor: String? {
        let parts = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        return parts.count == 2 ? String(parts[1]) : nil
    }
}
