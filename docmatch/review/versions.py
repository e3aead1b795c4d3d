"""Optimistic concurrency: every write names the version it read.

The version is raised by one conditional ``UPDATE ... WHERE version = :read`` as the first
statement of the writing transaction. Whoever wrote first wins; the other's update matches
no row and is refused as stale, on SQLite and PostgreSQL alike, so two reviewers never
overwrite each other. The row stays locked until the transaction ends.
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from docmatch.errors import NotFound
from docmatch.models import Document
from docmatch.review.content import property_of
from docmatch.review.errors import Forbidden, StaleVersion, WrongStatus
from docmatch.review.models import User
from docmatch.review.users import covers


def load_for(session: Session, *, document_id: str, user: User) -> Document:
    """The document, if the user may see it (404 if there is none, 403 if not theirs)."""
    document = session.get(Document, document_id)
    if document is None:
        raise NotFound(f"No document with id {document_id}.")
    if not covers(user, property_of(document)):
        raise Forbidden(f"Document {document_id} is not for a property of {user.name}.")
    return document


def take(
    session: Session, *, document: Document, version: int, allowed: tuple[str, ...]
) -> Document:
    """Claim the next version of ``document`` for this transaction, or refuse: 409 when it
    moved on since ``version`` was read or when its status is not one of ``allowed``."""
    result = session.execute(
        update(Document)
        .where(Document.id == document.id, Document.version == version)
        .values(version=Document.version + 1)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount == 0:  # type: ignore[attr-defined]
        current = session.scalar(select(Document.version).where(Document.id == document.id))
        raise StaleVersion(
            f"Document {document.id} is at version {current}, not {version}: it changed since"
            " it was read. Read it again and redo the change."
        )
    session.refresh(document)
    if document.status not in allowed:
        raise WrongStatus(
            f"Document {document.id} is {document.status}; this needs it to be"
            f" {' or '.join(allowed)}."
        )
    return document
