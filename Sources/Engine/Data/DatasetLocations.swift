import Foundation

/// Where datasets on disk are found. Relative `idx:` and `csv:` paths are taken from `root`.
public struct DatasetLocations: Sendable, Hashable {
    /// Folder with Fashion-MNIST's IDX files (Debian's dataset-fashion-mnist puts them here).
    public var fashionMNIST: String
    public var root: String

    public init(fashionMNIST: String = "/usr/share/datasets/fashion-mnist",
                root: String = FileManager.default.currentDirectoryPath) {
        self.fashionMNIST = fashionMNIST
        self.root = root
    }

    func resolve(_ path: String) -> String {
        path.hasPrefix("/") ? path : (root as NSString).appendingPathComponent(path)
    }
}
