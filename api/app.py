"""The FastAPI application."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractContextManager, asynccontextmanager, nullcontext

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from api.routers import approvals, documents, exports, health, master_data, review, users
from docmatch.context import Context
from docmatch.errors import DocmatchError

log = logging.getLogger(__name__)


def create_app(
    ctx: Context, *, background: Callable[[], AbstractContextManager[object]] | None = None
) -> FastAPI:
    """The API around one process context; ``background`` runs for the app's lifetime
    (the embedded server's watcher and worker pool)."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        with (background or nullcontext)():
            yield

    app = FastAPI(
        title="docmatch",
        version="0.1.0",
        description="Reads property-management accounting documents, matches them to the books "
        "and queues them for review.",
        lifespan=lifespan,
    )
    app.state.ctx = ctx
    app.include_router(health.router)
    app.include_router(documents.router)
    app.include_router(master_data.router)
    app.include_router(review.router)
    app.include_router(approvals.router)
    app.include_router(exports.router)
    app.include_router(users.router)
    app.add_exception_handler(DocmatchError, _docmatch_error)
    return app


async def _docmatch_error(_request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, DocmatchError)
    # A 401 names the scheme to authenticate with (RFC 9110).
    headers = {"WWW-Authenticate": "Bearer"} if error.http_status == 401 else None
    return JSONResponse(
        status_code=error.http_status,
        content={"error": error.code, "detail": error.message},
        headers=headers,
    )
