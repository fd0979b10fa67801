/// A worker that cannot start its trial: no manifest, or one it cannot read.
public struct WorkerError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
