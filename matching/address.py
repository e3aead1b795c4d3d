"""Addresses, English and Spanish: parsed into street number, street, unit and zip, compared.

``123 Main Street, Apt 4B, Austin TX 78701`` and ``Calle Morelos No. 123 Int. 4, Col.
Centro, C.P. 06000`` both parse; street words are canonical (Street -> ST, Avenida -> AVE,
Norte -> N), so ``123 Main St`` and ``123 MAIN STREET`` agree. The vocabulary is data
(``matching/data/address_words.json``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz

from matching import rules
from matching.normalize import fold_text, ocr_skeleton

_ZIP = re.compile(r"\b(\d{5})(?:-\d{4})?\b")
_DOTS = re.compile(r"[.']")
_SEGMENTS = re.compile(r"[,;\n]")
_TOKEN = re.compile(r"[A-Z0-9]+(?:[-/][A-Z0-9]+)*|#")


@dataclass(frozen=True, slots=True)
class Address:
    number: str = ""  # the street (or PO box) number
    street: str = ""  # canonical street words: "MAIN ST", "CALLE MORELOS", "PO BOX"
    unit: str = ""  # apartment, unit, suite or interior: "4B"
    zip: str = ""  # five digits
    rest: str = ""  # city, state and whatever else, canonical words

    @property
    def is_empty(self) -> bool:
        return not (self.number or self.street or self.zip)

    @property
    def street_line(self) -> str:
        return f"{self.number} {self.street}".strip()


@cache
def _words() -> tuple[dict[str, str], frozenset[str], frozenset[str], frozenset[str]]:
    data = rules.load("address_words")
    canonical = dict(data["street_words"])
    for name, code in data["states"].items():
        if " " not in name:
            canonical[name] = code
    return (
        canonical,
        frozenset(data["unit_markers"]),
        frozenset(data["number_labels"]),
        frozenset(data["drop_words"]),
    )


@cache
def _two_word_states() -> tuple[re.Pattern[str], dict[str, str], frozenset[str]]:
    """(a pattern for state names of two words, their codes, their first words)."""
    states = rules.load("address_words")["states"]
    codes = {name: code for name, code in states.items() if " " in name}
    first_words = frozenset(f"{name.split()[0]} " for name in codes)
    return re.compile(r"\b(?:" + "|".join(codes) + r")\b"), codes, first_words


@cache
def _street_suffixes() -> frozenset[str]:
    """Canonical forms that end a US street name (ST, AVE, ...), not directions or CALLE."""
    prefixes = {"CALLE", "CALZ", "CAM", "PASEO", "PRIV", "CDA", "RET", "AND", "AVE", "BLVD"}
    directions = {"N", "S", "E", "W", "NE", "NW", "SE", "SW"}
    values = set(rules.load("address_words")["street_words"].values())
    return frozenset(values - directions - (prefixes - {"AVE", "BLVD"}))


_EMPTY = Address()


def parse_address(text: str) -> Address:
    """The parts of a one- or multi-line address; missing parts are empty."""
    if not text.strip():
        return _EMPTY
    folded = fold_text(text)
    two_word_states, codes, first_words = _two_word_states()
    if any(word in folded for word in first_words):
        folded = two_word_states.sub(lambda found: codes[found.group(0)], folded)
    folded = _DOTS.sub("", folded).replace("#", " # ")
    zips = list(_ZIP.finditer(folded))
    zip_code = ""
    if zips and folded[: zips[-1].start()].strip() != "":
        zip_code = zips[-1].group(1)
        folded = folded[: zips[-1].start()] + " " + folded[zips[-1].end() :]
    segments = [_TOKEN.findall(s) for s in _SEGMENTS.split(folded)]
    segments = [s for s in segments if s]
    street_at = next((i for i, s in enumerate(segments) if any(_numeric(t) for t in s)), 0)
    number, unit = "", ""
    street: list[str] = []
    rest: list[str] = []
    for index, tokens in enumerate(segments):
        if index == street_at:
            number, street, unit, after = _street_segment(tokens)
            rest.extend(after)
        else:
            found_unit, others = _unit_of(tokens)
            unit = found_unit or unit
            rest.extend(others)
    return Address(number, " ".join(street), unit, zip_code, " ".join(_canonical(rest)))


def _numeric(token: str) -> bool:
    return token[:1].isdigit()


def _street_segment(tokens: list[str]) -> tuple[str, list[str], str, list[str]]:
    """(number, canonical street words, unit, words after the street)."""
    canonical, markers, labels, _ = _words()
    number, unit, street, after = "", "", [], []
    spanish_style = not _numeric(tokens[0])
    numbers = [
        i
        for i, t in enumerate(tokens)
        if _numeric(t) and not (i > 0 and tokens[i - 1] in markers and tokens[i - 1] != "#")
    ] or [0]
    index = 0
    ended = False
    while index < len(tokens):
        token = tokens[index]
        nxt = tokens[index + 1] if index + 1 < len(tokens) else ""
        if token in markers and nxt and (token != "#" or number):
            unit = nxt  # the last marker wins: 'Bldg 2 Apt 210' is unit 210
            index, ended = index + 2, True
            continue
        if (token in labels or token == "#") and _numeric(nxt) and not number:
            number, index = nxt, index + 2
            continue
        if (
            _numeric(token)
            and not number
            and (index == 0 or (spanish_style and index == numbers[-1]))
        ):
            number = token
            ended = ended or (spanish_style and index == numbers[-1])
        elif ended:
            after.append(token)
        else:
            word = canonical.get(token, token)
            street.append(word)
            ended = not spanish_style and word in _street_suffixes() and len(street) > 1
        index += 1
    return number, _canonical(street), unit, after


def _unit_of(tokens: list[str]) -> tuple[str, list[str]]:
    """(the unit named last in the segment, the other words)."""
    _, markers, _, _ = _words()
    unit, others = "", []
    index = 0
    while index < len(tokens):
        if tokens[index] in markers and index + 1 < len(tokens):
            unit, index = tokens[index + 1], index + 2
            continue
        others.append(tokens[index])
        index += 1
    return unit, others


def _canonical(tokens: list[str]) -> list[str]:
    canonical, _, _, drop = _words()
    return [canonical.get(t, t) for t in tokens if t not in drop]


def street_similarity(a: Address, b: Address) -> int:
    """0-100: how alike the two street names read, OCR confusions forgiven."""
    if not a.street or not b.street:
        return 0
    return round(fuzz.token_set_ratio(ocr_skeleton(a.street), ocr_skeleton(b.street)))


def address_similarity(a: Address, b: Address) -> int:
    """0-100 for the same place: street number, street, zip; differing street numbers cap
    it at 50 and differing units (two suites of one building) at 80."""
    if a.is_empty or b.is_empty:
        return 0
    street = street_similarity(a, b)
    number = 1.0 if a.number == b.number else 0.0 if a.number and b.number else 0.5
    zip_part = 1.0 if a.zip == b.zip else 0.0 if a.zip and b.zip else 0.5
    score = 0.55 * street + 30 * number + 15 * zip_part
    if a.number and b.number and a.number != b.number:
        score = min(score, 50)
    if a.unit and b.unit and a.unit != b.unit:
        score = min(score, 80)
    return round(score)
