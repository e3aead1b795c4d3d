"""Line-item tables: a header row names the columns (description, quantity, unit price,
amount, date in any language), columns take their x-ranges from it, and rows are read
until the totals block. Lines without an amount continue the description above; a table
that runs off a page continues on the next with the same columns unless a new header
row is printed there.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cache
from statistics import median

from docmatch.types import Word
from extract.candidates import Candidate, make
from extract.context import Document
from extract.formats import (
    CENT,
    PERCENT,
    Conventions,
    find_amounts,
    find_dates,
    has_cents,
    has_decimals,
    looks_like_date,
    money,
    parse_amount,
    parse_number,
)
from extract.labels import untaxed_at
from extract.layout import RULE, Line, PageLayout, Segment, union
from extract.model import LineItem
from extract.vocab import (
    Label,
    column_headings,
    connectives,
    fold,
    heading_words,
    load,
    note_words,
    tokens,
    word_meanings,
)

NUMERIC = ("quantity", "unit_price", "amount", "tax", "gross", "other_quantity", "other_price")
TEXT_COLUMNS = ("description", "code", "unit", "date")
MAX_HEADING_WORDS = 6
MEASURE_LETTERS = 4  # 'EA', 'TN', 'GAL', 'SQFT', 'kWh': a unit's measure
# beside the line's net amount and billed count, and the details of an item no field holds
UNREAD = ("tax", "gross", "other_quantity", "other_price", "detail")
TOTAL_FIELDS = {"subtotal", "tax", "total", "amount_due", "previous_balance", "payments"}
SPACE_REACH = 1.5  # of a run's median space: a wider gap parts two columns
NOTE_SIZE = 0.92  # a note under an item, indented, is set smaller than its description
SMALL_NOTE = 0.88  # and flush with it, clearly smaller
WRAP = 0.75  # of the gap under a lone text line, the most its gap over it may be to end
# the description of the item above rather than open the next one's
SIDE_GAP = 3.0  # word heights between a table's first heading and a column beside it
CLOSING = {"subtotal", "total"}  # 'Work Subtotal', 'Job Total': a sum named after its kind
_NOISE = re.compile(
    r"\b(page|pagina|seite|pag)\s*\d+\s*(of|de|von|di|van|/)\s*\d+|\bcontinu|\bsigue\b", re.I
)


@dataclass(frozen=True)
class Column:
    name: str
    x0: float
    x1: float


@dataclass
class Table:
    columns: tuple[Column, ...]
    lines: list[tuple[int, int]] = field(default_factory=list)  # (page, line) incl. header
    items: list[LineItem] = field(default_factory=list)
    ended: bool = False
    totals: Line | None = None  # the totals row that ended it ('Razem' under the columns)
    left: float = 0.0  # what is printed left of this stands in a column beside the table
    right: float = float("inf")  # and what is printed right of this
    before: Decimal = Decimal(0)  # the sum of the items of the tables above this one
    sums: Line | None = None  # the row under the items printing their sum, unlabelled
    described_below: bool = False  # each item's words on a labelled line under its figures


@cache
def carried_over() -> frozenset[tuple[str, ...]]:
    return frozenset(tokens(p) for p in load("columns.json")["_carried_over"])


def _segment_headings(words: tuple[Word, ...]) -> tuple[list[Column], list[str]]:
    """Column headings inside one segment, longest phrase first at each word, and the
    segment's words left over."""
    toks = [(i, t) for i, w in enumerate(words) for t in tokens(w.text)]
    headings = column_headings()
    found: list[Column] = []
    left: list[str] = []
    i = 0
    plain = tuple(t for _, t in toks)
    while i < len(toks):
        untaxed = untaxed_at(plain, i)
        if untaxed:  # 'P. unit. antes de IVA': the price before its tax, no tax column
            left += [t for _, t in toks[i : i + untaxed]]
            i += untaxed
            continue
        if found and words[toks[i][0]].text.startswith("("):
            left.append(toks[i][1])  # 'Due Date (Net)', 'Amount (USD)': the heading's own
            i += 1  # qualifier, no column of its own
            continue
        for size in (3, 2, 1):
            phrase = tuple(t for _, t in toks[i : i + size])
            if len(phrase) == size and phrase in headings:
                span = [words[j] for j in range(toks[i][0], toks[i + size - 1][0] + 1)]
                box = union([w.bbox for w in span])
                name = headings[phrase]
                if found and found[-1].name == name:  # 'Hrs/Qty': one column named twice
                    box = (found.pop().x0, box[1], box[2], box[3])
                found.append(Column(name, box[0], box[2]))
                i += size
                break
        else:
            left.append(toks[i][1])
            i += 1
    named = {c.name for c in found}
    if found and not named & {"description", "item_or_description"}:
        text_heading = _text_heading_inside(words, toks, found)
        if text_heading is not None:
            found = sorted([*found, text_heading], key=lambda c: c.x0)
    return _run_on(found, words), left


def _run_on(found: list[Column], words: tuple[Word, ...]) -> list[Column]:
    """Each number's heading run on over the words after it up to the next heading:
    'Cant. prest.' heads the quantities right-aligned under its last word. A text
    column's words ('Date Serviced Treatment / Service') may head the text after it."""
    ends = [*(c.x0 for c in found[1:]), float("inf")][: len(found)]
    return [
        Column(c.name, c.x0, max([c.x1, *(w.bbox[2] for w in words if c.x1 < w.bbox[0] < end)]))
        if c.name in NUMERIC
        else c
        for c, end in zip(found, ends, strict=True)
    ]


def _text_heading_inside(
    words: tuple[Word, ...], toks: list[tuple[int, str]], found: list[Column]
) -> Column | None:
    """The description's heading run into another's in one segment ('Ud. medida
    Trabajos y refacciones de elevador'): the first word outside the headings found that
    names a text column and opens a run of at least three words up to the next heading
    ('Charge for Work' is the charge's)."""
    for k, (j, token) in enumerate(toks):
        box = words[j].bbox
        if any(c.x0 <= box[0] < c.x1 for c in found):
            continue
        meaning = heading_words().get(token) or heading_words().get(token.removesuffix("s"))
        if not meaning or "description" not in meaning:
            continue
        stop = min((c.x0 for c in found if c.x0 > box[0]), default=float("inf"))
        run = [jj for jj, _ in toks[k:] if words[jj].bbox[0] < stop]
        if len(run) >= 3:
            return Column("description", box[0], max(words[jj].bbox[2] for jj in run))
    return None


def _header_columns(line: Line, below: Line | None = None) -> tuple[Column, ...] | None:
    """The columns a header row names; most of its segments must be headings
    ('Descripción del trabajo' is one, led by a known word). Headings no list holds are
    read from the row ``below`` them where it shows what they head."""
    line = _without_panel_pair(line)
    columns: list[Column] = []
    covered = 0
    unnamed: list[Segment] = []
    worded: list[Column] = []  # the columns named by a heading no list holds
    found_in = [_segment_headings(segment.words) for segment in line.segments]
    described = any([c.name for c in found] == ["description"] for found, _ in found_in)
    for segment, (found, left) in zip(line.segments, found_in, strict=True):
        if "@" in segment.text or sum(c.isdigit() for c in segment.text) >= 3:
            found = []  # '24-Hr Service: (214) 287-2484', 'invoices@...': details, no heading
        if described and len(found) > 1:
            # 'Total concepto' beside 'Concepto o refacción': the line's total
            found = [c for c in found if c.name != "description"]
        if not found and segment.text.startswith("%"):
            found = [Column("tax", segment.bbox[0], segment.bbox[2])]  # '% Imp.': a rate
        if not found:
            named = _worded_heading(segment)
            if named is None:
                unnamed.append(segment)
                continue
            found = [Column(named, segment.bbox[0], segment.bbox[2])]
            worded.append(found[0])
        counted = [c.name for c in found] == ["quantity", "item_or_description"]
        if len(found) > 1 and any(c.name != "item_or_description" for c in found) and not counted:
            # 'Importe artículo', 'Descripción del artículo': the item's amount, its text;
            # 'CANT ARTICULO' is a count and the item counted, side by side
            found = [c for c in found if c.name != "item_or_description"]
        names = [c.name for c in found]
        if "unit_price" in names and "unit" in names[names.index("unit_price") :]:
            found = [c for c in found if c.name != "unit"]  # 'Precio/ud.': the unit's price
        found = [
            c
            for c, after in zip(found, [*found[1:], None], strict=True)
            if not (
                c.name == "amount"
                and after is not None
                and after.name == "unit_price"
                and after.x0 - c.x1 < 1.5 * _segment_height(segment)
            )
        ]  # 'Net Unit Cost': a price, not an amount beside it
        if [c.name for c in found] == ["unit_or_price", "amount"]:
            found = [Column("unit_price", found[0].x0, found[1].x1)]  # 'Unit Amt': a price
        if [c.name for c in found][:1] == ["description"] and "/" in segment.text:
            found = found[:1]  # 'Service / Unit': what was done, or the unit it was done on
        if len(found) == 1 and found[0].name == "description":
            # 'Descripción del trabajo': a text column's heading runs on in words we
            # need not know; a number column's heading is short
            found = [Column(found[0].name, segment.bbox[0], segment.bbox[2])]
        elif len(left) > len(found) and any(c.isdigit() for t in left for c in t):
            continue  # 'Unit' inside '681 Stemmons Fwy, Unit 24' heads no column
        covered += 1
        for column in found:
            if columns and columns[-1].name == column.name and column.name in TEXT_COLUMNS:
                if columns[-1] in worded and column not in worded:
                    # 'Equipment | Description': the one a list names is the description
                    columns[-1] = replace(columns[-1], name="detail")
                else:  # 'Activity | Description': two text columns side by side read as one
                    column = Column(column.name, columns.pop().x0, column.x1)
            elif column.name == "code" and "code" in [c.name for c in columns]:
                # 'Clave del producto | Cantidad | Clave de unidad': the unit's key, a detail
                column = replace(column, name="detail")
            columns.append(column)
    names = [c.name for c in columns]
    if names[:1] == ["amount"] and names.count("amount") > 1 and "description" not in names:
        # 'Electric Charges Detail | Usage | Rate | Charge': the leftmost column, in words
        # of a description, names what the charges are; their sums stand on the right
        heading = next(s for s in line.segments if s.bbox[0] <= columns[0].x0 <= s.bbox[2])
        if any("description" in heading_words().get(t, ()) for t in heading.tokens):
            columns[0] = Column("description", heading.bbox[0], heading.bbox[2])
    beside: list[Segment] = []
    if below is not None and _item_row(columns, below):
        columns = _named_by_row(columns, below)
        # a panel beside the table ('Brightwater ...' of a stub right of 'Amount Charged')
        end = max(c.x1 for c in columns if c.name == "amount") + SIDE_GAP * _line_height(line)
        beside = [s for s in unnamed if s.bbox[0] > end]
        unnamed = [s for s in unnamed if s not in beside]
        shown = _shown_columns(unnamed, columns, below)
        if len(columns) < 2 and len(shown) < 2:
            shown = []  # one heading named and one shown are two details side by side
        unnamed = [s for s in unnamed if not any(c.x0 == s.bbox[0] for c in shown)]
        columns = sorted([*columns, *shown], key=lambda c: c.x0)
        covered += len(shown)
    text_column = _text_column(unnamed, columns)
    if text_column is not None:
        columns = sorted([*columns, text_column], key=lambda c: c.x0)
        covered += 1
        unnamed = [s for s in unnamed if s.bbox[0] != text_column.x0]
    details = _details(unnamed, columns)
    columns = sorted([*columns, *details], key=lambda c: c.x0)
    covered += len(details)
    names = [c.name for c in columns]
    unit = "unit" if "unit_price" in names else "unit_price"  # 'Qty | Unit | Rate': a measure
    item = "code" if "description" in names else "description"  # 'Item | Description': a code
    bare = {"unit_or_price": unit, "item_or_description": item}
    if names[:1] == ["unit_or_price"] and "description" in names:
        bare["unit_or_price"] = "code"  # 'Unit | Equipment | Description': the unit served
    columns = [Column(bare.get(c.name, c.name), c.x0, c.x1) for c in columns]
    names = [c.name for c in columns]
    if names.count("amount") == 2 and "unit_price" in names and "quantity" not in names:
        # 'Billed | Unit | Rate | Charge': left of the price, the amount billed is a count
        first, price = names.index("amount"), names.index("unit_price")
        if first < price < len(names) - 1 - names[::-1].index("amount"):
            columns[first] = Column("quantity", columns[first].x0, columns[first].x1)
            names[first] = "quantity"
    if names.count("amount") == 2 and "unit_price" not in names:
        # 'Net Price | Extended Price': the left one is the price of one unit
        per_unit = names.index("amount")
        columns[per_unit] = Column("unit_price", columns[per_unit].x0, columns[per_unit].x1)
        names[per_unit] = "unit_price"
    if names.count("quantity") > 1:
        columns = _billed_quantity(line, columns)
        names = [c.name for c in columns]
    read = [name for name in names if name not in UNREAD]
    headed = [s for s in line.segments if not _filler(s) and s not in beside]
    if len(set(read)) != len(read) and (items := _left_of_another(columns)) is not None:
        columns, names = items, [c.name for c in items]  # a panel's own table beside
        read = [name for name in names if name not in UNREAD]
    if len(set(read)) != len(read) or len(columns) < 2 or covered < 0.75 * len(headed):
        return None
    if covered < 2:  # columns stand apart: 'Details of Electric Charges' is a title
        return None
    if len(columns) < 3 and "description" not in names:
        return None  # 'Total a pagar | Fecha límite': two details side by side, no items
    if "amount" not in names and "gross" in names:
        # a gross amount is the line's amount when no net one is printed beside it
        columns = [Column("amount", c.x0, c.x1) if c.name == "gross" else c for c in columns]
        names = [c.name for c in columns]
        if names.count("amount") > 1:
            return None
    if "amount" not in names and not ("description" in names and "unit_price" in names):
        return None
    if "amount" not in names and not (below is not None and _priced(columns, below)):
        return None  # 'Tarifa del servicio   GSS - Servicio general': a label and its value
    return tuple(columns)


def _without_panel_pair(line: Line) -> Line:
    """The headings' row without a label and its sum printed beside it ('Description |
    Billed | Unit | Rate | Charge | Previous Bill Amount | $4,382.10'): an account's
    summary set level with the headings, no column of the table."""
    segments = line.segments
    for k in range(PANEL_AFTER + 1, len(segments)):
        text = segments[k].text
        if _SUM.fullmatch(text) and has_cents(text):
            return replace(line, segments=segments[: k - 1])
    return line


PANEL_AFTER = 3  # headings before a label and its sum beside them
_SUM = re.compile(r"[-(]?[$€£]?[-(]?[\d.,]+\)?")


def _left_of_another(columns: list[Column]) -> list[Column] | None:
    """The columns of the items' table where another table's headings run on in the same
    row beside it ('Concepto | Consumo | Precio | Subtotal' beside a usage history's
    'Periodo | kWh | Importe'): the first run of a description's columns, counted or
    priced, up to its amount, with nothing named twice, before two headings or more
    naming its columns again."""
    for k in range(2, len(columns)):
        left = columns[:k]
        read = [c.name for c in left if c.name not in UNREAD]
        again = {c.name for c in columns[k:]} & set(read)
        if (
            left[-1].name == "amount"
            and "description" in read
            and {"quantity", "unit_price"} & set(read)  # priced items, no summary's sums
            and len(set(read)) == len(read)
            and "amount" in again
            and len(columns) - k >= 2
        ):
            return left
    return None


def _details(unnamed: list[Segment], columns: list[Column]) -> list[Column]:
    """Headings no list holds beside a whole row of named ones (a description, a count or
    price, and an amount): details of each item read into none of its fields ('Tag # |
    Location | Mfd. | Service / Unit | Status | Qty | Each | Ext.')."""
    names = {c.name for c in columns}
    if not {"description", "amount"} <= names or not names & {"quantity", "unit_price"}:
        return []
    return [
        Column("detail", s.bbox[0], s.bbox[2])
        for s in unnamed
        if len(s.tokens) <= 3 and not any(c.isdigit() for c in s.text) and not _filler(s)
    ]


def _priced(columns: Sequence[Column], below: Line) -> bool:
    """Money stands under the unit price's heading in the row under the headings."""
    price = next(c for c in columns if c.name == "unit_price")
    return any(_MONEY.fullmatch(w.text) for w in _cell(below.words, price.x0, price.x1))


_SUM_MEANINGS = {"tax", "total", "owed", "previous", "net"}


_SHIPPED = {"shp", "ship", "shipped", "shpd", "billed", "bill", "invoiced", "inv", "dlv"}
_SHIPPED |= {"delivered", "dlvd", "surtida", "surtido", "entregada", "entregado", "facturada"}


def _billed_quantity(line: Line, columns: list[Column]) -> list[Column]:
    """Of several quantity columns ('Qty Ord | Qty Shp | Qty B/O') the one shipped or
    billed is the line's quantity; the others are read as no value. Where no heading says
    which ('Hrs On Site | Man-Hrs/ Qty'), none is read: the items keep their amounts."""

    def heading(column: Column) -> set[str]:
        return {t for w in line.words if column.x0 <= w.bbox[0] < column.x1 for t in tokens(w.text)}

    counts = [c for c in columns if c.name == "quantity"]
    billed = [c for c in counts if heading(c) & _SHIPPED][:1]
    return [
        c if c.name != "quantity" or c in billed else replace(c, name="other_quantity")
        for c in columns
    ]


def _filler(segment: Segment) -> bool:
    """'Per' between 'Usage' and 'Price': a word of the headings beside, no column's."""
    return all(heading_words().get(t) == {"filler"} for t in segment.tokens)


def _text_column(unnamed: list[Segment], columns: list[Column]) -> Column | None:
    """The column a lone heading no list holds stands for among named ones: the
    description's where none names the text ('Day Worked | Yard Work Done | Charge for
    Work'), what the rows say being what it heads; the quantity's where it stands short
    between the description and the prices ('Work Performed | No. | Price Per')."""
    names = {c.name for c in columns}
    described = names & {"description", "item_or_description"}
    unnamed = [s for s in unnamed if not _filler(s)]
    if len(unnamed) != 1 or "amount" not in names or len(columns) < 2:
        return None
    segment = unnamed[0]
    # 'Empleado(a), puesto y tipo de hora': the joining words and letters make it no longer
    named = [t for t in segment.tokens if len(t) > 1 and t not in connectives()]
    if len(named) > MAX_HEADING_WORDS or any(c.isdigit() for c in segment.text):
        return None
    meanings = word_meanings()
    if any(meanings.get(t, frozenset()) & _SUM_MEANINGS for t in segment.tokens):
        return None  # 'GST Summary | Amount | Tax': a table of the tax, no items
    if not described:
        return Column("description", segment.bbox[0], segment.bbox[2])
    text_end = max(c.x1 for c in columns if c.name in described)
    prices = [c.x0 for c in columns if c.name in ("unit_price", "amount")]
    count_like = len(segment.tokens) == 1 and "quantity" not in names
    if count_like and text_end < segment.bbox[0] and prices and segment.bbox[2] < min(prices):
        return Column("quantity", segment.bbox[0], segment.bbox[2])
    return None


_COUNT = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?")  # '27', '121,900'
_MONEY = re.compile(r"[$€£]?\s?\d{1,3}(?:[.,\s]?\d{3})*[.,]\d{2}")


def _cell(words: tuple[Word, ...], x0: float, x1: float) -> list[Word]:
    """The words of a row standing under a heading's span."""
    return [w for w in words if w.bbox[0] < x1 and w.bbox[2] > x0]


def _prose(words: list[Word]) -> bool:
    """Words of a description: at least two words of letters, three letters or more
    in one of them."""
    lettered = [w for w in words if any(c.isalpha() for c in w.text)]
    return len(lettered) >= 2 and any(sum(c.isalpha() for c in w.text) >= 3 for w in lettered)


def _line_height(line: Line) -> float:
    return median(_segment_height(s) for s in line.segments)


def _item_row(columns: list[Column], below: Line) -> bool:
    """Whether the row under the headings is an item: money stands under the amount's."""
    amounts = [c for c in columns if c.name == "amount"]
    if not amounts:
        return False
    cell = _cell(below.words, amounts[-1].x0, amounts[-1].x1)
    return any(_MONEY.fullmatch(w.text) for w in cell)


def _shown_columns(unnamed: list[Segment], columns: list[Column], below: Line) -> list[Column]:
    """Headings no list holds, named by what the first row prints under them ('Device /
    Test Performed' over 'Fire pump annual flow test', 'Devices' over '27', 'Per
    Pickup' over '737.70'): the description's where words run under it, the count's where
    a small number stands under it left of the prices, the unit price's where money
    stands under it left of the line's amount."""
    names = {c.name for c in columns}
    amount_x = min(c.x0 for c in columns if c.name == "amount")
    prices = [c.x0 for c in columns if c.name in ("unit_price", "amount")]
    found: list[Column] = []
    for segment in unnamed:
        if _filler(segment) or any(c.isdigit() for c in segment.text):
            continue
        x0, x1 = segment.bbox[0], segment.bbox[2]
        cell = _cell(below.words, x0, x1)
        taken = names | {c.name for c in found}
        texts = [w.text for w in cell]
        if not cell:
            continue
        if "description" not in taken and _prose(cell):
            found.append(Column("description", x0, x1))
        elif "quantity" not in taken and _COUNT.fullmatch(texts[0]) and x1 < min(prices):
            found.append(Column("quantity", x0, x1))
        elif "unit_price" not in taken and len(texts) == 1 and _MONEY.fullmatch(texts[0]):
            if x1 < amount_x:
                found.append(Column("unit_price", x0, x1))
    return found


def _named_by_row(columns: list[Column], below: Line) -> list[Column]:
    """Headings read again from the row under them where the words misled: a measure's,
    code's or charge's heading over running words, where no heading names the
    description, heads the descriptions ('Trabajo por unidad' over 'Limpieza de salida 2
    rec. - Depto. 401', 'Charges For' over 'Water base charge'); an amount's heading left
    of another over a count and its measure heads the counts ('Amount Used' over '121,900
    gal')."""
    columns = list(columns)
    amounts = [k for k, c in enumerate(columns) if c.name == "amount"]
    for k, column in enumerate(columns):
        under = [s for s in below.segments if s.bbox[0] < column.x1 and s.bbox[2] > column.x0]
        words = [w for s in under for w in s.words]
        names = {c.name for c in columns}
        textual = column.name in ("unit", "code") or (column.name == "amount" and k != amounts[-1])
        if "description" not in names and textual and _prose(words):
            # the heading's last words may be all that was read as the column's
            x0 = min(column.x0, *(s.bbox[0] for s in under))
            columns[k] = Column("description", x0, column.x1)
        elif column.name == "amount" and k != amounts[-1] and "quantity" not in names:
            if _measured(words):
                columns[k] = replace(column, name="quantity")
    return columns


def _measured(words: list[Word]) -> bool:
    """A count and its measure: '1 ea', '121,900 gal'."""
    texts = [w.text.casefold().strip(".") for w in words]
    return len(texts) == 2 and bool(_COUNT.fullmatch(texts[0])) and texts[1].isalpha()


def _segment_height(segment: Segment) -> float:
    return segment.bbox[3] - segment.bbox[1]


def _worded_heading(segment: Segment) -> str | None:
    """The column a heading no list holds names by its words ('Service / Equipment
    Covered': the description): a short segment without digits whose naming words all
    name one column, with at most one word unknown."""
    toks = segment.tokens
    if not toks or len(toks) > MAX_HEADING_WORDS or any(c.isdigit() for c in segment.text):
        return None
    meanings = [heading_words().get(t) for t in toks]
    if sum(m is None for m in meanings) > 1:
        return None
    named = [m - {"filler"} for m in meanings if m is not None and m != {"filler"}]
    common = frozenset.intersection(*named) if named else frozenset()
    return next(iter(common)) if len(common) == 1 else None


def _assign(line: Line, columns: tuple[Column, ...]) -> dict[str, list[Word]]:
    """Each word of a row in the column it stands under; the words of letters of a run
    that opens or ends in a text column stay in it where the run reaches under a
    number's heading ('... elevador (cuota fija)' under 'P. unit. antes de IVA'; 'FOCO
    LED A19' opening left of its centred heading 'MATERIAL', past the count's)."""
    cells: dict[str, list[Word]] = {}
    bounds = [_bound(a, b) for a, b in itertools.pairwise(columns)]
    text = next((k for k, c in enumerate(columns) if c.name == "description"), 0)
    flush = next(
        (s.bbox[0] for s in line.segments if text and _under_start(s.words[0], columns[text])),
        None,
    )  # where a run opens flush with the description's heading, not its first column
    for segment in line.segments:
        indexes = [sum((w.bbox[0] + w.bbox[2]) / 2 > b for b in bounds) for w in segment.words]
        if flush is not None and segment.bbox[2] < flush:
            # '03 ene 2026 Servicio: Limpieza de filtro' before the description set flush
            # with its heading: no word of it is the description's
            indexes = [text - 1 if k == text else k for k in indexes]
        if columns[indexes[0]].name == "description" and cells.get("description"):
            if _COUNT.fullmatch(segment.text) or not segment.text.strip("-–— "):
                # '12  12  12', '-' under days no heading names
                cells.setdefault("other_quantity", []).extend(segment.words)
                continue
        texts = [k for k in (indexes[0], indexes[-1]) if columns[k].name in TEXT_COLUMNS]
        named = [columns[k].name for k in indexes]
        if named[0] == "code" and "description" in named:
            # 'Cargo por visita' opening under the code's heading, left of its own
            described = indexes[named.index("description")]
            indexes = [k if k != indexes[0] or _code_like(w.text) else described
                       for k, w in zip(indexes, segment.words, strict=True)]  # fmt: skip
        measure = len(segment.words[0].text) <= MEASURE_LETTERS and (
            len(segment.words) == 1 or segment.words[1].text not in ("-", "–", ":")
        )  # 'MSW - MUNICIPAL SOLID WASTE': a code, no measure
        if named[0] == "unit" and "description" in named and (cells.get("unit") or not measure):
            # 'TN | BULKY WASTE - FURNITURE': the measure stands apart; a run opening
            # after it, or with a word longer than a measure's ('ENVIRONMENTAL RECOVERY
            # FEE'), left of its centred heading, is the description
            described = indexes[named.index("description")]
            indexes = [described if columns[k].name == "unit" else k for k in indexes]
        indexes = _into_text(segment.words, indexes, columns)
        opening = columns[indexes[0]].name
        if opening == "description":
            indexes = _prose_under_figures(segment.words, indexes, columns)
        for word, index in zip(segment.words, indexes, strict=True):
            if texts and _lettered(word) and columns[index].name in NUMERIC:
                index = texts[0]
            elif (
                opening == "description"
                and columns[index].name == "date"
                and looks_like_date(word.text)
            ):
                pass  # '450 FREDERICKSBURG RD BLDG 1 02/05/2026': the date its column heads
            elif opening == "description" and columns[index].name in (*TEXT_COLUMNS, "detail"):
                index = indexes[0]  # '... - Edificio 4' reaching under the unit's heading
            elif opening == "description" and _filled_by_another(line, segment, columns[index]):
                # 'REFRIGERATOR WATER FILTER EVERYDROP 1' reaching towards 'Ord', whose own
                # figure stands under it apart
                index = indexes[0]
            cells.setdefault(columns[index].name, []).append(word)
    _unheaded_lead(cells, columns)
    _count_under_heading(cells, columns)
    return cells


_BRACKETED = re.compile(r"\([^)]*\)")


def _lettered(word: Word) -> bool:
    return any(c.isalpha() for c in word.text) and not any(c.isdigit() for c in word.text)


def _prose_under_figures(
    words: tuple[Word, ...], indexes: list[int], columns: tuple[Column, ...]
) -> list[int]:
    """A description's run that goes on in words under the figures' headings is a note
    ('Meter 945764314 · Energy ... Gross receipts reimb. 6.21 · PUC' under 'Current
    Charges'): a figure with such words after it is the note's, not its column's."""
    last = max(
        (j for j, (w, k) in enumerate(zip(words, indexes, strict=True))
         if _lettered(w) and columns[k].name in NUMERIC),
        default=-1,
    )  # fmt: skip
    return [indexes[0] if j < last and columns[k].name in NUMERIC else k
            for j, k in enumerate(indexes)]  # fmt: skip


def _filled_by_another(line: Line, segment: Segment, column: Column) -> bool:
    """Whether a number column's cell holds a word of another run, centred under it."""
    if column.name not in NUMERIC:
        return False
    pad = _segment_height(segment)
    return any(
        column.x0 - pad <= (w.bbox[0] + w.bbox[2]) / 2 <= column.x1 + pad
        for other in line.segments
        if other is not segment
        for w in other.words
    )


def _into_text(
    words: tuple[Word, ...], indexes: list[int], columns: tuple[Column, ...]
) -> list[int]:
    """The columns of a run's words where it opens under an item's detail: under the
    description, where most of it stands there, the words after its first word there
    and the specks before it ('2017 + Annual inspection ...' run together, the year under
    'Mfd.'), or the words of letters before it ('Servicio especializado ...' opening left
    of its centred heading); else the detail's, its words reaching under the description
    ('Bldg 5 fire alarm panel' under 'Site / Acct'). A word flush with the description's
    heading opens the description."""
    if columns[indexes[0]].name != "detail":
        return indexes
    text = [j for j, k in enumerate(indexes) if columns[k].name == "description"]
    aligned = [j for j in text if _under_start(words[j], columns[indexes[j]])]
    if aligned:  # 'Hydraulic passenger, North core Elevator maintenance': each under its own
        first = aligned[0]
        return [
            (indexes[first] if j >= first else indexes[0])
            if columns[k].name in TEXT_COLUMNS or (j > first and columns[k].name == "detail")
            else k
            for j, k in enumerate(indexes)
        ]
    if not text or 2 * len(text) <= len(indexes):
        return [indexes[0] if columns[k].name in TEXT_COLUMNS else k for k in indexes]
    first = text[0]
    lettered = all(w.text.strip(".,").isalpha() for w in words[:first])
    return [
        indexes[first]
        if columns[k].name == "detail"
        and (j > first or lettered or not any(c.isalnum() for c in w.text))
        else k
        for j, (k, w) in enumerate(zip(indexes, words, strict=True))
    ]


def _under_start(word: Word, column: Column) -> bool:
    """Whether a word opens where its column's heading does: a column's own text, set
    flush with its heading, not a run from the column before reaching under it."""
    return abs(word.bbox[0] - column.x0) < 0.25 * (word.bbox[3] - word.bbox[1])


def _count_under_heading(cells: dict[str, list[Word]], columns: tuple[Column, ...]) -> None:
    """Of two numbers in the count's cell, the one under its heading: the other stands in
    a column no heading names ('8' of Saturday's hours left of 'Total Hrs')."""
    words = cells.get("quantity", [])
    column = next((c for c in columns if c.name == "quantity"), None)
    if len(words) < 2 or column is None:
        return
    under = [w for w in words if w.bbox[0] < column.x1 and column.x0 < w.bbox[2]]
    if under and len(under) < len(words):
        cells["quantity"] = under
        for word in (w for w in words if w not in under):
            described = cells.get("description", [])
            # '... enero a marzo 2026': the year ends the description printed up to it
            if described and 0 <= word.bbox[0] - described[-1].bbox[2] < _word_height(word):
                described.append(word)
            else:
                cells.setdefault("other_quantity", []).append(word)


def _word_height(word: Word) -> float:
    return word.bbox[3] - word.bbox[1]


def _code_like(text: str) -> bool:
    return any(c.isdigit() for c in text) or bool(re.fullmatch(r"[A-Z]{2,}[-/.][A-Z0-9]+", text))


def _unheaded_lead(cells: dict[str, list[Word]], columns: tuple[Column, ...]) -> None:
    """Words standing clear left of a first description column belong to a column whose
    heading was not read (a shaded header cell lost by OCR): a lone number is the
    quantity, anything else an item code."""
    first = columns[0]
    words = cells.get(first.name, [])
    if first.name != "description" or not words:
        return
    height = max(w.bbox[3] - w.bbox[1] for w in words)
    lead = [w for w in words if w.bbox[2] < first.x0 - height]
    if not lead or len(lead) == len(words):
        return
    # 'Cargo por visita de servicio' opening far left of its centred heading runs on
    # into the column: words close before the column's first stay in the text
    ordered = sorted(words, key=lambda w: w.bbox[0])
    start = min(ordered.index(w) for w in words if w not in lead)
    # a scan's spaces are wide: a word's gap as wide as the run's own spaces runs on
    spaces = [b.bbox[0] - a.bbox[2] for a, b in itertools.pairwise(ordered)]
    reach = max(height, SPACE_REACH * median(spaces)) if spaces else height
    while start and ordered[start].bbox[0] - ordered[start - 1].bbox[2] < reach:
        counted = start == 1 and _COUNT.fullmatch(ordered[0].text)  # opening the row
        if RULE.fullmatch(ordered[start - 1].text) or counted:
            break  # '1 | Cargo por visita': a count, or a rule between the columns
        start -= 1
    lead = ordered[:start]
    if not lead:
        return
    cells[first.name] = [w for w in words if w not in lead]
    numeric = len(lead) == 1 and re.fullmatch(r"\d+(?:[.,]\d+)?", lead[0].text)
    name = "quantity" if numeric and all(c.name != "quantity" for c in columns) else "code"
    cells.setdefault(name, []).extend(lead)


def _bound(left: Column, right: Column) -> float:
    """Where one column ends and the next begins. Text runs long and numbers stand
    right-aligned under their heading, so a text column reaches almost to the heading
    of the number column after it."""
    if left.name in TEXT_COLUMNS and right.name in NUMERIC:
        return right.x0 - 0.25 * (right.x0 - left.x1)
    return (left.x1 + right.x0) / 2


def _text(words: list[Word] | None) -> str:
    """The words' text without rules, nor the lines of a form's blanks ('pump __'), nor
    a speck read as a sign before the first word ('+ Annual inspection')."""
    kept = (w.text.strip("_") for w in words or [] if not RULE.fullmatch(w.text))
    return _SPECK_SIGN.sub("", " ".join(text for text in kept if text))


_SPECK_SIGN = re.compile(r"^[+=~*•·]\s+(?=[^\W\d])")


_PER_UNIT = re.compile(r"\s*/\s*[^\W\d]{1,6}\.?$")  # '$85.00/hr', '42,50 €/Std.'


def _last_apart(words: list[Word] | None) -> list[Word] | None:
    """The last of a cell's figures standing apart with its cents ('3,500' far left of
    '925.00' under 'Tarifa mensual' where the count's own heading was lost to a scan; a
    rule's speck read as '1' right of '120.01'): one amount is printed in one run, never
    two joined across a gap."""
    if not words:
        return words
    runs = [[words[0]]]
    for a, b in itertools.pairwise(words):
        if b.bbox[0] - a.bbox[2] > 2 * _word_height(a) and any(c.isdigit() for c in b.text):
            runs.append([])
        runs[-1].append(b)
    priced = [run for run in runs if has_cents(_text(run))]
    return (priced or runs)[-1]


def _row(cells: dict[str, list[Word]], conv: Conventions) -> dict[str, object] | None:
    amount = parse_amount(_text(_last_apart(cells.get("amount"))), conv)
    if amount is None and cells.get("amount"):  # 'ne  10.33': a pad's ruling read as letters
        amount = parse_amount(_text(_without_specks(cells["amount"])), conv)
    if amount is None:
        if "amount" in cells:
            return None
        amount = parse_amount(_text(cells.get("unit_price")), conv)
        if amount is None:
            return None
    price = _PER_UNIT.sub("", _text(cells.get("unit_price")))
    unit = parse_amount(price, conv)
    if unit is None:  # 'kWh  0.1362': the measure printed in the price's column
        price = _text([w for w in cells.get("unit_price", []) if any(c.isdigit() for c in w.text)])
        unit = parse_amount(price, conv)
    numbers = [parse_number(w.text, conv) for w in cells.get("quantity", [])]
    numbers = [n for n in numbers if n is not None]
    quantity = numbers[0] if len(numbers) == 1 else None
    dates = find_dates(_text(cells.get("date")), conv)
    value = amount.value
    if unit is not None and has_decimals(unit) and not has_decimals(amount):
        # '113.21 | 11321': the amount's point lost to a scan, its price times its count
        if value / 100 == unit.value * (quantity if quantity is not None else 1):
            value /= 100
    return {
        "amount": value,
        "unit_price": unit.value if unit else _rate(price, conv),
        "quantity": quantity,
        "date": dates[0].value if dates else None,
    }


def _without_specks(words: list[Word]) -> list[Word]:
    """A cell's words without specks OCR read as a letter or two beside its figures."""
    kept = [w for w in words if any(c.isdigit() for c in w.text)]
    specks = [w for w in words if w not in kept]
    return kept if all(len(w.text) <= 2 for w in specks) else words


def _rate(text: str, conv: Conventions) -> Decimal | None:
    """A price of one unit finer than a cent ('0.1362' a kWh), written with the
    document's decimal mark."""
    mark = "," if conv.decimal_comma else "."
    match = re.fullmatch(r"[$€£]?\s?(\d{1,4}" + re.escape(mark) + r"\d{3,5})", text.strip())
    return Decimal(match.group(1).replace(",", ".")) if match else None


def _is_totals(document: Document, line: Line) -> bool:
    """A line a totals label opens, or closes in two or three words ('Work Subtotal')."""
    for segment in line.segments:
        for hit in document.hits_in(segment):
            closing = hit.start <= 2 and hit.end == len(segment.tokens)
            if any(
                label.field in TOTAL_FIELDS
                and (hit.start == 0 or (closing and label.field in CLOSING and label.strong))
                for label in hit.labels
            ):
                return True
    return False


def _priced_item(document: Document, line: Line, table: Table) -> bool:
    """An item whose count times its price makes its amount, opening with words no label
    opens: a tax's name in its row is the item's tax code ('Ácido muriático | 2.00 Galón |
    13.01 | IVU 11.5% | $ 26.02'), no totals row."""
    if any(_labels_figure(document, s) and not _tax_code(s) for s in line.segments):
        return False  # 'Importe con letra: | Suma de los conceptos | $ 348.00'
    cells = _assign(line, table.columns)
    row = _row(cells, document.conventions)
    if row is None or not _text(cells.get("description")).strip():
        return False
    quantity, price, amount = row["quantity"], row["unit_price"], row["amount"]
    if not isinstance(price, Decimal) or not isinstance(amount, Decimal):
        return False
    if not isinstance(quantity, Decimal):  # '2.00 Unidades' wider than its column
        beside = [
            parse_number(w.text, document.conventions) for w in cells.get("other_quantity", [])
        ]
        counts = [n for n in beside if n is not None]
        quantity = counts[0] if len(counts) == 1 else Decimal(1)
    return quantity > 0 and abs(quantity * price - amount) <= Decimal("0.01") * quantity


def _heading_goes_on(line: Line, table: Table, above: float, height: float) -> bool:
    """A line of words without figures right under the headings, each under one of them:
    the headings' second line ('Clave del producto' over 'y/o servicio')."""
    if line.bbox[1] - above > height or any(c.isdigit() for c in line.text):
        return False
    return all(
        any(c.x0 - height <= s.bbox[0] and s.bbox[2] <= c.x1 + 3 * height for c in table.columns)
        for s in line.segments
    )


def _next(layout: PageLayout, line: Line) -> Line | None:
    return layout.lines[line.index + 1] if line.index + 1 < len(layout.lines) else None


def _indented(line: Line, table: Table, height: float) -> bool:
    """A row of headings opening well right of the table's first column: a breakdown of
    the item above, not a new table."""
    return line.bbox[0] > table.columns[0].x1 + 2 * height


def _tax_code(segment: Segment) -> bool:
    """A tax named with its rate alone ('IVU 11.5%'): an item's tax code, no sum's label."""
    return PERCENT.search(segment.text) is not None and not any(
        c.isdigit() for c in PERCENT.sub("", segment.text)
    )


def _labels_figure(document: Document, segment: Segment) -> bool:
    """A label opening the segment, standing alone or over a figure; not a word opening an
    item's description ('Abono granulado para áreas verdes')."""
    for hit in document.hits_in(segment):
        rest = [w.text.strip(".,") for w in segment.words[hit.value_word :]]
        worded = sum(len(w) >= 3 and w.isalpha() for w in rest) >= 2
        if hit.start == 0 and (
            hit.colon or not worded or any(c.isdigit() for w in rest for c in w)
        ):
            return True  # 'Suma de los conceptos P', 'Subtotal USD': a label all the same
    return False


FOOT_GAP = 5  # word heights of blank between the last item and a sum at the page's foot


def _read_rows(document: Document, layout: PageLayout, start: int, table: Table) -> None:
    conv = document.conventions
    height = layout.word_height
    continued = start < 0  # a table running on from the page before: no header here
    previous_bottom = layout.lines[start].bbox[3] if not continued else 0.0
    pending: list[str] = []
    pending_x: list[float] = []  # where each pending line's description opens
    described: list[Word] = []  # the words of the last item's description
    grouped = False  # whether a pending line prints in a column before the description
    led = False  # whether the last item's row prints in such a column
    wrapped: tuple[float, Line] | None = None  # a lone pending line's gap to the item above
    nested: float | None = None  # where a breakdown under the last item opens
    for line, indices in _rows_of(layout, start, table):
        if nested is not None and line.bbox[0] > nested - height:
            table.lines.extend((layout.number, index) for index in indices)
            previous_bottom = line.bbox[3]
            continue  # 'IVA | Traslado | 98,415.00 | Tasa | 0.160000 | 15,746.40' of its breakdown
        nested = None
        if not table.items and _heading_goes_on(line, table, previous_bottom, height):
            table.lines.extend((layout.number, index) for index in indices)
            previous_bottom = line.bbox[3]
            continue  # 'y/o servicio | unidad | impuesto': the headings' second line
        if (
            table.items
            and _indented(line, table, height)
            and _header_columns(line, _next(layout, line))
        ):
            # 'Impuesto | Tipo | Base | Importe' under a CFDI's concept: its taxes' table
            nested = line.bbox[0]
            table.lines.extend((layout.number, index) for index in indices)
            previous_bottom = line.bbox[3]
            continue
        totals = _is_totals(document, line) and not _priced_item(document, line, table)
        # a section's sum under the header the next page repeats closes the section the
        # page before began ('Total Apto. D1  885.00' over 'APTO. B6')
        far = previous_bottom and line.bbox[1] - previous_bottom > FOOT_GAP * height
        if (
            totals
            and (table.items or table.before)
            and not far
            and _section_sum(document, layout, line, table)
        ):
            table.lines.append((layout.number, line.index))  # 'Labor Subtotal' of a section
            previous_bottom = line.bbox[3]
            continue
        if totals and table.items and _figured_under(line, described):
            # 'Impuestos: Traslado IVA 16% Base 8,500.00 Importe 1,360.00' in small type
            # under a CFDI's concept: its tax, no totals row
            table.lines.extend((layout.number, index) for index in indices)
            previous_bottom = line.bbox[3]
            continue
        if totals or _header_columns(line):
            table.ended = totals
            table.totals = line if totals else None
            return
        if _NOISE.search(line.text):
            continue
        if continued:
            if _row(_assign(line, table.columns), conv) is None:
                continue
            continued = False
            previous_bottom = line.bbox[1]
        gap = line.bbox[1] - previous_bottom
        if table.items and gap > 4 * height:
            table.ended = True
            return
        cells = _without_trailing_dates(_assign(line, table.columns), conv, height)
        row = _row(cells, conv)
        if row is None and described and cells.get("description"):
            # 'Unidad de servicio' under the unit's key, left of the description above
            edge = min(w.bbox[0] for w in described) - height / 2
            kept = [w for w in cells["description"] if w.bbox[2] > edge]
            run = next(s for s in line.segments if kept[-1] in s.words) if kept else None
            # '... correspondiente al' running on under the price's heading
            cells["description"] = [w for w in run.words if w.bbox[2] > edge] if run else kept
        description = _text(cells.get("description")).strip()
        if tokens(description) in carried_over():
            continue  # 'Übertrag 2.000,00': the sum of the page before, no item
        if row is not None and _only_dates(description, conv):
            row = None  # 'Svc. From | Svc. To | Total Due' over their values: no item
        table.lines.extend((layout.number, index) for index in indices)
        previous_bottom = line.bbox[3]
        if row is not None and _figured_note(cells.get("description", []), described):
            continue  # 'Objeto imp.: 02 ... Base 650.00 | Importe 104.00': the item's tax
        if row is None and table.items and _described_below(table, line):
            # 'Descripción: Reflector LED de pared 40W' under a CFDI's concept whose
            # columns name no description: the item's own words
            _describe(table, line)
            continue
        if row is None:
            heading = (
                description.isupper() and any(c.islower() for c in table.items[-1].description)
                if table.items
                else False
            )
            if _note_under(cells.get("description", []), described) or _reaches_figures(
                cells.get("description", []), described, table.columns
            ):
                continue  # a note on the item above, whatever its distance
            if table.items and _period(description, conv):
                continue  # 'Jan 31 – Feb 27, 2026' under a subscription's line: its term
            lead = _lead(cells, table.columns)
            if description and table.items and gap < 1.2 * height and not pending:
                if not heading and (led or not lead):
                    _extend(table, description, line)
                    continue
            if description:
                wrapped = (gap, line) if table.items and not pending else None
                pending.append(description)
                pending_x.append(min(w.bbox[0] for w in cells["description"]))
                grouped = grouped or lead
            continue
        if not description and table.items and _worded(cells) and not table.described_below:
            if _items_follow(document, layout, line, table):
                continue  # 'Order 5942926-002 total  $230.69' with the next order's under it
            table.ended = True  # 'Gross Amount  $2,430.00' under the items: the totals
            table.sums = line
            del table.lines[-len(indices) :]
            return
        if pending and any(c.islower() for c in description):
            # 'LABOR CHARGES', 'PARTS INSTALLED' over items in small letters: headings
            # a note in brackets after the heading keeps it one ('MATERIALS & SUPPLIES
            # (store receipts available on request)')
            pending = [p for p in pending if any(c.islower() for c in _BRACKETED.sub("", p))]
        if pending and cells.get("description"):
            # 'Water Service' over its charges indented under it: a section's heading; a
            # group's ('Wed 10/01/25 | Crew leader D. Pham') stands in a column before them
            indent = min(w.bbox[0] for w in cells["description"]) - min(pending_x)
            pending = [] if indent > (height / 2 if grouped else height) else pending
        if table.items and _sums_items(row, line, cells.get("description", []), described, table):
            if _items_follow(document, layout, line, table):
                continue  # 'Order 5942926-002 total  $230.69' with the next order's under it
            table.ended = True  # '... extra work | Crew Labor & Materials | $2,778.00'
            table.sums = line
            del table.lines[-len(indices) :]
            return
        if len(pending) == 1 and wrapped is not None and not grouped and wrapped[0] < WRAP * gap:
            # 'INSECTICIDA GRANULADO 10' over 'LB', the next item further down: the line
            # closer to the item above ends its description
            _extend(table, pending.pop(), wrapped[1])
        text = " ".join([*pending, description]).strip()
        pending, pending_x, grouped, wrapped = [], [], False, None
        described = cells.get("description", [])
        led = _lead(cells, table.columns)
        words = line.words
        confidence = min(w.confidence for w in words)
        table.items.append(
            LineItem(
                description=text,
                amount=row["amount"],  # type: ignore[arg-type]
                quantity=row["quantity"],  # type: ignore[arg-type]
                unit_price=row["unit_price"],  # type: ignore[arg-type]
                date=row["date"],  # type: ignore[arg-type]
                page=layout.number,
                bbox=union([w.bbox for w in words]),
                confidence=confidence,
            )
        )


def _without_trailing_dates(
    cells: dict[str, list[Word]], conv: Conventions, height: float
) -> dict[str, list[Word]]:
    """A row's cells with the dates standing apart after its description, under no
    heading of their own ('... maintenance - monthly   01-JAN-2026  31-MAR-2026' where
    'From | To' were not read), as its dates."""
    words = cells.get("description", [])
    cut = len(words)
    for k in range(len(words) - 1, 0, -1):
        if words[k].bbox[0] - words[k - 1].bbox[2] > 2 * height:
            if not _only_dates(_text(words[k:cut]), conv):
                break
            cut = k
    if cut == len(words):
        return cells
    kept = dict(cells)
    kept["description"] = words[:cut]
    kept["date"] = [*words[cut:], *cells.get("date", [])]
    return kept


def _lead(cells: dict[str, list[Word]], columns: tuple[Column, ...]) -> bool:
    """Whether a row prints in a column before the description ('Wed 10/01/25' under
    'Visit'): a new row, no description wrapped onto its next line."""
    text = next((c for c in columns if c.name == "description"), None)
    return text is not None and any(
        w.bbox[2] <= text.x0
        for name, words in cells.items()
        if name != "description"
        for w in words
    )


def _sums_items(
    row: dict[str, object], line: Line, text: list[Word], described: list[Word], table: Table
) -> bool:
    """Whether a row is the sum of the items above it, printed apart from them: no
    other price, and opening clear of where the items open, or its text clear of theirs
    ('Contract crews are billed ... | Crew Labor & Materials | $2,778.00', a note beside
    the first sum; 'Suma de los conceptos' far right of the concepts)."""
    priced = row["unit_price"] not in (None, row["amount"])
    if priced or (len(table.items) < 2 and not table.before):
        return False
    own = _items_sum([table])
    if row["amount"] not in (own, table.before + own):
        return False  # the sum of this table's items, or of all the items so far
    if _sum_named(text):
        return True  # 'Importe de la energía | $72,303.40' under the energy's charges
    height = _line_height(line)
    if text and described and abs(text[0].bbox[0] - described[0].bbox[0]) > 2 * height:
        return True
    return all(abs(line.bbox[0] - item.bbox[0]) > height for item in table.items)


def _sum_named(text: list[Word]) -> bool:
    """Whether a row's text opens with a sum's word ('Importe ...', 'Total ...')."""
    first = tokens(" ".join(w.text for w in text[:1]))
    return bool(first) and "total" in word_meanings().get(first[0], frozenset())


def _amount_shown(segments: list[Segment], last: Column) -> bool:
    """Whether a row shows its amount under the table's last heading, the amount's: a
    figure further right stands in a panel beside the table ('NOW OWING | $450.00')."""
    return last.name == "amount" and any(
        _figures(s.text) and s.bbox[2] >= last.x0 for s in segments
    )


def _figures(text: str) -> bool:
    """Whether a run is only figures ('8.00', '$ 1,245.00', '43.90 T'): an amount
    standing right of its heading; a column beside the table opens with words
    ('Adeudo del periodo anterior | $4,354.25')."""
    return bool(_FIGURES.fullmatch(text.strip())) and any(c.isdigit() for c in text)


_FIGURES = re.compile(r"[-$€£(]*\s?[\d.,\s]+\)?(?:\s?[A-Z%])?")


ROW_OVERLAP = 0.4  # of the lower line's height: two lines the page split are one row


def _rows_of(layout: PageLayout, start: int, table: Table) -> Iterator[tuple[Line, list[int]]]:
    """The lines under a table's header within its span, and the indices of the page's
    lines each was made of. A column of the page beside the table (the parties down the
    left, a stub down the right) is no part of it; without it, two lines the page split
    at a neighbour's baseline stand level and make one row ('Water usage | 121,900 gal'
    beside '0.0063 | 767.97')."""
    kept = []
    last = table.columns[-1]
    for printed in layout.lines[start + 1 :]:
        inside = [s for s in printed.segments if s.bbox[2] >= table.left]
        beside = next(
            (k for k, s in enumerate(inside) if s.bbox[0] > table.right and not _figures(s.text)),
            len(inside),
        )
        segments = tuple(inside[:beside])
        if segments:
            kept.append((Line(printed.page, printed.index, segments), [printed.index]))
    k = 0
    while k < len(kept):
        line, indices = kept[k]
        while k + 1 < len(kept) and _level(line, kept[k + 1][0]):
            k += 1
            other, more = kept[k]
            segments = tuple(sorted((*line.segments, *other.segments), key=lambda s: s.bbox[0]))
            line, indices = Line(line.page, line.index, segments), [*indices, *more]
        shown = [
            s
            for n, s in enumerate(line.segments)
            if not (s.bbox[0] > table.right and _amount_shown(list(line.segments[:n]), last))
        ]
        if len(shown) < len(line.segments):
            line = Line(line.page, line.index, tuple(shown))
        yield line, indices
        k += 1


def _first_row(layout: PageLayout, header: int) -> Line | None:
    """The line under a header row, with the lines standing level with it that the page
    split off at a neighbour's baseline."""
    lines = layout.lines[header + 1 :]
    if not lines:
        return None
    row = lines[0]
    for other in lines[1:]:
        if not _level(row, other):
            break
        segments = tuple(sorted((*row.segments, *other.segments), key=lambda s: s.bbox[0]))
        row = Line(row.page, row.index, segments)
    return row


def _level(line: Line, other: Line) -> bool:
    """Whether two lines stand level, neither's segments overlapping the other's."""
    top, bottom = max(line.bbox[1], other.bbox[1]), min(line.bbox[3], other.bbox[3])
    low = min(line.bbox[3] - line.bbox[1], other.bbox[3] - other.bbox[1])
    if bottom - top < ROW_OVERLAP * low:
        return False  # the common case, told without pairing the segments
    return all(
        a.bbox[2] < b.bbox[0] or b.bbox[2] < a.bbox[0]
        for a in line.segments
        for b in other.segments
    )


def _section_sum(document: Document, layout: PageLayout, line: Line, table: Table) -> bool:
    """A totals line that is a sum named after its section ('Labor Subtotal 407.50'),
    with more items after it before any other totals line: the table goes on."""
    named = {lb.field for s in line.segments for hit in document.hits_in(s) for lb in hit.labels}
    if not named & CLOSING or not find_amounts(line.text, document.conventions):
        return False  # 'Base | % | Impuesto | Total' over their sums: captions, no section's
    return _items_follow(document, layout, line, table)


def _items_follow(document: Document, layout: PageLayout, line: Line, table: Table) -> bool:
    """Whether an item of the table follows within the next lines, before any totals or
    another table's headings."""
    for later in layout.lines[line.index + 1 : line.index + 4]:
        if _priced_row(_row(_assign(later, table.columns), document.conventions)):
            return True  # 'Rubber stamp PAID | 1 | 21.14 | 21.14': an item, whatever it says
        if _is_totals(document, later) or _names_sum(document, later):
            return False  # 'Security Svc. Tax (7%)  $285.60' next: the totals go on
        headings = len(later.segments) >= 3 and not any(c.isdigit() for c in later.text)
        if headings or _header_columns(later) is not None:
            return False  # 'Register | Previous Read | ...': the next meter's reads
        if _values(document, later) & _values(document, line):
            return False  # 'Servicios sujetos a retención  $1,103.00' under the sum: its base
        cells = _assign(later, table.columns)
        described = any(c.isalpha() for c in _text(cells.get("description")))
        aligned = (
            not table.items or abs(later.bbox[0] - table.items[-1].bbox[0]) < 2 * layout.word_height
        )
        labelled = any(document.is_label(s) for s in later.segments)  # 'Remit To: ... 34787'
        if described and aligned and not labelled and _row(cells, document.conventions) is not None:
            return True
    return False


def _values(document: Document, line: Line) -> set[Decimal]:
    """The sums with cents the line prints."""
    found = find_amounts(line.text, document.conventions)
    return {amount.value for amount in found if has_cents(amount.text)}


def _priced_row(row: dict[str, object] | None) -> bool:
    """Whether a row's count times its price makes its amount: an item's row."""
    if row is None:
        return False
    count, price, amount = row["quantity"], row["unit_price"], row["amount"]
    if isinstance(count, Decimal) and isinstance(price, Decimal) and isinstance(amount, Decimal):
        return abs(count * price - amount) <= CENT
    return False


def _names_sum(document: Document, line: Line) -> bool:
    return any(
        label.field in TOTAL_FIELDS
        for segment in line.segments
        for hit in document.hits_in(segment)
        for label in hit.labels
    )


def _worded(cells: dict[str, list[Word]]) -> bool:
    """Whether a row without a description prints words elsewhere: a totals label."""
    return any(
        sum(c.isalpha() for c in w.text) >= 3
        for name, words in cells.items()
        if name != "description"
        for w in words
    )


def _only_dates(text: str, conv: Conventions) -> bool:
    """Whether a description holds dates and nothing else: no item's text."""
    folded = fold(text)
    dates = find_dates(text, conv)
    for found in reversed(dates):
        folded = folded[: found.start] + folded[found.end :]
    return bool(dates) and not any(c.isalpha() for c in folded)


# what stands before a period's last date: its first date, perhaps without the year, and
# the dash or word between ('Jan 31 –', '01/31 -', '31 ene al')
_PERIOD_OPENING = re.compile(
    r"\s*(?:[a-z]{3,9}\.?\s+\d{1,2}|\d{1,2}\s+(?:de\s+)?[a-z]{3,9}\.?|\d{1,2}[/.-]\d{1,2}"
    r"(?:[/.-]\d{2,4})?)?,?\s*(?:[–—-]|to|through|thru|al|a|hasta)\s*"
)


def _period(text: str, conv: Conventions) -> bool:
    """Whether a line holds a period of dates and nothing else ('Jan 31 – Feb 27, 2026')."""
    dates = find_dates(text, conv)
    if not dates:
        return False
    folded = fold(text)
    last = dates[-1]
    before = folded[: last.start]
    for found in reversed(dates[:-1]):
        before = before[: found.start] + before[found.end :]
    return not folded[last.end :].strip(" .") and bool(_PERIOD_OPENING.fullmatch(before))


def _note_under(words: list[Word], described: list[Word]) -> bool:
    """Whether a line under an item is a note on it, not its description running on:
    set in smaller type and indented ('Tech J. Ramirez - W.O. 36442' in grey under
    'Dishwasher drain pump') or opening with a label ('Clave prod./serv.: 72101510').
    A description wrapped onto its next line keeps its size and its left edge; a note
    named so is one in any type, one in clearly smaller type wherever it opens."""
    if not words or not described:
        return False
    size, item_size = _type_height(words), _type_height(described)
    indented = words[0].bbox[0] > described[0].bbox[0] + size
    closing = next((k for k, w in enumerate(words[:3]) if w.text.endswith(":")), None)
    if closing is not None and fold(words[closing].text.rstrip(":")) in note_words():
        return True  # 'Crew note: Fire ant mounds by the pool fence', in the items' type
    if (
        closing is not None
        and len(words) > 1
        and words[-2].text.endswith(":")
        and _CODED.fullmatch(words[-1].text)
    ):
        return True  # 'Mfr: Whirlpool Mfr Part: 341241' under a part's name: its maker's
    if size < SMALL_NOTE * item_size and _capped(words) and _capped(described):
        return True  # 'Service ticket 4960230 - mechanic E. Santos' in small italics
    return size < NOTE_SIZE * item_size and (indented or closing is not None)


def _reaches_figures(words: list[Word], described: list[Word], columns: tuple[Column, ...]) -> bool:
    """Whether a line under an item runs on under two more columns' headings where the
    item's own words stay left of them: a note on it ('Meter 945764314 · Energy 2,478 kWh x
    $0.0721 = 178.66 · ... · PUC' under '450 FREDERICKSBURG RD BLDG 1'), no wrapped
    description."""
    if not words or not described:
        return False
    end = max(w.bbox[2] for w in described)
    later = sorted(c.x0 for c in columns if c.x0 > end)
    return len(later) >= 2 and max(w.bbox[2] for w in words) > later[1]


_CODED = re.compile(r"[A-Z]*\d[\w-]*")  # a code: 'P106', '5303918214'


def _figured_note(words: list[Word], described: list[Word]) -> bool:
    """Whether a line with figures under an item is a note on it: smaller type opening
    with a label ('Objeto imp.: 02 - Sí objeto de impuesto ... Importe 104.00')."""
    if not words or not described:
        return False
    labelled = any(w.text.endswith(":") for w in words[:3])
    return labelled and _type_height(words) < NOTE_SIZE * _type_height(described)


def _figured_under(line: Line, described: list[Word]) -> bool:
    """A note with figures, one run set under the item's description: not left of it
    ('Vendedor: Paty | TOTAL $ 552.78'), nor beside a sum's label ('Importe con letra: |
    Suma de conceptos | $1,240.00'), which make the totals row."""
    words = list(line.words)
    if len(line.segments) != 1 or not described:
        return False
    under = words[0].bbox[0] >= described[0].bbox[0] - _word_height(words[0])
    return under and _figured_note(words, described)


_DESCENDERS = set("gjpqy,;()[]{}|/")


def _type_height(words: list[Word]) -> float:
    """The size of the type of these words, as the height of words reaching a capital's
    or an ascender's top without dropping below the line ('Labor', 'lid'); of all words
    where none does."""
    tall = [w for w in words if not _DESCENDERS & set(w.text) and _reaches_top(w.text)]
    return median(w.bbox[3] - w.bbox[1] for w in tall or words)


def _capped(words: list[Word]) -> bool:
    """Whether some of the words measure their type: a capital's or an ascender's top
    and no descender ('surcharge' alone gives no measure to compare)."""
    return any(not _DESCENDERS & set(w.text) and _reaches_top(w.text) for w in words)


def _reaches_top(text: str) -> bool:
    return any(c.isupper() or c.isdigit() or c in "bdfhklt" for c in text)


def _has_description(table: Table) -> bool:
    return any(c.name == "description" for c in table.columns)


def _description_label(line: Line) -> bool:
    """Whether a line opens with a description's label and its colon ('Descripción:')."""
    first = line.words[0].text
    return first.endswith(":") and column_headings().get(tokens(first)) == "description"


def _described_below(table: Table, line: Line) -> bool:
    """Whether a line opens with a description's label and words after it, under the
    item of a table whose columns name no description."""
    return (
        not _has_description(table)
        and not table.items[-1].description
        and _description_label(line)
        and len(line.words) > 1
    )


def _describe(table: Table, line: Line) -> None:
    item = table.items[-1]
    text = " ".join(w.text for w in line.words[1:])
    table.items[-1] = replace(item, description=text, bbox=union([item.bbox, line.bbox]))
    table.described_below = True


def _extend(table: Table, description: str, line: Line) -> None:
    item = table.items[-1]
    table.items[-1] = LineItem(
        description=f"{item.description} {description}".strip(),
        amount=item.amount,
        quantity=item.quantity,
        unit_price=item.unit_price,
        date=item.date,
        page=item.page,
        bbox=union([item.bbox, line.bbox]) if item.page == line.page else item.bbox,
        confidence=item.confidence,
    )


def find_tables(document: Document) -> list[Table]:
    tables: list[Table] = []
    current: Table | None = None
    for layout in document.layouts:
        found = _tables_on(document, layout, _items_sum(tables))
        if found:
            tables.extend(found)
            current = found[-1]
        elif current is not None and not current.ended:
            _read_rows(document, layout, -1, current)
    return tables


def _items_sum(tables: list[Table]) -> Decimal:
    return line_sum(tuple(item for table in tables for item in table.items)) or Decimal(0)


def _tables_on(document: Document, layout: PageLayout, before: Decimal) -> list[Table]:
    """The tables under the page's header rows that head any items, one after another
    ('Labor Performed | ...' and, under its total, 'Material Furnished | ...'); where none
    heads items, the table under its first header row ('Limpieza Total del Caribe |
    FACTURA POR SERVICIOS' over the letterhead heads none)."""
    tables: list[Table] = []
    first: Table | None = None
    read_to = -1  # the last line of the tables read so far
    for line in layout.lines:
        if line.index <= read_to:
            continue
        columns = _header_columns(line, _first_row(layout, line.index))
        if columns is None or (tables and not _another_table(document, line, columns)):
            continue
        if _heads_further(layout, line, columns):
            continue  # 'Item | From Previous' over 'No. | Description of Work | ...
        if _captions_values(document, line, columns):
            continue
        if _described_over(layout, line, columns):
            continue  # 'DESCRIPCION' over 'CLAVE CANT x P.UNIT  IMPORTE': lines, no columns
        left = min(c.x0 for c in columns) - SIDE_GAP * layout.word_height
        left = min(left, _centred_over(layout, line, columns))
        last = columns[-1]
        right = last.x1 + SIDE_GAP * layout.word_height if last.name in NUMERIC else float("inf")
        table = Table(columns, [(layout.number, line.index)], left=left, right=right)
        table.before = before + _items_sum(tables)
        _read_rows(document, layout, line.index, table)
        if table.items and not (tables and _payment_schedule(table)):
            tables.append(table)
            read_to = max(index for page, index in table.lines if page == layout.number)
        first = first or table
    return tables or ([first] if first is not None else [])


MAX_INSTALMENTS = 3


def _centred_over(layout: PageLayout, line: Line, columns: tuple[Column, ...]) -> float:
    """Where the table's first column opens when its heading stands centred over it
    ('DESCRIPTION' over 'Rekey lock cylinder, 5-pin, 2 keys'): the first row's text
    runs from further left to under the heading."""
    first = _first_row(layout, line.index)
    if first is None or columns[0].name != "description":
        return float("inf")
    under = [s.bbox[0] for s in first.segments if s.bbox[0] < columns[0].x0 < s.bbox[2]]
    return min(under, default=float("inf")) - layout.word_height


def _described_over(layout: PageLayout, line: Line, columns: tuple[Column, ...]) -> bool:
    """Whether the headings name no description and the line over them names it alone
    ('DESCRIPCION' over 'CLAVE CANT x P.UNIT  IMPORTE'): each item's words stand on their
    own line over its figures, a till's list rather than a table's columns."""
    if line.index == 0 or any(c.name == "description" for c in columns):
        return False
    over = layout.lines[line.index - 1]
    if len(over.segments) != 1 or line.bbox[1] - over.bbox[3] > 2 * layout.word_height:
        return False
    found, left = _segment_headings(over.segments[0].words)
    # 'Descripción: ...' under each concept's figures: a table's rows, described below
    labelled = any(_description_label(ln) for ln in layout.lines[line.index + 1 : line.index + 5])
    return [c.name for c in found] == ["description"] and not left and not labelled


def _payment_schedule(table: Table) -> bool:
    """'Fecha de cargo | Medio de cobro | Importe del vencimiento' in a table after the
    items: the dates the bill falls due and what is owed on each, no items. A few dated
    rows, neither counted nor priced, that owe together at least what the items above
    them sum to (their tax on top)."""
    amounts = [item.amount for item in table.items]
    return (
        any(c.name == "date" for c in table.columns)
        and all(item.quantity is None and item.unit_price is None for item in table.items)
        and len(amounts) <= MAX_INSTALMENTS
        and all(amount is not None and amount > 0 for amount in amounts)
        and table.before > 0
        and sum(a for a in amounts if a is not None) >= table.before
    )


def _heads_further(layout: PageLayout, line: Line, columns: tuple[Column, ...]) -> bool:
    """Whether the line under a header row is the header's own second line, naming more
    columns, a description among them: the table's columns are the lower line's."""
    if line.index + 1 >= len(layout.lines):
        return False
    lower = layout.lines[line.index + 1]
    if lower.bbox[1] - line.bbox[3] > _line_height(line):
        return False
    under = _header_columns(lower, _first_row(layout, lower.index))
    return (
        under is not None
        and len(under) > len(columns)
        and any(c.name == "description" for c in under)
    )


def _captions_values(document: Document, line: Line, columns: tuple[Column, ...]) -> bool:
    """'Customer Account ID | Bill Due Date | Total Amount to Pay' over a stub's values:
    what heads the text column is wholly a number's or a date's label, and the row under
    it that field's value; 'INVOICE DETAILS | Billed To': a party's heading beside
    captions. No items either way; a lone 'To' beside dates ends their period."""
    text = next((c for c in columns if c.name == "description"), None)
    dated = any(c.name == "date" for c in columns)  # 'From | To' head a period's dates
    for segment in line.segments:
        heads_text = text is not None and segment.bbox[0] <= text.x0 < segment.bbox[2]
        heads = any(c.x0 < segment.bbox[2] and segment.bbox[0] < c.x1 for c in columns)
        for hit in document.hits_in(segment):
            if hit.start != 0 or hit.end != len(segment.tokens):
                continue
            for label in hit.labels:
                if heads and label.field in _PARTIES and not (dated and len(segment.tokens) == 1):
                    return True  # not 'INVOICED TO' down a side column beside the table
                if heads_text and label.kind in ("identifier", "date"):
                    return True
                if heads and text is None and _caption(label, segment):
                    return True  # 'Account Number | Due Date | Total Due': no text column
    return False


def _caption(label: Label, segment: Segment) -> bool:
    """A heading of two words or more that wholly names a number or a date of the
    document ('Account Number', 'Due Date'), not one of a column ('Date', 'Ticket #')."""
    return label.kind in ("identifier", "date") and label.strong and len(segment.tokens) > 1


_PARTIES = {"bill_to", "remit_to", "ship_to"}  # a "Sold By" column heads a unit of sale


def _another_table(document: Document, line: Line, columns: tuple[Column, ...]) -> bool:
    """Whether a header row under a table's items heads more items: it names their
    descriptions, and none of its headings names a sum ('Base gravable | Tasa | Cuota
    IVA | Importe total factura' captions the totals). One heading of one word naming a sum
    ('Amount', 'Total') heads any table's amounts ('Charge | Rate | Amount' for a second
    meter)."""
    sums = [
        segment
        for segment in line.segments
        for hit in document.hits_in(segment)
        if any(label.field in TOTAL_FIELDS for label in hit.labels)
    ]
    named = any(len(s.tokens) > 1 for s in sums) or len(sums) > 1
    return not named and any(c.name == "description" for c in columns)


def line_items(tables: list[Table]) -> tuple[LineItem, ...]:
    items = [item for table in tables for item in _without_shared_codes(table.items)]
    return tuple(_without_row_numbers(items))


def _without_row_numbers(items: list[LineItem]) -> list[LineItem]:
    """Descriptions without the row's number, counting up from row to row and on over
    the pages ('1 Cargo por visita', '2 Válvula de paso'): a number column whose heading
    was read into the description's."""
    words = [item.description.split() for item in items]
    if len(items) < 2 or not all(len(w) > 1 and w[0].isdigit() for w in words):
        return items
    first = int(words[0][0])
    if any(int(w[0]) != first + k for k, w in enumerate(words)):
        return items
    return [
        replace(item, description=" ".join(w[1:])) for item, w in zip(items, words, strict=True)
    ]


_CODE = re.compile(r"[A-Z0-9][A-Z0-9./-]{3,}")
_UNITS = {"ea", "each", "pc", "pcs", "hr", "hrs", "bx", "cs", "pza", "pzas", "und", "ud", "lb"}


def _without_shared_codes(items: Sequence[LineItem]) -> list[LineItem]:
    """Descriptions without the product code every row opens with ('DES-1333 Desk
    organizer') or the unit every row ends with ('... mesh ea'): a code column or a unit
    column whose heading was read into the description's."""
    if len(items) < 2:
        return list(items)
    words = [item.description.split() for item in items]
    # '8800 WESTHEIMER RD BLDG 1', '8800 WESTHEIMER RD CLUBHOUSE': the street number of
    # the one address every row is at, no code
    street = all(words) and len({w[0] for w in words}) == 1 and words[0][0].isdigit()
    coded = all(
        len(w) > 1 and _CODE.fullmatch(w[0]) and any(c.isdigit() for c in w[0]) for w in words
    )
    if coded and not street:
        words = [w[1:] for w in words]
    if all(len(w) > 1 and w[-1].casefold().strip(".") in _UNITS for w in words):
        words = [w[:-1] for w in words]
    return [replace(item, description=" ".join(w)) for item, w in zip(items, words, strict=True)]


def line_sum(items: tuple[LineItem, ...]) -> Decimal | None:
    amounts = [item.amount for item in items if item.amount is not None]
    return sum(amounts, Decimal("0")) if amounts else None


TOTALS_ROW_SCORE = 0.9
_ROW_FIELDS = (("amount", "subtotal"), ("tax", "tax"), ("gross", "total"))


def sum_row_candidates(
    document: Document, tables: list[Table], candidates: list[Candidate]
) -> list[Candidate]:
    """The items' sum printed under them without a label ('Water & Sewer Charges
    $5,217.41' over 'Public Service Tax 10%  $228.00'): the subtotal, where a tax found
    takes it to a total found."""
    found = []
    taxes = {Decimal(c.value) for c in candidates if c.field == "tax"}
    totals = {Decimal(c.value) for c in candidates if c.field == "total"}
    for table in tables:
        if table.sums is None:
            continue
        cells = _assign(table.sums, table.columns)
        amount = parse_amount(_text(cells.get("amount", [])), document.conventions)
        if amount is None or amount.value != _items_sum([table]):
            continue
        if not any(amount.value + tax in totals for tax in taxes):
            continue
        words = cells["amount"]
        found.append(
            make("subtotal", money(amount.value), words, table.sums.page, "table_sum_row", SUM_ROW)
        )
    return found


SUM_ROW = 0.6


def totals_row_candidates(document: Document, tables: list[Table]) -> list[Candidate]:
    """A totals row printed under a table that shows net, tax and gross columns ('Razem'
    under 'Wartość netto', 'Kwota VAT', 'Wartość brutto') gives each sum its column's
    meaning: the net sum is the subtotal, the tax column's the tax, the gross the total."""
    found = []
    for table in tables:
        names = {c.name for c in table.columns}
        if table.totals is None or "gross" not in names or "amount" not in names:
            continue
        cells = _assign(table.totals, table.columns)
        for column, field_name in _ROW_FIELDS:
            words = [w for w in cells.get(column, []) if not PERCENT.fullmatch(w.text)]
            amount = parse_amount(_text(words), document.conventions)
            if amount is None:
                continue
            found.append(
                make(
                    field_name,
                    money(amount.value),
                    words,
                    table.totals.page,
                    "table_totals_row",
                    TOTALS_ROW_SCORE,
                )
            )
    return found
