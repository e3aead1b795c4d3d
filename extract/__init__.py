"""Reading documents and extracting what a specialist needs from them.

Contract:
- ``read_document(data, *, media_type, limits, ocr) -> Reading`` turns a file's bytes into
  pages of words with boxes (text layer or OCR); ``render_page`` and ``page_count`` serve
  the reviewer's screen. See ``extract.reading``.
- ``classify(pages, *, hint=None) -> Classification``: invoice, receipt, statement,
  remittance, inspection or other, with a score, the words that decided it and whether a
  folder hint was overruled.
- ``detect_language(pages) -> str``: ISO 639-1 code.
- ``extract_document(pages, *, type_hint=None, hints=None) -> Extraction``: classification,
  language, header fields (``HEADER_FIELDS``), line items and cross-checks. Each field has
  its normalised value (dates ``YYYY-MM-DD``, amounts ``"1234.50"``, ISO currency), the
  text as printed, a calibrated confidence, page, box in page coordinates and the method
  that found it; competing values are kept as alternatives. Fields not found are left out.
  ``ExtractionHints`` (vendor, learned layout) are tried first. ``EXTRACTORS`` maps a
  document type to its extractor (invoices and receipts now; statements, remittances and
  inspections get type and language until theirs are registered).
- ``extraction_to_json(reading, extraction) -> dict``: the JSON object other tools read.

Everything here is pure: no database, no network, no settings read. Vocabularies and the
confidence calibration are data files under ``extract/data``.
"""

from extract.classify import classify, detect_language
from extract.document import EXTRACTORS, extract_document
from extract.model import (
    HEADER_FIELDS,
    Check,
    Classification,
    ExtractedField,
    Extraction,
    ExtractionHints,
    LearnedLocation,
    LineItem,
)
from extract.output import extraction_to_json
from extract.reading import (
    OcrEngine,
    ReadLimits,
    TesseractEngine,
    page_count,
    read_document,
    render_page,
)

__all__ = [
    "EXTRACTORS",
    "HEADER_FIELDS",
    "Check",
    "Classification",
    "ExtractedField",
    "Extraction",
    "ExtractionHints",
    "LearnedLocation",
    "LineItem",
    "OcrEngine",
    "ReadLimits",
    "TesseractEngine",
    "classify",
    "detect_language",
    "extract_document",
    "extraction_to_json",
    "page_count",
    "read_document",
    "render_page",
]
