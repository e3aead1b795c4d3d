"""Request and response shapes, kept apart from the database models."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict


class StatusChangePublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    status: str
    reason: str | None
    at: datetime


class DocumentPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: str
    filename: str
    status: str
    document_type: str | None
    type_hint: str | None
    property_hint: str | None
    media_type: str | None
    size: int
    sha256: str
    source: str
    page_count: int | None
    language: str | None
    failure_code: str | None
    failure_reason: str | None
    duplicate_of_id: str | None
    version: int
    created_at: datetime
    updated_at: datetime


class PagePublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    number: int
    width: float
    height: float
    unit: str
    source: str
    rotation: int
    skew: float
    mean_confidence: float
    text: str
    words: list[dict[str, Any]]
    image_url: str


class DocumentDetail(DocumentPublic):
    text_source: str | None
    history: list[StatusChangePublic]
    pages: list[PagePublic]
    extraction: dict[str, Any] | None
    matches: dict[str, Any] | None


class DocumentList(BaseModel):
    items: list[DocumentPublic]
    total: int
    limit: int
    offset: int


class Health(BaseModel):
    status: str
    mode: str
    database: str
    storage: str


class ErrorReply(BaseModel):
    error: str
    detail: str


class ImportSummaryPublic(BaseModel):
    kind: str
    rows: int
    inserted: int
    updated: int
    unchanged: int
