import Notes

/// Trial keys already worked out in this process, by their inputs. Equal inputs have equal
/// canonical JSON, so a key is computed once: `serve` plans the whole notebook again after every
/// save that moves a directive, and encoding the JSON is most of planning.
enum TrialKeyMemo {
    static let shared = Memo<TrialInputs, String>(capacity: 100_000)
}
