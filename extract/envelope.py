"""The recipient's address as a window envelope shows it, and the sender's one-line
return address printed right above it: for letters and bills that label neither."""

from __future__ import annotations

import re

from extract.blocks import (
    address_lines,
    drop_leading_name,
    illegible,
    is_attention,
    is_branch,
    is_motto,
    is_title,
    join_address,
    party_detail,
    plausible_address,
    segments_of,
    town_or_street_line,
)
from extract.candidates import Candidate, make, words_in_span
from extract.context import Document
from extract.formats import find_dates
from extract.layout import Line, Segment
from extract.vocab import connectives, contains_phrase, folded_phrases, heading_tails, tokens

_POSTCODE = re.compile(  # 5 or 4 digits; Canadian 'K1A 0B1'; British 'SW1A 1AA';
    # Swedish and Czech '224 55'; Polish '31-147'
    r"\b\d{4,5}\b|\b[A-Z]\d[A-Z] ?\d[A-Z]\d\b|\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b"
    r"|\b\d{3} \d{2}\b|\b\d{2}-\d{3}\b"
)
WINDOW_SCORE = 0.5


RIGHT_WINDOW_TOP = 0.12  # a window on the right lies below the letterhead


def _window_block(document: Document, blocked: set[Segment]) -> list[Segment] | None:
    """The recipient's address where a window envelope shows it: an unlabelled block
    of two to six left-aligned lines in the upper left of page 1, ending in a postcode;
    or, where the left holds none, in the upper right below the letterhead, where French,
    Spanish, Italian and Swiss letters put the window."""
    layout = document.layout(1)
    upper = [line for line in layout.lines if line.bbox[1] < 0.45 * layout.page.height]
    left = _address_block(document, upper, blocked)
    if left is not None:
        return left
    lower = [line for line in upper if line.bbox[1] > RIGHT_WINDOW_TOP * layout.page.height]
    return _address_block(document, lower, blocked, right=True)


def _address_block(
    document: Document, lines: list[Line], blocked: set[Segment], *, right: bool = False
) -> list[Segment] | None:
    """The first unlabelled block of two to six left-aligned lines ending in a postcode,
    in the left half of the page (or the right)."""
    if not lines:
        return None
    layout = document.layout(lines[0].page)
    height = layout.word_height
    middle = 0.5 * layout.page.width
    upper = lines
    for i, line in enumerate(upper):
        opening = [s for s in line.segments if (s.bbox[0] > middle) == right]
        if not opening:
            continue
        first = opening[0]
        if not _could_open_window(document, first, blocked):
            continue
        group = [first]
        for following in upper[i + 1 :]:
            if following.bbox[1] - group[-1].bbox[3] > 2.4 * group[-1].height:
                break
            near = [s for s in following.segments if abs(s.bbox[0] - first.bbox[0]) <= height]
            if not near:
                continue  # a line of the column beside
            if near[0] in blocked or len(group) >= 6:
                break
            if party_detail(document, near[0]):
                continue  # 'CIF: H28123456' between the name and the street: the party's
            if document.is_label(near[0]) and not is_attention(near[0].text):
                break  # 'c/o ...' and 'Attn: ...' lines belong to the addressee
            group.append(near[0])
        # 'PUCT Certificate No. 10022' ends no address: a licence's number, no postcode
        ends = [k for k, s in enumerate(group) if _POSTCODE.search(s.text) and not is_motto(s.text)]
        if ends and ends[-1] >= 1:
            return group[: ends[-1] + 1]
    return None


def _could_open_window(document: Document, segment: Segment, blocked: set[Segment]) -> bool:
    return not (
        segment in blocked
        or document.excluded(segment)
        or document.is_label(segment)
        or is_title(segment)
        or contains_phrase(segment.text, folded_phrases("_payment_stub"))
        or segment.height < 0.85 * document.layout(1).word_height
        or not any(c.isalpha() for c in segment.text)
        or segment.text.lstrip()[:1].isdigit()
        or segment.text.rstrip().endswith(":")  # 'Vendor:' heads a block, names no one
        or _labelled_value(document, segment)  # 'Visit Receipt No. 251810'
        # 'Acme Inc - 7400 W Flagler St - Miami': the return address above the window
        or len(_SENDER_SEPARATOR.split(segment.text)) >= 3
    )


def _labelled_value(document: Document, segment: Segment) -> bool:
    """Whether a run opens with another field's label, perhaps after a word qualifying
    it ('Visit Receipt No.'), and prints its value, a figure, after it."""
    return any(
        hit.start <= 1
        and any(c.isdigit() for w in segment.words[hit.value_word :] for c in w.text)
        and all(label.kind != "block" for label in hit.labels)
        for hit in document.hits_in(segment)
    )


def window_candidates(document: Document, blocked: set[Segment]) -> list[Candidate]:
    group = _window_block(document, blocked)
    if group is None:
        return []
    while group and (
        illegible(group[0])
        or _address_heading(group[0].text)
        or is_branch(group[0].text)
        or _short_labelled_number(group[0].text)
    ):
        group = group[1:]  # specks, a misread label, a heading, a till's or a client's number
    if not group:
        return []
    name = group[0]
    if find_dates(name.text, document.conventions):
        return []  # 'Mar 18, 2026 16:13' over a till's store line: no recipient
    found = []
    if _names_someone(name.text):
        found.append(make("customer_name", name.text, name.words, 1, "window_block", WINDOW_SCORE))
    else:
        group = [name, *group]  # the name was lost: the block is the address alone
    texts = drop_leading_name(address_lines([s.text for s in group[1:]]))
    if plausible_address(texts):
        used = segments_of(group[1:], texts)
        words = [w for s in used for w in s.words]
        text = "\n".join(s.text for s in used)
        value = join_address(texts)
        found.append(make("bill_to_address", value, words, 1, "window_block", WINDOW_SCORE, text))
    return found


def _address_heading(text: str) -> bool:
    """'Billing Mailing Address', 'Se factura a nombre de': a heading, no name."""
    toks = tokens(text)
    if not toks or any(c.isdigit() for c in text):
        return False
    return (toks[-1],) in heading_tails() or toks[-1] in connectives()  # 'Se factura a nombre de'


def _short_labelled_number(text: str) -> bool:
    """'Cte. 01186', 'Acct 4471': an abbreviated label and a number, no one's name."""
    words = text.split()
    return (
        len(words) == 2
        and words[0].rstrip(".:#").isalpha()
        and len(words[0].rstrip(".:#")) <= 4
        and any(c.isdigit() for c in words[1])
    )


def _names_someone(text: str) -> bool:
    """A name holds a word of letters; '4100 Spring Valley Rd' opens an address,
    'Dallas, TX 75244' ends one and 'INV-063722' is a number."""
    if town_or_street_line(text):
        return False
    return not text.lstrip()[:1].isdigit() and any(
        w.strip(".,&'").isalpha() and len(w.strip(".,&'")) >= 2 for w in text.split()
    )


_SENDER_SEPARATOR = re.compile(r"\s+[·•|–]\s+|\s+-\s+")
SENDER_SCORE = 0.55
# printed smaller than the address under it, though a photo's boxes may blur that
SENDER_HEIGHT = 1.6


def sender_line(document: Document, blocked: set[Segment]) -> tuple[Segment, list[Segment]] | None:
    """The small one-line return address ('Name · Street · City') printed right above
    the recipient's window block, and that block, as letters for window envelopes have."""
    window = _window_block(document, blocked)
    if window is None:
        return None
    layout = document.layout(1)
    first = window[0]
    above = [
        s
        for line in layout.lines[max(0, first.line - 2) : first.line]
        for s in line.segments
        if abs(s.bbox[0] - first.bbox[0]) <= layout.word_height
        and first.bbox[1] - s.bbox[3] <= 3 * first.height
        and s.height < SENDER_HEIGHT * first.height
    ]
    if not above or len(_SENDER_SEPARATOR.split(above[-1].text)) < 3:
        return None
    return above[-1], [above[-1], *window]


def sender_parts(text: str) -> list[str]:
    """'Acme Ltd · 19 Creek Road · London': the parts of a one-line address."""
    return [p.strip() for p in _SENDER_SEPARATOR.split(text)]


def sender_candidates(
    line: Segment, score: float = SENDER_SCORE, method: str = "sender_line"
) -> list[Candidate]:
    name, *rest = sender_parts(line.text)
    found = []
    if name and not name[:1].isdigit():
        found.append(make("vendor_name", name, line.words, line.page, method, score))
    address = address_lines(rest)
    if plausible_address(address):
        found.append(
            make(
                "vendor_address",
                join_address(address),
                line.words,
                line.page,
                method,
                score * 0.95,
                line.text,
            )
        )
    return found


STUB_SCORE = 0.5


def stub_candidates(document: Document, blocked: set[Segment]) -> list[Candidate]:
    """The address on a payment stub ('Please return this portion with your payment'):
    the stub travels back to the vendor, so the unlabelled address block on it is where
    payments go, led by the payee's name."""
    phrases = folded_phrases("_payment_stub")
    for layout in document.layouts:
        marker = next(
            (i for i, line in enumerate(layout.lines) if contains_phrase(line.text, phrases)),
            None,
        )
        if marker is None:
            continue
        under = list(layout.lines[marker + 1 :])
        groups = [_address_block(document, under, blocked, right=right) for right in (False, True)]
        found_groups = [g for g in groups if g is not None]
        if not found_groups:
            continue
        # 'Make checks payable to Lone Star Power & Light' over the customer's window on
        # the left and the payee's address on the right: the block the payee's name heads
        said = f" {' '.join(tokens(layout.lines[marker].text))} "
        group = next(
            (g for g in found_groups if f" {' '.join(tokens(g[0].text))} " in said), found_groups[0]
        )
        found = []
        texts = address_lines([s.text for s in group])
        address = drop_leading_name(texts)
        if address != texts and not texts[0][:1].isdigit():
            name = group[0]
            found.append(
                make("vendor_name", name.text, name.words, name.page, "stub", STUB_SCORE * 0.8)
            )
        if plausible_address(address):
            used = segments_of(group, address)
            words = [w for s in used for w in s.words]
            text = "\n".join(s.text for s in used)
            value = join_address(address)
            found.append(
                make("remit_to_address", value, words, layout.number, "stub", STUB_SCORE, text)
            )
        return found
    return []


SENTENCE_SCORE = 0.7
# 'Please make all checks payable to Spotless Carpet Care and mail to 9129 Walnut Hill
# Ln, Irving, TX 75012.', 'Favor de emitir su pago a nombre de ... y enviarlo a ...',
# 'Make checks out to Volt Masters and post them to 7400 W Flagler St, ...'
_MAIL_TO = re.compile(
    r"\b(?:payable|made out|out to|a nombre de)\b.*?\b(?:mail(?:ed)?|send|sent|remit(?:ted)?|post|"
    r"enviar(?:lo|los)?|env[ií]e(?:lo|los)?|remitir(?:lo)?)\b(?: (?:it|them|payment|payments|"
    r"su pago))? (?:to|a):? (?P<address>.+?)\.?$"
    # 'Please send all payments to Evergreen Grounds LLC, 4677 Palm Ave, ...', 'Checks
    # to Green Acres, 4167 Industrial Blvd, ... - thank you!', 'Pagos a nombre de: ...':
    # name first
    r"|(?:\b(?:send|mail|remit|enviar|env[ií]e|remitir)\b |^)(?:all |your |su |sus )?"
    r"(?:payments?|checks?|remittances?|pagos?|cheques?)(?: payable)? (?:to|a):? (?:nombre de:? )?"
    r"(?P<named>.+?)(?: [-–—] [^,]*)?\.?$",
    re.I,
)


def sentence_candidates(document: Document) -> list[Candidate]:
    """The address a sentence asks payments to be mailed to, where no block or stub
    shows one: the remittance address of invoices that print it only in their footer."""
    for layout in document.layouts:
        for segment in layout.segments:
            m = _MAIL_TO.search(segment.text)
            if m is None:
                continue
            group = "address" if m.group("address") else "named"
            address = address_lines([p.strip() for p in m.group(group).split(",")])
            if group == "named":
                address = drop_leading_name(address)
            if plausible_address(address):
                words = words_in_span(segment, m.start(group), m.end(group))
                value = join_address(address)
                found = make(
                    "remit_to_address", value, words, layout.number, "sentence", SENTENCE_SCORE
                )
                return [found]
    return []
