"""The spine: classify, detect the language, then run the extractor registered for the
document type. Types without an extractor yet get their type and language only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from docmatch.types import DocumentType, Page
from extract.classify import classify, detect_language
from extract.context import Document, build_document
from extract.model import Check, ExtractedField, Extraction, ExtractionHints, LineItem
from extract.till import extract_receipt, extract_sale

Extractor = Callable[
    [Document], tuple[dict[str, ExtractedField], tuple[LineItem, ...], tuple[Check, ...]]
]

EXTRACTORS: dict[DocumentType, Extractor] = {
    DocumentType.INVOICE: extract_sale,
    DocumentType.RECEIPT: extract_receipt,
}


def extract_document(
    pages: Sequence[Page],
    *,
    type_hint: DocumentType | None = None,
    hints: ExtractionHints | None = None,
) -> Extraction:
    hints = hints or ExtractionHints()
    classification = classify(pages, hint=type_hint)
    language = hints.language or detect_language(pages)
    extractor = EXTRACTORS.get(classification.document_type)
    if extractor is None or not pages:
        return Extraction(classification, language)
    document = build_document(pages, language, hints)
    fields, items, checks = extractor(document)
    return Extraction(classification, language, fields, items, checks)
