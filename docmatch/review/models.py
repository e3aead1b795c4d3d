"""Tables of review, approval and export. The schema is managed by Alembic (0003_review)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    Numeric,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from docmatch.models import Base, utcnow


class User(Base):
    """A person who reviews (``reviewer``), approves (``approver``) or administers."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    role: Mapped[str] = mapped_column(String(20))
    # Approvers only: the property codes they approve for (upper case) and up to what total;
    # no limit (None) approves any amount.
    properties: Mapped[list[Any]] = mapped_column(JSON, default=list)
    approval_limit: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    tokens: Mapped[list[ApiToken]] = relationship(back_populates="user")


class ApiToken(Base):
    """A bearer token, stored as its SHA-256 only: the token itself is shown once."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    user: Mapped[User] = relationship(back_populates="tokens")


class AuditEvent(Base):
    """One change to a document: who (a user, or ``actor`` for docmatch itself), when, what
    (``field``, a dotted path such as ``fields.total`` or ``status``), old and new value."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id"), index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(30))
    field: Mapped[str] = mapped_column(String(100))
    old: Mapped[Any] = mapped_column(JSON, nullable=True)
    new: Mapped[Any] = mapped_column(JSON, nullable=True)
    reason: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer)  # the document's version after the change
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ReviewSummary(Base):
    """What the review queue sorts and filters a document by, kept beside the document:
    its property, its lowest confidence, and why it would not go straight through."""

    __tablename__ = "review_summaries"

    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id"), primary_key=True)
    property_code: Mapped[str | None] = mapped_column(String(50), index=True)
    confidence: Mapped[float] = mapped_column(Float)
    blockers: Mapped[list[Any]] = mapped_column(JSON, default=list)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )


class LearnedLayout(Base):
    """What confirmed documents taught about one vendor's invoices: where each corrected
    field is printed (page-relative boxes) and how the vendor's name is printed."""

    __tablename__ = "learned_layouts"

    vendor_code: Mapped[str] = mapped_column(String(50), primary_key=True)
    printed_name: Mapped[str | None] = mapped_column(String(300))
    locations: Mapped[list[Any]] = mapped_column(JSON, default=list)
    taught_by: Mapped[str] = mapped_column(String(32))  # the last document confirmed
    confirmations: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )


class Approval(Base):
    """A confirmed invoice waiting for (or given) a manager's decision."""

    __tablename__ = "approvals"

    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id"), primary_key=True)
    property_code: Mapped[str | None] = mapped_column(String(50), index=True)
    amount: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    # None when no approver covers the property and amount: an admin must decide.
    approver_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    route: Mapped[str] = mapped_column(Text)  # why it went to that approver
    status: Mapped[str] = mapped_column(String(20), default="pending")  # approved, denied
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    approver: Mapped[User | None] = relationship(foreign_keys=[approver_id])


class ExportBatch(Base):
    """A batch of approved invoices. ``id`` is the batch number. A batch is *assigned*
    (its invoices and their values recorded) in one transaction and *written* (file stored,
    invoices exported) in another; an assigned batch is finished by the next export run,
    from the recorded values, so its bytes are the same whenever they are made."""

    __tablename__ = "export_batches"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    format: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20), default="assigned")  # written
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    invoice_count: Mapped[int] = mapped_column(Integer, default=0)
    total: Mapped[Decimal] = mapped_column(Numeric(16, 2), default=Decimal(0))
    filename: Mapped[str] = mapped_column(String(200))
    object_key: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str | None] = mapped_column(String(64))
    size: Mapped[int | None] = mapped_column(Integer)
    written_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    delivered_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    items: Mapped[list[ExportItem]] = relationship(
        back_populates="batch", order_by="ExportItem.position", cascade="all, delete-orphan"
    )


class ExportItem(Base):
    """An invoice in a batch. ``document_id`` is unique: an invoice is in one batch only."""

    __tablename__ = "export_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("export_batches.id"), index=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id"), unique=True)
    position: Mapped[int] = mapped_column(Integer)
    invoice: Mapped[dict[str, Any]] = mapped_column(JSON)  # the values written, as recorded

    batch: Mapped[ExportBatch] = relationship(back_populates="items")
