"""Normal forms of names, phones, tax ids, e-mails, invoice numbers and line words.

Two values that a person would call the same have the same normal form: ``Acme Plumbing,
L.L.C.`` and ``ACME PLUMBING`` give ``ACME PLUMBING``; ``Servicios Hernández y Hnos S.A. de
C.V.`` and ``SERVICIOS HERNANDEZ HERMANOS`` give the same tokens. The vocabularies (legal
suffixes, abbreviations, OCR confusions, invoice prefixes) are data in ``matching/data``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from matching import rules

_PERIODS_AND_QUOTES = re.compile(r"[.'’`´]")
_SEPARATORS = re.compile(r"[^A-Z0-9&+|!/]+")


def fold_text(text: str) -> str:
    """Upper case without accents: ``Hernández`` -> ``HERNANDEZ``."""
    if text.isascii():
        return text.upper()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).upper()


@cache
def _name_rules() -> tuple[dict[str, str], frozenset[str], frozenset[str], list[tuple[str, ...]]]:
    words = rules.load("name_words")
    suffixes = sorted(
        (tuple(ocr_skeleton(t) for t in s) for s in rules.load("legal_suffixes")["suffixes"]),
        key=len,
        reverse=True,
    )
    return (
        words["abbreviations"],
        frozenset(words["connectors"]),
        frozenset(words["stop_words"]),
        suffixes,
    )


def name_tokens(name: str) -> tuple[str, ...]:
    """The tokens that identify a company name, legal form and punctuation removed."""
    abbreviations, connectors, stop_words, suffixes = _name_rules()
    text = _PERIODS_AND_QUOTES.sub("", fold_text(name))
    text = text.replace("&", " & ").replace("+", " + ")
    tokens = [t for t in _SEPARATORS.sub(" ", text).replace("/", " ").split() if t]
    tokens = _join_single_letters([t for t in tokens if t not in connectors])
    tokens = _strip_legal_suffixes(tokens, suffixes)
    canonical = [abbreviations.get(t, t) for t in tokens]
    meaningful = [t for t in canonical if t not in stop_words]
    return tuple(meaningful or canonical)


def _join_single_letters(tokens: list[str]) -> list[str]:
    """``A B C`` -> ``ABC``, so ``A.B.C.``, ``A B C`` and ``ABC`` agree."""
    joined: list[str] = []
    run = ""
    for token in tokens:
        if len(token) == 1 and token.isalpha():
            run += token
            continue
        if run:
            joined.append(run)
            run = ""
        joined.append(token)
    if run:
        joined.append(run)
    return joined


def _strip_legal_suffixes(tokens: list[str], suffixes: list[tuple[str, ...]]) -> list[str]:
    """Drop legal forms from the end, also as OCR misreads them (``lnc`` for ``Inc``)."""
    stripped = True
    while stripped and len(tokens) > 1:
        stripped = False
        for suffix in suffixes:
            ending = tuple(ocr_skeleton(t) for t in tokens[-len(suffix) :])
            if len(suffix) < len(tokens) and ending == suffix:
                tokens = tokens[: -len(suffix)]
                stripped = True
                break
    return tokens


def normalize_name(name: str) -> str:
    return " ".join(name_tokens(name))


@cache
def _ocr_pairs() -> tuple[tuple[str, str], ...]:
    return tuple((a, b) for a, b in rules.load("name_words")["ocr_fold"])


def ocr_skeleton(text: str) -> str:
    """Characters OCR confuses (0/O, 1/I/l, 5/S, rn/m, ...) folded to one, on both sides."""
    for confused, canonical in _ocr_pairs():
        text = text.replace(confused, canonical)
    return text


def name_key(name: str) -> str:
    """The form two names are compared in: normal tokens, OCR confusions folded."""
    return ocr_skeleton(normalize_name(name))


_EXTENSION = re.compile(r"\s*(?:EXT|EXTENSION|X|EXT\.)\s*\d+\s*$", re.IGNORECASE)
_PHONE_OCR = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "|": "1", "S": "5"})


def normalize_phone(phone: str) -> str:
    """The last ten digits (country code +1 / +52 and extension dropped), or ``""``."""
    text = _EXTENSION.sub("", phone)
    start = re.search(r"[\d(+]", text)
    if start is None:
        return ""
    digits = re.sub(r"\D", "", text[start.start() :].translate(_PHONE_OCR))
    return digits[-10:] if len(digits) >= 7 else ""


def normalize_tax_id(tax_id: str) -> str:
    """EIN ``12-3456789`` -> ``123456789``; RFC ``ABC-010203-XY1`` -> ``ABC010203XY1``,
    OCR-folded so a misread letter or digit still agrees."""
    return ocr_skeleton(re.sub(r"[^A-Z0-9]", "", fold_text(tax_id)))


def email_parts(email: str) -> tuple[str, str]:
    """(whole address, domain), lower case; ``("", "")`` when it is not an address."""
    found = re.search(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", email.strip().lower())
    if found is None:
        return "", ""
    return found.group(0), found.group(1).removeprefix("www.")


@cache
def free_mail_domains() -> frozenset[str]:
    return frozenset(rules.load("identifiers")["free_mail_domains"])


@cache
def _invoice_prefixes() -> tuple[frozenset[str], re.Pattern[str]]:
    """(the labels, a pattern for a label glued to the digits: ``INV000123``)."""
    prefixes = sorted(rules.load("identifiers")["invoice_prefixes"], key=len, reverse=True)
    glued = re.compile(rf"^(?:{'|'.join(prefixes)})(?=\d)")
    return frozenset(prefixes), glued


_NUMBER_OCR = str.maketrans({"O": "0", "Q": "0", "I": "1", "L": "1", "|": "1"})
_LEADING_ZEROS = re.compile(r"(?<!\d)0+(?=\d)")
_ALPHANUMERIC_RUNS = re.compile(r"[A-Z0-9]+")


def normalize_invoice_number(number: str) -> str:
    """``INV-000123``, ``Invoice #123`` and ``123`` -> ``123``; ``Factura No. A-0042`` -> ``A42``.

    Labels go, OCR confusions fold (O -> 0, I/L -> 1) and zeros padding each part go.
    """
    parts = _ALPHANUMERIC_RUNS.findall(fold_text(number))
    labels, glued = _invoice_prefixes()
    while len(parts) > 1 and parts[0] in labels:
        del parts[0]
    if not parts:
        return ""
    parts[0] = glued.sub("", parts[0])
    return "".join(_LEADING_ZEROS.sub("", part.translate(_NUMBER_OCR)) for part in parts)


@cache
def _line_stop_words() -> frozenset[str]:
    return frozenset(rules.load("gl_keywords")["stop_words"])


def line_words(text: str) -> tuple[str, ...]:
    """The words of an invoice line that can say what it was for, lower case, no accents."""
    words = re.findall(r"[a-z]+(?:[/'][a-z]+)*", fold_text(text).lower())
    stop = _line_stop_words()
    return tuple(w for w in words if w not in stop and len(w) > 1)
