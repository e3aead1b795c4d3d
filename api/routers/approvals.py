from __future__ import annotations

from fastapi import APIRouter
from sqlalchemy.orm import Session

from api.auth import ApproverUser
from api.deps import SessionDep
from api.review_schemas import ApprovalPublic, Decided, ReasonBody, VersionBody
from api.schemas import DocumentPublic
from docmatch.models import Document
from docmatch.review.approvals import decide, pending_for
from docmatch.review.models import Approval, User

router = APIRouter(tags=["approvals"])


def approval_public(session: Session, approval: Approval, document: Document) -> ApprovalPublic:
    approver = session.get(User, approval.approver_id) if approval.approver_id else None
    return ApprovalPublic(
        document_id=document.id,
        filename=document.filename,
        vendor_code=document.vendor_code,
        invoice_number=document.invoice_number,
        invoice_date=document.invoice_date,
        amount=approval.amount,
        property_code=approval.property_code,
        approver=approver.name if approver else None,
        route=approval.route,
        status=approval.status,
        reason=approval.reason,
        version=document.version,
        created_at=approval.created_at,
    )


@router.get("/approvals", response_model=list[ApprovalPublic])
def my_approvals(session: SessionDep, user: ApproverUser) -> list[ApprovalPublic]:
    """Confirmed invoices waiting for my decision, oldest first (an admin: all of them,
    including those no approver may decide)."""
    return [
        approval_public(session, approval, document)
        for approval, document in pending_for(session, user=user)
    ]


@router.post("/documents/{document_id}/approve", response_model=Decided)
def approve(
    session: SessionDep, user: ApproverUser, document_id: str, body: VersionBody
) -> Decided:
    """Approve a confirmed invoice of one of my properties, up to my limit (403 beyond
    either); it then waits for the next export. A second approval is refused (409)."""
    done = decide(session, document_id=document_id, version=body.version, user=user, approve=True)
    session.commit()
    return Decided(
        document=DocumentPublic.model_validate(done.document),
        approval=approval_public(session, done.approval, done.document),
    )


@router.post("/documents/{document_id}/deny", response_model=Decided)
def deny(session: SessionDep, user: ApproverUser, document_id: str, body: ReasonBody) -> Decided:
    """Deny a confirmed invoice, with a reason."""
    done = decide(
        session,
        document_id=document_id,
        version=body.version,
        user=user,
        approve=False,
        reason=body.reason,
    )
    session.commit()
    return Decided(
        document=DocumentPublic.model_validate(done.document),
        approval=approval_public(session, done.approval, done.document),
    )
