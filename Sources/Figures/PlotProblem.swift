import Analysis
import Engine
import Notes
import Planning
import Store

/// Why a plot cannot be drawn, and which of its keys to fix.
struct PlotProblem: Error {
    var key: String
    var message: String
}
