"""The command line on the embedded default: ingest with hints from an inbox-like folder,
the table of results, and extract's JSON contract."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from docmatch.cli import app
from docmatch.settings import get_settings
from tests import files


@pytest.fixture
def embedded_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DOCMATCH_DATA_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("DOCMATCH_INBOX", str(tmp_path / "inbox"))
    monkeypatch.setenv("DOCMATCH_WORKERS", "1")
    get_settings.cache_clear()
    yield tmp_path
    get_settings.cache_clear()


@pytest.mark.slow
def test_ingest_takes_a_folder_with_hints_and_waits_for_processing(embedded_env: Path) -> None:
    folder = embedded_env / "drop"
    (folder / "invoices" / "OAK").mkdir(parents=True)
    (folder / "invoices" / "OAK" / "a.pdf").write_bytes(files.digital_invoice(marker="cli-a"))
    (folder / "receipts").mkdir()
    (folder / "receipts" / "b.pdf").write_bytes(files.digital_invoice(marker="cli-b"))
    (folder / "receipts" / ".DS_Store").write_bytes(b"junk")
    (folder / "notes.docx").write_bytes(files.docx())
    result = CliRunner().invoke(app, ["ingest", str(folder)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "3 documents" in result.output
    rows = {line.split("│")[1].strip(): line for line in result.output.splitlines() if "│" in line}
    assert "needs_review" in rows["a.pdf"] and "needs_review" in rows["b.pdf"]
    assert "failed" in rows["notes.docx"]

    listed = CliRunner().invoke(
        app, ["documents", "--status", "needs_review"], env={"COLUMNS": "200"}
    )
    assert "2 of 2 documents" in listed.output


def test_extract_prints_the_json_contract(embedded_env: Path) -> None:
    pdf = embedded_env / "invoice.pdf"
    pdf.write_bytes(files.digital_invoice(marker="cli-extract"))
    result = CliRunner().invoke(app, ["extract", str(pdf), "--format", "json"])
    assert result.exit_code == 0, result.output
    body = json.loads(result.output)
    assert {
        "document_type",
        "language",
        "pages",
        "text_source",
        "fields",
        "line_items",
        "checks",
    } <= set(body)
    assert (
        body["document_type"] == "invoice"
        and body["pages"] == 1
        and body["text_source"] == "text_layer"
    )
    assert body["fields"]["invoice_number"]["value"] == "INV-20417"
    assert body["fields"]["total"]["value"] == "920.13"
    assert "matches" not in body  # no master data given, none in the (empty) local database


def test_extract_refuses_a_bad_file_with_a_reason(tmp_path: Path) -> None:
    locked = tmp_path / "locked.pdf"
    locked.write_bytes(files.encrypted_pdf())
    result = CliRunner().invoke(app, ["extract", str(locked)])
    assert result.exit_code == 2
    assert "encrypted" in result.output.lower()
