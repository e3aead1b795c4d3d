"""Approval: a confirmed invoice goes to the approver of its property; above that
approver's limit, to an approver of the property with a higher limit (a regional manager).

The approver of a property is the one named on its master record, else the one with the
lowest limit among those who cover it. An approver may decide an invoice of a property
they cover up to their limit (no limit: any amount); an admin may decide any invoice.
When no approver covers the property and amount the approval waits, unassigned, for an
admin.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from docmatch.models import Document, utcnow
from docmatch.review import audit, books
from docmatch.review.audit import Change
from docmatch.review.content import property_of, total_of
from docmatch.review.errors import Forbidden, InvalidChange, WrongStatus
from docmatch.review.models import Approval, User
from docmatch.review.users import Role, may_approve, require_role
from docmatch.review.versions import load_for, take
from docmatch.types import Status

PENDING, APPROVED, DENIED = "pending", "approved", "denied"


@dataclass(frozen=True, slots=True)
class Decision:
    document: Document
    approval: Approval


def route(session: Session, *, document: Document) -> Approval:
    """Assign the confirmed invoice to the approver who must decide it."""
    amount = total_of(document) or Decimal(0)
    place = property_of(document)
    approver, why = _choose_approver(session, place, amount)
    approval = session.get(Approval, document.id)
    if approval is None:
        approval = Approval(document_id=document.id)
        session.add(approval)
    approval.property_code = place
    approval.amount = amount
    approval.approver_id = approver.id if approver else None
    approval.route = why
    approval.status = PENDING
    approval.decided_by_id = approval.decided_at = approval.reason = None
    return approval


def _choose_approver(
    session: Session, place: str | None, amount: Decimal
) -> tuple[User | None, str]:
    covering = [
        user
        for user in session.scalars(
            select(User).where(User.role == Role.APPROVER.value, User.active.is_(True))
        )
        if place and place in user.properties
    ]
    if not covering:
        return None, f"no approver covers property {place or '(none)'}: an admin must decide"
    record = books.property_record(session, place) if place else None
    named = record.approver.casefold() if record and record.approver else None
    by_limit = sorted(covering, key=_limit_order)
    first = next((u for u in covering if named and u.name.casefold() == named), by_limit[0])
    if may_approve(first, amount):
        return first, f"approver of property {place}"
    higher = [u for u in by_limit if may_approve(u, amount)]
    if not higher:
        return None, (
            f"{amount} is over the limit of every approver of {place}: an admin must decide"
        )
    return higher[0], (
        f"{amount} is over the {first.approval_limit} limit of {first.name}, the approver of"
        f" {place}; sent to {higher[0].name} ({_limit_text(higher[0])})"
    )


def _limit_order(user: User) -> tuple[int, Decimal]:
    limit = user.approval_limit
    return (1, Decimal(0)) if limit is None else (0, limit)


def _limit_text(user: User) -> str:
    return "no limit" if user.approval_limit is None else f"limit {user.approval_limit}"


def pending_for(session: Session, *, user: User) -> list[tuple[Approval, Document]]:
    """The approvals waiting for ``user`` (an admin: every one waiting), oldest first."""
    query = (
        select(Approval, Document)
        .join(Document, Document.id == Approval.document_id)
        .where(Approval.status == PENDING)
        .order_by(Approval.created_at, Approval.document_id)
    )
    if Role(user.role) is not Role.ADMIN:
        query = query.where(Approval.approver_id == user.id)
    return [(approval, document) for approval, document in session.execute(query).all()]


def decide(
    session: Session,
    *,
    document_id: str,
    version: int,
    user: User,
    approve: bool,
    reason: str | None = None,
) -> Decision:
    """Approve or deny (a reason required) a confirmed invoice, once."""
    require_role(user, Role.APPROVER, Role.ADMIN)
    document = load_for(session, document_id=document_id, user=user)
    approval = session.get(Approval, document_id)
    if approval is None:
        raise WrongStatus(f"Document {document_id} is {document.status}, not waiting for approval.")
    if not may_approve(user, approval.amount):
        raise Forbidden(
            f"{approval.amount} is over the approval limit of {user.name} ({_limit_text(user)})."
        )
    if not approve and not (reason and reason.strip()):
        raise InvalidChange("A denial needs a reason.")
    document = take(session, document=document, version=version, allowed=(Status.CONFIRMED,))
    new_status = Status.APPROVED if approve else Status.DENIED
    document.move_to(new_status, reason)
    approval.status = APPROVED if approve else DENIED
    approval.decided_by_id, approval.decided_at = user.id, utcnow()
    approval.reason = reason.strip() if reason else None
    audit.record(
        session,
        document=document,
        user=user,
        action="approve" if approve else "deny",
        changes=[Change("status", Status.CONFIRMED.value, new_status.value)],
        reason=approval.reason,
    )
    return Decision(document, approval)
