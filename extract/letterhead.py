"""The vendor's letterhead: its name (the largest text near the top of page 1 that is
neither the title nor in a labelled block, or the sender a title or a footer names), the
lines of its block under the name, or an address printed level with the name.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from rapidfuzz import fuzz

from docmatch.types import Word
from extract.blocks import (
    is_attention,
    is_branch,
    is_contact,
    is_country,
    is_title,
    is_unit,
    runs_into_prose,
    title_words,
    top_stub_end,
    town_or_street_line,
)
from extract.candidates import Candidate, make
from extract.context import Document
from extract.envelope import sender_parts
from extract.formats import Conventions, find_dates, find_phone
from extract.layout import RULE, PageLayout, Segment, top_share
from extract.vocab import phrase_tokens, tokens

STREET_PENALTY = 1.0  # '2716 Harry Hines Blvd' under a logo is the address, not the name
_STREET = re.compile(r"(?<![\d.,:/-])\d{2,6},?\s+[A-Za-z]{3,}")  # '3313, Local 63' too
# 'Owned By : SANYU SUPPLY SDN BHD' under a shop's name: a labelled line names someone
# else than the name printed on its own (a few words, then a colon)
LABELLED_PENALTY = 1.0
_LABELLED = re.compile(r"^[\W_]*[A-Za-z][\w.' ]{0,24}\s?:\s*\S")  # specks before it
TOP_SHARE = 0.34  # the vendor's block sits in this top share of page 1
_COMPANY = re.compile(
    r"\b(llc|l\.l\.c|inc|corp|co|ltd|lp|llp|pllc|company|services|s\.?a\.?|s\.?l\.?|"
    r"s\.? de r\.?l\.?|c\.?v\.?|gmbh|ag|sarl|sas|srl|s\.?p\.?a|bv|b\.v|lda|ltda|bhd|sdn|s/b|"
    r"plc|pty|pte|nv|oy|s\.?r\.?o|enterprises?|trading|"
    r"authority|district|utilities|utility|department|commission|comision|municipal|cooperative)\b\.?",
    re.I,
)
_COMPANY_CASED = re.compile(  # capitals only: 'AS' and 'AB' are words in lower case
    r"\b(?:AB|ApS|A/S|AS|ASA|Oyj|Kft|Zrt|Nyrt|Bt|a\.s|(?i:sp\. z o\.o)|SRL)\b"
)


def is_company(text: str) -> bool:
    """A legal form in the name: 'LLC', 'GmbH', 'S.A. de C.V.', 'AB', 'Sp. z o.o.'."""
    return bool(_COMPANY.search(text) or _COMPANY_CASED.search(text))


# the legal form as a scan or a photo misreads it: 'Brightwater Residential Management LUC'
_MISREAD_LLC = {"LUC", "LIC", "LLG", "L1C", "LLc", "LiC", "Luc", "Lic"}


def legal_form_read_again(name: str) -> str:
    """A company's name of three words or more closing with its misread 'LLC'."""
    words = name.split()
    if len(words) >= 3 and words[-1] in _MISREAD_LLC:
        return " ".join([*words[:-1], "LLC"])
    return name


SURE_NAME = 0.7  # mean OCR confidence of a name read as printed


def _vendor_name_score(segment: Segment, word_height: float, top: tuple[float, float]) -> float:
    inked = tuple(w for w in segment.words if not RULE.fullmatch(w.text))
    if not inked:
        return 0.0
    segment = Segment(segment.page, segment.line, inked)  # '| CTO-2024-038': a box's rule
    letters = sum(c.isalpha() for c in segment.text)
    if letters < 3 or _mostly_date(segment.text) or _logo_letters(segment, letters):
        return 0.0
    if any(segment.tokens[: len(p)] == p for p in phrase_tokens("_web_page")):
        return 0.0  # 'Search products', 'Your account': a web page's own words
    if segment.text.lstrip()[:1].isdigit() and not is_company(segment.text):
        return 0.0  # a street number, unless the name has its legal form ('99 SPEED MART S/B')
    if is_country(segment.text):
        return 0.0  # 'U.S.A' under the town: no 'S.A.' of a company's legal form
    if is_branch(segment.text) or (is_unit(segment.text) and not is_company(segment.text)):
        return 0.0  # 'STORE #0427', 'PAINT DESK' over the street: the shop's, not its name
    phone = find_phone(segment.text)
    if phone and letters - sum(c.isalpha() for c in phone[1]) <= 4:
        return 0.0  # 'Tol: +52 81 8897 8199': a phone under a misread label
    toks = segment.tokens
    if all(any(c.isdigit() for c in w.text) for w in segment.words):
        return 0.0  # 'INV-049135' under a lost label, boxed tall by the photo
    scattered = len(toks) >= 3 and sum(map(len, toks)) / len(toks) < 2.5
    if scattered and not is_company(segment.text):
        return 0.0  # letters scattered by OCR ('nvo c e'), not a name ('MR. D.I.Y. SDN BHD')
    size = segment.height / word_height
    height_share = 1 - max(0.0, segment.bbox[1] - top[0]) / max(top[1] - top[0], 1.0)
    company = 0.8 if is_company(segment.text) else 0.0
    if not company and town_or_street_line(segment.text):
        return 0.0
    street = STREET_PENALTY if not company and _STREET.search(segment.text) else 0.0
    labelled = LABELLED_PENALTY if _LABELLED.match(segment.text) else 0.0
    score = size + 0.6 * height_share + company - street - labelled
    # OCR's letters run together over two lines ('met Aen oe'): tall, and barely read
    sure = sum(w.confidence for w in segment.words) / len(segment.words)
    return score * min(1.0, sure / SURE_NAME)


LOGO_LETTER_WIDTH = 0.45  # of their height: letters narrower than this are a logo's strokes


def _logo_letters(segment: Segment, letters: int) -> bool:
    """'all E' read from a tall monogram: a few letters far narrower than they are tall."""
    x0, top, x1, bottom = segment.bbox
    return letters <= 4 and (x1 - x0) / letters < LOGO_LETTER_WIDTH * (bottom - top)


def _mostly_date(text: str) -> bool:
    """'Nov 5, 2026' and 'Nov 5, 2025 - Dec 5, 2025' are dates, not a name."""
    dates = find_dates(text, Conventions())
    return bool(dates) and sum(d.end - d.start for d in dates) >= 0.6 * len(text.strip())


SENT_BY_SCORE = 0.85


_REFERENCE = re.compile(r"[\[(]?#|[\[(]\S*\d")


def sent_by(document: Document) -> Candidate | None:
    """The sender named in a title: 'Receipt from Cloudnest, Inc.'."""
    layout = document.layout(1)
    limit = top_share(layout, TOP_SHARE)
    for segment in layout.segments:
        if segment.bbox[1] > limit:
            break
        words = _sender_named(segment, phrase_tokens("_sent_by"))
        if words is None:
            continue
        name = " ".join(w.text for w in words).strip(" :,")
        if sum(c.isalpha() for c in name) >= 3:
            return make("vendor_name", name, words, 1, "sent_by", SENT_BY_SCORE)
    return None


def _sender_named(segment: Segment, phrases: Iterable[tuple[str, ...]]) -> tuple[Word, ...] | None:
    """The words after a phrase naming the sender ('Receipt from'), up to a reference
    ('Spotless Carpet Care [#5623-6014]': the receipt's number after the name)."""
    opening = next((p for p in phrases if segment.tokens[: len(p)] == p), None)
    if opening is None:
        return None
    words = segment.words[len(opening) :]  # the phrase's words are plain words
    return tuple(itertools.takewhile(lambda w: not _REFERENCE.match(w.text), words))


FOOTER_SENDER_SCORE = 0.45
FOOTER_SHARE = 0.85  # the footer of a page: below this share of its printed part


def footer_sender(document: Document) -> Segment | None:
    """A company's line in the footer of page 1 ('Acme Ltd · 19 Creek Road, London ·
    020 8123 4567'), where letters whose letterhead is a picture name their sender."""
    layout = document.layout(1)
    footer = top_share(layout, FOOTER_SHARE)
    for segment in layout.segments:
        parts = sender_parts(segment.text)
        if segment.bbox[1] > footer and len(parts) >= 2 and is_company(parts[0]):
            return segment
    return None


def _vendor_segments(document: Document, blocked: set[Segment]) -> list[Segment]:
    layout = document.layout(1)
    top_limit = top_share(layout, TOP_SHARE)
    stub_end = top_stub_end(document) or 0.0  # a remittance stub over the letterhead
    if stub_end:
        top_limit += stub_end - top_share(layout, 0.0)
    found = []
    for printed in layout.segments:
        if (
            printed.bbox[1] >= top_limit
            or printed.bbox[1] < stub_end
            or printed in blocked
            or document.excluded(printed)
            or is_title(printed)
            or is_contact(printed.text)
            or len(printed.tokens) > 12
        ):
            continue
        segment = _before_title(_after_title(printed))
        named = _sender_named(segment, [*phrase_tokens("_sent_by"), ("from",)])
        if named:  # 'Your receipt from Spotless Carpet Care': the title's sender
            segment = Segment(segment.page, segment.line, named)
        if segment.words == printed.words and _labelled_value(document, printed):
            continue
        if not document.is_label(segment):
            found.append(segment)
    return found


def _labelled_value(document: Document, segment: Segment) -> bool:
    """A strong label with its value ('Núm. de orden del cliente OC-93538'), or words
    closed by a date ('Día de facturación 04/01/2026'): a field, not a name."""
    words = segment.words
    for hit in document.hits_in(segment):
        value = words[hit.value_word :]
        if (
            any(label.strong for label in hit.labels)
            and value
            and any(c.isdigit() for c in value[0].text)
        ):
            return True
    text = segment.text.rstrip()
    dates = find_dates(text, Conventions())
    return bool(dates) and dates[-1].end >= len(text) - 1 and dates[-1].start > 0


def _place(segments: tuple[Segment, ...], part: Segment) -> int:
    """The index of the segment of a line that holds `part` (itself or its tail)."""
    return next(i for i, s in enumerate(segments) if part.words[0] in s.words)


MIN_TITLE_WORDS = 2


def _after_title(segment: Segment) -> Segment:
    """'FACTURA DE SERVICIO  Gas Natural del Noreste S.A. de C.V.': the title OCR ran
    into the name beside it is left off; a segment of title words alone stays whole."""
    titles = title_words()
    for index, word in enumerate(segment.words):
        if not tokens(word.text) or not all(t in titles for t in tokens(word.text)):
            left = _numbered(segment.words[index:]) if index else 0
            if left:  # 'INVOICE # 2026-48408  Brightspark Electrical': the number too
                return Segment(segment.page, segment.line, segment.words[-left:])
            if index < MIN_TITLE_WORDS:  # 'Statement Date', 'Invoice Number': labels
                return segment
            return Segment(segment.page, segment.line, segment.words[index:])
    return segment


def _before_title(segment: Segment) -> Segment:
    """'South Florida Water & Sewer Authority WATER & SEWER BILL': a title in capitals
    run on after a name that is not is left off it."""
    words = segment.words
    if not any(c.islower() for c in words[0].text):
        return segment
    for start in range(1, len(words) - 1):
        tail = Segment(segment.page, segment.line, words[start:])
        if not any(c.islower() for w in tail.words for c in w.text) and is_title(tail):
            return Segment(segment.page, segment.line, words[:start])
    return segment


_NUMBER_MARKS = {("#",), ("no",), ("num",), ("nr",), ("n",), ("number",)}


def _numbered(words: tuple[Word, ...]) -> int:
    """The count of words left after a number mark and a number opening `words` ('# 2026-
    48408 Brightspark Electrical' leaves 2), 0 when they open otherwise or leave none."""
    at = 1 if words and tokens(words[0].text) in _NUMBER_MARKS else 0
    if at + 1 >= len(words) or not any(c.isdigit() for c in words[at].text):
        return 0
    return len(words) - at - 1


def vendor_name(document: Document, blocked: set[Segment]) -> tuple[Segment, float] | None:
    layout = document.layout(1)
    top = (top_share(layout, 0.0), top_share(layout, TOP_SHARE))
    domains = _domains(document)
    scored = sorted(
        (
            (score + _contacts_below(layout, s) + _domain_named(s, domains), s)
            for s in _vendor_segments(document, blocked)
            if not _addressee(layout, s)
            and (score := _vendor_name_score(s, layout.word_height, top)) > 0
        ),
        key=lambda pair: pair[0],
        reverse=True,
    )
    scored = [pair for pair in scored if pair[0] > 0]
    if not scored:
        return None
    best, segment = scored[0]
    segment = _join_name(document, segment, blocked)
    if len(segment.words) > 2:
        mark = Segment(segment.page, segment.line, segment.words[:1])
        rest = Segment(segment.page, segment.line, segment.words[1:])
        segment = rest if monogram(mark, rest) else segment
    rivals = [score for score, other in scored[1:] if other.line != segment.line]
    margin = best - (rivals[0] if rivals else 0.0)
    return segment, min(0.9, 0.45 + 0.25 * margin + (0.15 if is_company(segment.text) else 0))


_MAIL = re.compile(r"\w@\w")  # an e-mail address, not a till's '2 @ 43.38'
# the name of an e-mail's or a web site's domain: 'info@piscinascaribe.com', 'www.acme.net'
_DOMAIN = re.compile(r"(?:@|\bwww\.|https?://)([a-z0-9-]+)\.(?:[a-z0-9-]+\.)*[a-z]{2,}", re.I)
DOMAIN_NAMED = 1.0  # a name its domain spells ('Piscinas Caribe', piscinascaribe.com)
DOMAIN_LETTERS = 5


def _domains(document: Document) -> set[str]:
    """The names of the e-mail and web domains printed on the document."""
    return {
        m.group(1).lower().replace("-", "")
        for layout in document.layouts
        for line in layout.lines
        for m in _DOMAIN.finditer(line.text)
    }


def _domain_named(segment: Segment, domains: set[str]) -> float:
    """DOMAIN_NAMED when the name's first words, run together, spell a domain printed on
    the document: the sender's own, for a customer's block seldom prints its web site."""
    words = [t for t in tokens(segment.text) if t.isalnum()]
    if words[:1] == ["the"]:
        words = words[1:]
    spelled = itertools.accumulate(words)
    return DOMAIN_NAMED if any(len(s) >= DOMAIN_LETTERS and s in domains for s in spelled) else 0.0


CONTACTS_BELOW = 0.5  # a letterhead gives its phone or e-mail; an addressee's block does not
CONTACTS_REACH = 6.0  # the name's heights under it


def _contacts_below(layout: PageLayout, segment: Segment) -> float:
    """CONTACTS_BELOW when a phone or e-mail is printed in the few lines under a name
    that could be the vendor's, in its column: the next four lines, or more where lines of
    another column come between (a tagline and a logo's letters beside the name, the
    header's labels right of them), as far as a few times the name's height down."""
    reach = segment.bbox[3] + CONTACTS_REACH * max(segment.height, layout.word_height)
    for index, line in enumerate(layout.lines[segment.line + 1 :]):
        if index >= 4 and line.bbox[1] > reach:
            break
        for other in line.segments:
            beside = other.bbox[0] < segment.bbox[2] and other.bbox[2] > segment.bbox[0]
            # 'Customer Care (832) 263-6179': a phone under any words
            contact = is_contact(other.text) or find_phone(other.text) is not None
            if beside and (contact or _MAIL.search(other.text)):
                return CONTACTS_BELOW
    return 0.0


def _addressee(layout: PageLayout, segment: Segment) -> bool:
    """A name with 'Attn: Accounts Payable' or 'Atención: ...' beside or under it is the
    party the page is addressed to, even where its block's heading was not read: a
    letterhead names no one to attend to it."""
    line = layout.lines[segment.line]
    after = line.segments[_place(line.segments, segment) + 1 :][:1]
    if after and after[0].bbox[0] - segment.bbox[2] < 3 * segment.height:
        if is_attention(after[0].text):
            return True
    reach = segment.bbox[3] + 2.5 * segment.height
    for below in layout.lines[segment.line + 1 : segment.line + 3]:
        for other in below.segments:
            if other.bbox[1] > reach:
                return False
            near = abs(other.bbox[0] - segment.bbox[0]) <= 1.5 * segment.height
            if near and is_attention(other.text):
                return True
    return False


def _join_name(document: Document, segment: Segment, blocked: set[Segment]) -> Segment:
    """A name printed in two styles ('CLEAN' + 'City Disposal') is one name."""
    line = document.layout(segment.page).lines[segment.line]
    index = _place(line.segments, segment)
    words = list(segment.words)
    limit = 1.5 * segment.height

    def joins(other: Segment) -> bool:
        return not (
            other in blocked
            or monogram(other, segment)
            or is_title(other)
            or is_contact(other.text)
            or abs(other.height - segment.height) > 0.6 * segment.height
        )

    for other in reversed(line.segments[:index]):
        if words[0].bbox[0] - other.bbox[2] > limit or not joins(other):
            break
        words[:0] = other.words
    for other in line.segments[index + 1 :]:
        if other.bbox[0] - words[-1].bbox[2] > limit or not joins(other):
            break
        words.extend(other.words)
    return Segment(segment.page, segment.line, tuple(words))


def monogram(mark: Segment, name: Segment) -> bool:
    """'AD' beside 'Appliance Doctor Repair', 'AA' over 'Autoridad de Acueductos del
    Este': a logo of the name's initials, no part of the name or of its address."""
    if len(mark.words) != 1 or not 2 <= len(mark.text) <= 4 or not mark.text.isupper():
        return False
    initials = "".join(w.text[0] for w in name.words if w.text[:1].isupper())
    return initials.startswith(mark.text) and mark is not name


_SDN_BHD = re.compile(r"\b[S5][O0]N\.? ?BHD\b|\bSDN\.? ?[B8][HN]D\b")  # as OCR misreads it

# 'RESTORAN. WAN SHENG': a speck read as a full stop after a long word, where names put
# none (their abbreviations are short: 'CO.', 'BHD.', 'INTL.')
_SPECK_DOT = re.compile(r"(?<=[A-Za-z]{6})\.(?= \w)")

_COMPANY_NUMBER = re.compile(r"\(\s*[\w.-]*\d[\w .-]*\)$")  # '(519537-X)' after the name
_QUOTES = '“”"‘’`«»'  # specks read as quotes against the name's first or last letter


def name_as_printed(name: Segment, *, ocr: bool) -> tuple[Segment, str]:
    """The name without the company number printed after it ('GIN KEE (81109-A)') or
    specks at its ends, and its value with the usual misreadings of 'SDN BHD' and specks
    read as stops undone."""
    words = list(name.words)
    tallest = max(w.bbox[3] - w.bbox[1] for w in words)
    while len(words) > 1 and _speck_word(words[-1], tallest):
        words.pop()  # the slip's edge or a speck read as '|' or '-' after the name
    while len(words) > 1 and _speck_word(words[0], tallest):
        words.pop(0)
    if len(words) > 1 and _COMPANY_NUMBER.search(" ".join(w.text for w in words)):
        while len(words) > 1 and "(" not in words[-1].text:
            words.pop()
        words.pop()
    named = Segment(name.page, name.line, tuple(words)) if words else name
    value = _SDN_BHD.sub("SDN BHD", _rejoined_letters(named) if ocr else named.text)
    value = value.strip(_QUOTES)
    return named, _SPECK_DOT.sub("", value) if ocr else value


LETTER_GAP = 0.15  # of the name's height: a gap this narrow falls inside a word


def _rejoined_letters(name: Segment) -> str:
    """'Applia nce Doctor Repa ir': OCR splits a large, widely spaced name inside its
    words; pieces closer than a space of that type are one word."""
    heights = sorted(w.bbox[3] - w.bbox[1] for w in name.words)
    narrow = LETTER_GAP * heights[len(heights) // 2]
    text = name.words[0].text
    for before, word in zip(name.words, name.words[1:], strict=False):
        joined = word.bbox[0] - before.bbox[2] < narrow and before.text[-1:].isalpha()
        piece = word.text
        if joined and piece[:1].isupper() and piece[1:].islower() and before.text[-1].islower():
            piece = piece.lower()  # 'Repa' + 'Ir': the i read as a capital
        text += ("" if joined and piece[:1].islower() else " ") + piece
    return text


def _speck_word(word: Word, tallest: float) -> bool:
    """No letter or digit, or one letter a third of the name's height: a speck read as 'E'."""
    small = len(word.text) == 1 and word.bbox[3] - word.bbox[1] < SPECK_HEIGHT * tallest
    return small or not any(c.isalnum() for c in word.text)


SPECK_HEIGHT = 0.3  # of the name's tallest word


def name_goes_on(document: Document, name: Segment, line: list[Segment]) -> bool:
    """A name printed over two lines: the next line alone, without digits, in the name's
    larger type ('SYARIKAT PERNIAGAAN' / 'GIN KEE') or bringing the legal form the first
    line lacks ('POPULAR BOOK CO.' / '(M) SDN BHD')."""
    if len(line) != 1 or any(c.isdigit() for c in line[0].text) or is_contact(line[0].text):
        return False
    text = line[0]
    if document.is_label(text) or is_title(text) or is_company(name.text):
        return False
    if is_unit(text.text) and not is_company(text.text):
        return False  # 'PAINT DESK' under the store's name: a counter of the store
    body = document.layout(name.page).word_height
    large = text.height >= 0.85 * name.height and text.height >= LARGE_TYPE * body
    # 'Vertical Transportation Services' under the name in small type: what it does
    return large or is_company(_TRADE_WORDS.sub("", text.text))


LARGE_TYPE = 1.08  # word heights of the page's usual print
_TRADE_WORDS = re.compile(r"\b(?:services|enterprises?|trading)\b", re.I)  # no legal form


def vendor_block_lines(
    document: Document, name: Segment, blocked: set[Segment]
) -> list[list[Segment]]:
    """The lines under the vendor's name in its column, each as its segments."""
    layout = document.layout(name.page)
    height = layout.word_height
    lines: list[list[Segment]] = []
    bottom = name.bbox[3]
    slack = max(2 * height, 0.04 * layout.page.width)
    for line in layout.lines[name.line + 1 :]:
        step = max(height, (lines[-1][0] if lines else name).height)
        # a logo may stand between the name and the address, or the street may stand
        # apart under a line of what the vendor does ('Vertical Transportation Services')
        started = any(c.isdigit() for found in lines for s in found for c in s.text)
        street = not started and any(c.isdigit() for c in line.text)
        reach = 5.0 if not lines or street else 2.4
        if len(lines) >= 6 or line.bbox[1] - bottom > reach * step:
            break
        if lines and line.bbox[1] - bottom > 2.4 * step:
            lines = []  # the vendor's line of trade stands with its name, apart from the block
        printed_ones = [s for s in line.segments if not monogram(s, name)]
        segments = tuple(without_logo(s) or s for s in printed_ones)
        aligned = [
            s
            for s, printed in zip(segments, printed_ones, strict=True)
            if printed not in blocked
            and any(c.isalnum() for c in s.text)  # a speck read as '-' is no part of it
            and _under(s, name, slack)
        ]
        if not aligned:
            continue
        if names_own_id(document, aligned[0]):
            continue  # 'CO REG : 002345671-P' in a letterhead: not its address, not its end
        if is_title(aligned[0]) or (
            _opens_with_label(document, aligned[0]) and not is_contact(aligned[0].text)
        ):
            break  # 'SALES RECEIPT' under the store's address ends its block
        joined = _join_right(document, segments, aligned[0], blocked)
        lines.append(joined)
        bottom = max(s.bbox[3] for s in joined)
    return lines


def _under(segment: Segment, name: Segment, slack: float) -> bool:
    """Aligned with the name on its left edge, its centre or its right edge."""
    centre = (name.bbox[0] + name.bbox[2]) / 2
    return (
        abs(segment.bbox[0] - name.bbox[0]) <= slack
        or abs((segment.bbox[0] + segment.bbox[2]) / 2 - centre) <= slack
        or abs(segment.bbox[2] - name.bbox[2]) <= slack
    )


LOGO_HEIGHT = 2.0  # a word this many times taller than its line's is a logo read as letters


def without_logo(segment: Segment) -> Segment | None:
    """'all | 2200 Commerce St', 'Calle Zaragoza 8890 all': a logo beside the block read
    as letters (and specks) runs into an address line; the line without it, if it held
    one."""
    usual = segment.height
    words = list(segment.words)

    def logo(word: Word) -> bool:  # its letters, or a speck of it beside them ('all !')
        tall = word.bbox[3] - word.bbox[1] > LOGO_HEIGHT * usual
        return tall or (len(words) < len(segment.words) and not any(map(str.isalnum, word.text)))

    while words and logo(words[0]):
        words.pop(0)
    while words and logo(words[-1]):
        words.pop()
    if not words or len(words) == len(segment.words):
        return None
    return Segment(segment.page, segment.line, tuple(words))


LEVEL_ADDRESS = 0.85  # of the name's worth: the address stands apart from it


def level_address(document: Document, name: Segment, blocked: set[Segment]) -> list[Segment]:
    """Lines printed right of the vendor's name and level with it, aligned on their left
    or right edges: where a letterhead puts its name on the left and its address on the
    right."""
    layout = document.layout(name.page)
    height = layout.word_height
    found: list[Segment] = []
    for line in layout.lines:
        if line.bbox[3] < name.bbox[1] - height:
            continue
        if len(found) >= 4 or line.bbox[1] - (found[-1] if found else name).bbox[3] > 2 * height:
            break
        beside = [
            s
            for s in line.segments
            if s.bbox[0] > name.bbox[2] + 2 * height
            and s not in blocked
            and not document.is_label(s)
            and not _labels_value(document, s)
            and not is_title(s)
            and (
                not found
                or abs(s.bbox[0] - found[0].bbox[0]) <= height
                or abs(s.bbox[2] - found[0].bbox[2]) <= height
            )
        ]
        if beside:
            found.append(beside[0])
    return found


def _labels_value(document: Document, segment: Segment) -> bool:
    """Whether a label stands right before a segment on its line ('Invoice Control No.
    | INV-034286'): the segment is that label's value."""
    line = document.layout(segment.page).lines[segment.line].segments
    before = line[: line.index(segment)] if segment in line else ()
    return bool(before) and document.is_label(before[-1])


def _opens_with_label(document: Document, segment: Segment) -> bool:
    """A strong label, or a weak one with its colon: 'NO 12, JALAN PERDANA' is a street."""
    hits = document.hits_in(segment)
    if not hits or hits[0].start != 0 or runs_into_prose(hits[0]):
        return False  # 'Recogido de desperdicios sólidos ...': the vendor's trade
    return hits[0].colon or any(label.strong for label in hits[0].labels)


def names_own_id(document: Document, segment: Segment) -> bool:
    hits = document.hits_in(segment)
    return bool(hits) and hits[0].start == 0 and hits[0].names("vendor_tax_id") is not None


def _join_right(
    document: Document, segments: tuple[Segment, ...], start: Segment, blocked: set[Segment]
) -> list[Segment]:
    """``start`` and the segments right of it that continue it ('1857 Royal Ln • Dallas')."""
    height = start.height
    joined = [start]
    index = segments.index(start)
    for following in segments[index + 1 :]:
        gap = following.bbox[0] - joined[-1].bbox[2]
        similar = abs(following.height - height) <= 0.4 * height or not any(
            c.isalnum() for c in following.text
        )
        if gap > 6 * height or not similar or following in blocked:
            break
        if document.is_label(following) and not is_contact(following.text):
            break
        joined.append(following)
    return joined


def hinted_vendor(document: Document) -> Candidate | None:
    name = document.hints.vendor_name
    if not name:
        return None
    wanted = " ".join(tokens(name))
    best: tuple[float, Segment] | None = None
    for layout in document.layouts[:1]:
        for segment in layout.segments:
            score = fuzz.ratio(" ".join(segment.tokens), wanted)
            if score >= 85 and (best is None or score > best[0]):
                best = (score, segment)
    if best is None:
        return None
    segment = best[1]
    return make("vendor_name", segment.text, segment.words, segment.page, "vendor_hint", 0.95)
