"""Faint print on a noisy scan: a till slip faded to a third of its ink, its strokes only
four or five times the scanner's noise above it. Stretched as it is, the noise turns to
black specks as dark as the strokes, the letters' height is measured on the specks and
tesseract reads nothing; smoothed within the paper and within the strokes but not across
their edges (a bilateral filter), the print stands out again.

Measured on the 16 drawn tills of ``benchmarks.receipt_tills`` faded to 30-40 % of their
ink (88 fields): 2 read as printed before, 43 after (4 and 47 with other seeds). A
Gaussian blur instead read 33-38 (sigma 0.7-1.2 pixels), a median 23, non-local means
13; a wider bilateral filter (7 pixels, 40 levels) 11 and one applied twice 21, so the
filter is kept small. Such slips stand 3.3-4 noise spreads above the paper; slips at
60-80 % of their ink stand 6-7.5 above it and every scan and photo of the accuracy
corpus 100-350, and are left as they are: smoothing such print before reading lost
words (see `slip`).
"""

from __future__ import annotations

import cv2
import numpy as np

FAINT_RATIO = 5.0  # ink depth in noise spreads, under which print is faint
DIAMETER = 5  # pixels of the bilateral filter's neighbourhood
LEVELS = 30.0  # grey levels of difference it still smooths over (noise, not edges)


def smooth_faint_print(gray: np.ndarray) -> np.ndarray:
    """`gray` with its noise smoothed away when its print is faint, else as it is."""
    if _ink_over_noise(gray) >= FAINT_RATIO:
        return gray
    return cv2.bilateralFilter(gray, DIAMETER, LEVELS, DIAMETER)


def _ink_over_noise(gray: np.ndarray) -> float:
    """How far the darkest print (smoothed, so noise does not pass for it) lies under
    the paper, in spreads of the pixel noise, on every other pixel; the medians and
    percentiles taken on every other of those (a scanned page's half-million points
    tell them as well as its two million, in a quarter of the time)."""
    sample = np.ascontiguousarray(gray[::2, ::2]).astype(np.float32)
    detail = (sample - cv2.GaussianBlur(sample, (0, 0), 2))[::2, ::2]
    noise = 1.4826 * float(np.median(np.abs(detail - np.median(detail))))
    smooth = cv2.GaussianBlur(sample, (0, 0), 1)[::2, ::2]
    dark, paper = np.percentile(smooth, (0.5, 50))
    return float(paper - dark) / max(noise, 0.5)
