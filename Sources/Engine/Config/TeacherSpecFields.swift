/// The `teacher:` section's keys.
extension TeacherSpec: ConfigSection {
    package static let defaults = TeacherSpec()
    package static let keys: [SectionField<TeacherSpec>] = [
        SectionField("inputs", \.inputs, .integer(min: 1), help: "input dimensions"),
        SectionField("width", \.width, .integer(min: 1), help: "the teacher's hidden width"),
        SectionField("depth", \.depth, .integer(min: 0), help: "the teacher's hidden layers"),
        SectionField("outputs", \.outputs, .integer(min: 1), help: "classes (classification) or output dimensions (regression)"),
        SectionField("task", \.task, .choice(of: Task.self), help: "argmax labels or the outputs themselves"),
        SectionField("noise", \.noise, .number(.nonNegative), help: "standard deviation of label noise on regression targets"),
    ]
}
