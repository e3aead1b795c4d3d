"""What a document says, read from its stored extraction and matches: field values, the
chosen vendor, property and GL accounts, and the payable invoice they make together.

A document's extraction and matches are JSON columns; every change goes through
:func:`replace_json` so that SQLAlchemy sees a new value (in-place edits go unnoticed).
"""

from __future__ import annotations

import copy
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from docmatch.export import ExportInvoice, ExportLine
from docmatch.models import Document
from docmatch.review.errors import InvalidChange
from docmatch.types import DocumentType

PAYABLE_TYPES = frozenset({DocumentType.INVOICE.value, DocumentType.RECEIPT.value})
CENT = Decimal("0.01")


def extraction_of(document: Document) -> dict[str, Any]:
    return copy.deepcopy(document.extraction or {"fields": {}, "line_items": [], "checks": []})


def matches_of(document: Document) -> dict[str, Any]:
    matches = copy.deepcopy(document.matches or {})
    matches.setdefault("chosen", {})
    return matches


def replace_json(
    document: Document, *, extraction: dict[str, Any], matches: dict[str, Any]
) -> None:
    document.extraction = extraction
    document.matches = matches


def value(document: Document, name: str) -> str | None:
    field = ((document.extraction or {}).get("fields") or {}).get(name) or {}
    return field.get("value") or None


def chosen(document: Document, what: str) -> Any:
    return ((document.matches or {}).get("chosen") or {}).get(what)


def property_of(document: Document) -> str | None:
    """The property the document is for, upper case: as chosen, else as hinted at intake."""
    code = chosen(document, "property") or document.property_hint
    return str(code).upper() if code else None


def total_of(document: Document) -> Decimal | None:
    return money(value(document, "total") or value(document, "amount_due"))


def money(text: str | None) -> Decimal | None:
    if not text:
        return None
    try:
        amount = Decimal(str(text))
    except InvalidOperation:
        return None
    return amount.quantize(CENT) if amount.is_finite() else None


def day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def sync_book_keys(document: Document) -> None:
    """The columns the books know a document by follow its reviewed values."""
    document.vendor_code = chosen(document, "vendor")
    document.invoice_number = value(document, "invoice_number")
    document.invoice_date = day(value(document, "invoice_date"))
    document.total = total_of(document)


def is_payable(document: Document) -> bool:
    return document.document_type in PAYABLE_TYPES


def payable(document: Document, *, vendor_name: str) -> ExportInvoice:
    """The invoice as the accounting system takes it; :class:`InvalidChange` lists every
    reason it cannot be one yet (no vendor, a line without a GL account, lines that do not
    add up to the total...)."""
    problems: list[str] = []
    vendor = chosen(document, "vendor")
    place = chosen(document, "property") or document.property_hint
    number = value(document, "invoice_number")
    when = day(value(document, "invoice_date"))
    total = total_of(document)
    for missing, what in (
        (not vendor, "no vendor is chosen"),
        (not place, "no property is chosen"),
        (not number, "the invoice number is missing"),
        (when is None, "the invoice date is missing"),
        (total is None, "the total is missing"),
    ):
        if missing:
            problems.append(what)
    lines = _lines(document, str(place or ""), problems)
    if total is not None and lines and not problems:
        lines = _balanced(document, lines, total, problems)
    if problems:
        raise InvalidChange(
            f"Document {document.id} cannot be an invoice yet: {'; '.join(problems)}."
        )
    assert when is not None and total is not None
    return ExportInvoice(
        document_id=document.id,
        vendor_code=str(vendor),
        vendor_name=vendor_name,
        invoice_number=str(number),
        invoice_date=when,
        due_date=day(value(document, "due_date")),
        post_month=when.replace(day=1),
        po_number=chosen(document, "po") or value(document, "po_number"),
        total=total,
        remark=f"docmatch {document.id}",
        image_path=document.original_key,
        lines=tuple(lines),
    )


def _lines(document: Document, place: str, problems: list[str]) -> list[ExportLine]:
    items = (document.extraction or {}).get("line_items") or []
    coded = chosen(document, "lines") or []
    if not items:
        problems.append("it has no line items")
    unit = chosen(document, "unit")
    lines = []
    for number, item in enumerate(items, start=1):
        amount = money(item.get("amount"))
        gl = (coded[number - 1] or {}).get("gl") if number <= len(coded) else None
        if amount is None:
            problems.append(f"line {number} has no amount")
        if not gl:
            problems.append(f"line {number} has no GL account")
        if amount is not None and gl:
            description = str(item.get("description") or "")
            lines.append(ExportLine(description, amount, str(gl), place, unit))
    return lines


def _balanced(
    document: Document, lines: list[ExportLine], total: Decimal, problems: list[str]
) -> list[ExportLine]:
    """The lines, with the printed tax as a line of its own when that makes them add up;
    tax goes to the account of the largest line, as property accounting usually books it."""
    lines_sum = sum((line.amount for line in lines), Decimal(0))
    if lines_sum == total:
        return lines
    tax = money(value(document, "tax"))
    if tax and lines_sum + tax == total:
        largest = max(lines, key=lambda line: line.amount)
        return [
            *lines,
            ExportLine("Tax", tax, largest.gl_account, largest.property_code, largest.unit),
        ]
    with_tax = f" (plus tax {tax})" if tax else ""
    problems.append(f"the lines add up to {lines_sum}{with_tax} but the total is {total}")
    return lines
