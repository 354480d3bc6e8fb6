"""Sponsorship PDFs (reportlab stays in this package)."""
