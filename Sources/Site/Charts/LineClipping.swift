/// Cuts polylines at the plot frame, so a fitted curve that leaves the axes (a power law
/// rising steeply at small x) stops at the edge instead of running over the labels.
enum LineClipping {
    typealias Point = (x: Double, y: Double)

    /// The parts of `polyline` inside the rectangle, each a polyline of its own.
    static func clip(_ polyline: [Point], left: Double, top: Double, right: Double, bottom: Double) -> [[Point]] {
        var pieces: [[Point]] = []
        var current: [Point] = []
        for i in polyline.indices.dropFirst() {
            guard let (a, b) = clipSegment(polyline[i - 1], polyline[i], left: left, top: top, right: right, bottom: bottom) else {
                if current.count > 1 { pieces.append(current) }
                current = []
                continue
            }
            if let last = current.last, last.x == a.x, last.y == a.y {
                current.append(b)
            } else {
                if current.count > 1 { pieces.append(current) }
                current = [a, b]
            }
        }
        if current.count > 1 { pieces.append(current) }
        return pieces
    }

    /// Liang–Barsky: the part of segment p→q inside the rectangle, or nil.
    static func clipSegment(_ p: Point, _ q: Point, left: Double, top: Double, right: Double,
                            bottom: Double) -> (Point, Point)? {
        let dx = q.x - p.x, dy = q.y - p.y
        var t0 = 0.0, t1 = 1.0
        let edges = [(-dx, p.x - left), (dx, right - p.x), (-dy, p.y - top), (dy, bottom - p.y)]
        for (pk, qk) in edges {
            if pk == 0 {
                if qk < 0 { return nil }
                continue
            }
            let t = qk / pk
            if pk < 0 { t0 = max(t0, t) } else { t1 = min(t1, t) }
            if t0 > t1 { return nil }
        }
        let a = t0 == 0 ? p : (p.x + t0 * dx, p.y + t0 * dy)
        let b = t1 == 1 ? q : (p.x + t1 * dx, p.y + t1 * dy)
        return (a, b)
    }
}
