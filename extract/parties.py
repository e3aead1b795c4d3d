"""The parties: the vendor (top block of the first page), the bill-to customer, the
remit-to and service addresses, and the vendor's phone, e-mail and tax id.

The vendor's block is found in ``extract.letterhead``; the customer's own phone or e-mail
(inside the bill-to, ship-to or service block) is never taken for the vendor's.
"""

from __future__ import annotations

import re

from docmatch.types import PageSource, Word
from extract.blocks import (
    BLOCK_FIELDS,
    Block,
    address_lines,
    address_worth,
    closes_address,
    drop_leading_name,
    find_blocks,
    is_attention,
    is_contact,
    is_motto,
    is_no_one,
    is_title,
    is_title_text,
    join_address,
    plausible_address,
    segments_of,
    strip_inner_label,
    town_or_street_line,
)
from extract.candidates import Candidate, make, words_in_span
from extract.context import Document
from extract.envelope import (
    sender_candidates,
    sender_line,
    sender_parts,
    sentence_candidates,
    stub_candidates,
    window_candidates,
)
from extract.fields import READERS, candidates_from_labels
from extract.labels import value_span
from extract.layout import PageLayout, Segment, top_share
from extract.letterhead import (
    FOOTER_SENDER_SCORE,
    FOOTER_SHARE,
    LEVEL_ADDRESS,
    TOP_SHARE,
    footer_sender,
    hinted_vendor,
    is_company,
    level_address,
    name_as_printed,
    name_goes_on,
    sent_by,
    vendor_block_lines,
    vendor_name,
    without_logo,
)
from extract.vocab import fold, tokens

CUSTOMER_BLOCKS = ("bill_to", "ship_to", "service_address")


def _block_segments(
    document: Document, blocks: dict[str, list[Block]], names: tuple[str, ...]
) -> set[Segment]:
    """The segments of the named blocks, with the whole printed segment a block took
    only its column's part of."""
    found: set[Segment] = set()
    for name in names:
        for block in blocks.get(name, []):
            found.add(block.hit.segment)
            found.update(block.lines)
            found.update(_printed(document, line) for line in block.lines)
            found.update(_ids_under(document, block))
    return found


def _ids_under(document: Document, block: Block) -> list[Segment]:
    """The tax id printed in a party's column among its block's lines or right under
    them ('R.F.C.: BRI1707129L3' under the customer's address): the party's own."""
    if not block.lines:
        return []
    first, last = block.lines[0], block.lines[-1]
    layout = document.layout(last.page)
    pad = 2 * layout.word_height
    found = []
    for line in layout.lines[first.line : last.line + 3]:
        for segment in line.segments:
            hits = document.hits_in(segment)
            opens = any(h.start == 0 and h.names("vendor_tax_id") for h in hits)
            if opens and abs(segment.bbox[0] - last.bbox[0]) <= pad:
                found.append(segment)
    return found


def _printed(document: Document, part: Segment) -> Segment:
    segments = document.layout(part.page).lines[part.line].segments
    return next((s for s in segments if part.words[0] in s.words), part)


def _in_segments(candidate: Candidate, segments: set[Segment]) -> bool:
    x0, top, x1, bottom = candidate.bbox
    return any(
        s.page == candidate.page
        and s.bbox[0] - 1 <= x0
        and x1 <= s.bbox[2] + 1
        and s.bbox[1] - 1 <= top
        and bottom <= s.bbox[3] + 1
        for s in segments
    )


# 'Signed in as dana@...' on a web page, 'to payables@...' under an e-mail's sender: the
# customer's own address
_CUSTOMERS_OWN = re.compile(r"\b(?:signed|logged) in as\b|^(?:to|cc|para)\s+\S+@", re.I)


def _contact_candidates(document: Document, lines: list[Segment]) -> list[Candidate]:
    found = []
    conv = document.conventions
    for segment in lines:
        if _CUSTOMERS_OWN.search(segment.text):
            continue
        hits = document.hits_in(segment)
        if any(label.field == "fax" for h in hits for label in h.labels) and not any(
            label.field == "vendor_phone" for h in hits for label in h.labels
        ):
            continue
        for field, kind in (("vendor_phone", "phone"), ("vendor_email", "email")):
            text = segment.text
            fax_at = re.search(r"\bfax\b", text, re.I)
            if field == "vendor_phone" and fax_at:
                text = text[: fax_at.start()]
            reading = READERS[kind](text, conv)
            if reading:
                value, start, end = reading
                words = words_in_span(segment, start, end)
                found.append(make(field, value, words, segment.page, "vendor_block", 0.8))
    return found


LOOSE_EMAIL_SCORE = 0.6


def _loose_emails(document: Document, blocked: set[Segment]) -> list[Candidate]:
    """An e-mail address near the top of page 1 outside any customer block is the
    vendor's, even when it stands apart from the vendor's block (centred under a logo);
    else one in the footer, where letters print the sender's own details."""
    layout = document.layout(1)
    top = top_share(layout, TOP_SHARE)
    footer = top_share(layout, FOOTER_SHARE)
    loose = [s for s in layout.segments if s not in blocked and "@" in s.text]
    for place in ([s for s in loose if s.bbox[1] < top], [s for s in loose if s.bbox[1] > footer]):
        found = [c for c in _contact_candidates(document, place) if c.field == "vendor_email"]
        if found:
            return [found[0].rescored(LOOSE_EMAIL_SCORE)]
    return []


def _loose_phone(document: Document, blocked: set[Segment]) -> list[Candidate]:
    """A phone printed beside an e-mail, or as a contact line of its own, near the top of
    page 1, outside any customer block, stands apart from the vendor's block ('24-Hr
    Service: 972-558-3603 billing@', 'Customer Service 407-770-4725') but is the
    vendor's."""
    layout = document.layout(1)
    top = top_share(layout, TOP_SHARE)
    loose = [
        s
        for s in layout.segments
        if s not in blocked and s.bbox[1] < top and ("@" in s.text or _phone_line(document, s))
    ]
    found = [c for c in _contact_candidates(document, loose) if c.field == "vendor_phone"]
    return [found[0].rescored(LOOSE_EMAIL_SCORE)] if found else []


def _phone_line(document: Document, segment: Segment) -> bool:
    """A few words and a phone number ('Customer Service 407-770-4725')."""
    reading = READERS["phone"](segment.text, document.conventions)
    other = any(lb.field != "vendor_phone" for h in document.hits_in(segment) for lb in h.labels)
    return reading is not None and len(segment.tokens) <= PHONE_LINE_TOKENS and not other


PHONE_LINE_TOKENS = 6


def party_candidates(document: Document) -> tuple[list[Candidate], set[Segment]]:
    """Candidates for the party fields, and the segments of customer blocks."""
    blocks = find_blocks(document)
    customer = _block_segments(document, blocks, CUSTOMER_BLOCKS)
    blocked = _block_segments(document, blocks, (*CUSTOMER_BLOCKS, "remit_to"))
    found = [c for c in (hinted_vendor(document), sent_by(document)) if c is not None]
    sender = sender_line(document, blocked) if "bill_to" not in blocks else None
    if sender is not None:
        found.extend(sender_candidates(sender[0]))
    # the return address and the window under it belong to no letterhead block
    letterhead, vendor_lines = _letterhead(document, blocked | set(sender[1] if sender else ()))
    found.extend(letterhead)
    found.extend(_block_candidates(blocks))
    found.extend(_customer_again(document, found, blocked))
    for block in blocks.get("seller", []):  # 'From': the vendor's own block, its contacts too
        found.extend(_contact_candidates(document, list(block.lines)))
    if all(len(block.lines) < 2 for block in blocks.get("bill_to", [])):
        # no block shows the customer's address ('Customer: Acme' on a payment stub)
        found.extend(window_candidates(document, blocked | vendor_lines))
    if "remit_to" not in blocks:
        stub = stub_candidates(document, blocked | vendor_lines)
        found.extend(stub if stub else sentence_candidates(document))
    if not any(c.field == "vendor_email" for c in found):
        found.extend(_loose_emails(document, blocked | vendor_lines))
    if not any(c.field == "vendor_phone" for c in found):
        found.extend(_loose_phone(document, blocked))
    found.extend(_account_holder(document))
    labelled = candidates_from_labels(document, {"vendor_phone", "vendor_email", "vendor_tax_id"})
    found.extend(c.rescored(c.score * 0.9) for c in labelled if not _in_segments(c, customer))
    return found, customer


ACCOUNT_HOLDER = 0.7


def _account_holder(document: Document) -> list[Candidate]:
    """The company an account label names in place of a number ('Acct: BRIGHTWATER
    RESIDENTIAL MANAGEMENT LLC' on a store's receipt): the customer charged."""
    found = []
    for hit in document.all_hits():
        if hit.start != 0 or not hit.colon or not hit.names("account_number"):
            continue
        span = value_span(hit, None)
        if span is None or not is_company(span.text) or any(c.isdigit() for c in span.text):
            continue
        score = ACCOUNT_HOLDER * hit.quality
        found.append(
            make("customer_name", span.text, span.words, span.page, "account_holder", score)
        )
    return found


def _letterhead(document: Document, letter: set[Segment]) -> tuple[list[Candidate], set[Segment]]:
    """The vendor's name, address and contacts from its letterhead block (or its line in
    the footer when the letterhead is a picture), and the segments of that block."""
    vendor = vendor_name(document, letter)
    if vendor is None:
        footer = footer_sender(document)
        if footer is None:
            return [], set()
        found = sender_candidates(footer, FOOTER_SENDER_SCORE, "footer_line")
        return [*found, *_contact_candidates(document, [footer])], set()
    printed, score = vendor
    segment = without_logo(printed) or printed
    block = vendor_block_lines(document, segment, letter)
    if block and name_goes_on(document, segment, block[0]):
        segment = Segment(1, segment.line, segment.words + tuple(block.pop(0)[0].words))
    ocr = document.layout(1).page.source == PageSource.OCR
    named, value = name_as_printed(segment, ocr=ocr)
    found = [make("vendor_name", value, named.words, 1, "top_block", score, named.text)]
    lines = [s for line in block for s in line]
    vendor_lines = {printed, segment, *lines}
    found.extend(_contact_candidates(document, lines))
    # 'VIVERO Y CENTRO DE JARDINERIA' over '3786 Harry Hines Blvd': what the vendor does
    address = drop_leading_name(_address_of(lines))
    if not plausible_address(address):  # the letterhead split across the page
        lines = level_address(document, segment, letter | vendor_lines)
        address = _address_of(lines)
        if not plausible_address(address) or not _numbered(address):
            # 'Emergencias 24 horas  (81) 8576-6373' level with the name: contacts, no street
            found.extend(_contact_candidates(document, lines))
            lines = _address_line_under(document, segment, letter | vendor_lines)
            address = _address_of(lines)
        vendor_lines.update(lines)
        found.extend(_contact_candidates(document, lines))
        score *= LEVEL_ADDRESS
    if plausible_address(address):
        used = segments_of(lines, address)
        words = [w for s in used for w in s.words]
        text = "\n".join(s.text for s in used)
        value = join_address(address)
        worth = score * 0.95 * address_worth(address)
        found.append(make("vendor_address", value, words, 1, "top_block", worth, text))
    else:
        again = _name_again(document, named, letter | vendor_lines, score)
        found.extend(again or _footer_address(document, letter | vendor_lines))
    return found, vendor_lines


_DECIMAL = re.compile(r"\d+\.\d+")


def _numbered(address: list[str]) -> bool:
    """A number other than a decimal one: 'Versión 4.0' beside the name is no street."""
    return any(c.isdigit() for c in _DECIMAL.sub("", " ".join(address)))


def _name_again(
    document: Document, name: Segment, blocked: set[Segment], score: float
) -> list[Candidate]:
    """The vendor's address and contacts under its name printed again further on, where
    the letterhead is a name alone (a web page's store block over its last page's foot)."""
    wanted = fold(name.text)
    for layout in document.layouts:
        for segment in layout.segments:
            if segment.words == name.words or fold(segment.text) != wanted:
                continue
            lines = [s for line in vendor_block_lines(document, segment, blocked) for s in line]
            address = _address_of(lines)
            if not plausible_address(address) or not closes_address(address[-1]):
                continue  # a page's running head over a table, no address under it
            used = segments_of(lines, address)
            words = [w for s in used for w in s.words]
            text = "\n".join(s.text for s in used)
            worth = score * LEVEL_ADDRESS * address_worth(address)
            value = join_address(address)
            page = segment.page
            found = [make("vendor_address", value, words, page, "name_again", worth, text)]
            return found + _contact_candidates(document, lines)
    return []


def _customer_again(
    document: Document, found: list[Candidate], blocked: set[Segment]
) -> list[Candidate]:
    """The customer's address under its name printed again, where its block gives the
    name alone ('Member Name  Brightwater ...' over the account's details, the name and
    address on the payment stub)."""
    names = [c for c in found if c.field == "customer_name" and c.method == "block_bill_to"]
    if not names or any(c.field == "bill_to_address" for c in found):
        return []
    name = max(names, key=lambda c: c.score)
    wanted = fold(name.value)
    if any(c.field == "vendor_name" and fold(c.value) == wanted for c in found):
        return []  # the vendor's own name misread as the customer's: its letterhead's address
    for layout in document.layouts:
        for segment in layout.segments:
            if fold(segment.text) != wanted or segment.bbox == name.bbox:
                continue
            lines = [s for line in vendor_block_lines(document, segment, blocked) for s in line]
            address = _address_of(lines)
            if not plausible_address(address) or not closes_address(address[-1]):
                continue
            used = segments_of(lines, address)
            words = [w for s in used for w in s.words]
            text = "\n".join(s.text for s in used)
            worth = name.score * LEVEL_ADDRESS * address_worth(address)
            value = join_address(address)
            return [make("bill_to_address", value, words, segment.page, "name_again", worth, text)]
    return []


LETTERHEAD_LINES = 6  # lines under the vendor's name still part of its letterhead


def _address_line_under(document: Document, name: Segment, blocked: set[Segment]) -> list[Segment]:
    """The vendor's address under its letterhead but not in line with its name: one line
    centred under it ('8756 Airline Dr · Irving, TX 75031 · Showroom (469) 417-5322'), or
    lines under a heading of their own ('CORPORATE OFFICE'), before any labelled line."""
    layout = document.layout(name.page)
    lines = layout.lines[name.line + 1 :]
    # lines wholly right of the name (the title's box of references) count for no line of
    # the letterhead's
    counted = 0
    for at, line in enumerate(lines):
        counted += line.bbox[0] < name.bbox[2]
        if counted > LETTERHEAD_LINES:
            break
        for segment in line.segments:
            if segment in blocked or document.excluded(segment) or is_title(segment):
                continue
            hits = document.hits_in(segment)
            if any(label.field in BLOCK_FIELDS for hit in hits for label in hit.labels):
                return []  # the customer's block: the letterhead has ended
            if hits:
                continue
            if not any(c.isdigit() for c in segment.text):
                continue  # a heading over the address ('CORPORATE OFFICE') or a motto
            if _named_above(layout, segment, name.line + 1):
                return []  # a party's block whose heading was not read: the customer's
            run = [segment]
            for below in lines[at + 1 : at + 6]:  # lines of a column beside run between
                parts = _address_of(run)
                if parts and closes_address(parts[-1]):
                    break
                step = [s for s in below.segments if abs(s.bbox[0] - segment.bbox[0]) <= 2]
                if step and (step[0] in blocked or document.hits_in(step[0])):
                    break
                run.extend(step[:1])
            parts = _address_of(run)
            if plausible_address(parts) and closes_address(parts[-1]):
                return run + _contacts_under(layout, run[-1], blocked)
    return []


def _named_above(layout: PageLayout, segment: Segment, top: int) -> bool:
    """A company's name or an attention line in the line over `segment`, in its column
    (the nearest line above printing in it, past lines of the column beside), from the
    line ``top`` on (under the vendor's own name)."""
    for line in reversed(layout.lines[max(segment.line - ABOVE_LINES, top) : segment.line]):
        column = [
            s for s in line.segments if abs(s.bbox[0] - segment.bbox[0]) <= 2 * layout.word_height
        ]
        if column:
            return any(is_company(s.text) or is_attention(s.text) for s in column)
    return False


ABOVE_LINES = 3  # lines looked up past, none printing in the column


def _contacts_under(layout: PageLayout, last: Segment, blocked: set[Segment]) -> list[Segment]:
    """The phone and e-mail lines printed right under an address, in its column."""
    found: list[Segment] = []
    for line in layout.lines[last.line + 1 : last.line + 4]:
        step = [s for s in line.segments if abs(s.bbox[0] - last.bbox[0]) <= 2]
        if not step or step[0] in blocked or not is_contact(step[0].text):
            break
        found.append(step[0])
    return found


FOOTER_ADDRESS_SCORE = 0.6


def _footer_address(document: Document, blocked: set[Segment]) -> list[Candidate]:
    """The vendor's address on a line of its own in the footer of a page, page 1 first,
    where a letterhead of a name and a motto prints none ('1931 Royal Ln, Suite 349 ·
    Houston, TX 77005'): no label and no sentence on it."""
    footers = [s for layout in document.layouts for s in _footer_segments(layout)]
    for segment in footers:
        if segment in blocked or document.excluded(segment):
            continue
        if document.hits_in(segment) or len(tokens(segment.text)) > 14:
            continue
        address = drop_leading_name(
            address_lines([p for t in sender_parts(segment.text) for p in _split(t)])
        )
        if not plausible_address(address) or not _POSTAL.search(address[-1]):
            continue
        if len(address) == 1 and not (closes_address(address[0]) and address[0][0].isdigit()):
            continue  # '1200 Oak Ridge Dr', 'Dallas, TX 75244': a line of a block, no street
        value = join_address(address)
        text = segment.text
        page = segment.page
        score = FOOTER_ADDRESS_SCORE
        return [make("vendor_address", value, segment.words, page, "footer_line", score, text)]
    return []


def _footer_segments(layout: PageLayout) -> list[Segment]:
    footer = top_share(layout, FOOTER_SHARE)
    return [s for s in layout.segments if s.bbox[1] > footer]


# '·' and '|' between the parts of a letterhead's line, or a dash before a capital, as a
# scan reads the '·' ('3723 Commerce St - Houston, TX 77058'); not '# 11 - 26' of a street
# nor a labelled value's ('Régimen fiscal: 601 - General de Ley Personas Morales')
# a ZIP code closing the address before another label's words: '... FL 34715 Billing: ...'
_DOTS = re.compile(
    r"\s+[|·•]\s+|(?:(?<=\b[A-Z]{2} \d{5})|(?<=[A-Z]{2}, \d{5}))\s+(?=[A-Z][a-z]+(?: [a-z]+)?:)"
)
_PARTS = re.compile(r"\s+[|·•]\s+|\s+[-–]\s+(?=[A-Z])")


def _address_of(lines: list[Segment]) -> list[str]:
    """The address lines among a letterhead's segments, each split into its parts."""
    return address_lines([t for s in lines for t in _split(s.text)])


def _split(text: str) -> list[str]:
    """A letterhead line's parts, each without its inner label ('Domicilio fiscal: ...');
    none of a motto's."""
    if is_motto(text):
        return []
    parts = (_PARTS if ":" not in text else _DOTS).split(text)  # '601 - General de Ley ...'
    return [strip_inner_label(p) for p in parts if p.strip()]


_BARE_NUMBER = re.compile(r"[#\d][\d -]*")


def _block_candidates(blocks: dict[str, list[Block]]) -> list[Candidate]:
    found = []
    for block in blocks.get("bill_to", []):
        # 'Attn: Accounts Payable' before the name is no name
        texts = [
            t
            for t in block.texts()
            if not is_title_text(t) and not is_attention(t) and not is_no_one(t)
        ]
        while len(texts) > 1 and _BARE_NUMBER.fullmatch(texts[0]):
            texts = texts[1:]  # 'CLIENTE: 07903' over the name: the customer's number
        label = block.hit.labels[0]
        score = 0.85 * block.hit.quality * (1.0 if label.strong else 0.8)
        if not any(_POSTAL.search(t) for t in texts[-2:]):
            score *= UNPOSTED  # no postcode closes the block: perhaps not a party's at all
        if len(texts) == 1 and drop_leading_name(texts) != texts:
            # 'Bill To: Harbor Point HOA, PO Box 300, Galveston, TX': name and address
            address = drop_leading_name(texts)
            texts = [texts[0][: len(texts[0]) - len(address[0])].strip(" ,"), *address]
        if texts and not _address_line(texts[0]):
            first = next((s for s in block.lines if texts[0] in s.text), block.lines[0])
            words = _words_of(first, texts[0])
            name, texts = texts[0], texts[1:]
            if _name_runs_on(name, texts):  # 'Brightwater Residential' over 'Mgmt LLC'
                second = next((s for s in block.lines if texts[0] in s.text), None)
                words = (*words, *(_words_of(second, texts[0]) if second else ()))
                name, texts = f"{name} {texts[0]}", texts[1:]
            found.append(make("customer_name", name, words, block.page, "block_bill_to", score))
        _address(found, "bill_to_address", block, address_lines(texts), score)
    for block in blocks.get("remit_to", []):
        lines = address_lines(block.texts())
        texts = drop_leading_name(lines)
        _address(found, "remit_to_address", block, texts, 0.85 * block.hit.quality)
        payee = _payee(lines, texts)
        if payee:  # the vendor's own name where its letterhead is a picture
            words = block.lines[0].words if block.lines else block.hit.segment.words
            found.append(make("vendor_name", payee, words, block.page, "remit_to_name", PAYEE))
    for block in blocks.get("seller", []):  # 'Sprzedawca', 'Säljare': the vendor's own block
        texts = [t for t in block.texts() if not is_title_text(t)]
        score = 0.85 * block.hit.quality
        if len(texts) == 1 and not is_company(texts[0]):
            continue  # 'Sold By MANNY' on a till's slip: the clerk, no vendor's block
        if texts and not texts[0][:1].isdigit():
            first = block.lines[0]
            seller = make("vendor_name", texts[0], first.words, block.page, "block_seller", score)
            found.append(seller)
            texts = texts[1:]
        _address(found, "vendor_address", block, address_lines(texts), score)
    for name, worth in (("service_address", 0.8), ("ship_to", 0.6)):
        # goods shipped to a property mark where the work was done when nothing else does
        for block in blocks.get(name, []):
            texts = address_lines(block.texts())
            if name == "service_address" and len(texts) >= 3 and is_company(texts[0]):
                # 'SERVICE LOCATION | Brightwater Residential Management LLC | Mesquite
                # Springs | ...': the client's company over its property
                first = next((s for s in block.lines if texts[0] in s.text), block.lines[0])
                words = _words_of(first, texts[0])
                score = SITE_CLIENT * block.hit.quality
                found.append(
                    make("customer_name", texts[0], words, block.page, "block_site", score)
                )
            if len(texts) >= 3 and not any(c.isdigit() for c in texts[0] + texts[1]):
                texts = texts[1:]  # 'Deliver to: Daniel Suarez' over the property's name
            if texts and any(c.isdigit() for c in " ".join(texts)):
                _address(found, "service_address", block, texts, worth * block.hit.quality)
    return found


UNPOSTED = 0.85
SITE_CLIENT = 0.45  # a company's name heading the site's block: below a window's recipient
# a postcode: 4 to 6 digits ('75244', '10827', 'C.P. 64000'), or a British or Canadian one
_POSTAL = re.compile(
    r"\b\d{4,6}\b|\b[A-Z]\d[A-Z] ?\d[A-Z]\d\b|\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b"
)


def _name_runs_on(name: str, rest: list[str]) -> bool:
    """Whether a party's name wraps onto the block's next line: that line is short, holds
    no digit and ends the name with its legal form, which the first line lacks."""
    if not rest or is_company(name) or any(c.isdigit() for c in rest[0]):
        return False
    return len(rest[0].split()) <= 3 and is_company(rest[0])


def _address_line(text: str) -> bool:
    """A block's first line that is its street ('Av. Lázaro Cárdenas 2400'): the name
    over it was lost to the photo, or never printed."""
    return text[:1].isdigit() or (town_or_street_line(text) and not is_company(text))


def _words_of(segment: Segment, text: str) -> tuple[Word, ...]:
    start = segment.text.find(text)
    return words_in_span(segment, start, start + len(text)) if start >= 0 else segment.words


PAYEE = 0.5  # weaker than a letterhead: a lockbox or a factor may be paid instead


def _payee(lines: list[str], address: list[str]) -> str | None:
    """The name printed before the remit-to address ('Acme LLC, PO Box 12, ...')."""
    dropped = ", ".join(lines)[: max(0, len(", ".join(lines)) - len(", ".join(address)))]
    name = dropped.split(",")[0].strip(" ,:") if address != lines else ""
    return name if is_company(name) or len(tokens(name)) >= 2 else None


def _address(
    found: list[Candidate], field: str, block: Block, texts: list[str], score: float
) -> None:
    if not plausible_address(texts):
        return
    used = segments_of(block.lines, texts)
    words = [w for s in used for w in s.words]
    if words:
        text = "\n".join(s.text for s in used)
        value = join_address(texts)
        worth = score * address_worth(texts)
        found.append(make(field, value, words, block.page, f"block_{block.name}", worth, text))
