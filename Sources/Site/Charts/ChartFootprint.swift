/// The pixels a chart's data covers, sampled along lines and curves, so the legend can avoid them.
enum ChartFootprint {
    static func points(_ data: ChartData, in frame: PlotFrame) -> [(x: Double, y: Double)] {
        var points: [(x: Double, y: Double)] = []
        func along(_ polyline: [(x: Double, y: Double)]) {
            for i in polyline.indices.dropFirst() {
                let a = polyline[i - 1], b = polyline[i]
                let steps = max(1, Int(max(abs(b.x - a.x), abs(b.y - a.y)) / 5))
                for s in 0...steps {
                    let t = Double(s) / Double(steps)
                    points.append((a.x + t * (b.x - a.x), a.y + t * (b.y - a.y)))
                }
            }
        }
        for s in data.series {
            var line: [(x: Double, y: Double)] = []
            for p in s.points {
                guard let x = frame.x(p.x), let y = frame.y(p.y) else { continue }
                line.append((x, y))
                points.append((x, y))
                if p.low != nil || p.high != nil {
                    along([(x, p.low.map(frame.yClamped) ?? y), (x, p.high.map(frame.yClamped) ?? y)])
                }
            }
            if s.style != .markers { along(line) }
            // A diverged trial's arrow at the top edge is data too.
            for mark in s.diverged {
                if let x = frame.x(mark.x) { along([(x, frame.top + 2), (x, frame.top + 13)]) }
            }
        }
        for c in data.curves {
            along(c.samples.compactMap { s in frame.x(s.x).flatMap { x in frame.y(s.y).map { (x, $0) } } })
        }
        return points
    }
}
