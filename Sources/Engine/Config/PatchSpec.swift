/// The `fashion-mnist-patch` task: two real Fashion-MNIST classes, and a bright square in the
/// image's top-left corner that agrees with the label for a fraction `majority_fraction` of the
/// training images and is independent of it (half of each class patched) in validation and test.
/// A model that leans on the square does well on the majority groups and badly on the others.
package struct PatchSpec: Codable, Hashable, Sendable {
    /// The Fashion-MNIST class that becomes label 0 (default 2, pullover).
    package var negativeClass: Int
    /// The Fashion-MNIST class that becomes label 1 and carries the patch in its majority groups
    /// (default 4, coat).
    package var positiveClass: Int
    /// Side of the square in pixels (default 4, 16 of the 784 pixels).
    package var size: Int
    /// Fraction of training images whose patch agrees with the label: patched positives and
    /// unpatched negatives.
    package var majorityFraction: Double

    package init(negativeClass: Int = 2, positiveClass: Int = 4, size: Int = 4, majorityFraction: Double = 0.9) {
        self.negativeClass = negativeClass; self.positiveClass = positiveClass
        self.size = size; self.majorityFraction = majorityFraction
    }

    package init(from decoder: Decoder) throws { try self.init(fieldsFrom: decoder) }
    package func encode(to encoder: Encoder) throws { try encodeFields(to: encoder) }
}

extension PatchSpec: ConfigSection {
    package static let defaults = PatchSpec()
    package static let keys: [SectionField<PatchSpec>] = [
        SectionField("negative_class", \.negativeClass, .integer(min: 0, max: 9), help: "the Fashion-MNIST class that becomes label 0"),
        SectionField("positive_class", \.positiveClass, .integer(min: 0, max: 9), help: "the class that becomes label 1 and carries the patch in its majority groups"),
        SectionField("size", \.size, .integer(min: 1, max: 28), help: "side of the square in pixels"),
        SectionField("majority_fraction", \.majorityFraction, .number(.fraction), help: "share of training images whose patch agrees with the label"),
    ]

    package func combinationProblems(section: String) -> [ConfigProblem] {
        negativeClass == positiveClass ? [ConfigProblem([section, "positive_class"], "must differ from negative_class, both are \(positiveClass)")] : []
    }
}
