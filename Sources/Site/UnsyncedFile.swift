import Foundation

/// Writes a whole file with open, write, close and no fsync: Foundation's writers sync every file,
/// which costs more than making it, and what is written here (the site, typeset formulas) is
/// made again if a crash loses it.
enum UnsyncedFile {
    static func write(_ data: Data, to path: String) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { return false }
        let complete = data.withUnsafeBytes { bytes -> Bool in
            var offset = 0
            while offset < bytes.count {
                let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written <= 0 { return false }
                offset += written
            }
            return true
        }
        return close(descriptor) == 0 && complete
    }
}
