from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Form, Path, Query, Response, UploadFile, status
from starlette.concurrency import run_in_threadpool

from api.auth import CurrentUser
from api.deps import ContextDep, SessionDep
from api.schemas import DocumentDetail, DocumentList, DocumentPublic, PagePublic
from docmatch.documents import get_document, original_bytes, page_png
from docmatch.errors import TooLarge
from docmatch.models import Document
from docmatch.review.errors import Forbidden
from docmatch.review.queue import list_visible
from docmatch.review.users import covers
from docmatch.review.versions import load_for
from docmatch.types import DocumentType, Status
from ingest.intake import accept
from ingest.paths import Hints

router = APIRouter(prefix="/documents", tags=["documents"])


@router.post("", response_model=DocumentPublic, status_code=status.HTTP_201_CREATED)
async def upload_document(
    ctx: ContextDep,
    session: SessionDep,
    user: CurrentUser,
    file: Annotated[UploadFile, File(description="PDF, PNG, JPEG, TIFF, HEIC/HEIF or WebP")],
    type: Annotated[DocumentType | None, Form(description="document type hint")] = None,
    property: Annotated[str | None, Form(max_length=50, description="property code hint")] = None,
) -> Document:
    """Upload one document; it is processed in the background. A byte-identical file is
    recorded as a duplicate of the first (status ``duplicate``, ``duplicate_of_id``)."""
    limit = ctx.settings.max_file_bytes
    data = await file.read(limit + 1)
    if len(data) > limit:
        raise TooLarge(
            f"The upload is over the {limit / 2**20:.0f} MiB limit (DOCMATCH_MAX_FILE_BYTES)."
        )
    hints = Hints(
        type_hint=type,
        property_hint=property.strip().upper() if property and property.strip() else None,
    )
    if not covers(user, hints.property_hint):
        raise Forbidden(f"{user.name} may upload documents of their own properties only.")
    result = await run_in_threadpool(
        accept, data, filename=file.filename or "upload", source="upload", hints=hints, ctx=ctx
    )
    return get_document(session, document_id=result.document_id)


@router.get("", response_model=DocumentList)
def list_all(
    session: SessionDep,
    user: CurrentUser,
    status_: Annotated[Status | None, Query(alias="status")] = None,
    type: Annotated[DocumentType | None, Query()] = None,
    property: Annotated[str | None, Query(max_length=50)] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> DocumentList:
    """Documents, newest first, filtered by status, type and property (an approver's:
    their properties only)."""
    rows, total = list_visible(
        session,
        user=user,
        status=status_,
        document_type=type,
        property_code=property,
        limit=limit,
        offset=offset,
    )
    return DocumentList(
        items=[DocumentPublic.model_validate(r) for r in rows],
        total=total,
        limit=limit,
        offset=offset,
    )


@router.get("/{document_id}", response_model=DocumentDetail)
def read_document(session: SessionDep, user: CurrentUser, document_id: str) -> DocumentDetail:
    """Metadata, status history, pages with their text and words, what was extracted (each
    field with its confidence, page and box) and what it matched (candidates with their
    scores and reasons, checks, flags and possible duplicates)."""
    load_for(session, document_id=document_id, user=user)
    return document_detail(get_document(session, document_id=document_id, with_pages=True))


def document_detail(document: Document) -> DocumentDetail:
    document_id = document.id
    detail = DocumentDetail.model_validate(
        {
            **DocumentPublic.model_validate(document).model_dump(),
            "text_source": document.text_source,
            "history": document.history,
            "pages": [],
            "extraction": document.extraction,
            "matches": document.matches,
        }
    )
    detail.pages = [
        PagePublic.model_validate(
            {
                **{
                    k: getattr(p, k)
                    for k in (
                        "number",
                        "width",
                        "height",
                        "unit",
                        "source",
                        "rotation",
                        "skew",
                        "mean_confidence",
                        "text",
                        "words",
                    )
                },
                "image_url": f"/documents/{document_id}/pages/{p.number}/image",
            }
        )
        for p in document.pages
    ]
    return detail


@router.get(
    "/{document_id}/file",
    response_class=Response,
    responses={200: {"content": {"application/octet-stream": {}}}},
)
def download_original(
    ctx: ContextDep, session: SessionDep, user: CurrentUser, document_id: str
) -> Response:
    """The original file, byte for byte as it arrived."""
    load_for(session, document_id=document_id, user=user)
    document, data = original_bytes(session, document_id=document_id, ctx=ctx)
    return Response(
        data,
        media_type=document.media_type or "application/octet-stream",
        headers={"Content-Disposition": _attachment(document.filename)},
    )


@router.get(
    "/{document_id}/pages/{number}/image",
    response_class=Response,
    responses={200: {"content": {"image/png": {}}}},
)
def page_image(
    ctx: ContextDep,
    session: SessionDep,
    user: CurrentUser,
    document_id: str,
    number: Annotated[int, Path(ge=1, le=100_000)],
) -> Response:
    """The page as PNG, in the coordinates of its words' boxes (scaled for text-layer pages)."""
    load_for(session, document_id=document_id, user=user)
    return Response(
        page_png(session, document_id=document_id, number=number, ctx=ctx), media_type="image/png"
    )


def _attachment(filename: str) -> str:
    from urllib.parse import quote

    ascii_name = filename.encode("ascii", "replace").decode().replace('"', "_")
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename)}"
