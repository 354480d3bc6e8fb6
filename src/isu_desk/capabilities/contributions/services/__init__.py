"""capabilities contributions services."""
