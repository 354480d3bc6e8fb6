"""Sync between workstations through files on a shared drive (no Qt)."""
