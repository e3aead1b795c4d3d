"""Services that are briefly unreachable: the work is retried with back-off and nothing is
lost or done twice."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import event, select

from docmatch.context import Context
from docmatch.errors import StorageUnavailable
from docmatch.models import Document, PageRecord
from docmatch.pipeline import process_document
from docmatch.storage import LocalStore
from docmatch.types import Status
from ingest.intake import accept
from ingest.paths import Hints
from tests import files


class FlakyStore(LocalStore):
    """A real local store that is unreachable for its first ``outage`` calls."""

    def __init__(self, root: Path, outage: int) -> None:
        super().__init__(root)
        self.left = outage
        self.refused = 0

    def _path(self, key: str) -> Path:
        if self.left > 0:
            self.left -= 1
            self.refused += 1
            raise StorageUnavailable("object store unreachable: connection refused")
        return super()._path(key)


def test_object_store_outage_is_retried_during_intake_and_processing(ctx: Context) -> None:
    store = FlakyStore(ctx.settings.data_dir / "flaky", outage=3)
    ctx.store = store
    result = accept(
        files.digital_invoice(marker="flaky-store"),
        filename="a.pdf",
        source="cli",
        hints=Hints(),
        ctx=ctx,
        submit=False,
    )
    assert store.refused == 3 and result.status == Status.RECEIVED
    store.left = 2
    assert process_document(result.document_id, ctx=ctx) == Status.NEEDS_REVIEW
    assert store.refused == 5
    with ctx.sessions() as session:
        document = session.get(Document, result.document_id)
        assert document.attempts == 1
        assert [h.status for h in document.history] == ["received", "processing", "needs_review"]


def test_database_outage_is_retried_and_writes_once(ctx: Context) -> None:
    result = accept(
        files.digital_invoice(marker="flaky-db"),
        filename="b.pdf",
        source="cli",
        hints=Hints(),
        ctx=ctx,
        submit=False,
    )
    refusals = {"left": 3, "seen": 0}

    @event.listens_for(ctx.engine, "do_connect")
    def refuse(*_args: object) -> None:
        if refusals["left"] > 0:
            refusals["left"] -= 1
            refusals["seen"] += 1
            raise sqlite3.OperationalError("unable to open database file")

    ctx.engine.dispose()  # drop pooled connections so the next use must connect
    assert process_document(result.document_id, ctx=ctx) == Status.NEEDS_REVIEW
    assert refusals["seen"] == 3
    with ctx.sessions() as session:
        assert session.get(Document, result.document_id).status == Status.NEEDS_REVIEW
        pages = session.scalars(
            select(PageRecord).where(PageRecord.document_id == result.document_id)
        )
        assert len(list(pages)) == 1
