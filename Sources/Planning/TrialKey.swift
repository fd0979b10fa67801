import Crypto
import Engine
import Foundation
import Numerics

/// What a trial's result depends on, and so what its key hashes: the resolved configuration,
/// the seed, the dataset's fingerprint and the engine's numerics version. Note text, ids,
/// captions and plot settings are not in it.
package struct TrialInputs: Codable, Hashable, Sendable {
    package var config: TrialConfig
    package var seed: UInt64
    package var dataset: String
    package var numericsVersion: Int

    enum CodingKeys: String, CodingKey {
        case config, seed, dataset
        case numericsVersion = "numerics_version"
    }

    package init(config: TrialConfig, seed: UInt64, dataset: String, numericsVersion: Int = Engine.numericsVersion) {
        self.config = config.resolved()
        self.seed = seed
        self.dataset = dataset
        self.numericsVersion = numericsVersion
    }

    /// Sorted keys, shortest round-trip numbers (so `3e-4` and `0.0003` are the same), no spaces.
    package var canonicalJSON: Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try! encoder.encode(self)  // Plain values only: encoding cannot fail.
    }

    /// SHA-256 of the canonical JSON, in lower-case hex.
    package var key: String {
        HexDigits.string(SHA256.hash(data: canonicalJSON))
    }
}
