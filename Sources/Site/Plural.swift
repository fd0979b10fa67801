/// Words that agree with a count, for the templates (Mustache has no arithmetic).
enum Plural {
    static func trials(_ count: Int) -> String { count == 1 ? "trial" : "trials" }
}
