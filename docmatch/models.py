"""Database models. The schema is managed by Alembic (docmatch/migrations)."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, object_session, relationship
from sqlalchemy.types import Float


def utcnow() -> datetime:
    return datetime.now(UTC)


def new_id() -> str:
    return uuid.uuid4().hex


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[Any]: JSON}


class Document(Base):
    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    # Set only on the first document with these bytes: the unique index makes a second,
    # byte-identical intake a recorded duplicate, even when two intakes race.
    original_sha256: Mapped[str | None] = mapped_column(String(64), unique=True)
    original_key: Mapped[str] = mapped_column(String(200))
    filename: Mapped[str] = mapped_column(String(500))
    size: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str | None] = mapped_column(String(100))
    source: Mapped[str] = mapped_column(String(20))  # watch, bucket, upload, cli
    type_hint: Mapped[str | None] = mapped_column(String(20))
    property_hint: Mapped[str | None] = mapped_column(String(50), index=True)

    status: Mapped[str] = mapped_column(String(20), index=True)
    failure_code: Mapped[str | None] = mapped_column(String(40))
    failure_reason: Mapped[str | None] = mapped_column(Text)
    duplicate_of_id: Mapped[str | None] = mapped_column(ForeignKey("documents.id"))

    document_type: Mapped[str | None] = mapped_column(String(20), index=True)
    language: Mapped[str | None] = mapped_column(String(8))
    page_count: Mapped[int | None] = mapped_column(Integer)
    text_source: Mapped[str | None] = mapped_column(String(20))
    extraction: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    matches: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # What the books know the document by, kept in columns for queues and duplicate checks:
    vendor_code: Mapped[str | None] = mapped_column(String(50), index=True)
    invoice_number: Mapped[str | None] = mapped_column(String(100))
    invoice_date: Mapped[date | None] = mapped_column(Date)
    total: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))

    attempts: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )

    pages: Mapped[list[PageRecord]] = relationship(
        back_populates="document", order_by="PageRecord.number", cascade="all, delete-orphan"
    )
    history: Mapped[list[StatusChange]] = relationship(
        back_populates="document", order_by="StatusChange.id", cascade="all, delete-orphan"
    )

    def move_to(self, status: str, reason: str | None = None) -> None:
        """Change the status, recording the transition with its time."""
        self.status = status
        change = StatusChange(document=self, status=status, reason=reason)
        # Added from the change's side: appending to ``history`` would load it all first.
        session = object_session(self)
        if session is not None:
            session.add(change)


class StatusChange(Base):
    __tablename__ = "status_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id"), index=True)
    status: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str | None] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    document: Mapped[Document] = relationship(back_populates="history")


class PageRecord(Base):
    __tablename__ = "pages"
    __table_args__ = (UniqueConstraint("document_id", "number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id"))
    number: Mapped[int] = mapped_column(Integer)
    width: Mapped[float] = mapped_column(Float)
    height: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(4))
    source: Mapped[str] = mapped_column(String(20))
    rotation: Mapped[int] = mapped_column(Integer, default=0)
    skew: Mapped[float] = mapped_column(Float, default=0.0)
    mean_confidence: Mapped[float] = mapped_column(Float, default=0.0)
    text: Mapped[str] = mapped_column(Text)
    words: Mapped[list[Any]] = mapped_column(JSON)
    image_key: Mapped[str | None] = mapped_column(String(200))

    document: Mapped[Document] = relationship(back_populates="pages")


Index("ix_documents_status_created", Document.status, Document.created_at)


class MasterRecordRow(Base):
    """One master-data record (a vendor, a property, a ledger row...), stored by its natural
    key so that importing the same file twice changes nothing. ``data`` holds the record's
    fields as JSON; ``matching.records`` gives them their types back."""

    __tablename__ = "master_records"
    __table_args__ = (UniqueConstraint("kind", "key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(30))
    key: Mapped[str] = mapped_column(String(300))
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, index=True
    )


class MasterImport(Base):
    """A master-data file applied: what changed, so a worker knows when to rebuild its index."""

    __tablename__ = "master_imports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(30))
    filename: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64))
    rows: Mapped[int] = mapped_column(Integer)
    inserted: Mapped[int] = mapped_column(Integer)
    updated: Mapped[int] = mapped_column(Integer)
    unchanged: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
