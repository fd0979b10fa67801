import Foundation

enum AxisOrientation: Sendable {
    case horizontal
    case vertical
}
