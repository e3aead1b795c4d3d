"""Line items survive scanning: on the committed 300 dpi scans, the amounts read off the
table match the ground truth, as they do on the digital originals."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from extract import ReadLimits, TesseractEngine, extract_document, read_document
from ingest.sniff import accepted_type
from tests.conftest import SAMPLES

pytestmark = [pytest.mark.ocr, pytest.mark.slow]

DOCUMENTS = SAMPLES / "documents"


def _amounts(path) -> list[Decimal]:  # type: ignore[no-untyped-def]
    data = path.read_bytes()
    reading = read_document(
        data, media_type=accepted_type(data[:4096]), limits=ReadLimits(), ocr=TesseractEngine()
    )
    return [
        item.amount
        for item in extract_document(reading.pages).line_items
        if item.amount is not None
    ]


def test_scanned_invoices_keep_their_line_amounts() -> None:
    checked = right = 0
    for truth_path in sorted(DOCUMENTS.glob("*.json")):
        truth = json.loads(truth_path.read_text())
        scan = truth["renders"].get("scan")
        if truth["document_type"] != "invoice" or not scan or truth["pages"] != 1:
            continue
        expected = [Decimal(line["amount"]) for line in truth["line_items"]]
        checked += 1
        right += _amounts(DOCUMENTS / scan) == expected
    assert checked >= 4
    assert right >= checked - 1, f"{right} of {checked} scans kept every line amount"
