"""Header fields found by their labels: the value is right of the label on its line, in
the next segment to the right, or directly below it.

The kind of a field (amount, date, identifier...) decides how its value is read; a label
whose neighbour does not read as that kind proposes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import cache

from docmatch.types import PageSource, Word
from extract.candidates import Candidate, make, words_in_span
from extract.captions import captions_under_values, value_above
from extract.context import Document
from extract.formats import (
    PERCENT,
    Conventions,
    currency_of,
    find_dates,
    find_email_span,
    find_phone,
    fix_ocr_digits,
    has_cents,
    identifier,
    money,
    parse_amount,
)
from extract.labels import LabelHit, value_span
from extract.layout import Line, Segment
from extract.till_layout import (
    TABLE_ROW_FACTOR,
    TITLED_ROW_FACTOR,
    amounts_after,
    opens_with_tender,
    row_has_title,
    rows_follow,
    speck,
    under_right,
)
from extract.vocab import (
    Label,
    currency_words,
    fold,
    has_terms_phrase,
    load,
    terms_phrases,
    tokens,
)

POSITION_SCORE = {"inline": 0.92, "right": 0.88, "below": 0.78, "above": 0.78}
WEAK_FACTOR = 0.75
UNREAD_TAIL = 0.6
LABEL_LIKE_FACTOR = 0.8
NO_CENTS_FACTOR = 0.7  # a scanned amount without cents is often a misread
BELOW_MAX_GAP = 4.0  # word heights between a label and the value printed under it

Reading = tuple[str, int, int]  # normalised value and its character span in the text
Reader = Callable[[str, Conventions], Reading | None]


_LEADERS = re.compile(r"^\s*\.{2,}")  # '..30,41': leader dots run into the amount


# 'TAX 1 8.25%': a till's tax band before its rate
_TAX_BAND = re.compile(r"^\s*\d\s+(?=\d{1,2}(?:[.,]\d+)?\s?%)")


def read_amount(text: str, conv: Conventions) -> Reading | None:
    leaders = _LEADERS.match(text) or _TAX_BAND.match(text)
    skip = leaders.end() if leaders else 0
    amount = parse_amount(text[skip:], conv)
    if amount is not None and _TAX_CODE.fullmatch(amount.text):
        skip += amount.end  # 'IVA Trasladado (002) 16%': the tax's code, no refund of 2
        amount = parse_amount(text[skip:], conv)
    if amount is None:
        return None
    return money(amount.value), skip + amount.start, skip + amount.end


_TAX_CODE = re.compile(r"\(0\d+\)")


_RUN_DATE = re.compile(r"\s*(\d{8})(?![\d/.-])")  # '03302026': '03/30/2026' with its slashes lost


def read_date(text: str, conv: Conventions) -> Reading | None:
    """The first date of a label's value; eight digits alone after a date's label are
    a date whose separators were not printed or not read ('20260330', '03302026')."""
    dates = find_dates(text, conv)
    run = None if dates else _RUN_DATE.match(text)
    if run:
        digits = run.group(1)
        for spaced in (
            f"{digits[:4]}-{digits[4:6]}-{digits[6:]}",
            f"{digits[:2]}/{digits[2:4]}/{digits[4:]}",
        ):
            found = find_dates(spaced, conv)
            if found and found[0].end - found[0].start == len(spaced):
                return found[0].value.isoformat(), run.start(1), run.end(1)
    if not dates:
        return None
    before = text[: dates[0].start]
    if len(before) > 12 and any(c.isalnum() for c in before) and not _PLACE.fullmatch(before):
        return None  # leaders '.....' may precede, or the place of issue
    return dates[0].value.isoformat(), dates[0].start, dates[0].end


# 'Expedida en Monterrey, N.L., el 2 de enero', 'Paris, le 3 mars': the place of issue
_PLACE = re.compile(
    r"(?:en |in |a |à )?[^\W\d][^\d:]{0,50},\s*(?:el |a |le |den |am |il |the |on )?"
)


_ID_SKIP = {"#", "n", "no", "no.", "nº", "n°", "n.º", "nr", "nr.", ":", "-", "number", "$", "$:"}
# '$' alone stands for '#' misread: no currency sign stands before a colon or a number label
_MISREAD_HASH = re.compile(r".{1,2}:")  # 'Receipt 8: 1-1234', '68:': a misread '#' and its colon


# '£-26072': an E before a number's hyphen read as the sign it looks like
_SIGN_FOR_E = re.compile(r"^[£€](?=-\d)")
_SERIES = re.compile(r"[A-Z]{1,3}")  # 'FT 2025/311': a series code printed before the number


# '8260 17 123 0456789': an account number printed in groups of digits is one number
_DIGIT_GROUPS = re.compile(r"\d{2,}(?: \d{2,}){1,5}")
MIN_GROUPED_DIGITS = 8
_SPLIT_NUMBER = re.compile(r"\d{1,3} \d{3,5}")  # too few digits to be groups of one number


# '6220 SW 8th St': a street number opening an address, beside a logo's letters 'PO'
_STREET_LINE = re.compile(
    r"^\s*\d{1,6}\s+(?:[NSEW]{1,2}\s+)?[\w.]+(?:\s+[\w.]+){0,3}\s+"
    r"(?:st|street|ave|avenue|rd|road|blvd|dr|drive|ln|lane|way|trl|trail|hwy|pkwy|ct|pl|cir)"
    r"\b\.?",
    re.I,
)


def read_identifier(text: str, conv: Conventions) -> Reading | None:
    if _STREET_LINE.match(text):
        return None
    if any(d.start <= len(text) - len(text.lstrip(" #:")) for d in find_dates(text, conv)):
        return None  # '25 Dec 2018' under 'Receipt:' is its date, not its number
    grouped = text.strip(" :#")
    if _DIGIT_GROUPS.fullmatch(grouped) and sum(c.isdigit() for c in grouped) >= MIN_GROUPED_DIGITS:
        start = text.find(grouped)
        return grouped, start, start + len(grouped)
    if _SPLIT_NUMBER.fullmatch(grouped):  # '21 449': one number a scan's gap split in two
        start = text.find(grouped)
        return grouped.replace(" ", ""), start, start + len(grouped)
    position = 0
    words = text.split(" ")
    for index, word in enumerate(words):
        start = position
        position += len(word) + 1
        if word.lower() in _ID_SKIP or not word.strip(":#.") or _MISREAD_HASH.fullmatch(word):
            continue
        if index < 3 and word.isalpha() and word.islower():
            continue  # 'Folio del recibo 0410712261': the label's own words in small letters
        value = identifier(_SIGN_FOR_E.sub("E", word.lstrip("#:(“‘«'\"")))
        following = words[index + 1] if index + 1 < len(words) else ""
        if value is None and _SERIES.fullmatch(word) and (number := identifier(following)):
            return f"{word} {number}", start, position + len(following)
        if value is None or _MONEY_SHAPED.fullmatch(word):
            return None  # '151.46' right of a box 'CHARGE ACCT' ticked or not: a sum
        return value, start, start + len(word)
    return None


_MONEY_SHAPED = re.compile(r"\d{1,3}(?:,\d{3})*\.\d{2}")


def read_terms(text: str, conv: Conventions) -> Reading | None:
    """Payment terms: short text holding a terms word ('Net 30', 'Pago a 30 días'); not
    a CFDI's form or method of payment by its code ('03 - Transferencia electrónica')."""
    text = _SENTENCE_END.split(text.strip(" :"), maxsplit=1)[0]  # the terms' own sentence
    if _TERMS_CODE.fullmatch(text):
        return text, 0, len(text)
    if len(text) > 40 or not has_terms_phrase(tokens(text)) or find_dates(text, conv):
        return None
    if _PAYMENT_FORM.match(text):
        return None
    tail = _LABELLED_CODE.search(text)
    if (
        tail
        and tail.group(1).casefold() not in _terms_words()
        and has_terms_phrase(tokens(text[: tail.start()]))
    ):
        text = text[: tail.start()]  # 'Due Upon Receipt Route F52': another label's code
    return text, 0, len(text)


# '30 jours fin de mois. Pénalités de retard : ...': a sentence ends, another begins
_SENTENCE_END = re.compile(r"(?<=[^\W_]{2})\.\s+(?=[^\W\d_a-z])")
# the SAT's codes: '03 - Transferencia', 'PUE - Pago en una sola exhibición', '03 Cheque'
_PAYMENT_FORM = re.compile(
    r"(?:\d{2}|PUE|PPD)\s*[-–]\s*[^\W\d]|(?:\d{2}|PUE|PPD)\s+(?:efectivo|cheque|transferencia"
    r"|tarjeta|monedero|dinero|vales|por definir|pago en)",
    re.I,
)
# a word and the code it labels closing the text ('Route F52', 'Rep: 0417')
_LABELLED_CODE = re.compile(r"\s+([A-Z][a-z]+)\.?:?\s+[A-Z]{0,3}\d[\w-]*$")
# 'N30', '2/10 N30', '1% 10 N 45': a supply house's terms code, net days after an N
_TERMS_CODE = re.compile(r"(?:\d+(?:\.\d+)?%?\s?/?\s?\d{1,2}\s+)?N\s?\d{1,3}")


def read_phone(text: str, conv: Conventions) -> Reading | None:
    found = find_phone(text)
    if not found:
        return None
    start = text.find(found[1])
    if text[:start].rstrip()[-1:] in tuple("0123456789)"):
        return None  # '1940) 555-0173': the area code misread, the rest is no number
    return found[0], start, start + len(found[1])


def read_email(text: str, conv: Conventions) -> Reading | None:
    return find_email_span(text)


_TAX_ID = re.compile(r"[A-Z]{0,3}[- ]?[A-Z0-9]?[0-9][0-9A-Z. -]{4,16}[0-9A-Z]", re.I)


def read_tax_id(text: str, conv: Conventions) -> Reading | None:
    match = _TAX_ID.search(text.strip(" :#"))
    if not match or sum(c.isdigit() for c in match.group()) < 5:
        return None
    printed = match.group().strip()
    while " " in printed and not any(c.isdigit() for c in printed.rsplit(" ", 1)[1]):
        printed = printed.rsplit(" ", 1)[0]  # 'SER860701Z04 Régimen': the next label's word
    start = text.find(printed)
    value = _rfc_read_again(printed.upper().replace(" ", ""))
    return value, start, start + len(printed)


def _rfc_read_again(value: str) -> str:
    """A Mexican RFC ('FERR910614NA5') as OCR misreads it: letters for the digits of its
    date ('FERR9I0614') and of its check digit, a digit or 'A', never an 'O' or an 'S'."""
    found = _RFC.fullmatch(value)
    if found is None:
        return value
    name, day, key, check = found.groups()
    day = day.translate(_OCR_FIGURES)
    if not (day.isdigit() and "01" <= day[2:4] <= "12" and "01" <= day[4:] <= "31"):
        return value
    return f"{name}{day}{key}{check.translate(_OCR_FIGURES)}"


_RFC = re.compile(r"([A-ZÑ&]{3,4})([0-9OIL|SBZ]{6})([A-Z0-9]{2})([0-9AOISBZ])")
_OCR_FIGURES = str.maketrans("OIL|SBZ", "0111582")


def read_currency(text: str, conv: Conventions) -> Reading | None:
    for word in text.split():
        code = currency_of(word.strip(":()"))
        if code:
            start = text.find(word)
            return code, start, start + len(word)
    return None


READERS: dict[str, Reader] = {
    "amount": read_amount,
    "date": read_date,
    "identifier": read_identifier,
    "terms": read_terms,
    "phone": read_phone,
    "email": read_email,
    "tax_id": read_tax_id,
    "currency": read_currency,
}


def below_label(document: Document, hit: LabelHit) -> Segment | None:
    """The words printed under a label: segments of the next line that start in the
    label's column, cut where the next label's column begins."""
    first = hit.segment.token_words[hit.start][0]
    before = hit.segment.words[:first]
    if (
        before
        and all(w.text.isalpha() for w in before)
        and not any(h.colon for h in document.hits_in(hit.segment) if h.start < hit.start)
    ):
        # 'Inspection Invoice No.' over '44339', 'El pago de esta factura vence el' over
        # '15 de Febrero de 2026': its words qualify the label
        first = 0
    label_words = hit.segment.words[first : hit.value_word]
    x0 = min(w.bbox[0] for w in label_words)
    x1 = max(w.bbox[2] for w in label_words)
    bottom = max(w.bbox[3] for w in label_words)
    layout = document.layout(hit.segment.page)
    height = max(layout.word_height, bottom - min(w.bbox[1] for w in label_words))
    neighbours = [
        other
        for segment in layout.lines[hit.segment.line].segments
        for other in document.hits_in(segment)
        if other is not hit
    ]
    left = max([o_x1(o) for o in neighbours if o_x1(o) <= x0] + [x0 - 4 * height])
    right = min([o_x0(o) for o in neighbours if o_x0(o) >= x1] + [float("inf")])
    reach = min(right, x1 + 8 * height)
    label_line = layout.lines[hit.segment.line].segments
    beside = min([s.bbox[0] for s in label_line if s.bbox[0] >= x1] + [float("inf")])
    # a line level with the label's (a neighbouring column's, a step lower) is not under it
    following = layout.lines[hit.segment.line + 1 : hit.segment.line + 4]
    lines = [n for n in following if n.bbox[1] > bottom - 0.3 * height][:2]
    for line in lines:
        if line.bbox[1] - bottom > BELOW_MAX_GAP * height:
            return None
        starts = [
            s
            for s in line.segments
            if left - 0.5 * height <= s.bbox[0] <= reach
            and any(c.isalnum() for c in s.text)
            # opening past the label's end, centred under the next caption: the next's
            and not (s.bbox[0] >= x1 and (s.bbox[0] + s.bbox[2]) / 2 >= beside)
        ]  # a speck read as '?' or '.' is no value
        # a row of cells read as one run ('B63659413 01/07/2026 02/04/2026' under 'Meter
        # Serial | Period From | Period To'): the words standing under the label
        under = _run_under(line, left, x0, x1, right, height)
        if any(c.isalnum() for w in under for c in w.text):
            if not starts or starts[0].bbox[0] >= x1:
                return Segment(line.page, line.index, under)
        if starts:
            words = tuple(w for w in starts[0].words if w.bbox[0] < right - 0.5 * height)
            return Segment(line.page, line.index, words) if words else None
        edge = FLUSH_EDGE * layout.page.width
        flush = _flush_right(line, x0, reach, edge) if right == float("inf") else None
        if flush is not None:
            return flush
        if opens_with_tender(line) and (line.bbox[2] >= left or len(line.segments) < BOXES):
            # 'CASH TEND' between them: what lies under it is the tender's; not a row of
            # boxes to tick left of the label ('CASH | CHECK | X CREDIT CARD')
            return None
    return None


BOXES = 3  # a row of at least this many ways to pay, one to tick
FLUSH_EDGE = 0.8  # of the page's width, where a value set flush right ends past


def _flush_right(line: Line, x0: float, reach: float, edge: float) -> Segment | None:
    """The one run of the next line from the label's column on, set flush right past the
    label's reach at the page's right edge: a header's stacked labels each over its value
    ('Factura de servicio núm.' over '2026-52198')."""
    runs = [s for s in line.segments if s.bbox[2] > x0]
    if len(runs) != 1 or not reach < runs[0].bbox[0] or runs[0].bbox[2] < edge:
        return None
    return runs[0] if any(c.isalnum() for c in runs[0].text) else None


def _run_under(
    line: Line, left: float, x0: float, x1: float, right: float, height: float
) -> tuple[Word, ...]:
    """The words of a run of cells starting left of the label that stand under it, and
    those running on past its end up to the next label's column ('SEPTEMBER 27, 2025
    OCTOBER 27, 2025' under 'INVOICING DATE | DUE FOR PAYMENT': 'OCTOBER 27, 2025')."""
    found: list[Word] = []
    for segment in line.segments:
        if not (segment.bbox[0] < left and segment.bbox[2] > x0):
            continue
        for word in segment.words:
            if word.bbox[2] <= x0 - 0.5 * height or word.bbox[0] >= right - 0.5 * height:
                continue
            beyond = word.bbox[0] >= x1 - 0.5 * height
            if beyond and (not found or word.bbox[0] - found[-1].bbox[2] > height):
                break
            found.append(word)
    return tuple(found)


def o_x0(hit: LabelHit) -> float:
    return hit.segment.words[hit.segment.token_words[hit.start][0]].bbox[0]


def o_x1(hit: LabelHit) -> float:
    return hit.segment.words[hit.value_word - 1].bbox[2]


_RATE = re.compile(r"^[(\[]?\d{1,2}(?:[.,]\d{1,3})?\s?%[)\];:,.]*$")


def _right(document: Document, hit: LabelHit, kind: str) -> Segment | None:
    """The next segment right of the label, past a rate or stray punctuation printed
    between them ('SALES TAX   (8.25%)   3.58', 'SUBTOTAL  :  $253.23')."""
    segments = document.layout(hit.segment.page).lines[hit.segment.line].segments
    index = segments.index(hit.segment) + 1
    letters = 4 if kind == "amount" else 2
    while index + 1 < len(segments) and (
        _RATE.match(segments[index].text)
        # another sum's label is no speck: 'IVU | NETO | PAGO' head a summary's columns
        or (speck(segments[index].text, letters) and not _sum_label(document, segments[index]))
        or (kind == "amount" and segments[index].text.isdigit() and len(segments[index].text) < 3)
        or _illegible_letters(segments[index])
    ):
        index += 1  # a rate, a colon, leader dots, a speck read as letters or as a digit
    return segments[index] if index < len(segments) else _level_neighbour(document, hit.segment)


def _sum_label(document: Document, segment: Segment) -> bool:
    """Whether a segment labels an amount of its own ('PAGO' in 'IVU | NETO | PAGO')."""
    return any(lb.kind == "amount" for hit in document.hits_in(segment) for lb in hit.labels)


ILLEGIBLE = 0.3  # OCR's confidence in letters it made of dots or specks ('eee', 'rete')


def _illegible_letters(segment: Segment) -> bool:
    return max(w.confidence for w in segment.words) < ILLEGIBLE and not any(
        c.isdigit() for c in segment.text
    )


def _level_neighbour(document: Document, label: Segment) -> Segment | None:
    """The first segment right of a label on a neighbouring line that stands level with
    it: a label and its value in different type sizes may fall into two lines, and so
    may a label OCR boxed taller than its print on a photo ('Due:' boxed over a speck
    under it, its date's line then read apart)."""
    layout = document.layout(label.page)
    middle = (label.bbox[1] + label.bbox[3]) / 2

    def level_with(segment: Segment) -> bool:
        if segment.bbox[1] < middle < segment.bbox[3]:
            return True
        own = (segment.bbox[1] + segment.bbox[3]) / 2
        return label.bbox[1] < own < label.bbox[3] and segment.height < label.height

    level = [
        segment
        for line in layout.lines[max(label.line - 1, 0) : label.line + 2]
        if line.index != label.line
        for segment in line.segments
        if segment.bbox[0] > label.bbox[2] and level_with(segment)
    ]
    return min(level, key=lambda s: s.bbox[0]) if level else None


def places(document: Document, hit: LabelHit, kind: str) -> Iterator[tuple[str, Segment, float]]:
    """Where the value of a label may be, with how much that place is worth."""
    hits = document.hits_in(hit.segment)
    following = next((h for h in hits if h.start >= hit.end), None)
    inline = value_span(hit, _after_terms(hit, hits) if kind == "terms" else following)
    if inline is not None and kind == "amount" and _FORMULA.fullmatch(inline.text.strip()):
        inline = None  # 'Current Payment Due (6 - 7)': the lines it is worked out from
    if kind == "identifier" and _in_prose(hit, inline):
        return
    if kind == "identifier" and inline is not None and _MASKED.match(inline.text):
        return  # 'ACCT # **** **** 2749': a card's number, masked
    if inline is not None:
        yield "inline", inline, POSITION_SCORE["inline"]
        wrapped = run_on(document, inline) if kind == "phone" and _cut_number(inline) else None
        if wrapped is not None:
            yield "inline", wrapped, POSITION_SCORE["inline"]
        if kind == "identifier" and hit.colon and any(c.isalpha() for c in inline.text):
            return  # 'JOB NAME/PO: CYPRESS LANDING': printed after its colon, or not at all
    if captions_under_values(document, hit.segment.page):
        above = value_above(document, hit)
        if above is not None:
            yield "above", above, POSITION_SCORE["above"]
            return  # what is under a caption is the next caption's value
    # 'Balance to Finish $21,236.00': the listed 'Balance' opens a longer label of words
    # no list holds, so what stands beside or under it is less surely its value
    beyond = UNREAD_TAIL if _unread_tail(hit, inline, kind) else 1.0
    below = below_label(document, hit)
    if following is None:
        right = _right(document, hit, kind)
        if right is None and kind == "amount":
            right = under_right(document, hit)
        if right is not None:
            layout = document.layout(hit.segment.page)
            gap = (right.bbox[0] - hit.segment.bbox[2]) / max(layout.page.width, 1.0)
            worth = POSITION_SCORE["right"] * (1 - 0.3 * min(gap / 0.5, 1.0))
            if (_terms_named(kind, right) and not _whole_label(document, right)) or (
                not _whole_label(document, right)
                and not _other_label(document, hit, right)
                and not (below is not None and _heading_beside(document, hit, right, below))
            ):
                yield "right", right, worth * _label_like(document, right) * beyond
    if below is not None and inline is not None and _sentence_goes_on(document, hit, inline, below):
        below = None  # 'Please pay $5,597.68 by January 23,' over '2026.': one sentence
    if below is not None and kind == "terms" and _priced_beside(document, below):
        below = None  # 'FORMA DE PAGO' over 'SU PAGO  $7,500.00': a tender's label, no terms
    if below is not None and not _whole_label(document, below):
        if kind == "amount" and _column_goes_on(document, below):
            return  # the first row of a column the label heads
        worth = POSITION_SCORE["below"] * _label_like(document, below)
        if kind == "amount" and row_has_title(document, below):
            if rows_follow(document, below):
                return  # a column of rates ('A 7%  0,63', 'B 19%  0,23'): each only a part
            worth *= TITLED_ROW_FACTOR
        yield "below", below, worth * beyond


def _priced_beside(document: Document, segment: Segment) -> bool:
    """Whether an amount with cents stands right of the segment on its line: the
    segment labels it."""
    line = document.layout(segment.page).lines[segment.line]
    after = [s for s in line.segments if s.bbox[0] > segment.bbox[2]]
    return any(has_cents(s.text) and parse_amount(s.text, document.conventions) for s in after)


def _sentence_goes_on(document: Document, hit: LabelHit, inline: Segment, below: Segment) -> bool:
    """Whether what is under a label mid-sentence, a figure after it, is the sentence's
    next line ('Please pay $5,597.68 by January 23,' over '2026.'), not its value."""
    if sum(c.isdigit() for c in PERCENT.sub("", inline.text)) < 3:
        # 'FOLIO DE FACTURA QUE AMPARA' over 'F-06864', 'Impuesto trasladado (16%)' over
        # '172.80 MXN': captions
        return False
    if hit.segment.text.rstrip().endswith((".", ":", "!", "?")):
        return False
    joined = run_on(document, hit.segment)
    return joined is not None and below.words[0] in joined.words


def _cut_number(inline: Segment) -> bool:
    """'... call us at (972)' over '679-7978.': a number a paragraph's line break cut."""
    return inline.text.rstrip()[-1:].isdigit() or inline.text.rstrip().endswith(")")


def run_on(document: Document, inline: Segment) -> Segment | None:
    """The words of a line run on into the segment of the next line that starts where
    their own segment starts, right under it: a paragraph's or a column's next line."""
    layout = document.layout(inline.page)
    line = layout.lines[inline.line]
    if inline.line + 1 >= len(layout.lines):
        return None
    own = next((s for s in line.segments if inline.words[0] in s.words), line.segments[0])
    below = layout.lines[inline.line + 1]
    height = layout.word_height
    opening = next((s for s in below.segments if abs(s.bbox[0] - own.bbox[0]) <= height), None)
    if opening is None or below.bbox[1] - line.bbox[3] > 1.5 * height:
        return None
    return Segment(inline.page, inline.line, inline.words + opening.words)


_MASKED = re.compile(r"[*xX#•]{3,}")
_FORMULA = re.compile(r"\(\s*\w{1,2}(?:\s*[-+x×/]\s*\w{1,2})+\s*\)")  # '(6 - 7)', '(D + E)'


def _unread_tail(hit: LabelHit, inline: Segment | None, kind: str) -> bool:
    """Words of letters after an amount's label with no colon, in its own segment, naming
    no currency: the label goes on in words no list holds (a date's label goes on in its
    own words: 'Date Prepared')."""
    if inline is None or hit.colon or kind != "amount":
        return False
    if inline.words[-1].text.endswith(":"):
        return False  # 'Date of Service:': the label runs on to its colon
    words = [fold(w.text).strip("()[].,:") for w in inline.words]
    return all(w.isalpha() and w not in currency_words() for w in words)


def _heading_beside(document: Document, hit: LabelHit, right: Segment, below: Segment) -> bool:
    """'SALE TERMS | NET DATE | SALESPERSON' over a row of values: the words right of a
    label with something under it are the next column's heading when they hold no digit
    and have something printed under them too; not when another label stands under this
    one ('Terms  Due upon completion' over 'Pay Balance By  11/17/25': labels listed with
    their values, the next value under this one's)."""
    if any(c.isdigit() for c in right.text) or right.line != hit.segment.line:
        return False
    if not hit.colon and _capitals(hit.segment.text) and _capitals(right.text):
        return True  # 'TERMS OF SALE | NET DUE DT.': captions in a row, the next one's blank
    if _whole_label(document, below):
        return False
    layout = document.layout(right.page)
    following = layout.lines[right.line + 1] if right.line + 1 < len(layout.lines) else None
    return following is not None and any(
        s.bbox[0] < right.bbox[2]
        and right.bbox[0] < s.bbox[2]
        and s.bbox[1] - right.bbox[3] < 3 * layout.word_height
        for s in following.segments
    )


def _capitals(text: str) -> bool:
    return any(c.isalpha() for c in text) and not any(c.islower() for c in text)


def _in_prose(hit: LabelHit, after: Segment | None) -> bool:
    """'Please include the invoice number with your payment': a number's label with words
    of a sentence on both sides names no number of its own."""
    if hit.start < 2 or after is None:
        return False
    first = after.words[0].text
    return first.isalpha() and first.islower()


def _column_goes_on(document: Document, below: Segment) -> bool:
    """An amount under a label with more amounts under it is the first row of a column
    the label heads ('MwSt.' over one line per rate), not the label's own value."""
    layout = document.layout(below.page)
    following = layout.lines[below.line + 1 : below.line + 2]
    return any(
        line.bbox[1] - below.bbox[3] < 2 * layout.word_height
        and segment.bbox[0] < below.bbox[2]
        and below.bbox[0] < segment.bbox[2]
        and any(c.isdigit() for c in segment.text)
        and not document.is_label(segment)
        for line in following
        for segment in line.segments
    )


def _owner(document: Document, segment: Segment) -> Segment | None:
    return next(
        (s for s in document.layout(segment.page).segments if segment.words[0] in s.words), None
    )


_JOINING = {"on", "upon", "of", "the", "de", "a", "al", "en"}


def _after_terms(hit: LabelHit, hits: list[LabelHit]) -> LabelHit | None:
    """The next label after the terms' that is not one of the terms' own words ('Due'
    in 'Due Upon Receipt'): 'Cust. P.O.:' in 'Terms: Due Upon Receipt Cust. P.O.: 0089471'."""
    toks = hit.segment.tokens
    return next(
        (
            h
            for h in hits
            if h.start >= hit.end
            and not all(t in _terms_words() or t in _JOINING for t in toks[h.start : h.end])
        ),
        None,
    )


def _terms_named(kind: str, segment: Segment) -> bool:
    """Terms that read like another field's label ('Due on receipt' beside 'TERMS'): words
    of terms only; not a heading beside ('NET PERIOD') nor a date's ('NET DUE DT.')."""
    toks = tokens(segment.text)
    return (
        kind == "terms"
        and has_terms_phrase(toks)
        and all(t in _terms_words() or t in _JOINING or t.isdigit() for t in toks)
    )


@cache
def _terms_words() -> frozenset[str]:
    return frozenset(phrase[0] for phrase in terms_phrases() if len(phrase) == 1)


def _whole_label(document: Document, segment: Segment) -> bool:
    """A neighbour that is nothing but another label ('ORDEN DE COMPRA' beside
    'CONDICIONES DE PAGO' in a form's ruled cells) is never this label's value."""
    owner = _owner(document, segment)
    if owner is None or owner.words != segment.words:
        return False
    return any(h.start == 0 and h.end == len(owner.tokens) for h in document.hits_in(owner))


def _other_label(document: Document, hit: LabelHit, segment: Segment) -> bool:
    """A neighbour opening with another field's label and its colon ('TEL: 03-7876 $432
    FAX: 03-7876 5433') holds that label's value, not this one's."""
    owner = _owner(document, segment)
    hits = document.hits_in(owner) if owner is not None else []
    if not hits or hits[0].start != 0 or not hits[0].colon:
        return False
    mine = {label.field for label in hit.labels}
    return not any(label.field in mine for label in hits[0].labels)


def _label_like(document: Document, segment: Segment) -> float:
    """A value that opens like a label ('Due on receipt' under 'Terms') is worth less."""
    owner = next(
        (s for s in document.layout(segment.page).segments if segment.words[0] in s.words), None
    )
    return LABEL_LIKE_FACTOR if owner is not None and document.is_label(owner) else 1.0


def _caption(document: Document, hit: LabelHit) -> bool:
    """A label standing alone in a row of such labels, as a form's captions do ('Work
    Order | Date Inspected | Inspector | Customer PO'); a title is none."""
    segment = hit.segment
    if hit.start != 0 or hit.value_word < len(segment.words):
        return False
    row = document.layout(segment.page).lines[segment.line].segments
    return sum(1 for s in row if s is not segment and document.is_label(s)) >= 2


def _other_date(label: Label, hit: LabelHit) -> bool:
    """'Date Inspected', 'Date Shipped': a bare 'Date' (a weak label) followed in its run
    by words alone, no colon between, is the date of another event, not the document's."""
    rest = hit.segment.words[hit.value_word :]
    return (
        label.kind == "date"
        and not label.strong
        and not label.composed
        and not hit.colon
        and bool(rest)
        and all(w.text.isalpha() for w in rest)
    )


def label_score(label: Label, hit: LabelHit) -> float:
    score = hit.quality * (1.0 if label.strong else WEAK_FACTOR)
    return min(1.0, score + (0.04 if hit.colon else 0.0))


PHONE_LEAD = 3  # words between a phone's label and its number ('Call us at', 'Office: Main')


def candidates_from_labels(document: Document, wanted: set[str]) -> list[Candidate]:
    found: list[Candidate] = []
    conv = document.conventions
    weakly: set[int] = set()  # the numbers read by weak labels (their ids)
    unread: set[str] = set()  # numbers whose strong label stands over no value
    for hit in document.all_hits():
        for label in hit.labels:
            if label.field not in wanted or label.kind not in READERS or _other_date(label, hit):
                continue
            reader = READERS[label.kind]
            ocr = document.layout(hit.segment.page).page.source == PageSource.OCR
            read: list[tuple[Candidate, bool]] = []
            for position, segment, worth in places(document, hit, label.kind):
                text = segment.text
                if ocr and label.kind in ("amount", "date"):
                    text = fix_ocr_digits(text)
                reading = reader(text, conv)
                if reading is None:
                    continue
                value, start, end = reading
                if label.kind == "phone" and len(text[:start].split()) > PHONE_LEAD:
                    continue  # 'call our emergency line at 1-866-...': a sentence's number
                words = words_in_span(segment, start, end)
                score = worth * label_score(label, hit)
                cents = label.kind != "amount" or has_cents(text[start:end])
                if ocr and not cents:
                    score *= NO_CENTS_FACTOR  # '7%' read as '74', '5.63' as '563'
                if (
                    label.kind == "amount"
                    and position == "right"
                    and amounts_after(document, segment)
                ):
                    score *= TABLE_ROW_FACTOR
                method = f"{'composed_' if label.composed else ''}label_{position}"
                candidate = make(label.field, value, words, segment.page, method, score)
                read.append((candidate, cents))
            if ocr and any(cents for _, cents in read):
                # 'GST 64   1.60': the rate misread beside the amount with its cents
                read = [pair for pair in read if pair[1]]
            if read:
                best = max((c for c, _ in read), key=lambda c: c.score)
                found.append(best)
                if ocr and label.kind == "amount":
                    found.extend(_without_misread_dollar(document, best))
                if label.kind == "identifier" and not label.strong:
                    weakly.add(id(best))
            elif label.kind == "identifier" and label.strong and _caption(document, hit):
                unread.add(label.field)
    # 'Customer PO' printed empty beside 'Work Order 594814': the order is no PO
    unread -= {c.field for c in found if id(c) not in weakly}
    return [c for c in found if not (c.field in unread and id(c) in weakly)]


DOLLAR_READ_AS_FIVE = 0.6  # of the reading's worth: only arithmetic that closes takes it
_FIVE_FOR_DOLLAR = re.compile(r"^5(?=\d)")


def _without_misread_dollar(document: Document, read: Candidate) -> list[Candidate]:
    """'$45.11' read as '545.11': where the page prints dollar signs, an amount opening
    with a 5 may have lost its sign to it. The amount without that 5 is proposed beside
    it, weaker, for the totals' arithmetic to choose."""
    printed = read.text.strip()
    if not _FIVE_FOR_DOLLAR.match(printed) or "$" not in document.layout(read.page).page.text:
        return []
    reading = read_amount(printed[1:], document.conventions)
    if reading is None:
        return []
    return [replace(read, value=reading[0], score=read.score * DOLLAR_READ_AS_FIVE)]


def field_kinds() -> dict[str, str]:
    return {
        name: spec["kind"] for name, spec in load("labels.json").items() if not name.startswith("_")
    }


def label_words_of(field: str) -> set[tuple[str, ...]]:
    spec = load("labels.json")[field]
    return {tokens(p) for group in spec.get("labels", {}).values() for p in group}
