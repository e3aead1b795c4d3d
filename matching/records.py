"""Master-data records: the company's books as plain frozen values.

Each record names its natural ``key`` (what identifies it across imports, so that storing
the same file twice changes nothing). ``MasterKind`` is the registry of the kinds of master
data; ``RECORD_TYPES`` says which record each kind holds. A new kind (charge schedules,
resident ledgers) joins both, plus its columns in ``matching.csvimport``.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum


class MasterKind(StrEnum):
    VENDORS = "vendors"
    PROPERTIES = "properties"
    GL_ACCOUNTS = "gl-accounts"
    AP_ITEMS = "ap-items"
    AR_ITEMS = "ar-items"
    PURCHASE_ORDERS = "purchase-orders"


@dataclass(frozen=True, slots=True)
class Vendor:
    code: str
    name: str
    aliases: tuple[str, ...] = ()
    address: str = ""
    phone: str = ""
    email: str = ""
    tax_id: str = ""
    default_gl: str = ""
    remit_to_address: str = ""

    @property
    def key(self) -> str:
        return self.code


@dataclass(frozen=True, slots=True)
class Property:
    code: str
    name: str
    address: str = ""
    city: str = ""
    state: str = ""
    zip: str = ""
    units: tuple[str, ...] = ()
    approver: str = ""

    @property
    def key(self) -> str:
        return self.code

    @property
    def full_address(self) -> str:
        parts = (self.address, self.city, f"{self.state} {self.zip}".strip())
        return ", ".join(part for part in parts if part)


@dataclass(frozen=True, slots=True)
class GlAccount:
    account: str
    name: str
    type: str = ""

    @property
    def key(self) -> str:
        return self.account


@dataclass(frozen=True, slots=True)
class ApItem:
    """A vendor invoice already in the payables ledger."""

    vendor_code: str
    invoice_number: str
    invoice_date: date
    amount: Decimal
    status: str = ""
    paid_date: date | None = None
    property: str = ""
    gl_account: str = ""
    description: str = ""

    @builtins.property  # the field 'property' hides the builtin here
    def key(self) -> tuple[str, str]:
        return (self.vendor_code, self.invoice_number)


@dataclass(frozen=True, slots=True)
class ArItem:
    """An invoice the company issued to a customer (a resident or a property)."""

    customer: str
    invoice_number: str
    invoice_date: date
    amount: Decimal
    balance: Decimal | None = None
    property: str = ""

    @builtins.property  # the field 'property' hides the builtin here
    def key(self) -> tuple[str, str]:
        return (self.customer, self.invoice_number)


CLOSED_PO_STATUSES = frozenset(
    {"closed", "cancelled", "canceled", "void", "completed", "cerrada", "cancelada", "cerrado"}
)


@dataclass(frozen=True, slots=True)
class PurchaseOrder:
    po_number: str
    vendor_code: str
    amount: Decimal
    property: str = ""
    status: str = "open"

    @builtins.property  # the field 'property' hides the builtin here
    def key(self) -> str:
        return self.po_number

    @builtins.property  # the field 'property' hides the builtin here
    def is_open(self) -> bool:
        return self.status not in CLOSED_PO_STATUSES


@dataclass(frozen=True, slots=True)
class SeenDocument:
    """A document docmatch has already taken in, for duplicate detection."""

    document_id: str
    vendor_code: str
    invoice_number: str
    invoice_date: date | None
    amount: Decimal | None


MasterRecord = Vendor | Property | GlAccount | ApItem | ArItem | PurchaseOrder

RECORD_TYPES: dict[MasterKind, type] = {
    MasterKind.VENDORS: Vendor,
    MasterKind.PROPERTIES: Property,
    MasterKind.GL_ACCOUNTS: GlAccount,
    MasterKind.AP_ITEMS: ApItem,
    MasterKind.AR_ITEMS: ArItem,
    MasterKind.PURCHASE_ORDERS: PurchaseOrder,
}
