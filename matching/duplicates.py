"""Has this invoice been seen before: in the payables ledger or as an earlier document.

A duplicate is the same vendor and invoice number after normalising (``INV-000123`` ~
``123``), or the same vendor and amount dated within a few days. Each candidate links to
the earlier ledger row (``ap-item:VENDOR:NUMBER``) or document (``document:ID``); the best
one scoring enough is chosen as the document's ``duplicate_of``, so it is not exported twice.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any

from matching import rules
from matching.candidates import Candidate, Evidence, Ranking, ranked
from matching.index import MatchIndex
from matching.normalize import normalize_invoice_number
from matching.records import ApItem, SeenDocument

_VOID = frozenset({"void", "voided", "cancelled", "canceled", "anulada", "cancelada"})


def find_duplicates(
    index: MatchIndex,
    *,
    vendor_codes: Iterable[str],
    invoice_number: str,
    invoice_date: date | None,
    amount: Decimal | None,
    document_id: str | None = None,
    top: int = 3,
) -> Ranking:
    weights = rules.scoring("duplicates")
    number = normalize_invoice_number(invoice_number)
    evidence: dict[str, Evidence] = {}
    names: dict[str, str] = {}
    for code in vendor_codes:
        earlier: list[ApItem | SeenDocument] = []
        if number:
            earlier += index.ledger_by_number.get((code, number))
            earlier += index.documents_by_number.get((code, number))
        if amount is not None:
            earlier += index.ledger_by_amount.get((code, amount))
            earlier += index.documents_by_amount.get((code, amount))
        for record in earlier:
            key, name = _link(record)
            if key in evidence or key == f"document:{document_id}":
                continue
            proof = _evidence(record, number, invoice_date, amount, weights)
            if proof.found and isinstance(record, ApItem) and record.status in _VOID:
                # a voided row still counts: the same invoice again is worth a look
                proof.conflict(weights["void_factor"], f"the ledger row is {record.status}")
            if proof.found:
                evidence[key], names[key] = proof, name
    candidates = ranked(evidence, names, top)
    return _flagged(candidates, weights["flag_min"])


def _evidence(
    record: ApItem | SeenDocument,
    number: str,
    invoice_date: date | None,
    amount: Decimal | None,
    weights: dict[str, Any],
) -> Evidence:
    proof = Evidence()
    same_number = bool(number) and normalize_invoice_number(record.invoice_number) == number
    same_amount = amount is not None and record.amount == amount
    if same_number:
        proof.add(weights["invoice_number"], f"invoice number {record.invoice_number} equal")
        if same_amount:
            proof.add(weights["amount_equal"], "amount equal")
    elif same_amount and invoice_date is not None and record.invoice_date is not None:
        apart = abs((invoice_date - record.invoice_date).days)
        if apart <= weights["date_window_days"]:
            strength = weights["amount_and_date"] - weights["per_day_apart"] * apart
            dated = "the same day" if apart == 0 else f"{apart} days apart"
            proof.add(strength, f"amount {amount:,.2f} equal, dated {dated}")
    return proof


def _link(record: ApItem | SeenDocument) -> tuple[str, str]:
    if isinstance(record, SeenDocument):
        key = f"document:{record.document_id}"
    else:
        key = f"ap-item:{record.vendor_code}:{record.invoice_number}"
    dated = record.invoice_date.isoformat() if record.invoice_date else "undated"
    amount = f"{record.amount:,.2f}" if record.amount is not None else "no amount"
    return key, f"{record.vendor_code} {record.invoice_number} of {dated}, {amount}"


def _flagged(candidates: list[Candidate], minimum: int) -> Ranking:
    if candidates and candidates[0].score >= minimum:
        return Ranking(tuple(candidates), candidates[0], "")
    return Ranking(tuple(candidates), None, "no earlier copy found")
