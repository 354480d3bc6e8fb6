"""Capabilities: each a package with its own domain, storage, services, reports and ui."""
