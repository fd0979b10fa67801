/// The `fashion-mnist-patch` task: two real Fashion-MNIST classes, and a bright square in the
/// image's top-left corner that agrees with the label for a fraction `majority_fraction` of the
/// training images and is independent of it (half of each class patched) in validation and test.
/// A model that leans on the square does well on the majority groups and badly on the others.
public struct PatchSpec: Codable, Hashable, Sendable {
    /// The Fashion-MNIST class that becomes label 0 (default 2, pullover).
    public var negativeClass: Int
    /// The Fashion-MNIST class that becomes label 1 and carries the patch in its majority groups
    /// (default 4, coat).
    public var positiveClass: Int
    /// Side of the square in pixels (default 4, 16 of the 784 pixels).
    public var size: Int
    /// Fraction of training images whose patch agrees with the label: patched positives and
    /// unpatched negatives.
    public var majorityFraction: Double

    public init(negativeClass: Int = 2, positiveClass: Int = 4, size: Int = 4, majorityFraction: Double = 0.9) {
        self.negativeClass = negativeClass; self.positiveClass = positiveClass
        self.size = size; self.majorityFraction = majorityFraction
    }

    enum CodingKeys: String, CodingKey {
        case negativeClass = "negative_class", positiveClass = "positive_class"
        case size, majorityFraction = "majority_fraction"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = PatchSpec()
        negativeClass = try c.decodeIfPresent(Int.self, forKey: .negativeClass) ?? d.negativeClass
        positiveClass = try c.decodeIfPresent(Int.self, forKey: .positiveClass) ?? d.positiveClass
        size = try c.decodeIfPresent(Int.self, forKey: .size) ?? d.size
        majorityFraction = try c.decodeIfPresent(Double.self, forKey: .majorityFraction) ?? d.majorityFraction
    }

    /// Reasons these parameters cannot make a dataset.
    func problems() -> [String] {
        var p: [String] = []
        for (key, value) in [("negative_class", negativeClass), ("positive_class", positiveClass)] where !(0...9).contains(value) {
            p.append("patch.\(key): Fashion-MNIST classes are 0 to 9, got \(value)")
        }
        if negativeClass == positiveClass { p.append("patch: negative_class and positive_class must differ, both are \(positiveClass)") }
        if !(1...28).contains(size) { p.append("patch.size: must be 1 to 28 pixels, got \(size)") }
        if !(0...1).contains(majorityFraction) { p.append("patch.majority_fraction: must be in [0, 1], got \(majorityFraction)") }
        return p
    }
}
