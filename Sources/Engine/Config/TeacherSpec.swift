/// The random teacher network of the `teacher` dataset.
public struct TeacherSpec: Codable, Hashable, Sendable {
    public var inputs: Int
    public var width: Int
    public var depth: Int
    /// Classes (classification) or output dimensions (regression).
    public var outputs: Int
    public var task: Task
    /// Standard deviation of Gaussian label noise added to regression targets.
    public var noise: Double

    public init(inputs: Int = 32, width: Int = 64, depth: Int = 2, outputs: Int = 10,
                task: Task = .classification, noise: Double = 0) {
        self.inputs = inputs; self.width = width; self.depth = depth
        self.outputs = outputs; self.task = task; self.noise = noise
    }

    public init(from decoder: Decoder) throws { try self.init(fieldsFrom: decoder) }
    public func encode(to encoder: Encoder) throws { try encodeFields(to: encoder) }
}
