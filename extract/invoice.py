"""The extractor for invoices and receipts: header fields, line items and cross-checks."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from docmatch.types import Word
from extract.calibration import calibrate
from extract.candidates import Candidate, choose, make, words_in_span
from extract.checks import Chosen, run_checks
from extract.classify import large_title_words
from extract.context import Document
from extract.fields import below_label, candidates_from_labels, field_kinds, run_on
from extract.formats import days_of_month_span, find_date_range, find_dates, money
from extract.labels import value_span
from extract.layout import Segment
from extract.learned import learned_candidates
from extract.letterhead import is_company, legal_form_read_again
from extract.model import HEADER_FIELDS, Check, ExtractedField, LineItem
from extract.parties import party_candidates
from extract.receipts import receipt_items
from extract.tables import (
    find_tables,
    line_items,
    line_sum,
    sum_row_candidates,
    totals_row_candidates,
)
from extract.totals import (
    INFERRED_TOTAL_SCORE,
    final_total,
    rate_between,
    tax_lines_sum,
    total_as_subtotal,
    unlabelled_subtotal,
    unlabelled_total,
)
from extract.vocab import connectives, load, not_labels, only_terms, phrase_tokens, tokens

LABELLED = {
    "invoice_number",
    "invoice_date",
    "due_date",
    "po_number",
    "account_number",
    "service_period_start",
    "service_period_end",
    "payment_terms",
    "currency",
    "subtotal",
    "tax",
    "total",
    "amount_due",
    "previous_balance",
    "payments",
    "discount",
    "rounding",
    "withholding",
    "charges",
}
UNLABELLED_DATE = 0.6
UUID_AS_NUMBER = 0.5
# hexadecimal, or as OCR reads it ('...-DD61F7FE5ECO')
_UUID = re.compile(r"[0-9A-Z]{8}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{12}", re.I)
PAID_AS_TOTAL = 0.85


PERIOD_GAP = 6  # letter heights between the parts of one period's value


def period_candidates(document: Document) -> list[Candidate]:
    """'Service period: 01/01/2024 - 01/31/2024' gives a start and an end."""
    found = []
    for hit in document.all_hits():
        # 'Service From: 12/01/2024  To: 12/31/2024': a start label may carry the period
        label = hit.names("service_period") or hit.names("service_period_start")
        label = label or hit.names("service_period_end")
        if label is None:
            continue
        segments = document.layout(hit.segment.page).lines[hit.segment.line].segments
        index = segments.index(hit.segment)
        span = value_span(hit, None)
        parts = [span] if span else []
        for after in segments[index + 1 : index + 3]:  # a far one is another column's
            if parts and after.bbox[0] - parts[-1].bbox[2] > PERIOD_GAP * after.height:
                break
            parts.append(after)
        below = below_label(document, hit)
        for place in (parts, [below] if below else []):
            text = " ".join(s.text for s in place)
            period = find_date_range(text, document.conventions)
            score = 0.88 * hit.quality * (1.0 if label.strong else 0.75)
            if place and place[0] is below and _periods_under(document, below):
                score *= HISTORY  # 'Periodo' over a usage history's months, one per row
            if period is None:
                one = _one_end(document, label.field, place, score)
                if one is not None:
                    found.append(one)
                    break
                continue
            words = [w for s in place for w in s.words]
            for name, value in zip(
                ("service_period_start", "service_period_end"), period, strict=True
            ):
                found.append(
                    make(
                        name,
                        value.isoformat(),
                        words,
                        hit.segment.page,
                        "label_period",
                        score,
                        text,
                    )
                )
            break
    return found


HISTORY = 0.7


def _periods_under(document: Document, value: Segment) -> bool:
    """Whether another period stands under a period, in its column: a history's rows."""
    layout = document.layout(value.page)
    for line in layout.lines[value.line + 1 : value.line + 3]:
        for segment in line.segments:
            if abs(segment.bbox[0] - value.bbox[0]) > 2 * layout.word_height:
                continue
            if find_date_range(segment.text, document.conventions) is not None:
                return True
    return False


def _one_end(
    document: Document, field: str, place: list[Segment], score: float
) -> Candidate | None:
    """'Svc. From' over 'Jan. 7, 2026' and 'Svc. To' over 'Feb. 6, 2026': one end of the
    period, under or after its own label, the only date there."""
    if field == "service_period" or not place:
        return None
    dates = find_dates(place[0].text, document.conventions)
    if len(dates) != 1:
        return None
    found = dates[0]
    words = words_in_span(place[0], found.start, found.end)
    return make(field, found.value.isoformat(), words, place[0].page, "label_period_end", score)


UNLABELLED_PERIOD = 0.55
_DAYS_NOTE = re.compile(r"\(?\d{1,3} (?:billing |service )?days?\)?$", re.I)


_PERIOD_OPENER = re.compile(r"\b(?:from|for the period|del|desde|durante el periodo del?)$", re.I)


def unlabelled_period(document: Document) -> list[Candidate]:
    """A run on page 1 that is nothing but a period ('10/01/2026 - 10/31/2026 (31 billing
    days)'), perhaps after a label of no other field, outside the item table: a bill's
    service period whose label was not printed or is not known."""
    for segment in document.layout(1).segments:
        if document.excluded(segment):
            continue
        dates = find_dates(segment.text, document.conventions)
        span = (dates[0].start, dates[1].end) if len(dates) == 2 else None
        if len(dates) == 1:  # '... prestados del 1 al 31 de agosto de 2025.'
            span = days_of_month_span(segment.text)
        if span is None:
            continue
        # or after a label of no other field ('Days of Service: Jan 14 until Feb 13')
        opening = segment.text[: span[0]].strip()
        # or in a sentence that gives it ('Servicio ... prestado del 01/08/2025 al 15/08/2025')
        told = _PERIOD_OPENER.search(opening) is not None
        if opening and not told and (not opening.endswith(":") or document.hits_in(segment)):
            continue
        if _DAYS_NOTE.sub("", segment.text[span[1] :].strip()).strip(" .,"):
            continue  # more than a period follows
        period = find_date_range(segment.text, document.conventions)
        if period is None:
            continue
        return [
            make(name, value.isoformat(), segment.words, 1, "period_alone", UNLABELLED_PERIOD)
            for name, value in zip(
                ("service_period_start", "service_period_end"), period, strict=True
            )
        ]
    return []


# 'Please pay $5,597.68 by January 23, 2026.', 'Pague $1,200.00 antes del 15 de marzo'
_PAY_BY = re.compile(
    r"\bpay\s+(?:the\s+amount\s+of\s+)?[$€£]?\s?\d[\d.,]*\s+"
    r"(?:by|before|on\s+or\s+before|no\s+later\s+than)\s"
    r"|\bpag(?:ue|ar)\s+[$€£]?\s?\d[\d.,]*\s+(?:antes\s+del?|hasta\s+el|a\s+m[aá]s\s+tardar\s+el)\s",
    re.I,
)
PAY_BY_SCORE = 0.8


def pay_by_date(document: Document) -> list[Candidate]:
    """The due date a sentence gives with the sum to pay, read on into the next line
    where the sentence breaks ('Please pay $5,597.68 by January 23,' over '2026.')."""
    found = []
    for layout in document.layouts:
        for segment in layout.segments:
            match = _PAY_BY.search(segment.text)
            if match is None or document.excluded(segment):
                continue
            for text in (segment, run_on(document, segment)):
                if text is None:
                    continue
                dates = [
                    d for d in find_dates(text.text, document.conventions) if d.start >= match.end()
                ]
                if dates and dates[0].start <= match.end() + 1:
                    words = words_in_span(text, dates[0].start, dates[0].end)
                    value = dates[0].value.isoformat()
                    found.append(make("due_date", value, words, text.page, "pay_by", PAY_BY_SCORE))
                    break
    return found


def unlabelled_date(document: Document) -> list[Candidate]:
    """The first date printed on page 1, for documents (receipts) that label none; a
    date named as another ('Order Date', 'Ship Date') is not it."""
    layout = document.layout(1)
    for line in layout.lines:
        for index, segment in enumerate(line.segments):
            if document.excluded(segment):
                continue
            dates = find_dates(segment.text, document.conventions)
            before = " ".join(s.text for s in line.segments[max(0, index - 1) : index])
            if dates and _names_another_date(f"{before} {segment.text[: dates[0].start]}"):
                continue
            if dates and _labelled_as_another_date(
                document, line.segments[max(0, index - 1) : index + 1]
            ):
                continue
            if dates:
                first = dates[0]
                words = words_in_span(segment, first.start, first.end)
                value = first.value.isoformat()
                return [make("invoice_date", value, words, 1, "first_date", UNLABELLED_DATE)]
    return []


def _labelled_as_another_date(document: Document, segments: Sequence[Segment]) -> bool:
    """A date beside a due date's or a period's label ('Fecha de pago: 27 de octubre')
    is that date, not the unlabelled date of the document."""
    return any(
        label.kind == "date" and label.field != "invoice_date"
        for segment in segments
        for hit in document.hits_in(segment)
        for label in hit.labels
    )


def _names_another_date(text: str) -> bool:
    toks = tokens(text)
    return any(
        toks[i : i + len(phrase)] == phrase
        for i, first in enumerate(toks)
        for phrase in not_labels().get(first, ())
    )


UNLABELLED_TERMS = 0.55


def unlabelled_terms(document: Document) -> list[Candidate]:
    """A run that is nothing but payment terms ('Net 10', 'Due on receipt') where the
    label above it was lost: the wording says what it is."""
    for layout in document.layouts[:1]:
        for segment in layout.segments:
            if document.excluded(segment):
                continue
            if only_terms(segment.tokens):
                text = segment.text
                return [
                    make("payment_terms", text, segment.words, 1, "terms_wording", UNLABELLED_TERMS)
                ]
    return []


BANK_LINES_ABOVE = 3


def among_bank_details(document: Document, candidate: Candidate) -> bool:
    """An account number on its line or under a line naming a bank ('Sort Code',
    'IBAN', 'Bank: Barclays') is the vendor's bank account, not the customer's."""
    layout = document.layout(candidate.page)
    middle = (candidate.bbox[1] + candidate.bbox[3]) / 2  # not the line above reaching down
    line = next((ln for ln in layout.lines if ln.bbox[1] <= middle < ln.bbox[3]), None)
    if line is None:
        return False
    phrases = phrase_tokens("_bank_words")
    for above in layout.lines[max(0, line.index - BANK_LINES_ABOVE) : line.index + 1]:
        for segment in above.segments:
            if segment.bbox[0] > candidate.bbox[0]:
                continue  # another column
            toks = segment.tokens
            if any(toks[i : i + len(p)] == p for p in phrases for i in range(len(toks))):
                return True
            if any(t.endswith("bank") for t in toks):
                return True  # 'FirstBank, cuenta 818-586746'
    return False


def currency_candidates(document: Document) -> list[Candidate]:
    data = load("currencies.json")
    found = []
    for layout in document.layouts:
        words = layout.page.words
        for index, word in enumerate(words):
            text = word.text.strip(":().,")
            if not text:
                continue
            if text.upper() in data["codes"] and text.isupper():
                found.append(
                    make("currency", text.upper(), [word], layout.number, "currency_code", 0.85)
                )
                continue
            for symbol, code in data["symbols"].items():
                if symbol in data["ambiguous"]:
                    continue
                if symbol in word.text and (
                    (re.search(r"\d", word.text) and _amount_with(word.text, symbol))
                    or (text == symbol and _by_figure(words, index))
                ):
                    found.append(
                        make("currency", code, [word], layout.number, "currency_symbol", 0.7)
                    )
                    break
    if document.hints.currency:
        found.append(make("currency", document.hints.currency, [], 1, "vendor_hint", 0.8))
    return found[:12]


def _amount_with(text: str, symbol: str) -> bool:
    """Whether a word is an amount with its currency's sign: '1.234,00Ft', 'zł12', '$5';
    letters in a run of others are no sign ('...KhFtQ4...' in a seal)."""
    if not any(c.isalpha() for c in symbol):
        return True
    rest = text.replace(symbol, "", 1)
    return not any(c.isalpha() for c in rest)


def _by_figure(words: tuple[Word, ...], index: int) -> bool:
    """Whether a word next to the one at ``index`` on its line holds a figure: '€ 12,00'
    prices in euros, 'OPEN € RESET' is an ampersand misread."""
    return any(
        0 <= k < len(words)
        and words[k].line == words[index].line
        and any(c.isdigit() for c in words[k].text)
        for k in (index - 1, index + 1)
    )


def _collect(document: Document) -> tuple[list[Candidate], tuple[LineItem, ...]]:
    tables = find_tables(document)
    for table in tables:
        document.excluded_lines.update(table.lines)
        document.table_left.update({line: table.left for line in table.lines})
        document.table_right.update({line: table.right for line in table.lines})
    items = line_items(tables)
    totals_row = totals_row_candidates(document, tables)
    candidates = [
        c
        for c in candidates_from_labels(document, LABELLED)
        if not (c.field == "account_number" and among_bank_details(document, c))
    ]
    candidates += totals_row
    candidates += sum_row_candidates(document, tables, candidates)
    summed = tax_lines_sum(document, candidates)
    if summed is not None:
        candidates.append(summed)
    candidates += period_candidates(document)
    candidates += pay_by_date(document)
    candidates += currency_candidates(document)
    parties, _ = party_candidates(document)
    candidates += parties
    candidates += learned_candidates(document, field_kinds())
    if not any(c.field == "invoice_date" for c in candidates):
        candidates += unlabelled_date(document)
    if not any(c.field == "service_period_start" for c in candidates):
        candidates += unlabelled_period(document)
    if not any(c.field == "payment_terms" for c in candidates):
        candidates += unlabelled_terms(document)
    if not items:
        items = receipt_items(document)
    # a CFDI's fiscal folio (a UUID) is the tax authority's key, not the vendor's number
    candidates = [
        c.rescored(c.score * UUID_AS_NUMBER)
        if c.field == "invoice_number" and _UUID.fullmatch(c.value)
        else c
        for c in candidates
    ]
    return _payment_references(_section_sums(candidates, items)), items


def _section_sums(candidates: list[Candidate], items: tuple[LineItem, ...]) -> list[Candidate]:
    """Subtotals labelled alike on several lines with different sums close sections of
    the items ('Service total' under the water, the sewer and the storm charges): none
    is the document's subtotal, unless it sums all the items."""
    sums = [c for c in candidates if c.field == "subtotal" and c.method.startswith("label")]
    if len({c.value for c in sums}) < 2 or len({c.bbox[1] for c in sums}) < 2:
        return candidates
    whole = line_sum(items)
    return [
        c for c in candidates if c not in sums or (whole is not None and c.value == money(whole))
    ]


def _order_as_own_number(document: Document, chosen: Chosen) -> None:
    """'Orden Núm. N11384' on an 'ORDEN DE SERVICIO' that prints no invoice number: the
    order's number is the document's own; another order's number stays the PO."""
    orders = (chosen.best["po_number"], *chosen.alternatives.get("po_number", ()))
    title = large_title_words([layout.page for layout in document.layouts])
    own = next((c for c in orders if _title_names(document, title, c)), None)
    if own is None:
        return
    chosen.best["invoice_number"] = replace(own, field="invoice_number")
    rest = [c for c in orders if c is not own]
    if rest:
        chosen.best["po_number"], chosen.alternatives["po_number"] = rest[0], tuple(rest[1:])
    else:
        del chosen.best["po_number"]


def _title_names(document: Document, title: frozenset[str], number: Candidate) -> bool:
    """Whether an order's number is labelled by a noun the document's title names, or by
    its initials: the service order's own number, no order of the customer's."""
    layout = document.layout(number.page)
    near = [
        segment
        for line in layout.lines
        if line.bbox[1] <= number.bbox[3] and number.bbox[1] - line.bbox[3] < layout.word_height * 2
        for segment in line.segments
    ]
    initials = {word[0] for word in title}
    for segment in near:
        for hit in document.hits_in(segment):
            if not any(label.field == "po_number" for label in hit.labels):
                continue
            words = segment.tokens[hit.start : hit.end]
            if any(len(w) >= 4 and w.isalpha() and w in title for w in words):
                return True
            letters = [w for w in words if len(w) == 1 and w.isalpha()]
            if len(letters) >= 2 and set(letters) <= initials:
                return True  # 'W.O. No.' under 'WORK ORDER'
    return False


def _tax_to(chosen: Chosen, due: Decimal) -> None:
    """Of the taxes read, the one that takes the subtotal to the amount due, where no
    total was read ('Total IVU 11.5%' under the state's and the town's IVU)."""
    subtotal = Decimal(chosen.best["subtotal"].value)
    for tax in chosen.options("tax"):
        if subtotal + Decimal(tax.value) == due:
            chosen.take("tax", tax)
            return


AFTER_TOTAL = 0.9  # of a number's score when labelled under the total, among the payment's


def _payment_references(candidates: list[Candidate]) -> list[Candidate]:
    """A number labelled under the total's line, where a till prints the card payment's
    'REF #' and 'APPROVAL #', is less surely the document's own than one above it."""
    totals = [c for c in candidates if c.field == "total" and c.method.startswith("label")]
    if not totals:
        return candidates
    total = max(totals, key=lambda c: c.score)
    return [
        c.rescored(c.score * AFTER_TOTAL)
        if c.field == "invoice_number" and c.page == total.page and c.bbox[1] > total.bbox[3]
        else c
        for c in candidates
    ]


def extract_invoice(
    document: Document,
) -> tuple[dict[str, ExtractedField], tuple[LineItem, ...], tuple[Check, ...]]:
    candidates, items = _collect(document)
    grouped: dict[str, list[Candidate]] = {}
    for candidate in (c for c in candidates if odd_shape(c) > 0):
        grouped.setdefault(candidate.field, []).append(candidate)
    chosen = Chosen({}, {})
    for field, group in grouped.items():
        picked = choose(group)
        if picked:
            chosen.best[field], chosen.alternatives[field] = picked
    if "total" not in chosen.best and "subtotal" in chosen.best:
        inferred = unlabelled_total(document, chosen.best)
        if inferred is not None:
            chosen.best["total"], chosen.alternatives["total"] = inferred, ()
        elif "amount_due" in chosen.best and not {"previous_balance", "payments"} & set(
            chosen.best
        ):
            _tax_to(chosen, Decimal(chosen.best["amount_due"].value))
    if "total" in chosen.best and "subtotal" not in chosen.best:
        best = chosen.best["total"]
        twins = tuple(c for c in grouped.get("total", ()) if c.value == best.value)  # printed twice
        chained = total_as_subtotal(document, best, (*chosen.alternatives.get("total", ()), *twins))
        if chained is not None:
            chosen.best["subtotal"], chosen.best["total"] = chained
            chosen.alternatives["total"] = tuple(
                a for a in chosen.alternatives["total"] if a.bbox != chained[1].bbox
            )
            tax = rate_between(document, *chained) if "tax" not in chosen.best else None
            if tax is not None:
                chosen.best["tax"], chosen.alternatives["tax"] = tax, ()
    if {"subtotal", "total"} <= chosen.best.keys() and "tax" not in chosen.best:
        # 'FL Sales & Surtax 7%  165.48' between 'Amount before tax' and 'Invoice Total'
        before, after = chosen.best["subtotal"], chosen.best["total"]
        if before.page == after.page and before.bbox[3] < after.bbox[1]:
            tax = rate_between(document, before, after)
            if tax is not None:
                chosen.best["tax"], chosen.alternatives["tax"] = tax, ()
    if {"total", "tax"} <= chosen.best.keys() and "subtotal" not in chosen.best:
        # 'Total Mat'l & Labor 2,144.00', 'Sales Tax 176.88', '2,320.88' under a label OCR
        # garbled ('Tickse Grand Gum'): the total read was the sum before tax
        summed, tax = chosen.best["total"], chosen.best["tax"]
        if tax.page == summed.page and tax.bbox[1] > summed.bbox[3]:
            before_tax = replace(summed, field="subtotal", method=f"{summed.method}_before_tax")
            below = unlabelled_total(document, {**chosen.best, "subtotal": before_tax})
            if below is not None:
                chosen.best["subtotal"], chosen.best["total"] = before_tax, below
    if "po_number" in chosen.best and "invoice_number" not in chosen.best:
        _order_as_own_number(document, chosen)
    own, order = chosen.best.get("invoice_number"), chosen.best.get("po_number")
    if own is not None and order is not None and own.value == order.value:
        del chosen.best["po_number"]  # 'W.O. No. 37916' on a work order: its own number
    phone, tax_id = chosen.best.get("vendor_phone"), chosen.best.get("vendor_tax_id")
    if phone and tax_id and phone.bbox == tax_id.bbox and not phone.method.startswith("label"):
        del chosen.best["vendor_phone"]  # '53 004 085 616' under 'ABN': no phone number
    paid = chosen.best.get("payments")
    if not {"total", "amount_due"} & chosen.best.keys() and paid and Decimal(paid.value) > 0:
        # a receipt for a payment ('Amount paid $1,234.00') prints no other total
        chosen.best["total"] = replace(paid, field="total", method="amount_paid").rescored(
            paid.score * PAID_AS_TOTAL
        )
    if "subtotal" not in chosen.best:
        inferred = unlabelled_subtotal(document, chosen.best, items)
        if inferred is not None:
            chosen.best["subtotal"], chosen.alternatives["subtotal"] = inferred, ()
    checks = run_checks(chosen, items)
    if "total" in chosen.best:  # the items add up to the total before a rounding or a tip
        chosen.best["total"], chosen.alternatives["total"] = final_total(
            document, chosen.best["total"], chosen.alternatives.get("total", ())
        )
    total = chosen.best.get("total")
    if total is not None and total.method == "sum_below_subtotal":
        # found by the arithmetic that checks it: passing proves nothing more
        chosen.best["total"] = total.rescored(INFERRED_TOTAL_SCORE)
    fields = {
        name: _to_field(document, chosen.best[name], chosen.alternatives.get(name, ()))
        for name in HEADER_FIELDS
        if name in chosen.best
    }
    return fields, items, tuple(checks)


ODD_SHAPE = 0.7  # of the raw score of a value shaped unlike what its field holds
_EMBEDDED_LABEL = re.compile(r"(?:^|\s)[^\W\d_]{3,}:(?:\s|$)")
PARTY_TEXT = {"vendor_name", "customer_name", "payment_terms"}
PARTY_TEXT |= {"vendor_address", "bill_to_address", "service_address", "remit_to_address"}


def odd_shape(candidate: Candidate) -> float:
    """Doubt for a name, address or terms shaped like a misreading of the layout: one
    holding a label of its own ('comerciales: Pago a 30 días'), opening with a joining
    word ('de la, Torres Valle'), or with hardly a letter in it; and for a number of one
    or two characters."""
    if candidate.field == "invoice_number" and len(candidate.value) < 3:
        return ODD_SHAPE  # '8': a count or a page, seldom a document's number
    if candidate.field in ("po_number", "account_number") and len(candidate.value) < 2:
        return 0.0  # '8' under 'P.O.': a mark in an empty box, no order's number
    if candidate.field not in PARTY_TEXT:
        return 1.0
    value = candidate.value
    words = value.split()
    if candidate.field == "customer_name" and len(words) == 1 and not is_company(value):
        return ODD_SHAPE  # 'Terms' under 'Customer': a customer's name is seldom one word
    if not words or sum(c.isalpha() for c in value) < 3:
        return ODD_SHAPE
    opening = words[0].strip(",.").casefold()
    if _EMBEDDED_LABEL.search(value) or (words[0][:1].islower() and opening in connectives()):
        return ODD_SHAPE
    if candidate.field in ("vendor_name", "customer_name") and _sentence(words):
        return ODD_SHAPE  # 'a fixed monthly amount that covers the cost of the meter ...'
    return 1.0


MAX_NAME_WORDS = 10
_SENTENCE_END = re.compile(r"[a-z]{3,}[.!?]$")


def _sentence(words: list[str]) -> bool:
    """A name shaped as a sentence: opening in small letters, long, or closed by a full
    stop after a word in small letters ('... whether or not gas is used.'; not 'Inc.')."""
    return (
        words[0][:1].islower()
        or len(words) > MAX_NAME_WORDS
        or bool(_SENTENCE_END.search(words[-1]))
    )


def _to_field(
    document: Document, best: Candidate, alternatives: tuple[Candidate, ...]
) -> ExtractedField:
    page = document.layout(best.page).page if 1 <= best.page <= len(document.layouts) else None
    source = page.source.value if page is not None else "text_layer"
    value = best.value
    if source == "ocr" and best.field in ("vendor_name", "customer_name"):
        value = legal_form_read_again(value)
    return ExtractedField(
        name=best.field,
        value=value,
        text=best.text,
        confidence=calibrate(best.score * odd_shape(best), source),
        page=best.page,
        bbox=tuple(round(v, 2) for v in best.bbox),  # type: ignore[arg-type]
        method=best.method,
        alternatives=tuple(_to_field(document, a, ()) for a in alternatives),
    )
