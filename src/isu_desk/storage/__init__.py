"""SQLAlchemy 2 storage: models, engine and pragmas, migrations, change capture, queries."""
