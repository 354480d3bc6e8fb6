"""capabilities contributions ui."""
