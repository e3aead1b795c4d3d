"""The spine: classify, detect the language, then run the extractor registered for the
document type. Types without an extractor yet get their type and language only. A
document that only its folder calls a bill (its own words point to a letter, a contract
or an order) keeps what was read off it at low confidence. A value less sure than
MIN_CONFIDENCE is a guess and is left out: on the development corpus about one in five
of them was right.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date

from docmatch.types import DocumentType, Page
from extract.chrome import is_cover_sheet, without_print_chrome
from extract.classify import classify, detect_language
from extract.context import Document, build_document
from extract.formats import order_matters, terms_days
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
    min_confidence: float | None = None,
) -> Extraction:
    """`min_confidence` (default MIN_CONFIDENCE) drops guesses; the calibration's fit
    passes 0 to see every value."""
    hints = hints or ExtractionHints()
    pages = [without_print_chrome(page) for page in pages]
    if is_cover_sheet(pages):  # read without the fax's cover, its pages counted as sent
        sent = extract_document(
            [replace(page, number=page.number - 1) for page in pages[1:]],
            type_hint=type_hint,
            hints=hints,
            min_confidence=min_confidence,
        )
        return _turned_over(sent)
    classification = classify(pages, hint=type_hint)
    language = hints.language or detect_language(pages)
    extractor = EXTRACTORS.get(classification.document_type)
    if extractor is None or not pages:
        return Extraction(classification, language)
    document = build_document(pages, language, hints)
    fields, items, checks = extractor(document)
    turnable = any(order_matters(f.text) for name, f in fields.items() if name in DATE_FIELDS)
    if not document.conventions.order_shown and turnable and date_disagreements(fields):
        # no date shows its order ('09/05/2025'): the other order is tried, and kept
        # when its dates agree better with each other and with the terms
        turned = replace(hints, day_first=not document.conventions.day_first)
        other = extractor(build_document(pages, language, turned))
        if date_disagreements(other[0]) < date_disagreements(fields):
            fields, items, checks = other
    if document.conventions.order_doubtful:
        # '01/08/2026' in Spanish from Puerto Rico: either order is the country's habit
        fields = {
            name: replace(f, confidence=round(f.confidence * ORDER_DOUBT, 3))
            if name in DATE_FIELDS and order_matters(f.text)
            else f
            for name, f in fields.items()
        }
    if type_hint is not None and _content_says_other(pages, classification.document_type):
        fields = {name: _disputed(field) for name, field in fields.items()}
    floor = MIN_CONFIDENCE if min_confidence is None else min_confidence
    fields = {name: field for name, field in fields.items() if field.confidence >= floor}
    return Extraction(classification, language, fields, items, checks)


def _turned_over(extraction: Extraction) -> Extraction:
    """The extraction of the pages after a cover sheet, each place on its page as sent."""

    def field(found: ExtractedField) -> ExtractedField:
        others = tuple(field(other) for other in found.alternatives)
        return replace(found, page=found.page + 1, alternatives=others)

    return replace(
        extraction,
        fields={name: field(found) for name, found in extraction.fields.items()},
        line_items=tuple(replace(item, page=item.page + 1) for item in extraction.line_items),
    )


MIN_CONFIDENCE = 0.4
ORDER_DOUBT = 0.7  # of a date's confidence when nothing but the language orders its numbers
DATE_FIELDS = ("invoice_date", "due_date", "service_period_start", "service_period_end")


DISPUTED = 0.5  # the most confidence a field keeps when only the folder calls it a bill


def date_disagreements(fields: dict[str, ExtractedField]) -> float:
    """How many of the date relations a bill keeps are broken: due on or after the
    invoice date, due the terms' days after it ('Net 30', 'Pago a 30 días'), and a
    service period ending on or after its start. Where no terms are printed, a due date
    no usual term after the invoice date counts half ('07/02/2026' and '09/03/2026':
    thirty days in February and March, not 63 from July to September)."""
    broken = 0.0
    issued, due = fields.get("invoice_date"), fields.get("due_date")
    start, end = fields.get("service_period_start"), fields.get("service_period_end")
    if issued and due:
        broken += due.value < issued.value
        days = terms_days(fields["payment_terms"].value) if "payment_terms" in fields else None
        if days is not None:
            broken += (due.as_date() - issued.as_date()).days != days
        elif due.value >= issued.value and not _usual_term(issued.as_date(), due.as_date()):
            broken += 0.5
    if start and end:
        broken += end.value < start.value
    return broken


USUAL_TERMS = {0, 7, 10, 14, 15, 20, 21, 28, 30, 31, 45, 60, 90}  # days


def _usual_term(issued: date, due: date) -> bool:
    """Due a usual number of days after the invoice date, or on the same day of one of
    the next three months."""
    months = (due.year - issued.year) * 12 + due.month - issued.month
    return (due - issued).days in USUAL_TERMS or (due.day == issued.day and 1 <= months <= 3)


def _content_says_other(pages: Sequence[Page], taken: DocumentType) -> bool:
    """The folder's type was taken, but the words alone point to no bill at all (a letter,
    a contract, an order): whatever is read off it is doubtful."""
    content = classify(pages)
    return content.document_type == DocumentType.OTHER != taken and bool(content.evidence)


def _disputed(field: ExtractedField) -> ExtractedField:
    return replace(field, confidence=min(field.confidence, DISPUTED))
