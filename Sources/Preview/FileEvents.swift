import Foundation
import Notes

/// Wakes `serve` the moment a file it watches is written, through Linux's inotify: a save is seen
/// in microseconds instead of at the next look. Events only say when to look; what changed is
/// still found by comparing stamps (`NotebookWatcher`), so a missed or extra event costs nothing,
/// and filesystems that send no events (a shared one) are still looked at on every interval.
final class FileEvents {
    private let descriptor: Int32
    /// Watched folders by watch descriptor, to add the folders made inside them.
    private var folders: [Int32: String] = [:]
    /// Names in the notebook folder itself whose creation matters (notes/, templates/).
    private let topLevel: Set<String>
    private let root: String

    private static let mask = UInt32(IN_MODIFY | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO
                                     | IN_ATTRIB | IN_DELETE_SELF)

    /// Watches `root` itself (for labbook.yml) and every folder under `root/<each of folders>`.
    /// Nil where inotify is not to be had.
    init?(root: String, folders names: [String]) {
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        self.root = root
        topLevel = Set(names)
        watch(root, recursively: false)
        for name in names { watch("\(root)/\(name)", recursively: true) }
    }

    deinit { close(descriptor) }

    /// Waits at most `seconds` for an event; true when one came. Every event waiting is read.
    func wait(_ seconds: Double) -> Bool {
        var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&ready, 1, Int32((seconds * 1000).rounded(.up))) > 0 else { return false }
        drain()
        return true
    }

    private func watch(_ folder: String, recursively: Bool) {
        let id = inotify_add_watch(descriptor, folder, Self.mask)
        guard id >= 0 else { return }
        folders[id] = folder
        guard recursively else { return }
        for inner in Notebook.listFolders(in: URL(fileURLWithPath: folder)) { watch("\(folder)/\(inner)", recursively: false) }
    }

    /// Reads the events; a folder made under a watched one is watched from now on.
    private func drain() {
        let size = 64 * 1024
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: MemoryLayout<inotify_event>.alignment)
        defer { buffer.deallocate() }
        while true {
            let count = read(descriptor, buffer, size)
            guard count > 0 else { return }
            var offset = 0
            while offset + MemoryLayout<inotify_event>.size <= count {
                let event = buffer.load(fromByteOffset: offset, as: inotify_event.self)
                let nameStart = buffer + offset + MemoryLayout<inotify_event>.size
                let name = event.len > 0 ? String(cString: nameStart.assumingMemoryBound(to: CChar.self)) : ""
                if event.mask & UInt32(IN_ISDIR) != 0, event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0,
                   let parent = folders[event.wd], !name.hasPrefix(".") {
                    if parent != root { watch("\(parent)/\(name)", recursively: true) }
                    else if topLevel.contains(name) { watch("\(root)/\(name)", recursively: true) }
                }
                if event.mask & UInt32(IN_IGNORED) != 0 { folders.removeValue(forKey: event.wd) }
                offset += MemoryLayout<inotify_event>.size + Int(event.len)
            }
        }
    }
}
