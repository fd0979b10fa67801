import Foundation

/// Where a dataset comes from, parsed from a configuration's `dataset` value.
package enum DatasetSource: Hashable, Sendable {
    case fashionMNIST
    /// A directory holding MNIST-style IDX files (`train-images-idx3-ubyte[.gz]`, …).
    case idx(String)
    /// A CSV file with a header row.
    case csv(String)
    case mnist1d
    case teacher
    /// Sagawa et al. 2020's core and spurious features, with groups.
    case spurious
    /// Two Fashion-MNIST classes with a shortcut patch, with groups (see `PatchSpec`).
    case fashionMNISTPatch

    /// The names a configuration's `dataset` may take.
    package static let names = ["fashion-mnist", "fashion-mnist-patch", "mnist1d", "teacher", "spurious", "idx:PATH", "csv:PATH"]

    /// The configuration keys this dataset's fingerprint reads, as each dataset declares them
    /// beside its generator; the fingerprint is computed from these alone (`Engine.fingerprintInputs`).
    var fingerprintKeys: [AnyConfigKey] {
        switch self {
        case .fashionMNIST, .idx: return IDXFile.fingerprintKeys
        case .csv: return CSVTable.fingerprintKeys
        case .mnist1d: return MNIST1D.fingerprintKeys
        case .teacher: return TeacherDataset.fingerprintKeys
        case .spurious: return SpuriousDataset.fingerprintKeys
        case .fashionMNISTPatch: return PatchedFashionMNIST.fingerprintKeys
        }
    }

    package init(parsing spec: String) throws {
        switch spec {
        case "fashion-mnist": self = .fashionMNIST
        case "mnist1d": self = .mnist1d
        case "teacher": self = .teacher
        case "spurious": self = .spurious
        case "fashion-mnist-patch": self = .fashionMNISTPatch
        default:
            if spec.hasPrefix("idx:"), spec.count > 4 { self = .idx(String(spec.dropFirst(4))); return }
            if spec.hasPrefix("csv:"), spec.count > 4 { self = .csv(String(spec.dropFirst(4))); return }
            throw EngineError(.configuration,
                              "unknown dataset '\(spec)'; expected \(DatasetSource.names.joined(separator: ", "))")
        }
    }
}
