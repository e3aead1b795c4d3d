from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.auth import CurrentUser, ReviewerUser
from api.deps import ContextDep, SessionDep
from api.review_schemas import (
    Decided,
    DocumentUpdate,
    HistoryEntryPublic,
    LessonPublic,
    QueueCounts,
    QueueItem,
    QueuePage,
    ReasonBody,
    VersionBody,
)
from api.routers.approvals import approval_public
from api.routers.documents import document_detail
from api.schemas import DocumentDetail, DocumentPublic
from docmatch.documents import get_document
from docmatch.review import audit, decisions
from docmatch.review.corrections import Correction, FieldCorrection, LineCorrection
from docmatch.review.queue import QueueFilter, review_queue
from docmatch.review.straight import rules_for
from docmatch.review.versions import load_for
from docmatch.types import DocumentType

router = APIRouter(tags=["review"])


@router.get("/review/queue", response_model=QueuePage)
def queue(
    ctx: ContextDep,
    session: SessionDep,
    user: CurrentUser,
    type: Annotated[DocumentType | None, Query()] = None,
    property: Annotated[str | None, Query(max_length=50)] = None,
    vendor: Annotated[str | None, Query(max_length=50)] = None,
    min_confidence: Annotated[float | None, Query(ge=0, le=1)] = None,
    max_confidence: Annotated[float | None, Query(ge=0, le=1)] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> QueuePage:
    """Documents waiting for review, oldest first, with their lowest confidence and why
    each needs a person; counts by type and property. Filter by type, property, vendor
    code and confidence (``max_confidence=0.8``: the doubtful ones)."""
    where = QueueFilter(type, property, vendor, min_confidence, max_confidence)
    page = review_queue(
        session, user=user, where=where, rules=rules_for(ctx.settings), limit=limit, offset=offset
    )
    items = [
        QueueItem(
            id=e.document.id,
            filename=e.document.filename,
            document_type=e.document.document_type,
            vendor_code=e.document.vendor_code,
            property_code=e.summary.property_code,
            invoice_number=e.document.invoice_number,
            invoice_date=e.document.invoice_date,
            total=e.document.total,
            confidence=e.summary.confidence,
            blockers=e.summary.blockers,
            version=e.document.version,
            created_at=e.document.created_at,
        )
        for e in page.entries
    ]
    counts = QueueCounts(by_type=page.by_type, by_property=page.by_property)
    return QueuePage(items=items, total=page.total, counts=counts, limit=limit, offset=offset)


@router.patch("/documents/{document_id}", response_model=DocumentDetail)
def correct(
    ctx: ContextDep, session: SessionDep, user: ReviewerUser, document_id: str, body: DocumentUpdate
) -> DocumentDetail:
    """Correct fields (a value, and where it is printed), replace the line items, or pick
    or override the vendor, property, unit, PO, GL accounts or duplicate. 409 when the
    version is not the one stored (someone changed the document since you read it)."""
    choices = body.matches.model_dump(exclude_unset=True) if body.matches else {}
    correction = Correction(
        fields={
            name: None
            if f is None
            else FieldCorrection(f.value, f.page, tuple(f.bbox) if f.bbox else None)  # type: ignore[arg-type]
            for name, f in body.fields.items()
        },
        line_items=None
        if body.line_items is None
        else [
            LineCorrection(
                line.description,
                line.amount,
                line.quantity,
                line.unit_price,
                line.date,
                line.gl_account,
            )
            for line in body.line_items
        ],
        choices=choices,
    )
    decisions.correct(
        session,
        document_id=document_id,
        version=body.version,
        user=user,
        correction=correction,
        rules=rules_for(ctx.settings),
    )
    session.commit()
    return document_detail(get_document(session, document_id=document_id, with_pages=True))


@router.post("/documents/{document_id}/confirm", response_model=Decided)
def confirm(
    ctx: ContextDep, session: SessionDep, user: ReviewerUser, document_id: str, body: VersionBody
) -> Decided:
    """Confirm the document as it now reads. An invoice must be whole (vendor, property,
    number, date, total, lines with GL accounts adding up to the total); it then teaches
    docmatch (alias, layout, coding) and goes to its approver."""
    done = decisions.confirm(
        session,
        document_id=document_id,
        version=body.version,
        user=user,
        rules=rules_for(ctx.settings),
    )
    session.commit()
    return Decided(
        document=DocumentPublic.model_validate(done.document),
        learned=LessonPublic.model_validate(done.lesson.describe()),
        approval=approval_public(session, done.approval, done.document) if done.approval else None,
    )


@router.post("/documents/{document_id}/reject", response_model=Decided)
def reject(
    ctx: ContextDep, session: SessionDep, user: ReviewerUser, document_id: str, body: ReasonBody
) -> Decided:
    """Reject the document (not payable, not ours, unreadable...) with a reason."""
    document = decisions.reject(
        session,
        document_id=document_id,
        version=body.version,
        user=user,
        reason=body.reason,
        rules=rules_for(ctx.settings),
    )
    session.commit()
    return Decided(document=DocumentPublic.model_validate(document))


@router.get("/documents/{document_id}/history", response_model=list[HistoryEntryPublic])
def history(session: SessionDep, user: CurrentUser, document_id: str) -> list[HistoryEntryPublic]:
    """Every change, oldest first: who (a user, or docmatch), when, what, old and new value."""
    load_for(session, document_id=document_id, user=user)
    return [
        HistoryEntryPublic.model_validate(entry, from_attributes=True)
        for entry in audit.history(session, document_id=document_id)
    ]
