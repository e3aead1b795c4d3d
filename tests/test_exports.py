"""Export batches, exactly once: each format byte for byte against a file written out and
checked by hand; the same bytes on every download; after a crash at any step the next run
neither loses nor repeats an invoice, and makes the very same file."""

from __future__ import annotations

import multiprocessing
import os
import threading
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from typer.testing import CliRunner

from api.app import create_app
from docmatch.cli import app as cli
from docmatch.context import Context, build_context
from docmatch.export import ExportFormat
from docmatch.models import Document
from docmatch.review import approvals, exports
from docmatch.review.errors import WrongStatus
from docmatch.review.models import ExportBatch, ExportItem, User
from docmatch.settings import Settings
from docmatch.storage import LocalStore
from docmatch.types import Status
from tests.conftest import embedded_settings
from tests.review_support import (
    add_user,
    approve_as,
    bearer,
    confirm_as_coded,
    import_books,
)

EXPECTED = Path(__file__).parent / "expected" / "review"
FILES = {
    ExportFormat.YARDI: "batch-1-yardi.csv",
    ExportFormat.QUICKBOOKS: "batch-1.iif",
    ExportFormat.CSV: "batch-1.csv",
    ExportFormat.JSON: "batch-1.json",
}
FIRST_BATCH = ("d1-0010", "d1-0012")  # Palm Court 555.00; Oak Ridge 1,662.72 with tax


def approve(ctx: Context, name: str) -> str:
    """Read the sample invoice ``name``, code it as its truth says, confirm and approve it."""
    document_id = confirm_as_coded(ctx, name, reviewer="Rita Reviewer")
    approve_as(ctx, document_id, approver="Ada Admin")
    return document_id


def _user(ctx: Context, name: str) -> User:
    with ctx.sessions() as session:
        user = session.scalars(select(User).where(User.name == name)).one()
        session.expunge(user)
        return user


@pytest.fixture
def books(ctx: Context) -> Context:
    import_books(ctx)
    add_user(ctx, "Rita Reviewer", "reviewer")
    add_user(ctx, "Ada Admin", "admin")
    return ctx


@pytest.fixture
def first_batch(books: Context) -> dict[str, str]:
    return {name: approve(books, name) for name in FIRST_BATCH}


def expected(fmt: ExportFormat, ids: dict[str, str]) -> bytes:
    """The hand-checked file, with the documents' ids (made at intake) put in."""
    text = (EXPECTED / FILES[fmt]).read_bytes().decode("utf-8")
    for name, document_id in ids.items():
        text = text.replace(f"{{{name}}}", document_id)
    return text.encode("utf-8")


def _statuses(ctx: Context, ids: dict[str, str]) -> dict[str, str]:
    with ctx.sessions() as session:
        return {
            name: session.get(Document, document_id).status  # type: ignore[union-attr]
            for name, document_id in ids.items()
        }


def _items(ctx: Context) -> list[tuple[int, str]]:
    with ctx.sessions() as session:
        rows = session.execute(
            select(ExportItem.batch_id, ExportItem.document_id).order_by(ExportItem.id)
        )
        return [(batch, document) for batch, document in rows]


@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_each_format_byte_for_byte(
    books: Context, first_batch: dict[str, str], fmt: ExportFormat
) -> None:
    with TestClient(create_app(books)) as client:
        token = bearer(add_user(books, "Accounting Clerk", "reviewer"))
        created = client.post("/exports", json={"format": fmt.value}, headers=token)
        assert created.status_code == 201, created.text
        batch = created.json()
        assert batch["id"] == 1 and batch["status"] == "written" and batch["invoice_count"] == 2
        assert batch["document_ids"] == [first_batch[name] for name in FIRST_BATCH]
        assert batch["total"] == "2217.72" and batch["created_by"] == "Accounting Clerk"
        first = client.get(batch["file_url"], headers=token)
        second = client.get(batch["file_url"], headers=token)
    assert first.content == expected(fmt, first_batch)
    assert second.content == first.content
    assert first.headers["content-disposition"] == f'attachment; filename="{batch["filename"]}"'
    assert batch["filename"].startswith("docmatch-batch-000001-")
    assert _statuses(books, first_batch) == {name: "exported" for name in FIRST_BATCH}


def test_an_invoice_is_in_one_batch_only(books: Context, first_batch: dict[str, str]) -> None:
    one = exports.export_approved(books, fmt="csv", actor="test")
    assert one is not None and one.invoice_count == 2
    assert exports.export_approved(books, fmt="json", actor="test") is None  # nothing new
    later = approve(books, "d1-0008")
    two = exports.export_approved(books, fmt="yardi", actor="test")
    assert two is not None and two.id == 2
    assert _items(books) == [(1, first_batch["d1-0010"]), (1, first_batch["d1-0012"]), (2, later)]
    with TestClient(create_app(books)) as client:
        token = bearer(add_user(books, "Clerk", "reviewer"))
        listed = client.get("/exports", headers=token).json()
        assert [b["id"] for b in listed] == [2, 1]
        assert client.post("/exports", json={"format": "csv"}, headers=token).status_code == 204
        assert client.get("/exports/3", headers=token).status_code == 404
        assert client.get("/exports/2", headers=token).json()["document_ids"] == [later]


def test_approving_twice_does_not_export_twice(books: Context, first_batch: dict[str, str]) -> None:
    exports.export_approved(books, fmt="csv", actor="test")
    admin = _user(books, "Ada Admin")
    with books.sessions() as session:
        document = session.get(Document, first_batch["d1-0010"])
        assert document is not None
        with pytest.raises(WrongStatus):
            approvals.decide(
                session,
                document_id=document.id,
                version=document.version,
                user=admin,
                approve=True,
            )
    assert exports.export_approved(books, fmt="csv", actor="test") is None
    assert len(_items(books)) == 2


class PowerCut(Exception):
    """The process stops here."""


def test_a_crash_before_the_file_is_stored_loses_and_repeats_nothing(
    books: Context, first_batch: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    put = books.store.put

    def cut_on_export(key: str, data: bytes, **kwargs: str) -> None:
        if key.startswith("exports/"):
            raise PowerCut(key)
        put(key, data, **kwargs)

    monkeypatch.setattr(books.store, "put", cut_on_export)
    with pytest.raises(PowerCut):
        exports.export_approved(books, fmt="quickbooks", actor="test")
    assert _statuses(books, first_batch) == {name: "approved" for name in FIRST_BATCH}
    with books.sessions() as session:
        assert session.get(ExportBatch, 1).status == "assigned"  # type: ignore[union-attr]
    monkeypatch.setattr(books.store, "put", put)

    later = approve(books, "d1-0008")  # approved while the batch was unfinished
    batch = exports.export_approved(books, fmt="csv", actor="test")
    assert batch is not None and batch.id == 2 and batch.invoice_count == 1
    with books.sessions() as session:
        first = exports.get_batch(session, batch_id=1)
        assert first.status == "written"
        assert exports.batch_bytes(books, first) == expected(ExportFormat.QUICKBOOKS, first_batch)
    assert _items(books) == [(1, first_batch["d1-0010"]), (1, first_batch["d1-0012"]), (2, later)]
    assert set(_statuses(books, {**first_batch, "d1-0008": later}).values()) == {"exported"}


def test_a_crash_after_the_file_is_stored_makes_the_same_file(
    books: Context, first_batch: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def cut(*args: object) -> None:
        raise PowerCut("before the batch is marked written")

    finish = exports._finish
    monkeypatch.setattr(exports, "_finish", cut)
    with pytest.raises(PowerCut):
        exports.export_approved(books, fmt="yardi", actor="test")
    monkeypatch.setattr(exports, "_finish", finish)
    assert exports.finish_unfinished(books) == [1]
    assert exports.export_approved(books, fmt="yardi", actor="test") is None
    with books.sessions() as session:
        batch = exports.get_batch(session, batch_id=1)
        assert exports.batch_bytes(books, batch) == expected(ExportFormat.YARDI, first_batch)
    assert _items(books) == [(1, first_batch["d1-0010"]), (1, first_batch["d1-0012"])]


def _export_and_die(settings: Settings) -> None:
    """In a process of its own: export, and die the moment the file is stored."""
    ctx = build_context(settings)
    put = LocalStore.put

    def put_then_die(store: LocalStore, key: str, data: bytes, **kwargs: str) -> None:
        put(store, key, data, **kwargs)
        if key.startswith("exports/"):
            os._exit(9)

    LocalStore.put = put_then_die  # type: ignore[method-assign, assignment]
    exports.export_approved(ctx, fmt="json", actor="dying process")


def test_a_process_killed_mid_batch_is_finished_by_the_next_run(
    books: Context, first_batch: dict[str, str], tmp_path: Path
) -> None:
    export_dir = tmp_path / "accounting"
    process = multiprocessing.get_context("spawn").Process(
        target=_export_and_die, args=(books.settings,)
    )
    process.start()
    process.join(timeout=120)
    assert process.exitcode == 9
    assert _statuses(books, first_batch) == {name: "approved" for name in FIRST_BATCH}

    settings = embedded_settings(tmp_path, data_dir=books.settings.data_dir, export_dir=export_dir)
    ctx = build_context(settings)
    try:
        assert exports.export_approved(ctx, fmt="csv", actor="next run") is None
        with ctx.sessions() as session:
            batch = exports.get_batch(session, batch_id=1)
            assert batch.status == "written" and batch.created_by == "dying process"
            data = exports.batch_bytes(ctx, batch)
        assert data == expected(ExportFormat.JSON, first_batch)
        assert (export_dir / batch.filename).read_bytes() == data
    finally:
        ctx.close()
    assert _statuses(books, first_batch) == {name: "exported" for name in FIRST_BATCH}


def test_the_export_folder_gets_each_batch_once_even_after_a_failed_copy(
    books: Context, first_batch: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    export_dir = tmp_path / "accounting"
    books.settings.export_dir = export_dir
    deliver = exports._deliver

    def refuse(*args: object) -> None:
        raise PowerCut("the share is gone")

    monkeypatch.setattr(exports, "_deliver", refuse)
    with pytest.raises(PowerCut):
        exports.export_approved(books, fmt="csv", actor="test")
    assert not export_dir.exists()
    assert _statuses(books, first_batch) == {name: "exported" for name in FIRST_BATCH}
    monkeypatch.setattr(exports, "_deliver", deliver)
    assert exports.finish_unfinished(books) == [1]
    files = list(export_dir.iterdir())
    assert [f.read_bytes() for f in files] == [expected(ExportFormat.CSV, first_batch)]
    assert exports.finish_unfinished(books) == []


def test_two_exports_at_once_share_nothing(books: Context, first_batch: dict[str, str]) -> None:
    start = threading.Barrier(2)
    outcomes: list[object] = []

    def run() -> None:
        start.wait()
        try:
            outcomes.append(exports.export_approved(books, fmt="csv", actor="test"))
        except WrongStatus as error:
            outcomes.append(error)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    exports.export_approved(books, fmt="csv", actor="test")  # whatever a refused run left
    exported = [document for _, document in _items(books)]
    assert sorted(exported) == sorted(first_batch.values())
    with books.sessions() as session:
        written = session.scalar(select(func.count()).where(ExportBatch.status == "written"))
    assert written == len({batch for batch, _ in _items(books)})


def test_the_export_command(
    books: Context, first_batch: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DOCMATCH_DATA_DIR", str(books.settings.data_dir))
    from docmatch.settings import get_settings

    get_settings.cache_clear()
    try:
        result = CliRunner().invoke(cli, ["export", "quickbooks", "--out", str(tmp_path)])
        nothing = CliRunner().invoke(cli, ["export", "quickbooks"])
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 0, result.output
    assert "batch 1: 2 invoices, total 2,217.72" in result.output
    written = list(tmp_path.glob("docmatch-batch-000001-*.iif"))
    assert [f.read_bytes() for f in written] == [expected(ExportFormat.QUICKBOOKS, first_batch)]
    assert "no approved invoice waits for export" in nothing.output
    assert _statuses(books, first_batch) == {name: Status.EXPORTED for name in FIRST_BATCH}
