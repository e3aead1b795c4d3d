"""Which property (and unit) a document is for.

Evidence: the service or bill-to address against the property's address (street number
and street, street words in canonical form, English and Spanish), the zip, the property's
name written on the document, the folder the file came from (its code or name), and a
unit (Apt / Unit / # / Int. / Depto) that is one of the property's units.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from matching import rules
from matching.address import Address, parse_address, street_similarity
from matching.candidates import Evidence, Ranking, choose, ranked, strength_between
from matching.index import MatchIndex, code_key, place_keys
from matching.normalize import fold_text

_ADDRESS_FIELDS = (("service_address", "service address"), ("bill_to_address", "bill-to address"))


@dataclass(frozen=True, slots=True)
class PropertyMatch:
    ranking: Ranking
    unit: str | None
    note: str = ""  # about the unit


def match_property(
    index: MatchIndex, fields: Mapping[str, str], hint: str | None = None, top: int = 3
) -> PropertyMatch:
    weights = rules.scoring("property")
    addresses = [
        (label, parse_address(fields[name]))
        for name, label in _ADDRESS_FIELDS
        if fields.get(name, "").strip()
    ]
    evidence: dict[int, Evidence] = {}
    for label, address in addresses:
        _by_address(index, label, address, evidence, weights)
    for label, text in _name_texts(fields):
        _by_name(index, label, text, evidence, weights)
    for part in _hint_parts(hint):
        _by_hint(index, part, evidence, weights)
    unit = next((a.unit for _, a in addresses if a.unit), None)
    if unit:
        for position, proof in evidence.items():
            units = {fold_text(u) for u in index.properties[position].units}
            if fold_text(unit) in units:
                proof.add(weights["unit_known"], f"unit {unit} is one of its units")
    by_code = {index.properties[p].code: proof for p, proof in evidence.items()}
    names = {index.properties[p].code: index.properties[p].name for p in evidence}
    ranking = choose(
        ranked(by_code, names, top),
        minimum=weights["choose_min"],
        too_close=weights["too_close"],
        what="property",
    )
    return PropertyMatch(ranking, unit, _unit_note(index, ranking, unit))


def _by_address(
    index: MatchIndex,
    label: str,
    address: Address,
    evidence: dict[int, Evidence],
    weights: dict[str, Any],
) -> None:
    positions: set[int] = set()
    for key in place_keys(address):
        positions.update(index.properties_by_place.get(key))
    if address.zip:
        positions.update(index.properties_by_place.get(("zip only", address.zip)))
    for position in positions:
        theirs = index.property_addresses[position]
        proof = evidence.setdefault(position, Evidence())
        similarity = street_similarity(address, theirs)
        if address.number and address.number == theirs.number:
            if similarity >= weights["street_floor"]:
                said = "equal to" if similarity >= 95 else f"{similarity} like"
                shown = index.properties[position].address
                proof.add(weights["street"], f"{label} {said} '{shown}'")
            else:
                proof.add(weights["street_number_only"], f"{label} street number equal")
        if address.zip and address.zip == theirs.zip:
            proof.add(weights["zip"], f"zip {address.zip} equal")


def _name_texts(fields: Mapping[str, str]) -> list[tuple[str, str]]:
    """Where a property's name may be written: the customer, and address lines without digits."""
    texts = [("customer name", fields.get("customer_name", ""))]
    for name, label in _ADDRESS_FIELDS:
        for line in re.split(r"[\n,]", fields.get(name, "")):
            if line.strip() and not re.search(r"\d", line):
                texts.append((label, line))
    return [(label, text.strip()) for label, text in texts if text.strip()]


def _by_name(
    index: MatchIndex, label: str, text: str, evidence: dict[int, Evidence], weights: dict[str, Any]
) -> None:
    for hit in index.property_names.search(text, 20):
        if hit.similarity >= 85:
            strength = weights["name"] * strength_between(hit.similarity, 85, 0.6, 1.0)
            reason = f"name {hit.similarity} like '{hit.shown}' in the {label}"
            evidence.setdefault(hit.owner, Evidence()).add(strength, reason)


def _hint_parts(hint: str | None) -> list[str]:
    return [part for part in re.split(r"[/\\]", hint or "") if part.strip()]


def _by_hint(
    index: MatchIndex, hint: str, evidence: dict[int, Evidence], weights: dict[str, Any]
) -> None:
    position = index.property_by_code_key.get(code_key(hint))
    if position is not None:
        reason = f"folder '{hint}' is its code"
        evidence.setdefault(position, Evidence()).add(weights["hint"], reason)
    for hit in index.property_names.search(hint, 10):
        if hit.similarity >= 85:
            strength = weights["hint"] * strength_between(hit.similarity, 85, 0.6, 0.95)
            reason = f"folder '{hint}' {hit.similarity} like its name"
            evidence.setdefault(hit.owner, Evidence()).add(strength, reason)


def _unit_note(index: MatchIndex, ranking: Ranking, unit: str | None) -> str:
    if not unit or ranking.chosen is None:
        return ""
    place = index.properties[index.property_position[ranking.chosen.id]]
    if place.units and fold_text(unit) not in {fold_text(u) for u in place.units}:
        return f"unit {unit} is not one of {place.code}'s units"
    return ""
