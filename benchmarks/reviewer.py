"""A reviewer who knows the ground truth: the correction they would make to a document.

They retype every header field that was read wrong or missed (and, given ``mark``, point
at it on the page), remove what was read but is not printed, re-enter the line items when
those were read wrong (with a discount line when the invoice prints one), code every line
to its GL account and pick the vendor, property and unit. Used by the learning benchmark
and by the tests of learning.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from benchmarks.accuracy import normalise
from docmatch.review.corrections import Correction, FieldCorrection, LineCorrection
from docmatch.types import BBox
from extract import HEADER_FIELDS

Mark = Callable[[str, str], tuple[int, BBox] | None]


def correction_from_truth(
    truth: dict[str, Any], extraction: dict[str, Any], *, mark: Mark | None = None
) -> Correction:
    """``mark(field, value)`` is where the reviewer points at the value on the page (page
    and box); without it they only type the value."""
    read = {name: f.get("value") for name, f in (extraction.get("fields") or {}).items()}
    expected: dict[str, str] = truth["fields"]
    fields: dict[str, FieldCorrection | None] = {}
    for name in HEADER_FIELDS:
        want, got = expected.get(name), read.get(name)
        if want is None and got is not None:
            fields[name] = None
        elif want is not None and normalise(name, want) != normalise(name, got):
            spot = mark(name, want) if mark else None
            fields[name] = FieldCorrection(want, *spot) if spot else FieldCorrection(want)
    lines = _truth_lines(truth)
    read_amounts = [item.get("amount") for item in extraction.get("line_items") or []]
    same_lines = read_amounts == [str(line.amount) for line in lines]
    choices: dict[str, Any] = {"vendor": truth["vendor_code"]}
    if truth.get("property_code"):
        choices["property"] = truth["property_code"]
    if truth.get("unit"):
        choices["unit"] = truth["unit"]
    if same_lines:
        choices["lines"] = [line.gl_account for line in lines]
    return Correction(fields=fields, line_items=None if same_lines else lines, choices=choices)


def _truth_lines(truth: dict[str, Any]) -> list[LineCorrection]:
    accounts = truth.get("gl_accounts") or []
    lines = [
        LineCorrection(
            description=item["description"],
            amount=Decimal(item["amount"]),
            quantity=Decimal(item["quantity"]) if item.get("quantity") else None,
            unit_price=Decimal(item["unit_price"]) if item.get("unit_price") else None,
            date=date.fromisoformat(item["date"]) if item.get("date") else None,
            gl_account=accounts[n] if n < len(accounts) else None,
        )
        for n, item in enumerate(truth.get("line_items") or [])
    ]
    discount = (truth.get("adjustments") or {}).get("discount")
    if discount and lines:
        largest = max(lines, key=lambda line: line.amount)
        lines.append(LineCorrection("Discount", -Decimal(discount), gl_account=largest.gl_account))
    return lines
