"""The Meetings domain: records, document symbols, agenda numbers and status rules (no I/O)."""
