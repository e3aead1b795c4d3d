"""Item lines of documents printed without a table header, as most till receipts are:
a description on the left, an amount with cents on the right, up to the totals block.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from extract.context import Document
from extract.formats import CENT, TICKED, Amount, has_decimals, parse_amount, parse_number
from extract.layout import Line, PageLayout, Segment, union
from extract.model import LineItem
from extract.tables import MEASURE_LETTERS, TOTAL_FIELDS

# '2 @', '3 x', '30.12 L @' (litres of fuel at a price), '2.15 lb @'
_QUANTITY = re.compile(r"^(\d+(?:[.,]\d+)?)\s*(?:[A-Za-z]{1,3}\s+)?(?:@|x|X|×)\s*")
# '3.5 x 90.00 = 315.00': the quantity, the price and the amount of the line above
_PRODUCT = re.compile(r"(\d+(?:[.,]\d+)?)\s*[x×X@]\s*\$?([\d.,]+)\s*=\s*\$?([\d.,]+)")
# '846332 TRASH BAGS': the article's number; twelve digits or so whatever follows
# ('170387703358 2 IN. ANGLED SASH BRUSH')
_SKU = re.compile(r"^(?:\d{5,14}\s+(?=\D)|\d{8,14}\s+(?=\d))")
# '4 EA @ 17.41' under an item's line: its count and price
_COUNT_UNDER = re.compile(_QUANTITY.pattern + r"\$?(\d+[.,]\d{2,4})")
_COUNT_AFTER = re.compile(r"\s(?:qty|quantity|cant|cantidad)\.?:?\s*(\d{1,4})$", re.I)
# '$69.99 each' under an item counted on its own line: the price of one
_EACH_UNDER = re.compile(r"\$?(\d+[.,]\d{2})\s*(?:each|ea|c/u|cada uno)\.?", re.I)
_CLASS_MARK = re.compile(r"\s+<[A-Z]{1,2}>$")  # '... STOP VALVE <A>': the till's tax class
_OTHER = re.compile(r"^(?:other|others|otro|otros|otra)\s*:\s*", re.I)
_TAX_CLASS = re.compile(r"\s+(?:[A-Z]{1,2}|\*)$")  # '2,20 A', '4.40 SR': the tax class


def _is_totals(document: Document, line: Line) -> bool:
    """A totals row: a total's label and an amount ('TAX INVOICE' over the items is none)."""
    labelled = any(
        (hit.start == 0 or (hit.start <= 2 and hit.end == len(segment.tokens)))
        and any(label.field in TOTAL_FIELDS for label in hit.labels)
        # 'Rubber Stamp Paid' is an item: a payment is labelled first
        and (hit.start == 0 or all(label.field != "payments" for label in hit.labels))
        for segment in line.segments
        for hit in document.hits_in(segment)
    )  # 'TOTAL', 'SALE TOTAL', 'Sale Subtotal'

    amounts = (_amount(document, s.text) for s in line.segments)
    return labelled and any(a is not None and has_decimals(a) for a in amounts)


def _inked(line: Line) -> list[Segment]:
    """The segments holding a letter or a digit: specks read as ':' or '*' are not text."""
    return [s for s in line.segments if any(c.isalnum() for c in s.text)]


def _amount(document: Document, text: str) -> Amount | None:
    """The amount of an item's or a total's column, without the tax class after it."""
    return parse_amount(
        _TAX_CLASS.sub("", text.rstrip(" .,:;")).rstrip(" .,:;"), document.conventions
    )


def _item(document: Document, line: Line, before: str | None) -> LineItem | None:
    """An item line: text then an amount with cents; 'qty @ price' may stand before the
    amount, with the description on the line above ('WAX RING' / '2 @ 4.49   8.98'), or
    the whole line be 'qty x price = amount' ('Electrician labor' / '3.5 x 90.00 =
    315.00')."""
    conv = document.conventions
    product = _PRODUCT.fullmatch(line.text.strip())
    if product and before and (amount := parse_amount(product.group(3), conv)) is not None:
        price = parse_amount(product.group(2), conv)
        count = parse_number(product.group(1), conv)
        item = _made(line, before, amount.value, count, price.value if price else None)
        if item is not None:
            return item
    segments = _without_side_panel(document, _inked(line))
    if len(segments) > 2 and _TAX_CLASS.fullmatch(" " + segments[-1].text):
        segments = segments[:-1]  # 'SMOKE ALARM 9V   111.50   T': the tax class apart
    # a row of columns ('Customer charge | 1 | ea | 19.82 | 19.82') names a charge, no field
    tabular = len(segments) > 3
    if len(segments) < 2 or any(_labelled(document, s, tabular) for s in segments):
        return None
    amount = _amount(document, segments[-1].text)
    description = " ".join(s.text for s in segments[:-1]).strip()
    if amount is None or not has_decimals(amount):
        return None
    quantity: Decimal | None = None
    unit_price: Decimal | None = None
    match = _QUANTITY.match(description)
    if match:
        quantity = parse_number(match.group(1), conv)
        rest = description[match.end() :].strip()
        price = parse_amount(rest.split(" ")[0], conv) if rest else None
        if price is not None:
            unit_price = price.value
            rest = rest[len(rest.split(" ")[0]) :].strip()
        description = rest or (before or "")
    counted = _COUNT_AFTER.search(description)
    if quantity is None and counted:  # 'Stamps - First Class (100)   Qty 2   $139.98'
        quantity = parse_number(counted.group(1), conv)
        description = description[: counted.start()].strip()
    if quantity is None:
        quantity, unit_price, description = _quantity_and_price(description, amount.value, document)
    if before and _bare(description):
        description = before  # 'CESPOL PVC P/LAVABO' over '1 PZA 7501206612011 78.12 78.12'
    return _made(line, _SKU.sub("", description), amount.value, quantity, unit_price)


SIDE_PANEL = 0.6  # of the page's width, right of which a panel beside a list may stand
SIDE_GAP = 2.0  # line heights between an item's amount and such a panel


def _without_side_panel(document: Document, segments: list[Segment]) -> list[Segment]:
    """A line's segments without those of a panel printed beside the list, well right of
    the item's amount ('X Cloro líquido  100.62 | Jacuzzi', '... $ 135.00 | Cloro (ppm):
    1.8' on a pool service's form)."""
    if len(segments) < 3 or _amount(document, segments[-1].text) is not None:
        return segments
    priced = [
        k
        for k, s in enumerate(segments[:-1])
        if (a := _amount(document, s.text)) is not None and has_decimals(a)
    ]
    if not priced:
        return segments
    last, after = segments[priced[-1]], segments[priced[-1] + 1]
    width = document.layout(last.page).page.width
    far = after.bbox[0] - last.bbox[2] >= SIDE_GAP * last.height
    return segments[: priced[-1] + 1] if far and after.bbox[0] > SIDE_PANEL * width else segments


def _labelled(document: Document, segment: Segment, tabular: bool = False) -> bool:
    """A label's segment: not 'Shipping Labels 2x4 (1000)', an item named by the words
    of a charge's label and more, nor the first cell of a row of columns; a colon makes
    a label anywhere."""
    return any(
        hit.colon
        or (not tabular and (hit.end - hit.start == len(segment.tokens) or label.kind != "amount"))
        for hit in document.hits_in(segment)
        for label in hit.labels
    )


def _bare(description: str) -> bool:
    """Only a measure and article codes ('PZA 7501036623447'), no words of an item."""
    words = description.split()
    return all((w.isdigit() and len(w) >= 5) or (w.isalpha() and len(w) <= 3) for w in words)


def _made(
    line: Line,
    description: str,
    amount: Decimal,
    quantity: Decimal | None,
    unit_price: Decimal | None,
) -> LineItem | None:
    """The item, unless its description holds hardly a letter; without the box ticked
    before it, nor the 'Otro:' a form's blank line for another service opens with."""
    description = _OTHER.sub("", TICKED.sub("", _CLASS_MARK.sub("", description)))
    if sum(c.isalpha() for c in description) < 3:
        return None
    words = line.words
    return LineItem(
        description=description,
        amount=amount,
        quantity=quantity,
        unit_price=unit_price,
        page=line.page,
        bbox=union([w.bbox for w in words]),
        confidence=min(w.confidence for w in words) * 0.8,
    )


def _quantity_and_price(
    description: str, amount: Decimal, document: Document
) -> tuple[Decimal | None, Decimal | None, str]:
    """'3 RESANADOR 1KG 6.57' before 19.71: a leading count and a trailing price whose
    product is the amount are the quantity and the unit price."""
    words = description.split()
    if len(words) < 3 or not _LEADING_COUNT.fullmatch(words[0]):
        return _trailing_quantity(words, amount, document) or (None, None, description)
    price = parse_amount(words[-1], document.conventions)
    quantity = parse_number(words[0], document.conventions)
    if quantity is None:
        return None, None, description
    if price is None or not has_decimals(price) or abs(quantity * price.value - amount) > HALF_CENT:
        # '40.5 M ... 13.89' makes 562.545, printed 562.55; '8 yd container 3 ea 914.39'
        # opens with a size, its count stands after it
        return _trailing_quantity(words, amount, document) or (None, None, description)
    return quantity, price.value, " ".join(words[1:-1])


HALF_CENT = Decimal("0.005")
_LEADING_COUNT = re.compile(r"\d{1,3}(?:[.,]\d{1,3})?")  # '3', '40.5' metres of cable
_RATE = re.compile(r"\d+[.,]\d{2,4}")  # a unit price, to the tenth of a cent for usage


def _trailing_quantity(
    words: list[str], amount: Decimal, document: Document
) -> tuple[Decimal, Decimal, str] | None:
    """'Water usage 18,060 0.0061' before 110.17, 'NASI LEMAK 2 4.50' before 9.00: a
    quantity, perhaps its measure ('37,590 kWh 0.0853', '3 ea 914.39'), and a unit price
    after the description whose product is the amount; 'Energy Charge 2,144 kWh x
    $0.0646' and '14 lamps x $15.57' write the product out."""
    times = len(words) >= 4 and words[-2].lower() in _TIMES
    if times:
        words = [*words[:-2], words[-1].lstrip("$€£")]
    if len(words) < 3 or not (_RATE.fullmatch(words[-1]) or _GROUPED.fullmatch(words[-1])):
        return None
    letters = MEASURE_LETTERS + (3 if times else 0)  # 'lamps x', 'units x'
    measure = words[-2].isalpha() and len(words[-2]) <= letters
    measured = len(words) >= 4 and (measure or bool(_SQUARED.fullmatch(words[-2])))
    count = words[-3] if measured else words[-2]
    grouped = _GROUPED.fullmatch(words[-1])  # '$1,489.28': its separators as printed
    price = parse_number(
        words[-1] if grouped else words[-1].replace(",", "."), document.conventions
    )
    if price is None:
        price = Decimal(words[-1].replace(",", "."))
    # '4.500 M3': a measured quantity to the thousandth, or thousands; the product tells
    thousandths = Decimal(count.replace(",", ".")) if _THOUSANDTHS.fullmatch(count) else None
    for quantity in (parse_number(count, document.conventions), thousandths):
        if quantity is not None and abs(quantity * price - amount) <= HALF_CENT:
            return quantity, price, " ".join(words[: -3 if measured else -2])
    return None


_TIMES = {"x", "×", "@", "at"}
_SQUARED = re.compile(r"[A-Za-z]{1,2}[23]")  # 'M3' of sand, 'M2' of tile, 'FT2'
_GROUPED = re.compile(r"\d{1,3}(?:[.,]\d{3})+[.,]\d{2}")  # a price in thousands, '1,489.28'
_THOUSANDTHS = re.compile(r"\d{1,3}[.,]\d{3}")


def receipt_items(document: Document) -> tuple[LineItem, ...]:
    """The item lines up to the totals: totals printed over the items (a bill's account
    summary) are passed over, and where subtotals close sections of them one after
    another ('Service total 807.19' under the water charges, 'Service total 744.04'
    under the sewer's) the next section's items follow."""
    items: list[LineItem] = []
    closed: list[int] = []  # where each section's sum closed the items
    summary = False  # whether totals were passed over before the items
    for layout in document.layouts:
        before: str | None = None
        for line in layout.lines:
            if _is_totals(document, line):
                section = closed[-1] if closed else 0
                if items[section:] and _sums(document, line, items[section:]):
                    closed.append(len(items))
                    continue
                if not items or (not closed and not any(item.amount for item in items)):
                    # 'No Payment Posted Since Last Bill  $0.00' in an account's summary
                    items, summary = [], True
                    continue
                head = _before_totals(document, line)
                item = _item(document, head, before) if head is not None else None
                if item is not None and _level_with(item, items[-1]):
                    items.append(item)  # 'X Otro: Sellado ...  $ 85.00 | TOTAL  $ 864.13'
                start = line.segments[len(head.segments)].bbox[0] if head else line.bbox[0]
                if _beside_items(document, layout, line, items, start):
                    continue  # a form's totals boxed right of its list, which goes on
                return _kept(items, closed, ended=True)
            item = _item(document, line, before)
            if item is not None and summary and not _CENTS.search(_inked(line)[-1].text):
                item = None  # under a summary, 'Previous Index  87,998' is a reading
            if item is not None and len(items) >= 2 and item.amount == _summed(items):
                return tuple(items)  # 'IMPORTE MERCANCÍA 91.78': the items' sum ends them
            if item is not None:
                items.append(item)
                before = None
            elif items and (counted := _counted(document, line, items[-1])) is not None:
                items[-1] = counted
            elif _inked(line):
                first = _inked(line)[0]
                plain = len(_inked(line)) == 1 and not document.hits_in(first)
                wraps = plain and before is not None and _wraps(layout, line, first)
                before = (f"{before} {first.text}" if wraps else first.text) if plain else None
    return _kept(items, closed, ended=False)


def _wraps(layout: PageLayout, line: Line, first: Segment) -> bool:
    """Whether a line of words goes on from the line of words over it, the description
    of the item under them ('CAL HIDRATADA PARA CONSTRUCCION BULTO' over '25 KG'): set
    close under it, at its left edge, under a line run out of room across the till's
    width (a heading over the items is short)."""
    over = layout.lines[line.index - 1] if line.index else None
    height = layout.word_height
    width = max(each.bbox[2] for each in layout.lines) - min(each.bbox[0] for each in layout.lines)
    return (
        over is not None
        and len(over.segments) == 1
        and abs(over.bbox[0] - first.bbox[0]) <= height
        and first.bbox[1] - over.bbox[3] <= 2 * height
        and over.bbox[2] - over.bbox[0] >= WRAPPED_SHARE * width
    )


WRAPPED_SHARE = 0.75  # of the till's printed width: a line this long ran out of room


BESIDE_SHARE = 0.4  # of the page's width: a totals box this far right of the items' edge
FOLLOWING = 3  # lines under a totals box beside a list where its items may go on


def _beside_items(
    document: Document, layout: PageLayout, line: Line, items: list[LineItem], start: float
) -> bool:
    """A line's totals, from `start` on, standing right of the items' list, the list
    going on under it at its own edge ('Subtotal $ 775.00' boxed beside a service form's
    ticked services)."""
    edge = min(item.bbox[0] for item in items)
    if start - edge < BESIDE_SHARE * layout.page.width:
        return False
    for following in layout.lines[line.index + 1 : line.index + 1 + FOLLOWING]:
        head = _before_totals(document, following) if _is_totals(document, following) else following
        if head is None or abs(head.bbox[0] - edge) > 2 * layout.word_height:
            continue
        if _item(document, head, None) is not None:
            return True
    return False


def _before_totals(document: Document, line: Line) -> Line | None:
    """The segments of a line left of the totals label in it, as a line of their own."""
    for k, segment in enumerate(line.segments):
        if k and any(
            hit.start == 0 and any(label.field in TOTAL_FIELDS for label in hit.labels)
            for hit in document.hits_in(segment)
        ):
            return replace(line, segments=line.segments[:k])
    return None


def _level_with(item: LineItem, last: LineItem) -> bool:
    """Whether an item opens at the edge of the item before it."""
    return abs(item.bbox[0] - last.bbox[0]) <= item.bbox[3] - item.bbox[1]


def _kept(items: list[LineItem], closed: list[int], *, ended: bool) -> tuple[LineItem, ...]:
    """The items read: past several sections' sums all of them (up to the last sum where
    no totals block follows); past one sum only those it closes ('SUB TOTAL 24.30' over a
    service charge's line); without a totals block after them, none: no item lines."""
    if len(closed) > 1:
        return tuple(items if ended else items[: closed[-1]])
    if closed:
        return tuple(items[: closed[0]])
    return tuple(items) if ended else ()


_CENTS = re.compile(r"\d[.,]\d{2}(?!\d)")  # '52.61', not '87,998'


def _sums(document: Document, line: Line, items: list[LineItem]) -> bool:
    """Whether a subtotal's line closes a section of several or one item with their sum
    ('Service total 744.04' under 'SEWER VOLUME CHARGE 744.04')."""
    named = {lb.field for s in line.segments for h in document.hits_in(s) for lb in h.labels}
    if "subtotal" not in named:
        return False  # 'SUMME EUR 11,12', 'Amount paid': the document's own sum
    amounts = [_amount(document, s.text) for s in line.segments]
    found = [a.value for a in amounts if a is not None and has_decimals(a)]
    return bool(found) and found[-1] == _summed(items)


def _summed(items: list[LineItem]) -> Decimal:
    return sum((item.amount for item in items if item.amount is not None), Decimal(0))


def _counted(document: Document, line: Line, item: LineItem) -> LineItem | None:
    """The item above with its count and price, from a line under it that prints them
    and nothing else ('4 EA @ 17.41' under 'TRASH BAGS 42GAL   69.64'), or its price
    alone when the item gave its count ('$69.99 each' under '... Qty 2   $139.98'), where
    they make its amount."""
    each = _EACH_UNDER.fullmatch(line.text.strip())
    if each is not None and item.quantity is not None and item.unit_price is None:
        unit = parse_number(each.group(1), document.conventions)
        if (
            unit is None
            or item.amount is None
            or (item.quantity * unit).quantize(CENT) != item.amount
        ):
            return None
        return replace(item, unit_price=unit)
    match = _COUNT_UNDER.fullmatch(line.text.strip())
    if match is None or item.quantity is not None or item.amount is None:
        return None
    count = parse_number(match.group(1), document.conventions)
    price = parse_number(match.group(2).replace(",", "."), document.conventions)
    if count is None or price is None or (count * price).quantize(CENT) != item.amount:
        return None
    return replace(item, quantity=count, unit_price=price)
