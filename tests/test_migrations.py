"""The migrations build exactly the schema the models describe, on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command

from docmatch.db import alembic_config, upgrade


def _check(url: str) -> None:
    upgrade(url)
    command.check(alembic_config(url))  # raises when the models and the schema differ
    command.downgrade(alembic_config(url), "base")
    upgrade(url)


def test_sqlite_schema_matches_the_models(tmp_path: Path) -> None:
    _check(f"sqlite:///{tmp_path / 'schema.db'}")


@pytest.mark.services
def test_postgresql_schema_matches_the_models(postgres_url: str) -> None:
    _check(postgres_url)
