"""Alembic environment: runs on the connection handed over by ``open_database``."""

from alembic import context

from isu_desk.capabilities import registry
from isu_desk.storage.models import Base

registry.load_models()

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
