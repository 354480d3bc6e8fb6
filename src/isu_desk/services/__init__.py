"""Use cases: one function or method per thing a user does; each owns its transaction."""
