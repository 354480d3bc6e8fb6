"""capabilities directory."""
