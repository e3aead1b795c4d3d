"""Export: the bytes of the file that carries a batch of approved invoices to the
accounting system.

Contract:
- ``render_export(fmt, invoices, batch_number=...)`` returns the file for one batch, in
  the order the invoices are given. It is a pure function: no database, no clock, no
  randomness, so the same batch always gives the same bytes.
- Before anything is written the batch is checked: every invoice has lines, amounts are
  whole cents, lines add up to the total (else :class:`UnbalancedInvoice`), document ids
  are unique; any other problem is an :class:`ExportError`. Both are ``DocmatchError``.
- Formats: Yardi Voyager payables CSV and plain CSV (one row per invoice line, ``\\r\\n``),
  QuickBooks Desktop IIF bills (tab-separated, ``\\r\\n``, each bill balances to zero) and
  JSON. All UTF-8. Yardi and QuickBooks dates are MM/DD/YYYY, the Yardi post month
  MM/YYYY; plain CSV and JSON dates are ISO.
- Column layouts are data (``layouts/*.json``); pass ``layout=load_layout(path)`` to write
  a company's own Voyager template, AP account name or CSV columns.
- Yardi TRANNUM is ``batch_number * 10000 + position`` (position from 1), unique per
  batch and across batches; a batch holds at most 9999 invoices.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from docmatch.export.csvfile import render_plain_csv, render_yardi
from docmatch.export.iif import render_iif
from docmatch.export.jsonfile import render_json
from docmatch.export.layout import Column, Layout, load_layout, packaged_layout
from docmatch.export.model import (
    ExportError,
    ExportFormat,
    ExportInvoice,
    ExportLine,
    UnbalancedInvoice,
    check_batch,
    trannum,
)

__all__ = [
    "Column",
    "ExportError",
    "ExportFormat",
    "ExportInvoice",
    "ExportLine",
    "Layout",
    "UnbalancedInvoice",
    "file_name",
    "load_layout",
    "media_type",
    "packaged_layout",
    "render_export",
    "trannum",
]

Renderer = Callable[..., bytes]

_LAYOUT_RENDERERS: dict[ExportFormat, Renderer] = {
    ExportFormat.YARDI: render_yardi,
    ExportFormat.QUICKBOOKS: render_iif,
    ExportFormat.CSV: render_plain_csv,
}
# File name endings: the two CSV exports must not overwrite each other.
_SUFFIXES = {
    ExportFormat.YARDI: "-yardi.csv",
    ExportFormat.QUICKBOOKS: ".iif",
    ExportFormat.CSV: ".csv",
    ExportFormat.JSON: ".json",
}
_MEDIA_TYPES = {
    ExportFormat.YARDI: "text/csv; charset=utf-8",
    ExportFormat.QUICKBOOKS: "text/plain; charset=utf-8",
    ExportFormat.CSV: "text/csv; charset=utf-8",
    ExportFormat.JSON: "application/json",
}


def render_export(
    fmt: ExportFormat,
    invoices: Sequence[ExportInvoice],
    *,
    batch_number: int,
    layout: Layout | None = None,
) -> bytes:
    """The file for one batch; ``layout`` replaces the packaged one (not for JSON)."""
    fmt = ExportFormat(fmt)
    check_batch(invoices, batch_number=batch_number)
    if fmt is ExportFormat.JSON:
        if layout is not None:
            raise ExportError("The JSON export has a fixed shape and takes no layout.")
        return render_json(invoices)
    layout = layout or packaged_layout(fmt)
    if layout.format is not fmt:
        raise ExportError(f"Layout {layout.name!r} is for {layout.format} exports, not {fmt}.")
    return _LAYOUT_RENDERERS[fmt](invoices, batch_number=batch_number, layout=layout)


def file_name(fmt: ExportFormat, *, batch_number: int, created: date) -> str:
    """``docmatch-batch-000042-20240603.iif``; the Yardi CSV ends ``-yardi.csv``."""
    return f"docmatch-batch-{batch_number:06d}-{created:%Y%m%d}{_SUFFIXES[ExportFormat(fmt)]}"


def media_type(fmt: ExportFormat) -> str:
    """The Content-Type to serve the file with."""
    return _MEDIA_TYPES[ExportFormat(fmt)]
