/// The split sizes a dataset takes when a configuration does not give them. Sizes left nil mean
/// every example (real training sets) or, for a CSV, a tenth of the rows.
struct DatasetSizes {
    var train: Int?
    var validation: Int?
    var test: Int?

    static func of(_ config: TrialConfig) -> DatasetSizes? {
        guard let source = try? DatasetSource(parsing: config.dataset) else { return nil }
        switch source {
        case .fashionMNIST, .idx: return DatasetSizes(validation: 5_000)
        case .fashionMNISTPatch: return DatasetSizes(validation: 2_000)  // of the 12,000 training images of the two classes
        case .mnist1d: return DatasetSizes(train: 4_000, validation: 1_000, test: 1_000)
        case .teacher: return DatasetSizes(train: 10_000, validation: 2_000, test: 2_000)
        case .spurious: return DatasetSizes(train: 3_000, validation: 1_000, test: 2_000)
        case .csv: return DatasetSizes()
        }
    }

    /// Whether `test_size` applies: real image sets come with their own test split.
    static func hasTestSize(_ source: DatasetSource) -> Bool {
        switch source {
        case .fashionMNIST, .idx, .fashionMNISTPatch: return false
        case .mnist1d, .teacher, .spurious, .csv: return true
        }
    }

    /// A CSV's validation or test rows when the configuration does not say: a tenth of them.
    static func csvShare(of rows: Int) -> Int { max(1, rows / 10) }
}
