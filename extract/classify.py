"""Document type and language from the words on the pages.

Type: weighted keywords per type and language (``data/doctypes.json``); a keyword in the
title (large text at the top of page 1) counts more. A folder hint is taken when the
content is unsure, and overruled, with the disagreement shown, when it is confident.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import cache

from docmatch.types import DocumentType, Page
from extract.layout import layout_page
from extract.model import Classification
from extract.vocab import LANGUAGES, load, tokens

CONFIDENT = 0.6  # content at or above this score overrules a folder hint
UNSURE = 0.4
MIN_EVIDENCE = 2.0  # below this much keyword weight a document is "other"
MAX_REPEATS = 3  # a keyword counted at most this many times


@cache
def _keywords() -> dict[DocumentType, tuple[tuple[str, float], ...]]:
    data = load("doctypes.json")["types"]
    return {
        DocumentType(name): tuple((" ".join(tokens(k)), float(w)) for k, w in words.items())
        for name, words in data.items()
    }


def _joined(words: Sequence[str]) -> str:
    return " " + " ".join(words) + " "


def _title_text(pages: Sequence[Page]) -> str:
    if not pages or not pages[0].words:
        return "  "
    layout = layout_page(pages[0])
    limit = pages[0].height * 0.3
    big = [
        t
        for s in layout.segments
        if s.bbox[1] < limit and s.height >= 1.25 * layout.word_height
        for t in s.tokens
    ]
    return _joined(big)


def _scores(pages: Sequence[Page]) -> dict[DocumentType, list[tuple[float, str]]]:
    body = _joined([t for page in pages for t in tokens(page.text)])
    title = _title_text(pages)
    factor = float(load("doctypes.json")["title_factor"])
    found: dict[DocumentType, list[tuple[float, str]]] = {}
    for kind, keywords in _keywords().items():
        for phrase, weight in keywords:
            count = min(body.count(f" {phrase} "), MAX_REPEATS)
            if not count:
                continue
            in_title = f" {phrase} " in title
            score = weight * (count + (factor - 1 if in_title else 0))
            found.setdefault(kind, []).append((score, phrase))
    return found


def classify(pages: Sequence[Page], *, hint: DocumentType | None = None) -> Classification:
    scored = _scores(pages)
    totals = sorted(
        ((sum(s for s, _ in hits), kind) for kind, hits in scored.items()), reverse=True
    )
    top, kind = totals[0] if totals else (0.0, DocumentType.OTHER)
    second = totals[1][0] if len(totals) > 1 else 0.0
    if top < MIN_EVIDENCE:
        kind = DocumentType.OTHER
        score = UNSURE  # nothing points anywhere: a folder hint is taken
    else:
        strength = 1 - math.exp(-top / 6)
        score = strength * (top - second * 0.5) / top
    evidence = tuple(p for _, p in sorted(scored.get(kind, []), reverse=True)[:6])
    if hint is None or hint == kind:
        boosted = score if hint is None else min(1.0, score + (1 - score) * 0.5)
        return Classification(kind, round(boosted, 3), evidence, hint, False)
    if score >= CONFIDENT:
        return Classification(kind, round(score, 3), evidence, hint, True)
    hinted = sum(s for s, _ in scored.get(hint, []))
    hint_score = 0.5 + 0.4 * hinted / (hinted + top + 1e-6)
    hint_evidence = tuple(p for _, p in sorted(scored.get(hint, []), reverse=True)[:6])
    disagrees = kind != DocumentType.OTHER
    return Classification(hint, round(hint_score, 3), hint_evidence, hint, disagrees)


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
