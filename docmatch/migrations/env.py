"""Alembic environment: the URL comes from the caller's config (docmatch.db.upgrade)."""

from alembic import context
from sqlalchemy import engine_from_config, pool, text

import docmatch.review.models  # noqa: F401  (its tables join the metadata)
from docmatch.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_offline() -> None:
    context.configure(url=config.get_main_option("sqlalchemy.url"), target_metadata=target_metadata)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connectable = engine_from_config(
        config.get_section(config.config_ini_section, {}),
        prefix="sqlalchemy.",
        poolclass=pool.NullPool,
    )
    with connectable.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
        )
        with context.begin_transaction():
            if connection.dialect.name == "postgresql":
                # Several processes may start at once; one migrates, the others wait.
                connection.execute(text("SELECT pg_advisory_xact_lock(7263001)"))
            context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
