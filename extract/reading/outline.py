"""Finding a photographed sheet by the four straight edges of its outline.

A sheet's border is four long straight lines along which the picture changes brightness
from one side to the other: paper against a desk, or a shadow the paper casts. Streaks
of a wooden desk are straight too, and a table's frame or a dark banner on the page
gives straight lines; so every quadrilateral that four candidate lines make is scored by
how much of its own four sides, between its corners, shows such a step. A desk streak
runs on past the sheet's corners and the thin rule of a frame is the same paper on both
sides, so neither holds up along a whole side.

Each line's steps are measured once along its whole length; a side's support between
two corners is then a difference of running sums, so some thousands of quadrilaterals
cost a few milliseconds (15-300 ms a photo, median 165, all finders together). Looking
for sheets running off the picture (below) took the outline alone from a median of 93
to 127 ms a photo (the picture's edges are tried only where paper reaches them, and not
at all when paper reaches three or four of them: a scan, whose reading stays at 1.10x
the tesseract command alone, 1.15x with every edge tried).

On 43 generated phone photos on plain and streaked desks the colour and edge finders
found 27 sheets; with this outline after them, 39, all but two right to the corner.
Where the colour finder's quadrilateral runs unlike the outline's (a streak as light
as paper joined the sheet), the outline's is taken: header fields 75 % -> 78 % (en). Any
finder's quadrilateral with the same paper beyond a side is refused as a printed frame:
on 300 dpi scans a table's frame had been taken for the sheet and the header cropped
away; refusing it lifted English scans' header fields from 89 % to 94 %. A scanner's bed
around a receipt is as light as paper but bears no print, so it is no frame (without
that test 150 dpi receipts lost their crop, word recall 0.74 -> 0.66).

A sheet may run off the photo: a corner beyond the picture's edge, or a whole side. Its
sides are then measured only as far as they show, and the picture's own edges stand in
for at most two sides where paper reaches them; such a sheet is taken only when the
picture's other edges show mostly desk (a scanned page fills its picture to every edge;
without that test, 300 dpi scans were cropped to bands and English header fields fell
from 94 % to 88 %). On the 43 photos of seed 103, two more sheets were flattened and
header fields rose from 79.5 % to 81.4 % (en) and 76.2 % to 78.9 % (es), line items
from 61.5 % to 70.2 % and 52.9 % to 58.6 %; on 26 fresh photos (seed 105) en 80.6 % ->
84.0 %, es 77.3 % unchanged, line items en 74.3 % -> 78.6 %; on the 21 photos of seed
104 es header fields 69.2 % -> 75.2 % but es line items 53.6 % -> 42.9 % (two sheets now
flattened right to the corner read their tables worse); scans and 150 dpi receipts read
the same.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from itertools import combinations

import cv2
import numpy as np

from .cleanup import order_corners, quad_is_sheet, shrink

WORK_WIDTH = 400
LINES_PER_DIRECTION = 10
MAX_LINES = 80  # strongest straight edges looked at, both directions together
STEP_OFFSETS = (2, 4)  # pixels either side of a line where the brightness is compared
MIN_STEP = 12  # grey levels between the two sides for a point to show an edge
MIN_SIDE_SUPPORT = 0.6  # of a side's length showing a step
MIN_SUPPORT = 0.8  # of the four sides together
PAPER_BANDS = (10, 25)  # pixels beyond a side where paper shows if the side is a frame or band
PAPER_LIKENESS = 0.85  # of the paper's brightness, for a point to count as paper
PRINT_REACH = 80  # pixels beyond a side searched for print
INK_LIKENESS = 0.7  # of the paper's brightness, for a point to count as ink
MIN_INK = 0.01  # of the points beyond a side, for print to be there
MAX_CUT_SIDES = 2  # of a sheet's sides, the picture's edges instead
EDGE_PIXELS = 3
MAX_PAPER_AROUND = 0.5  # of the picture's free edges, for a sheet to run off it
MIN_SHOWN = 0.5  # of a side's length on the picture, for its support to be measured


@dataclass(frozen=True)
class _Line:
    rho: float
    theta: float
    steps: np.ndarray  # running count of step points along the line, from t = -reach
    seen: np.ndarray  # running count of the points on the picture, likewise
    picture_edge: bool = False  # the picture's own edge, cutting a sheet that runs off it

    def position(self, point: np.ndarray) -> float:
        return float(point @ np.array([-np.sin(self.theta), np.cos(self.theta)]))


def find_outline(gray: np.ndarray) -> np.ndarray | None:
    """The four corners (pixels of `gray`) of the quadrilateral whose sides show the
    steadiest brightness step, or None when no four lines enclose a sheet."""
    small, factor = shrink(gray, WORK_WIDTH)
    blurred = cv2.GaussianBlur(small, (5, 5), 0)
    lines = _candidate_lines(blurred)
    edges = _picture_edges(blurred)  # top, right, bottom, left
    cutting = [edge if edge.steps[-1] > 0 else None for edge in edges]  # paper reaches it
    if sum(_paper_share(edge) < MAX_PAPER_AROUND for edge in edges) < 2:
        cutting = [None] * 4  # paper all round: a scanned page, no sheet running off
    across = _longest_steps([ln for ln in lines if abs(np.cos(ln.theta)) < 0.5])
    across = [line for line in (cutting[0], *across, cutting[2]) if line is not None]
    down = _longest_steps([ln for ln in lines if abs(np.cos(ln.theta)) >= 0.5])
    down = [line for line in (cutting[3], *down, cutting[1]) if line is not None]
    found = []
    for top, bottom in combinations(across, 2):
        for left, right in combinations(down, 2):
            scored = _score(top, right, bottom, left, small.shape)
            if scored is not None:
                found.append(scored)
    found.sort(key=lambda scored: scored[:3], reverse=True)  # whole, steadiest first
    for *_, quad in found:
        if _runs_off(quad, small.shape) and not _desk_around(quad, edges, small.shape):
            continue
        if not _lies_on_paper(small, blurred, quad):
            return order_corners(quad * factor)
    return None


def _runs_off(quad: np.ndarray, shape: tuple[int, ...]) -> bool:
    """Whether a corner lies on or beyond the picture's edge."""
    return any(_touched(quad, shape))


def _touched(quad: np.ndarray, shape: tuple[int, ...]) -> list[bool]:
    """Which of the picture's edges (top, right, bottom, left) the quadrilateral reaches."""
    height, width = shape[:2]
    xs, ys = quad[:, 0], quad[:, 1]
    edge = EDGE_PIXELS
    return [
        ys.min() <= edge,
        xs.max() >= width - 1 - edge,
        ys.max() >= height - 1 - edge,
        xs.min() <= edge,
    ]


def _desk_around(quad: np.ndarray, edges: list[_Line], shape: tuple[int, ...]) -> bool:
    """Whether the picture's edges the sheet does not reach show mostly desk, not paper:
    a sheet runs off a photo, while a scanned page fills its picture to every edge."""
    free = [line for line, touched in zip(edges, _touched(quad, shape), strict=True) if not touched]
    paper = sum(float(line.steps[-1]) for line in free)
    seen = sum(float(line.seen[-1]) for line in free)
    return seen > 0 and paper / seen < MAX_PAPER_AROUND


def _paper_share(edge: _Line) -> float:
    return float(edge.steps[-1]) / max(float(edge.seen[-1]), 1.0)


def is_printed_frame(gray: np.ndarray, corners: np.ndarray) -> bool:
    """Whether the quadrilateral at `corners` (pixels of `gray`), found by any means, has
    paper beyond a side: a frame printed on the page, which must not be cropped to."""
    small, factor = shrink(gray, WORK_WIDTH)
    return _lies_on_paper(small, cv2.GaussianBlur(small, (5, 5), 0), corners / factor)


def _lies_on_paper(small: np.ndarray, blurred: np.ndarray, quad: np.ndarray) -> bool:
    """Whether beyond some side of the quadrilateral lies more of the same paper with
    print on it: then it is a frame or a band printed on the sheet, not its edge. A
    scanner's bed or lid around a receipt is as light as paper but bears no print."""
    paper = _paper_brightness(blurred, quad)
    centre = quad.mean(axis=0)
    t = np.linspace(0.1, 0.9, 40)[:, None]
    for start, end in zip(quad, np.roll(quad, -1, axis=0), strict=True):
        outward = (start + end) / 2 - centre
        outward /= np.linalg.norm(outward) or 1.0
        points = start + t * (end - start)
        paper_beyond = any(
            _same_paper(blurred, points, outward * depth, paper) for depth in PAPER_BANDS
        )
        if paper_beyond and _print_beyond(small, points, outward, paper):
            return True
    return False


def _same_paper(blurred: np.ndarray, points: np.ndarray, offset: np.ndarray, paper: float) -> bool:
    """Whether the points beyond the side match the paper just inside it. Paper is told
    from paper point by point across the side, so uneven light does not matter; points
    where the inside is print or a dark band tell nothing."""
    inside, outside = _sample(blurred, points - offset), _sample(blurred, points + offset)
    on_paper = inside >= PAPER_LIKENESS * paper
    if np.count_nonzero(on_paper) < 10:
        return False
    return bool(np.mean(outside[on_paper] >= PAPER_LIKENESS * inside[on_paper]) > 0.6)


def _print_beyond(small: np.ndarray, points: np.ndarray, outward: np.ndarray, paper: float) -> bool:
    """Whether ink marks the strip beyond the side, out to PRINT_REACH pixels."""
    strip = np.concatenate(
        [_sample(small, points + outward * depth) for depth in range(4, PRINT_REACH, 2)]
    )
    seen = strip > 0  # off the picture reads as black
    return bool(np.mean(strip[seen] < INK_LIKENESS * paper) >= MIN_INK) if seen.any() else False


def _paper_brightness(blurred: np.ndarray, quad: np.ndarray) -> float:
    """The brightness of most of the quadrilateral's inside: paper, whatever is printed."""
    inside = np.zeros(blurred.shape, np.uint8)
    cv2.fillConvexPoly(inside, np.rint(quad).astype(np.int32), 255)
    values = blurred[inside > 0]
    return float(np.percentile(values, 75)) if values.size else 255.0


def _sample(image: np.ndarray, points: np.ndarray) -> np.ndarray:
    """Brightness at each point; points off the picture read as black (no paper)."""
    return _brightness(image, points)[0]


def _picture_edges(blurred: np.ndarray) -> list[_Line]:
    """The picture's own four edges as lines (top, right, bottom, left), each showing a
    step where paper reaches it: a sheet running off the picture is cut there, and is
    flattened from the sides that show."""
    height, width = blurred.shape
    paper = PAPER_LIKENESS * float(np.percentile(blurred, 75))
    edges = [(1.0, np.pi / 2), (width - 2.0, 0.0), (height - 2.0, np.pi / 2), (1.0, 0.0)]
    found = []
    for rho, theta in edges:
        paper_counts, seen = _paper_counts(blurred, rho, theta, paper)
        found.append(_Line(rho, theta, paper_counts, seen, picture_edge=True))
    return found


def _paper_counts(
    blurred: np.ndarray, rho: float, theta: float, paper: float
) -> tuple[np.ndarray, np.ndarray]:
    """Running counts, point by point along the line, of places as light as paper and
    of places on the picture."""
    reach = int(np.hypot(*blurred.shape))
    t = np.arange(-reach, reach + 1, dtype=np.float32)
    normal = np.array([np.cos(theta), np.sin(theta)], np.float32)
    along = np.array([-np.sin(theta), np.cos(theta)], np.float32)
    values, seen = _brightness(blurred, rho * normal + t[:, None] * along)
    return _running(seen & (values >= paper)), _running(seen)


def _running(marks: np.ndarray) -> np.ndarray:
    return np.concatenate([[0], np.cumsum(marks)])


def _longest_steps(lines: list[_Line]) -> list[_Line]:
    """The lines showing a step over the most points: a sheet's edges and a desk's
    streaks, not the rules of a table (paper on both sides) nor rows of text."""
    return sorted(lines, key=lambda line: -int(line.steps[-1]))[:LINES_PER_DIRECTION]


def _candidate_lines(blurred: np.ndarray) -> list[_Line]:
    """The strongest straight edges, one per place and direction, each with its steps."""
    edges = cv2.Canny(blurred, 20, 60)
    found = cv2.HoughLines(edges, 1, np.pi / 180, threshold=min(blurred.shape) // 5)
    if found is None:
        return []
    kept: list[_Line] = []
    for rho, theta in found[:, 0, :]:
        if any(_same_line(rho, theta, line) for line in kept):
            continue
        kept.append(_Line(float(rho), float(theta), *_step_counts(blurred, rho, theta)))
        if len(kept) >= MAX_LINES:
            break
    return kept


def _same_line(rho: float, theta: float, line: _Line) -> bool:
    turn = abs(theta - line.theta)
    if turn > np.pi / 2:  # theta near 0 and near pi are the same direction, rho flipped
        return abs(rho + line.rho) < 8 and np.pi - turn < np.radians(6)
    return abs(rho - line.rho) < 8 and turn < np.radians(6)


def _step_counts(blurred: np.ndarray, rho: float, theta: float) -> tuple[np.ndarray, np.ndarray]:
    """Running count, point by point along the line, of places where the brightness
    differs between its two sides, near and a little farther off alike (so a thin rule
    the line runs beside is no step); points off the picture show none."""
    height, width = blurred.shape
    reach = int(np.hypot(height, width))
    t = np.arange(-reach, reach + 1, dtype=np.float32)
    normal = np.array([np.cos(theta), np.sin(theta)], np.float32)
    along = np.array([-np.sin(theta), np.cos(theta)], np.float32)
    points = rho * normal + t[:, None] * along
    step = np.ones(len(t), bool)
    on_picture = np.ones(len(t), bool)
    signs = []
    for offset in STEP_OFFSETS:
        one, one_seen = _brightness(blurred, points + offset * normal)
        other, other_seen = _brightness(blurred, points - offset * normal)
        difference = one - other
        on_picture &= one_seen & other_seen
        step &= one_seen & other_seen & (np.abs(difference) >= MIN_STEP)
        signs.append(np.sign(difference))
    step &= signs[0] == signs[-1]
    return _running(step), _running(on_picture)


def _brightness(image: np.ndarray, points: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Brightness at each point (black off the picture) and which points are on it."""
    xs, ys = np.rint(points[:, 0]).astype(int), np.rint(points[:, 1]).astype(int)
    seen = (xs >= 0) & (xs < image.shape[1]) & (ys >= 0) & (ys < image.shape[0])
    values = np.zeros(len(points), np.float32)
    values[seen] = image[ys[seen], xs[seen]]
    return values, seen


def _support(line: _Line, start: np.ndarray, end: np.ndarray) -> float:
    """Share of the line between two points, as far as it shows on the picture, that
    shows a step; none when less than MIN_SHOWN of it shows."""
    reach = (len(line.steps) - 2) // 2
    a, b = sorted((line.position(start), line.position(end)))
    first, last = round(a) + reach, round(b) + reach
    if last - first < 4 or first < 0 or last >= len(line.steps) - 1:
        return 0.0
    shown = float(line.seen[last + 1] - line.seen[first])
    if shown < MIN_SHOWN * (last - first + 1):
        return 0.0
    return float(line.steps[last + 1] - line.steps[first]) / shown


def _score(
    top: _Line, right: _Line, bottom: _Line, left: _Line, shape: tuple[int, ...]
) -> tuple[int, float, float, np.ndarray] | None:
    """(minus the sides the picture's edges make, support, area, corners) of the
    quadrilateral the four lines make, or None when it is no sheet or a side shows too
    little of an edge."""
    order = (top, right, bottom, left)
    corners = []
    for first, second in zip(order, order[1:] + order[:1], strict=True):
        corner = _crossing(first, second)
        if corner is None:
            return None
        corners.append(corner)
    quad = order_corners(np.array(corners, np.float32))
    cut = sum(line.picture_edge for line in order)
    if cut > MAX_CUT_SIDES or not _convex(quad):
        return None
    if not quad_is_sheet(quad.reshape(4, 1, 2), shape) and not _cut_sheet(quad, shape):
        return None
    supports = []
    for index, line in enumerate(order):
        support = _support(line, np.array(corners[index - 1]), np.array(corners[index]))
        if support < MIN_SIDE_SUPPORT:
            return None
        supports.append(support)
    score = float(np.mean(supports))
    if score < MIN_SUPPORT:
        return None
    return -cut, score, float(cv2.contourArea(quad)), quad


def _cut_sheet(quad: np.ndarray, shape: tuple[int, ...]) -> bool:
    """A sheet running off the picture: two corners on it at least, and the part on the
    picture covering 30-97 % of it."""
    height, width = shape[:2]
    inside = sum(0 <= x < width and 0 <= y < height for x, y in quad.reshape(4, 2))
    clipped = cv2.intersectConvexConvex(
        quad.reshape(4, 1, 2).astype(np.float32),
        np.array([[0, 0], [width, 0], [width, height], [0, height]], np.float32).reshape(4, 1, 2),
    )[0]
    return inside >= 2 and 0.3 <= clipped / (height * width) <= 0.97


def _crossing(first: _Line, second: _Line) -> tuple[float, float] | None:
    """Where two lines (x cos θ + y sin θ = ρ) cross, by Cramer's rule: numpy's solver
    costs more than the sum for two equations, and every quadrilateral tried asks four."""
    cos1, sin1 = math.cos(first.theta), math.sin(first.theta)
    cos2, sin2 = math.cos(second.theta), math.sin(second.theta)
    determinant = cos1 * sin2 - sin1 * cos2
    if abs(determinant) < 0.5:  # nearly parallel: no corner
        return None
    x = (first.rho * sin2 - sin1 * second.rho) / determinant
    y = (cos1 * second.rho - first.rho * cos2) / determinant
    return x, y


def _convex(quad: np.ndarray) -> bool:
    return bool(cv2.isContourConvex(quad.reshape(4, 1, 2).astype(np.float32)))
