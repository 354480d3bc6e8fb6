"""Sponsorship storage: models and queries (SQLAlchemy stays here)."""
