public enum NotesInfo {}
