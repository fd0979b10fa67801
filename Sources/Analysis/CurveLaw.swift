/// The one-variable law a `plot` directive asks for with `fit:`, whichever it is: one type for
/// drawing, holding out and quoting, so callers need not switch on the form themselves.
package enum CurveLaw: OneVariableLaw {
    case powerLaw(PowerLaw)
    case powerLawWithOffset(PowerLawWithOffset)

    /// The forms by their directive names.
    package enum Form: String, CaseIterable, Sendable {
        /// L = A·x^−b, least squares in log-log.
        case powerLaw = "power-law"
        /// L = E + A·x^−b, robust fit from many starts.
        case powerLawWithOffset = "power-law+offset"
    }

    package var form: Form {
        switch self {
        case .powerLaw: return .powerLaw
        case .powerLawWithOffset: return .powerLawWithOffset
        }
    }

    /// Fits the named form, with t intervals on its parameters (`LogResidualIntervals`) widened
    /// to hold a bootstrap over seeds; `resampleSeeds: false` for a caller with its own bootstrap.
    package static func fit(_ form: Form, to observations: [Observation], bootstrap: BootstrapOptions = BootstrapOptions(),
                           resampleSeeds: Bool = true) throws -> FitResult<CurveLaw> {
        switch form {
        case .powerLaw:
            return try PowerLaw.fit(observations, bootstrap: bootstrap, resampleSeeds: resampleSeeds).mapLaw { .powerLaw($0) }
        case .powerLawWithOffset:
            return try PowerLawWithOffset.fit(observations, bootstrap: bootstrap, resampleSeeds: resampleSeeds).mapLaw { .powerLawWithOffset($0) }
        }
    }

    /// The same form refitted to `observations` without a bootstrap, starting from this law: what
    /// a bootstrap that re-selects its points (a frontier, an envelope) computes per resample.
    package func refitted(to observations: [Observation]) throws -> [String: Double] {
        let distinct = Set(observations.map(\.x)).count
        switch self {
        case .powerLaw:
            if distinct < 2 { throw FitError.tooFewDistinctValues(needed: 2, got: distinct) }
            return try PowerLaw.leastSquares(observations).parameters
        case .powerLawWithOffset(let start):
            // Refits start from the point estimate, as PowerLawWithOffset's own bootstrap does.
            if distinct < 3 { throw FitError.tooFewDistinctValues(needed: 3, got: distinct) }
            return try PowerLawWithOffset.robustFit(observations, warmStart: start).parameters
        }
    }

    package func predict(_ x: Double) -> Double {
        switch self {
        case let .powerLaw(law): return law.predict(x)
        case let .powerLawWithOffset(law): return law.predict(x)
        }
    }

    package var parameterNames: [String] {
        switch self {
        case let .powerLaw(law): return law.parameterNames
        case let .powerLawWithOffset(law): return law.parameterNames
        }
    }

    package var parameters: [String: Double] {
        switch self {
        case let .powerLaw(law): return law.parameters
        case let .powerLawWithOffset(law): return law.parameters
        }
    }

    package var logScaleParameters: Set<String> {
        switch self {
        case let .powerLaw(law): return law.logScaleParameters
        case let .powerLawWithOffset(law): return law.logScaleParameters
        }
    }

    package func replacing(_ values: [Double]) -> CurveLaw {
        switch self {
        case let .powerLaw(law): return .powerLaw(law.replacing(values))
        case let .powerLawWithOffset(law): return .powerLawWithOffset(law.replacing(values))
        }
    }

    package func formula(x: String = "x", y: String = "L") -> String {
        switch self {
        case let .powerLaw(law): return law.formula(x: x, y: y)
        case let .powerLawWithOffset(law): return law.formula(x: x, y: y)
        }
    }
}
