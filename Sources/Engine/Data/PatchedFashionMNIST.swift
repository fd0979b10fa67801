/// Builds the `fashion-mnist-patch` dataset (see `PatchSpec`) from Fashion-MNIST's files.
///
/// Construction, all seeded by `data_seed`:
/// 1. Keep the training and test images of the two classes; label 1 is `positive_class`.
/// 2. Hold out `val_size` training images by a seeded permutation; the first `train_size` of the
///    rest (in the same order) are the training set, so smaller sets are subsets of larger ones.
/// 3. Mark images as patched. Training: in each class a seeded choice of round(p·n) images gets
///    the attribute a = y (a patch on the positives, none on the negatives) and the others
///    a = 1 − y. Validation and test: in each class a seeded half is patched.
/// 4. Set the patched images' top-left `size`×`size` pixels to 1 (white; the corner of a
///    Fashion-MNIST image is background, near 0).
///
/// Group g = 2·y + a, as in `spurious`: 0 (negative, plain) and 3 (positive, patched) are the
/// majority groups in training, 1 (negative, patched) and 2 (positive, plain) the minority.
enum PatchedFashionMNIST {
    /// A content hash of Fashion-MNIST's files: the classes and the patch are in the configuration itself.
    static let fingerprintKeys = [AnyConfigKey(ConfigKeys.dataset)]

    static let groupNames = ["0", "1", "2", "3"]
    static let side = 28

    static func fingerprint(filesHash: String) -> String { "fashion-mnist-patch/v1 idx/sha256:\(filesHash)" }

    /// Images and labels of one IDX pair, as read.
    struct Images {
        var count: Int
        var pixels: [Float]
        var labels: [Int32]
    }

    static func dataset(_ spec: PatchSpec, train: Images, test: Images, trainSize: Int?, validation: Int,
                        seed: UInt64, fingerprint: String, path: String) throws -> Dataset {
        let features = side * side
        let (pool, poolLabels) = twoClasses(train, spec)
        guard validation < pool.count else {
            throw EngineError(.dataset, path: path, "val_size \(validation) leaves no training images of the \(pool.count) in classes \(spec.negativeClass) and \(spec.positiveClass)")
        }
        var stream = RandomStream(seed: seed, purpose: .split, substream: 3)
        let order = stream.permutation(pool.count)
        var fitOrder = Array(order.dropFirst(validation))
        if let n = trainSize {
            guard n <= fitOrder.count else {
                throw EngineError(.dataset, path: path, "train_size \(n) is more than the \(fitOrder.count) training images of classes \(spec.negativeClass) and \(spec.positiveClass)")
            }
            fitOrder = Array(fitOrder.prefix(n))
        }
        let attributes = RandomStream(seed: seed, purpose: .dataGeneration, substream: 7)
        func split(_ indices: [Int], from images: [Int], labels: [Int32], pixels: [Float], stream: Int, majority: Double?) -> Split {
            let y = indices.map { labels[$0] }
            let a = patchAttributes(labels: y, majorityFraction: majority, stream: attributes.child(UInt64(stream)))
            var inputs = [Float](repeating: 0, count: indices.count * features)
            for (row, i) in indices.enumerated() {
                let source = images[i] * features
                for j in 0..<features { inputs[row * features + j] = pixels[source + j] }
                if a[row] == 1 { stamp(&inputs, row: row, size: spec.size) }
            }
            return Split(count: indices.count, inputs: inputs, labels: y,
                         groups: zip(y, a).map { 2 * $0 + $1 })
        }
        let (testImages, testLabels) = twoClasses(test, spec)
        return Dataset(
            name: "fashion-mnist-patch", task: .classification, features: features, outputs: 2,
            train: split(fitOrder, from: pool, labels: poolLabels, pixels: train.pixels, stream: 0, majority: spec.majorityFraction),
            validation: split(Array(order.prefix(validation)), from: pool, labels: poolLabels, pixels: train.pixels, stream: 1, majority: nil),
            test: split(Array(testImages.indices), from: testImages, labels: testLabels, pixels: test.pixels, stream: 2, majority: nil),
            fingerprint: fingerprint, groupNames: groupNames)
    }

    /// Indices (into `images`) of the two classes' images, and their binary labels.
    private static func twoClasses(_ images: Images, _ spec: PatchSpec) -> ([Int], [Int32]) {
        let kept = images.labels.indices.filter { [spec.negativeClass, spec.positiveClass].contains(Int(images.labels[$0])) }
        return (kept, kept.map { images.labels[$0] == Int32(spec.positiveClass) ? 1 : 0 })
    }

    /// The attribute a (1: patched) of each example. With a majority fraction p, a seeded
    /// round(p·n) of each class's n examples get a = y and the rest a = 1 − y; without one, a
    /// seeded half of each class (rounded down) is patched.
    static func patchAttributes(labels: [Int32], majorityFraction: Double?, stream: RandomStream) -> [Int32] {
        var a = [Int32](repeating: 0, count: labels.count)
        for y in Int32(0)...1 {
            var members = labels.indices.filter { labels[$0] == y }
            var random = stream.child(UInt64(y))
            random.shuffle(&members)
            let agreeing = majorityFraction.map { Int((Double(members.count) * $0).rounded()) } ?? (members.count - members.count / 2)
            for (k, i) in members.enumerated() {
                let agrees = k < agreeing
                a[i] = majorityFraction == nil ? (agrees ? 0 : 1) : (agrees ? y : 1 - y)
            }
        }
        return a
    }

    /// Whitens the `size`×`size` square at the top-left of image `row`.
    static func stamp(_ inputs: inout [Float], row: Int, size: Int) {
        for r in 0..<size {
            for c in 0..<size { inputs[row * side * side + r * side + c] = 1 }
        }
    }
}
