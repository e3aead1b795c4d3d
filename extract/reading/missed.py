"""Large print the main reading passed over ('2043' in a box under 'Talonario núm.'),
read in a second, separate pass.

Tesseract's page segmentation sometimes drops a few words set in a bigger type than the
text around them, most often a figure alone in a framed box. The ink no word of the main
reading covers, rules and frames taken out, is joined into runs of letters; runs taller
than the page's print are cut out, stacked into one image and read once, and their
confident words are added where the main reading found none.
"""

from __future__ import annotations

import cv2
import numpy as np

from docmatch.types import Word

from .bands import read_crops
from .contract import OcrEngine

INK = 128  # darker than this is ink (paper ~240)
MIN_SIZE = 1.4  # times the page's letter height: only print bigger than the text's
MAX_SIZE = 6.0  # taller runs are artwork, logos or photos
MIN_FILL = 0.22  # share of a run's box that is ink: print, not specks or a signature
MAX_FILL = 0.6  # fuller: a logo, a bar or a dark band's light letters
MAX_RUNS = 12  # the tallest runs read; a page full of them is artwork
RULE_LETTERS = 3.0  # a straight stroke this many letter heights long is a rule or a frame
HALVED_FROM = 16.0  # letter pixels: print this large is sought at half size, for speed


def missed_words(
    gray: np.ndarray, found: list[Word], engine: OcrEngine, languages: str, letter_height: float
) -> list[Word]:
    """Words read off runs of big print that the main reading (`found`) does not cover,
    with boxes in pixels of `gray` and lines numbered after its."""
    runs = _uncovered_runs(gray, found, letter_height)
    if not runs:
        return []
    crops = [(left, top, gray[top:bottom, left:right]) for left, top, right, bottom in runs]
    return read_crops(crops, found, engine, languages)


def _uncovered_runs(
    gray: np.ndarray, found: list[Word], letter_height: float
) -> list[tuple[int, int, int, int]]:
    """Boxes (left, top, right, bottom, in pixels of `gray`) of runs of big letters no
    word covers. Where the print is large, the ink is sought at half size: a pixel there
    is ink where two of its four are (the area average of 0s and 1s, rounded), so a
    stroke two pixels wide stays whole. (Where any one of four made ink, the strokes ran
    into the frame round a pad's number and the number was lost.)"""
    step = 2 if letter_height >= HALVED_FROM else 1
    ink = (gray < INK).astype(np.uint8)
    if step == 2:
        ink = np.asarray(
            cv2.resize(ink, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA), np.uint8
        )
    letters = letter_height / step
    for word in found:
        left, top, right, bottom = (round(v / step) for v in word.bbox)
        ink[max(top - 1, 0) : bottom + 1, max(left - 1, 0) : right + 1] = 0
    rule = max(round(RULE_LETTERS * letters), 10)
    across = cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((1, rule), np.uint8))
    down = cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((rule, 1), np.uint8))
    ink[(across > 0) | (down > 0)] = 0  # rules and frames
    gap = max(round(0.6 * letters), 3)
    joined = cv2.morphologyEx(ink, cv2.MORPH_CLOSE, np.ones((3, gap), np.uint8))
    count, _, stats, _ = cv2.connectedComponentsWithStats(joined)
    runs = []
    for index in range(1, count):
        x, y, w, h = (int(v) * step for v in stats[index][:4])
        if not MIN_SIZE * letter_height <= h <= MAX_SIZE * letter_height or w < h:
            continue  # too small, too tall, or narrower than two letters: a logo's stroke
        fill = float((gray[y : y + h, x : x + w] < INK).mean())  # a band's light letters: full
        if MIN_FILL <= fill <= MAX_FILL:
            runs.append((x, y, x + w, y + h))
    runs.sort(key=lambda box: box[3] - box[1], reverse=True)
    return runs[:MAX_RUNS]
