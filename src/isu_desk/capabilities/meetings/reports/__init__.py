"""Meetings printed documents (reportlab): participants, minutes, decisions, action points."""
