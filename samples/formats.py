"""How dates, quantities and money are printed, and how ground truth normalises them."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from samples.catalog import months

CENT = Decimal("0.01")
WEEKDAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
DAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAYS_ES = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def format_date(day: date, style: str) -> str:
    """A date as a document prints it; ``style`` names one of the layouts' date formats."""
    en, es = months("en"), months("es")
    styles = {
        "mdy_slash": f"{day.month:02d}/{day.day:02d}/{day.year}",
        "mdy_short": f"{day.month}/{day.day}/{day.year}",
        "mdy_2": f"{day.month:02d}/{day.day:02d}/{day.year % 100:02d}",
        "dmy_slash": f"{day.day:02d}/{day.month:02d}/{day.year}",
        "dmy_dash": f"{day.day:02d}-{day.month:02d}-{day.year}",
        "dmy_mon": f"{day.day:02d}-{en[day.month - 1][:3]}-{day.year}",
        "long_en": f"{en[day.month - 1]} {day.day}, {day.year}",
        "abbr_en": f"{en[day.month - 1][:3]} {day.day}, {day.year}",
        "long_es": f"{day.day} de {es[day.month - 1]} de {day.year}",
        "iso": day.isoformat(),
        "ymd_dot": f"{day.year}.{day.month:02d}.{day.day:02d}",
        "dmy_dot": f"{day.day:02d}.{day.month:02d}.{day.year}",
        "dmy_mon_2": f"{day.day:02d}-{en[day.month - 1][:3]}-{day.year % 100:02d}",
        "dmy_mon_es": f"{day.day:02d} {es[day.month - 1][:3].upper()} {day.year % 100:02d}",
        "ord_en": f"{en[day.month - 1]} {day.day}{_ordinal(day.day)}, {day.year}",
        "mdy_dash": f"{day.month:02d}-{day.day:02d}-{day.year}",
        "dmy_2": f"{day.day:02d}/{day.month:02d}/{day.year % 100:02d}",
        "mon_d_y": f"{en[day.month - 1][:3]} {day.day} {day.year}",
        "dmy_mes": f"{day.day:02d}/{es[day.month - 1][:3].capitalize()}/{day.year}",
        "dow_abbr": f"{WEEKDAYS_EN[day.weekday()]}, {en[day.month - 1][:3]} {day.day}, {day.year}",
        "ap_en": f"{_ap_month(day.month)} {day.day}, {day.year}",
        "long_es_0": f"{day.day:02d} de {es[day.month - 1]} de {day.year}",
        "dow_mdy": f"{WEEKDAYS_EN[day.weekday()]} {day.month:02d}/{day.day:02d}/{day.year}",
        "dmy_mon_es_dash": f"{day.day:02d}-{es[day.month - 1][:3].upper()}-{day.year}",
        "d_month_en": f"{day.day} {en[day.month - 1]} {day.year}",
        "d_mes_es": f"{day.day} {es[day.month - 1][:3]}. {day.year}",
        "ymd_slash": f"{day.year}/{day.month:02d}/{day.day:02d}",
        "d_mon_en": f"{day.day} {en[day.month - 1][:3]} {day.year}",
        "dmy_mes_es_dash": f"{day.day:02d}-{es[day.month - 1][:3]}-{day.year}",
        "mdy_dot": f"{day.month:02d}.{day.day:02d}.{day.year}",
        "m_d_yy": f"{day.month}/{day.day}/{day.year % 100:02d}",
        "dmy_mes_low": f"{day.day:02d}/{es[day.month - 1][:3]}/{day.year}",
        "mon_dd_caps": f"{en[day.month - 1][:3].upper()} {day.day:02d} {day.year}",
        "mdy_dash_2": f"{day.month:02d}-{day.day:02d}-{day.year % 100:02d}",
        "dow_long_es": f"{WEEKDAYS_ES[day.weekday()]}, {day.day} de {es[day.month - 1]} de "
        f"{day.year}",
        "long_en_0": f"{en[day.month - 1]} {day.day:02d}, {day.year}",
        "mes_dd_y_es": f"{es[day.month - 1][:3].capitalize()} {day.day:02d}, {day.year}",
        "long_en_caps": f"{en[day.month - 1].upper()} {day.day}, {day.year}",
        "dmy_mes_caps_slash": f"{day.day:02d}/{es[day.month - 1][:3].upper()}/{day.year}",
        "mon_dash": f"{en[day.month - 1][:3]}-{day.day:02d}-{day.year}",
        "long_es_del": f"{day.day} de {es[day.month - 1]} del {day.year}",
        "abbr_en_0": f"{en[day.month - 1][:3]} {day.day:02d}, {day.year}",
        "d_mes_slash": f"{day.day}/{es[day.month - 1]}/{day.year}",
        "dmy_mon_caps_2": f"{day.day:02d}-{en[day.month - 1][:3].upper()}-{day.year % 100:02d}",
        "dmy_mes_point": f"{day.day:02d}.{es[day.month - 1][:3].upper()}.{day.year}",
        "abbr_dot_en": f"{_dot_month(day.month)} {day.day}, {day.year}",
        "long_es_md": f"{es[day.month - 1]} {day.day}, {day.year}",
        "dmy_mon_caps": f"{day.day:02d}-{en[day.month - 1][:3].upper()}-{day.year}",
        "m_d_yy_dash": f"{day.month}-{day.day}-{day.year % 100:02d}",
        "m_d_yy_dot": f"{day.month}.{day.day}.{day.year % 100:02d}",
        "dmy_mes_space": f"{day.day:02d} {es[day.month - 1][:3]} {day.year}",
        "m_dd_yy": f"{day.month}/{day.day:02d}/{day.year % 100:02d}",
        "mon_d_caps": f"{en[day.month - 1][:3].upper()} {day.day}, {day.year}",
        "d_roman_yy": f"{day.day}/{ROMAN_MONTHS[day.month - 1]}/{day.year % 100:02d}",
        "dow_long_en": f"{DAYS_EN[day.weekday()]}, {en[day.month - 1]} {day.day}, {day.year}",
        "long_es_title": f"{day.day} de {es[day.month - 1].capitalize()} de {day.year}",
        "d_mes_yy_dash": f"{day.day}-{es[day.month - 1][:3]}-{day.year % 100:02d}",
        "d_de_mes_abbr": f"{day.day} de {es[day.month - 1][:3]}. de {day.year}",
    }
    return styles[style]


def period_es(start: date, end: date) -> str:
    """A billing period as Spanish-language bills write it: "del 1 al 31 de enero de
    2026", "del 1 de enero al 28 de febrero de 2026"."""
    es = months("es")
    tail = f"{end.day} de {es[end.month - 1]} de {end.year}"
    if (start.year, start.month) == (end.year, end.month):
        return f"del {start.day} al {tail}"
    if start.year == end.year:
        return f"del {start.day} de {es[start.month - 1]} al {tail}"
    return f"del {start.day} de {es[start.month - 1]} de {start.year} al {tail}"


def period_span_en(start: date, end: date) -> str:
    """A billing period as US bills shorten it, the year said once: "Jan 12 - Feb 10,
    2026"; "Dec 12, 2025 - Jan 10, 2026" across a new year."""
    en = months("en")
    head = f"{en[start.month - 1][:3]} {start.day}"
    if start.year != end.year:
        head += f", {start.year}"
    return f"{head} - {en[end.month - 1][:3]} {end.day}, {end.year}"


def _ap_month(month: int) -> str:
    """A month as US newspapers abbreviate it: "Jan.", "Sept.", but "March" and "July"."""
    name = months("en")[month - 1]
    if len(name) <= 5:
        return name
    return "Sept." if month == 9 else f"{name[:3]}."


def _dot_month(month: int) -> str:
    """A month cut to three letters and a point, "Mar.", "Sep.", as a billing template
    abbreviates them; "May" has nothing to cut."""
    name = months("en")[month - 1]
    return name if len(name) <= 3 else f"{name[:3]}."


def _ordinal(n: int) -> str:
    """The English ordinal suffix: 1st, 2nd, 3rd, 4th, 11th, 22nd."""
    if 11 <= n % 100 <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def short_date(day: date, style: str) -> str:
    """The compact form used in table cells: long month names are shortened."""
    long_en = ("long_en", "abbr_en", "ord_en", "dow_abbr", "ap_en", "long_en_0", "long_en_caps")
    if style in (*long_en, "abbr_en_0"):
        return format_date(day, "mdy_slash")
    if style in ("long_es", "long_es_0", "dow_long_es", "long_es_del"):
        return format_date(day, "dmy_slash")
    if style in ("dow_long_en", "long_es_title"):  # US vendors' cells, month first
        return format_date(day, "mdy_slash")
    return format_date(day, style)


def group(value: Decimal, numbers: str, places: int = 2) -> str:
    """``1234.5`` as ``1,234.50`` (``us``) or ``1.234,50`` (``eu``)."""
    text = f"{abs(value):,.{places}f}"
    if numbers == "eu":
        text = text.replace(",", "_").replace(".", ",").replace("_", ".")
    return f"-{text}" if value < 0 else text


def format_quantity(value: Decimal, numbers: str) -> str:
    places = 0 if value == value.to_integral_value() else 1
    if value != value.quantize(Decimal("0.1")):
        places = 2
    return group(value, numbers, places)


def format_rate(value: Decimal, numbers: str) -> str:
    """A unit price: two decimals, or four for utility rates below a cent precision."""
    places = 2 if value == cents(value) else 4
    return group(value, numbers, places)


def format_money(value: Decimal, numbers: str, style: str, currency: str) -> str:
    """A total as printed: ``$1,234.56``, ``$ 1,234.56``, ``1,234.56``, ``USD 1,234.56`` or
    ``1,234.56 MXN``; ``trailing_minus`` prints a credit as billing systems of the mainframe
    era do, ``25.00-``."""
    body = group(abs(value), numbers)
    sign = "-" if value < 0 else ""
    shapes = {
        "symbol": f"{sign}${body}",
        "symbol_space": f"{sign}$ {body}",
        "plain": f"{sign}{body}",
        "code_prefix": f"{currency} {sign}{body}",
        "code_suffix": f"{sign}${body} {currency}",
        "code_after": f"{sign}{body} {currency}",
        "trailing_minus": f"{body}{sign}",
    }
    return shapes[style]


def money_shows_currency(style: str) -> bool:
    return style in ("code_prefix", "code_suffix", "code_after")


def truth_amount(value: Decimal) -> str:
    """Ground-truth form of money: a plain decimal string with two places."""
    return str(cents(value))


def truth_quantity(value: Decimal) -> str:
    normal = value.normalize()
    return format(normal, "f")


def truth_rate(value: Decimal) -> str:
    return str(value) if value != cents(value) else str(cents(value))


_UNITS_ES = [
    "cero",
    "uno",
    "dos",
    "tres",
    "cuatro",
    "cinco",
    "seis",
    "siete",
    "ocho",
    "nueve",
    "diez",
    "once",
    "doce",
    "trece",
    "catorce",
    "quince",
    "dieciséis",
    "diecisiete",
    "dieciocho",
    "diecinueve",
    "veinte",
    "veintiuno",
    "veintidós",
    "veintitrés",
    "veinticuatro",
    "veinticinco",
    "veintiséis",
    "veintisiete",
    "veintiocho",
    "veintinueve",
]
_TENS_ES = ["treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"]
_HUNDREDS_ES = [
    "ciento",
    "doscientos",
    "trescientos",
    "cuatrocientos",
    "quinientos",
    "seiscientos",
    "setecientos",
    "ochocientos",
    "novecientos",
]


def _words_below_thousand(n: int) -> str:
    if n == 100:
        return "cien"
    hundreds, rest = divmod(n, 100)
    words = [_HUNDREDS_ES[hundreds - 1]] if hundreds else []
    if rest >= 30:
        tens, units = divmod(rest, 10)
        words.append(_TENS_ES[tens - 3] + (f" y {_UNITS_ES[units]}" if units else ""))
    elif rest or not words:
        words.append(_UNITS_ES[rest])
    return " ".join(words)


def number_words_es(n: int) -> str:
    """A whole number in Spanish words, as Mexican invoices print the total ("mil
    doscientos treinta y cuatro"); ``uno`` before a noun is left to the caller."""
    if n < 1000:
        return _words_below_thousand(n)
    if n < 1_000_000:
        thousands, rest = divmod(n, 1000)
        head = "mil" if thousands == 1 else f"{_apocope(_words_below_thousand(thousands))} mil"
        return head + (f" {_words_below_thousand(rest)}" if rest else "")
    millions, rest = divmod(n, 1_000_000)
    head = "un millón" if millions == 1 else f"{_apocope(number_words_es(millions))} millones"
    return head + (f" {number_words_es(rest)}" if rest else "")


def _apocope(words: str) -> str:
    """ "veintiuno mil" is said "veintiún mil", "treinta y uno mil" "treinta y un mil"."""
    if words.endswith("veintiuno"):
        return words[: -len("veintiuno")] + "veintiún"
    if words.endswith("uno"):
        return words[:-3] + "un"
    return words


def amount_words_es(value: Decimal, currency: str) -> str:
    """The amount in words as a CFDI prints it: "(MIL DOSCIENTOS TREINTA Y CUATRO PESOS
    56/100 M.N.)"; dollars as "DÓLARES 56/100 USD"."""
    whole = int(cents(value))
    hundredths = int((cents(value) - whole) * 100)
    words = _apocope(number_words_es(whole))
    if currency == "MXN":
        noun = "peso" if whole == 1 else "pesos"
        tail = "M.N."
    else:
        noun = "dólar" if whole == 1 else "dólares"
        tail = currency
    if whole % 1_000_000 == 0 and whole:
        noun = f"de {noun}"
    return f"({words} {noun} {hundredths:02d}/100 {tail})".upper()


def amount_words_receipt_es(value: Decimal, currency: str) -> str:
    """The amount in words as a receipt book writes it: "(MIL DOSCIENTOS TREINTA Y CUATRO
    DÓLARES 56/100)", no currency code; pesos keep "M.N." (moneda nacional)."""
    words = amount_words_es(value, currency)
    return words if currency == "MXN" else words.replace(f" {currency})", ")")
