import Foundation

/// A trained network's weights: every parameter and running statistic, and how many of the
/// parameters belong to its body (all but the output layer), so a downstream model with another
/// head can take the body. A cache, never a record: it can always be trained again.
package struct Checkpoint: Sendable, Equatable {
    package var parameters: [Float]
    package var state: [Float]
    /// Parameters before the output layer's.
    package var bodyCount: Int

    package init(parameters: [Float], state: [Float], bodyCount: Int) {
        self.parameters = parameters; self.state = state; self.bodyCount = bodyCount
    }

    private static let magic = Data("labbook-weights 1\n".utf8)

    /// magic, then three little-endian Int64 counts (parameters, state, body), then the floats.
    package var data: Data {
        var data = Self.magic
        for count in [parameters.count, state.count, bodyCount] { withUnsafeBytes(of: Int64(count).littleEndian) { data.append(contentsOf: $0) } }
        for values in [parameters, state] {
            for value in values { withUnsafeBytes(of: value.bitPattern.littleEndian) { data.append(contentsOf: $0) } }
        }
        return data
    }

    /// nil when the bytes are not a whole checkpoint (a damaged cache entry is trained again).
    package init?(data: Data) {
        let bytes = [UInt8](data)
        let head = Self.magic.count
        guard bytes.count >= head + 24, Data(bytes[0..<head]) == Self.magic else { return nil }
        func int64(_ at: Int) -> Int { bytes[at..<(at + 8)].reversed().reduce(0) { $0 << 8 | Int($1) } }
        let counts = (0..<3).map { int64(head + 8 * $0) }
        guard counts.allSatisfy({ $0 >= 0 }), counts[2] <= counts[0], bytes.count == head + 24 + 4 * (counts[0] + counts[1]) else { return nil }
        func floats(_ start: Int, _ count: Int) -> [Float] {
            (0..<count).map { i in
                let at = start + 4 * i
                return Float(bitPattern: UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24)
            }
        }
        parameters = floats(head + 24, counts[0])
        state = floats(head + 24 + 4 * counts[0], counts[1])
        bodyCount = counts[2]
    }
}
