"""The audit trail: every change to a document, who made it, when, the old and new value.

People's changes are recorded by the service that makes them, in the same transaction;
docmatch's own processing steps come from the document's status history.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from docmatch.models import Document, StatusChange
from docmatch.review.models import AuditEvent, User
from docmatch.types import Status

SYSTEM = "docmatch"
# Statuses the pipeline sets; the others are set by people and audited with their name.
PROCESSING_STATUSES = frozenset(
    {Status.RECEIVED, Status.PROCESSING, Status.NEEDS_REVIEW, Status.FAILED, Status.DUPLICATE}
)


@dataclass(frozen=True, slots=True)
class Change:
    field: str
    old: Any
    new: Any


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    at: datetime
    actor: str
    user_id: int | None
    action: str
    field: str
    old: Any
    new: Any
    reason: str | None
    version: int | None


def record(
    session: Session,
    *,
    document: Document,
    user: User | None,
    action: str,
    changes: list[Change],
    reason: str | None = None,
    actor: str | None = None,
) -> None:
    """One event per changed value; ``user`` None means docmatch itself (``actor``)."""
    name = user.name if user is not None else actor or SYSTEM
    for change in changes:
        session.add(
            AuditEvent(
                document_id=document.id,
                user_id=user.id if user is not None else None,
                actor=name,
                action=action,
                field=change.field,
                old=change.old,
                new=change.new,
                reason=reason,
                version=document.version,
            )
        )


def history(session: Session, *, document_id: str) -> list[HistoryEntry]:
    """Processing steps and people's changes, oldest first."""
    entries = [
        HistoryEntry(
            _utc(e.at), e.actor, e.user_id, e.action, e.field, e.old, e.new, e.reason, e.version
        )
        for e in session.scalars(
            select(AuditEvent).where(AuditEvent.document_id == document_id).order_by(AuditEvent.id)
        )
    ]
    previous: str | None = None
    for change in session.scalars(
        select(StatusChange)
        .where(StatusChange.document_id == document_id)
        .order_by(StatusChange.id)
    ):
        if change.status in PROCESSING_STATUSES:
            entries.append(
                HistoryEntry(
                    _utc(change.at),
                    SYSTEM,
                    None,
                    "process",
                    "status",
                    previous,
                    change.status,
                    change.reason,
                    None,
                )
            )
        previous = change.status
    entries.sort(key=lambda e: e.at)
    return entries


def _utc(moment: datetime) -> datetime:
    # SQLite hands back naive datetimes; they were written in UTC.
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
