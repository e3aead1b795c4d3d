"""Lines and segments built from a page's words by geometry.

A line is a run of words sharing a baseline band; a segment is a run of words on one line
with no column gap inside, so "Invoice #: 1042" is one segment and the amount printed far
to the right of "Total" is another. Lines are rebuilt here rather than taken from the
reader so that text layers and OCR behave alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache, cached_property
from statistics import median

from docmatch.types import BBox, Page, PageSource, Word
from extract.vocab import fold, labels, tokens

GAP_FACTOR = 1.6  # a horizontal gap wider than this many line heights starts a new segment
SIZE_STEP = 1.6  # words this many times taller than their neighbour: the smaller sets the gap
LABEL_GAP_FACTOR = 3.0  # two words that open a label may stand this far apart
MAX_TILT = 0.05  # about 3 degrees: more than that the reader has already turned away
_LABEL_COLON = re.compile(r"^([^\d:]{2,}):(\S.*)$")
_GLUED_NUMBER = re.compile(r"^([A-Za-z]{3,})([$€]?\d[\d.,]*%?)$")


def union(boxes: list[BBox] | tuple[BBox, ...]) -> BBox:
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


@dataclass(frozen=True, eq=False)
class Segment:
    page: int
    line: int  # index of its line on the page
    words: tuple[Word, ...]

    @cached_property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @cached_property
    def bbox(self) -> BBox:
        return union([w.bbox for w in self.words])

    @cached_property
    def tokens(self) -> tuple[str, ...]:
        return tuple(t for _, t in self.token_words)

    @cached_property
    def token_words(self) -> tuple[tuple[int, str], ...]:
        """Each token with the index of the word it came from."""
        return tuple((i, t) for i, w in enumerate(self.words) for t in tokens(w.text))

    @property
    def height(self) -> float:
        return median(w.bbox[3] - w.bbox[1] for w in self.words)

    @property
    def confidence(self) -> float:
        return min(w.confidence for w in self.words)

    def tail(self, start_word: int) -> Segment | None:
        """The segment made of this one's words from ``start_word`` on."""
        if start_word >= len(self.words):
            return None
        return Segment(self.page, self.line, self.words[start_word:])

    def head(self, end_word: int) -> Segment | None:
        if end_word <= 0:
            return None
        return Segment(self.page, self.line, self.words[:end_word])


@dataclass(frozen=True, eq=False)
class Line:
    page: int
    index: int
    segments: tuple[Segment, ...]

    @cached_property
    def bbox(self) -> BBox:
        return union([s.bbox for s in self.segments])

    @cached_property
    def text(self) -> str:
        return " ".join(s.text for s in self.segments)

    @property
    def words(self) -> tuple[Word, ...]:
        return tuple(w for s in self.segments for w in s.words)


@dataclass(frozen=True, eq=False)
class PageLayout:
    page: Page
    lines: tuple[Line, ...]
    word_height: float  # median height of a word on the page
    segments: tuple[Segment, ...] = field(default=())

    @cached_property
    def printed(self) -> tuple[float, float] | None:
        """Top and bottom of the print, without faint specks read as words; None when
        too few words tell."""
        words = [w for w in self.page.words if w.confidence >= 0.5 and len(w.text.strip()) >= 2]
        if len(words) < 5:
            return None
        return min(w.bbox[1] for w in words), max(w.bbox[3] for w in words)

    @property
    def number(self) -> int:
        return self.page.number


def top_share(layout: PageLayout, share: float) -> float:
    """The y above which the top `share` of the printed part of a page lies. A receipt
    laid on a scanner bed fills a strip of the scan; its head is the top of the strip,
    not of the bed. Faint specks read as words do not count."""
    if layout.printed is None:
        return layout.page.height * share
    top, bottom = layout.printed
    return top + share * max(bottom - top, 0.5 * layout.page.height)


def set_across(word: Word) -> bool:
    """A caption set up a box's side ('SOLD TO'), read as a word on the box's first line:
    narrower than two of its letters are tall."""
    box = word.bbox
    return len(word.text) >= 5 and box[2] - box[0] < 2 * (box[3] - box[1])


def split_label_colon(word: Word) -> list[Word]:
    """'Total:$45.00' -> 'Total:' and '$45.00', and a label glued to its number on a
    till receipt, 'TAX8.25%' -> 'TAX' and '8.25%'; boxes shared out by characters."""
    match = _LABEL_COLON.match(word.text)
    if match:
        left, right = match.group(1) + ":", match.group(2)
    else:
        glued = _GLUED_NUMBER.match(word.text)
        named = labels().get((fold(glued.group(1)),), ()) if glued else ()
        if not glued or not any(label.kind == "amount" for label in named):
            return [word]
        left, right = glued.group(1), glued.group(2)
    x0, top, x1, bottom = word.bbox
    cut = x0 + (x1 - x0) * len(left) / len(word.text)
    return [
        Word(left, (x0, top, cut, bottom), word.confidence, word.line),
        Word(right, (cut, top, x1, bottom), word.confidence, word.line),
    ]


def tilt_of(words: list[Word]) -> float:
    """How far a line's baseline drops per unit across (dy/dx), as the reader's own lines
    show it: a receipt scanned a degree off drops by a letter's height over its width, so
    an amount at the right edge would fall to the line below its description. The median
    over lines, so lines the reader joined wrongly do not move it."""
    by_line: dict[int, list[Word]] = {}
    for word in words:
        by_line.setdefault(word.line, []).append(word)
    slopes = []
    for line in by_line.values():
        first, last = min(line, key=lambda w: w.bbox[0]), max(line, key=lambda w: w.bbox[2])
        height = median(w.bbox[3] - w.bbox[1] for w in line)
        across = (last.bbox[0] + last.bbox[2] - first.bbox[0] - first.bbox[2]) / 2
        if across > 8 * height:
            slopes.append((_middle(last) - _middle(first)) / across)
    return max(-MAX_TILT, min(MAX_TILT, median(slopes))) if len(slopes) >= 3 else 0.0


@cache
def _label_openings() -> frozenset[tuple[str, str]]:
    return frozenset((words[0], words[1]) for words in labels() if len(words) >= 2)


def _label_pair(left: Word, right: Word) -> bool:
    """'SUB     TOTAL' spaced out on a till receipt is still one label."""
    pair = tokens(left.text) + tokens(right.text)
    return len(pair) == 2 and pair in _label_openings()


def _email_halves(left: Word, right: Word) -> bool:
    """'accounts  @metrooffice.com': OCR may leave a wide gap at the '@', or give the
    first half a box that runs over the rest."""
    return right.text.startswith("@") or left.text.endswith("@")


def _middle(word: Word) -> float:
    return (word.bbox[1] + word.bbox[3]) / 2


def _runs(words: list[Word], tilt: float = 0.0, overlapping: bool = False) -> list[list[Word]]:
    """Words chained left to right on a shared baseline with no column gap between them;
    `tilt` (dy/dx) is taken off each word's height on the page before comparing. With
    `overlapping` (OCR), a word whose box lies inside the one before it goes on its run."""
    runs: list[list[Word]] = []
    open_runs: list[list[Word]] = []
    for word in sorted(words, key=lambda w: w.bbox[0]):
        height = word.bbox[3] - word.bbox[1]
        centre = _level(word, tilt)
        best: list[Word] | None = None
        best_offset = 0.0
        for run in open_runs:
            last = run[-1]
            last_height = last.bbox[3] - last.bbox[1]
            gap = word.bbox[0] - last.bbox[2]
            offset = abs(centre - _level(last, tilt))
            limit = 0.35 * max(height, last_height)
            tallest = max(height, last_height)
            if tallest > SIZE_STEP * min(height, last_height) and _wordy(word) and _wordy(last):
                tallest = min(height, last_height)  # a title and a name beside it are two
            near = -0.5 * height <= gap and (
                gap <= GAP_FACTOR * tallest
                or (gap <= LABEL_GAP_FACTOR * tallest and _label_pair(last, word))
            )
            near = near or (gap <= LABEL_GAP_FACTOR * tallest and _email_halves(last, word))
            near = near or (overlapping and _inside(word, last))
            if near and offset <= limit:
                if best is None or offset < best_offset:
                    best, best_offset = run, offset
        if best is None:
            best = [word]
            runs.append(best)
            open_runs.append(best)
        elif not (overlapping and any(_read_twice(word, other) for other in best[-3:])):
            best.append(word)
        # a run stays open by its own height too: a hyphen's tiny box must not close it
        reach = word.bbox[0] - 4 * height
        open_runs = [
            r
            for r in open_runs
            if r[-1].bbox[2] >= reach
            or r[-1].bbox[2] + 4 * (r[-1].bbox[3] - r[-1].bbox[1]) >= word.bbox[0]
        ]
    return runs


def _inside(word: Word, last: Word) -> bool:
    """OCR may box a word with the rest of its line ('Dallas,' over 'TX 75244'): a word
    inside that box is printed on with it, never in another column."""
    height = word.bbox[3] - word.bbox[1]
    return last.bbox[0] <= word.bbox[0] and word.bbox[2] <= last.bbox[2] + 0.5 * height


def _read_twice(word: Word, other: Word) -> bool:
    """The same print read twice ('Please Please Remit Remit'): one text over one spot."""
    width = min(word.bbox[2] - word.bbox[0], other.bbox[2] - other.bbox[0])
    shared = min(word.bbox[2], other.bbox[2]) - max(word.bbox[0], other.bbox[0])
    return word.text == other.text and shared > 0.5 * width


def _wordy(word: Word) -> bool:
    """A word of capitals or digits whose box shows the type size ('-', 'ace' do not; a
    capital alone does: 'F A CTU R A' spaced apart)."""
    text = word.text
    return (len(text) >= 2 or text.isalnum()) and any(c.isupper() or c.isdigit() for c in text)


def _level(word: Word, tilt: float) -> float:
    return _middle(word) - tilt * (word.bbox[0] + word.bbox[2]) / 2


MAX_BAND = 0.75  # of the page's word height: how far from a line's centre a run may join it
LARGER_TYPE = 1.3  # a run this many times taller than another is set in larger type
SPECK_BAND = 3.0  # a run this many times taller than the one opening its line: that was a speck


def _reach(band: float, half: float) -> float:
    """How far from the centre of the run opening a line (of half height ``band``) the
    centre of a run of half height ``half`` may stand to join it: within the opener's
    band, or within its own where it is set in larger type ('$3,890.00' beside 'Amount
    of Your Previous Bill'); a letter reaching below the line ('Activity') makes no
    larger type."""
    return half if half >= LARGER_TYPE * band else band


def _group_lines(runs: list[list[Word]], tilt: float = 0.0) -> list[list[list[Word]]]:
    """Runs sharing a baseline band, top to bottom, each line's runs left to right. A run
    joins a line when its centre stands within reach (`_reach`) of the centre of the run
    opening the line: a bold amount in a larger size beside its label
    ('Amount of Your Previous Bill   $3,890.00') shares the line of the small print it
    stands with. A speck opening a line gives it up to the print that joins it. No band
    reaches past three quarters of a word's height: a tall logo beside the address
    spans lines of its own."""
    if not runs:
        return []
    widest = MAX_BAND * median(w.bbox[3] - w.bbox[1] for run in runs for w in run)

    def centre_of(run: list[Word]) -> float:
        return median(_level(w, tilt) for w in run)

    def base_of(run: list[Word]) -> float:
        return median(_level(w, tilt) + (w.bbox[3] - w.bbox[1]) / 2 for w in run)

    lines: list[list[list[Word]]] = []
    line_centre = band = 0.0  # of the run that opened the last line
    bases: list[float] = []  # of the runs of the last line
    for run in sorted(runs, key=centre_of):
        centre, base = centre_of(run), base_of(run)
        half = min(median(w.bbox[3] - w.bbox[1] for w in run) * 0.5, widest)
        offset = abs(centre - line_centre)
        # larger type stands on the baseline of the print it joins: a name written on
        # a form's line sits beside its caption ('NAME'), not the heading above it
        based = any(abs(base - other) <= max(band, half) for other in bases)
        if lines and (offset <= band or (offset <= _reach(band, half) and based)):
            lines[-1].append(run)
            bases.append(base)
            if half > SPECK_BAND * band:  # a speck opened the line: the print sets its band
                line_centre, band = centre, half
            continue
        lines.append([run])
        line_centre, band, bases = centre, half, [base]
    return [sorted(line, key=lambda r: r[0].bbox[0]) for line in lines]


_LEADER = re.compile(r"[.…·_]{3,}$")


def _without_leader(word: Word) -> Word | None:
    """A word without the dots leading the eye to its value ('Remit By ........'), or
    None when it is only such dots or blank."""
    leader = _LEADER.search(word.text)
    if leader is None:
        return word if word.text.strip() else None
    kept = word.text[: leader.start()].rstrip()
    if len(kept) < 1:
        return None
    x0, top, x1, bottom = word.bbox
    x1 = x0 + (x1 - x0) * len(kept) / len(word.text)
    return replace(word, text=kept, bbox=(x0, top, x1, bottom))


# dot leaders as OCR reads them: '............00ce', 'eee', '.......-eeeeceeeeee'
_READ_LEADER = re.compile(r"[.·•_:,\-eco0]{2,}")
_LEADER_CRUMB = re.compile(r"[.·•_:,\-eco0]{1,5}")


def _without_read_leaders(words: tuple[Word, ...]) -> list[Word]:
    """An OCR'd page's words without the dot leaders read as dots and e's, nor the
    crumbs next to them ('00', 'e')."""
    dropped = [
        bool(_READ_LEADER.fullmatch(w.text)) and (w.text.count(".") >= 2 or w.text.count("e") >= 2)
        for w in words
    ]
    for order in (range(len(words)), range(len(words) - 1, -1, -1)):
        for i in order:  # spread from each leader to the crumbs touching it, both ways
            if dropped[i] or not _LEADER_CRUMB.fullmatch(words[i].text.strip("-:")):
                continue
            dropped[i] = any(
                dropped[j] and words[j].line == words[i].line
                for j in (i - 1, i + 1)
                if 0 <= j < len(words)
            )
    return [w for w, gone in zip(words, dropped, strict=True) if not gone]


_RULES = {"|", "||", "¦", "│", "┃"}
RULE = re.compile(r"[|¦!\[\]]+")  # a ruled line or a box's side read as a character


def _split_at_rules(run: list[Word]) -> list[list[Word]]:
    """A run cut where a vertical rule stands between two labelled values ('Account No.:
    3133 | Bill No.: 0949'): the rule parts two cells. A rule between parts of one value
    ('5336 NW 7th St | Miami, FL') leaves the run whole."""
    parts: list[list[Word]] = [[]]
    for word in run:
        if word.text.strip() in _RULES:
            parts.append([])
        parts[-1].append(word)
    if len(parts) == 1 or not all(_labelled(part) for part in parts):
        return [run]
    return [kept for part in parts if (kept := [w for w in part if w.text.strip() not in _RULES])]


def _within_rules(run: list[Word]) -> list[Word]:
    """A run without the sides of its box read as rules at its ends ('| F-41726 |')."""
    start, end = 0, len(run)
    while start < end - 1 and run[start].text.strip() in _RULES:
        start += 1
    while end - 1 > start and run[end - 1].text.strip() in _RULES:
        end -= 1
    return run[start:end]


def _labelled(words: list[Word]) -> bool:
    """Whether a label closed by a colon opens these words."""
    return any(w.text.endswith(":") for w in words[:5] if w.text.strip() not in _RULES)


def layout_page(page: Page) -> PageLayout:
    printed = _without_read_leaders(page.words) if page.source == PageSource.OCR else page.words
    words = [
        part
        for word in printed
        if (w := _without_leader(word)) is not None
        for part in split_label_colon(w)
    ]
    if not words:
        return PageLayout(page, (), 10.0)
    tilt = tilt_of(words) if page.source == PageSource.OCR else 0.0
    ocr = page.source == PageSource.OCR
    runs = [
        _within_rules(part)
        for run in _runs(words, tilt, overlapping=ocr)
        for part in _split_at_rules(run)
    ]
    grouped = _group_lines(runs, tilt)
    lines = tuple(
        Line(page.number, i, tuple(Segment(page.number, i, tuple(run)) for run in runs))
        for i, runs in enumerate(grouped)
    )
    height = median(w.bbox[3] - w.bbox[1] for w in words)
    segments = tuple(s for line in lines for s in line.segments)
    return PageLayout(page, lines, height, segments)
