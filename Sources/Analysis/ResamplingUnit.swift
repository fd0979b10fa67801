import Foundation

/// The unit a bootstrap resampled.
package enum ResamplingUnit: String, Sendable {
    /// Whole seeds, with all their points: the honest unit when seeds are the replicates.
    case seeds
    /// Single points, the fallback when all points come from one seed.
    case points
    /// No bootstrap was run.
    case none
}
