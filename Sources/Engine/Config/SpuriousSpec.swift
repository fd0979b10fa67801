/// The synthetic spurious-correlation task of Sagawa et al. 2020 ("An investigation of why
/// overparameterization exacerbates spurious correlations", §4): label y and spurious attribute
/// a in {−1, +1}; core features x_core ~ N(y·1, σ_core²·I), spurious features x_spu ~ N(a·1, σ_spu²·I).
/// In training a fraction `majority_fraction` of examples has a = y; validation and test are
/// balanced over the four (y, a) groups.
package struct SpuriousSpec: Codable, Hashable, Sendable {
    package var coreDim: Int
    package var spuriousDim: Int
    /// σ_core²: large (100 in the paper) so the core features are individually weak.
    package var coreVariance: Double
    /// σ_spu²: small (1 in the paper) so the spurious features are easy to pick up.
    package var spuriousVariance: Double
    /// Fraction of training examples in the majority groups (a = y).
    package var majorityFraction: Double

    package init(coreDim: Int = 100, spuriousDim: Int = 100, coreVariance: Double = 100,
                spuriousVariance: Double = 1, majorityFraction: Double = 0.9) {
        self.coreDim = coreDim; self.spuriousDim = spuriousDim
        self.coreVariance = coreVariance; self.spuriousVariance = spuriousVariance
        self.majorityFraction = majorityFraction
    }

    package init(from decoder: Decoder) throws { try self.init(fieldsFrom: decoder) }
    package func encode(to encoder: Encoder) throws { try encodeFields(to: encoder) }
}

extension SpuriousSpec: ConfigSection {
    package static let defaults = SpuriousSpec()
    package static let keys: [SectionField<SpuriousSpec>] = [
        SectionField("core_dim", \.coreDim, .integer(min: 0), help: "dimensions of the core features"),
        SectionField("spurious_dim", \.spuriousDim, .integer(min: 0), help: "dimensions of the spurious features"),
        SectionField("core_variance", \.coreVariance, .number(.nonNegative), help: "σ_core²"),
        SectionField("spurious_variance", \.spuriousVariance, .number(.nonNegative), help: "σ_spu²"),
        SectionField("majority_fraction", \.majorityFraction, .number(.fraction), help: "share of training examples with a = y"),
    ]

    package func combinationProblems(section: String) -> [ConfigProblem] {
        coreDim + spuriousDim < 1 ? [ConfigProblem([section, "core_dim"], "and 'spurious_dim' are both 0: give one feature")] : []
    }
}
