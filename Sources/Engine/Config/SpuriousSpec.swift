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

    static let fields = [
        ConfigField("core_dim", .integer(min: 0), default: "100", help: "dimensions of the core features"),
        ConfigField("spurious_dim", .integer(min: 0), default: "100", help: "dimensions of the spurious features"),
        ConfigField("core_variance", .number(.nonNegative), default: "100", help: "σ_core²"),
        ConfigField("spurious_variance", .number(.nonNegative), default: "1", help: "σ_spu²"),
        ConfigField("majority_fraction", .number(.fraction), default: "0.9", help: "share of training examples with a = y"),
    ]
}

extension SpuriousSpec: ConfigKeyValue {
    public func problems(under rule: ConfigRule, key: String) -> [ConfigProblem] {
        let f = Self.fields
        var p = f.problems("core_dim", coreDim, in: key) + f.problems("spurious_dim", spuriousDim, in: key)
            + f.problems("core_variance", coreVariance, in: key) + f.problems("spurious_variance", spuriousVariance, in: key)
            + f.problems("majority_fraction", majorityFraction, in: key)
        if coreDim + spuriousDim < 1 { p.append(ConfigProblem([key, "core_dim"], "and 'spurious_dim' are both 0: give one feature")) }
        return p
    }

    public var written: String { "{core_dim: \(coreDim), spurious_dim: \(spuriousDim), core_variance: \(coreVariance.written), spurious_variance: \(spuriousVariance.written), majority_fraction: \(majorityFraction.written)}" }
}
