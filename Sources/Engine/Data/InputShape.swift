/// The shape of one example as convolutions see it: channels × height × width, stored with the
/// channel fastest ((y·width + x)·channels + c, "NHWC" per example). With one channel that is the
/// row-major order of the pixels themselves. A 1-D signal has height 1.
package struct InputShape: Hashable, Sendable {
    package var channels: Int
    package var height: Int
    package var width: Int

    package init(channels: Int, height: Int, width: Int) {
        self.channels = channels; self.height = height; self.width = width
    }

    /// A flat feature vector read as one channel of a 1-D signal.
    package init(features: Int) { self.init(channels: 1, height: 1, width: features) }

    package var positions: Int { height * width }
    package var count: Int { channels * height * width }
}
