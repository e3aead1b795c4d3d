"""Export batches, exactly once.

1. *Assign* (one transaction): approved invoices not yet in any batch get a new batch
   number and a position in it, and the values to write are recorded with them. Each
   invoice's row is unique, so an invoice is in one batch only, even when two exports run
   at once (the later one is refused and simply runs again).
2. *Write*: the file is rendered from the recorded values only (``docmatch.export`` is a
   pure function of them and the batch number) and stored under the batch's key.
3. *Finish* (one transaction): the batch is marked written with the file's SHA-256 and
   its invoices move to ``exported``.
4. *Deliver* (optional): the file is copied to ``DOCMATCH_EXPORT_DIR`` for the accounting
   system to pick up.

If the process dies after 1, 2 or 3, the next export run finishes what was started
before it assigns anything new; because the recorded values and the batch number do
not change, the file it makes is byte for byte the one that would have been made. A
written batch is never written again: downloading it returns the stored bytes, checked
against their hash.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter
from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from docmatch.context import Context
from docmatch.db import transaction
from docmatch.errors import DocmatchError, NotFound
from docmatch.export import (
    ExportFormat,
    ExportInvoice,
    file_name,
    media_type,
    render_export,
)
from docmatch.export.model import TRANNUM_SPAN, check_invoice
from docmatch.models import Document, utcnow
from docmatch.review import audit, books
from docmatch.review.audit import Change
from docmatch.review.content import payable
from docmatch.review.errors import CorruptExport, WrongStatus
from docmatch.review.models import Approval, ExportBatch, ExportItem
from docmatch.types import Status

log = logging.getLogger(__name__)

ASSIGNED, WRITTEN = "assigned", "written"
MAX_INVOICES = TRANNUM_SPAN - 1


def export_approved(ctx: Context, *, fmt: ExportFormat | str, actor: str) -> ExportBatch | None:
    """Finish any batch left unfinished, then export every approved invoice not yet
    exported as one new batch (at most 9999); None when there is nothing new."""
    fmt = ExportFormat(fmt)
    finish_unfinished(ctx)
    batch_id = _assign(ctx, fmt=fmt, actor=actor)
    return None if batch_id is None else _write(ctx, batch_id)


def finish_unfinished(ctx: Context) -> list[int]:
    """Write every batch assigned but not written, and deliver every written batch that
    did not reach the export folder; the batch numbers finished."""
    unfinished = ExportBatch.status == ASSIGNED
    if ctx.settings.export_dir is not None:
        unfinished = or_(unfinished, ExportBatch.delivered_at.is_(None))
    with ctx.sessions() as session:
        open_ids = list(
            session.scalars(select(ExportBatch.id).where(unfinished).order_by(ExportBatch.id))
        )
    for batch_id in open_ids:
        log.info("export batch %d: finishing what an earlier run started", batch_id)
        _write(ctx, batch_id)
    return open_ids


def _assign(ctx: Context, *, fmt: ExportFormat, actor: str) -> int | None:
    try:
        with transaction(ctx.sessions) as session:
            chosen = _exportable(session)
            if not chosen:
                return None
            batch = ExportBatch(format=fmt.value, created_by=actor, filename="", object_key="")
            session.add(batch)
            session.flush()
            batch.filename = file_name(fmt, batch_number=batch.id, created=_day(batch))
            batch.object_key = f"exports/{batch.id:06d}/{batch.filename}"
            for position, invoice in enumerate(chosen, start=1):
                session.add(
                    ExportItem(
                        batch_id=batch.id,
                        document_id=invoice.document_id,
                        position=position,
                        invoice=invoice_to_json(invoice),
                    )
                )
            batch.invoice_count = len(chosen)
            batch.total = sum((invoice.total for invoice in chosen), Decimal(0))
            session.flush()
            log.info("export batch %d: %d invoices assigned (%s)", batch.id, len(chosen), fmt)
            return batch.id
    except IntegrityError:
        raise WrongStatus(
            "Another export took some of these invoices at the same moment; run the export"
            " again to export what is left."
        ) from None


def _exportable(session: Session) -> list[ExportInvoice]:
    rows = session.execute(
        select(Document)
        .join(Approval, Approval.document_id == Document.id)
        .outerjoin(ExportItem, ExportItem.document_id == Document.id)
        .where(Document.status == Status.APPROVED, ExportItem.id.is_(None))
        .order_by(Approval.decided_at, Document.id)
    ).scalars()
    chosen = []
    for document in rows:
        try:
            invoice = payable(
                document, vendor_name=books.vendor_name(session, document.vendor_code or "")
            )
            check_invoice(invoice)
        except DocmatchError as error:  # left approved, and said why, until it is corrected
            log.warning("document %s: not exported: %s", document.id, error.message)
            continue
        chosen.append(invoice)
        if len(chosen) == MAX_INVOICES:
            break
    return chosen


def _write(ctx: Context, batch_id: int) -> ExportBatch:
    with ctx.sessions() as session:
        batch = session.get(ExportBatch, batch_id)
        assert batch is not None
        if batch.status == ASSIGNED:
            data = render_batch(batch)
            ctx.store.put(
                batch.object_key, data, content_type=media_type(ExportFormat(batch.format))
            )
            _finish(ctx, batch_id, data)
    with ctx.sessions() as session:
        batch = session.get(ExportBatch, batch_id)
        assert batch is not None
        if ctx.settings.export_dir is not None and batch.delivered_at is None:
            _deliver(ctx, batch, ctx.settings.export_dir)
        session.refresh(batch)
        return batch


def render_batch(batch: ExportBatch) -> bytes:
    invoices = [invoice_from_json(item.invoice) for item in batch.items]
    return render_export(ExportFormat(batch.format), invoices, batch_number=batch.id)


def _finish(ctx: Context, batch_id: int, data: bytes) -> None:
    with transaction(ctx.sessions) as session:
        batch = session.scalars(
            select(ExportBatch).where(ExportBatch.id == batch_id).with_for_update()
        ).one()
        if batch.status != ASSIGNED:
            return  # another run finished it meanwhile, with the same bytes
        batch.status = WRITTEN
        batch.sha256, batch.size, batch.written_at = _sha256(data), len(data), utcnow()
        for item in batch.items:
            document = session.get(Document, item.document_id)
            if document is None or document.status != Status.APPROVED:
                continue
            document.version += 1
            document.move_to(Status.EXPORTED, f"export batch {batch.id}")
            audit.record(
                session,
                document=document,
                user=None,
                action="export",
                changes=[Change("status", Status.APPROVED.value, Status.EXPORTED.value)],
                reason=f"export batch {batch.id} ({batch.format}), {batch.filename}",
                actor=batch.created_by,
            )
    log.info("export batch %d: written (%d bytes)", batch_id, len(data))


def _deliver(ctx: Context, batch: ExportBatch, folder: Path) -> None:
    """Copy the batch file into the export folder; a complete file appears at once."""
    data = batch_bytes(ctx, batch)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / batch.filename
    if not (target.is_file() and target.read_bytes() == data):
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".export-")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, target)
    with transaction(ctx.sessions) as session:
        stored = session.get(ExportBatch, batch.id)
        assert stored is not None
        stored.delivered_at = utcnow()
    log.info("export batch %d: delivered to %s", batch.id, target)


def batch_bytes(ctx: Context, batch: ExportBatch) -> bytes:
    """The written file, exactly as first stored."""
    if batch.status != WRITTEN:
        raise WrongStatus(
            f"Export batch {batch.id} is still being written; the next export run finishes it."
        )
    data = ctx.store.get(batch.object_key)
    if _sha256(data) != batch.sha256:
        raise CorruptExport(f"The stored file of export batch {batch.id} differs from its hash.")
    return data


def get_batch(session: Session, *, batch_id: int) -> ExportBatch:
    batch = session.get(ExportBatch, batch_id)
    if batch is None:
        raise NotFound(f"No export batch {batch_id}.")
    return batch


def list_batches(session: Session, *, limit: int, offset: int) -> list[ExportBatch]:
    return list(
        session.scalars(
            select(ExportBatch).order_by(ExportBatch.id.desc()).limit(limit).offset(offset)
        )
    )


def _day(batch: ExportBatch) -> date:
    return (batch.created_at or utcnow()).date()


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# The values each exported invoice was written with, recorded so that a batch can be
# written again byte for byte (pydantic keeps Decimal and date exact through JSON).
_RECORDED = TypeAdapter(ExportInvoice)


def invoice_to_json(invoice: ExportInvoice) -> dict[str, Any]:
    return _RECORDED.dump_python(invoice, mode="json")  # type: ignore[no-any-return]


def invoice_from_json(data: dict[str, Any]) -> ExportInvoice:
    return _RECORDED.validate_python(data)
