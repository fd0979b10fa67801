import Notes
public enum SiteInfo {}
