/// Hands out heading anchors, adding -2, -3… to repeats, as Hugo does.
struct AnchorNamer {
    private var used: [String: Int] = [:]

    mutating func unique(_ name: String) -> String {
        guard let count = used[name] else { used[name] = 1; return name }
        used[name] = count + 1
        return unique("\(name)-\(count + 1)")
    }
}
