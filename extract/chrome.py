"""What a browser prints around a web page or an e-mail it prints: the date, time and
title over it, the address and the page count under it. None of it is the document's:
'12/6/25, 12:53 PM' is when it was printed, not when it was issued."""

from __future__ import annotations

import re
from dataclasses import replace

from docmatch.types import Page, Word

MARGIN = 0.05  # of the page's height: the band a browser prints its lines in
SHEET_SHAPES = (1.2, 1.5)  # height over width of the sheets a browser prints on: A4, letter
_STAMP = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},?\s+\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?")
_ADDRESS = re.compile(r"\b(?:https?|file)\s?:\s?//")  # a letterhead prints 'www.' alone


def without_print_chrome(page: Page) -> Page:
    """The page without the browser's lines in its top and bottom margins: one opening
    with the date and time it was printed, or one holding a web address with its scheme."""
    if not SHEET_SHAPES[0] <= page.height / max(page.width, 1.0) <= SHEET_SHAPES[1]:
        return page  # a till's slip, not a printed sheet: its first line is its own
    lines: dict[int, list[Word]] = {}
    for word in page.words:
        lines.setdefault(word.line, []).append(word)
    dropped = {n for n, words in lines.items() if _chrome(page, words)}
    if not dropped:
        return page
    return replace(page, words=tuple(w for w in page.words if w.line not in dropped))


def _chrome(page: Page, words: list[Word]) -> bool:
    text = " ".join(w.text for w in sorted(words, key=lambda w: w.bbox[0]))
    top = min(w.bbox[1] for w in words)
    bottom = max(w.bbox[3] for w in words)
    if top < MARGIN * page.height:
        return bool(_STAMP.match(text) or _ADDRESS.search(text))
    if bottom > (1 - MARGIN) * page.height:
        return bool(_ADDRESS.search(text))
    return False
