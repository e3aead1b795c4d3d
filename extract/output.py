"""The JSON contract other tools read (``docmatch extract FILE --format json``)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from docmatch.types import Reading
from extract.model import ExtractedField, Extraction, LineItem


def _box(bbox: tuple[float, float, float, float]) -> list[float]:
    return [round(v, 2) for v in bbox]


def field_to_json(item: ExtractedField) -> dict[str, Any]:
    data: dict[str, Any] = {
        "value": item.value,
        "text": item.text,
        "confidence": round(item.confidence, 3),
        "page": item.page,
        "bbox": _box(item.bbox),
        "method": item.method,
    }
    if item.alternatives:
        data["alternatives"] = [field_to_json(a) for a in item.alternatives]
    return data


def _decimal(value: Decimal | None) -> str | None:
    return (
        None
        if value is None
        else format(value.normalize(), "f")
        if value == value.to_integral()
        else str(value)
    )


def line_item_to_json(item: LineItem) -> dict[str, Any]:
    data: dict[str, Any] = {
        "description": item.description,
        "quantity": _decimal(item.quantity),
        "unit_price": None
        if item.unit_price is None
        else str(item.unit_price.quantize(Decimal("0.01"))),
        "amount": None if item.amount is None else str(item.amount.quantize(Decimal("0.01"))),
        "page": item.page,
        "bbox": _box(item.bbox),
        "confidence": round(item.confidence, 3),
    }
    if item.date is not None:
        data["date"] = item.date.isoformat()
    return data


def extraction_to_json(reading: Reading, extraction: Extraction) -> dict[str, Any]:
    classification = extraction.classification
    return {
        "document_type": classification.document_type.value,
        "language": extraction.language,
        "pages": len(reading.pages),
        "text_source": reading.text_source,
        "classification": {
            "score": classification.score,
            "evidence": list(classification.evidence),
            "hint": classification.hint.value if classification.hint else None,
            "hint_disagrees": classification.hint_disagrees,
        },
        "fields": {name: field_to_json(f) for name, f in extraction.fields.items()},
        "line_items": [line_item_to_json(item) for item in extraction.line_items],
        "checks": [
            {"name": c.name, "passed": c.passed, "detail": c.detail, "fields": list(c.fields)}
            for c in extraction.checks
        ],
    }
