"""Line items survive scanning: on the committed 300 dpi scans, the amounts and the
wording read off the table match the ground truth, as they do on the digital originals
(the wording is what codes a line to its GL account)."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from rapidfuzz import fuzz

from extract import ReadLimits, TesseractEngine, extract_document, read_document
from ingest.sniff import accepted_type
from tests.conftest import SAMPLES

pytestmark = [pytest.mark.ocr, pytest.mark.slow]

DOCUMENTS = SAMPLES / "documents"


def _lines(path: Path) -> list[tuple[Decimal | None, str]]:
    data = path.read_bytes()
    reading = read_document(
        data, media_type=accepted_type(data[:4096]), limits=ReadLimits(), ocr=TesseractEngine()
    )
    return [(item.amount, item.description) for item in extract_document(reading.pages).line_items]


def _same(read: list[tuple[Decimal | None, str]], truth: list[dict[str, str]]) -> bool:
    return len(read) == len(truth) and all(
        amount == Decimal(line["amount"])
        and fuzz.ratio(text.lower(), line["description"].lower()) >= 85
        for (amount, text), line in zip(read, truth, strict=True)
    )


def test_scanned_invoices_keep_their_line_amounts_and_words() -> None:
    checked = right = 0
    for truth_path in sorted(DOCUMENTS.glob("*.json")):
        truth = json.loads(truth_path.read_text())
        scan = truth["renders"].get("scan")
        if truth["document_type"] != "invoice" or not scan or truth["pages"] != 1:
            continue
        checked += 1
        right += _same(_lines(DOCUMENTS / scan), truth["line_items"])
    assert checked >= 4
    assert right >= checked - 1, f"{right} of {checked} scans kept every line's amount and words"
