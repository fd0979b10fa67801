/// The `teacher:` section's keys, checked as `ConfigKeys.teacher` declares.
extension TeacherSpec: ConfigKeyValue {
    static let fields = [
        ConfigField("inputs", .integer(min: 1), default: "32", help: "input dimensions"),
        ConfigField("width", .integer(min: 1), default: "64", help: "the teacher's hidden width"),
        ConfigField("depth", .integer(min: 0), default: "2", help: "the teacher's hidden layers"),
        ConfigField("outputs", .integer(min: 1), default: "10", help: "classes (classification) or output dimensions (regression)"),
        ConfigField("task", .choice(of: Task.self), default: "classification", help: "argmax labels or the outputs themselves"),
        ConfigField("noise", .number(.nonNegative), default: "0", help: "standard deviation of label noise on regression targets"),
    ]

    public func problems(under rule: ConfigRule, key: String) -> [ConfigProblem] {
        let f = Self.fields
        return f.problems("inputs", inputs, in: key) + f.problems("width", width, in: key) + f.problems("depth", depth, in: key)
            + f.problems("outputs", outputs, in: key) + f.problems("noise", noise, in: key)
    }

    public var written: String {
        "{inputs: \(inputs), width: \(width), depth: \(depth), outputs: \(outputs), task: \(task.rawValue), noise: \(noise.written)}"
    }
}
