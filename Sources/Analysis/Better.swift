/// Which way a metric improves: lower for losses, higher for accuracies.
package enum Better: String, Sendable, CaseIterable {
    case lower
    case higher
}
