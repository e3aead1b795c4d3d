"""The extractor for till receipts: the invoice extractor's fields, read as a till prints
them. Nothing was owed before a sale at a till, so the amount due is the sale's total
when no line names the total itself ('AMOUNT DUE 7.50' over 'VISA 7.50')."""

from __future__ import annotations

from dataclasses import replace

from extract.context import Document
from extract.invoice import extract_invoice
from extract.model import Check, ExtractedField, LineItem

DUE_AS_TOTAL = 0.9  # a little less sure than a total's own label


def extract_receipt(
    document: Document,
) -> tuple[dict[str, ExtractedField], tuple[LineItem, ...], tuple[Check, ...]]:
    fields, items, checks = extract_invoice(document)
    due = fields.get("amount_due")
    if "total" not in fields and due is not None and "previous_balance" not in fields:
        confidence = round(due.confidence * DUE_AS_TOTAL, 3)
        fields = {
            **fields,
            "total": replace(due, name="total", confidence=confidence, method="amount_due_at_till"),
        }
    return fields, items, checks
