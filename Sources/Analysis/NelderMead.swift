/// Derivative-free minimisation (Nelder & Mead 1965, with the standard coefficients: reflect 1,
/// expand 2, contract ½, shrink ½).
///
/// Why this and not L-BFGS as Hoffmann et al. used: the fits minimise Huber losses with
/// δ = 1e-3 on log residuals that are mostly far larger than δ, so the objective is close to a
/// sum of absolute values with kinks wherever a residual crosses ±δ. Gradient methods stall
/// there in their line searches; a simplex does not care, and with at most five parameters its
/// cost is small. Restarting from the best point with a fresh simplex undoes the occasional
/// collapse of the simplex onto a line, the known failure of the method.
enum NelderMead {
    struct Minimum {
        var point: [Double]
        var value: Double
    }

    /// Minimises `f` from `start`, with initial simplex edges `steps`, restarting until a restart
    /// no longer improves the value.
    static func minimize(_ f: ([Double]) -> Double, start: [Double], steps: [Double],
                         maxEvaluations: Int = 3000, restarts: Int = 3) -> Minimum {
        var best = run(f, start: start, steps: steps, maxEvaluations: maxEvaluations)
        for _ in 0..<restarts {
            let again = run(f, start: best.point, steps: steps.map { $0 * 0.1 }, maxEvaluations: maxEvaluations)
            let improved = again.value < best.value - 1e-12 * max(1, abs(best.value))
            if again.value < best.value { best = again }
            if !improved { break }
        }
        return best
    }

    private static func run(_ raw: ([Double]) -> Double, start: [Double], steps: [Double],
                            maxEvaluations: Int) -> Minimum {
        // Non-finite values (a law that overflowed) rank as worst, never as best.
        func f(_ x: [Double]) -> Double { let v = raw(x); return v.isFinite ? v : .infinity }
        let n = start.count
        var simplex = [start]
        for i in 0..<n {
            var vertex = start
            vertex[i] += steps[i]
            simplex.append(vertex)
        }
        var values = simplex.map { f($0) }
        var evaluations = n + 1

        while evaluations < maxEvaluations {
            let order = values.indices.sorted { values[$0] < values[$1] }
            simplex = order.map { simplex[$0] }
            values = order.map { values[$0] }
            let bestValue = values[0], worstValue = values[n]

            // Converged when the values agree and the simplex is small; both, because a flat
            // stretch of the objective can make the values agree on a large simplex.
            let spread = (1...n).reduce(0.0) { acc, i in
                max(acc, zip(simplex[i], simplex[0]).reduce(0.0) { max($0, abs($1.0 - $1.1)) })
            }
            if worstValue - bestValue <= 1e-12 * max(abs(bestValue), 1e-12) + 1e-15, spread < 1e-9 { break }

            var centroid = [Double](repeating: 0, count: n)
            for vertex in simplex[0..<n] {
                for j in 0..<n { centroid[j] += vertex[j] / Double(n) }
            }
            func along(_ t: Double) -> [Double] {
                (0..<n).map { centroid[$0] + t * (simplex[n][$0] - centroid[$0]) }
            }
            let reflected = along(-1)
            let reflectedValue = f(reflected); evaluations += 1

            if reflectedValue < bestValue {
                let expanded = along(-2)
                let expandedValue = f(expanded); evaluations += 1
                if expandedValue < reflectedValue {
                    simplex[n] = expanded; values[n] = expandedValue
                } else {
                    simplex[n] = reflected; values[n] = reflectedValue
                }
            } else if reflectedValue < values[n - 1] {
                simplex[n] = reflected; values[n] = reflectedValue
            } else {
                let outside = reflectedValue < worstValue
                let contracted = along(outside ? -0.5 : 0.5)
                let contractedValue = f(contracted); evaluations += 1
                if contractedValue < (outside ? reflectedValue : worstValue) {
                    simplex[n] = contracted; values[n] = contractedValue
                } else {
                    for i in 1...n {
                        simplex[i] = (0..<n).map { simplex[0][$0] + 0.5 * (simplex[i][$0] - simplex[0][$0]) }
                        values[i] = f(simplex[i])
                    }
                    evaluations += n
                }
            }
        }
        let bestIndex = values.indices.min { values[$0] < values[$1] }!
        return Minimum(point: simplex[bestIndex], value: values[bestIndex])
    }
}
