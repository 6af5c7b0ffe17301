"""The SQLite archive, the only contract between processes: all SQL lives here."""
