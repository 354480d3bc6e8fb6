"""capabilities directory storage."""
