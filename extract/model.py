"""What extraction returns, and the hints it can be given: small frozen dataclasses."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from types import MappingProxyType

from docmatch.types import BBox, DocumentType

HEADER_FIELDS = (
    "vendor_name",
    "vendor_address",
    "vendor_phone",
    "vendor_email",
    "vendor_tax_id",
    "remit_to_address",
    "customer_name",
    "bill_to_address",
    "service_address",
    "invoice_number",
    "invoice_date",
    "due_date",
    "po_number",
    "account_number",
    "service_period_start",
    "service_period_end",
    "payment_terms",
    "currency",
    "subtotal",
    "tax",
    "total",
    "amount_due",
    "previous_balance",
)


@dataclass(frozen=True, slots=True)
class Classification:
    document_type: DocumentType
    score: float  # 0..1
    evidence: tuple[str, ...]  # the words that decided it
    hint: DocumentType | None = None
    hint_disagrees: bool = False


@dataclass(frozen=True, slots=True)
class ExtractedField:
    """One field: its normalised value, the text as printed and where it was found."""

    name: str
    value: str  # dates YYYY-MM-DD, amounts "1234.50", currency ISO code
    text: str
    confidence: float
    page: int
    bbox: BBox
    method: str  # which rule, template or learned layout found it
    alternatives: tuple[ExtractedField, ...] = ()

    def as_decimal(self) -> Decimal:
        return Decimal(self.value)

    def as_date(self) -> dt.date:
        return dt.date.fromisoformat(self.value)


@dataclass(frozen=True, slots=True)
class LineItem:
    description: str
    amount: Decimal | None
    quantity: Decimal | None = None
    unit_price: Decimal | None = None
    date: dt.date | None = None
    page: int = 1
    bbox: BBox = (0.0, 0.0, 0.0, 0.0)
    confidence: float = 0.0


@dataclass(frozen=True, slots=True)
class Check:
    """A cross-check between fields; its outcome has already moved their confidence."""

    name: str
    passed: bool
    detail: str
    fields: tuple[str, ...]


def _frozen(mapping: Mapping[str, ExtractedField]) -> Mapping[str, ExtractedField]:
    return MappingProxyType(dict(mapping))


@dataclass(frozen=True, slots=True)
class Extraction:
    classification: Classification
    language: str  # ISO 639-1
    fields: Mapping[str, ExtractedField] = field(default_factory=dict)
    line_items: tuple[LineItem, ...] = ()
    checks: tuple[Check, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "fields", _frozen(self.fields))

    @property
    def document_type(self) -> DocumentType:
        return self.classification.document_type


@dataclass(frozen=True, slots=True)
class LearnedLocation:
    """Where a reviewer confirmed a field on an earlier document of the same vendor.

    ``box`` is relative to the page (0..1 on both axes), so it survives a change of
    resolution; ``label`` is the label text seen next to the value, if any.
    """

    field: str
    page: int
    box: BBox
    label: str | None = None


@dataclass(frozen=True, slots=True)
class ExtractionHints:
    """What is known before reading: the vendor and what corrections taught about it.

    Learned locations are tried first and found values carry method ``learned_layout``.
    ``day_first`` and ``currency`` settle what the document alone may leave open.
    """

    vendor_id: str | None = None
    vendor_name: str | None = None
    layout: tuple[LearnedLocation, ...] = ()
    language: str | None = None
    day_first: bool | None = None
    currency: str | None = None
