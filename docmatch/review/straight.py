"""Straight-through: whether a document may be confirmed with no one looking, and why not.

The thresholds are data (``data/straight_through.json``, or the file named by
``DOCMATCH_STRAIGHT_THROUGH_RULES``). The same reasons sort the review queue: a document's
*confidence* is the lowest of its key fields' confidences and its vendor and property
match scores.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from docmatch.errors import DocmatchError
from docmatch.models import Document
from docmatch.review.content import chosen, payable
from docmatch.settings import Settings

PACKAGED = Path(__file__).with_name("data") / "straight_through.json"


@dataclass(frozen=True, slots=True)
class Rules:
    document_types: frozenset[str]
    required_fields: tuple[str, ...]
    field_confidence: Mapping[str, float]
    match_score: Mapping[str, int]
    confidence_fields: tuple[str, ...]

    def threshold(self, field: str) -> float:
        return self.field_confidence.get(field, self.field_confidence["default"])


@cache
def load_rules(path: Path = PACKAGED) -> Rules:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return Rules(
            document_types=frozenset(data["document_types"]),
            required_fields=tuple(data["required_fields"]),
            field_confidence={k: float(v) for k, v in data["field_confidence"].items()},
            match_score={k: int(v) for k, v in data["match_score"].items()},
            confidence_fields=tuple(data["confidence_fields"]),
        )
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise DocmatchError(f"Straight-through rules {path} cannot be read: {error}") from error


def rules_for(settings: Settings) -> Rules:
    return load_rules(settings.straight_through_rules or PACKAGED)


def blockers(document: Document, rules: Rules) -> list[str]:
    """Every reason the document needs a person; empty when it may go straight through."""
    if document.document_type not in rules.document_types:
        return [f"a {document.document_type or 'document of unknown type'} is always reviewed"]
    extraction = document.extraction or {}
    fields: dict[str, dict[str, Any]] = extraction.get("fields") or {}
    found = [f"{name} is missing" for name in rules.required_fields if name not in fields]
    for name, field in sorted(fields.items()):
        wanted = rules.threshold(name)
        if float(field.get("confidence") or 0) < wanted:
            found.append(f"{name} confidence {field.get('confidence')} is below {wanted}")
    found += [
        f"check {check.get('name')} failed: {check.get('detail')}"
        for check in extraction.get("checks") or []
        if not check.get("passed")
    ]
    found += _match_blockers(document, rules)
    try:
        payable(document, vendor_name="")
    except DocmatchError as error:
        found.append(error.message)
    return found


def _match_blockers(document: Document, rules: Rules) -> list[str]:
    matches = document.matches or {}
    if not matches:
        return ["no master data to match against"]
    found = []
    for what in ("vendor", "property"):
        score = chosen_score(matches, what)
        if score is None:
            found.append(f"no {what} is chosen")
        elif score < rules.match_score[what]:
            found.append(f"{what} match {score} is below {rules.match_score[what]}")
    for number, line in enumerate(matches.get("lines") or [], start=1):
        score = _score(line.get("gl") or [], _line_gl(matches, number))
        if score is None or score < rules.match_score["gl"]:
            found.append(f"line {number} GL account is not chosen with {rules.match_score['gl']}")
    found += [f"flag: {flag}" for flag in matches.get("flags") or []]
    if chosen(document, "duplicate_of"):
        found.append(f"possible duplicate of {chosen(document, 'duplicate_of')}")
    return found


def chosen_score(matches: Mapping[str, Any], what: str) -> int | None:
    return _score(matches.get(what) or [], (matches.get("chosen") or {}).get(what))


def _line_gl(matches: Mapping[str, Any], number: int) -> str | None:
    lines = (matches.get("chosen") or {}).get("lines") or []
    return (lines[number - 1] or {}).get("gl") if number <= len(lines) else None


def _score(candidates: list[dict[str, Any]], code: str | None) -> int | None:
    if not code:
        return None
    return next((int(c["score"]) for c in candidates if c.get("id") == code), None)


def confidence(document: Document, rules: Rules) -> float:
    """The lowest of the key fields' confidences and the vendor and property scores (0..1);
    a key field that is missing counts as 0."""
    fields = (document.extraction or {}).get("fields") or {}
    values = [
        float((fields.get(name) or {}).get("confidence") or 0) for name in rules.confidence_fields
    ]
    matches = document.matches or {}
    if matches:
        values += [(chosen_score(matches, what) or 0) / 100 for what in ("vendor", "property")]
    return round(min(values, default=0.0), 3)
