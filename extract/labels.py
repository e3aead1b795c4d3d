"""Finding printed labels in segments, exactly or (on OCR'd pages) fuzzily.

At each position the longest label wins, so "Total Due" is never read as "Total"; a weak
label ("Date", "No.") counts only where it opens a segment, a strong one anywhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache

from rapidfuzz import fuzz, process

from extract.formats import PERCENT
from extract.layout import Segment
from extract.vocab import (
    Label,
    all_month_names,
    composed_label,
    connectives,
    head_nouns,
    label_first_words,
    labels,
    not_labels,
    qualifiers,
    word_meanings,
)

FUZZY_CUTOFF = 86.0
MIN_FUZZY_LENGTH = 4
SURE_WORD = 0.9  # OCR words read at least this surely are taken as printed
# a block's one-word heading alone on its line, read with little confidence ('Chente' for
# 'Cliente' at 0.31), is matched more loosely: nothing else on the line can mislead
LONE_HEADING_DOUBT = 0.5
LONE_HEADING_CUTOFF = 75.0
LOOKALIKE_QUALITY = 0.9  # a label read with letters OCR confuses ('T0TAL')
MAX_COMPOSED_WORDS = 7
COMPOSED_QUALITY = 0.9  # a label read from its words' meanings: weak, and less sure
# what a label names that a title does not ('Núm. de la factura' is no title)
_VALUE_MEANINGS = {"number", "date", "due", "total", "tax", "owed"}
# the mark of a number closing the label before it ('Pedido No.:')
NUMBER_MARKS = {(t,) for t in ("no", "n", "nr", "nro", "num", "numero", "number", "nbr")}
SUM_WORDS = {(t,) for t in ("total", "totals", "amount", "sum", "due", "importe", "monto", "summe")}
TO_NOW = {("to", "date"), ("a", "la", "fecha"), ("hasta", "la", "fecha")}  # 'Balance Owed to Date'


@dataclass(frozen=True, eq=False)
class LabelHit:
    segment: Segment
    labels: tuple[Label, ...]  # the fields this phrase can name
    start: int  # token range in the segment
    end: int
    value_word: int  # index of the first word after the label
    quality: float  # 1.0 exact; the fuzzy ratio otherwise
    colon: bool  # printed with a colon, a sure sign of a label

    @property
    def text(self) -> str:
        words = self.segment.words
        first = self.segment.token_words[self.start][0]
        return " ".join(w.text for w in words[first : self.value_word])

    def names(self, field: str) -> Label | None:
        return next((label for label in self.labels if label.field == field), None)


@cache
def _first_word_choices() -> tuple[str, ...]:
    return tuple(w for w in label_first_words() if len(w) >= MIN_FUZZY_LENGTH)


# letters and digits OCR takes for one another: 'T0TAL', 'TOTAI', 'SUBT0TAL', '8ILL';
# and pairs of narrow letters it reads as one: 'CUENTE' for 'CLIENTE', 'Payrnent'
_LOOKALIKES = str.maketrans({"0": "o", "1": "l", "i": "l", "|": "l", "5": "s", "8": "b"})
_MERGED = (("ll", "u"), ("rn", "m"))


def ocr_form(text: str) -> str:
    form = text.translate(_LOOKALIKES)
    for pair, letter in _MERGED:
        form = form.replace(pair, letter)
    return form


@cache
def _first_words_by_form() -> dict[str, str]:
    return {ocr_form(w): w for w in label_first_words() if len(w) >= 3}


def _misread(token: str) -> bool:
    """A word OCR may have misread letter for letter: three signs or more, two letters."""
    return len(token) >= 3 and sum(c.isalpha() for c in token) >= 2


def _lookalike_first(token: str) -> str | None:
    return _first_words_by_form().get(ocr_form(token)) if _misread(token) else None


def _fuzzy_first(token: str) -> str | None:
    if same := _lookalike_first(token):
        return same
    if len(token) < MIN_FUZZY_LENGTH:
        return None
    best = process.extractOne(
        token, _first_word_choices(), scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF
    )
    return best[0] if best else None


def _matches_at(
    toks: tuple[str, ...], i: int, fuzzy: bool, unsure: bool
) -> Iterator[tuple[tuple[str, ...], float, int]]:
    """Label phrases matching at token ``i``, longest first, with the tokens they take:
    on an OCR'd page (``fuzzy``) also one read with letters OCR confuses ('Subtota1',
    'lVA'), however sure OCR was of them; one near in spelling only where OCR was
    unsure of the word (``unsure``)."""
    first = toks[i]
    phrases = label_first_words().get(first)
    if phrases is None and fuzzy:
        yield from _respaced(toks, i)
        yield from _first_word_misread(toks, i)
        near = _lookalike_first(first) if not unsure else _fuzzy_first(first)
        phrases = label_first_words().get(near) if near else None
    for phrase in phrases or ():
        window = toks[i : i + len(phrase)]
        if fuzzy and window != phrase and (short := _without_lost_letter(toks, i, phrase)):
            yield phrase, LOOKALIKE_QUALITY, short
        elif len(window) < len(phrase):
            continue
        elif window == phrase:
            yield phrase, 1.0, len(phrase)
        elif fuzzy and (size := _ampersand_as_eight(toks, i, phrase)):
            yield phrase, LOOKALIKE_QUALITY, size
        elif (
            fuzzy
            and all(map(_misread, window))
            and ocr_form(" ".join(window)) == ocr_form(" ".join(phrase))
        ):
            yield phrase, LOOKALIKE_QUALITY, len(phrase)
        elif unsure:
            score = fuzz.ratio(" ".join(window), " ".join(phrase))
            if score >= FUZZY_CUTOFF and len(" ".join(phrase)) >= MIN_FUZZY_LENGTH:
                yield phrase, score / 100, len(phrase)


def _ampersand_as_eight(toks: tuple[str, ...], i: int, phrase: tuple[str, ...]) -> int:
    """'Billing Name 8 Address': the '&' between a label's words read as an '8'. The
    tokens the label takes, or 0."""
    window = toks[i : i + len(phrase) + 1]
    for j in range(1, min(len(phrase), len(window) - 1)):
        if window[j] != "8":
            continue
        if window[:j] + window[j + 1 :] == phrase:
            return len(phrase) + 1  # the label's tokens leave the '&' out
        if (
            phrase[j] == "and"
            and window[:j] + window[j + 1 : len(phrase)] == phrase[:j] + phrase[j + 1 :]
        ):
            return len(phrase)  # 'Billing Name and Address'
    return 0


def _without_lost_letter(toks: tuple[str, ...], i: int, phrase: tuple[str, ...]) -> int:
    """'Total pagar' for 'Total a pagar': a photo loses a one-letter word between a
    label's words as it loses a speck. The tokens the label takes, or 0; never where the
    shorter phrase is a label of its own."""
    for j in range(1, len(phrase) - 1):
        short = phrase[:j] + phrase[j + 1 :]
        if len(phrase[j]) == 1 and phrase[j].isalpha() and all(len(w) > 1 for w in short):
            if toks[i : i + len(short)] == short and short not in labels():
                return len(short)
    return 0


MIN_RESPACED_LETTERS = 8


@cache
def _phrases_by_letters() -> dict[str, tuple[str, ...]]:
    """Labels of several words by their letters run together, in OCR's lookalike form."""
    return {
        ocr_form("".join(words)): words
        for words in labels()
        if len(words) >= 2 and len("".join(words)) >= MIN_RESPACED_LETTERS
    }


def _respaced(toks: tuple[str, ...], i: int) -> Iterator[tuple[tuple[str, ...], float, int]]:
    """A label whose spaces OCR misplaced or lost ('ORDE NDE COMPRA', 'AccountName'):
    the same letters in a run of words."""
    for size in range(min(MAX_LABEL_WORDS, len(toks) - i), 0, -1):
        window = toks[i : i + size]
        phrase = _phrases_by_letters().get(ocr_form("".join(window)))
        if phrase is not None and phrase != window:
            yield phrase, LOOKALIKE_QUALITY, size
    pair = toks[i : i + 2]
    abbreviation = _abbreviations_by_letters().get(ocr_form("".join(pair)))
    if len(pair) == 2 and abbreviation is not None:
        yield abbreviation, LOOKALIKE_QUALITY, 2


@cache
def _abbreviations_by_letters() -> dict[str, tuple[str, ...]]:
    """Labels spelt as initials ('I.V.A.', 'R.F.C.') by their letters in OCR's lookalike
    form: a photo reads an initial and the stop after it as one letter ('LV.A.': the 'I.'
    taken for an 'L'), so two of the initials come out as one token."""
    return {
        ocr_form("".join(words)): words
        for words in labels()
        if len(words) >= 3 and all(len(w) == 1 and w.isalpha() for w in words)
    }


MAX_LABEL_WORDS = 6
NEAR_FIRST_WORD = 75.0  # a first word this near, the rest of the label as printed


@cache
def _phrases_by_second_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for words in labels():
        if len(words) >= 2 and (len(words[0]) >= MIN_FUZZY_LENGTH or len(words) >= 3):
            index.setdefault(words[1], []).append(words)
    return {second: tuple(sorted(group, key=len, reverse=True)) for second, group in index.items()}


def _first_word_misread(
    toks: tuple[str, ...], i: int
) -> Iterator[tuple[tuple[str, ...], float, int]]:
    """'Previews Balance': a label whose first word OCR misread into another word, however
    surely, with the rest as printed; else its tail ('Balance') would pass for a label
    of its own."""
    if i + 1 >= len(toks):
        return
    for phrase in _phrases_by_second_word().get(toks[i + 1], ()):
        if toks[i + 1 : i + len(phrase)] != phrase[1:]:
            continue
        score = fuzz.ratio(toks[i], phrase[0])
        if score >= NEAR_FIRST_WORD:
            yield phrase, LOOKALIKE_QUALITY * score / 100, len(phrase)
        elif len(phrase) >= 3 and _one_letter_off(toks[i], phrase[0]):
            # 'MO. DE FACTURA': a two-letter word with one letter misread, two words after
            yield phrase, LOOKALIKE_QUALITY * NEAR_FIRST_WORD / 100, len(phrase)
        elif len(phrase) >= 3 and len(phrase[0]) >= MIN_FUZZY_LENGTH:
            # 'Fone del Comprobante': a long label's small first word misread, the rest
            # as printed, the whole near in spelling
            whole = fuzz.ratio(" ".join(toks[i : i + len(phrase)]), " ".join(phrase))
            if whole >= FUZZY_CUTOFF:
                yield phrase, LOOKALIKE_QUALITY * whole / 100, len(phrase)


def _one_letter_off(token: str, word: str) -> bool:
    if not len(token) == len(word) == 2:
        return False
    return sum(a != b for a, b in zip(token, word, strict=True)) == 1


def _match_at(
    toks: tuple[str, ...],
    token_words: tuple[tuple[int, str], ...],
    i: int,
    fuzzy: bool,
    unsure: bool,
) -> tuple[tuple[str, ...], float, int] | None:
    """The longest phrase at ``i`` that ends where a word ends ('Invoice #BR-1' gives
    'Invoice', not 'Invoice #')."""
    for phrase, quality, size in _matches_at(toks, i, fuzzy, unsure):
        end = i + size
        if end == len(toks) or token_words[end][0] != token_words[end - 1][0]:
            return phrase, quality, size
    return None


def find_hits(segment: Segment, *, fuzzy: bool) -> list[LabelHit]:
    """Label hits in one segment, left to right, not overlapping."""
    toks = segment.tokens
    token_words = segment.token_words
    hits: list[LabelHit] = []
    i = 0
    untaxed = _before_tax(segment)
    if untaxed is not None:
        hits.append(untaxed)
        i = untaxed.end
    while i < len(toks):
        confidence = segment.words[token_words[i][0]].confidence
        unsure = fuzzy and confidence < SURE_WORD
        match = _match_at(toks, token_words, i, fuzzy, unsure)
        skip = _not_label_at(toks, i) or _in_a_date(toks, i)
        included = _tax_included(segment, skip) if i == 0 and skip else None
        if included is not None:
            hits.append(included)  # 'IVA INCLUIDO 16%   $296.64': the tax the total holds
            i = included.end
            continue
        if skip and (match is None or match[2] <= skip):
            i += skip  # 'PO Box', 'Oficina' alone; 'Oficina de cobro' is a label
            continue
        if match is None and fuzzy and len(toks) == 1 and confidence < LONE_HEADING_DOUBT:
            match = _lone_heading(toks[0])
        composed = _composed_at_start(segment) if i == 0 else None
        if composed is not None:
            composed = _composed_hit(composed, match, toks, token_words)
        if composed is not None:
            hits.append(composed)
            i = composed.end
            continue
        if match is None:
            i += 1
            continue
        phrase, quality, size = match
        end = i + size
        if _bare_letter(segment, phrase, i):
            i = end  # 'Ñ 1' read off a logo: 'N.' names a number, a lone letter nothing
            continue
        if _others_number(toks, i, phrase, hits):
            # 'Meter Number:' beside 'Billing Statement No.': the words before say whose
            # number it is, unless they are the document's name, abbreviated ('Rept #:')
            quality *= OTHERS_NUMBER
        if (
            i > 0
            and toks[i - 1] in _OWN
            and all(lb.field == "po_number" for lb in labels()[phrase])
        ):
            i = end  # 'Our Job No.': the vendor's own number, not the customer's order
            continue
        if _qualified(toks, i) or (i > 0 and _in_parentheses(segment, i)):
            i = end  # 'Total Incl. of GST', 'Subtotal (excl. VAT)': they qualify the label before
            continue
        if all(len(t) == 1 for t in phrase) and _in_parentheses(segment, i):
            i = end  # '(C - F)': a column's formula, no 'C.F.'
            continue
        last_word = token_words[end - 1][0]
        found = labels()[phrase]
        if not (
            len(phrase) == 1 and phrase[0] in connectives()
        ):  # Italian 'del' runs on to no colon
            last_word = _past_parenthesis(segment, _colon_after(segment, last_word))
            if all(label.kind == "block" for label in found):
                last_word = _heading_tail(segment, last_word)
        end = max(end, max(j for j, (w, _) in enumerate(token_words) if w <= last_word) + 1)
        printed = segment.words[last_word].text.rstrip()
        colon = printed.endswith((":", "#"))
        closed = printed.endswith(":")
        qualified = i > 0 and _qualifier_before(segment, i, last_word, found)
        listed = i > 0 and _after_value(segment, i, closed)
        if (
            i > 0
            and not any(label.strong for label in found)
            and not _label_tail(segment, i, closed)
            and not qualified
            and not listed
        ):
            i += 1
            continue
        if i > 0 and not qualified and not listed and not _label_tail(segment, i, closed):
            # 'Next annual test due December 22, 2026': inside a sentence only the strong
            # labels count ('due' for the amount due, not for its date), unless a sum is
            # what they follow ('$1,195.50 USD due March 18, 2026')
            after_sum = _after_sum(segment, i)
            found = tuple(label for label in found if label.strong or after_sum)
        before = hits[-1] if hits else None
        if before and before.end == i and not before.colon and _heading_only(before):
            # 'Customer Terms', 'Customer PO': a party's word qualifying the label after it
            hits[-1] = LabelHit(segment, found, before.start, end, last_word + 1, quality, colon)
        elif before and before.end == i and not before.colon and _closes(before, phrase):
            # 'Pedido No.: OC-29603', 'Sales Tax Total': the number's mark or the sum's
            # word closes the label before it
            hits[-1] = replace(before, end=end, value_word=last_word + 1, colon=colon)
        elif before and _party_of(before, toks, i, found):
            # 'Núm. de orden del cliente PO-22988': whose number it is, no party's heading
            hits[-1] = replace(before, end=end, value_word=last_word + 1, colon=colon)
        elif before and before.end == i and not before.colon and _both_sums(before, found):
            # 'TOTAL NETO A PAGAR': one line names the total and what is to be paid;
            # 'IMPORTE NETO A PAGAR' only what is to be paid
            named = before.labels + tuple(lb for lb in found if before.names(lb.field) is None)
            if before.names("total") is None:
                named = found
            hits[-1] = replace(before, labels=named, end=end, value_word=last_word + 1, colon=colon)
        else:
            # 'Hauling Account', 'DATOS FISCALES DEL CLIENTE': the words before qualify it
            start = 0 if qualified or _filler_before(toks, i, found) else i
            hits.append(LabelHit(segment, found, start, end, last_word + 1, quality, colon))
        i = end
    return _bilingual(hits)


def _bilingual(hits: list[LabelHit]) -> list[LabelHit]:
    """'FECHA / DATE', 'IVU 11.5% / SALES TAX': one label printed in two languages, a
    slash between them, is one label over one value; the fields both halves name."""
    merged: list[LabelHit] = []
    for hit in hits:
        before = merged[-1] if merged else None
        if before is None:
            merged.append(hit)
            continue
        words = hit.segment.words
        between = [w.text for w in words[before.value_word : hit.segment.token_words[hit.start][0]]]
        shared = tuple(lb for lb in before.labels if hit.names(lb.field) is not None)
        if "/" in between and all(t == "/" or PERCENT.fullmatch(t) for t in between) and shared:
            merged[-1] = replace(
                hit, labels=shared, start=before.start, quality=min(before.quality, hit.quality)
            )
        else:
            merged.append(hit)
    return merged


OTHERS_NUMBER = 0.7  # of a bare number mark's quality after words that name no document


def _others_number(
    toks: tuple[str, ...], i: int, phrase: tuple[str, ...], hits: list[LabelHit]
) -> bool:
    """A number's bare mark after words that are no label and name no known document:
    'Meter Number', not 'Bill Sequence No.'."""
    if i == 0 or (phrase not in NUMBER_MARKS and phrase != ("#",)):
        return False
    if hits and hits[-1].end == i:
        return False  # 'Pedido No.': the mark closes the label before it
    return not any("doc" in word_meanings().get(t, ()) for t in toks[:i])


def _bare_letter(segment: Segment, phrase: tuple[str, ...], token: int) -> bool:
    """Whether a label of one letter ('N.', 'N:') is printed without its mark."""
    if len(phrase) != 1 or len(phrase[0]) != 1 or not phrase[0].isalpha():
        return False
    printed = segment.words[segment.token_words[token][0]].text
    return not any(mark in printed for mark in ".:#º°")


def _composed_at_start(segment: Segment) -> LabelHit | None:
    """A label no list holds, read from its words' meanings ('Inv Ref:', 'Billing
    Mailing Address'): the label words opening the segment, closed by a colon, by the
    segment's end or by a value (a word with a digit); words of prose after them ('Customer
    service is open ...') make them no label."""
    toks = segment.tokens
    meanings = word_meanings()
    first = 1 if _qualifying_word(segment) else 0
    end = first
    listed = _listed(segment)
    while end < min(len(toks), MAX_COMPOSED_WORDS) and toks[end] in meanings:
        if end > first and _slash_between(segment, end):
            break  # 'Work Order / Invoice:': two labels, not one
        if end > first and listed and _slash_between(segment, end, _LIST_MARKS):
            return None  # 'Servicio · Reparación · Instalación': what a vendor does
        end += 1
        if segment.words[segment.token_words[end - 1][0]].text.rstrip().endswith(":"):
            break
    if end == first:
        return None
    last_word = segment.token_words[end - 1][0]
    colon = segment.words[last_word].text.rstrip().endswith((":", "#"))
    following = segment.words[last_word + 1] if last_word + 1 < len(segment.words) else None
    closed = colon or following is None or any(c.isdigit() for c in following.text)
    if first and not (colon or following is None):
        return None  # 'Hauling Payment Deadline' stands alone, its value beside it
    inside_a_word = end < len(toks) and segment.token_words[end][0] == last_word
    label = composed_label(toks[first:end]) if closed and not inside_a_word else None
    if label is None or (label.kind == "block" and following is not None and not colon):
        return None  # a block's heading stands alone or ends in a colon ('Pago a 30 días')
    if first and (label.kind == "block" or label.field == "vendor_tax_id"):
        return None  # 'EPA Reg. No.': another body's registration, not the vendor's
    named = {m for t in toks[first:end] for m in meanings[t]}
    last = next(t for t in reversed(toks[first:end]) if meanings[t] != {"filler"})
    if not colon and "doc" in meanings[last] and not named & _VALUE_MEANINGS:
        return None  # 'PURCHASE RECEIPT', 'SERVICE ORDER INVOICE': a title
    return LabelHit(segment, (label,), 0, end, last_word + 1, COMPOSED_QUALITY, colon)


def _qualifying_word(segment: Segment) -> bool:
    """Whether the segment opens with one word of letters meaning nothing to a label
    before words that do ('Hauling Payment Deadline'): the service the label is for."""
    toks, words = segment.tokens, segment.words
    return (
        len(toks) >= 3
        and words[0].text.isalpha()
        and words[0].text[:1].isupper()
        and segment.token_words[1][0] == 1
        and toks[0] not in word_meanings()
        and toks[0] not in connectives()
    )


def is_party_heading(hits: list[LabelHit] | None) -> bool:
    """Whether a segment is a party's heading standing alone ('Invoice To', 'Ship To:')."""
    return any(
        hit.start == 0
        and hit.value_word >= len(hit.segment.words)
        and any(label.kind == "block" for label in hit.labels)
        for hit in hits or ()
    )


def noun_heading(segment: Segment) -> LabelHit | None:
    """A party's heading of words no list holds, named by its last word, for a segment
    that stands beside or under another party's heading ('Electric Customer', 'Appliance
    Location', 'Grounds Serviced'): at most three words of letters, the others naming
    nothing else."""
    toks = segment.tokens
    if not 2 <= len(toks) <= 3 or any(not w.text.strip("():").isalpha() for w in segment.words):
        return None
    meanings = word_meanings()
    field = head_nouns().get(toks[-1])
    if field is None or any(meanings.get(t, {"filler"}) != {"filler"} for t in toks[:-1]):
        return None
    label = Label(field, "block", toks, "", strong=False, composed=True)
    return LabelHit(segment, (label,), 0, len(toks), len(segment.words), COMPOSED_QUALITY, False)


def _composed_hit(
    composed: LabelHit,
    match: tuple[tuple[str, ...], float, int] | None,
    toks: tuple[str, ...],
    token_words: tuple[tuple[int, str], ...],
) -> LabelHit | None:
    """A label read from its words' meanings, where it runs longer than the listed one
    at its start ('Sum Owed Now' over 'Sum'). A listed label of full strength in it naming
    the same field lends the whole its strength ('Cuenta del cliente', 'Current Payment
    Due'); a strong listed one at its start naming
    another field names it too, and where both read a value the stronger wins ('Suma de
    cargos' stays the subtotal; 'Payment Deadline' has no amount, its date is due)."""
    at_start = labels()[match[0]] if match is not None else ()
    if match is not None and match[2] >= composed.end:
        return None
    inside = [
        label
        for j in range(1, composed.end)
        if (found := _match_at(toks, token_words, j, False, False)) is not None
        for label in labels()[found[0]]
    ]
    field = composed.labels[0].field
    same = [lb for lb in (*at_start, *inside) if lb.field == field and lb.strong]
    # 'VALOR TOTAL | A COBRAR': a sum's listed label opening another sum's words names
    # its sum too; a previous bill's amount is no sum of this one ('Amount of Your
    # Previous Bill'), a tax's total no total of the bill ('Total Sales Tax')
    sums = composed.labels[0].kind == "amount" and field not in ("previous_balance", "tax")
    other = tuple(
        lb for lb in at_start if sums and lb.strong and lb.field != field and lb.kind == "amount"
    )
    if same:
        return replace(composed, labels=(*other, same[0]), quality=1.0)
    if field == "previous_balance":
        return composed  # 'Balance at Last Billing': the balance of the bill before
    if any(lb.strong for lb in at_start):
        # a party's word opening a value's label qualifies it ('Client Order No.')
        block = composed.labels[0].kind == "block"
        kept = tuple(lb for lb in at_start if block or lb.kind != "block")
        return replace(composed, labels=(*kept, *composed.labels))
    return composed


_LIST_MARKS = ("·", "•", "|", "-", "–")


def _listed(segment: Segment) -> bool:
    """Words set apart by two marks or more ('Servicio · Reparación · Instalación', as
    OCR reads it 'Servicio - Reparación - Instalación'): a list, no label."""
    return sum(w.text in _LIST_MARKS for w in segment.words) >= 2


def _slash_between(segment: Segment, token: int, marks: tuple[str, ...] = ("/",)) -> bool:
    """Whether a slash (or another of ``marks``) stands between a token's word and the
    word before it."""
    before, at = segment.token_words[token - 1][0], segment.token_words[token][0]
    words = segment.words
    return (
        words[before].text.endswith(marks)
        or words[at].text.startswith(marks)
        or any(m in w.text for w in words[before + 1 : at] for m in marks)
    )


@cache
def _one_word_headings() -> tuple[str, ...]:
    return tuple(
        phrase[0]
        for phrase, found in labels().items()
        if len(phrase) == 1 and len(phrase[0]) >= 5 and any(lb.kind == "block" for lb in found)
    )


def _lone_heading(token: str) -> tuple[tuple[str, ...], float, int] | None:
    if len(token) < 5 or not token.isalpha():
        return None
    best = process.extractOne(
        token, _one_word_headings(), scorer=fuzz.ratio, score_cutoff=LONE_HEADING_CUTOFF
    )
    return ((best[0],), best[1] / 100, 1) if best else None


def _qualified(toks: tuple[str, ...], i: int) -> bool:
    """Whether a qualifier stands right before token ``i`` ('Total Incl. of GST')."""
    return any(i > len(q) - 1 and toks[i - len(q) : i] == q for q in qualifiers())


def _in_parentheses(segment: Segment, start: int) -> bool:
    first_word = segment.token_words[start][0]
    before = " ".join(w.text for w in segment.words[:first_word])
    return before.count("(") > before.count(")") or segment.words[first_word].text[:1] == "("


def _in_a_date(toks: tuple[str, ...], i: int) -> int:
    """1 when the token is a month's name beside a day or year ('14 DIC 25': no Czech
    tax number's 'DIČ'), else 0."""
    if toks[i] not in all_month_names():
        return 0
    beside = toks[i - 1 : i] + toks[i + 1 : i + 2]
    return int(any(t.isdigit() for t in beside))


def _not_label_at(toks: tuple[str, ...], i: int) -> int:
    for phrase in not_labels().get(toks[i], ()):
        if toks[i : i + len(phrase)] == phrase:
            return len(phrase)
    return 0


_TAX_WORDS = {"tax", "taxes", "vat", "gst", "hst", "iva", "ivu", "impuesto", "impuestos", "mwst"}
_TAX_WORDS |= {"ust", "tva", "igv", "itbms"}
_EXCLUDING: set[tuple[str, ...]] = {("before",), ("excl",), ("excluding",), ("pre",), ("sin",)}
_EXCLUDING |= {("without",)}
_EXCLUDING |= {("antes", "de"), ("antes", "del"), ("ohne",), ("exkl",), ("sans",), ("hors",)}
_EXEMPT = {"exempt", "exento", "exenta", "free", "zero"}  # 'Tax Exempt' in a line's tax cell


INCLUDED_TAX_QUALITY = 0.9  # a sure tax, named by words no list holds as its label


def _tax_included(segment: Segment, size: int) -> LabelHit | None:
    """'IVA INCLUIDO 16%  $296.64', 'inkl. MwSt 19%  3,80': a line opening with the
    words that say a price holds its tax prints that tax. Within a line ('Precios con
    IVA incluido', 'Total incl. VAT') they name no label."""
    toks = segment.tokens
    words = [t for t in toks[:size] if t in _TAX_WORDS]
    if not words or any((t,) in _EXCLUDING or t in _EXEMPT for t in toks[:size]):
        return None
    found = labels().get((words[0],))
    if not found or not any(label.field == "tax" for label in found):
        return None
    last_word = segment.token_words[size - 1][0]
    return LabelHit(segment, found, 0, size, last_word + 1, INCLUDED_TAX_QUALITY, False)


def untaxed_at(toks: tuple[str, ...], i: int) -> int:
    """The length of the words 'before tax' ('antes de IVA', 'excl. VAT') at token
    ``i``, else 0."""
    for excluding in _EXCLUDING:
        end = i + len(excluding)
        if toks[i:end] != excluding or end >= len(toks):
            continue
        if toks[end] in _TAX_WORDS:
            return end + 1 - i
        if "".join(toks[end : end + 3]) in _TAX_WORDS and all(
            len(t) == 1 for t in toks[end : end + 3]
        ):
            return end + 3 - i  # 'antes de I.V.A.'
    return 0


def _before_tax(segment: Segment) -> LabelHit | None:
    """'Charges Before Tax', 'Importe sin IVA', 'Total antes de impuestos': an amount
    named as before its tax is the subtotal, whatever the words before the qualifier."""
    toks = segment.tokens
    for i in range(0, min(len(toks) - 1, 5)):  # 'Pre-Tax Charges', 'Charges Before Tax'
        size = untaxed_at(toks, i)
        if not size:
            continue
        last_word = segment.token_words[i + size - 1][0]
        subtotal = tuple(lb for lb in labels()[("subtotal",)] if lb.field == "subtotal")
        colon = segment.words[last_word].text.rstrip().endswith(":")
        return LabelHit(segment, subtotal, 0, i + size, last_word + 1, 1.0, colon)
    return None


def _heading_only(before: LabelHit) -> bool:
    return all(label.kind == "block" for label in before.labels)


def _both_sums(before: LabelHit, found: tuple[Label, ...]) -> bool:
    """A total's label run on by the amount-due label ('Total neto | a pagar')."""
    fields = {lb.field for lb in before.labels}
    return fields in ({"total"}, {"subtotal"}) and {lb.field for lb in found} == {"amount_due"}


def _party_of(before: LabelHit, toks: tuple[str, ...], i: int, found: tuple[Label, ...]) -> bool:
    """A party's word joined by a connective to a number's label before it ('No. de
    orden del cliente', 'Account Number of Customer') says whose number it is."""
    between = toks[before.end : i]
    return (
        not before.colon
        and bool(between)
        and all(t in connectives() and t not in _JOINING for t in between)
        and all(label.kind == "identifier" for label in before.labels)
        and all(label.kind == "block" for label in found)
    )


def _closes(before: LabelHit, phrase: tuple[str, ...]) -> bool:
    if phrase in NUMBER_MARKS:
        return True
    sums = all(label.kind == "amount" for label in before.labels)
    return sums and (phrase in SUM_WORDS or phrase in TO_NOW)


def _colon_after(segment: Segment, last_word: int) -> int:
    """The label's last word, run on to a colon one or two words of letters later:
    'Condiciones comerciales: Pago a 30 días' is labelled up to 'comerciales:'."""
    if segment.words[last_word].text.rstrip().endswith((":", "#")):
        return last_word
    for j in range(last_word + 1, min(last_word + 3, len(segment.words) - 1)):
        text = segment.words[j].text.rstrip()
        bare = text.rstrip(":").replace(".", "").replace("/", "")
        if not bare.isalpha() or bare.casefold() in label_first_words():
            break  # a value, or a label of its own
        if text.endswith(":") and len(text) > 1:
            return j
    return last_word


def _past_parenthesis(segment: Segment, last_word: int) -> int:
    """The label's last word, run on over words in parentheses right after it that hold
    no digit: 'Invoice To (Owner/Agent)', 'Service Location (Meter)' qualify the label."""
    words = segment.words
    if last_word + 1 >= len(words) or not words[last_word + 1].text.startswith("("):
        return last_word
    for j in range(last_word + 1, min(last_word + 5, len(words))):
        if any(c.isdigit() for c in words[j].text):
            return last_word
        if words[j].text.rstrip(":").endswith(")"):
            return j
    return last_word


_PARTICIPLE = re.compile(r"[^\W\d_]{3,}(?:ed|ad[oa]s?|id[oa]s?)", re.I)
MAX_HEADING_TAIL = 4  # words of a phrase qualifying a party's heading


def _heading_tail(segment: Segment, last_word: int) -> int:
    """A party's heading's last word, run on over the words closing the segment that
    qualify it: one participle ('PREMISES INSPECTED', 'Inmueble tratado') or a phrase a
    connective opens ('UBICACIÓN DE LOS EQUIPOS', 'Location of Work'). The block starts on
    the line below."""
    words = segment.words
    tail = [w.text.rstrip(":") for w in words[last_word + 1 :]]
    if not tail or len(tail) > MAX_HEADING_TAIL or any(c.isdigit() for t in tail for c in t):
        return last_word
    label_word = words[last_word].text
    if len(tail) == 1 and _PARTICIPLE.fullmatch(tail[0]):
        return last_word + len(tail) if tail[0].isupper() == label_word.isupper() else last_word
    opening = tail[0].casefold()
    if opening in connectives() and opening not in _JOINING and all(t.isalpha() for t in tail):
        return last_word + len(tail)
    return last_word


def _filler_before(toks: tuple[str, ...], start: int, found: tuple[Label, ...]) -> bool:
    """Whether only words meaning nothing stand before a party's heading."""
    meanings = word_meanings()
    return all(label.kind == "block" for label in found) and all(
        meanings.get(t) == {"filler"} for t in toks[:start]
    )


_OWN = {"our", "nuestro", "nuestra", "unser", "unsere", "notre", "nostro", "onze"}


# words joining two labels ('Customer Name and Mailing Address'), not qualifying one
_JOINING = {"and", "or", "&", "y", "e", "o", "u", "und", "oder", "et", "ou"}


def _qualifier_before(
    segment: Segment, start: int, last_word: int, found: tuple[Label, ...]
) -> bool:
    """An account's weak label after one word of letters opening the segment, its value
    after it: 'Hauling Account 853074-50710', 'Water Account No. 2231'. Other numbers'
    labels after a word are that word's own ('Store No. 7899', 'Lane # 04', 'Job Ref')."""
    words = segment.words
    first_word = segment.token_words[start][0]
    return (
        first_word == 1
        and words[0].text.isalpha()
        and any(label.field == "account_number" for label in found)
        and (
            last_word + 1 == len(words)  # 'Hauling Account | 917319-77946': value beside
            or any(c.isdigit() for c in words[last_word + 1].text)
        )
    )


_BULLETS = {"·", "•", "|", "‧", "∙", "–", "—", "+", "«", "*"}  # and a bullet as OCR reads it


def _after_value(segment: Segment, start: int, closed: bool) -> bool:
    """A label listed after another's value on one line: after a bullet, or one OCR read
    as '+' ('Lic. Núm. 9628 · Reg. Comerciante 29-9224231'), after a dash following a
    figure ('Núm. 9628 - Reg. Comerciante ...'), or closed by its colon after a figure
    ('(787) 926-3195 Núm. de Registro de Comerciante: 79-9458743')."""
    first_word = segment.token_words[start][0]
    before = segment.words[first_word - 1].text if first_word else ""
    figure = segment.words[first_word - 2].text if first_word > 1 else ""
    if before == "-" and any(c.isdigit() for c in figure):
        return True
    return before in _BULLETS or (closed and any(c.isdigit() for c in before))


def _after_sum(segment: Segment, start: int) -> bool:
    """Whether the word before the token at ``start`` is a figure or a currency's code."""
    first_word = segment.token_words[start][0]
    before = segment.words[first_word - 1].text if first_word else ""
    return any(c.isdigit() for c in before) or bool(re.fullmatch(r"[A-Z]{3}", before))


def _label_tail(segment: Segment, start: int, colon: bool) -> bool:
    """A weak label inside a segment counts when it closes a label phrase with a colon
    ('Work Order / Invoice:'): nothing before it is a value."""
    if not colon:
        return False
    first_word = segment.token_words[start][0]
    return not any(c.isdigit() for w in segment.words[:first_word] for c in w.text)


def value_span(hit: LabelHit, following: LabelHit | None) -> Segment | None:
    """The words after a label up to the next label in the same segment."""
    end = following.segment.token_words[following.start][0] if following else None
    words = hit.segment.words[hit.value_word : end]
    if following and all(w.text.strip(".,:/-").casefold() in connectives() for w in words):
        return None  # 'Customer Name and Mailing Address': two labels joined
    tail = words and words[-1].text.casefold() in connectives()
    if tail and all(w.text.islower() and w.text.isalpha() for w in words):
        return None  # 'Facturado a | nombre de | Brightwater ...': the label's own tail
    return Segment(hit.segment.page, hit.segment.line, words) if words else None
