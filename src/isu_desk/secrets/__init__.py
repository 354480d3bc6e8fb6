"""Secrets (the team key) in the OS keyring behind one small interface, plus an in-memory fake."""
