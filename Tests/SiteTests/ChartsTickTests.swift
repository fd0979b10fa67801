import Foundation
import Numerics
import Testing
@testable import Site

/// Ticks a reader can use: nice values, labels that never collide, one number convention.
@Suite struct ChartsTickTests {
    func labelled(_ ticks: [AxisTick]) -> [Double] {
        ticks.filter(\.isMajor).map(\.value)
    }

    @Test func logAxisOverOneDecadeUsesOneTwoFive() {
        let axis = AxisTicks(lower: 60, upper: 2200, scale: .log, length: 560, orientation: .horizontal)
        let ticks = axis.ticks()
        #expect(labelled(ticks) == [100, 200, 500, 1000, 2000])
        #expect(ticks.filter(\.isMajor).map(\.label!) == ["100", "200", "500", "1000", "2000"])
        // Minor ticks at the other multiples, unlabelled.
        #expect(ticks.contains { $0.value == 300 && !$0.isMajor })
    }

    @Test func crowdedLogAxisFallsBackToPowersOfTen() {
        let axis = AxisTicks(lower: 1e-5, upper: 1e-1, scale: .log, length: 300, orientation: .horizontal)
        let ticks = axis.ticks()
        #expect(labelled(ticks).count <= 5)
        for value in labelled(ticks) {
            let exponent = log10(value)
            #expect(abs(exponent - exponent.rounded()) < 1e-9, "\(value) is not a power of ten")
        }
        #expect(ticks.first { $0.isMajor }?.label?.contains("10⁻") == true)
    }

    @Test func veryWideLogAxisSkipsDecades() {
        let axis = AxisTicks(lower: 1, upper: 1e12, scale: .log, length: 200, orientation: .horizontal)
        let values = labelled(axis.ticks())
        #expect(values.count >= 2)
        #expect(values.count <= axis.maximumCount)
    }

    @Test func narrowLogAxisUsesPlainSteps() {
        // Losses from 0.33 to 0.47 contain no 1, 2, 5 × 10ᵏ but need labels.
        let axis = AxisTicks(lower: 0.33, upper: 0.47, scale: .log, length: 300, orientation: .vertical)
        let ticks = axis.ticks()
        #expect(labelled(ticks).count >= 3)
        #expect(ticks.compactMap(\.label).allSatisfy { $0.hasPrefix("0.") })
    }

    @Test func linearAxisUsesNiceSteps() {
        let ticks = AxisTicks(lower: 0, upper: 3000, scale: .linear, length: 560, orientation: .horizontal).ticks()
        #expect(labelled(ticks) == [0, 500, 1000, 1500, 2000, 2500, 3000])
        let fractions = AxisTicks(lower: -0.07, upper: 1.03, scale: .linear, length: 300, orientation: .vertical).ticks()
        #expect(fractions.compactMap(\.label) == ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
    }

    @Test(arguments: [(0.0, 1e6), (-3.7, 12.2), (1e-7, 3e-6), (0.3, 0.31), (123_456.0, 987_654.0)])
    func labelsNeverOverlapOnACrowdedAxis(_ range: (Double, Double)) {
        for length in [80.0, 150, 300, 600] {
            for scale in [AxisScale.linear, .log] where scale == .linear || range.0 > 0 {
                let axis = AxisTicks(lower: range.0, upper: range.1, scale: scale, length: length, orientation: .horizontal)
                let majors = axis.ticks().filter(\.isMajor)
                #expect(!majors.isEmpty)
                for (a, b) in zip(majors, majors.dropFirst()) {
                    let room = abs(axis.position(b.value) - axis.position(a.value))
                    let needed = (AxisTicks.labelWidth(a.label!, fontSize: axis.fontSize) + AxisTicks.labelWidth(b.label!, fontSize: axis.fontSize)) / 2
                    #expect(room >= needed, "\(a.label!) and \(b.label!) overlap on a \(length) px \(scale) axis")
                }
            }
        }
    }

    @Test func explicitTicksAreThinnedNotCrowded() {
        let widths = (6...15).map { pow(2.0, Double($0)) }
        let axis = AxisTicks(lower: 50, upper: 40000, scale: .log, length: 220, orientation: .horizontal)
        let ticks = axis.ticks(explicit: widths)
        #expect(ticks.count == widths.count)
        #expect(ticks.filter(\.isMajor).count < widths.count)
        #expect(ticks.first?.label == "64")
    }

    @Test func numbersReadCompactly() {
        #expect(NumberFormat.label.string(1024) == "1024")
        #expect(NumberFormat.label.string(0.35214) == "0.352")
        #expect(NumberFormat.label.string(3e-4) == "3×10⁻⁴")
        #expect(NumberFormat.label.string(1e-5) == "10⁻⁵")
        #expect(NumberFormat.label.string(2.5e6) == "2.5×10⁶")
        #expect(NumberFormat.label.string(-0.5) == "−0.5")
        #expect(NumberFormat.label.strings([1e-4, 1e-3, 1e-2]) == ["10⁻⁴", "10⁻³", "10⁻²"])
        #expect(NumberFormat.cell.string(0.95) == "0.950")
        #expect(NumberFormat.cell.string(0.99996) == "1.00")
        #expect(NumberFormat.tick(step: 0.5).strings([0, 0.5, 1]) == ["0.0", "0.5", "1.0"])
        #expect(NumberFormat.tick(step: 5e5).strings([0, 5e5, 1e6]) == ["0", "5×10⁵", "10⁶"])
    }
}
