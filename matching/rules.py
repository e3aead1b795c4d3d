"""The matching rules that are data: JSON files in ``matching/data``, each read once."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def load(name: str) -> dict[str, Any]:
    """The rule file ``matching/data/<name>.json``."""
    text = resources.files("matching").joinpath(f"data/{name}.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def scoring(section: str) -> dict[str, Any]:
    """The weights and thresholds of one kind of match (``vendor``, ``gl``, ...)."""
    return load("scoring")[section]  # type: ignore[no-any-return]
