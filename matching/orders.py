"""The purchase order a document bills against, and where it disagrees with the PO.

A PO number on the document links to that PO (``PO-0045`` ~ ``45``); a closed PO counts
less. Vendor, property or amount that differ from the PO are flagged. Without a number, an
open PO of the same vendor for the same amount is suggested.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from matching import rules
from matching.candidates import Evidence, Ranking, ranked
from matching.index import MatchIndex
from matching.normalize import normalize_invoice_number
from matching.records import PurchaseOrder


@dataclass(frozen=True, slots=True)
class OrderMatch:
    ranking: Ranking
    flags: tuple[str, ...]  # disagreements with the chosen PO, for a reviewer


def match_order(
    index: MatchIndex,
    fields: Mapping[str, str],
    *,
    vendor_code: str | None,
    property_code: str | None,
    amount: Decimal | None,
    top: int = 3,
) -> OrderMatch:
    weights = rules.scoring("po")
    number = normalize_invoice_number(fields.get("po_number", ""))
    evidence: dict[str, Evidence] = {}
    orders: dict[str, PurchaseOrder] = {}
    if number:
        for order in index.purchase_orders.get(number):
            proof = evidence.setdefault(order.po_number, Evidence())
            proof.add(weights["number"], "PO number equal")
            if not order.is_open:
                proof.conflict(weights["closed_factor"], f"PO is {order.status}")
            orders[order.po_number] = order
    elif vendor_code and amount is not None:
        for order in index.open_orders_by_vendor.get(vendor_code):
            if order.amount == amount:
                reason = "open PO of this vendor for the same amount"
                evidence.setdefault(order.po_number, Evidence()).add(
                    weights["same_amount_open"], reason
                )
                orders[order.po_number] = order
    disagreements = {
        key: _disagreements(order, vendor_code, property_code, amount, weights)
        for key, order in orders.items()
    }
    for key, found in disagreements.items():
        for flag in found:
            evidence[key].conflict(1.0, flag)
    names = {key: f"{key} ({o.vendor_code}, {o.amount:,.2f})" for key, o in orders.items()}
    candidates = ranked(evidence, names, top)
    if not candidates:
        note = f"no PO {fields.get('po_number', '')} in the books" if number else "no PO"
        return OrderMatch(Ranking((), None, note), ())
    chosen = candidates[0]
    order = orders[chosen.id]
    closed = () if order.is_open else (f"PO {order.po_number} is {order.status}",)
    return OrderMatch(Ranking(tuple(candidates), chosen, ""), disagreements[chosen.id] + closed)


def _disagreements(
    order: PurchaseOrder,
    vendor_code: str | None,
    property_code: str | None,
    amount: Decimal | None,
    weights: dict[str, object],
) -> tuple[str, ...]:
    flags = []
    if vendor_code and order.vendor_code != vendor_code:
        flags.append(f"PO {order.po_number} is for vendor {order.vendor_code}, not {vendor_code}")
    if property_code and order.property and order.property != property_code:
        flags.append(f"PO {order.po_number} is for property {order.property}, not {property_code}")
    tolerance = Decimal(str(weights["amount_tolerance"]))
    if amount is not None and abs(amount - order.amount) > tolerance:
        relation = "exceeds" if amount > order.amount else "is below"
        flags.append(
            f"total {amount:,.2f} {relation} PO {order.po_number} amount {order.amount:,.2f}"
        )
    return tuple(flags)
