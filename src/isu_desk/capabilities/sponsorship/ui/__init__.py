"""The Sponsorship section of the window and its dashboard tile (PySide6 stays here)."""
