import Foundation

/// Where datasets on disk are found. Relative `idx:` and `csv:` paths are taken from `root`.
package struct DatasetLocations: Sendable, Hashable {
    /// Folder with Fashion-MNIST's IDX files (Debian's dataset-fashion-mnist puts them here).
    package var fashionMNIST: String
    package var root: String

    package init(fashionMNIST: String = "/usr/share/datasets/fashion-mnist",
                root: String = FileManager.default.currentDirectoryPath) {
        self.fashionMNIST = fashionMNIST
        self.root = root
    }

    func resolve(_ path: String) -> String {
        path.hasPrefix("/") ? path : (root as NSString).appendingPathComponent(path)
    }
}
