"""What a browser prints around a web page or an e-mail it prints: the date, time and
title over it, the address and the page count under it; what a fax machine prints over
each page it sends: the time, the sender's name and numbers, the page count. None of it
is the document's: '12/6/25, 12:53 PM' is when it was printed, not when it was issued."""

from __future__ import annotations

import re
from dataclasses import replace

from docmatch.types import Page, Word
from extract.vocab import tokens

MARGIN = 0.05  # of the page's height: the band a browser prints its lines in
SHEET_SHAPES = (1.2, 1.5)  # height over width of the sheets a browser prints on: A4, letter
_STAMP = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},?\s+\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?")
_ADDRESS = re.compile(r"\b(?:https?|file)\s?:\s?//")  # a letterhead prints 'www.' alone
# 'DEC-12-2025 09:07A  FROM: SENTINEL PATROL SERV  8327615499  TO: 12144782885  P.1/2'
_FAX_PAGE = re.compile(r"\bP\.\s?\d{1,3}\s?/\s?\d{1,3}\b")
_TIME = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\s?[AaPp]?\b")


def without_print_chrome(page: Page) -> Page:
    """The page without the browser's lines in its top and bottom margins: one opening
    with the date and time it was printed, or one holding a web address with its scheme;
    nor a fax machine's line over it, the time it was sent and the page's count."""
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
        faxed = bool(_FAX_PAGE.search(text) and _TIME.search(text))
        return bool(_STAMP.match(text) or _ADDRESS.search(text)) or faxed
    if bottom > (1 - MARGIN) * page.height:
        return bool(_ADDRESS.search(text))
    return False


# what a fax's cover sheet calls itself ('TRANSMITTAL COVER SHEET', 'Hoja de fax')
COVER_SHEET = (
    "cover sheet",
    "fax cover",
    "transmittal",
    "facsimile",
    "hoja de fax",
    "portada de fax",
)
_CENTS = re.compile(r"\d[.,]\d{2}\b")


def is_cover_sheet(pages: list[Page]) -> bool:
    """Whether the first of several pages is a fax's cover sheet: its 'To:', 'From:' and
    'Date:' are the fax's, not the document's. A cover sheet names itself and prints no
    sum."""
    if len(pages) < 2:
        return False
    printed = " ".join(w.text for w in pages[0].words)
    said = f" {' '.join(tokens(printed))} "
    return any(f" {phrase} " in said for phrase in COVER_SHEET) and not _CENTS.search(printed)
