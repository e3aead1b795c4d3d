"""Document type and language from the words on the pages and how the pages are built.

Type: weighted keywords per type and language (``data/doctypes.json``); a keyword in the
title (large text at the top of page 1) counts more. Structure is weighed beside the words
(``structure`` in the same file): many dated invoice rows point to a statement or a
remittance, aging bucket headings to a statement, one billing period with meter readings
or usage and subscription charges to a bill to pay (an invoice, even under a "Statement"
banner), tender and change lines to
a receipt, rooms with their condition to an inspection, and running text to a contract or
letter ("other"). A folder hint is taken when the content is unsure, and overruled, with
the disagreement shown, when it is confident.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from itertools import pairwise
from statistics import median
from typing import Any

from docmatch.types import DocumentType, Page, Word
from extract.blocks import title_nouns, title_words
from extract.formats import TICKED, Conventions, find_date_range
from extract.model import Classification
from extract.vocab import (
    LANGUAGES,
    all_month_names,
    column_headings,
    composed_label,
    labels,
    load,
    tokens,
    word_meanings,
)

CONFIDENT = 0.6  # content at or above this score overrules a folder hint
UNSURE = 0.4
MIN_EVIDENCE = 2.0  # below this much weight a document is "other"
MAX_REPEATS = 3  # a keyword counted at most this many times
TITLE_PART = 0.3  # a title is printed in this top part of page 1
TITLE_HEIGHT = 1.25  # ... at least this many times the usual word height
TITLE_OVER_WORDS = 0.3  # of the title's strength, where the words point elsewhere
GAP = 1.6  # a gap wider than this many word heights parts two runs of words
PROSE_WORDS = 8  # a line of at least this many words and no amount is running text

_NUMERIC_DATE = re.compile(
    r"(?<![\w/.-])(\d{4}-\d{2}-\d{2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})(?![\w/])"
)
_AMOUNT = re.compile(
    r"(?<![\w/.,-])[-(]?[$€£]?\s?(\d{1,3}(?:[,.' ]\d{3})+|\d+)[.,]\d{2}(?![\d%])\)?"
)
_DATE_RANGE = re.compile(  # '10/01/2026 - 10/31/2026': a billing period without its label
    rf"{_NUMERIC_DATE.pattern}\s*(?:-|–|to|through|thru)\s*{_NUMERIC_DATE.pattern}", re.I
)
_YEAR = re.compile(r"^(19|20)\d{2}$")
_PUNCT = ":;,()[]#*\"'"

Hits = dict[DocumentType, list[tuple[float, str]]]


@dataclass(frozen=True, slots=True)
class _Line:
    text: str  # as printed, dates and amounts taken out
    joined: str  # folded tokens, space-padded for phrase search
    words: int  # alphabetic tokens
    dated: bool
    amounts: int
    ranged: bool  # holds a period: two dates joined by 'to' or a dash
    priced: bool = False  # an item's count times its price makes its amount


@cache
def _data() -> dict[str, Any]:
    return load("doctypes.json")  # type: ignore[no-any-return]


@cache
def _keywords() -> dict[DocumentType, tuple[tuple[str, float], ...]]:
    return {
        DocumentType(name): tuple((" ".join(tokens(k)), float(w)) for k, w in words.items())
        for name, words in _data()["types"].items()
    }


@cache
def _vocabulary(name: str) -> re.Pattern[str]:
    """A structure vocabulary as one pattern over a line's space-padded tokens."""
    phrases = sorted({" ".join(tokens(p)) for p in _data()["structure"][name]}, key=len)
    alternatives = "|".join(re.escape(p) for p in reversed(phrases))
    return re.compile(f"(?= ({alternatives}) )")


def _joined(words: Sequence[str]) -> str:
    return " " + " ".join(words) + " "


def large_title_words(pages: Sequence[Page]) -> frozenset[str]:
    """The words printed large at the top of page 1 ('ORDEN DE SERVICIO')."""
    return frozenset(_title_text(pages)[0].split())


def _title_text(pages: Sequence[Page]) -> tuple[str, str]:
    """Tokens of the runs of words printed large in the top part of page 1, and the type
    words found in those of them whose letters were spaced apart."""
    if not pages or not pages[0].words:
        return "  ", "  "
    page = pages[0]
    usual = median(w.bbox[3] - w.bbox[1] for w in page.words)
    top = sorted(
        (w for w in page.words if w.bbox[1] < page.height * TITLE_PART),
        key=lambda w: (w.line, w.bbox[0]),
    )
    runs: list[list[Word]] = []
    for word in top:
        last = runs[-1][-1] if runs else None
        # a gap measured in the type's own size: a large title's words stand further apart
        size = max(usual, word.bbox[3] - word.bbox[1])
        if last is None or last.line != word.line or word.bbox[0] - last.bbox[2] > GAP * size:
            runs.append([])
        runs[-1].append(word)
    big = [
        run for run in runs if median(w.bbox[3] - w.bbox[1] for w in run) >= TITLE_HEIGHT * usual
    ]
    printed = [_headed(tokens(" ".join(w.text for w in run))) for run in big]
    spaced = [word for toks in printed for word in _letter_spaced(toks)]
    return _joined([t for toks in printed for t in toks] + spaced), _joined(spaced)


def _headed(toks: tuple[str, ...]) -> tuple[str, ...]:
    """A title naming the document ('CONTRACT INVOICE', 'SALES INVOICE') counts by its
    title words alone: the contract it bills under does not make it a contract."""
    if not any(t in title_nouns() for t in toks):
        return toks
    return tuple(t for t in toks if t in title_words() or t.isdigit())


def _letter_spaced(toks: tuple[str, ...]) -> list[str]:
    """The type words of a title whose letters the reading spaced apart ('FA CTU RA
    E h ECTR Ó N ICA'): found inside its letters run together."""
    letters = "".join(toks)
    if len(toks) >= 2 and letters in title_words():
        return [letters]  # 'IN VOICE'
    if len(toks) < 3 or median(len(t) for t in toks) > 3:
        return []
    return [w for w in title_words() if len(w) >= 5 and w in letters]


def _keyword_hits(body: str, title: str) -> Hits:
    factor = float(_data()["title_factor"])
    found: Hits = {}
    for kind, keywords in _keywords().items():
        for phrase, weight in keywords:
            count = min(body.count(f" {phrase} "), MAX_REPEATS)
            if not count:
                continue
            in_title = f" {phrase} " in title
            score = weight * (count + (factor - 1 if in_title else 0))
            found.setdefault(kind, []).append((score, phrase))
    return found


def _has_month_date(toks: tuple[str, ...]) -> bool:
    months = all_month_names()
    return any(
        t in months and any(n.isdigit() and len(n) <= 4 for n in toks[max(i - 1, 0) : i + 3])
        for i, t in enumerate(toks)
    )


def _line(raw: str) -> _Line:
    no_dates, dates = _NUMERIC_DATE.subn(" ", raw)
    rest, amounts = _AMOUNT.subn(" ", no_dates)
    toks = tokens(raw)
    dated = dates > 0 or _has_month_date(toks)
    words = sum(1 for t in toks if t.isalpha() and len(t) > 1)
    ranged = bool(_DATE_RANGE.search(raw)) or (
        _has_month_date(toks) and find_date_range(raw, Conventions()) is not None
    )  # '1 October 2025 thru 31 October 2025', '1 ago. 2025 hasta 29 ago. 2025'
    return _Line(rest, _joined(toks), words, dated, amounts, ranged, _priced(raw))


LONGEST_REFERENCE = 16  # digits of a document's number


def _references(line: _Line) -> set[str]:
    """Document numbers on a line: words with a digit that are neither amounts nor years."""
    found = set()
    for word in line.text.split():
        word = word.strip(_PUNCT)
        if len(word) < 4 or not any(c.isdigit() for c in word) or _YEAR.match(word):
            continue
        if any(c in word for c in "$€£%.,") or ":" in word:
            continue
        if len(word) > LONGEST_REFERENCE and word.isdigit():
            continue  # '1044372049706892560554': a meter's point of delivery (ESI ID), no bill
        found.add(word.upper())
    return found


def _count(line: _Line, vocabulary: str) -> int:
    """How many distinct phrases of a vocabulary the line holds."""
    return len(set(_vocabulary(vocabulary).findall(line.joined)))


_NUMBER = re.compile(r"(?<![\w/.,-])\d{1,3}(?:,\d{3})*(?:\.\d{1,4})?(?![\w/%])")


def _priced(raw: str) -> bool:
    """A line of an item billed by count and price: a count times a price makes an amount
    printed after them ('Storm debris cleanup  1  475.00  475.00')."""
    numbers = [Decimal(n.replace(",", "")) for n in _NUMBER.findall(raw)]
    return any(
        0 < count < 1000 and count * price == amount and price > 0
        for count, price, amount in zip(numbers, numbers[1:], numbers[2:], strict=False)
    )


def _structure(lines: Sequence[_Line]) -> Hits:
    """Weights from how the pages are built, each with a label a reviewer can read."""
    spec = _data()["structure"]
    found: Hits = {}

    def add(feature: str, label: str, times: float = 1.0) -> None:
        for name, weight in spec[feature]["weights"].items():
            found.setdefault(DocumentType(name), []).append((float(weight) * times, label))

    references: set[str] = set()
    for line in lines:
        if line.dated and line.amounts and not line.priced:
            references |= _references(line)
    rows = len(references)
    if rows >= spec["invoice_rows"]["min"]:
        add("invoice_rows", f"{rows} invoice rows", min(rows, spec["invoice_rows"]["cap"]))
    aging = any(_count(line, "aging_words") >= spec["aging_buckets"]["min"] for line in lines)
    if aging:
        add("aging_buckets", "aging buckets")
    period = any(_count(line, "period_words") or line.ranged for line in lines)
    meters = sum(_count(line, "meter_words") for line in lines)
    metered = meters >= spec["single_bill_period"]["min_meter_words"]
    priced = any(line.priced for line in lines)  # 'Mowing 2 375.00 750.00'
    if period and (metered or priced) and not aging and rows < spec["invoice_rows"]["min"]:
        said = "meter readings" if metered else "items priced by count"
        add("single_bill_period", f"one billing period with {said}")
    priced_rows = sum(1 for line in lines if line.priced)
    if priced_rows >= spec["priced_rows"]["min"]:
        times = min(priced_rows, spec["priced_rows"]["cap"])
        add("priced_rows", f"{priced_rows} items priced by count", times)
    tender = any(line.amounts and _count(line, "tender_words") for line in lines)
    change = any(line.amounts and _count(line, "change_words") for line in lines)
    if tender and change:
        add("tender_and_change", "tender and change lines")
    rooms = sum(
        1 for line in lines if _count(line, "room_words") and _count(line, "condition_words")
    )
    if rooms >= spec["room_conditions"]["min"]:
        add("room_conditions", f"{rooms} rooms with their condition")
    prose = sum(1 for line in lines if line.words >= PROSE_WORDS and not line.amounts)
    if prose >= spec["prose"]["min"] and prose >= spec["prose"]["share"] * len(lines):
        add("prose", f"{prose} lines of running text", min(prose, spec["prose"]["cap"]))
    return found


def _narrow_print(pages: Sequence[Page], lines: Sequence[_Line]) -> Hits:
    """A till roll with priced lines: its print is a tall narrow column, or a narrow strip
    of a scanner bed, or its page is as narrow as a roll (80 mm is 227 points), or its
    lines are a few dozen word heights wide (a page's are twice that)."""
    spec = _data()["structure"]["narrow_print"]
    words = [w for w in pages[0].words if w.confidence >= 0.5 and len(w.text) >= 2]
    if len(words) < 10 or sum(1 for line in lines if line.amounts) < spec["min_amount_lines"]:
        return {}
    page = pages[0]
    width = max(w.bbox[2] for w in words) - min(w.bbox[0] for w in words)
    height = max(w.bbox[3] for w in words) - min(w.bbox[1] for w in words)
    tall = height > 0 and width / height <= spec["max_aspect"]
    on_a_bed = width <= spec["max_page_share"] * page.width
    roll = page.unit == "pt" and page.width <= spec["max_roll_points"]
    # a short slip cropped to its print: its lines hold few words whatever the scale
    slim = width <= spec["max_width_in_heights"] * median(w.bbox[3] - w.bbox[1] for w in words)
    if not (tall or on_a_bed or roll or slim):
        return {}
    label = "narrow printed column"
    return {DocumentType(k): [(float(v), label)] for k, v in spec["weights"].items()}


def _scores(pages: Sequence[Page], title: str, spaced: str) -> Hits:
    texts = [line for page in pages for line in page.text.split("\n") if line.strip()]
    lines = [_line(text) for text in texts]
    described = "".join(
        line.joined for line, text in zip(lines, texts, strict=True) if not _item_row(text)
    )
    found = _keyword_hits(described + spaced, title)
    structure = _structure(lines)
    if pages:
        structure |= {k: structure.get(k, []) + v for k, v in _narrow_print(pages, lines).items()}
    for kind, hits in structure.items():
        found.setdefault(kind, []).extend(hits)
    for kind, hits in _due_and_billed(lines).items():
        found.setdefault(kind, []).extend(hits)
    typed = (hits for kind, hits in found.items() if kind != DocumentType.OTHER)
    if sum(max(sum(s for s, _ in hits), 0.0) for hits in typed) < MIN_EVIDENCE:
        for kind, hits in _billed_amounts(lines).items():
            found.setdefault(kind, []).extend(hits)
    return found


ITEM_WORDS = 3  # words of a description before a row's figures
_BLANK_PRICE = re.compile(r"\w.*\s[$€£]\s*_*\s*$")


def _item_row(text: str) -> bool:
    """A line item's row: a description of some words, then two amounts or more ('Cambio
    de anillo de cera - Depto. 302  pza  1  130.00  130.00'). Its words describe the work
    billed, not the document ('Inspección con cámara de drenaje' on a plumber's bill)."""
    amounts = list(_AMOUNT.finditer(text))
    words = re.findall(r"[^\W\d_]{2,}", text[: amounts[0].start()]) if amounts else []
    if len(amounts) == 1 and TICKED.match(text):
        return len(words) >= ITEM_WORDS  # 'X Inspección de comején  $ 80.00': a ticked service
    if not amounts and _BLANK_PRICE.search(text):
        return True  # 'Inspección de comején  $ ___': a service a form lists, its price blank
    return len(amounts) >= 2 and len(words) >= ITEM_WORDS


def _due_and_billed(lines: Sequence[_Line]) -> Hits:
    """A day to pay by and the sums of a bill: a bill, though its title calls it an order."""
    spec = _data()["structure"]["due_and_billed"]
    # the day's label with its date beside it, or over it in a row of captions: the
    # caption's line stands with a figure after it when the line under it holds a date
    captioned = (
        _names_due([*above.joined.split(), "1"]) and below.dated for above, below in pairwise(lines)
    )
    if not any(_names_due(line.joined.split()) for line in lines) and not any(captioned):
        return {}
    named = _billed_names(lines)
    if len(named) < spec["min"]:
        return {}
    label = "a day to pay by and billed sums"
    return {DocumentType(k): [(float(v), label)] for k, v in spec["weights"].items()}


@cache
def _due_openers() -> frozenset[str]:
    """Words a due date's label may open with: a listed one's first word, or any word
    a label is composed of."""
    listed = {
        phrase[0]
        for phrase, found in labels().items()
        if any(label.field == "due_date" and label.strong for label in found)
    }
    return frozenset(listed | set(word_meanings()))


def _names_due(toks: Sequence[str]) -> bool:
    """Whether a line names a day to pay by, a label of two words or more followed by a
    number ('Pay by 03/05', 'Liquidar antes del 4 may. 2026')."""
    if not any(t.isdigit() for t in toks):
        return False
    openers = _due_openers()
    for start in range(len(toks)):
        if toks[start] not in openers:
            continue
        for size in range(2, min(len(toks) - start, 5) + 1):
            phrase = tuple(toks[start : start + size])
            after = toks[start + size : start + size + 3]
            if not any(t.isdigit() for t in after):
                continue
            listed = labels().get(phrase, ())
            composed = composed_label(phrase)
            if any(lb.field == "due_date" and lb.strong for lb in listed) or (
                composed is not None and composed.field == "due_date"
            ):
                return True
    return False


def _billed_names(lines: Sequence[_Line]) -> set[str]:
    """The billing labels ('subtotal', 'i v a', 'monto total') printed beside an amount,
    and a row of item headings naming a count, a price and an amount ('CANT. | ARTÍCULO
    | P. UNIT. | IMPORTE')."""
    named = set()
    for line in lines:
        if not line.amounts:
            continue
        found = _vocabulary("billed_amount_words").findall(line.joined)
        name = found[0] if found else _sum_label(line.joined)
        if name:
            named.add(name)
    if any(_item_headings(line.joined) for line in lines):
        named.add("item headings")
    return named


_SUMS = frozenset({"subtotal", "tax", "total", "amount_due"})


def _sum_label(joined: str) -> str | None:
    """A sum's label opening the line ('importe a cubrir', the amount due), from the
    labels the fields are read by."""
    words = joined.split()
    for size in range(min(len(words), 6), 0, -1):
        found = labels().get(tuple(words[:size]), ())
        if any(label.strong and label.field in _SUMS for label in found):
            return " ".join(words[:size])
    return None


def _item_headings(joined: str) -> bool:
    """Whether a line's words head a count's, a price's and an amount's columns."""
    words = joined.split()
    named = {
        column
        for size in (1, 2, 3)
        for k in range(len(words) - size + 1)
        if (column := column_headings().get(tuple(words[k : k + size]))) is not None
    }
    return {"quantity", "unit_price", "amount"} <= named


def _billed_amounts(lines: Sequence[_Line]) -> Hits:
    """A bill whose title and labels were misread ('CUENTA DE C0BR0') still prints its
    subtotal, tax and total beside their amounts: taken only where no word points to any
    type, since an order or a quote prints them too but says what it is."""
    spec = _data()["structure"]["billed_amounts"]
    named = _billed_names(lines)
    if len(named) < spec["min"]:
        return {}
    label = f"{len(named)} billing amounts"
    times = min(len(named), spec["cap"])
    return {DocumentType(k): [(float(v) * times, label)] for k, v in spec["weights"].items()}


def _evidence(hits: list[tuple[float, str]]) -> tuple[str, ...]:
    return tuple(p for s, p in sorted(hits, reverse=True)[:6] if s > 0)


def _title_kind(title: str) -> DocumentType | None:
    """The type the title's own noun names ('CONTRACT INVOICE': an invoice)."""
    for noun in title.split():
        if noun not in title_nouns():
            continue
        for kind, keywords in _keywords().items():
            if dict(keywords).get(noun, 0.0) > 0:
                return kind
    return None


def classify(pages: Sequence[Page], *, hint: DocumentType | None = None) -> Classification:
    title, spaced = _title_text(pages)
    scored = _scores(pages, title, spaced)
    totals = sorted(
        ((max(sum(s for s, _ in hits), 0.0), kind) for kind, hits in scored.items()),
        reverse=True,
    )
    top, kind = totals[0] if totals else (0.0, DocumentType.OTHER)
    second = totals[1][0] if len(totals) > 1 else 0.0
    if top < MIN_EVIDENCE:
        kind = DocumentType.OTHER
        score = UNSURE  # nothing points anywhere: a folder hint is taken
    else:
        strength = 1 - math.exp(-top / 6)
        score = strength * (top - second * 0.5) / top
    named = _title_kind(title) if kind == DocumentType.OTHER else None
    if named is not None and named in scored:
        # 'CONTRACT INVOICE' over 'Contract Services', 'Agreement No.': an invoice billed
        # under a contract; what the title names wins, with the doubt the words leave
        titled = max(sum(s for s, _ in scored[named]), 0.0)
        if titled >= MIN_EVIDENCE and not any(f" {p} " in title for _, p in scored[kind]):
            kind = named
            score = (1 - math.exp(-titled / 6)) * max(TITLE_OVER_WORDS, 1 - 0.5 * top / titled)
    evidence = _evidence(scored.get(kind, []))
    if hint is None or hint == kind:
        boosted = score if hint is None else min(1.0, score + (1 - score) * 0.5)
        return Classification(kind, round(boosted, 3), evidence, hint, False)
    if score >= CONFIDENT:
        return Classification(kind, round(score, 3), evidence, hint, True)
    hinted = max(sum(s for s, _ in scored.get(hint, [])), 0.0)
    hint_score = 0.5 + 0.4 * hinted / (hinted + top + 1e-6)
    disagrees = kind != DocumentType.OTHER
    return Classification(
        hint, round(hint_score, 3), _evidence(scored.get(hint, [])), hint, disagrees
    )


@cache
def _language_words() -> dict[str, frozenset[str]]:
    words = load("languages.json")["words"]
    return {lang: frozenset(words[lang]) for lang in LANGUAGES if lang in words}


def detect_language(pages: Sequence[Page]) -> str:
    """ISO 639-1 code of the language most of the words belong to ('en' when unsure)."""
    counts = dict.fromkeys(_language_words(), 0)
    for page in pages:
        for token in tokens(page.text):
            for lang, words in _language_words().items():
                if token in words:
                    counts[lang] += 1
    best = max(counts, key=lambda lang: (counts[lang], lang == "en"))
    return best if counts[best] > 0 else "en"
