"""The logical content of one generated document, before it is drawn."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any


@dataclass
class Line:
    description: str
    amount: Decimal
    gl: str
    quantity: Decimal | None = None
    unit_price: Decimal | None = None
    unit: str | None = None
    day: date | None = None
    code: str | None = None
    note: str | None = None  # a grey sub-line under the item, never part of its description
    part: bool = False  # a part or material, not labor (for tables split into sections)
    tax: Decimal | None = None  # the line's own tax, on layouts with a tax column
    name: str | None = None  # a product name printed over the description (item_names)
    group: str | None = None  # the heading the line is listed under (a rooftop unit's tag)


@dataclass
class TotalRow:
    """A row of the totals block; ``key`` names its label and its ground-truth field."""

    key: str
    amount: Decimal
    rate: Decimal | None = None


@dataclass
class Document:
    id: str
    layout: dict[str, Any]
    labels: dict[str, str]
    language: str
    kind: str  # invoice, utility or receipt
    currency: str
    vendor_code: str
    vendor_name: str
    vendor_lines: list[str]
    vendor_phone: str | None
    vendor_email: str | None
    vendor_tax_id: str | None
    logo: str
    invoice_number: str
    invoice_date: date
    lines: list[Line]
    customer_name: str | None = None
    bill_to_lines: list[str] | None = None
    service_lines: list[str] | None = None
    remit_lines: list[str] | None = None
    property_code: str | None = None
    unit: str | None = None
    due_date: date | None = None
    terms: str | None = None
    po_number: str | None = None
    account_number: str | None = None
    period: tuple[date, date] | None = None
    totals: list[TotalRow] = field(default_factory=list)
    summary: list[TotalRow] = field(default_factory=list)
    show_currency: bool = False
    extras: dict[str, Any] = field(default_factory=dict)
    duplicate_of: dict[str, str] | None = None

    def total_row(self, key: str) -> TotalRow | None:
        for row in [*self.summary, *self.totals]:
            if row.key == key:
                return row
        return None

    @property
    def total(self) -> Decimal:
        row = self.total_row("total")
        assert row is not None
        return row.amount

    @property
    def due_amount(self) -> Decimal:
        row = self.total_row("amount_due") or self.total_row("total")
        assert row is not None
        return row.amount
