"""The journey of one document, on one screen.

    claim -> load original -> check type -> read pages -> extract -> match
          -> (vendor known and taught: extract with its learned layout -> match) -> finish

Finishing queues the document for review, or, with ``straight_through`` on, confirms it
when every field and match clears its threshold (``docmatch.review.straight``).

A document is *claimed* (``received``/``processing`` -> ``processing``, attempt counted)
in one transaction, worked on with no transaction open, and *finished* in another: pages,
extraction and the new status are written together, and only if the document is still
``processing``. So a second delivery of the same id (a redelivered task, a sweep after a
crash) either finds the work done and returns, or redoes it and writes it once.

Expected failures are :class:`~docmatch.errors.DocmatchError` subclasses: bad input ends
``failed`` with its message; transient ones propagate so the caller retries with back-off.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from docmatch.context import Context
from docmatch.db import transaction
from docmatch.errors import DocmatchError, TooLarge
from docmatch.masterdata import IndexCache, match_extraction
from docmatch.models import Document, PageRecord, utcnow
from docmatch.retry import TRANSIENT, with_backoff
from docmatch.review.decisions import confirm_if_straight_through
from docmatch.review.learning import hints_for
from docmatch.review.queue import summarize
from docmatch.review.straight import rules_for
from docmatch.settings import Settings
from docmatch.storage import page_image_key
from docmatch.types import DocumentType, Reading, Status
from extract import (
    ExtractionHints,
    ReadLimits,
    TesseractEngine,
    extract_document,
    extraction_to_json,
    read_document,
)
from ingest.sniff import accepted_type

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 3


BOOKS = IndexCache()  # this process's match index, rebuilt when master data changes


@dataclass(frozen=True, slots=True)
class Claim:
    document_id: str
    original_key: str
    filename: str
    type_hint: DocumentType | None
    property_hint: str | None


def process_document(document_id: str, *, ctx: Context) -> Status:
    """Run the document through every stage; returns the status it ends in."""
    io = with_backoff(ctx.settings.retry_max_seconds)
    claim = io(_claim, document_id, ctx=ctx)
    if isinstance(claim, Status):
        return claim
    try:
        data = io(ctx.store.get, claim.original_key)
        media_type = _check_file(data, claim=claim, ctx=ctx)
        reading = read_document(
            data,
            media_type=media_type,
            limits=read_limits_from(ctx.settings),
            ocr=TesseractEngine(),
        )
        extraction = _extract(reading, claim)
        matches = io(_match, claim, extraction, ctx=ctx)
        hints = io(_learned_hints, matches, ctx=ctx)
        if hints is not None:  # confirmed invoices of this vendor taught where its fields are
            extraction = _extract(reading, claim, hints)
            matches = io(_match, claim, extraction, ctx=ctx)
        for image in reading.images:
            io(
                ctx.store.put,
                page_image_key(document_id, image.number),
                image.data,
                content_type=image.content_type,
            )
    except TRANSIENT:
        raise  # still unreachable after the back-off: the caller sends the document again later
    except DocmatchError as error:
        return io(_fail, document_id, error.code, error.message, ctx=ctx)
    except Exception as error:  # a bug or a native library's surprise: visible, not lost
        log.exception("document %s: unexpected error", document_id)
        return io(
            _fail,
            document_id,
            "internal_error",
            f"Unexpected error while reading: {error!r}",
            ctx=ctx,
        )
    return io(_finish, document_id, reading, extraction, matches, media_type=media_type, ctx=ctx)


def read_limits_from(s: Settings) -> ReadLimits:
    return ReadLimits(
        max_pages=s.max_pages,
        max_image_pixels=s.max_image_pixels,
        ocr_dpi=s.ocr_dpi,
        text_layer_min_chars=s.text_layer_min_chars,
        languages=s.ocr_languages,
    )


def pending_documents(ctx: Context, *, older_than: timedelta = timedelta(0)) -> list[str]:
    """Documents whose processing was never finished: sent again after a crash or restart."""
    cutoff = utcnow() - older_than
    with ctx.sessions() as session:
        rows = session.scalars(
            select(Document.id)
            .where(Document.status.in_([Status.RECEIVED, Status.PROCESSING]))
            .where(Document.updated_at <= cutoff)
            .order_by(Document.created_at)
        )
        return list(rows)


def _claim(document_id: str, *, ctx: Context) -> Claim | Status:
    with transaction(ctx.sessions) as session:
        document = _locked(session, document_id)
        if document is None:
            log.warning("document %s: not found, nothing to do", document_id)
            return Status.FAILED
        status = Status(document.status)
        if status.is_final_for_processing:
            log.info("document %s: already %s, nothing to do", document_id, status)
            return status
        if document.attempts >= MAX_ATTEMPTS:
            reason = (
                f"Processing stopped {document.attempts} times without finishing; "
                "the file may crash the reader."
            )
            _set_failed(session, document, "crashed", reason)
            return Status.FAILED
        document.attempts += 1
        document.move_to(Status.PROCESSING, f"attempt {document.attempts}")
        log.info("document %s: processing, attempt %d", document_id, document.attempts)
        return Claim(
            document.id,
            document.original_key,
            document.filename,
            DocumentType(document.type_hint) if document.type_hint else None,
            document.property_hint,
        )


def _check_file(data: bytes, *, claim: Claim, ctx: Context) -> str:
    if len(data) > ctx.settings.max_file_bytes:
        raise TooLarge(
            f"The file is {len(data) / 2**20:.0f} MiB; the limit is "
            f"{ctx.settings.max_file_bytes / 2**20:.0f} MiB (DOCMATCH_MAX_FILE_BYTES)."
        )
    return accepted_type(data[:4096], filename=claim.filename)


def _extract(
    reading: Reading, claim: Claim, hints: ExtractionHints | None = None
) -> dict[str, Any]:
    extraction = extract_document(reading.pages, type_hint=claim.type_hint, hints=hints)
    return extraction_to_json(reading, extraction)


def _learned_hints(matches: dict[str, Any] | None, *, ctx: Context) -> ExtractionHints | None:
    vendor = ((matches or {}).get("chosen") or {}).get("vendor")
    if not vendor:
        return None
    with ctx.sessions() as session:
        return hints_for(session, vendor_code=vendor)


def _match(claim: Claim, extraction: dict[str, Any], *, ctx: Context) -> dict[str, Any] | None:
    """Tie the extraction to the books; None while no master data is loaded."""
    with ctx.sessions() as session:
        index = BOOKS.get(session, sessions=ctx.sessions)
    if index is None:
        return None
    return match_extraction(
        index, extraction, property_hint=claim.property_hint, document_id=claim.document_id
    )


def _finish(
    document_id: str,
    reading: Reading,
    extraction: dict[str, Any],
    matches: dict[str, Any] | None,
    *,
    media_type: str,
    ctx: Context,
) -> Status:
    images = {image.number for image in reading.images}
    with transaction(ctx.sessions) as session:
        document = _locked(session, document_id)
        if document is None or document.status != Status.PROCESSING:
            log.info("document %s: finished elsewhere meanwhile; result discarded", document_id)
            return Status(document.status) if document else Status.FAILED
        session.execute(delete(PageRecord).where(PageRecord.document_id == document_id))
        for page in reading.pages:
            session.add(
                PageRecord(
                    document_id=document_id,
                    number=page.number,
                    width=page.width,
                    height=page.height,
                    unit=page.unit,
                    source=page.source.value,
                    rotation=page.rotation,
                    skew=page.skew,
                    mean_confidence=page.mean_confidence,
                    text=page.text,
                    words=[w.to_dict() for w in page.words],
                    image_key=page_image_key(document_id, page.number)
                    if page.number in images
                    else None,
                )
            )
        document.media_type = media_type
        document.page_count = len(reading.pages)
        document.text_source = reading.text_source
        document.document_type = extraction.get("document_type")
        document.language = extraction.get("language")
        document.extraction = extraction
        document.matches = matches
        _remember_book_keys(document, extraction, matches)
        document.move_to(Status.NEEDS_REVIEW)
        status = _review_or_confirm(session, document, ctx.settings)
    log.info(
        "document %s: %s (%d pages, %s)",
        document_id,
        status.value.replace("_", " "),
        len(reading.pages),
        reading.text_source,
    )
    return status


def _review_or_confirm(session: Session, document: Document, settings: Settings) -> Status:
    """Queue the document for a reviewer, or confirm it straight through when that is on
    and it clears every threshold."""
    rules = rules_for(settings)
    if settings.straight_through and confirm_if_straight_through(
        session, document=document, rules=rules
    ):
        return Status.CONFIRMED
    summarize(session, document=document, rules=rules)
    return Status.NEEDS_REVIEW


def _remember_book_keys(
    document: Document, extraction: dict[str, Any], matches: dict[str, Any] | None
) -> None:
    fields = extraction.get("fields", {})

    def value(name: str) -> str | None:
        return (fields.get(name) or {}).get("value") or None

    document.vendor_code = ((matches or {}).get("chosen") or {}).get("vendor")
    document.invoice_number = value("invoice_number")
    when, total = value("invoice_date"), value("total") or value("amount_due")
    document.invoice_date = date.fromisoformat(when) if when else None
    document.total = Decimal(total) if total else None


def _fail(document_id: str, code: str, reason: str, *, ctx: Context) -> Status:
    with transaction(ctx.sessions) as session:
        document = _locked(session, document_id)
        if document is not None and document.status == Status.PROCESSING:
            _set_failed(session, document, code, reason)
    log.warning("document %s: failed: %s", document_id, reason)
    return Status.FAILED


def _set_failed(session: Session, document: Document, code: str, reason: str) -> None:
    document.failure_code = code
    document.failure_reason = reason
    document.move_to(Status.FAILED, reason)


def _locked(session: Session, document_id: str) -> Document | None:
    return session.scalars(
        select(Document).where(Document.id == document_id).with_for_update()
    ).first()
