"""Request and response shapes of users, review, approval and export, kept apart from the
database models. Money is a Decimal (a string in JSON); every write names the document
``version`` it was read at."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from api.schemas import DocumentPublic
from docmatch.export import ExportFormat
from docmatch.review.users import Role


def _storable(text: str) -> str:
    """Text every database stores: valid UTF-8 and no NUL characters."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("text must be valid Unicode") from None
    if "\x00" in text:
        raise ValueError("text must not contain NUL characters")
    return text


Storable = AfterValidator(_storable)
Name = Annotated[str, Field(min_length=1, max_length=100), Storable]
Code = Annotated[str, Field(min_length=1, max_length=50), Storable]
Words = Annotated[str, Field(min_length=1, max_length=2000), Storable]
Description = Annotated[str, Field(max_length=1000), Storable]
Money = Annotated[Decimal, Field(max_digits=14, decimal_places=2, allow_inf_nan=False)]
Quantity = Annotated[Decimal, Field(max_digits=14, decimal_places=4, allow_inf_nan=False)]
Coordinate = Annotated[float, Field(allow_inf_nan=False, ge=-1e6, le=1e6)]
# SQLite hands back naive timestamps; every timestamp docmatch writes is UTC.
Utc = Annotated[dt.datetime, AfterValidator(lambda t: t if t.tzinfo else t.replace(tzinfo=dt.UTC))]
Version = Annotated[int, Field(ge=1, le=2**31 - 1, description="the version you read")]


class UserCreate(BaseModel):
    name: Name
    role: Role
    properties: list[Code] = Field(default_factory=list, max_length=500)
    limit: Money | None = Field(default=None, ge=0, description="approvers: the most they approve")


class UserPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    role: str
    properties: list[str]
    approval_limit: Decimal | None
    active: bool
    created_at: Utc


class UserCreated(UserPublic):
    token: str = Field(description="shown this once; only its hash is kept")


class QueueItem(BaseModel):
    id: str
    filename: str
    document_type: str | None
    vendor_code: str | None
    property_code: str | None
    invoice_number: str | None
    invoice_date: dt.date | None
    total: Decimal | None
    confidence: float
    blockers: list[str]
    version: int
    created_at: Utc


class QueueCounts(BaseModel):
    by_type: dict[str, int]
    by_property: dict[str, int]


class QueuePage(BaseModel):
    items: list[QueueItem]
    total: int
    counts: QueueCounts
    limit: int
    offset: int


class FieldUpdate(BaseModel):
    value: Words
    page: int | None = Field(default=None, ge=1, le=10_000)
    bbox: Annotated[list[Coordinate], Field(min_length=4, max_length=4)] | None = Field(
        default=None, description="x0, top, x1, bottom on the page, where the value is"
    )


class LineItemUpdate(BaseModel):
    description: Description
    amount: Money
    quantity: Quantity | None = None
    unit_price: Money | None = None
    date: dt.date | None = None
    gl_account: Code | None = None


class MatchesUpdate(BaseModel):
    """Only the keys sent change; send null to clear a choice."""

    vendor: Code | None = None
    property: Code | None = None
    unit: Code | None = None
    po: Code | None = None
    duplicate_of: Code | None = None
    lines: list[Code | None] | None = Field(
        default=None, max_length=1000, description="a GL account (or null) for every line"
    )


class DocumentUpdate(BaseModel):
    version: Version
    fields: dict[Code, FieldUpdate | None] = Field(
        default_factory=dict, max_length=50, description="a field's new value, or null to remove it"
    )
    line_items: list[LineItemUpdate] | None = Field(
        default=None, max_length=1000, description="the whole new list of line items"
    )
    matches: MatchesUpdate | None = None


class VersionBody(BaseModel):
    version: Version


class ReasonBody(BaseModel):
    version: Version
    reason: Words


class HistoryEntryPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    at: Utc
    actor: str
    user_id: int | None
    action: str
    field: str
    old: Any
    new: Any
    reason: str | None
    version: int | None


class ApprovalPublic(BaseModel):
    document_id: str
    filename: str
    vendor_code: str | None
    invoice_number: str | None
    invoice_date: dt.date | None
    amount: Decimal
    property_code: str | None
    approver: str | None
    route: str
    status: str
    reason: str | None
    version: int
    created_at: Utc


class LessonPublic(BaseModel):
    alias: str | None
    layout: list[str]
    gl_account: str | None


class Decided(BaseModel):
    document: DocumentPublic
    learned: LessonPublic | None = None
    approval: ApprovalPublic | None = None


class ExportCreate(BaseModel):
    format: ExportFormat


class ExportBatchPublic(BaseModel):
    id: int
    format: str
    status: str
    created_by: str
    created_at: Utc
    invoice_count: int
    total: Decimal
    filename: str
    sha256: str | None
    size: int | None
    written_at: Utc | None
    delivered_at: Utc | None
    document_ids: list[str]
    file_url: str
