"""Column layouts kept as data: which columns a file has, in which order, under which
headers, filled from which field or with which constant, and how dates are written.

A company adapts an export to its own import template by editing (or passing) a layout
file; the packaged ones live in ``layouts/``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from docmatch.export.model import (
    ExportError,
    ExportFormat,
    ExportInvoice,
    ExportLine,
    money,
    trannum,
)

LAYOUT_DIR = Path(__file__).with_name("layouts")
PACKAGED = {
    ExportFormat.YARDI: "yardi_payables.json",
    ExportFormat.QUICKBOOKS: "quickbooks_bill.json",
    ExportFormat.CSV: "plain_csv.json",
}

INVOICE_FIELDS = frozenset(
    {
        "trannum",
        "document_id",
        "vendor_code",
        "vendor_name",
        "invoice_number",
        "invoice_date",
        "due_date",
        "post_month",
        "po_number",
        "total",
        "total_negated",
        "remark",
        "image_path",
        "line_count",
    }
)
LINE_FIELDS = INVOICE_FIELDS | {
    "line_number",
    "description",
    "amount",
    "gl_account",
    "property_code",
    "unit",
}


@dataclass(frozen=True, slots=True)
class Column:
    header: str
    field: str | None = None  # a name from INVOICE_FIELDS / LINE_FIELDS
    value: str = ""  # the constant written when there is no field


@dataclass(frozen=True, slots=True)
class Layout:
    format: ExportFormat
    name: str
    date_format: str
    month_format: str
    line_columns: tuple[Column, ...]
    invoice_columns: tuple[Column, ...] = ()  # the TRNS row of a QuickBooks bill
    header_row: bool = True


def cells(columns: tuple[Column, ...], values: dict[str, str]) -> list[str]:
    """One row: each column's field value, or its constant."""
    return [values[c.field] if c.field else c.value for c in columns]


def load_layout(path: Path | str) -> Layout:
    """Read and check a layout file; raise :class:`ExportError` if it is not usable."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        layout = Layout(
            format=ExportFormat(data["format"]),
            name=str(data["name"]),
            date_format=str(data["date_format"]),
            month_format=str(data["month_format"]),
            line_columns=_columns(data["line_columns"]),
            invoice_columns=_columns(data.get("invoice_columns", [])),
            header_row=bool(data.get("header_row", True)),
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ExportError(f"Export layout {path} cannot be read: {exc}") from exc
    _check_fields(layout, path)
    return layout


@cache
def packaged_layout(fmt: ExportFormat) -> Layout:
    """The layout shipped with docmatch for ``fmt`` (loaded once)."""
    if fmt not in PACKAGED:
        raise ExportError(f"The {fmt} export has no column layout.")
    return load_layout(LAYOUT_DIR / PACKAGED[fmt])


def invoice_values(invoice: ExportInvoice, *, trannum: int, layout: Layout) -> dict[str, str]:
    """Every invoice-level field as the text the layout writes."""
    return {
        "trannum": str(trannum),
        "document_id": invoice.document_id,
        "vendor_code": invoice.vendor_code,
        "vendor_name": invoice.vendor_name,
        "invoice_number": invoice.invoice_number,
        "invoice_date": _date(invoice.invoice_date, layout.date_format),
        "due_date": _date(invoice.due_date, layout.date_format),
        "post_month": _date(invoice.post_month, layout.month_format),
        "po_number": invoice.po_number or "",
        "total": money(invoice.total),
        "total_negated": money(-invoice.total),
        "remark": invoice.remark,
        "image_path": invoice.image_path,
        "line_count": str(len(invoice.lines)),
    }


def line_values(invoice_fields: dict[str, str], line: ExportLine, number: int) -> dict[str, str]:
    """The invoice's fields plus those of its line ``number`` (1-based)."""
    return {
        **invoice_fields,
        "line_number": str(number),
        "description": line.description,
        "amount": money(line.amount),
        "gl_account": line.gl_account,
        "property_code": line.property_code,
        "unit": line.unit or "",
    }


def _date(value: date | None, fmt: str) -> str:
    return value.strftime(fmt) if value else ""


def _columns(raw: list[dict[str, str]]) -> tuple[Column, ...]:
    return tuple(
        Column(header=str(c["header"]), field=c.get("field"), value=str(c.get("value", "")))
        for c in raw
    )


def _check_fields(layout: Layout, path: Path | str) -> None:
    checks = ((layout.line_columns, LINE_FIELDS), (layout.invoice_columns, INVOICE_FIELDS))
    for columns, known in checks:
        unknown = sorted({c.field for c in columns if c.field and c.field not in known})
        if unknown:
            raise ExportError(
                f"Export layout {path} names unknown fields {', '.join(unknown)};"
                f" known fields are {', '.join(sorted(known))}."
            )
    if not layout.line_columns:
        raise ExportError(f"Export layout {path} has no line columns.")
    if layout.format is ExportFormat.QUICKBOOKS and not layout.invoice_columns:
        raise ExportError(f"Export layout {path} has no invoice (TRNS) columns.")


def batch_values(
    invoices: Sequence[ExportInvoice], *, batch_number: int, layout: Layout
) -> Iterator[tuple[ExportInvoice, dict[str, str], list[dict[str, str]]]]:
    """For each invoice in the order given: the invoice, its fields, and its lines' fields."""
    for position, invoice in enumerate(invoices, start=1):
        number = trannum(batch_number=batch_number, position=position)
        fields = invoice_values(invoice, trannum=number, layout=layout)
        lines = [line_values(fields, line, n) for n, line in enumerate(invoice.lines, start=1)]
        yield invoice, fields, lines
