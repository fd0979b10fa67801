import Engine
import Foundation

// Training speed of the convolutional models (Adam, batch 128, one BLAS thread) on Fashion-MNIST,
// side by side with PyTorch on one thread in the same run (Benchmarks/torch_cnn.py):
// the small CNN (conv 3×3 32 → max pool 2 → conv 3×3 64 → max pool 2 → linear, ReLU) and the
// ResNet of width 16 with three stages of one basic block each.

/// labbook's steps/s for `model`, then PyTorch's, alternating `rounds` times so both see the
/// same load; the ratio is of the medians.
func convolutionBenchmark(dataset: Dataset, seconds: Double, torchPython: String?, rounds: Int = 3) throws {
    var config = TrialConfig()
    config.dataset = "fashion-mnist"
    config.optimizer = .adam
    config.lr = 1e-3
    config.batch = 128
    let models: [(name: String, model: ModelKind, width: Int, depth: Int)] = [
        ("cnn 32-64", .cnn, 32, 2), ("resnet w16 3×1", .resnet, 16, 1),
    ]
    print(column("model", 16) + column("labbook steps/s", 17) + column("PyTorch steps/s", 17) + column("labbook/PyTorch", 17))
    for entry in models {
        config.model = entry.model
        config.width = entry.width
        config.depth = entry.depth
        let probe = try Engine.trainingStepsPerSecond(config, dataset: dataset, warmup: 2, steps: 3)
        let steps = max(10, Int(probe * seconds))
        var ours: [Double] = [], theirs: [Double] = []
        for _ in 0..<rounds {
            ours.append(try Engine.trainingStepsPerSecond(config, dataset: dataset, warmup: 3, steps: steps))
            if let torchPython, let rate = torchStepsPerSecond(torchPython, model: entry.model.rawValue, steps: steps) {
                theirs.append(rate)
            }
        }
        let labbook = median(ours)
        let torch = theirs.isEmpty ? nil : median(theirs)
        print(column(entry.name, 16) + column(String(format: "%.1f", labbook), 17)
              + column(torch.map { String(format: "%.1f", $0) } ?? "-", 17)
              + column(torch.map { String(format: "%.2f", labbook / $0) } ?? "-", 17))
    }
    print("(medians of \(rounds) alternating rounds; PyTorch \(torchPython.map { "from \($0)" } ?? "not run: give --torch PYTHON"))")
}

/// Runs Benchmarks/torch_cnn.py with one thread; nil (and a note) when it fails.
func torchStepsPerSecond(_ python: String, model: String, steps: Int) -> Double? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("torch_cnn.py")
    process.arguments = [script.path, "bench", model, String(steps)]
    var environment = ProcessInfo.processInfo.environment
    environment["OMP_NUM_THREADS"] = "1"
    process.environment = environment
    let pipe = Pipe()
    process.standardOutput = pipe
    do { try process.run() } catch {
        print("note: could not run \(python): \(error)")
        return nil
    }
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        print("note: \(script.lastPathComponent) exited with status \(process.terminationStatus)")
        return nil
    }
    return Double(String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted[sorted.count / 2]
}
