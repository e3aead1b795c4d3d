from __future__ import annotations

from fastapi import APIRouter, status

from api.auth import AdminUser, CurrentUser
from api.deps import SessionDep
from api.review_schemas import UserCreate, UserCreated, UserPublic
from docmatch.review.models import User
from docmatch.review.users import create_user, list_users

router = APIRouter(prefix="/users", tags=["users"])


@router.get("/me", response_model=UserPublic)
def me(user: CurrentUser) -> User:
    """Who the token belongs to: name, role, and an approver's properties and limit."""
    return user


@router.get("", response_model=list[UserPublic])
def all_users(session: SessionDep, _admin: AdminUser) -> list[User]:
    """Every user (admins only)."""
    return list_users(session)


@router.post("", response_model=UserCreated, status_code=status.HTTP_201_CREATED)
def new_user(session: SessionDep, _admin: AdminUser, body: UserCreate) -> UserCreated:
    """Create a user (admins only); the reply carries their token, shown this once."""
    created = create_user(
        session, name=body.name, role=body.role, properties=body.properties, limit=body.limit
    )
    session.commit()
    return UserCreated.model_validate(
        {**UserPublic.model_validate(created.user).model_dump(), "token": created.token}
    )
