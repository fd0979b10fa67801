/// The random teacher network of the `teacher` dataset.
package struct TeacherSpec: Codable, Hashable, Sendable {
    package var inputs: Int
    package var width: Int
    package var depth: Int
    /// Classes (classification) or output dimensions (regression).
    package var outputs: Int
    package var task: Task
    /// Standard deviation of Gaussian label noise added to regression targets.
    package var noise: Double

    package init(inputs: Int = 32, width: Int = 64, depth: Int = 2, outputs: Int = 10,
                task: Task = .classification, noise: Double = 0) {
        self.inputs = inputs; self.width = width; self.depth = depth
        self.outputs = outputs; self.task = task; self.noise = noise
    }

    package init(from decoder: Decoder) throws { try self.init(fieldsFrom: decoder) }
    package func encode(to encoder: Encoder) throws { try encodeFields(to: encoder) }
}
