from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, UploadFile
from starlette.concurrency import run_in_threadpool

from api.auth import AdminUser
from api.deps import ContextDep
from api.schemas import ImportSummaryPublic
from docmatch.masterdata import import_csv
from matching.records import MasterKind

router = APIRouter(prefix="/master-data", tags=["master data"])

MAX_CSV_BYTES = 512 * 1024 * 1024


@router.post("/{kind}", response_model=ImportSummaryPublic)
async def import_master_data(
    ctx: ContextDep,
    _admin: AdminUser,
    kind: MasterKind,
    file: Annotated[UploadFile, File(description="CSV with the kind's header row")],
) -> ImportSummaryPublic:
    """Import vendors, properties, GL accounts, AP or AR items or purchase orders from CSV
    (admins only). All or nothing: a bad row fails the whole file (422, with every bad
    row's line and reason). Importing the same file again changes nothing."""
    data = await file.read(MAX_CSV_BYTES)
    summary = await run_in_threadpool(
        import_csv, data, kind=kind, filename=file.filename or "upload.csv", ctx=ctx
    )
    return ImportSummaryPublic.model_validate(summary, from_attributes=True)
