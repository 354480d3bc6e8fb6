"""Meetings use cases: one method per user action, returning a Result with field errors."""
