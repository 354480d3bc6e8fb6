"""capabilities directory services."""
