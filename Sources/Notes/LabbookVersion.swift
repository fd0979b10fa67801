/// labbook's own version, written into pages and (later) into every trial record.
public enum LabbookVersion {
    public static let string = "0.1.0"
}
