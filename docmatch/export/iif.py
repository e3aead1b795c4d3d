"""QuickBooks Desktop bills as IIF: tab-separated, ``\\r\\n`` line endings, UTF-8.

The file opens with the ``!TRNS``, ``!SPL`` and ``!ENDTRNS`` rows naming the columns, then
one block per bill: a ``TRNS`` row (the payable, a negative amount), one ``SPL`` row per
expense line (positive amounts) and ``ENDTRNS``. The amounts written in a block sum to
zero; a block that would not is refused rather than written.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from docmatch.export.layout import Column, Layout, batch_values, cells
from docmatch.export.model import ExportError, ExportInvoice, UnbalancedInvoice
from docmatch.export.text import iif_text

_MONEY_FIELDS = frozenset({"amount", "total", "total_negated"})


def render_iif(invoices: Sequence[ExportInvoice], *, batch_number: int, layout: Layout) -> bytes:
    trns_amount = _amount_index(layout.invoice_columns, "TRNS")
    spl_amount = _amount_index(layout.line_columns, "SPL")
    rows = [
        ["!TRNS", *(c.header for c in layout.invoice_columns)],
        ["!SPL", *(c.header for c in layout.line_columns)],
        ["!ENDTRNS"],
    ]
    for invoice, fields, lines in batch_values(invoices, batch_number=batch_number, layout=layout):
        trns = cells(layout.invoice_columns, fields)
        splits = [cells(layout.line_columns, line) for line in lines]
        written = [trns[trns_amount], *(s[spl_amount] for s in splits)]
        if sum((Decimal(a) for a in written), Decimal(0)) != 0:
            raise UnbalancedInvoice(
                f"Bill {invoice.invoice_number} of {invoice.vendor_name} would not balance in"
                f" QuickBooks (amounts {', '.join(written)}); the TRNS AMOUNT column must be"
                " the negated total."
            )
        rows += [["TRNS", *trns], *(["SPL", *s] for s in splits), ["ENDTRNS"]]
    text = "".join("\t".join(iif_text(cell) for cell in row) + "\r\n" for row in rows)
    return text.encode("utf-8")


def _amount_index(columns: tuple[Column, ...], row_kind: str) -> int:
    for index, column in enumerate(columns):
        if column.header == "AMOUNT" and column.field in _MONEY_FIELDS:
            return index
    raise ExportError(
        f"The QuickBooks layout has no {row_kind} AMOUNT column filled from one of"
        f" {', '.join(sorted(_MONEY_FIELDS))}."
    )
