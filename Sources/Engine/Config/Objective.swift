/// What training minimises. All but `erm` need a dataset with groups, which they treat as
/// groups (Group DRO) or environments (IRM, AND-mask).
package enum Objective: String, Codable, CaseIterable, Sendable {
    /// Empirical risk minimisation: the mean loss.
    case erm
    /// Group DRO (Sagawa et al. 2019): the q-weighted group losses, q moved towards the worst group.
    case groupdro
    /// IRMv1 (Arjovsky et al. 2019): the risk plus λ × the squared dummy-classifier gradient per environment.
    case irm
    /// AND-mask (Parascandolo et al. 2021): only gradient coordinates whose sign the environments agree on.
    case andmask
}
