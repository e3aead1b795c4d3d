"""Who is asking: the bearer token of every request but ``/health``, and role checks.

``CurrentUser`` is any active user; ``ReviewerUser``, ``ApproverUser`` and ``AdminUser``
also need the role (an admin passes every check). Scoping to an approver's properties is
done by the services, which know each document's property.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from api.deps import SessionDep
from docmatch.review.errors import NotAuthenticated
from docmatch.review.models import User
from docmatch.review.users import Role, authenticate, require_role

bearer = HTTPBearer(
    auto_error=False,
    description="A token from `docmatch users create NAME --role ROLE` or `POST /users`.",
)


def current_user(
    session: SessionDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> User:
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise NotAuthenticated("Send 'Authorization: Bearer <token>'.")
    return authenticate(session, token=credentials.credentials)


CurrentUser = Annotated[User, Depends(current_user)]


def _requiring(*roles: Role):  # type: ignore[no-untyped-def]
    def check(user: CurrentUser) -> User:
        require_role(user, *roles, Role.ADMIN)
        return user

    return check


ReviewerUser = Annotated[User, Depends(_requiring(Role.REVIEWER))]
ApproverUser = Annotated[User, Depends(_requiring(Role.APPROVER))]
AdminUser = Annotated[User, Depends(_requiring(Role.ADMIN))]
