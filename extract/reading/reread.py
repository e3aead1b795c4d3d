"""Lines the page reading doubted, read again one by one, each with its own contrast.

Tesseract thresholds a page once, globally. Print much lighter than the rest of the page
(grey labels and the sender's address under a black name, print in a light colour) lies
above that threshold and comes back as a few doubtful fragments ('4,4 .' for '2603 NW
7th St'). Each doubtful line is cut out, its own ink stretched to black and its own paper
to white, enlarged further, and all of them are read in one stacked image; a line's new
words replace its old ones only when they are read with clearly more confidence. Rows of
faint print tesseract dropped altogether are read in the same image and their confident
words added. Only small print (a phone photo, a receipt scanned at 150 dpi) is read
again: 300 dpi scans read as before.

Measured through the whole extraction (header fields exactly right) on the 64 generated
phone photos of seeds 103 and 104: English 81.8 % -> 84.5 %, Spanish 76.8 % -> 78.8 %
(with the '@' mended, see `atsign`); on the 26 fresh photos of seed 105, English 83.4 %
-> 85.7 %, Spanish 77.3 % -> 77.8 %. Photos cost 1.5x -> 1.8x tesseract alone. Doubtful
lines alone gave half of it; rows dropped altogether the rest. Left out because they
measured worse on the same 64 photos: darkening the whole page's mid-greys before the
one reading (a power curve; English 76.7 %: it reads faint pages and spoils others),
stretching contrast to the local darkest and lightest (73.6 %: paper texture came up as
print), reading the darkest of red, green and blue instead of the luminance, so that
coloured print comes out dark (74.3 %, halfway 79.3 %: tinted paper and cells darken
too), reading each page twice, with and without the darkening, and keeping the reading
with more confident letters (81.2 %: confidence does not tell which one is right), lines
read again at 17 or 24 pixels a letter rather than 20, lines split at column gaps before
they are read again, a line read again when under 0.85 confident rather than 0.75, and
a faint row's ink counted from 20 levels under the paper rather than 30.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

import cv2
import numpy as np

from docmatch.types import Word

from .cleanup import sharpen
from .contract import OcrEngine
from .rows import row_extent, unread_rows

DOUBTFUL = 0.75  # a line's mean confidence, by letters, below which it is read again
MAX_LINES = 40  # a page of doubtful lines is not print a second look would save
LETTER_PIXELS = 20.0  # the lines are enlarged until their letters stand this tall
MAX_ENLARGEMENT = 4.0
PAD_LETTERS = 0.5  # paper kept above, below and beside a line's words
GAP_LETTERS = 1.0  # white between lines in the stack, so tesseract keeps them apart
BETTER_BY = 0.1  # the new reading's confidence must beat the old by this much
KEEP_LETTERS = 0.6  # ...and hold at least this share of the old reading's letters
NEW_CONFIDENCE = 0.7  # a word read off a row the page reading had dropped
SCAN_ROW_LETTERS = 4  # a scan's dropped row shows this many letters; rules and logos do not
SURE_NEIGHBOUR = 0.6  # a word of another line this sure is not read twice


def reread_doubtful_lines(
    clean: np.ndarray,
    words: list[Word],
    engine: OcrEngine,
    languages: str,
    letter_height: float,
    *,
    scan: bool = False,
) -> list[Word]:
    """`words` with each doubtful line's words replaced by a better second reading, and
    the words of rows of print the page reading dropped (see `rows.unread_rows`) added
    on lines of their own. A `scan`'s lines are kept as read and only its dropped rows
    that show letters are read. Boxes are pixels of `clean`, whose letters are
    `letter_height` pixels tall."""
    lines: dict[int, list[Word]] = defaultdict(list)
    for word in words:
        lines[word.line].append(word)
    doubtful = sorted(
        (number for number, line in lines.items() if _confidence(line) < DOUBTFUL),
        key=lambda number: _confidence(lines[number]),
    )[: 0 if scan else MAX_LINES]
    boxes = [_line_box(lines[number], letter_height, clean) for number in doubtful]
    letters = SCAN_ROW_LETTERS if scan else 0
    boxes += unread_rows(clean, words, letter_height, PAD_LETTERS, min_letters=letters)[:MAX_LINES]
    if not boxes:
        return words
    found = _read_stacked(clean, boxes, engine, languages, letter_height)
    better = {}
    for slot, number in enumerate(doubtful):
        others = [w for w in words if w.line != number and w.confidence >= SURE_NEIGHBOUR]
        new = [w for w in found[slot] if not _covered(w.bbox, others)]  # a neighbour's
        if _is_better(new, lines[number]):
            better[number] = [replace(word, line=number) for word in new]
    added: list[Word] = []
    next_line = max(lines) + 1 if lines else 0
    for slot in range(len(doubtful), len(boxes)):
        new = [w for w in found[slot] if _is_sure(w) and not _covered(w.bbox, words)]
        added += [replace(word, line=next_line) for word in new]
        next_line += 1 if new else 0
    return _replaced(words, better) + added


def _read_stacked(
    clean: np.ndarray,
    boxes: list[tuple[int, int, int, int]],
    engine: OcrEngine,
    languages: str,
    letter_height: float,
) -> list[list[Word]]:
    """The words read off each box of `clean`, the boxes stacked in one image so that
    tesseract starts once, with boxes in pixels of `clean`."""
    scale = min(max(LETTER_PIXELS / letter_height, 1.0), MAX_ENLARGEMENT)
    stack, slots, origins = _stack(clean, boxes, scale, letter_height)
    if scale > 1.0:
        stack = sharpen(stack, scale)
    found: list[list[Word]] = [[] for _ in boxes]
    for word in engine.words(stack, languages=languages):
        middle = (word.bbox[1] + word.bbox[3]) / 2
        slot = next((i for i, (top, bottom) in enumerate(slots) if top <= middle < bottom), None)
        if slot is not None:
            found[slot].append(word)
    return [
        _on_page(words, box, origin, scale)
        for words, box, origin in zip(found, boxes, origins, strict=True)
    ]


def _covered(box: tuple[float, float, float, float], words: list[Word]) -> bool:
    """Whether a word of `words` lies over the middle of `box`."""
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return any(w.bbox[0] <= cx <= w.bbox[2] and w.bbox[1] <= cy <= w.bbox[3] for w in words)


def _is_sure(word: Word) -> bool:
    """A confident word of two letters or more: a dropped row also holds specks and
    pieces of rules, read as a letter or a sign with little confidence."""
    return word.confidence >= NEW_CONFIDENCE and sum(c.isalnum() for c in word.text) >= 2


def _confidence(line: list[Word]) -> float:
    letters = sum(len(w.text) for w in line)
    return sum(w.confidence * len(w.text) for w in line) / letters if letters else 0.0


def _is_better(new: list[Word], old: list[Word]) -> bool:
    new_letters = sum(len(w.text) for w in new)
    old_letters = sum(len(w.text) for w in old)
    return (
        new_letters >= KEEP_LETTERS * old_letters
        and _confidence(new) >= _confidence(old) + BETTER_BY
    )


def _line_box(
    line: list[Word], letter_height: float, clean: np.ndarray
) -> tuple[int, int, int, int]:
    """The line's words' box, widened over the print that runs on along the same row
    (a faint line is often read as a fragment or two), with a margin of paper."""
    pad = PAD_LETTERS * letter_height
    left, right = row_extent(line, letter_height, clean)
    left = max(0, int(left - pad))
    top = max(0, int(min(w.bbox[1] for w in line) - pad))
    right = min(clean.shape[1], int(right + pad) + 1)
    bottom = min(clean.shape[0], int(max(w.bbox[3] for w in line) + pad) + 1)
    return left, top, right, bottom


def _stack(
    clean: np.ndarray,
    boxes: list[tuple[int, int, int, int]],
    scale: float,
    letter_height: float,
) -> tuple[np.ndarray, list[tuple[float, float]], list[tuple[int, int]]]:
    """The lines, each stretched to full contrast and enlarged, one under the next, with
    the top and bottom of each one's slot in the stack and the corner it stands at."""
    gap = round(GAP_LETTERS * letter_height * scale)
    parts, slots, y = [], [], 0
    for left, top, right, bottom in boxes:
        part = _stretched(clean[top:bottom, left:right])
        size = (round(part.shape[1] * scale), round(part.shape[0] * scale))
        part = cv2.resize(part, size, interpolation=cv2.INTER_CUBIC)
        parts.append((y + gap, part))
        slots.append((y + gap / 2, y + gap + part.shape[0] + gap / 2))
        y += gap + part.shape[0]
    width = max(part.shape[1] for _, part in parts) + 2 * gap
    stack = np.full((y + gap, width), 255, np.uint8)
    for top, part in parts:
        stack[top : top + part.shape[0], gap : gap + part.shape[1]] = part
    return stack, slots, [(gap, top) for top, _ in parts]


def _stretched(crop: np.ndarray) -> np.ndarray:
    """The crop's darkest ink to black and its paper to white."""
    ink, paper = np.percentile(crop, (1, 90))
    if paper - ink < 16:
        return crop
    table = np.clip((np.arange(256) - ink) * 255.0 / (paper - ink), 0, 255).astype(np.uint8)
    return cv2.LUT(crop, table)


def _on_page(
    words: list[Word], box: tuple[int, int, int, int], origin: tuple[int, int], scale: float
) -> list[Word]:
    """Words read off a line's part of the stack, `origin` (left, top) its corner there,
    with boxes in pixels of the page."""
    (x, y), (left, top) = origin, box[:2]
    return [
        replace(
            word,
            bbox=(
                left + (word.bbox[0] - x) / scale,
                top + (word.bbox[1] - y) / scale,
                left + (word.bbox[2] - x) / scale,
                top + (word.bbox[3] - y) / scale,
            ),
        )
        for word in words
    ]


def _replaced(words: list[Word], better: dict[int, list[Word]]) -> list[Word]:
    """The words in their order, each improved line's new words where its old ones stood."""
    result: list[Word] = []
    for word in words:
        if word.line not in better:
            result.append(word)
        elif better[word.line]:
            result.extend(better.pop(word.line))
            better[word.line] = []  # its other old words go
    return result
