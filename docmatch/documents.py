"""Reading documents back: listing, one document with its pages, its file, its page images."""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from docmatch.context import Context
from docmatch.errors import NotFound
from docmatch.models import Document, PageRecord


@dataclass(frozen=True, slots=True)
class DocumentFilter:
    status: str | None = None
    document_type: str | None = None
    property_code: str | None = None


def list_documents(
    session: Session, *, where: DocumentFilter, limit: int, offset: int
) -> tuple[list[Document], int]:
    query = select(Document)
    if where.status:
        query = query.where(Document.status == where.status)
    if where.document_type:
        query = query.where(Document.document_type == where.document_type)
    if where.property_code:
        query = query.where(Document.property_hint == where.property_code.upper())
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = session.scalars(
        query.order_by(Document.created_at.desc(), Document.id).limit(limit).offset(offset)
    )
    return list(rows), total


def get_document(session: Session, *, document_id: str, with_pages: bool = False) -> Document:
    query = (
        select(Document).where(Document.id == document_id).options(selectinload(Document.history))
    )
    if with_pages:
        query = query.options(selectinload(Document.pages))
    document = session.scalars(query).first()
    if document is None:
        raise NotFound(f"No document with id {document_id}.")
    return document


def original_bytes(session: Session, *, document_id: str, ctx: Context) -> tuple[Document, bytes]:
    document = get_document(session, document_id=document_id)
    return document, ctx.store.get(document.original_key)


def page_png(
    session: Session, *, document_id: str, number: int, ctx: Context, dpi: int = 110
) -> bytes:
    """The page as a PNG: the cleaned image OCR read (boxes line up), or the PDF page rendered."""
    from extract import render_page

    document = get_document(session, document_id=document_id)
    page = session.scalars(
        select(PageRecord).where(PageRecord.document_id == document_id, PageRecord.number == number)
    ).first()
    if page is None:
        raise NotFound(f"Document {document_id} has no page {number}.")
    if page.image_key:
        image = cv2.imdecode(
            np.frombuffer(ctx.store.get(page.image_key), np.uint8), cv2.IMREAD_UNCHANGED
        )
        ok, png = cv2.imencode(".png", image) if image is not None else (False, None)
        if not ok or png is None:
            raise NotFound(f"Page image of document {document_id} page {number} cannot be shown.")
        return png.tobytes()
    data = ctx.store.get(document.original_key)
    return render_page(
        data, media_type=document.media_type or "application/pdf", number=number, dpi=dpi
    )
