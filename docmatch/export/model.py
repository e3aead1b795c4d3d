"""What an export is made of: the formats, the invoice and line values, and the checks
that keep an unbalanced or malformed invoice out of every file."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from docmatch.errors import DocmatchError

CENT = Decimal("0.01")
# TRANNUM is batch_number * TRANNUM_SPAN + position, so a batch holds fewer invoices.
TRANNUM_SPAN = 10_000


class ExportFormat(StrEnum):
    YARDI = "yardi"
    QUICKBOOKS = "quickbooks"
    CSV = "csv"
    JSON = "json"


@dataclass(frozen=True, slots=True)
class ExportLine:
    description: str
    amount: Decimal
    gl_account: str
    property_code: str
    unit: str | None = None


@dataclass(frozen=True, slots=True)
class ExportInvoice:
    document_id: str
    vendor_code: str
    vendor_name: str
    invoice_number: str
    invoice_date: date
    due_date: date | None
    post_month: date  # only year and month are written
    po_number: str | None
    total: Decimal
    remark: str
    image_path: str
    lines: tuple[ExportLine, ...]


class ExportError(DocmatchError):
    """A batch that cannot be written as a file the accounting system would accept."""

    code = "export_error"


class UnbalancedInvoice(ExportError):
    """The lines of an invoice do not add up to its total."""

    code = "unbalanced_invoice"


def check_batch(invoices: Sequence[ExportInvoice], *, batch_number: int) -> None:
    """Raise :class:`ExportError` unless every invoice can be written as it is."""
    if batch_number < 1:
        raise ExportError(f"Batch number must be 1 or more, not {batch_number}.")
    if len(invoices) >= TRANNUM_SPAN:
        raise ExportError(
            f"A batch holds at most {TRANNUM_SPAN - 1} invoices; this one has {len(invoices)}."
            " Split it into smaller batches."
        )
    seen: set[str] = set()
    for invoice in invoices:
        if invoice.document_id in seen:
            raise ExportError(f"Document {invoice.document_id} appears twice in the batch.")
        seen.add(invoice.document_id)
        check_invoice(invoice)


def check_invoice(invoice: ExportInvoice) -> None:
    """Raise unless the invoice has lines, amounts in whole cents, and lines that sum to
    its total."""
    label = f"Invoice {invoice.invoice_number} of {invoice.vendor_name}"
    if not invoice.lines:
        raise ExportError(f"{label} has no lines to export.")
    for amount in (invoice.total, *(line.amount for line in invoice.lines)):
        if not amount.is_finite() or amount != amount.quantize(CENT):
            raise ExportError(f"{label}: amount {amount} is not in whole cents.")
    lines_sum = sum((line.amount for line in invoice.lines), Decimal(0))
    if lines_sum != invoice.total:
        raise UnbalancedInvoice(
            f"{label}: lines add up to {money(lines_sum)} but the total is"
            f" {money(invoice.total)} (difference {money(invoice.total - lines_sum)})."
            " Correct the lines or the total before exporting."
        )


def trannum(*, batch_number: int, position: int) -> int:
    """The Yardi transaction number of the invoice at ``position`` (1-based) in a batch:
    unique within the batch and across batches."""
    return batch_number * TRANNUM_SPAN + position


def money(amount: Decimal) -> str:
    """``1234.5`` -> ``"1234.50"``: two decimals, no grouping, never ``-0.00``."""
    text = f"{amount.quantize(CENT):f}"
    return "0.00" if text == "-0.00" else text
