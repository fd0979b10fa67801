import Crypto
import Foundation
import Notes

/// Typeset formulas kept between builds in `.labbook/math/<2 hex>/<key>`, so an unchanged note
/// typesets nothing. The key is SHA-256 of the request and of everything else that shapes KaTeX's
/// output (its version, the driver, the macros). An entry is one JSON line saying what it was made
/// from and the SHA-256 of what follows, then KaTeX's HTML (or error message) as it came: a
/// damaged, cut-short or foreign entry fails those checks and is typeset again, never trusted.
struct MathCache {
    let folder: URL
    /// KaTeX's version, the driver and the macros, as one string every key includes.
    let options: String
    let writes: Bool

    private struct Header: Codable, Equatable {
        var request: MathRequest
        var options: String
        /// Set for an error, with KaTeX's position when it gave one.
        var error: Bool
        var position: Int?
        var digest: String
    }

    func key(_ request: MathRequest) -> String {
        Self.digest("\(options)\u{0}\(request.display)\u{0}\(request.tex)")
    }

    static func digest(_ text: String) -> String { digest(Data(text.utf8)) }

    static func digest(_ data: Data) -> String {
        let hex = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in SHA256.hash(data: data) {
            text.append(hex[Int(byte >> 4)])
            text.append(hex[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    private func file(_ key: String) -> URL {
        folder.appendingPathComponent(String(key.prefix(2))).appendingPathComponent(key)
    }

    func read(_ request: MathRequest) -> TypesetMath? {
        guard let data = FileManager.default.contents(atPath: file(key(request)).path),
              let newline = data.firstIndex(of: 0x0A),
              let header = try? JSONDecoder().decode(Header.self, from: data[data.startIndex..<newline]),
              header.request == request, header.options == options else { return nil }
        let payload = data[(newline + 1)...]
        guard Self.digest(Data(payload)) == header.digest else { return nil }
        let text = String(decoding: payload, as: UTF8.self)
        return header.error ? .error(message: text, position: header.position) : .html(text)
    }

    /// Written whole under a temporary name and renamed, so a killed build leaves no half entry.
    func write(_ result: TypesetMath, for request: MathRequest) {
        guard writes else { return }
        let payload: Data, header: Header
        switch result {
        case .html(let html):
            payload = Data(html.utf8)
            header = Header(request: request, options: options, error: false, position: nil, digest: Self.digest(payload))
        case .error(let message, let position):
            payload = Data(message.utf8)
            header = Header(request: request, options: options, error: true, position: position, digest: Self.digest(payload))
        }
        guard var data = try? JSONEncoder.sorted.encode(header) else { return }
        data.append(0x0A)
        data.append(payload)
        try? WholeFile.write(data, to: file(key(request)).path)
    }
}
