import CBLAS
import Foundation

/// Matrix products on row-major Float32 buffers.
enum Gemm {
    /// C[m×n] = alpha · op(A) · op(B) + beta · C, where op(A) is [m×k] and op(B) is [k×n].
    /// A is stored [m×k] (or [k×m] when transposed), B [k×n] (or [n×k]); leading dimensions
    /// are the stored row lengths.
    @inline(__always)
    static func multiply(
        transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int,
        alpha: Float = 1, a: UnsafePointer<Float>, b: UnsafePointer<Float>,
        beta: Float, c: UnsafeMutablePointer<Float>
    ) {
        let lda = transposeA ? m : k
        let ldb = transposeB ? k : n
        cblas_sgemm(
            CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans,
            Int32(m), Int32(n), Int32(k), alpha, a, Int32(lda), b, Int32(ldb), beta, c, Int32(n))
    }

    /// The naive triple loop the BLAS call must agree with (accumulates in Double).
    static func reference(
        transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int,
        alpha: Float = 1, a: UnsafePointer<Float>, b: UnsafePointer<Float>,
        beta: Float, c: UnsafeMutablePointer<Float>
    ) {
        for i in 0..<m {
            for j in 0..<n {
                var sum = 0.0
                for p in 0..<k {
                    let aip = transposeA ? a[p * m + i] : a[i * k + p]
                    let bpj = transposeB ? b[j * k + p] : b[p * n + j]
                    sum += Double(aip) * Double(bpj)
                }
                let previous = beta == 0 ? 0 : beta * c[i * n + j]
                c[i * n + j] = alpha * Float(sum) + previous
            }
        }
    }
}

/// OpenBLAS threading and kernel information.
package enum BLAS {
    /// Threads OpenBLAS may use for one GEMM. Trials run one per core, so the default is 1.
    package static func setThreads(_ n: Int) {
        openblas_set_num_threads(Int32(n))
    }

    /// Stops OpenBLAS's idle threads. Its pthreads build starts a pool of threads when the library
    /// loads, and each one spins in `sched_yield` for about 2^28 cycles before it sleeps: measured
    /// here, 0.09 s of a core in a process that only sleeps. A process that trains nothing in its
    /// own threads (a site build; trials train in worker processes) needs that core for its work.
    /// OpenBLAS starts the pool again on the first product that asks for more than one thread.
    /// `blas_thread_shutdown_` is the call OpenBLAS itself makes before a fork; a build of OpenBLAS
    /// without it (serial, OpenMP) has no pool, and then this does nothing.
    package static func stopIdleThreads() {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "blas_thread_shutdown_") else { return }
        typealias Shutdown = @convention(c) () -> Int32
        _ = unsafeBitCast(symbol, to: Shutdown.self)()
    }

    /// The kernel OpenBLAS selected at load time, e.g. "Haswell" or "SkylakeX".
    package static var coreName: String {
        guard let name = openblas_get_corename() else { return "unknown" }
        return String(cString: name)
    }
}
