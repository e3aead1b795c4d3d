"""Dependencies shared by the routers, as ``Annotated`` aliases."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session

from docmatch.context import Context


def get_context(request: Request) -> Context:
    return request.app.state.ctx  # type: ignore[no-any-return]


def get_session(ctx: Annotated[Context, Depends(get_context)]) -> Iterator[Session]:
    with ctx.sessions() as session:
        yield session


ContextDep = Annotated[Context, Depends(get_context)]
SessionDep = Annotated[Session, Depends(get_session)]
