"""Meetings storage: models, queries, full-text search (the only layer using SQLAlchemy)."""
