"""Reading printed values: amounts, dates, phones, e-mails, identifiers, currencies.

Each reader takes the printed text and the document's conventions and returns the
normalised value or None. Nothing here guesses: text that is not clearly a value of the
kind asked for is not one.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache

from extract.vocab import currency_words, fold, load, months

CENT = Decimal("0.01")


@dataclass(frozen=True, slots=True)
class Conventions:
    """How this document prints numbers and dates, decided once for the whole document."""

    day_first: bool = False
    decimal_comma: bool = False
    language: str = "en"
    order_shown: bool = True  # the day/month order was hinted or shown by a date's numbers
    order_doubtful: bool = False  # the language's habit decided it against the country's


# An amount: optional sign or parentheses, optional symbol, digits with separators
# (French prints a narrow no-break space between thousands, Swiss an apostrophe; a
# trailing minus or 'CR' marks a credit).
_AMOUNT = re.compile(
    r"(?<![\w.,/-])(?:(?P<neg>[-−](?=\S)|\()\s?)?(?P<sym>[A-Z]{3}\s?|US\$|MX\$|S\$|RM\s?|[$€£¥])?\s?"
    r"(?P<num>\d{1,3}(?:[.,' \u00a0\u202f\u2009]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)"
    r"(?P<close>\))?\s?(?P<suffix>[$€£]|[A-Z]{3}\b|CR\b|-)?(?![\w/]|[.,]\d)"
)
PERCENT = re.compile(r"\d+(?:[.,]\d+)?\s?%")  # a rate: '16%', '8.25 %'
# a box ticked before a line ('X Chinches de cama', '[X] Canastas ...' as OCR reads it)
TICKED = re.compile(r"^\s*(?:[Xx✓✔☑■]|\[[Xx]\]|\([Xx]\))\s+(?=\w)")


def parse_number(text: str, conv: Conventions) -> Decimal | None:
    """'1.234,56' or '1,234.56' -> Decimal('1234.56'); the last separator before 1-2
    digits is the decimal mark, a separator before exactly 3 digits groups thousands."""
    digits = re.sub(r"[\s']", "", text)  # spaces of any width and apostrophes group
    match = re.fullmatch(r"(\d[\d.,]*)", digits)
    if not match:
        return None
    last = max(digits.rfind("."), digits.rfind(","))
    if last == -1:
        return Decimal(digits)
    head, sep, tail = digits[:last], digits[last], digits[last + 1 :]
    other = "," if sep == "." else "."
    if len(tail) == 3 and (other not in head) and not _decimal_here(sep, head, conv):
        return Decimal(digits.replace(sep, ""))
    if len(tail) > 2 or sep in head:
        return None
    try:
        return Decimal(head.replace(other, "") + "." + tail)
    except InvalidOperation:
        return None


def _decimal_here(sep: str, head: str, conv: Conventions) -> bool:
    """A lone separator before three digits groups thousands, unless the document
    uses it as its decimal mark and nothing else groups."""
    if sep == ",":
        return conv.decimal_comma and "." not in head and len(head) > 3
    return False


@dataclass(frozen=True, slots=True)
class Amount:
    value: Decimal
    text: str
    start: int
    end: int
    currency: str | None


def find_amounts(text: str, conv: Conventions) -> list[Amount]:
    """Amounts printed in ``text``, skipping percentages, dates and long digit runs."""
    masked = PERCENT.sub(lambda m: "~" * len(m.group()), text)
    found = []
    for m in _AMOUNT.finditer(masked):
        number = m.group("num")
        if len(number.replace(",", "").replace(".", "")) > 12:
            continue
        value = parse_number(number, conv)
        if value is None:
            continue
        negative = m.group("neg") in ("-", "−") or (m.group("neg") == "(" and m.group("close"))
        negative = negative or m.group("suffix") in ("-", "CR")  # '25.00 CR': a credit
        symbol = (m.group("sym") or m.group("suffix") or "").strip()
        code = currency_of(symbol) if symbol and symbol not in ("-", "CR") else None
        found.append(
            Amount(-value if negative else value, m.group().strip(), m.start(), m.end(), code)
        )
    return found


def has_decimals(amount: Amount) -> bool:
    return bool(re.search(r"[.,]\d{2}\)?\s?\S{0,4}$", amount.text))


def money(value: Decimal) -> str:
    return str(value.quantize(CENT))


def parse_amount(text: str, conv: Conventions) -> Amount | None:
    """The one amount a value text holds: the last with cents, else the last at all.

    Text with words other than currency names is not an amount ('see page 2').
    """
    amounts = find_amounts(text, conv)
    if not amounts:
        return None
    rest = text
    for amount in amounts:
        rest = rest.replace(amount.text, " ")
    rest = re.sub(r"[A-Z]{3}\b", lambda m: "" if currency_of(m.group()) else m.group(), rest)
    # '|', brackets and braces are a table's rules read as print, not words
    leftover = re.sub(r"[\s:$€£¥*()%.,#=/+|\[\]{}-]|\d", "", PERCENT.sub("", rest))
    if leftover and fold(leftover) not in currency_words():
        return None
    with_cents = [a for a in amounts if has_decimals(a)]
    return (with_cents or amounts)[-1]


def currency_of(symbol: str) -> str | None:
    data = load("currencies.json")
    symbol = symbol.strip()
    if symbol.upper() in data["codes"]:
        return symbol.upper()
    return data["symbols"].get(symbol)


# Dates --------------------------------------------------------------------------------

_NUMERIC_DATE = re.compile(r"(?<!\d)(\d{1,4})([./-])(\d{1,2})\2(\d{2,4})(?!\d)")
# '25.12,2018': OCR reads a dot of thin print as a comma; with a four-digit year after
# them, two separators that differ only so still part a day, a month and a year
_MISREAD_DATE = re.compile(r"(?<![\d.,])(\d{1,2})([.,])(\d{1,2})(?!\2)[.,](\d{4})(?![\d,]|\.\d)")
_WORD = r"[a-z]{3,12}\.?"  # month names up to 'pazdziernika', 'maaliskuuta'
_DAY_MONTH_YEAR = re.compile(  # '3 de marzo de 2026', '25-Sep-2025', '25/Sep/2025'
    rf"(?<!\d)(\d{{1,2}})(?:st|nd|rd|th|er|o|º)?[\s.,/-]+(?:de\s+)?({_WORD})"
    rf"(?:[\s.,/-]+(?:de\s+|del\s+)?(\d{{4}})|[-./ ](\d{{2}}))(?![\d,])"
)
_MONTH_DAY_YEAR = re.compile(
    rf"({_WORD})[\s.,/-]+(\d{{1,2}})(?:st|nd|rd|th)?[\s,./-]+(\d{{4}})(?!\d)"
)
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")
_ROMAN_MONTH = re.compile(  # a pad's rule read as '__' may run into the day
    r"(?<![\da-z.])(\d{1,2})([./-])("
    + "|".join(sorted(_ROMAN, key=len, reverse=True))
    + r")\2(\d{4}|\d{2})(?!\d)"
)
# '2024. március 14.': Hungarian puts the year first
_YEAR_MONTH_DAY = re.compile(rf"(?<!\d)(\d{{4}})\.?\s+({_WORD})\s+(\d{{1,2}})\b")


@dataclass(frozen=True, slots=True)
class FoundDate:
    value: dt.date
    start: int
    end: int
    numeric: bool


def _year(text: str) -> int:
    year = int(text)
    return year + 2000 if year < 100 else year


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        value = dt.date(year, month, day)
    except ValueError:
        return None
    return value if 1990 <= value.year <= 2100 else None


def _month(word: str, language: str) -> int | None:
    word = word.rstrip(".")
    table = months()
    number = table.get(language, {}).get(word)
    if number is None:
        for other in table.values():
            if word in other:
                return other[word]
    return number


# the first of a month read as a bar or a letter: 'December |, 2025'
_ONE_MISREAD = re.compile(r"(?<=[a-z]{3} )[|li](?=, \d{4}\b)")


def find_dates(text: str, conv: Conventions) -> list[FoundDate]:
    """Dates printed in ``text``: numeric ones read in the document's day/month order."""
    folded = _ONE_MISREAD.sub("1", fold(text))
    found: list[FoundDate] = []
    numeric = [*_NUMERIC_DATE.finditer(folded), *_MISREAD_DATE.finditer(folded)]
    for m in numeric:
        a, b, c = m.group(1), m.group(3), m.group(4)
        if len(a) == 4:
            value = _make(int(a), int(b), int(c)) if len(c) <= 2 else None
        else:
            day, month = (int(a), int(b)) if conv.day_first else (int(b), int(a))
            if month > 12 >= day:  # '14-03-26' on a month-first page reads one way only
                day, month = month, day
            value = _make(_year(c), month, day)
        if value:
            found.append(FoundDate(value, m.start(), m.end(), True))
    for m in _DAY_MONTH_YEAR.finditer(folded):
        named = _month(m.group(2), conv.language)
        year = _year(m.group(3) or m.group(4))
        value = _make(year, named, int(m.group(1))) if named else None
        if value:
            found.append(FoundDate(value, m.start(), m.end(), False))
    for m in _ROMAN_MONTH.finditer(folded):  # '26/XII/25': day, month in Roman figures, year
        value = _make(_year(m.group(4)), _ROMAN.index(m.group(3)) + 1, int(m.group(1)))
        if value:
            found.append(FoundDate(value, m.start(), m.end(), False))
    for m in _MONTH_DAY_YEAR.finditer(folded):
        named = _month(m.group(1), conv.language)
        value = _make(int(m.group(3)), named, int(m.group(2))) if named else None
        if value:
            found.append(FoundDate(value, m.start(), m.end(), False))
    for m in _YEAR_MONTH_DAY.finditer(folded):
        named = _month(m.group(2), conv.language)
        value = _make(int(m.group(1)), named, int(m.group(3))) if named else None
        if value:
            found.append(FoundDate(value, m.start(), m.end(), False))
    return sorted(found, key=lambda d: d.start)


_RANGE_JOIN = r"\s*(?:-|–|to|through|thru|a|al|hasta(?: el)?|bis|au|do|til)\s*"
_PARTIAL_NAMED = re.compile(
    rf"(?:(?P<d1>\d{{1,2}})(?:er|\.)?\s+(?:de\s+)?(?P<m1>{_WORD})|(?P<m2>{_WORD})\s+(?P<d2>\d{{1,2}}))"
    rf"(?=,?{_RANGE_JOIN}$)"
)
_PARTIAL_NUMERIC = re.compile(
    rf"(?<![\d/.-])(\d{{1,2}})([./-])(\d{{1,2}})\.?(?=,?{_RANGE_JOIN}$)"  # '01.10.-31.10.26'
)
# 'Oct 1 - 31, 2026', '1. bis 31. Oktober 2026', 'du 1er au 31 octobre 2026': one month
_DAYS_OF_MONTH = re.compile(
    rf"(?:(?<![a-z])(?P<m1>{_WORD})\s+(?P<a1>\d{{1,2}}){_RANGE_JOIN}(?P<b1>\d{{1,2}}),?"
    rf"|(?<![\d/.,-])(?P<a2>\d{{1,2}})(?:er|\.)?{_RANGE_JOIN}(?P<b2>\d{{1,2}})\.?\s+"
    rf"(?:de\s+)?(?P<m2>{_WORD}))"
    rf"(?:\s+de)?\s+(?P<year>\d{{4}})(?!\d)"
)
_WHOLE_MONTH = re.compile(
    rf"^\W*(?:(?:for|fur|de|del|du|mes|mois)\s+)?({_WORD})\s+(?:de\s+)?(\d{{4}})(?!\d)"
)


_RANGE_WORDS = {  # what stands between the two dates of a period, folded
    *("", "to", "through", "thru", "till", "until", "al", "a", "hasta", "hasta el", "al dia"),
    *("bis", "au", "jusqu au", "tot", "t/m", "tot en met", "ate", "fino al", "do", "til"),
}


def find_date_range(text: str, conv: Conventions) -> tuple[dt.date, dt.date] | None:
    """Two dates of a period, the first perhaps printed without its year:
    'Dec 29 - Jan 26, 2026', '29 dic al 26 ene 2026', '12/29 - 01/26/2026'."""
    dates = find_dates(text, conv)
    if len(dates) >= 2:
        between = fold(text[dates[0].end : dates[1].start])
        if between.strip(" :.-–—/") not in _RANGE_WORDS:
            return None  # 'Service date: 01/05  Due date: 02/04' is two dates, not a period
        return dates[0].value, dates[1].value
    within = _days_of_month(text, conv)
    if within is not None:
        return within
    if not dates:
        return _whole_month(text, conv)
    if len(dates) != 1:
        return None
    end = dates[0]
    head = fold(text[: end.start])
    start = _partial_start(head, conv)
    if start is None:
        return None
    month, day = start
    for year in (end.value.year, end.value.year - 1):
        begin = _make(year, month, day)
        if begin is not None and begin <= end.value:
            return begin, end.value
    return None


def _days_of_month(text: str, conv: Conventions) -> tuple[dt.date, dt.date] | None:
    """'Oct 1 - 31, 2026', '1. bis 31. Oktober 2026': days of one month."""
    days = _DAYS_OF_MONTH.search(fold(text))
    if days is None:
        return None
    named = days.group("m1") or days.group("m2")
    first, last = (
        (days.group("a1"), days.group("b1"))
        if days.group("m1")
        else (
            days.group("a2"),
            days.group("b2"),
        )
    )
    month = _month(named, conv.language)
    year = int(days.group("year"))
    begin = _make(year, month, int(first)) if month else None
    end = _make(year, month, int(last)) if month else None
    return (begin, end) if begin and end and begin <= end else None


def days_of_month_span(text: str) -> tuple[int, int] | None:
    """Where a period of days of one month stands in `text` ('del 1 al 31 de agosto de
    2025')."""
    days = _DAYS_OF_MONTH.search(fold(text))
    return days.span() if days else None


def _whole_month(text: str, conv: Conventions) -> tuple[dt.date, dt.date] | None:
    """'Oktober 2026' for a period: the whole month."""
    m = _WHOLE_MONTH.match(fold(text))
    month = _month(m.group(1), conv.language) if m else None
    if m is None or month is None:
        return None
    begin = _make(int(m.group(2)), month, 1)
    if begin is None:
        return None
    following = begin.replace(day=28) + dt.timedelta(days=4)
    return begin, following - dt.timedelta(days=following.day)


def _partial_start(head: str, conv: Conventions) -> tuple[int, int] | None:
    named = list(_PARTIAL_NAMED.finditer(head))
    if named:
        m = named[-1]
        word, day = (
            (m.group("m1"), m.group("d1")) if m.group("m1") else (m.group("m2"), m.group("d2"))
        )
        month = _month(word, conv.language)
        return (month, int(day)) if month else None
    numeric = list(_PARTIAL_NUMERIC.finditer(head))
    if numeric:
        a, b = int(numeric[-1].group(1)), int(numeric[-1].group(3))
        return (b, a) if conv.day_first else (a, b)
    return None


def numeric_date_order(text: str) -> bool | None:
    """True when some numeric date can only be day-first, False when only month-first,
    None when the text does not settle it (or contradicts itself)."""
    votes = {True: 0, False: 0}
    for m in _NUMERIC_DATE.finditer(text):
        a, b = m.group(1), m.group(3)
        if len(a) == 4:
            continue
        if int(a) > 12 >= int(b):
            votes[True] += 1
        elif int(b) > 12 >= int(a):
            votes[False] += 1
    if votes[True] and not votes[False]:
        return True
    if votes[False] and not votes[True]:
        return False
    return None


_TERMS_DAYS = re.compile(
    r"\b(?:net|neto|n)\s*(\d{1,3})\b|\b(\d{1,3})\s*(?:days?|d[ií]as|tage|jours|giorni)\b", re.I
)


def terms_days(terms: str) -> int | None:
    """The days payment terms allow ('Net 30', 'Pago a 30 días'), None when they name none."""
    m = _TERMS_DAYS.search(terms)
    return int(m.group(1) or m.group(2)) if m else None


_AMBIGUOUS = re.compile(r"(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}(?![\d/])")


def order_matters(text: str) -> bool:
    """Whether a numeric date in `text` reads as two different days by its order
    ('01/08/2026'; not '17/02/2026', not '05/05/2026')."""
    return any(
        int(a) <= 12 and int(b) <= 12 and a.lstrip("0") != b.lstrip("0")
        for a, b in _AMBIGUOUS.findall(text)
    )


def country_date_order(text: str, cues: dict[str, list[str]]) -> bool | None:
    """Day-first (True) or month-first (False) by the country the document shows (a US
    state and ZIP code, 'Sdn Bhd', VAT, a currency), None when the signs do not agree."""
    day = sum(1 for cue in cues["day_first"] if re.search(cue, text, re.I))
    month = sum(1 for cue in cues["month_first"] if re.search(cue, text, re.I))
    return None if day == month else day > month


def decimal_comma_votes(text: str) -> tuple[int, int]:
    """Amounts that can only be read with a decimal comma, and with a decimal point."""
    comma = len(re.findall(r"(?<![\d.,])\d{1,3}(?:\.\d{3})*,\d{2}(?![\d.,%])", text))
    point = len(re.findall(r"(?<![\d.,])\d{1,3}(?:,\d{3})*\.\d{2}(?![\d.,%])", text))
    return comma, point


# Other kinds --------------------------------------------------------------------------

# OCR may space the '@' or read it as a sign of its shape ('€', '©') or, spaced, as an
# '8'; the domain ends in letters ('2@10.30' is a quantity at a price), its last dot
# may be lost before a common ending ('papertrail net') or spaced from it
# ('sentinelpatrol. net', 'ferreteriael .com.mx')
_AT = r"(?: ?[@€©®] ?| 8 )"
_ENDINGS = sorted(load("labels.json")["_mail_endings"], key=len, reverse=True)
_MAIL_ENDINGS = "|".join(_ENDINGS)
_DOTTED_ENDINGS = "|".join(ending.replace(" ", r"\.") for ending in _ENDINGS)
# a country's code after '.com' may lose its dot too ('electricas.com mx')
_EMAIL = re.compile(
    rf"(?P<local>[\w.+-]+){_AT}(?P<domain>[\w-]+(?:\.[\w-]+)*(?:\.[A-Za-z]{{2,}}\b"
    rf"|(?P<lost> )(?:{_MAIL_ENDINGS})\b|(?: \. ?|\. )(?:{_DOTTED_ENDINGS})\b))"
    r"(?P<country> (?:mx|ar|br|pe|cl|uk)\b)?"
)
# after its label, an '@' OCR read as a capital letter: 'E-mail: arQmetrowaste.com',
# 'Email contabilidadO pinturasacabados.com' (addresses are printed in small letters)
# or lost to a space: 'Email: cobranza limpiezatotal.com'
_LABELLED_LOST_AT = re.compile(
    r"(?i:\be-?mail|\bcorreo(?: electr[oó]nico)?)\s?:?\s+(?P<local>[a-z0-9._+-]+)(?:[QO]\s?|\s)"
    r"(?P<domain>[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})\b"
)


@cache
def _mailbox_lost_at() -> re.Pattern[str]:
    """A mailbox's usual name, its @ lost to a space or misread as a letter, before a
    domain: 'cobranza servicioslimpieza.com.mx', 'cobranzaQ plomeriahernandez.com.mx'."""
    boxes = "|".join(load("labels.json")["_mailboxes"])
    return re.compile(
        rf"(?<![\w.@-])(?P<local>{boxes})(?:[QO]-? ?| )"
        rf"(?P<domain>[a-z0-9-]+\.(?:{_DOTTED_ENDINGS}))\b"
    )


# a top-level domain as OCR misreads it: 'limpiezatotal.not', 'freshcoal.nct'
_MISREAD_ENDINGS = {
    "nct": "net",
    "not": "net",
    "ne1": "net",
    "corn": "com",
    "c0m": "com",
    "blz": "biz",
    "orq": "org",
}
# An international prefix may stand before a one-digit area code and a '(0)' kept for
# callers at home ('+49 (0)30 ...'); a trunk code may have five digits ('01632 960123');
# European numbers are printed in up to five groups ('04 72 55 01 23'). A group never
# runs into a date or an amount after it.
_PHONE = re.compile(
    r"(?<![\w])(?:\+\d{1,3}[\s.-]?(?:\(0\)[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?|\d{1,4}[\s.-])"
    r"|\(\d{2,4}\)[\s.-]?|0\d{4}[\s.-]|\d{2,4}[\s.-])"
    r"\d{2,4}(?:[\s.-]?\d{2,4}){1,3}(?![\w/]|[.,]\d)"
)
_IDENTIFIER = re.compile(r"^[#:]*([A-Za-z0-9][A-Za-z0-9./_-]*[A-Za-z0-9]|[0-9])[.:,;]*$")


_OCR_DIGITS = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "|": "1", "S": "5"})
# a letter after the run makes it a word's: '24-Oct-2025' keeps its month
_DIGITISH = re.compile(
    r"(?:[\dOolI|S][\dOolIS|.,/-]*\d[\dOolIS|.,/-]*|\d[\dOolIS|.,/-]*[OolIS|])(?![A-Za-z])"
)
# thermal specks read as a quote before '194.68' or after '0.97' or as a stop before a
# symbol ('.$57.96'), or the edge of a slip cropped with a hair of the bed read as a bar
# after it ('$47.91 |')
_STRAY_QUOTE = re.compile(
    r"[‘’'`\"“”«»](?=[$\d])|(?<=\d)[‘’'`\"“”«»](?!\w)|(?<=\d) ?[|¦](?!\S)|[.,:;](?=[$€£])"
)


_SPACED_GROUP = re.compile(r"(?<![\d.,])(\$?\d{1,3}) ([.,]\d{3}[.,]\d{2})(?!\d)")


_SPLIT_HUNDREDS = re.compile(r"(?<![\d.,])([$€£]\d{1,2}) (\d{1,2}[.,]\d{2})(?![\d.,])")


def _joined_hundreds(match: re.Match[str]) -> str:
    head, tail = match.groups()
    if len(head) - 1 + len(tail) - 3 > 3:  # no thousands without their separator
        return match.group()
    return f"{head}{tail} "


# '$3,51 3.77': a space read inside the group after the thousands' comma
_SPLIT_GROUP = re.compile(
    r"(?<![\d.,])([$€£]\d{1,3}(?:,\d{3})*,(\d{1,2})) (\d{1,2})(\.\d{2})(?![\d.,])"
)


def _joined_group(match: re.Match[str]) -> str:
    head, group, tail, cents = match.groups()
    if len(group) + len(tail) != 3:
        return match.group()
    return f"{head}{tail}{cents} "


def fix_ocr_digits(text: str) -> str:
    """'1,2O5.0O' -> '1,205.00', '4S.20' -> '45.20', 'S12.00' -> '$12.00': letters OCR
    mistakes for digits, inside numbers only; a stray quote next to a number is dropped.
    The length is kept, so spans found in the result hold for the original."""
    text = _STRAY_QUOTE.sub(lambda m: " " * len(m.group()), text)
    text = _SPACED_GROUP.sub(r"\1\2 ", text)  # '$3 ,295.48': a space read before the comma
    text = _SPLIT_HUNDREDS.sub(_joined_hundreds, text)  # '$41 7.34': '$417.34' split
    text = _SPLIT_GROUP.sub(_joined_group, text)
    return _DIGITISH.sub(_digits, text)


def _digits(match: re.Match[str]) -> str:
    found = match.group()
    if found.startswith("S") and found[1:2].isdigit():  # 'S12.00' is '$12.00'
        return "$" + found[1:].translate(_OCR_DIGITS)
    return found.translate(_OCR_DIGITS)


def has_cents(text: str) -> bool:
    """Whether `text` prints an amount with its cents ('21.23', '1.118,00')."""
    return bool(re.search(r"\d[.,]\d{2}(?!\d)", text))


def find_email(text: str) -> str | None:
    found = find_email_span(text)
    return found[0] if found else None


def find_email_span(text: str) -> tuple[str, int, int] | None:
    """The first e-mail address in ``text`` as it was meant, and where it was printed."""
    match = _EMAIL.search(text)
    if not match:
        lost = _LABELLED_LOST_AT.search(text) or _mailbox_lost_at().search(text)
        if lost is None:
            return None
        value = f"{lost.group('local')}@{lost.group('domain')}"
        return value, lost.start("local"), lost.end("domain")
    domain = match.group("domain")
    if match.group("lost"):
        domain = domain.replace(" ", ".")
    value = f"{match.group('local')}@{domain}".replace(" ", "").rstrip(".").lower()
    name, _, ending = value.rpartition(".")
    value = f"{name}.{_MISREAD_ENDINGS.get(ending, ending)}"
    country = match.group("country")
    if country and value.endswith((".com", ".co")):
        return f"{value}.{country.strip()}", match.start(), match.end()
    return value, match.start(), match.end("domain")


def find_phone(text: str) -> tuple[str, str] | None:
    """The first phone number in ``text``: (digits with a leading + kept, as printed)."""
    for match in _PHONE.finditer(text):
        digits = re.sub(r"\D", "", match.group().replace("(0)", ""))
        if 7 <= len(digits) <= 15 and not looks_like_date(match.group()):
            plus = "+" if match.group().lstrip().startswith("+") else ""
            return plus + digits, match.group().strip()
    return None


def looks_like_date(text: str) -> bool:
    """Printed like a date and a real day of either order: '1800-88-7117' is a phone."""
    if not _NUMERIC_DATE.fullmatch(text.strip()):
        return False
    return any(find_dates(text, Conventions(day_first=order)) for order in (True, False))


def identifier(word: str) -> str | None:
    """An invoice, PO or account number: one token with at least one digit."""
    match = _IDENTIFIER.match(word.strip())
    if not match:
        return None
    value = match.group(1)
    return value if any(c.isdigit() for c in value) else None
