"""Taking a file in: store the original once, record the document, queue it.

Every way in (watched folder, bucket inbox, upload, CLI) ends here. A byte-identical file
is recorded as a duplicate of the first and not processed again; a file that cannot be a
document at all (empty, unsupported type, too large) is recorded ``failed`` at once with
its reason, and its original is kept like any other.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from docmatch.context import Context
from docmatch.db import transaction
from docmatch.errors import BadInput, TooLarge
from docmatch.models import Document
from docmatch.retry import with_backoff
from docmatch.storage import original_key
from docmatch.types import Status
from ingest.paths import Hints, display_name
from ingest.sniff import accepted_type

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class IntakeResult:
    document_id: str
    status: Status
    duplicate_of: str | None = None
    reason: str | None = None


def accept(
    data: bytes, *, filename: str, source: str, hints: Hints, ctx: Context, submit: bool = True
) -> IntakeResult:
    """Record one file; queue it for processing unless it is a duplicate or unusable."""
    sha256 = hashlib.sha256(data).hexdigest()
    key = original_key(sha256)
    io = with_backoff(ctx.settings.retry_max_seconds)
    if not io(ctx.store.exists, key):
        io(ctx.store.put, key, data)
    failure = _intake_failure(data, filename=filename, ctx=ctx)
    result = io(
        _record,
        sha256,
        key,
        size=len(data),
        filename=display_name(filename),
        source=source,
        hints=hints,
        failure=failure,
        ctx=ctx,
    )
    if result.status == Status.RECEIVED and submit:
        ctx.queue.submit(result.document_id)
    log.info("document %s: %s from %s (%s)", result.document_id, result.status, source, filename)
    return result


def _intake_failure(data: bytes, *, filename: str, ctx: Context) -> BadInput | None:
    try:
        if len(data) > ctx.settings.max_file_bytes:
            raise TooLarge(
                f"The file is {len(data) / 2**20:.0f} MiB; the limit is "
                f"{ctx.settings.max_file_bytes / 2**20:.0f} MiB (DOCMATCH_MAX_FILE_BYTES)."
            )
        accepted_type(data[:4096], filename=display_name(filename))
    except BadInput as error:
        return error
    return None


def _record(
    sha256: str,
    key: str,
    *,
    size: int,
    filename: str,
    source: str,
    hints: Hints,
    failure: BadInput | None,
    ctx: Context,
) -> IntakeResult:
    fields = dict(
        sha256=sha256,
        original_key=key,
        filename=filename,
        size=size,
        source=source,
        type_hint=hints.type_hint.value if hints.type_hint else None,
        property_hint=hints.property_hint,
    )
    with transaction(ctx.sessions) as session:
        document = Document(**fields, original_sha256=None if failure else sha256)
        try:
            with session.begin_nested():
                session.add(document)
                _start(session, document, failure)
        except IntegrityError:
            first = session.scalars(
                select(Document).where(Document.original_sha256 == sha256)
            ).one()
            document = Document(**fields, original_sha256=None, duplicate_of_id=first.id)
            session.add(document)
            document.move_to(Status.DUPLICATE, f"same bytes as document {first.id}")
            session.flush()
            return IntakeResult(document.id, Status.DUPLICATE, duplicate_of=first.id)
        return IntakeResult(
            document.id, Status(document.status), reason=failure.message if failure else None
        )


def _start(session, document: Document, failure: BadInput | None) -> None:  # type: ignore[no-untyped-def]
    document.move_to(Status.RECEIVED)
    if failure is not None:
        document.failure_code = failure.code
        document.failure_reason = failure.message
        document.move_to(Status.FAILED, failure.message)
    session.flush()
