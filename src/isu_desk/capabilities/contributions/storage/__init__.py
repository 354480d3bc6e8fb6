"""capabilities contributions storage."""
