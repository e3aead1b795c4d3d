"""The company's books in the database: import from CSV, read back as typed records, and a
match index per process that is rebuilt only when the books changed.

Records are stored by kind and natural key, their fields as JSON; pydantic turns them
back into ``matching.records`` dataclasses (Decimal money, dates, tuples).
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from docmatch.context import Context
from docmatch.db import transaction
from docmatch.models import Document, MasterImport, MasterRecordRow, StatusChange, utcnow
from docmatch.types import Status
from matching import MatchIndex, SeenDocument, match_document, parse_master_csv
from matching.records import RECORD_TYPES, MasterKind, MasterRecord

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ImportSummary:
    kind: str
    rows: int
    inserted: int
    updated: int
    unchanged: int


@cache
def _adapter(kind: MasterKind) -> TypeAdapter[Any]:
    return TypeAdapter(RECORD_TYPES[kind])


def record_key(record: MasterRecord) -> str:
    key = record.key
    return "\x1f".join(key) if isinstance(key, tuple) else str(key)


def to_data(kind: MasterKind, record: MasterRecord) -> dict[str, Any]:
    return _adapter(kind).dump_python(record, mode="json")  # type: ignore[no-any-return]


def from_data(kind: MasterKind, data: dict[str, Any]) -> MasterRecord:
    return _adapter(kind).validate_python(data)  # type: ignore[no-any-return]


def import_csv(source: bytes, *, kind: MasterKind, filename: str, ctx: Context) -> ImportSummary:
    """Apply one master-data file, all or nothing (``MasterDataError`` lists bad rows)."""
    records = parse_master_csv(kind, source)
    with transaction(ctx.sessions) as session:
        summary = upsert(session, kind=kind, records=records)
        session.add(
            MasterImport(
                kind=kind.value,
                filename=filename,
                sha256=hashlib.sha256(source).hexdigest(),
                rows=summary.rows,
                inserted=summary.inserted,
                updated=summary.updated,
                unchanged=summary.unchanged,
            )
        )
    log.info("imported %s from %s: %s", kind, filename, summary)
    return summary


def upsert(session: Session, *, kind: MasterKind, records: Sequence[MasterRecord]) -> ImportSummary:
    """Insert new records, update changed ones by natural key, leave the rest as they are."""
    existing = {
        row.key: row
        for row in session.scalars(
            select(MasterRecordRow).where(MasterRecordRow.kind == kind.value)
        )
    }
    inserted = updated = 0
    now = utcnow()
    for record in records:
        key, data = record_key(record), to_data(kind, record)
        row = existing.get(key)
        if row is None:
            session.add(MasterRecordRow(kind=kind.value, key=key, data=data, updated_at=now))
            inserted += 1
        elif row.data != data:
            row.data, row.updated_at = data, now
            updated += 1
    return ImportSummary(
        kind.value, len(records), inserted, updated, len(records) - inserted - updated
    )


def records(session: Session, kind: MasterKind) -> list[MasterRecord]:
    rows = session.scalars(select(MasterRecordRow.data).where(MasterRecordRow.kind == kind.value))
    return [from_data(kind, data) for data in rows]


def books_version(session: Session) -> tuple[int, Any]:
    """Changes whenever a record is added or changed: the newest id and the newest change
    (both indexed, so asking costs the same with a million ledger rows as with ten)."""
    newest_id, newest_change = session.execute(
        select(func.max(MasterRecordRow.id), func.max(MasterRecordRow.updated_at))
    ).one()
    return int(newest_id or 0), newest_change


class IndexCache:
    """One match index per process, rebuilt when the books' version changes.

    A rebuild that took long the last time (a large ledger) runs in the background while
    documents go on matching against the index they have, at most one change behind;
    a quick one is done at once, so a small company sees a correction immediately.
    """

    def __init__(self, *, wait_below_seconds: float = 2.0) -> None:
        self.wait_below_seconds = wait_below_seconds
        self._lock = threading.Lock()
        self._version: tuple[int, Any] | None = None
        self._index: MatchIndex | None = None
        self._documents_seen = 0
        self._build_seconds = 0.0
        self._rebuilding: threading.Thread | None = None

    def get(
        self, session: Session, *, sessions: sessionmaker[Session] | None = None
    ) -> MatchIndex | None:
        """The index, or None while no master data is loaded. ``sessions`` lets a slow
        rebuild run in the background."""
        version = books_version(session)
        if version[0] == 0:
            return None
        with self._lock:
            stale = version != self._version
            if self._index is None or (
                stale and (sessions is None or self._build_seconds < self.wait_below_seconds)
            ):
                self._build_now(session, version)
            elif stale and self._rebuilding is None:
                self._rebuilding = threading.Thread(
                    target=self._rebuild, args=(sessions, version), name="books-index", daemon=True
                )
                self._rebuilding.start()
            assert self._index is not None
            self._documents_seen = add_seen_documents(
                self._index, session, since=self._documents_seen
            )
            return self._index

    def _build_now(self, session: Session, version: tuple[int, Any]) -> None:
        started = time.perf_counter()
        self._swap(build_index(session), version)
        self._build_seconds = time.perf_counter() - started

    def _swap(self, index: MatchIndex, version: tuple[int, Any]) -> None:
        self._index, self._version, self._documents_seen = index, version, 0

    def _rebuild(self, sessions: sessionmaker[Session], version: tuple[int, Any]) -> None:
        started = time.perf_counter()
        try:
            with sessions() as session:
                index = build_index(session)
            with self._lock:
                self._swap(index, version)
                self._build_seconds = time.perf_counter() - started
            log.info("match index rebuilt in the background in %.1f s", self._build_seconds)
        finally:
            self._rebuilding = None


def build_index(session: Session) -> MatchIndex:
    return MatchIndex.build(
        vendors=records(session, MasterKind.VENDORS),  # type: ignore[arg-type]
        properties=records(session, MasterKind.PROPERTIES),  # type: ignore[arg-type]
        gl_accounts=records(session, MasterKind.GL_ACCOUNTS),  # type: ignore[arg-type]
        ap_items=records(session, MasterKind.AP_ITEMS),  # type: ignore[arg-type]
        purchase_orders=records(session, MasterKind.PURCHASE_ORDERS),  # type: ignore[arg-type]
    )


def add_seen_documents(index: MatchIndex, session: Session, *, since: int) -> int:
    """Teach the index the documents read since the last call (for duplicates across
    documents); returns the new watermark (the highest status-change id seen)."""
    watermark = session.scalar(select(func.max(StatusChange.id))) or 0
    if watermark <= since:
        return since
    newly_read = (
        select(
            Document.id,
            Document.vendor_code,
            Document.invoice_number,
            Document.invoice_date,
            Document.total,
        )
        .join(StatusChange, StatusChange.document_id == Document.id)
        .where(
            StatusChange.id > since,
            StatusChange.status == Status.NEEDS_REVIEW,
            Document.vendor_code.is_not(None),
        )
    )
    for document_id, vendor, number, when, total in session.execute(newly_read):
        assert vendor is not None  # filtered above
        index.add_document(
            SeenDocument(
                document_id=document_id,
                vendor_code=vendor,
                invoice_number=number or "",
                invoice_date=when,
                amount=total,
            )
        )
    return int(watermark)


LINE_KEYS = ("description", "quantity", "unit_price", "amount", "date")


def match_extraction(
    index: MatchIndex,
    extraction: dict[str, Any],
    *,
    property_hint: str | None,
    document_id: str | None,
) -> dict[str, Any]:
    """The "matches" object for an extraction (its JSON contract form)."""
    fields = {
        name: str(field["value"])
        for name, field in extraction.get("fields", {}).items()
        if field.get("value") not in (None, "")
    }
    lines = [
        {key: str(line[key]) for key in LINE_KEYS if line.get(key)}
        for line in extraction.get("line_items", [])
    ]
    matches = match_document(
        index, fields=fields, line_items=lines, property_hint=property_hint, document_id=document_id
    )
    return matches.to_json()


def index_from_folder(folder: Path) -> MatchIndex:
    """A match index straight from master-data CSVs named after their kind (vendors.csv, ...)."""
    loaded: dict[MasterKind, list[MasterRecord]] = {}
    for kind in MasterKind:
        path = folder / f"{kind.value}.csv"
        loaded[kind] = parse_master_csv(kind, path.read_bytes()) if path.is_file() else []
    return MatchIndex.build(
        vendors=loaded[MasterKind.VENDORS],  # type: ignore[arg-type]
        properties=loaded[MasterKind.PROPERTIES],  # type: ignore[arg-type]
        gl_accounts=loaded[MasterKind.GL_ACCOUNTS],  # type: ignore[arg-type]
        ap_items=loaded[MasterKind.AP_ITEMS],  # type: ignore[arg-type]
        purchase_orders=loaded[MasterKind.PURCHASE_ORDERS],  # type: ignore[arg-type]
    )
