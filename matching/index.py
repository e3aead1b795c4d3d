"""The one-time index of the master data that every match reads.

``MatchIndex.build(...)`` takes the records once (100,000 vendors and 1,000,000 ledger
rows take seconds) and keeps them keyed by what a document can be looked up by: vendor tax
id, phone, e-mail and domain, address; name trigrams; property zip, street number and
name; GL chart words and each vendor's coding history; POs and ledger rows by normalised
number; ledger rows by vendor and amount. Matching then touches only a few hundred
records per document. ``add_document`` registers a document taken in after the build, so a
later copy of it is caught as a duplicate; the index is otherwise read-only.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from matching.address import Address, parse_address
from matching.chart import Chart
from matching.history import VendorHistory, build_histories
from matching.names import NameIndex
from matching.normalize import (
    email_parts,
    fold_text,
    free_mail_domains,
    normalize_invoice_number,
    normalize_phone,
    normalize_tax_id,
)
from matching.records import (
    ApItem,
    GlAccount,
    Property,
    PurchaseOrder,
    SeenDocument,
    Vendor,
)

T = TypeVar("T")


class MultiMap(Generic[T]):
    """key -> values, holding a lone value without a list (most keys have one)."""

    def __init__(self) -> None:
        self._map: dict[Hashable, T | list[T]] = {}

    def add(self, key: Hashable, value: T) -> None:
        held = self._map.get(key)
        if held is None:
            self._map[key] = value
        elif isinstance(held, list):
            held.append(value)
        else:
            self._map[key] = [held, value]

    def get(self, key: Hashable) -> list[T]:
        held = self._map.get(key)
        if held is None:
            return []
        return held if isinstance(held, list) else [held]

    def __len__(self) -> int:
        return len(self._map)


@dataclass(frozen=True, slots=True)
class VendorKeys:
    """A vendor's identifiers in the normal forms documents are compared in."""

    tax_id: str
    phone: str
    email: str
    domain: str  # empty for free-mail providers
    address: Address
    remit_to: Address


def code_key(code: str) -> str:
    """A code as a folder or a person may write it: ``oak-ridge`` ~ ``OAKRIDGE``."""
    return re.sub(r"[^A-Z0-9]", "", fold_text(code))


def place_keys(address: Address) -> list[tuple[str, str]]:
    """Blocking keys of an address: its number with its zip, and with its street's first word."""
    if not address.number:
        return []
    keys = [("zip", f"{address.number} {address.zip}")] if address.zip else []
    if address.street:
        keys.append(("street", f"{address.number} {address.street.split()[0]}"))
    return keys


class MatchIndex:
    """Everything ``match_document`` looks up; build it once with ``MatchIndex.build``."""

    def __init__(self) -> None:
        self.vendors: list[Vendor] = []
        self.vendor_keys: list[VendorKeys] = []
        self.vendor_position: dict[str, int] = {}
        self.by_tax_id: MultiMap[int] = MultiMap()
        self.by_phone: MultiMap[int] = MultiMap()
        self.by_email: MultiMap[int] = MultiMap()
        self.by_domain: MultiMap[int] = MultiMap()
        self.by_place: MultiMap[int] = MultiMap()
        self.vendor_names = NameIndex([])
        self.properties: list[Property] = []
        self.property_addresses: list[Address] = []
        self.property_names = NameIndex([])
        self.properties_by_place: MultiMap[int] = MultiMap()
        self.property_position: dict[str, int] = {}
        self.property_by_code_key: dict[str, int] = {}  # code without case or punctuation
        self.chart = Chart([])
        self.histories: dict[str, VendorHistory] = {}
        self.ledger_by_number: MultiMap[ApItem] = MultiMap()
        self.ledger_by_amount: MultiMap[ApItem] = MultiMap()
        self.documents_by_number: MultiMap[SeenDocument] = MultiMap()
        self.documents_by_amount: MultiMap[SeenDocument] = MultiMap()
        self.purchase_orders: MultiMap[PurchaseOrder] = MultiMap()
        self.open_orders_by_vendor: MultiMap[PurchaseOrder] = MultiMap()

    @classmethod
    def build(
        cls,
        vendors: Iterable[Vendor] = (),
        properties: Iterable[Property] = (),
        gl_accounts: Iterable[GlAccount] = (),
        ap_items: Iterable[ApItem] = (),
        purchase_orders: Iterable[PurchaseOrder] = (),
        documents: Iterable[SeenDocument] = (),
    ) -> MatchIndex:
        index = cls()
        index._add_vendors(list(vendors))
        index._add_properties(list(properties))
        index.chart = Chart(list(gl_accounts))
        items = ap_items if isinstance(ap_items, Sequence) else list(ap_items)
        index.histories = build_histories(items)
        for item in items:
            index._add_ledger_item(item)
        for order in purchase_orders:
            index.purchase_orders.add(normalize_invoice_number(order.po_number), order)
            if order.is_open:
                index.open_orders_by_vendor.add(order.vendor_code, order)
        for document in documents:
            index.add_document(document)
        return index

    def vendor(self, code: str) -> Vendor | None:
        position = self.vendor_position.get(code)
        return None if position is None else self.vendors[position]

    def add_document(self, document: SeenDocument) -> None:
        """Remember a document taken in, so that a later copy of it is found as a duplicate."""
        number = normalize_invoice_number(document.invoice_number)
        if number:
            self.documents_by_number.add((document.vendor_code, number), document)
        if document.amount is not None:
            self.documents_by_amount.add((document.vendor_code, document.amount), document)

    def _add_vendors(self, vendors: list[Vendor]) -> None:
        free = free_mail_domains()
        self.vendors = vendors
        for position, vendor in enumerate(vendors):
            self.vendor_position[vendor.code] = position
            email, domain = email_parts(vendor.email)
            keys = VendorKeys(
                tax_id=normalize_tax_id(vendor.tax_id),
                phone=normalize_phone(vendor.phone),
                email=email,
                domain="" if domain in free else domain,
                address=parse_address(vendor.address),
                remit_to=parse_address(vendor.remit_to_address),
            )
            self.vendor_keys.append(keys)
            for lookup, key in (
                (self.by_tax_id, keys.tax_id),
                (self.by_phone, keys.phone),
                (self.by_email, keys.email),
                (self.by_domain, keys.domain),
            ):
                if key:
                    lookup.add(key, position)
            for place in {*place_keys(keys.address), *place_keys(keys.remit_to)}:
                self.by_place.add(place, position)
        self.vendor_names = NameIndex([(v.name, *v.aliases) for v in vendors])

    def _add_properties(self, properties: list[Property]) -> None:
        self.properties = properties
        for position, place in enumerate(properties):
            self.property_position[place.code] = position
            self.property_by_code_key[code_key(place.code)] = position
            address = parse_address(place.full_address)
            self.property_addresses.append(address)
            for key in place_keys(address):
                self.properties_by_place.add(key, position)
            if address.zip:
                self.properties_by_place.add(("zip only", address.zip), position)
        self.property_names = NameIndex([(p.name,) for p in properties])

    def _add_ledger_item(self, item: ApItem) -> None:
        number = normalize_invoice_number(item.invoice_number)
        if number:
            self.ledger_by_number.add((item.vendor_code, number), item)
        self.ledger_by_amount.add((item.vendor_code, item.amount), item)
