"""The embedded mode end to end: files dropped in a watched folder reach the review queue
with their text, through the in-process worker pool; bad files fail with a reason."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from docmatch.context import Context, build_context
from docmatch.models import Document
from docmatch.runner import background_intake
from docmatch.types import Status
from tests import files
from tests.conftest import embedded_settings, wait_until

pytestmark = [pytest.mark.slow, pytest.mark.ocr]


@pytest.fixture
def running(tmp_path: Path):  # type: ignore[no-untyped-def]
    settings = embedded_settings(tmp_path, max_pages=5)
    ctx = build_context(settings)
    with background_intake(ctx, recover=True):
        yield ctx
    ctx.close()


def _documents(ctx: Context) -> dict[str, Document]:
    with ctx.sessions() as session:
        query = select(Document).options(selectinload(Document.history))
        return {d.filename: d for d in session.scalars(query)}


def _settled(ctx: Context, count: int) -> dict[str, Document] | None:
    docs = _documents(ctx)
    if len(docs) < count:
        return None
    if any(d.status in (Status.RECEIVED, Status.PROCESSING) for d in docs.values()):
        return None
    return docs


def test_dropped_files_reach_review_with_text(running: Context) -> None:
    inbox = running.settings.inbox
    (inbox / "invoices" / "OAK").mkdir(parents=True, exist_ok=True)
    (inbox / "invoices" / "OAK" / "digital.pdf").write_bytes(files.digital_invoice(marker="e2e-1"))
    (inbox / "unsorted" / "scan.png").write_bytes(files.scanned_invoice_png(marker="e2e-2"))
    slow = threading.Thread(
        target=files.write_slowly,
        args=(
            inbox / "invoices" / "slow copy ñ.pdf",
            files.digital_invoice(pages=3, marker="e2e-3"),
        ),
        kwargs={"chunks": 6, "pause": 0.3},
    )
    slow.start()
    (inbox / "invoices" / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (inbox / "invoices" / "half.pdf.part").write_bytes(b"%PDF-1.4 partial")
    slow.join()

    docs = wait_until(
        lambda: _settled(running, 3), timeout=120, message="three documents processed"
    )
    assert set(docs) == {"digital.pdf", "scan.png", "slow copy ñ.pdf"}
    for doc in docs.values():
        assert doc.status == Status.NEEDS_REVIEW, (doc.filename, doc.failure_reason)
        assert [h.status for h in doc.history] == ["received", "processing", "needs_review"]
    digital = docs["digital.pdf"]
    assert digital.property_hint == "OAK" and digital.type_hint == "invoice"
    assert digital.text_source == "text_layer"
    assert docs["slow copy ñ.pdf"].page_count == 3  # taken whole, never half-copied
    scan = docs["scan.png"]
    assert scan.text_source == "ocr"
    with running.sessions() as session:
        pages = session.get(Document, scan.id).pages
        text = pages[0].text
        assert "INV-20417" in text.replace(" ", "") or "20417" in text
        assert pages[0].image_key and running.store.exists(pages[0].image_key)
    # the folder tells the operator what happened; ignored files stay where they were
    assert (inbox / "processed" / "invoices" / "OAK" / "digital.pdf").is_file()
    assert (inbox / "processed" / "unsorted" / "scan.png").is_file()
    assert (inbox / "invoices" / ".DS_Store").is_file()
    assert (inbox / "invoices" / "half.pdf.part").is_file()


BAD_FILES = {
    "empty.pdf": (b"", "empty_file"),
    "truncated.pdf": (files.truncated_pdf(), "corrupt_file"),
    "corrupt.png": (files.corrupt_png(), "corrupt_file"),
    "locked.pdf": (files.encrypted_pdf(), "encrypted_pdf"),
    "bomb.png": (files.bomb_png(), "too_large"),
    "long.pdf": (files.digital_invoice(pages=7), "too_large"),
    "letter.docx": (files.docx(), "unsupported_type"),
    "setup.exe": (files.exe(), "unsupported_type"),
    "archive.zip": (files.plain_zip(), "unsupported_type"),
}


def test_bad_files_fail_with_a_reason_and_the_worker_goes_on(running: Context) -> None:
    folder = running.settings.inbox / "unsorted"
    for name, (data, _code) in BAD_FILES.items():
        (folder / name).write_bytes(data)
    (folder / "after the bad ones.pdf").write_bytes(files.digital_invoice(marker="after"))
    (folder / "Factura nº 12 (copia) ü.pdf").write_bytes(files.digital_invoice(marker="odd-name"))

    docs = wait_until(
        lambda: _settled(running, len(BAD_FILES) + 2), timeout=180, message="all files settled"
    )
    for name, (data, code) in BAD_FILES.items():
        doc = docs[name]
        assert doc.status == Status.FAILED, name
        assert doc.failure_code == code, (name, doc.failure_reason)
        assert len(doc.failure_reason or "") > 20  # a sentence a person can act on
        assert running.store.get(doc.original_key) == data  # the original is kept
    assert docs["after the bad ones.pdf"].status == Status.NEEDS_REVIEW
    assert docs["Factura nº 12 (copia) ü.pdf"].status == Status.NEEDS_REVIEW
    failed_copy = running.settings.inbox / "failed" / "unsorted" / "letter.docx"
    assert failed_copy.is_file()
    assert "Accepted: PDF" in failed_copy.with_name("letter.docx.reason.txt").read_text()


def test_a_byte_identical_file_is_a_duplicate_and_not_processed_again(running: Context) -> None:
    data = files.digital_invoice(marker="twice")
    (running.settings.inbox / "invoices" / "first.pdf").write_bytes(data)
    wait_until(lambda: _settled(running, 1), timeout=60, message="first processed")
    (running.settings.inbox / "invoices" / "again.pdf").write_bytes(data)
    docs = wait_until(lambda: _settled(running, 2), timeout=60, message="second taken")
    assert docs["again.pdf"].status == Status.DUPLICATE
    assert docs["again.pdf"].duplicate_of_id == docs["first.pdf"].id
    assert docs["again.pdf"].attempts == 0 and docs["first.pdf"].attempts == 1


def test_a_worker_process_killed_mid_document_is_replaced_and_the_document_done_once(
    running: Context,
) -> None:
    import multiprocessing
    import os
    import signal

    (running.settings.inbox / "unsorted" / "scan.pdf").write_bytes(
        files.scanned_pdf(marker="kill-embedded")
    )

    def processing() -> Document | None:
        docs = _documents(running)
        doc = docs.get("scan.pdf")
        return doc if doc is not None and doc.status == Status.PROCESSING else None

    wait_until(processing, timeout=60, interval=0.05, message="the document to be processing")
    workers = multiprocessing.active_children()
    assert workers, "the embedded pool runs in child processes"
    for worker in workers:
        os.kill(worker.pid, signal.SIGKILL)
    docs = wait_until(
        lambda: _settled(running, 1), timeout=120, message="the document after the kill"
    )
    doc = docs["scan.pdf"]
    assert doc.status == Status.NEEDS_REVIEW and doc.attempts == 2
    assert [h.status for h in doc.history] == [
        "received",
        "processing",
        "processing",
        "needs_review",
    ]
    with running.sessions() as session:
        assert len(session.get(Document, doc.id).pages) == 1
