"""Extraction on documents from the sample generator, checked against their ground truth:
per field and per language on digital PDFs, the cross-checks, and a few scans."""

from __future__ import annotations

import json
from collections import defaultdict
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from benchmarks.accuracy import items_right, normalise
from extract import ReadLimits, extract_document, read_document
from samples.generate import generate

MEDIA = {".pdf": "application/pdf", ".jpg": "image/jpeg", ".tif": "image/tiff"}


def corpus(
    folder: Path, render: str, seed: int, count: int, layouts: list[str] | None = None
) -> list[tuple[dict[str, Any], Any]]:
    """(truth, extraction) for each ``render`` file of a generated run."""
    done = []
    for path in generate(folder, seed=seed, count=count, renders=(render,), layouts=layouts):
        truth = json.loads(Path(path).read_text())
        name = truth["renders"].get(render)
        if name is None:
            continue
        file = folder / name
        limits = ReadLimits()
        reading = read_document(file.read_bytes(), media_type=MEDIA[file.suffix], limits=limits)
        done.append((truth, extract_document(reading.pages)))
    return done


@pytest.fixture(scope="module")
def digital(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[dict[str, Any], Any]]:
    return corpus(tmp_path_factory.mktemp("digital"), "digital", seed=31, count=24)


def field_scores(docs: list[tuple[dict[str, Any], Any]]) -> dict[tuple[str, str], list[bool]]:
    """(language, field) -> one right/wrong per printed field."""
    scores: dict[tuple[str, str], list[bool]] = defaultdict(list)
    for truth, extraction in docs:
        for name, want in truth["fields"].items():
            got = extraction.fields.get(name)
            right = got is not None and normalise(name, got.value) == normalise(name, want)
            scores[(truth["language"], name)].append(right)
    return scores


def test_every_field_in_both_languages(digital: list[tuple[dict[str, Any], Any]]) -> None:
    scores = field_scores(digital)
    assert {lang for lang, _ in scores} == {"en", "es"}
    for (lang, name), marks in scores.items():
        misses = len(marks) - sum(marks)
        assert misses <= max(1, 0.2 * len(marks)), (lang, name, marks)
    for lang in ("en", "es"):
        marks = [m for (lg, _), ms in scores.items() if lg == lang for m in ms]
        assert sum(marks) / len(marks) >= 0.95, lang


def test_totals_and_types_are_exact(digital: list[tuple[dict[str, Any], Any]]) -> None:
    for truth, extraction in digital:
        assert extraction.document_type.value == truth["document_type"], truth["id"]
        got = extraction.fields["total"].value
        assert Decimal(got) == Decimal(truth["fields"]["total"]), truth["id"]


def test_nothing_is_reported_that_is_not_printed(digital: list[tuple[dict[str, Any], Any]]) -> None:
    extra = [
        (truth["id"], name)
        for truth, extraction in digital
        for name in extraction.fields
        if name not in truth["fields"]
    ]
    assert len(extra) <= 1, extra


def test_cross_checks_pass_on_consistent_documents(
    digital: list[tuple[dict[str, Any], Any]],
) -> None:
    ran: dict[str, list[bool]] = defaultdict(list)
    for _, extraction in digital:
        for check in extraction.checks:
            ran[check.name].append(check.passed)
    assert set(ran) >= {
        "subtotal_plus_tax_equals_total",
        "line_items_sum_to_subtotal",
        "amount_due_equals_total_plus_previous_balance_minus_payments",
        "due_date_on_or_after_invoice_date",
    }
    for name, passed in ran.items():
        assert all(passed), name


def test_line_items_match_the_ground_truth(digital: list[tuple[dict[str, Any], Any]]) -> None:
    right = expected = 0
    for truth, extraction in digital:
        got = [
            (str(i.amount), normalise("description", i.description)) for i in extraction.line_items
        ]
        want = [
            (e["amount"], normalise("description", e["description"])) for e in truth["line_items"]
        ]
        expected += len(want)
        right += sum(1 for pair in want if pair in got)
    assert right / expected >= 0.95


@pytest.mark.ocr
@pytest.mark.slow
def test_scans(tmp_path: Path) -> None:
    docs = corpus(tmp_path, "scan", seed=32, count=3)
    scores = field_scores(docs)
    marks = [m for ms in scores.values() for m in ms]
    assert sum(marks) / len(marks) >= 0.7
    totals = [m for (_, name), ms in scores.items() if name == "total" for m in ms]
    assert sum(totals) >= len(totals) - 1


NEW_FORMS = "L26,L27,L28,L29,L30,L31,L32"  # right-aligned labels, form cells, window letter...


@pytest.fixture(scope="module")
def forms(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[dict[str, Any], Any]]:
    folder = tmp_path_factory.mktemp("forms")
    return corpus(folder, "digital", seed=47, count=14, layouts=NEW_FORMS.split(","))


def test_billing_system_forms_read_their_header(forms: list[tuple[dict[str, Any], Any]]) -> None:
    """Labels right-aligned against values, labels over values in ruled cells, a German
    window letter with its sender line, 'qty x price' receipts, dates '03-Mar-2026' and
    '2026.03.03', amounts with the currency code after the number."""
    scores = field_scores(forms)
    layouts = {truth["layout"] for truth, _ in forms}
    assert layouts == set(NEW_FORMS.split(","))
    wrong = {key: s for key, s in scores.items() if not all(s)}
    assert sum(len(s) for s in scores.values()) > 180
    assert sum(s.count(False) for s in scores.values()) <= 3, wrong
    for truth, extraction in forms:
        invented = set(extraction.fields) - set(truth["fields"]) - {"currency"}
        assert not invented & {"amount_due", "payment_terms", "vendor_email"}, truth["id"]


def test_window_letter_tells_sender_from_recipient(
    forms: list[tuple[dict[str, Any], Any]],
) -> None:
    letters = [(t, e) for t, e in forms if t["layout"] == "L30"]
    assert letters
    for truth, extraction in letters:
        assert extraction.fields["vendor_name"].value == truth["fields"]["vendor_name"]
        assert extraction.fields["customer_name"].value == truth["fields"]["customer_name"]


READ_HELD_OUT = ",".join(f"H{n:02d}" for n in range(1, 26))  # held out once, since read


def test_layouts_once_held_out_read_their_header(tmp_path: Path) -> None:
    """A street's 'Unit 24' beside a title is no table heading, 'Customer Service:
    407-528-2435' is the vendor's phone, 'Premise Address' and 'Dirección del proyecto'
    head the service address, and '09/05/2025' due '10/05/2025' on 'Pago a 30 días' is
    read month first."""
    docs = corpus(tmp_path, "digital", seed=48, count=75, layouts=READ_HELD_OUT.split(","))
    scores = field_scores(docs)
    assert sum(len(s) for s in scores.values()) > 1000
    wrong = {key: s for key, s in scores.items() if not all(s)}
    assert sum(s.count(False) for s in scores.values()) <= 6, wrong
    items = [items_right(extraction.line_items, truth["line_items"]) for truth, extraction in docs]
    # notes printed under an item ('Tech A. Castillo - W.O. 72314') are kept out of its text
    assert sum(right for right, _, _ in items) >= 0.95 * sum(want for _, want, _ in items)
    assert sum(extra for _, _, extra in items) <= 0.05 * sum(want for _, want, _ in items)


def test_scans_with_a_letter_spaced_title_and_a_row_the_page_reading_dropped(
    tmp_path: Path,
) -> None:
    """'FACTURA ELECTRÓNICA' spaced apart reads as 'FA CTU RA E L ECTR Ó N ICA' beside
    the vendor's name: the document is still an invoice, the name still the vendor's. On
    a utility bill's stub 'PO Box 172267' is dropped by the page's reading and found as
    an unread row."""
    docs = corpus(tmp_path, "scan", seed=5, count=6, layouts=["H06", "H09"])
    assert {truth["layout"] for truth, _ in docs} == {"H06", "H09"}
    for truth, extraction in docs:
        assert extraction.document_type.value == "invoice", truth["id"]
        for name in ("vendor_name", "remit_to_address", "invoice_number", "total"):
            if name in truth["fields"]:
                got = extraction.fields.get(name)
                assert got is not None, (truth["id"], name)
                assert normalise(name, got.value) == normalise(name, truth["fields"][name])
