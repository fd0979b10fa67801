import Crypto
import Engine
import Foundation
import Numerics

/// What a trial's result depends on, and so what its key hashes: the resolved configuration,
/// the seed, the dataset's fingerprint and the engine's numerics version. Note text, ids,
/// captions and plot settings are not in it. A command trial's inputs are instead its keys, the
/// command, its code's content and the contract's version (`CommandInputs`), beside the seed.
package struct TrialInputs: Codable, Hashable, Sendable {
    /// The engine's configuration; a command trial leaves it at its defaults, unused and unwritten.
    package var config: TrialConfig
    package var seed: UInt64
    package var dataset: String
    package var numericsVersion: Int
    /// Set for a trial of the researcher's own command instead of the engine.
    package var command: CommandInputs?
    /// The key of the upstream trial whose weights this one starts from (`from:`); left out of
    /// the JSON otherwise, so keys of trials trained from scratch are what they always were.
    package var upstream: String?

    enum CodingKeys: String, CodingKey {
        case config, seed, dataset, command, upstream
        case numericsVersion = "numerics_version"
    }

    package init(config: TrialConfig, seed: UInt64, dataset: String, numericsVersion: Int = Engine.numericsVersion, upstream: String? = nil) {
        self.config = config.resolved()
        self.seed = seed
        self.dataset = dataset
        self.numericsVersion = numericsVersion
        self.upstream = upstream
    }

    package init(command: CommandInputs, seed: UInt64) {
        config = TrialConfig()
        self.seed = seed
        dataset = ""
        numericsVersion = 0
        self.command = command
    }

    package init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let seed = try c.decode(UInt64.self, forKey: .seed)
        if c.contains(.command) {
            self = TrialInputs(command: try CommandInputs(from: decoder), seed: seed)
            return
        }
        // Stored as resolved; the memberwise fields, not `init(config:…)`, so nothing is resolved again.
        config = try c.decode(TrialConfig.self, forKey: .config)
        self.seed = seed
        dataset = try c.decode(String.self, forKey: .dataset)
        numericsVersion = try c.decode(Int.self, forKey: .numericsVersion)
        command = nil
        upstream = try c.decodeIfPresent(String.self, forKey: .upstream)
    }

    /// An engine trial's four fields, exactly as before command trials existed (so its key is the
    /// same), and its upstream's key under `from:`; a command trial's own fields beside its seed.
    package func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(seed, forKey: .seed)
        if let command {
            try command.encode(to: encoder)
            return
        }
        try c.encode(config, forKey: .config)
        try c.encode(dataset, forKey: .dataset)
        try c.encode(numericsVersion, forKey: .numericsVersion)
        try c.encodeIfPresent(upstream, forKey: .upstream)
    }

    /// Sorted keys, shortest round-trip numbers (so `3e-4` and `0.0003` are the same), no spaces.
    package var canonicalJSON: Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try! encoder.encode(self)  // Plain values only: encoding cannot fail.
    }

    /// SHA-256 of the canonical JSON, in lower-case hex (worked out once per process for equal inputs).
    package var key: String {
        TrialKeyMemo.shared.value(for: self) { HexDigits.string(SHA256.hash(data: canonicalJSON)) }
    }
}
