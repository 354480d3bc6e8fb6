"""capabilities contributions domain."""
