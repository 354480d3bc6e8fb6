"""The desktop app: the only package that imports PySide6 (windows, views, item models)."""
