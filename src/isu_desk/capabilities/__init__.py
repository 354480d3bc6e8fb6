"""Capabilities of ISU Desk, each a package with its own domain, storage, services and UI."""
