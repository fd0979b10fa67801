/// The IDX format of (Fashion-)MNIST: magic (0, 0, type, rank), big-endian sizes, then data.
enum IDXFile {
    /// A content hash of the four files: only the folder (`dataset`) matters.
    static let fingerprintKeys = [AnyConfigKey(ConfigKeys.dataset)]

    /// The four files of an MNIST-style dataset, as named by Debian's dataset-fashion-mnist.
    static let trainImages = "train-images-idx3-ubyte"
    static let trainLabels = "train-labels-idx1-ubyte"
    static let testImages = "t10k-images-idx3-ubyte"
    static let testLabels = "t10k-labels-idx1-ubyte"

    /// Dimensions and unsigned-byte payload of an IDX file's bytes.
    static func parse(_ bytes: [UInt8], path: String) throws -> (shape: [Int], data: ArraySlice<UInt8>) {
        guard bytes.count >= 4, bytes[0] == 0, bytes[1] == 0 else {
            throw EngineError(.dataset, path: path, "not an IDX file (bad magic number)")
        }
        guard bytes[2] == 0x08 else {
            throw EngineError(.dataset, path: path, "IDX element type 0x\(String(bytes[2], radix: 16)) is not unsigned bytes")
        }
        let rank = Int(bytes[3])
        guard bytes.count >= 4 + 4 * rank else { throw EngineError(.dataset, path: path, "IDX header is truncated") }
        var shape: [Int] = []
        for d in 0..<rank {
            let o = 4 + 4 * d
            shape.append(Int(bytes[o]) << 24 | Int(bytes[o + 1]) << 16 | Int(bytes[o + 2]) << 8 | Int(bytes[o + 3]))
        }
        let start = 4 + 4 * rank
        let count = shape.reduce(1, *)
        guard bytes.count - start == count else {
            throw EngineError(.dataset, path: path, "IDX payload has \(bytes.count - start) bytes, header says \(count)")
        }
        return (shape, bytes[start...])
    }

    /// Images as pixels in [0, 1], [count × (product of the other dimensions)].
    /// Rank-3 files (count × rows × columns) are one-channel images; others are read flat.
    static func readImages(_ path: String) throws -> (count: Int, features: Int, pixels: [Float], shape: InputShape) {
        let (shape, data) = try parse(try CompressedFile.read(path), path: path)
        guard shape.count >= 2 else { throw EngineError(.dataset, path: path, "expected images (rank ≥ 2), got rank \(shape.count)") }
        let features = shape.dropFirst().reduce(1, *)
        var pixels = [Float](repeating: 0, count: data.count)
        pixels.withUnsafeMutableBufferPointer { out in
            data.withUnsafeBufferPointer { input in
                for i in 0..<input.count { out[i] = Float(input[i]) / 255 }
            }
        }
        let image = shape.count == 3 ? InputShape(channels: 1, height: shape[1], width: shape[2]) : InputShape(features: features)
        return (shape[0], features, pixels, image)
    }

    static func readLabels(_ path: String) throws -> [Int32] {
        let (shape, data) = try parse(try CompressedFile.read(path), path: path)
        guard shape.count == 1 else { throw EngineError(.dataset, path: path, "expected labels (rank 1), got rank \(shape.count)") }
        return data.map { Int32($0) }
    }
}
