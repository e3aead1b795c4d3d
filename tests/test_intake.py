"""Intake: types from content, inbox paths, storage once, duplicates recorded."""

from __future__ import annotations

import pytest

from docmatch.errors import EmptyFile, UnsupportedType
from docmatch.models import Document
from docmatch.storage import LocalStore, original_key
from docmatch.types import DocumentType, Status
from ingest.intake import accept
from ingest.paths import Hints, display_name, hints_for, is_ignored
from ingest.sniff import accepted_type
from tests import files


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (files.digital_invoice(), "application/pdf"),
        (files.scanned_invoice_png(), "image/png"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "image/jpeg"),
        (b"II*\x00\x08\x00\x00\x00", "image/tiff"),
        (b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00", "image/heic"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "image/webp"),
    ],
)
def test_type_comes_from_content_not_name(data: bytes, expected: str) -> None:
    assert accepted_type(data + bytes(64), filename="misnamed.docx") == expected


@pytest.mark.parametrize(
    "data", [files.docx(), files.plain_zip(), files.exe(), b"hello, plain text"]
)
def test_unsupported_types_say_what_is_accepted(data: bytes) -> None:
    with pytest.raises(UnsupportedType, match="Accepted: PDF, PNG, JPEG"):
        accepted_type(data, filename="invoice.pdf")


def test_empty_file_is_refused() -> None:
    with pytest.raises(EmptyFile, match="empty"):
        accepted_type(b"")


@pytest.mark.parametrize(
    "name",
    [
        ".DS_Store",
        "~$invoice.docx",
        "scan.pdf.part",
        "x.tmp",
        ".hidden.pdf",
        "Thumbs.db",
        "copy.crdownload",
    ],
)
def test_temporary_and_hidden_files_are_ignored(name: str) -> None:
    assert is_ignored(name)


def test_ordinary_files_are_taken() -> None:
    assert not is_ignored("Factura 0042 (copia).pdf")


def test_inbox_paths_give_type_and_property_hints() -> None:
    assert hints_for("invoices/oak/scan1.pdf") == Hints(DocumentType.INVOICE, "OAK")
    assert hints_for("receipts/r.jpg") == Hints(DocumentType.RECEIPT, None)
    assert hints_for("unsorted/PINE/x.pdf") == Hints(None, "PINE")
    assert hints_for("loose.pdf") == Hints()


def test_display_names_lose_folders_and_control_bytes() -> None:
    assert display_name("../../etc/passwd") == "passwd"
    assert display_name("..\\..\\boot.ini") == "boot.ini"
    assert display_name("fac\x00tura\n ñandú.pdf") == "factura ñandú.pdf"
    assert display_name("") == "unnamed"


def test_original_is_stored_once_under_its_hash_and_a_copy_is_a_duplicate(ctx) -> None:  # type: ignore[no-untyped-def]
    data = files.digital_invoice(marker="dup")
    first = accept(data, filename="a.pdf", source="cli", hints=Hints(), ctx=ctx, submit=False)
    second = accept(data, filename="b.pdf", source="cli", hints=Hints(), ctx=ctx, submit=False)
    assert first.status == Status.RECEIVED
    assert second.status == Status.DUPLICATE and second.duplicate_of == first.document_id
    import hashlib

    key = original_key(hashlib.sha256(data).hexdigest())
    assert ctx.store.get(key) == data
    assert isinstance(ctx.store, LocalStore)
    assert len(list(ctx.store.list("originals/"))) == 1
    with ctx.sessions() as session:
        dup = session.get(Document, second.document_id)
        assert [h.status for h in dup.history] == ["duplicate"]
        assert first.document_id in dup.history[0].reason


def test_unusable_files_fail_at_intake_with_the_original_kept(ctx) -> None:  # type: ignore[no-untyped-def]
    result = accept(
        files.docx(), filename="notes.docx", source="upload", hints=Hints(), ctx=ctx, submit=False
    )
    assert result.status == Status.FAILED
    assert "Accepted: PDF" in (result.reason or "")
    with ctx.sessions() as session:
        document = session.get(Document, result.document_id)
        assert document.failure_code == "unsupported_type"
        assert ctx.store.get(document.original_key) == files.docx()
        assert [h.status for h in document.history] == ["received", "failed"]
