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

    static let fields = [
        ConfigField("negative_class", .integer(min: 0, max: 9), default: "2", help: "the Fashion-MNIST class that becomes label 0"),
        ConfigField("positive_class", .integer(min: 0, max: 9), default: "4", help: "the class that becomes label 1 and carries the patch in its majority groups"),
        ConfigField("size", .integer(min: 1, max: 28), default: "4", help: "side of the square in pixels"),
        ConfigField("majority_fraction", .number(.fraction), default: "0.9", help: "share of training images whose patch agrees with the label"),
    ]
}

extension PatchSpec: ConfigKeyValue {
    public func problems(under rule: ConfigRule, key: String) -> [ConfigProblem] {
        let f = Self.fields
        var p = f.problems("negative_class", negativeClass, in: key) + f.problems("positive_class", positiveClass, in: key)
            + f.problems("size", size, in: key) + f.problems("majority_fraction", majorityFraction, in: key)
        if negativeClass == positiveClass { p.append(ConfigProblem([key, "positive_class"], "must differ from negative_class, both are \(positiveClass)")) }
        return p
    }

    public var written: String { "{negative_class: \(negativeClass), positive_class: \(positiveClass), size: \(size), majority_fraction: \(majorityFraction.written)}" }
}
