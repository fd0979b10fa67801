import Engine
import Foundation

// Training speed of the benchmark MLP (784-W-W-W-10, ReLU, Adam, batch 128, one BLAS thread) on
// Fashion-MNIST, against the GEMM-only bound of one step measured on this kind of machine
// (/work/shared/bench/README.md): no engine can beat the bound, the ratio says how close we get.
//
// Usage: EngineBench [--seconds S] [--widths 64,256,1024,2048]

struct Bound {
    /// steps/s of the step's GEMMs alone, per width, under the default OPENBLAS_CORETYPE (Haswell
    /// kernel here) and with it unset (the machine's own kernel, SkylakeX here).
    static let haswell: [Int: Double] = [64: 3_375, 256: 567, 1024: 56, 2048: 16]
    static let native: [Int: Double] = [64: 6_126, 256: 1_030, 1024: 99, 2048: 27]
}

var seconds = 3.0
var widths = [64, 256, 1024, 2048]
var arguments = CommandLine.arguments.dropFirst().makeIterator()
while let argument = arguments.next() {
    switch argument {
    case "--seconds": seconds = Double(arguments.next() ?? "") ?? seconds
    case "--widths": widths = (arguments.next() ?? "").split(separator: ",").compactMap { Int($0) }
    default:
        FileHandle.standardError.write("usage: EngineBench [--seconds S] [--widths 64,256,1024,2048]\n".data(using: .utf8)!)
        exit(2)
    }
}

let environment = ProcessInfo.processInfo.environment
let coreTypeSet = environment["OPENBLAS_CORETYPE"] != nil
let kernel = BLAS.coreName
let bounds = coreTypeSet ? Bound.haswell : Bound.native
print("OpenBLAS kernel: \(kernel) (OPENBLAS_CORETYPE=\(environment["OPENBLAS_CORETYPE"] ?? "unset"), OPENBLAS_L2_SIZE=\(environment["OPENBLAS_L2_SIZE"] ?? "unset"))")
print("bound column: GEMM-only steps/s measured \(coreTypeSet ? "with the default OPENBLAS_CORETYPE" : "with OPENBLAS_CORETYPE unset")")

var config = TrialConfig()
config.dataset = "fashion-mnist"
config.model = .mlp
config.depth = 3
config.optimizer = .adam
config.lr = 1e-3
config.batch = 128

let dataset: Dataset
do {
    dataset = try Engine.loadDataset(config)
} catch {
    FileHandle.standardError.write("EngineBench: \(error)\n".data(using: .utf8)!)
    exit(1)
}

print("width   steps/s    bound   ratio")
for width in widths {
    config.width = width
    // A short probe sizes the timed run to about `seconds`.
    let probe = try Engine.trainingStepsPerSecond(config, dataset: dataset, warmup: 3, steps: 5)
    let steps = max(10, Int(probe * seconds))
    let rate = try Engine.trainingStepsPerSecond(config, dataset: dataset, warmup: 5, steps: steps)
    let bound = bounds[width]
    let ratio = bound.map { String(format: "%.2f", rate / $0) } ?? "-"
    print(String(format: "%5d %9.1f %8@ %7@", width, rate, bound.map { String(format: "%.0f", $0) } ?? "-", ratio))
}
