"""Ground truth of a document: the normalised value of every field it prints."""

from __future__ import annotations

from typing import Any

from docmatch.types import DocumentType
from samples.catalog import columns
from samples.document import Document
from samples.formats import truth_amount, truth_quantity, truth_rate
from samples.pdf_base import Fmt
from samples.pdf_blocks import Ctx
from samples.pdf_table import row_value

TOTAL_FIELDS = ("subtotal", "tax", "total", "amount_due", "previous_balance")
ADJUSTMENTS = ("discount", "deposit", "payments")


def fields(doc: Document) -> dict[str, str]:
    """Field name → normalised value, for the fields printed on ``doc`` only."""
    out: dict[str, str | None] = {
        "vendor_name": doc.vendor_name,
        "vendor_address": ", ".join(doc.vendor_lines) or None,  # none printed (H179)
        "vendor_phone": doc.vendor_phone,
        "vendor_email": doc.vendor_email,
        "vendor_tax_id": doc.vendor_tax_id,
        "remit_to_address": ", ".join(doc.remit_lines) if doc.remit_lines else None,
        "customer_name": doc.customer_name,
        "bill_to_address": ", ".join(doc.bill_to_lines) if doc.bill_to_lines else None,
        "service_address": ", ".join(doc.service_lines) if doc.service_lines else None,
        "invoice_number": doc.invoice_number,
        "invoice_date": doc.invoice_date.isoformat(),
        "due_date": doc.due_date.isoformat() if doc.due_date else None,
        "po_number": doc.po_number,
        "account_number": doc.account_number,
        "service_period_start": doc.period[0].isoformat() if doc.period else None,
        "service_period_end": doc.period[1].isoformat() if doc.period else None,
        "payment_terms": doc.terms,
        "currency": doc.currency if doc.show_currency else None,
    }
    for key in TOTAL_FIELDS:
        row = doc.total_row(key)
        out[key] = truth_amount(row.amount) if row else None
    return {name: value for name, value in out.items() if value is not None}


def printed(doc: Document) -> dict[str, str]:
    """How the key values appear in the text: invoice number, date and the totals rows."""
    fmt = Fmt.of(doc)
    ctx = Ctx(pen=None, doc=doc, fmt=fmt, margin=0)  # type: ignore[arg-type]
    out = {"invoice_number": doc.invoice_number, "invoice_date": fmt.date(doc.invoice_date)}
    if doc.layout.get("date_time"):
        out["invoice_date"] += f"T{doc.extras['time']}"
    for row in [*doc.summary, *doc.totals]:
        out.setdefault(row.key, row_value(ctx, row))
    return out


def line_items(doc: Document) -> list[dict[str, Any]]:
    if doc.extras.get("concept_only"):  # a receipt naming what it pays only in its sentence
        return []
    shown = {"quantity", "unit_price"} if doc.kind == "receipt" else set(columns(doc.layout))
    if doc.layout.get("receipt") == "payment":  # a receipt book's breakdown: its own columns
        shown = set(columns(doc.layout))
    items = []
    for line in doc.lines:
        item: dict[str, Any] = {
            "description": line.description,
            "quantity": truth_quantity(line.quantity)
            if line.quantity is not None and "quantity" in shown
            else None,
            "unit_price": truth_rate(line.unit_price)
            if line.unit_price is not None and "unit_price" in shown
            else None,
            "amount": truth_amount(line.amount),
        }
        if line.day and "date" in shown:
            item["date"] = line.day.isoformat()
        items.append(item)
    return items


def ground_truth(doc: Document, renders: dict[str, str], pages: int) -> dict[str, Any]:
    return {
        "id": doc.id,
        "layout": doc.layout["id"],
        "held_out": bool(doc.layout.get("held_out")),
        "language": doc.language,
        "document_type": (
            DocumentType.RECEIPT if doc.kind == "receipt" else DocumentType.INVOICE
        ).value,
        "utility": doc.kind == "utility",
        "currency": doc.currency,
        "pages": pages,
        "fields": fields(doc),
        "line_items": line_items(doc),
        "adjustments": {
            row.key: truth_amount(row.amount)
            for row in [*doc.summary, *doc.totals]
            if row.key in ADJUSTMENTS
        },
        "printed": printed(doc),
        "vendor_code": doc.vendor_code,
        "property_code": doc.property_code,
        "unit": doc.unit,
        "gl_accounts": [] if doc.extras.get("concept_only") else [line.gl for line in doc.lines],
        "duplicate_of": doc.duplicate_of,
        "renders": renders,
    }
