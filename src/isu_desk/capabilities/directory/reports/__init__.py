"""capabilities directory reports."""
