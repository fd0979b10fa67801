/// Series colours: the Okabe–Ito palette (Okabe & Ito, "Color Universal Design", 2008), chosen
/// to stay distinct under the common colour-vision deficiencies. Its black is left out (it is
/// the text colour, and vanishes on a dark page); yellow comes last because it is faint on the
/// light page. Colours are CSS classes so the dark-mode rules can adjust them in one place.
enum ChartPalette {
    static let colors = [
        "#0072B2", // blue
        "#D55E00", // vermillion
        "#009E73", // bluish green
        "#CC79A7", // reddish purple
        "#E69F00", // orange
        "#56B4E9", // sky blue
        "#F0E442", // yellow
    ]

    /// Lighter blue for dark pages: Okabe–Ito's blue is too dim on #161614.
    static let darkOverrides = [0: "#3A88CF"]

    static func slot(_ index: Int) -> Int {
        ((index % colors.count) + colors.count) % colors.count
    }

    /// The class that sets `color` for everything drawn in this slot (`currentColor`).
    static func className(_ index: Int) -> String {
        "lb-k\(slot(index))"
    }
}
