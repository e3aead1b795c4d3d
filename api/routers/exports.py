from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Response, status

from api.auth import ReviewerUser
from api.deps import ContextDep, SessionDep
from api.review_schemas import ExportBatchPublic, ExportCreate
from docmatch.export import ExportFormat, media_type
from docmatch.review.exports import batch_bytes, export_approved, get_batch, list_batches
from docmatch.review.models import ExportBatch

router = APIRouter(prefix="/exports", tags=["exports"])

BatchId = Annotated[int, Path(ge=1, le=2**31 - 1, description="the batch number")]


def batch_public(batch: ExportBatch) -> ExportBatchPublic:
    return ExportBatchPublic(
        id=batch.id,
        format=batch.format,
        status=batch.status,
        created_by=batch.created_by,
        created_at=batch.created_at,
        invoice_count=batch.invoice_count,
        total=batch.total,
        filename=batch.filename,
        sha256=batch.sha256,
        size=batch.size,
        written_at=batch.written_at,
        delivered_at=batch.delivered_at,
        document_ids=[item.document_id for item in batch.items],
        file_url=f"/exports/{batch.id}/file",
    )


@router.post(
    "",
    response_model=ExportBatchPublic,
    status_code=status.HTTP_201_CREATED,
    responses={204: {"description": "no approved invoice waits for export"}},
)
def create_export(
    ctx: ContextDep, session: SessionDep, user: ReviewerUser, body: ExportCreate
) -> ExportBatchPublic | Response:
    """Export every approved invoice not exported yet as one batch file (Yardi payables
    CSV, QuickBooks IIF bills, CSV or JSON). Each invoice goes in one batch only; a batch
    an interrupted run left unfinished is finished first."""
    batch = export_approved(ctx, fmt=body.format, actor=user.name)
    if batch is None:
        return Response(status_code=status.HTTP_204_NO_CONTENT)
    return batch_public(get_batch(session, batch_id=batch.id))


@router.get("", response_model=list[ExportBatchPublic])
def all_exports(
    session: SessionDep,
    _user: ReviewerUser,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> list[ExportBatchPublic]:
    """Export batches, newest first."""
    return [batch_public(b) for b in list_batches(session, limit=limit, offset=offset)]


@router.get("/{batch_id}", response_model=ExportBatchPublic)
def one_export(session: SessionDep, _user: ReviewerUser, batch_id: BatchId) -> ExportBatchPublic:
    """One batch: its invoices, file name, size and SHA-256."""
    return batch_public(get_batch(session, batch_id=batch_id))


@router.get(
    "/{batch_id}/file",
    response_class=Response,
    responses={200: {"content": {"text/csv": {}, "text/plain": {}, "application/json": {}}}},
)
def export_file(
    ctx: ContextDep, session: SessionDep, _user: ReviewerUser, batch_id: BatchId
) -> Response:
    """The batch file, byte for byte the same every time it is downloaded."""
    batch = get_batch(session, batch_id=batch_id)
    return Response(
        batch_bytes(ctx, batch),
        media_type=media_type(ExportFormat(batch.format)),
        headers={"Content-Disposition": f'attachment; filename="{batch.filename}"'},
    )
