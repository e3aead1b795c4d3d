"""The two CSV exports: Yardi Voyager payables and the plain CSV. One row per invoice
line, laid out by a :class:`~docmatch.export.layout.Layout`; ``\\r\\n`` line endings,
UTF-8 without a byte-order mark, fields quoted only when they need it."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from docmatch.export.layout import Layout, batch_values, cells
from docmatch.export.model import ExportInvoice
from docmatch.export.text import single_line


def render_yardi(invoices: Sequence[ExportInvoice], *, batch_number: int, layout: Layout) -> bytes:
    """Every value is flattened to one line so that each record is one physical line;
    rows of one invoice share its TRANNUM."""
    return _render(invoices, batch_number=batch_number, layout=layout, flatten=True)


def render_plain_csv(
    invoices: Sequence[ExportInvoice], *, batch_number: int, layout: Layout
) -> bytes:
    """Values are written as they are; a value with a comma, quote or newline is quoted."""
    return _render(invoices, batch_number=batch_number, layout=layout, flatten=False)


def _render(
    invoices: Sequence[ExportInvoice], *, batch_number: int, layout: Layout, flatten: bool
) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    if layout.header_row:
        writer.writerow([column.header for column in layout.line_columns])
    for _, _, lines in batch_values(invoices, batch_number=batch_number, layout=layout):
        for fields in lines:
            row = cells(layout.line_columns, fields)
            writer.writerow([single_line(c) for c in row] if flatten else row)
    return buffer.getvalue().encode("utf-8")
