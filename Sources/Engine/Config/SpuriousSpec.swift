/// The synthetic spurious-correlation task of Sagawa et al. 2020 ("An investigation of why
/// overparameterization exacerbates spurious correlations", §4): label y and spurious attribute
/// a in {−1, +1}; core features x_core ~ N(y·1, σ_core²·I), spurious features x_spu ~ N(a·1, σ_spu²·I).
/// In training a fraction `majority_fraction` of examples has a = y; validation and test are
/// balanced over the four (y, a) groups.
public struct SpuriousSpec: Codable, Hashable, Sendable {
    public var coreDim: Int
    public var spuriousDim: Int
    /// σ_core²: large (100 in the paper) so the core features are individually weak.
    public var coreVariance: Double
    /// σ_spu²: small (1 in the paper) so the spurious features are easy to pick up.
    public var spuriousVariance: Double
    /// Fraction of training examples in the majority groups (a = y).
    public var majorityFraction: Double

    public init(coreDim: Int = 100, spuriousDim: Int = 100, coreVariance: Double = 100,
                spuriousVariance: Double = 1, majorityFraction: Double = 0.9) {
        self.coreDim = coreDim; self.spuriousDim = spuriousDim
        self.coreVariance = coreVariance; self.spuriousVariance = spuriousVariance
        self.majorityFraction = majorityFraction
    }

    enum CodingKeys: String, CodingKey {
        case coreDim = "core_dim", spuriousDim = "spurious_dim"
        case coreVariance = "core_variance", spuriousVariance = "spurious_variance"
        case majorityFraction = "majority_fraction"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = SpuriousSpec()
        coreDim = try c.decodeIfPresent(Int.self, forKey: .coreDim) ?? d.coreDim
        spuriousDim = try c.decodeIfPresent(Int.self, forKey: .spuriousDim) ?? d.spuriousDim
        coreVariance = try c.decodeIfPresent(Double.self, forKey: .coreVariance) ?? d.coreVariance
        spuriousVariance = try c.decodeIfPresent(Double.self, forKey: .spuriousVariance) ?? d.spuriousVariance
        majorityFraction = try c.decodeIfPresent(Double.self, forKey: .majorityFraction) ?? d.majorityFraction
    }

    /// Reasons these parameters cannot generate a dataset.
    func problems() -> [String] {
        var p: [String] = []
        if coreDim < 0 || spuriousDim < 0 || coreDim + spuriousDim < 1 {
            p.append("spurious: core_dim and spurious_dim must not be negative, and not both 0")
        }
        if !(coreVariance >= 0) || !coreVariance.isFinite { p.append("spurious.core_variance: must not be negative, got \(coreVariance)") }
        if !(spuriousVariance >= 0) || !spuriousVariance.isFinite { p.append("spurious.spurious_variance: must not be negative, got \(spuriousVariance)") }
        if !(0...1).contains(majorityFraction) { p.append("spurious.majority_fraction: must be in [0, 1], got \(majorityFraction)") }
        return p
    }
}
