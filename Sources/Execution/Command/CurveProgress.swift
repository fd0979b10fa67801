import Foundation

/// How far a running command trial has got: the `step` of the last line its script appended
/// to `LABBOOK_CURVE`, for the progress bar.
package enum CurveProgress {
    package static func latestStep(notebook root: URL, key: String) -> Int? {
        let file = CommandRunner.folder(notebook: root, key: key).appendingPathComponent(CommandRunner.curveName)
        guard let handle = try? FileHandle(forReadingFrom: file) else { return nil }
        defer { try? handle.close() }
        let size = (try? handle.seekToEnd()) ?? 0
        try? handle.seek(toOffset: size > 4_096 ? size - 4_096 : 0)
        guard let data = try? handle.readToEnd() else { return nil }
        for line in data.split(separator: UInt8(ascii: "\n")).reversed() {
            if let object = try? LenientJSON.object(Data(line)), case .number(let step)? = object["step"], step.isFinite { return Int(step) }
        }
        return nil
    }
}
