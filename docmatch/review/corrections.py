"""A reviewer's corrections: field values, line items, and the vendor, property, unit, PO,
GL accounts or duplicate chosen for a document.

A corrected field keeps where it is printed (the box the reviewer marked, or the box of the
alternative they picked) and is marked ``method: reviewer`` with confidence 1, which is
what learning reads at confirmation. Codes are checked against the books when the books
hold that kind of record.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from docmatch.models import Document
from docmatch.review import books
from docmatch.review.audit import Change
from docmatch.review.content import day, extraction_of, matches_of, money, replace_json
from docmatch.review.errors import InvalidChange
from docmatch.types import BBox
from extract import HEADER_FIELDS
from matching.records import MasterKind, Property

DATE_FIELDS = frozenset({"invoice_date", "due_date", "service_period_start", "service_period_end"})
AMOUNT_FIELDS = frozenset({"subtotal", "tax", "total", "amount_due", "previous_balance"})
CHOICES = ("vendor", "property", "unit", "po", "duplicate_of", "lines")


@dataclass(frozen=True, slots=True)
class FieldCorrection:
    value: str
    page: int | None = None
    bbox: BBox | None = None


@dataclass(frozen=True, slots=True)
class LineCorrection:
    description: str
    amount: Decimal
    quantity: Decimal | None = None
    unit_price: Decimal | None = None
    date: date | None = None
    gl_account: str | None = None


@dataclass(frozen=True, slots=True)
class Correction:
    """``fields``: a name to its new value, or to None to remove it. ``line_items``: the
    whole new list, or None to keep it. ``choices``: only the keys given change
    (``vendor``, ``property``, ``unit``, ``po``, ``duplicate_of``; ``lines``: a GL account
    per line)."""

    fields: Mapping[str, FieldCorrection | None] = field(default_factory=dict)
    line_items: Sequence[LineCorrection] | None = None
    choices: Mapping[str, Any] = field(default_factory=dict)


def apply_correction(
    session: Session, *, document: Document, correction: Correction, reviewer: str
) -> list[Change]:
    """Apply every part of the correction or none (:class:`InvalidChange`); the changes."""
    extraction, matches = extraction_of(document), matches_of(document)
    changes = _correct_fields(extraction, correction.fields)
    if correction.line_items is not None:
        changes += _replace_lines(extraction, matches, correction.line_items, session)
    changes += _choose(session, document, matches, correction.choices, reviewer)
    replace_json(document, extraction=extraction, matches=matches)
    return changes


def _correct_fields(
    extraction: dict[str, Any], corrections: Mapping[str, FieldCorrection | None]
) -> list[Change]:
    fields: dict[str, Any] = extraction.setdefault("fields", {})
    changes = []
    for name, correction in corrections.items():
        if name not in HEADER_FIELDS:
            raise InvalidChange(f"Unknown field {name!r}; fields are {', '.join(HEADER_FIELDS)}.")
        old = fields.get(name)
        old_value = old.get("value") if old else None
        if correction is None:
            if old is not None:
                del fields[name]
                changes.append(Change(f"fields.{name}", old_value, None))
            continue
        new_value = normalized(name, correction.value)
        fields[name] = _corrected_field(old, new_value, correction)
        if new_value != old_value:
            changes.append(Change(f"fields.{name}", old_value, new_value))
    return changes


def normalized(name: str, text: str) -> str:
    """A field value in the form extraction writes it: ISO dates, amounts with two decimals."""
    text = text.strip()
    if name in DATE_FIELDS:
        when = day(text)
        if when is None:
            raise InvalidChange(f"{name} must be a date written YYYY-MM-DD, not {text!r}.")
        return when.isoformat()
    if name in AMOUNT_FIELDS:
        amount = money(text.replace(",", ""))
        if amount is None:
            raise InvalidChange(f"{name} must be an amount such as 1234.50, not {text!r}.")
        return f"{amount:f}"
    if name == "currency":
        if len(text) != 3 or not text.isalpha():
            raise InvalidChange(f"currency must be an ISO code such as USD, not {text!r}.")
        return text.upper()
    if not text:
        raise InvalidChange(f"{name} cannot be empty; send null to remove it.")
    return text


def _corrected_field(
    old: dict[str, Any] | None, value: str, correction: FieldCorrection
) -> dict[str, Any]:
    page, bbox = correction.page, list(correction.bbox) if correction.bbox else None
    if bbox is None and old:
        # Picking what was read (or one of its alternatives) keeps where it was printed.
        for seen in [old, *old.get("alternatives", [])]:
            if seen.get("value") == value and seen.get("bbox"):
                page, bbox = seen.get("page"), seen["bbox"]
                break
    return {
        "value": value,
        "text": value,
        "confidence": 1.0,
        "page": page,
        "bbox": bbox,
        "method": "reviewer",
        "read_as": old.get("value") if old else None,
    }


def _replace_lines(
    extraction: dict[str, Any],
    matches: dict[str, Any],
    lines: Sequence[LineCorrection],
    session: Session,
) -> list[Change]:
    old_items = extraction.get("line_items") or []
    old_gl = [(line or {}).get("gl") for line in matches["chosen"].get("lines") or []]
    for line in lines:
        if line.gl_account:
            _check_code(session, MasterKind.GL_ACCOUNTS, line.gl_account, "GL account")
    extraction["line_items"] = [_line_json(line) for line in lines]
    rankings = matches.get("lines") or []
    matches["lines"] = [
        rankings[n]
        if n < len(rankings)
        and n < len(old_items)
        and old_items[n].get("description") == line.description
        else {"gl": []}
        for n, line in enumerate(lines)
    ]
    matches["chosen"]["lines"] = [{"gl": line.gl_account} for line in lines]
    old = [_line_summary(item, gl) for item, gl in _padded(old_items, old_gl)]
    new = [_line_summary(_line_json(line), line.gl_account) for line in lines]
    return [Change("line_items", old, new)] if old != new else []


def _line_json(line: LineCorrection) -> dict[str, Any]:
    data: dict[str, Any] = {
        "description": line.description.strip(),
        "quantity": None if line.quantity is None else f"{line.quantity.normalize():f}",
        "unit_price": None if line.unit_price is None else f"{money(str(line.unit_price)):f}",
        "amount": f"{money(str(line.amount)):f}",
        "page": None,
        "bbox": None,
        "confidence": 1.0,
    }
    if line.date is not None:
        data["date"] = line.date.isoformat()
    return data


def _padded(items: list[dict[str, Any]], gl: list[str | None]) -> list[tuple[dict[str, Any], Any]]:
    return [(item, gl[n] if n < len(gl) else None) for n, item in enumerate(items)]


def _line_summary(item: dict[str, Any], gl: str | None) -> dict[str, Any]:
    return {"description": item.get("description"), "amount": item.get("amount"), "gl": gl}


def _choose(
    session: Session,
    document: Document,
    matches: dict[str, Any],
    choices: Mapping[str, Any],
    reviewer: str,
) -> list[Change]:
    chosen: dict[str, Any] = matches["chosen"]
    changes = []
    for key, new in choices.items():
        if key not in CHOICES:
            raise InvalidChange(f"Unknown choice {key!r}; choices are {', '.join(CHOICES)}.")
        old: Any
        if key == "lines":
            accounts = _choose_lines(session, matches, new)
            old, new = [(line or {}).get("gl") for line in chosen.get("lines") or []], accounts
            chosen["lines"] = [{"gl": gl} for gl in accounts]
        else:
            code = _checked_choice(session, document, key, new, chosen)
            old, new = chosen.get(key), code
            chosen[key] = code
            if key in ("vendor", "property") and code:
                _put_first(matches, key, code, reviewer, session)
        if old != new:
            changes.append(Change(f"matches.{key}", old, new))
    return changes


def _choose_lines(session: Session, matches: dict[str, Any], accounts: Any) -> list[str | None]:
    count = len(matches.get("lines") or [])
    if not isinstance(accounts, list) or len(accounts) != count:
        raise InvalidChange(f"lines must list one GL account (or null) for each of {count} lines.")
    for account in accounts:
        if account:
            _check_code(session, MasterKind.GL_ACCOUNTS, account, "GL account")
    return [account or None for account in accounts]


def _checked_choice(
    session: Session, document: Document, key: str, code: Any, chosen: dict[str, Any]
) -> str | None:
    if code is None:
        return None
    code = str(code).strip()
    if key == "vendor":
        _check_code(session, MasterKind.VENDORS, code, "vendor")
    elif key == "property":
        place = books.property_record(session, code)
        if place is None and books.has_any(session, MasterKind.PROPERTIES):
            raise InvalidChange(f"No property with code {code!r} in the books.")
        return place.code if place else code
    elif key == "unit":
        place = books.property_record(session, str(chosen.get("property") or ""))
        if isinstance(place, Property) and place.units and code not in place.units:
            raise InvalidChange(f"Property {place.code} has no unit {code!r}.")
    elif key == "po":
        _check_code(session, MasterKind.PURCHASE_ORDERS, code, "purchase order")
    elif key == "duplicate_of":
        exists = session.scalar(select(Document.id).where(Document.id == code))
        if exists is None or code == document.id:
            raise InvalidChange(f"duplicate_of must be another document's id, not {code!r}.")
    return code


def _check_code(session: Session, kind: MasterKind, code: str, what: str) -> None:
    if books.lookup(session, kind, code) is None and books.has_any(session, kind):
        raise InvalidChange(f"No {what} with code {code!r} in the books.")


def _put_first(
    matches: dict[str, Any], key: str, code: str, reviewer: str, session: Session
) -> None:
    """The reviewer's choice heads the candidates, so the chosen one is always listed."""
    record = (
        books.vendor(session, code) if key == "vendor" else books.property_record(session, code)
    )
    name = record.name if record else code
    others = [c for c in matches.get(key) or [] if c.get("id") != code]
    matches[key] = [
        {"id": code, "name": name, "score": 100, "reasons": [f"chosen by {reviewer}"]},
        *others,
    ]
