/// One key whose value differs between a stored trial and the one now asked for.
package struct ConfigChange: Sendable, Hashable, CustomStringConvertible {
    package var key: String
    /// The values as JSON text; nil where the key does not apply.
    package var stored: String?
    package var now: String?

    /// `steps 1000 → 2000`.
    package var description: String { "\(key) \(stored ?? "(unset)") → \(now ?? "(unset)")" }

    /// The keys whose values differ between two configurations, flattened as JSON text per key.
    static func between(stored: [String: String], now: [String: String]) -> [ConfigChange] {
        Set(stored.keys).union(now.keys).sorted().compactMap { key in
            stored[key] == now[key] ? nil : ConfigChange(key: key, stored: stored[key], now: now[key])
        }
    }
}
