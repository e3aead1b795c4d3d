"""One document against the books: every kind of match, in the order each needs the last.

The vendor comes first (the others lean on it: its history codes the lines, its ledger
holds the duplicates, its POs are the candidates), then the property and unit, the GL
account of each line, the PO and the duplicates. ``Matches.to_json()`` is the "matches"
object of ``docmatch extract --format json``.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from matching import rules
from matching.candidates import Ranking
from matching.csvimport import parse_day, parse_money
from matching.duplicates import find_duplicates
from matching.gl import rank_gl
from matching.index import MatchIndex
from matching.orders import match_order
from matching.places import match_property
from matching.vendors import match_vendor


@dataclass(frozen=True, slots=True)
class Matches:
    vendor: Ranking
    new_vendor_likely: bool
    property: Ranking
    unit: str | None
    lines: tuple[Ranking, ...]  # the GL ranking of each line item, in order
    po: Ranking
    duplicates: Ranking  # ``chosen`` is the earlier copy this document duplicates
    flags: tuple[str, ...]  # what a reviewer must look at: PO disagreements, a duplicate

    @builtins.property  # the field 'property' hides the builtin here
    def notes(self) -> tuple[str, ...]:
        """Why a vendor, property or line account was not chosen."""
        found = [
            f"{what}: {ranking.note}"
            for what, ranking in (("vendor", self.vendor), ("property", self.property))
            if ranking.chosen is None and ranking.note
        ]
        if self.new_vendor_likely:
            found.append("vendor: likely a new vendor")
        for number, line in enumerate(self.lines, start=1):
            if line.chosen is None and line.note:
                found.append(f"line {number}: {line.note}")
        return tuple(found)

    def to_json(self) -> dict[str, object]:
        return {
            "vendor": self.vendor.to_json(),
            "property": self.property.to_json(),
            "lines": [{"gl": line.to_json()} for line in self.lines],
            "po": self.po.to_json(),
            "duplicates": self.duplicates.to_json(),
            "chosen": {
                "vendor": _id(self.vendor),
                "property": _id(self.property),
                "unit": self.unit,
                "lines": [{"gl": _id(line)} for line in self.lines],
                "po": _id(self.po),
                "duplicate_of": _id(self.duplicates),
            },
            "new_vendor_likely": self.new_vendor_likely,
            "notes": list(self.notes),
            "flags": list(self.flags),
        }


def _id(ranking: Ranking) -> str | None:
    return ranking.chosen.id if ranking.chosen else None


def match_document(
    index: MatchIndex,
    *,
    fields: Mapping[str, str],
    line_items: Sequence[Mapping[str, str]] = (),
    property_hint: str | None = None,
    document_id: str | None = None,
    top: int = 3,
) -> Matches:
    """Rank the books' candidates for one document's fields (extraction's normalised strings).

    ``document_id`` is this document's own id, so that an index holding it already does not
    report it as its own duplicate.
    """
    vendor = match_vendor(index, fields, top)
    vendor_code = vendor.ranking.chosen.id if vendor.ranking.chosen else None
    place = match_property(index, fields, property_hint, top)
    property_code = place.ranking.chosen.id if place.ranking.chosen else None
    lines = tuple(rank_gl(index, vendor_code, line, top) for line in line_items)
    amount = _money(fields.get("total") or fields.get("amount_due") or "")
    order = match_order(
        index,
        fields,
        vendor_code=vendor_code,
        property_code=property_code,
        amount=amount,
        top=top,
    )
    duplicates = find_duplicates(
        index,
        vendor_codes=_vendors_to_check(vendor.ranking, vendor_code),
        invoice_number=fields.get("invoice_number", ""),
        invoice_date=_day(fields.get("invoice_date", "")),
        amount=amount,
        document_id=document_id,
        top=top,
    )
    flags = list(order.flags)
    if place.note:
        flags.append(place.note)
    if duplicates.chosen:
        flags.append(f"duplicate of {duplicates.chosen.id}: {', '.join(duplicates.chosen.reasons)}")
    return Matches(
        vendor=vendor.ranking,
        new_vendor_likely=vendor.new_vendor_likely,
        property=place.ranking,
        unit=place.unit,
        lines=lines,
        po=order.ranking,
        duplicates=duplicates,
        flags=tuple(flags),
    )


def _vendors_to_check(ranking: Ranking, chosen: str | None) -> list[str]:
    """The chosen vendor; when none is, every candidate that could have been."""
    if chosen:
        return [chosen]
    minimum = rules.scoring("vendor")["choose_min"]
    return [c.id for c in ranking.candidates if c.score >= minimum]


def _money(text: str) -> Decimal | None:
    try:
        return parse_money(text) if text.strip() else None
    except ValueError:
        return None


def _day(text: str) -> date | None:
    try:
        return parse_day(text) if text.strip() else None
    except ValueError:
        return None
