"""A reviewer's writes: correct, confirm, reject; and the confirmation docmatch makes
itself for a document that goes straight through.

Each is one transaction that names the version it read (see ``versions``), records every
change in the audit trail and refreshes the document's queue summary. Confirming a
payable checks that it makes a whole invoice, teaches what the corrections showed, and
sends the invoice for approval.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from docmatch.models import Document
from docmatch.review import audit, books
from docmatch.review.approvals import route
from docmatch.review.audit import Change
from docmatch.review.content import is_payable, payable, sync_book_keys
from docmatch.review.corrections import Correction, apply_correction
from docmatch.review.errors import InvalidChange
from docmatch.review.learning import Lesson, learn_from
from docmatch.review.models import Approval, User
from docmatch.review.queue import summarize
from docmatch.review.straight import Rules, blockers
from docmatch.review.users import Role, require_role
from docmatch.review.versions import load_for, take
from docmatch.types import Status

STRAIGHT_THROUGH = "straight-through"


@dataclass(frozen=True, slots=True)
class Confirmation:
    document: Document
    lesson: Lesson
    approval: Approval | None


def correct(
    session: Session,
    *,
    document_id: str,
    version: int,
    user: User,
    correction: Correction,
    rules: Rules,
) -> Document:
    require_role(user, Role.REVIEWER, Role.ADMIN)
    document = load_for(session, document_id=document_id, user=user)
    document = take(session, document=document, version=version, allowed=(Status.NEEDS_REVIEW,))
    changes = apply_correction(
        session, document=document, correction=correction, reviewer=user.name
    )
    sync_book_keys(document)
    audit.record(session, document=document, user=user, action="correct", changes=changes)
    summarize(session, document=document, rules=rules)
    return document


def confirm(
    session: Session, *, document_id: str, version: int, user: User, rules: Rules
) -> Confirmation:
    require_role(user, Role.REVIEWER, Role.ADMIN)
    document = load_for(session, document_id=document_id, user=user)
    document = take(session, document=document, version=version, allowed=(Status.NEEDS_REVIEW,))
    return _confirm(session, document=document, user=user, rules=rules)


def reject(
    session: Session, *, document_id: str, version: int, user: User, reason: str, rules: Rules
) -> Document:
    require_role(user, Role.REVIEWER, Role.ADMIN)
    if not reason.strip():
        raise InvalidChange("A rejection needs a reason.")
    document = load_for(session, document_id=document_id, user=user)
    document = take(session, document=document, version=version, allowed=(Status.NEEDS_REVIEW,))
    document.move_to(Status.REJECTED, reason.strip())
    audit.record(
        session,
        document=document,
        user=user,
        action="reject",
        changes=[Change("status", Status.NEEDS_REVIEW.value, Status.REJECTED.value)],
        reason=reason.strip(),
    )
    summarize(session, document=document, rules=rules)
    return document


def confirm_if_straight_through(
    session: Session, *, document: Document, rules: Rules
) -> Confirmation | None:
    """Confirm a freshly read document that clears every threshold (the caller holds it
    locked in its finishing transaction); None when it needs a person."""
    if blockers(document, rules):
        return None
    document.version += 1
    return _confirm(session, document=document, user=None, rules=rules)


def _confirm(
    session: Session, *, document: Document, user: User | None, rules: Rules
) -> Confirmation:
    if is_payable(document):
        payable(document, vendor_name=books.vendor_name(session, document.vendor_code or ""))
    actor = user.name if user else STRAIGHT_THROUGH
    document.move_to(Status.CONFIRMED, f"confirmed by {actor}")
    lesson = learn_from(session, document=document)
    approval = route(session, document=document) if is_payable(document) else None
    changes = [Change("status", Status.NEEDS_REVIEW.value, Status.CONFIRMED.value)]
    if lesson.alias or lesson.fields or lesson.gl_account:
        changes.append(Change("learned", None, lesson.describe()))
    if approval is not None:
        changes.append(Change("approval.route", None, approval.route))
    audit.record(
        session, document=document, user=user, action="confirm", changes=changes, actor=actor
    )
    summarize(session, document=document, rules=rules)
    return Confirmation(document, lesson, approval)
