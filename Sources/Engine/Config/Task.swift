/// What a CSV or teacher dataset predicts: class labels or a numeric target.
package enum Task: String, Codable, CaseIterable, Sendable {
    case classification, regression
}
