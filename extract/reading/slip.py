"""Finding a receipt lying on a scanner's bed.

A till slip scanned on a flatbed is a narrow strip of bright thermal paper on a grey or
dark, noisy, specked bed, often only a few per cent of the picture: too small for the
sheet finders (20-97 %). The bed is learnt from the picture's rim: a plane fitted to its
brightness (a lid left open lights it unevenly) and its noise about that plane; the slip
is the one solid, roughly rectangular region clearly brighter than the bed, possibly
slightly turned. Refused: a region filling much of the picture (a sheet, for the sheet
finders), one not clearly brighter than the bed, one that is not rectangular, and one
whose surroundings bear print (a white cell of a table on a scanned page lies on paper
with print around it, never on a bare bed).

Cropping to the slip lets the small print be enlarged within the pixel budget, which the
bed's specks had spread over the whole picture. Measured through read_document and the
extraction, on eight receipts of real shops' layouts laid on a grey 150 dpi bed: word
recall 0.61 -> 0.92, header fields 46 % -> 69 %, 36 s -> 9 s for the eight (tesseract
had read the whole specked bed). On the 24 generated receipts of the reading benchmark
(150 dpi, letter bed) word recall 0.745 -> 0.804, header fields 70.9 % -> 77.5 %; 22
slips are found, the two missed lie on a bed only 3-4 grey levels darker and are read
as before. MARGIN: cropped on the slip's very edge, 73.2 % (a crop a little inside the
paper loses print); two work pixels beyond it read as many fields as one on these, but
on a 300 dpi scan the wider strip of textured bed made tesseract drop a date line.
Pictures already cropped to a slip (20 real layouts)
are left as they are. In the 40 generated 300 dpi scans the six receipts on a bed are
found (header fields unchanged); in 43 phone photos the sheet finders find every
receipt first.

Tried on 12 of the generated receipts once cropped (word recall, 0.796 as kept) and left
out: letters enlarged to 12, 20 or 22 pixels instead of 16 (0.807, 0.798, 0.801: no
difference beyond noise); page segmentation mode 6 (0.799); tesseract's Sauvola
thresholding (0.813, but it would change every page read, untried on scans and photos);
a median filter, a Gaussian blur or non-local means before reading (0.706, 0.748,
0.761); dropping ink blobs of up to 4 pixels as specks (0.680: faint print breaks into
such blobs). preserve_interword_spaces changes only the spaces of tesseract's text
output, not the words of its TSV.
"""

from __future__ import annotations

import cv2
import numpy as np

from .cleanup import order_corners, shrink

WORK_WIDTH = 400
MIN_SHARE = 0.01  # of the picture
MAX_SHARE = 0.45  # larger: a sheet, found (or refused) by the sheet finders
PAPER_PERCENTILE = 99.5  # of the picture: the slip's paper, however small the slip
MIN_CONTRAST = 8.0  # grey levels the slip's paper stands above the bed, at least
NOISE_TIMES = 3.0  # times the bed's spread (on the small, smoothed copy)
MIN_STEP = 2.5  # grey levels above the bed for a point to count as the slip's paper
EDGE_SHARE = 0.4  # of the way from the bed up to the paper, at least, for the same
CLOSING = 15  # pixels of the small copy: lines of print on the slip are filled in
MIN_FILL = 0.85  # of its turned bounding rectangle covered by the slip's convex hull
MIN_SOLIDITY = 0.7  # of the hull covered by the slip's own outline
MAX_BED_INK = 0.01  # of the surroundings darker than print: more and it is a page
OPENING = 11  # pixels of the small copy: a slip is wider, a wedge at the rim narrower
MARGIN = 1  # pixel of the small copy (a quarter per cent of the width) kept round the slip


def find_slip(gray: np.ndarray) -> np.ndarray | None:
    """The four corners (pixels of `gray`) of a slip lying on a bed, a small margin
    round it, or None when no slip stands out from a bare bed."""
    small, factor = shrink(gray, WORK_WIDTH)
    # specks and sensor noise off the bed; in fractions of a grey level, as a faint slip
    # may stand only three or four levels above it
    smooth = cv2.blur(cv2.medianBlur(small, 5).astype(np.float32), (5, 5))
    bed, spread = _bed_surface(smooth)
    above = smooth - bed
    paper = float(np.percentile(above, PAPER_PERCENTILE))
    if paper < max(MIN_CONTRAST, NOISE_TIMES * spread):
        return None
    # low enough for a faint slip, yet above the blurred fringe a dark bed leaves round it
    threshold = max(MIN_STEP, NOISE_TIMES * spread, EDGE_SHARE * paper)
    bright = (above > threshold).astype(np.uint8) * 255
    filled = cv2.morphologyEx(bright, cv2.MORPH_CLOSE, np.ones((CLOSING, CLOSING), np.uint8))
    # strands and wedges as light as paper (a lid's edge, a turned scan's corner) come off
    solid = cv2.morphologyEx(filled, cv2.MORPH_OPEN, np.ones((OPENING, OPENING), np.uint8))
    contours, _ = cv2.findContours(solid, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return None
    contour = max(contours, key=cv2.contourArea)
    hull = cv2.convexHull(contour)  # lines of print reaching the slip's edge notch it
    area = cv2.contourArea(hull)
    if not MIN_SHARE <= area / small.size <= MAX_SHARE:
        return None
    (cx, cy), (w, h), angle = cv2.minAreaRect(hull)
    if area < MIN_FILL * w * h or cv2.contourArea(contour) < MIN_SOLIDITY * area:
        return None
    box = cv2.boxPoints(((cx, cy), (w + 2 * MARGIN, h + 2 * MARGIN), angle))
    if _bed_bears_print(smooth, box, bed):
        return None
    return order_corners(box.astype(np.float32) * factor)


def _bed_surface(smooth: np.ndarray) -> tuple[np.ndarray, float]:
    """The bed's brightness at every point, a plane fitted to a band round the picture's
    edge (a lid left open or a lamp lights a bed unevenly), and its spread about it."""
    height, width = smooth.shape
    rim = max(3, width // 40)
    on_rim = np.zeros(smooth.shape, bool)
    on_rim[:rim], on_rim[-rim:], on_rim[:, :rim], on_rim[:, -rim:] = True, True, True, True
    ys, xs = np.nonzero(on_rim)
    values = smooth[on_rim]
    terms = np.column_stack([np.ones(xs.size), xs / width, ys / height])
    plane = np.linalg.lstsq(terms, values, rcond=None)[0]
    residual = values - terms @ plane
    keep = np.abs(residual - np.median(residual)) <= 3 * np.std(residual)  # the slip's end
    plane = np.linalg.lstsq(terms[keep], values[keep], rcond=None)[0]
    residual = values - terms @ plane
    spread = float(1.4826 * np.median(np.abs(residual - np.median(residual))))
    grid_y, grid_x = np.mgrid[0:height, 0:width].astype(np.float32)
    surface = plane[0] + plane[1] * grid_x / width + plane[2] * grid_y / height
    return surface.astype(np.float32), spread


def _bed_bears_print(smooth: np.ndarray, box: np.ndarray, bed: np.ndarray) -> bool:
    """Whether what lies round the slip holds marks much darker than the bed: print on
    a page, not a bare bed."""
    inside = np.zeros(smooth.shape, np.uint8)
    cv2.fillConvexPoly(inside, np.rint(box).astype(np.int32), 255)
    around = cv2.dilate(inside, np.ones((15, 15), np.uint8)) == 0
    if not around.any():
        return True
    return bool(np.mean(smooth[around] < 0.7 * bed[around]) > MAX_BED_INK)
