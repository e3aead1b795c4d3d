"""The review queue and what each user may list.

Every document waiting for review has a :class:`ReviewSummary` (its property, its lowest
confidence and why it would not go straight through). Summaries are written when a
document finishes processing and after each correction; the queue fills in any that are
missing (documents read before this table existed) before it answers.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select, false, func, or_, select
from sqlalchemy.orm import Session

from docmatch.models import Document
from docmatch.review.content import property_of
from docmatch.review.models import ReviewSummary, User
from docmatch.review.straight import Rules, blockers, confidence
from docmatch.review.users import sees_everything
from docmatch.types import Status


@dataclass(frozen=True, slots=True)
class QueueFilter:
    document_type: str | None = None
    property_code: str | None = None
    vendor_code: str | None = None
    min_confidence: float | None = None
    max_confidence: float | None = None


@dataclass(frozen=True, slots=True)
class QueueEntry:
    document: Document
    summary: ReviewSummary


@dataclass(frozen=True, slots=True)
class QueuePage:
    entries: list[QueueEntry]
    total: int
    by_type: dict[str, int]
    by_property: dict[str, int]


def summarize(session: Session, *, document: Document, rules: Rules) -> ReviewSummary:
    """Write (or rewrite) the document's summary from its present values."""
    summary = session.get(ReviewSummary, document.id)
    if summary is None:
        summary = ReviewSummary(document_id=document.id)
        session.add(summary)
    summary.property_code = property_of(document)
    summary.confidence = confidence(document, rules)
    summary.blockers = blockers(document, rules)
    return summary


def fill_missing_summaries(session: Session, *, rules: Rules) -> int:
    missing = session.scalars(
        select(Document)
        .outerjoin(ReviewSummary, ReviewSummary.document_id == Document.id)
        .where(Document.status == Status.NEEDS_REVIEW, ReviewSummary.document_id.is_(None))
    ).all()
    for document in missing:
        summarize(session, document=document, rules=rules)
    return len(missing)


def document_property():  # type: ignore[no-untyped-def]  # a SQL expression
    """A document's property in SQL: as summarised, else its intake hint (upper case)."""
    return func.upper(func.coalesce(ReviewSummary.property_code, Document.property_hint))


def visible_to(query: Select, user: User) -> Select:  # type: ignore[type-arg]
    """Limit a query over documents (outer-joined to their summaries) to what ``user`` sees."""
    if sees_everything(user):
        return query
    if not user.properties:
        return query.where(false())
    return query.where(document_property().in_([p.upper() for p in user.properties]))


def with_summaries(query: Select) -> Select:  # type: ignore[type-arg]
    return query.outerjoin(ReviewSummary, ReviewSummary.document_id == Document.id)


def review_queue(
    session: Session, *, user: User, where: QueueFilter, rules: Rules, limit: int, offset: int
) -> QueuePage:
    """Documents waiting for review, oldest first, with counts by type and property."""
    if fill_missing_summaries(session, rules=rules):
        session.commit()

    def queued(*columns):  # type: ignore[no-untyped-def]
        query = (
            select(*columns)
            .select_from(Document)
            .join(ReviewSummary, ReviewSummary.document_id == Document.id)
            .where(Document.status == Status.NEEDS_REVIEW, *_conditions(where))
        )
        return visible_to(query, user)

    by_type = _counts(session, queued(Document.document_type, func.count()), Document.document_type)
    by_property = _counts(
        session, queued(ReviewSummary.property_code, func.count()), ReviewSummary.property_code
    )
    rows = session.execute(
        queued(Document, ReviewSummary)
        .order_by(Document.created_at, Document.id)
        .limit(limit)
        .offset(offset)
    ).all()
    return QueuePage(
        entries=[QueueEntry(document, summary) for document, summary in rows],
        total=sum(by_type.values()),
        by_type=by_type,
        by_property=by_property,
    )


def _conditions(where: QueueFilter) -> list:  # type: ignore[type-arg]
    found = []
    if where.document_type:
        found.append(Document.document_type == where.document_type)
    if where.property_code:
        found.append(document_property() == where.property_code.upper())
    if where.vendor_code:
        found.append(Document.vendor_code == where.vendor_code)
    if where.min_confidence is not None:
        found.append(ReviewSummary.confidence >= where.min_confidence)
    if where.max_confidence is not None:
        found.append(ReviewSummary.confidence <= where.max_confidence)
    return found


def _counts(session: Session, query: Select, column) -> dict[str, int]:  # type: ignore[no-untyped-def, type-arg]
    rows = session.execute(query.group_by(column)).all()
    return {str(key) if key is not None else "unknown": int(n) for key, n in rows}


def list_visible(
    session: Session,
    *,
    user: User,
    status: str | None,
    document_type: str | None,
    property_code: str | None,
    limit: int,
    offset: int,
) -> tuple[list[Document], int]:
    """All documents the user may see, newest first (``GET /documents``)."""
    query = visible_to(with_summaries(select(Document)), user)
    if status:
        query = query.where(Document.status == status)
    if document_type:
        query = query.where(Document.document_type == document_type)
    if property_code:
        query = query.where(
            or_(
                document_property() == property_code.upper(),
                Document.property_hint == property_code.upper(),
            )
        )
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = session.scalars(
        query.order_by(Document.created_at.desc(), Document.id).limit(limit).offset(offset)
    )
    return list(rows), total
