import Notes

/// Links between pages: relref/ref targets, links to other notes' `.md` files and to files beside notes.
struct SiteLinks {
    let notes: [Note]
    let resolver: ReferenceResolver

    init(notes: [Note], includeDrafts: Bool) {
        self.notes = notes
        resolver = ReferenceResolver(notes: notes, includeDrafts: includeDrafts)
    }

    /// The URL of a reference's target, relative to the page at `from`.
    func reference(_ reference: Reference, from page: String) -> Result<String, Diagnostic> {
        switch resolver.resolve(reference) {
        case .success(let index):
            let link = SitePath.relative(from: page, to: SitePath.note(notes[index]))
            return .success(link + (reference.anchor.map { "#" + $0 } ?? ""))
        case .failure(let failure):
            return .failure(ReferenceResolver.diagnostic(failure, at: reference.location))
        }
    }

    /// A relative link written in `note` as it must read from the page at `page`; nil to keep it.
    func local(_ raw: String, in note: Note, from page: String) -> String? {
        guard !raw.isEmpty, !raw.hasPrefix("/"), !raw.hasPrefix("#"), !raw.hasPrefix("?"), !hasScheme(raw) else { return nil }
        let cut = raw.firstIndex { $0 == "#" || $0 == "?" } ?? raw.endIndex
        let path = String(raw[..<cut]), suffix = String(raw[cut...])
        guard let joined = SitePath.join(note.folder, path.removingPercentEncodingIfPossible) else { return nil }
        if joined.hasSuffix(".md") {
            guard let target = notes.first(where: { $0.relativePath == joined }) else { return nil }
            return SitePath.relative(from: page, to: SitePath.note(target)) + suffix
        }
        return SitePath.relative(from: page, to: SitePath.asset(joined)).addingSpaceEscapes + suffix
    }

    private func hasScheme(_ url: String) -> Bool {
        guard let colon = url.firstIndex(of: ":") else { return false }
        let scheme = url[..<colon]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." }
    }
}

extension String {
    /// `%20` and friends decoded, so the path can be compared with file names.
    fileprivate var removingPercentEncodingIfPossible: String {
        guard contains("%") else { return self }
        var bytes: [UInt8] = []
        var iterator = Array(utf8)[...]
        while let b = iterator.popFirst() {
            if b == UInt8(ascii: "%"), iterator.count >= 2,
               let value = UInt8(String(decoding: iterator.prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(value)
                iterator = iterator.dropFirst(2)
            } else {
                bytes.append(b)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    fileprivate var addingSpaceEscapes: String { replacingAll(" ", with: "%20") }

    func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        for c in self { if c == target { result += replacement } else { result.append(c) } }
        return result
    }
}
