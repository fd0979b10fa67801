import Engine
import Foundation
import Store

/// What `labbook trial --serve` does: trains the trials its executor sends, one after another in
/// this one process, so starting a process and decoding the dataset are paid once per worker, not
/// once per trial. Each trial's output goes to the log its request names; the answer (the key) is
/// written only after the trial's record is, so a crash mid-trial leaves that trial without one.
package enum WorkerLoop {
    package static func serve(notebook root: URL, describe: (TrialRecord) -> String) {
        let datasets = DatasetMemo()
        while let line = readLine() {
            guard let request = WorkerRequest(line: line) else { continue }
            redirectStandardError(to: request.log)
            do {
                let manifest = try WorkerManifest.read(notebook: root, key: request.key)
                switch try TrialWorker.run(manifest, force: request.force, datasets: datasets) {
                case .alreadyDone: say("\(request.key): already in the results store")
                case .stored(let record): say("\(request.key): \(describe(record))")
                case .failedBesideResult(let record): say("\(request.key): rerun \(describe(record)); the earlier result is kept")
                }
            } catch {
                say("error: \(error)")
            }
            answer(request.key)
        }
    }

    private static func redirectStandardError(to path: String) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { return }
        dup2(descriptor, STDERR_FILENO)
        close(descriptor)
    }

    private static func say(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    private static func answer(_ key: String) {
        FileHandle.standardOutput.write(Data((key + "\n").utf8))
    }
}
