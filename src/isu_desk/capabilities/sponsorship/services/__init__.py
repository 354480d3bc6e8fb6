"""Sponsorship use cases: one method per user action, one transaction each."""
