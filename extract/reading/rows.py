"""Rows of print on a cleaned page: how far a line's print runs along its row, and the
rows of letter-sized ink that no word read covers.

Ink is anything INK_BELOW_PAPER levels darker than the paper, far lighter than the ink
tesseract's single threshold keeps on a page that also bears black print.
"""

from __future__ import annotations

import cv2
import numpy as np

from docmatch.types import Word

INK_BELOW_PAPER = 30  # levels darker than the paper that count as ink
ROW_GAP_LETTERS = 2.0  # print further along a row than this is another column
ROW_JOIN_LETTERS = 3.0  # gaps bridged along a dropped row: a spaced "•" between its parts
# a row's height, in letters: 'Fredericksburg Rd' with its ascenders and descenders
# stands 2.1 letters tall
MIN_ROW_LETTERS, MAX_ROW_LETTERS = 0.6, 2.5
MIN_ROW_LENGTH = 2.0  # letters: "Terms" and "Pay By" are rows; shorter marks are specks or ticks
MIN_INKED, MAX_INKED = 0.1, 0.6  # share of a row's box that is ink
RIM = 0.015  # share of the page at its edges left alone: a flattened photo's dark rim


def row_extent(line: list[Word], letter_height: float, clean: np.ndarray) -> tuple[float, float]:
    """Left and right of the ink in the middle of the row of `line`'s words reached from
    them without crossing a gap wider than ROW_GAP_LETTERS (a faint line is often read
    as a fragment or two)."""
    top, bottom = min(w.bbox[1] for w in line), max(w.bbox[3] for w in line)
    middle, half = (top + bottom) / 2, max(1.0, (bottom - top) * 0.3)
    band = clean[max(0, int(middle - half)) : int(middle + half) + 1]
    left, right = min(w.bbox[0] for w in line), max(w.bbox[2] for w in line)
    if band.size == 0:
        return left, right
    darkest = band.min(axis=0).astype(np.int16)
    inky = darkest < np.percentile(band, 90) - INK_BELOW_PAPER
    gap = max(2, round(ROW_GAP_LETTERS * letter_height))
    column = int(left)
    while column > 0 and inky[max(0, column - gap) : column].any():
        column -= 1 + int(np.flatnonzero(inky[max(0, column - gap) : column][::-1])[0])
    start = column
    column = int(right)
    while column < len(inky) - 1 and inky[column + 1 : column + 1 + gap].any():
        column += 1 + int(np.flatnonzero(inky[column + 1 : column + 1 + gap])[0])
    return float(start), float(max(column, right))


def unread_rows(
    clean: np.ndarray,
    words: list[Word],
    letter_height: float,
    margin: float,
    *,
    min_letters: int = 0,
) -> list[tuple[int, int, int, int]]:
    """Boxes, with `margin` letters of paper, of rows of letter-sized ink that no word
    of `words` covers: print too faint for the page's threshold, dropped as noise. With
    `min_letters`, a row must hold that many pieces of ink shaped as letters are (a
    rule, a dashed tear-off line, a logo's rim or a banner's grain holds none)."""
    paper = float(np.percentile(clean[::4, ::4], 60))
    ink = (clean < paper - INK_BELOW_PAPER).astype(np.uint8)
    pad = round(margin * letter_height)
    for word in words:
        x0, y0, x1, y1 = (round(v) for v in word.bbox)
        ink[max(0, y0 - pad) : y1 + pad, max(0, x0 - pad) : x1 + pad] = 0
    rim = max(2, round(RIM * max(ink.shape)))
    ink[:rim], ink[-rim:], ink[:, :rim], ink[:, -rim:] = 0, 0, 0, 0
    along = max(3, round(ROW_JOIN_LETTERS * letter_height))
    joined = cv2.morphologyEx(ink, cv2.MORPH_CLOSE, np.ones((1, along), np.uint8))
    count, _, stats, _ = cv2.connectedComponentsWithStats(joined)
    rows = []
    for x, y, w, h, _ in stats[1:count]:
        if not MIN_ROW_LETTERS * letter_height <= h <= MAX_ROW_LETTERS * letter_height:
            continue
        if w < MIN_ROW_LENGTH * letter_height:
            continue
        inked = float(ink[y : y + h, x : x + w].mean())
        if not MIN_INKED <= inked <= MAX_INKED:  # specks, or a solid bar
            continue
        if min_letters and _letters_in(ink[y : y + h, x : x + w], letter_height) < min_letters:
            continue
        rows.append(
            (
                max(0, x - pad),
                max(0, y - pad),
                min(clean.shape[1], x + w + pad),
                min(clean.shape[0], y + h + pad),
            )
        )
    return rows


def _letters_in(ink: np.ndarray, letter_height: float) -> int:
    """The pieces of ink in a row's box as tall as a letter, about, and no wider than
    two (counted in the box alone: the whole page's pieces cost 25 ms a page)."""
    count, _, stats, _ = cv2.connectedComponentsWithStats(ink)
    h, w = stats[1:count, cv2.CC_STAT_HEIGHT], stats[1:count, cv2.CC_STAT_WIDTH]
    shaped = (h >= 0.5 * letter_height) & (h <= 1.6 * letter_height) & (w <= 2 * letter_height)
    return int(shaped.sum())
