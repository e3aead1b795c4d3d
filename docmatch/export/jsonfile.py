"""The JSON export: a list of invoices, each with its lines. Money is a string with two
decimals (``"1234.50"``), dates are ISO (``"2024-05-31"``), the post month is ``"YYYY-MM"``,
a missing value is ``null``. Keys keep a fixed order; UTF-8, two-space indent, ``\\n``."""

from __future__ import annotations

import json
from collections.abc import Sequence

from docmatch.export.model import ExportInvoice, ExportLine, money


def render_json(invoices: Sequence[ExportInvoice]) -> bytes:
    data = [_invoice(invoice) for invoice in invoices]
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _invoice(invoice: ExportInvoice) -> dict[str, object]:
    return {
        "document_id": invoice.document_id,
        "vendor_code": invoice.vendor_code,
        "vendor_name": invoice.vendor_name,
        "invoice_number": invoice.invoice_number,
        "invoice_date": invoice.invoice_date.isoformat(),
        "due_date": invoice.due_date.isoformat() if invoice.due_date else None,
        "post_month": f"{invoice.post_month.year:04d}-{invoice.post_month.month:02d}",
        "po_number": invoice.po_number,
        "total": money(invoice.total),
        "remark": invoice.remark,
        "image_path": invoice.image_path,
        "lines": [_line(line, n) for n, line in enumerate(invoice.lines, start=1)],
    }


def _line(line: ExportLine, number: int) -> dict[str, object]:
    return {
        "line_number": number,
        "description": line.description,
        "property_code": line.property_code,
        "unit": line.unit,
        "gl_account": line.gl_account,
        "amount": money(line.amount),
    }
