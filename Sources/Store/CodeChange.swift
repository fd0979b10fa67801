/// Which files of a command trial's `code:` or `env:` differ between a stored record and now.
enum CodeChange {
    /// Paths edited, added or removed, sorted.
    static func paths(_ stored: [String: String], _ now: [String: String]) -> [String] {
        Set(stored.keys).union(now.keys).filter { stored[$0] != now[$0] }.sorted()
    }
}
