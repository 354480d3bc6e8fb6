"""Pure-Python core: value types, records, validation rules and errors (no I/O)."""
