"""capabilities contributions."""
