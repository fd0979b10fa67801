import Foundation

/// Regular files under a folder, listed with `readdir`. Foundation's enumerator asks for every
/// file's owner and group by name (opening /etc/passwd and /etc/group each time) and its extended
/// attributes: over a thousand notes that was most of reading the notebook.
enum FileListing {
    /// Relative paths of the regular files under `folder` (symbolic links to files included),
    /// hidden files and folders skipped, sorted.
    static func files(in folder: String) -> [String] { tree(in: folder).files }

    /// Relative paths of the folders under `folder`, hidden ones skipped, sorted.
    static func folders(in folder: String) -> [String] { tree(in: folder).folders }

    /// Both, from one walk.
    static func tree(in folder: String) -> (files: [String], folders: [String]) {
        var files: [String] = [], folders: [String] = []
        walk(folder, prefix: "", files: &files, folders: &folders)
        return (files.sorted(), folders.sorted())
    }

    private static func walk(_ folder: String, prefix: String, files found: inout [String], folders: inout [String]) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard !name.hasPrefix(".") else { continue }
            let path = "\(folder)/\(name)"
            switch kind(entry.pointee.d_type, path: path) {
            case .file: found.append(prefix + name)
            case .folder:
                folders.append(prefix + name)
                walk(path, prefix: "\(prefix)\(name)/", files: &found, folders: &folders)
            case .other: break
            }
        }
    }

    private enum Kind { case file, folder, other }

    /// What an entry is, from `readdir`'s type when the filesystem gives one. A link to a file
    /// counts as the file; a link to a folder is not followed (it could lead back up).
    private static func kind(_ type: UInt8, path: String) -> Kind {
        switch Int(type) {
        case Int(DT_REG): return .file
        case Int(DT_DIR): return .folder
        case Int(DT_LNK), Int(DT_UNKNOWN):
            var info = stat()
            if Int(type) == Int(DT_UNKNOWN) ? lstat(path, &info) != 0 : stat(path, &info) != 0 { return .other }
            switch info.st_mode & S_IFMT {
            case S_IFREG: return .file
            case S_IFDIR: return Int(type) == Int(DT_UNKNOWN) ? .folder : .other
            default: return .other
            }
        default: return .other
        }
    }
}
