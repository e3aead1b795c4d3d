"""What a confirmation teaches, and the hints it gives the next document of the vendor.

On confirmation of a document with a chosen vendor:
- a new spelling of the vendor's name becomes one of its aliases in the books;
- where each corrected field is printed (page-relative box and the label beside it)
  joins the vendor's learned layout, replacing what an earlier document taught for that
  field (except the fields ``data/learning.json`` skips); the printed name is kept as a
  hint;
- the invoice joins the payables ledger (status ``confirmed``) coded to the GL account of
  its largest line, so the vendor's coding history includes it and a later copy of the
  invoice is caught as a duplicate.
Books changed here change their version, so every worker rebuilds its match index.
``hints_for(session, vendor_code)`` gives extraction what was learned, to try first.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from docmatch.masterdata import from_data, record_key, to_data
from docmatch.models import Document, MasterRecordRow, PageRecord, utcnow
from docmatch.review.content import chosen, day, money, total_of, value
from docmatch.review.locate import Spot, label_left_of, learned_box, locate, pages_of
from docmatch.review.models import LearnedLayout
from docmatch.types import Page
from extract import ExtractionHints, LearnedLocation
from matching.normalize import normalize_name
from matching.records import ApItem, MasterKind, Vendor

RULES = Path(__file__).with_name("data") / "learning.json"


@dataclass(frozen=True, slots=True)
class Lesson:
    vendor_code: str | None
    alias: str | None = None  # the new spelling added to the vendor's aliases
    fields: tuple[str, ...] = ()  # fields whose place on the page was learned
    gl_account: str | None = None  # the account the ledger now holds this invoice under

    def describe(self) -> dict[str, Any]:
        return {"alias": self.alias, "layout": list(self.fields), "gl_account": self.gl_account}


def learn_from(session: Session, *, document: Document) -> Lesson:
    vendor_code = chosen(document, "vendor")
    if not vendor_code:
        return Lesson(None)
    return Lesson(
        vendor_code,
        alias=_learn_alias(session, vendor_code, value(document, "vendor_name")),
        fields=_learn_layout(session, document, vendor_code),
        gl_account=_learn_coding(session, document, vendor_code),
    )


def hints_for(session: Session, *, vendor_code: str) -> ExtractionHints | None:
    learned = session.get(LearnedLayout, vendor_code)
    if learned is None:
        return None
    return ExtractionHints(
        vendor_id=vendor_code,
        vendor_name=learned.printed_name,
        layout=tuple(
            LearnedLocation(
                field=spot["field"],
                page=int(spot["page"]),
                box=tuple(float(v) for v in spot["box"]),  # type: ignore[arg-type]
                label=spot.get("label"),
            )
            for spot in learned.locations
        ),
    )


def _learn_alias(session: Session, vendor_code: str, printed: str | None) -> str | None:
    row = _row(session, MasterKind.VENDORS, vendor_code)
    if row is None or not printed:
        return None
    vendor = from_data(MasterKind.VENDORS, row.data)
    assert isinstance(vendor, Vendor)
    known = {normalize_name(name) for name in (vendor.name, *vendor.aliases)}
    if normalize_name(printed) in known:
        return None
    row.data = to_data(MasterKind.VENDORS, replace(vendor, aliases=(*vendor.aliases, printed)))
    row.updated_at = utcnow()
    return printed


def _learn_layout(session: Session, document: Document, vendor_code: str) -> tuple[str, ...]:
    fields: dict[str, dict[str, Any]] = (document.extraction or {}).get("fields") or {}
    skip = _rules()["layout_skip"]
    corrected = {
        name: f for name, f in fields.items() if f.get("method") == "reviewer" and name not in skip
    }
    learned = session.get(LearnedLayout, vendor_code)
    if learned is None:
        learned = LearnedLayout(
            vendor_code=vendor_code, locations=[], confirmations=0, taught_by=document.id
        )
        session.add(learned)
    pages = pages_of(
        session.scalars(
            select(PageRecord)
            .where(PageRecord.document_id == document.id)
            .order_by(PageRecord.number)
        ).all()
    )
    places = {spot["field"]: spot for spot in learned.locations}
    for name, field in sorted(corrected.items()):
        spot = _spot(pages, name, field, document.language or "en")
        if spot is not None:
            page = pages[spot.page - 1]
            places[name] = {
                "field": name,
                "page": spot.page,
                "box": list(learned_box(page, spot.bbox)),
                "label": spot.label,
            }
    learned.locations = [places[name] for name in sorted(places)]
    learned.printed_name = value(document, "vendor_name") or learned.printed_name
    learned.taught_by = document.id
    learned.confirmations = (learned.confirmations or 0) + 1
    return tuple(name for name in sorted(corrected) if name in places)


@cache
def _rules() -> dict[str, Any]:
    return json.loads(RULES.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _spot(pages: list[Page], name: str, field: dict[str, Any], language: str) -> Spot | None:
    page, bbox = field.get("page"), field.get("bbox")
    if page and bbox and 1 <= int(page) <= len(pages) and any(bbox):
        return Spot(int(page), tuple(bbox), label_left_of(pages[int(page) - 1], bbox))  # type: ignore[arg-type]
    return locate(pages, field=name, value=str(field["value"]), language=language)


def _learn_coding(session: Session, document: Document, vendor_code: str) -> str | None:
    items = (document.extraction or {}).get("line_items") or []
    coded = chosen(document, "lines") or []
    number, when, total = (
        value(document, "invoice_number"),
        value(document, "invoice_date"),
        total_of(document),
    )
    lines = [
        (
            money(item.get("amount")) or Decimal(0),
            str(item.get("description") or ""),
            line.get("gl"),
        )
        for item, line in zip(items, coded, strict=False)
        if line and line.get("gl")
    ]
    if not lines or not number or day(when) is None or total is None:
        return None
    _, description, gl = max(lines, key=lambda line: line[0])
    item = ApItem(
        vendor_code=vendor_code,
        invoice_number=number,
        invoice_date=day(when),  # type: ignore[arg-type]
        amount=total,
        status="confirmed",
        property=str(chosen(document, "property") or document.property_hint or ""),
        gl_account=str(gl),
        description=description,
    )
    if _row(session, MasterKind.AP_ITEMS, record_key(item)) is not None:
        return None  # already in the ledger: a duplicate, or the same invoice confirmed again
    session.add(
        MasterRecordRow(
            kind=MasterKind.AP_ITEMS.value,
            key=record_key(item),
            data=to_data(MasterKind.AP_ITEMS, item),
            updated_at=utcnow(),
        )
    )
    return str(gl)


def _row(session: Session, kind: MasterKind, key: str) -> MasterRecordRow | None:
    return session.scalars(
        select(MasterRecordRow).where(
            MasterRecordRow.kind == kind.value, MasterRecordRow.key == key
        )
    ).first()
