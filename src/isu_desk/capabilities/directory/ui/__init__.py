"""capabilities directory ui."""
