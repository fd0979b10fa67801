import Foundation
import Numerics

/// Marker shapes, one per series alongside its colour, so series stay apart in greyscale print
/// and for readers who cannot tell the colours apart.
enum MarkerShape: Int, CaseIterable, Sendable {
    case circle, square, triangle, diamond, invertedTriangle, plus

    static func forSeries(_ index: Int) -> MarkerShape {
        let count = allCases.count
        return MarkerShape(rawValue: ((index % count) + count) % count)!
    }

    /// The marker centred at (x, y). Sizes are chosen so the shapes look equally heavy.
    func svg(x: Double, y: Double, radius r: Double, className: String, title: String?) -> String {
        let children = title.map(SVGText.title) ?? ""
        func close(_ open: String) -> String {
            children.isEmpty ? "\(open)/>" : "\(open)>\(children)</\(open.dropFirst().prefix { $0 != " " })>"
        }
        if self == .circle {
            return close("<circle class=\"\(className)\" cx=\"\(NumberFormat.svgCoordinate.string(x))\" cy=\"\(NumberFormat.svgCoordinate.string(y))\" r=\"\(NumberFormat.svgCoordinate.string(r))\"")
        }
        return close("<path class=\"\(className)\" d=\"\(SVGText.path(vertices(x: x, y: y, radius: r))) Z\"")
    }

    func vertices(x: Double, y: Double, radius r: Double) -> [(x: Double, y: Double)] {
        func polygon(_ count: Int, radius: Double, rotation: Double) -> [(x: Double, y: Double)] {
            (0..<count).map { i in
                let angle = rotation + 2 * Double.pi * Double(i) / Double(count)
                return (x + radius * cos(angle), y + radius * sin(angle))
            }
        }
        switch self {
        case .circle: return polygon(16, radius: r, rotation: 0)
        case .square: return polygon(4, radius: r * 1.2, rotation: Double.pi / 4)
        case .triangle: return polygon(3, radius: r * 1.35, rotation: -Double.pi / 2)
        case .diamond: return polygon(4, radius: r * 1.3, rotation: -Double.pi / 2)
        case .invertedTriangle: return polygon(3, radius: r * 1.35, rotation: Double.pi / 2)
        case .plus:
            // A thick plus, so it can be filled or hollow like the others.
            let a = r * 1.25, b = r * 0.45
            return [(x - b, y - a), (x + b, y - a), (x + b, y - b), (x + a, y - b), (x + a, y + b), (x + b, y + b),
                    (x + b, y + a), (x - b, y + a), (x - b, y + b), (x - a, y + b), (x - a, y - b), (x - b, y - b)]
        }
    }
}
