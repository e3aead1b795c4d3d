"""The vocabularies under ``extract/data``, loaded once, and the text normalisation they use.

Labels are stored as people print them; here they become token tuples so that matching
ignores case, accents and punctuation ("Nº de Factura:" and "no de factura" are one).
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).with_name("data")
LANGUAGES = (
    "en",
    "es",
    "de",
    "fr",
    "it",
    "nl",
    "pt",
    "pl",
    "sv",
    "da",
    "no",
    "fi",
    "cs",
    "ro",
    "hu",
)

_NON_WORD = re.compile(r"[^0-9a-z#]+")


@cache
@cache
def load(name: str) -> Any:
    """A data file, parsed once: callers read it and never change it."""
    return json.loads((DATA / name).read_text(encoding="utf-8"))


@cache
def folded_phrases(key: str) -> tuple[str, ...]:
    """A phrase list of labels.json ('_payment_stub'), folded, to look for inside text."""
    return tuple(fold(phrase) for phrase in load("labels.json")[key])


@cache
def phrase_tokens(key: str) -> tuple[tuple[str, ...], ...]:
    """A phrase list of labels.json ('_sent_by', '_bank_words') as word tokens."""
    return tuple(tokens(phrase) for phrase in load("labels.json")[key])


@cache
def structure_tokens(key: str) -> tuple[tuple[str, ...], ...]:
    """A word list of doctypes.json's structure ('cash_words', 'change_words') as tokens."""
    return tuple(tokens(word) for word in load("doctypes.json")["structure"][key])


def contains_phrase(text: str, phrases: tuple[str, ...]) -> bool:
    folded = fold(text)
    return any(phrase in folded for phrase in phrases)


_UNDECOMPOSED = str.maketrans({"ł": "l", "ø": "o", "æ": "ae", "đ": "d", "ı": "i", "œ": "oe"})


def fold(text: str) -> str:
    """Lower case without accents: 'Descripción' -> 'descripcion', 'płatności' ->
    'platnosci' (letters that Unicode does not decompose are mapped by hand)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_UNDECOMPOSED))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def tokens(text: str) -> tuple[str, ...]:
    """Folded word tokens; '#' stands alone so that 'Invoice#' reads as 'invoice #', and
    an abbreviation reads as its word ('Svc.' as 'service')."""
    short = abbreviations()
    if "º" in text or "°" in text:
        text = _NUMERO.sub(r"\1o ", text)  # 'N.º', 'N°': 'No.'
    if "(" in text:
        text = _PLURAL.sub(r"\1", text)  # 'Payment(s)': 'Payments'
    return tuple(
        short.get(t, t) for t in _NON_WORD.sub(" ", fold(text).replace("#", " # ")).split()
    )


_NUMERO = re.compile(r"\b([Nn])\.?\s?[º°]")
_PLURAL = re.compile(r"(?<=[^\W\d])\((e?s)\)", re.I)


@cache
def abbreviations() -> dict[str, str]:
    return {k: v for k, v in load("labels.json")["_abbreviations"].items() if k != "_about"}


@dataclass(frozen=True, slots=True)
class Label:
    """One printed label of a field: its tokens, language and strength."""

    field: str
    kind: str
    words: tuple[str, ...]
    language: str
    strong: bool
    composed: bool = False  # made from the meanings of its words, not printed in a list


@cache
def labels() -> dict[tuple[str, ...], tuple[Label, ...]]:
    """Every label by its token tuple; one phrase may name several fields."""
    found: dict[tuple[str, ...], list[Label]] = {}
    for name, spec in load("labels.json").items():
        if name.startswith("_"):
            continue
        for strength, key in ((True, "labels"), (False, "weak")):
            for language, phrases in spec.get(key, {}).items():
                for phrase in phrases:
                    for words in _numbered_forms(tokens(phrase)):
                        label = Label(name, spec["kind"], words, language, strength)
                        found.setdefault(words, []).append(label)
    return {words: tuple(_unique(group)) for words, group in found.items()}


_NUMBER_WORDS = ("no", "num", "nro", "numero")  # 'No. de servicio', 'Núm. de servicio'


def _numbered_forms(words: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """A label opening with a number's word before 'de', or closing with one, in any of
    the ways it is written: 'no de cuenta' is also 'num de cuenta', 'nro de cuenta',
    'numero de cuenta'; 'cliente no' also 'cliente núm.'."""
    if len(words) >= 3 and words[0] in _NUMBER_WORDS and words[1] == "de":
        return tuple((first, *words[1:]) for first in _NUMBER_WORDS)
    if len(words) >= 2 and words[-1] in _NUMBER_WORDS:
        return tuple((*words[:-1], last) for last in _NUMBER_WORDS)
    return (words,)


def _unique(group: list[Label]) -> list[Label]:
    seen: dict[str, Label] = {}
    for label in group:
        known = seen.get(label.field)
        if known is None or (label.strong and not known.strong):
            seen[label.field] = label
    return list(seen.values())


@cache
def word_meanings() -> dict[str, frozenset[str]]:
    """What each label word may mean ('inv': a document; 'due': a date's or a sum's)."""
    found: dict[str, set[str]] = {}
    for meaning, words in load("label_words.json")["meanings"].items():
        for word in words:
            for token in tokens(word):
                found.setdefault(token, set()).add(meaning)
    return {token: frozenset(meanings) for token, meanings in found.items()}


@cache
def head_nouns() -> dict[str, str]:
    """The field a short heading no list holds names by its last word ('Electric
    Customer': the bill-to party's)."""
    data = load("label_words.json")["head_nouns"]
    return {word: field for field, words in data.items() if field != "_about" for word in words}


def composed_label(words: tuple[str, ...]) -> Label | None:
    """The field a phrase of label words names by their meanings ('Inv Ref': a
    document's number), or None when no field's meanings fit every word; weak, so that
    any listed label wins over it."""
    meanings = [word_meanings().get(word, frozenset()) for word in words]
    meaningful = [m for m in meanings if m != {"filler"}]
    if len(meaningful) < 2 or not all(meanings):
        return None
    for rule in load("label_words.json")["fields"]:
        allowed = {*rule["needs"], *rule["may"], "filler"}
        if all(m & allowed for m in meanings) and all(
            any(need in m for m in meanings) for need in rule["needs"]
        ):
            kind = load("labels.json")[rule["field"]]["kind"]
            return Label(rule["field"], kind, words, "", strong=False, composed=True)
    return None


@cache
def label_first_words() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Label token tuples by their first token, longest first."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for words in labels():
        index.setdefault(words[0], []).append(words)
    return {first: tuple(sorted(group, key=len, reverse=True)) for first, group in index.items()}


@cache
def not_labels() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases that open like a label but are not one ('PO Box'), by first token."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in load("labels.json")["_not_labels"]:
        words = tokens(phrase)
        index.setdefault(words[0], []).append(words)
    return {first: tuple(group) for first, group in index.items()}


@cache
def note_words() -> frozenset[str]:
    """Words that name a note ('Crew note:', 'Observaciones:')."""
    return frozenset(fold(word) for word in load("labels.json")["_note_words"])


@cache
def qualifiers() -> frozenset[tuple[str, ...]]:
    """Words that make the label after them part of the wording before them: 'Total
    Incl. GST' is a total, its 'GST' names no tax."""
    return frozenset(tokens(phrase) for phrase in load("labels.json")["_qualifiers"])


@cache
def heading_tails() -> frozenset[tuple[str, ...]]:
    """Words that close a block's heading ('Ship-To Party', 'Datos del cliente')."""
    return frozenset(tokens(phrase) for phrase in load("labels.json")["_heading_tails"])


@cache
def connectives() -> frozenset[str]:
    """Words that join two labels ('Customer Name and Mailing Address'): no value alone."""
    return frozenset(load("labels.json")["_connectives"])


@cache
def attention_words() -> tuple[tuple[str, ...], ...]:
    """How an 'attention of' line opens; such a line is not part of an address."""
    return tuple(tokens(phrase) for phrase in load("labels.json")["_attention"])


@cache
def branch_words() -> tuple[tuple[str, ...], ...]:
    """How a line naming the store's own number opens ('STORE #0427', 'Filiale 112')."""
    return tuple(tokens(phrase) for phrase in load("labels.json")["_branch_lines"])


@cache
def currency_words() -> frozenset[str]:
    """Currency names as they stand beside amounts, spaces removed ('pesos', 'mn')."""
    data = load("currencies.json")
    return frozenset(fold(w).replace(" ", "") for w in data["words"]) | frozenset(
        fold(s) for s in data["symbols"] if s.isalpha()
    )


@cache
def terms_phrases() -> frozenset[tuple[str, ...]]:
    """Words and phrases of payment terms ('net', 'end of month'), as token tuples."""
    return frozenset(tokens(phrase) for phrase in load("labels.json")["_terms_words"])


@cache
def _terms_wording() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in load("labels.json")["_unlabelled_terms"]))


def only_terms(toks: tuple[str, ...]) -> bool:
    """Whether tokens are nothing but payment terms ('net 10', 'due on receipt'): terms
    whatever label stands by them."""
    return _terms_wording().fullmatch(" ".join(toks)) is not None


def has_terms_phrase(toks: tuple[str, ...]) -> bool:
    """Whether ``toks`` holds a whole terms phrase: 'fin de mes' counts, 'de' alone not."""
    return any(
        toks[i : i + len(phrase)] == phrase
        for phrase in terms_phrases()
        for i in range(len(toks) - len(phrase) + 1)
    )


@cache
def block_prefixes() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Inner labels of a block ('Name:', 'Address:') by what they introduce."""
    data = load("labels.json")["_block_prefixes"]
    return {kind: tuple(tokens(p) for p in phrases) for kind, phrases in data.items()}


@cache
def column_headings() -> dict[tuple[str, ...], str]:
    data = load("columns.json")
    return {
        tokens(phrase): column
        for column, phrases in data.items()
        if not column.startswith("_")
        for phrase in phrases
    }


@cache
def heading_words() -> dict[str, frozenset[str]]:
    """What each word of a column heading may name ('rate': the unit price; 'of': none)."""
    found: dict[str, set[str]] = {}
    for column, words in load("columns.json")["_heading_words"].items():
        if column.startswith("_"):
            continue
        for word in words:
            found.setdefault(word, set()).add(column)
    return {word: frozenset(columns) for word, columns in found.items()}


@cache
def months() -> dict[str, dict[str, int]]:
    return {lang: table for lang, table in load("months.json").items() if lang in LANGUAGES}


@cache
def all_month_names() -> dict[str, int]:
    merged: dict[str, int] = {}
    for table in months().values():
        for name, number in table.items():
            merged.setdefault(name, number)
    return merged
