"""Grouping a text layer's characters into words, and words into lines in reading order.

Boxes are ``(x0, top, x1, bottom)`` with the origin at the top-left corner.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence

from docmatch.types import BBox, Word

Glyph = tuple[str, float, float, float, float]  # char, x0, top, x1, bottom

# A gap wider than this share of the word's height starts a new word (a space is ~0.28 em;
# tight letter spacing stays under 0.1 em; a word's height is ~0.7 em).
WORD_GAP_RATIO = 0.3
LIGATURES = range(0xFB00, 0xFB07)


def words_from_glyphs(glyphs: Iterable[Glyph]) -> list[tuple[str, BBox]]:
    """Split a stream of glyphs (in content order) into words on whitespace and gaps."""
    words: list[tuple[str, BBox]] = []
    chars: list[str] = []
    x0 = top = x1 = bottom = 0.0
    for char, gx0, gtop, gx1, gbottom in glyphs:
        if char.isspace() or ord(char) < 0x20:
            if chars:
                words.append((_clean("".join(chars)), (x0, top, x1, bottom)))
                chars = []
            continue
        if gx1 <= gx0 or gbottom <= gtop:  # a glyph without ink keeps its text only
            if chars:
                chars.append(char)
            continue
        if chars and _starts_new_word(gx0, gtop, gbottom, x0, top, x1, bottom):
            words.append((_clean("".join(chars)), (x0, top, x1, bottom)))
            chars = []
        if chars:
            x0, top, x1, bottom = min(x0, gx0), min(top, gtop), max(x1, gx1), max(bottom, gbottom)
        else:
            x0, top, x1, bottom = gx0, gtop, gx1, gbottom
        chars.append(char)
    if chars:
        words.append((_clean("".join(chars)), (x0, top, x1, bottom)))
    return [word for word in words if word[0]]


def _starts_new_word(
    gx0: float, gtop: float, gbottom: float, x0: float, top: float, x1: float, bottom: float
) -> bool:
    height = max(bottom - top, gbottom - gtop)
    overlaps_vertically = gtop < bottom and gbottom > top
    gap = gx0 - x1
    return not overlaps_vertically or gap > WORD_GAP_RATIO * height or gap < -0.5 * height


def _clean(text: str) -> str:
    if any(ord(c) in LIGATURES for c in text):
        text = unicodedata.normalize("NFKC", text)
    return text.replace("\ufffe", "").replace("\x00", "")


def assign_lines(words: Sequence[tuple[str, BBox]], *, confidence: float = 1.0) -> tuple[Word, ...]:
    """Cluster words on their vertical centre; lines top to bottom, words left to right.

    Words are taken in order of their centre; a word joins the current line while its
    centre lies within the vertical extent of the line's first word, so a small label and
    a large amount on one baseline share a line and the next line down does not.
    """
    lines: list[list[tuple[str, BBox]]] = []
    band_top = band_bottom = 0.0
    for word in sorted(words, key=lambda w: (w[1][1] + w[1][3]) / 2):
        _, (_, top, _, bottom) = word
        if lines and band_top <= (top + bottom) / 2 <= band_bottom:
            lines[-1].append(word)
            continue
        lines.append([word])
        band_top, band_bottom = top, bottom
    return tuple(
        Word(text=text, bbox=bbox, confidence=confidence, line=number)
        for number, line in enumerate(lines)
        for text, bbox in sorted(line, key=lambda w: w[1][0])
    )
