"""The generator's data files (samples/data/*.json), loaded once."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).parent / "data"


@cache
def load(name: str) -> Any:
    """The parsed content of ``samples/data/<name>.json``."""
    with (DATA_DIR / f"{name}.json").open(encoding="utf-8") as handle:
        return json.load(handle)


def layouts(*, held_out: bool | None = None) -> list[dict[str, Any]]:
    """Layout definitions: ``False`` the development pool, ``True`` the held-out pool,
    ``None`` all. A held-out layout that has been read (``"read"``: the day it was
    inspected) is no longer unseen: it leaves the held-out pool but stays generatable by id."""
    found = load("layouts")["layouts"]
    if held_out is None:
        return list(found)
    if held_out:
        return [layout for layout in found if layout.get("held_out") and not layout.get("read")]
    return [layout for layout in found if not layout.get("held_out")]


def layout_by_id(layout_id: str) -> dict[str, Any]:
    for layout in load("layouts")["layouts"]:
        if layout["id"] == layout_id:
            return dict(layout)
    raise KeyError(layout_id)


def columns(layout: dict[str, Any]) -> list[str]:
    return list(load("layouts")["columns"][layout.get("columns", "dqpa")])


def labels(set_name: str, region: str) -> dict[str, str]:
    """The label wordings of a label set, completed from its language's base set."""
    data = load("labels")
    wording = dict(data["sets"][set_name])
    lang = wording["lang"]
    merged = {**data["base"][lang], **wording}
    if lang == "es":
        regional = data["regional_es"]
        if "tax" not in wording:
            choices = regional["tax"].get(region, regional["tax"]["tx"])
            merged["tax"] = choices[sum(map(ord, set_name)) % len(choices)]
        merged.setdefault("tax_id", "RFC")
        if "tax_id" not in wording:
            merged["tax_id"] = regional["tax_id"].get(region, "RFC")
    by_region = merged.pop("by_region", None)  # a set's own wordings per region
    if by_region:
        merged.update(by_region.get(region, {}))
    return merged


def months(lang: str) -> list[str]:
    return list(load("labels")["months"][lang])


def payment_terms(lang: str) -> list[tuple[str, int]]:
    return [(text, int(days)) for text, days in load("labels")["terms"][lang]]
