"""Users, their roles and tokens, and what each may see.

A token is ``dm_`` and 43 random URL-safe characters; only its SHA-256 is stored, so a
leaked database gives no usable token. An approver sees documents of their own
properties only; reviewers and admins see every document.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from docmatch.review.errors import Forbidden, InvalidChange, NotAuthenticated, UserExists
from docmatch.review.models import ApiToken, User

TOKEN_PREFIX = "dm_"


class Role(StrEnum):
    REVIEWER = "reviewer"  # an AP specialist: reviews, corrects, confirms, rejects
    APPROVER = "approver"  # a community or regional manager: approves for their properties
    ADMIN = "admin"  # everything, including users, master data and exports


@dataclass(frozen=True, slots=True)
class NewUser:
    user: User
    token: str  # shown once; only its hash is kept


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_user(
    session: Session,
    *,
    name: str,
    role: Role | str,
    properties: Iterable[str] = (),
    limit: Decimal | str | None = None,
) -> NewUser:
    """A new user with a first token. Properties and limit apply to approvers only."""
    name = name.strip()
    try:
        role = Role(role)
    except ValueError:
        raise InvalidChange(
            f"Unknown role {role!r}: one of {', '.join(r.value for r in Role)}."
        ) from None
    if not name:
        raise InvalidChange("A user needs a name.")
    if session.scalar(select(User.id).where(User.name == name)) is not None:
        raise UserExists(f"A user named {name!r} exists already.")
    codes = sorted({p.strip().upper() for p in properties if p.strip()})
    if role is not Role.APPROVER and (codes or limit is not None):
        raise InvalidChange("Only approvers have properties and an approval limit.")
    if role is Role.APPROVER and not codes:
        raise InvalidChange("An approver needs at least one property (--properties P1,P2).")
    user = User(name=name, role=role.value, properties=codes, approval_limit=_limit(limit))
    session.add(user)
    session.flush()
    return NewUser(user, issue_token(session, user=user))


def _limit(limit: Decimal | str | None) -> Decimal | None:
    if limit is None or limit == "":
        return None
    try:
        amount = Decimal(str(limit).replace(",", "").lstrip("$"))
    except InvalidOperation:
        raise InvalidChange(f"Approval limit {limit!r} is not an amount.") from None
    if not amount.is_finite() or amount < 0:
        raise InvalidChange(f"Approval limit {limit!r} must be zero or more.")
    return amount.quantize(Decimal("0.01"))


def issue_token(session: Session, *, user: User) -> str:
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    session.add(ApiToken(user_id=user.id, token_hash=hash_token(token)))
    session.flush()
    return token


def authenticate(session: Session, *, token: str) -> User:
    """The active user holding ``token``; :class:`NotAuthenticated` otherwise."""
    user = session.scalars(
        select(User)
        .join(ApiToken, ApiToken.user_id == User.id)
        .where(ApiToken.token_hash == hash_token(token), ApiToken.revoked_at.is_(None))
    ).first()
    if user is None or not user.active:
        raise NotAuthenticated("The token is unknown or revoked.")
    return user


def list_users(session: Session) -> list[User]:
    return list(session.scalars(select(User).order_by(User.id)))


def require_role(user: User, *roles: Role) -> None:
    if Role(user.role) not in roles:
        allowed = " or ".join(r.value for r in roles)
        raise Forbidden(f"{user.name} is a {user.role}; this needs a {allowed}.")


def sees_everything(user: User) -> bool:
    return Role(user.role) in (Role.REVIEWER, Role.ADMIN)


def covers(user: User, property_code: str | None) -> bool:
    """Whether the user may see and act on a document of ``property_code``."""
    if sees_everything(user):
        return True
    return property_code is not None and property_code.upper() in user.properties


def may_approve(user: User, amount: Decimal) -> bool:
    return Role(user.role) is Role.ADMIN or (
        Role(user.role) is Role.APPROVER
        and (user.approval_limit is None or amount <= user.approval_limit)
    )
