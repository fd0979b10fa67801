import Foundation

/// The heatmap's colour scale: viridis (van der Walt & Smith, matplotlib 2015), perceptually
/// uniform, ordered in lightness, and readable with colour-vision deficiencies and in greyscale.
/// Nine stops sampled evenly along it, interpolated in sRGB.
enum ColorRamp {
    static let stops: [(r: Double, g: Double, b: Double)] = [
        (0x44, 0x01, 0x54), (0x47, 0x2d, 0x7b), (0x3b, 0x52, 0x8b), (0x2c, 0x72, 0x8e), (0x21, 0x91, 0x8c),
        (0x28, 0xae, 0x80), (0x5e, 0xc9, 0x62), (0xad, 0xdc, 0x30), (0xfd, 0xe7, 0x25),
    ]

    /// The colour at `fraction` in 0…1 (clamped), as `#rrggbb`.
    static func hex(at fraction: Double) -> String {
        let (r, g, b) = rgb(at: fraction)
        return "#" + [r, g, b].map { component in
            let v = Int(component.rounded())
            return String(v, radix: 16).count == 1 ? "0" + String(v, radix: 16) : String(v, radix: 16)
        }.joined()
    }

    static func rgb(at fraction: Double) -> (Double, Double, Double) {
        let f = fraction.isFinite ? min(max(fraction, 0), 1) : 0
        let position = f * Double(stops.count - 1)
        let i = min(Int(position), stops.count - 2)
        let t = position - Double(i)
        let a = stops[i], b = stops[i + 1]
        return (a.r + (b.r - a.r) * t, a.g + (b.g - a.g) * t, a.b + (b.b - a.b) * t)
    }

    /// True when dark ink reads better than white on this colour (WCAG relative luminance).
    static func isLight(at fraction: Double) -> Bool {
        let (r, g, b) = rgb(at: fraction)
        func linear(_ c: Double) -> Double {
            let s = c / 255
            return s <= 0.04045 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b) > 0.18
    }
}
