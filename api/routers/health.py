from __future__ import annotations

from fastapi import APIRouter
from sqlalchemy import text

from api.deps import ContextDep
from api.schemas import Health
from docmatch.errors import NotFound

router = APIRouter(tags=["health"])


@router.get("/health", response_model=Health)
def health(ctx: ContextDep) -> Health:
    """Liveness and whether the database and object store answer."""
    database = storage = "ok"
    try:
        with ctx.engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception as error:  # a health probe reports, it never raises
        database = f"unavailable: {type(error).__name__}"
    try:
        ctx.store.exists("health/probe")
    except NotFound:
        pass
    except Exception as error:
        storage = f"unavailable: {type(error).__name__}"
    status = "ok" if database == storage == "ok" else "degraded"
    return Health(status=status, mode=ctx.settings.mode, database=database, storage=storage)
