"""The line-item table (its styles and its split over pages) and the totals block."""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from samples.catalog import columns as layout_columns
from samples.document import Line, TotalRow
from samples.pdf_base import BLACK, GREY, LIGHT
from samples.pdf_blocks import Ctx

WIDTHS = {
    "date": 60.0,
    "item": 60.0,
    "quantity": 46.0,
    "unit": 40.0,
    "unit_price": 70.0,
    "amount": 78.0,
    "sat_key": 54.0,
    "sat_unit": 62.0,
    "sku": 52.0,
    "line_tax": 58.0,
    "cover_from": 58.0,
    "cover_to": 58.0,
    "ticket": 64.0,
}
# a CFDI's line keys: the SAT product/service key by GL account, the SAT unit key by unit
SAT_KEYS = {"6110": "72151701", "6120": "72151501", "6130": "72151207", "6150": "31161500"}
SAT_UNITS = {"hr": "HUR Hora", "lb": "LBR Libra", "gal": "A76 Galón", "pza": "H87 Pieza"}
RIGHT_ALIGNED = {"quantity", "unit_price", "amount", "line_tax"}
HEADER_HEIGHT = 18.0
LINE_HEIGHT = 10.5
NOTE_HEIGHT = 9.0
NEGATIVE = {"discount", "deposit", "payments"}
SECTION_HEIGHT = 17.0


@dataclass
class Table:
    columns: list[str]
    widths: list[float]
    cells: list[dict[str, list[str]]]  # per line, per column: its text lines
    heights: list[float]
    notes: list[str | None]
    kinds: list[str] = field(default_factory=list)  # per row: line, head or sub (sections)
    named: bool = False  # each description cell opens with the item's name in bold
    glued: set[int] = field(default_factory=set)  # rows that may not end a page (headings)

    def add(self, cells: dict[str, list[str]], height: float, note: str | None, kind: str) -> None:
        """One more row: its cells, height, grey sub-line and kind."""
        self.cells.append(cells)
        self.heights.append(height)
        self.notes.append(note)
        self.kinds.append(kind)


def build_table(c: Ctx) -> Table:
    cols = layout_columns(c.doc.layout)
    fixed = sum(WIDTHS[col] for col in cols if col != "description")
    widths = [c.width - fixed if col == "description" else WIDTHS[col] for col in cols]
    desc_width = c.width - fixed - 10
    cells, heights = [], []
    for line in c.doc.lines:
        row = {col: [cell_text(c, line, col)] for col in cols if col != "description"}
        row["description"] = c.pen.wrap(line.description, 8.5, desc_width)
        if c.doc.layout.get("item_names") and line.name:  # an app's item: name, then text
            row["description"] = [line.name, *row["description"]]
        cells.append(row)
        note = NOTE_HEIGHT if line.note else 0.0
        heights.append(LINE_HEIGHT * len(row["description"]) + 7 + note)
    table = Table(cols, widths, cells, heights, [line.note for line in c.doc.lines])
    table.named = bool(c.doc.layout.get("item_names"))
    if c.doc.layout.get("sections"):
        return _sectioned(c, table)
    if c.doc.layout.get("rooftops"):
        return _grouped(c, table)
    return table


def _sectioned(c: Ctx, table: Table) -> Table:
    """The lines split into a labor and a parts section, each under its heading row and
    closed by its own subtotal row, as field-service software prints them."""
    lab, lines = c.labels, c.doc.lines
    out = Table(table.columns, table.widths, [], [], [], [])
    for key, is_part in (("labor", False), ("parts", True)):
        chosen = [k for k, line in enumerate(lines) if line.part == is_part]
        if not chosen:
            continue
        out.add({"description": [lab[key]]}, SECTION_HEIGHT, None, "head")
        for k in chosen:
            out.add(table.cells[k], table.heights[k], table.notes[k], "line")
        subtotal = sum((lines[k].amount for k in chosen), Decimal(0))
        sub = {"description": [lab[f"{key}_subtotal"]], "amount": [c.fmt.amount(subtotal)]}
        out.add(sub, SECTION_HEIGHT, None, "sub")
    return out


def _grouped(c: Ctx, table: Table) -> Table:
    """Each run of lines under a shaded heading row of its group (a rooftop unit's tag,
    make, size, roof and serial), as maintenance contractors list the tasks done on each
    piece of equipment; no subtotals."""
    out = Table(table.columns, table.widths, [], [], [], [])
    group = None
    for k, line in enumerate(c.doc.lines):
        if line.group != group:
            group = line.group
            out.add({"description": [group or ""]}, SECTION_HEIGHT, None, "head")
            out.glued.add(len(out.heights) - 1)  # a heading stays with its first line
        out.add(table.cells[k], table.heights[k], table.notes[k], "line")
    return out


def sku(line: Line) -> str:
    """A store's six-digit SKU for an item, the same on every ticket."""
    return str(int(hashlib.md5(line.description.encode()).hexdigest(), 16) % 900000 + 100000)


def cell_text(c: Ctx, line: Line, col: str) -> str:
    fmt = c.fmt
    if col == "date":
        return fmt.cell_date(line.day) if line.day else ""
    if col == "item":
        return line.code or ""
    if col == "sku":
        return sku(line)
    if col == "unit":
        return line.unit or ""
    if col == "sat_key":
        return SAT_KEYS.get(line.gl, "72101500")
    if col == "sat_unit":  # one piece of work is billed as a service unit
        if line.unit == "pza" and line.quantity == 1:
            return "E48 Servicio"
        return SAT_UNITS.get(line.unit or "", "E48 Servicio")
    if col == "quantity":
        return fmt.quantity(line.quantity) if line.quantity is not None else ""
    if col == "unit_price":
        return fmt.rate(line.unit_price) if line.unit_price is not None else ""
    if col == "line_tax":  # the line's own tax (H58)
        return fmt.amount(line.tax if line.tax is not None else Decimal(0))
    if col in ("cover_from", "cover_to"):  # a contract's months, or the day of a visit (H61)
        start, end = (line.day, None)
        if line.unit == "mo" and c.doc.period:
            start, end = c.doc.period
        day = start if col == "cover_from" else end
        return fmt.cell_date(day) if day else ""
    if col == "ticket":  # a hauler's ticket or route number for the charge (H63)
        digest = hashlib.md5(f"{c.doc.id}:{line.description}".encode()).hexdigest()
        return f"{int(digest, 16) % 9_000_000 + 1_000_000}"
    return fmt.amount(line.amount)


def paginate(
    heights: Sequence[float],
    first_room: float,
    later_room: float,
    closing: float,
    glued: Collection[int] = (),
) -> list[tuple[int, int]]:
    """Split rows into pages: (first row, end row) per page; the last page also holds
    ``closing`` points (totals, notes, stub). Rooms exclude the table's header row. A
    ``glued`` row (a group's heading) never ends a page."""
    pages: list[tuple[int, int]] = []
    start, room, count = 0, first_room, len(heights)
    while True:
        end, used = start, 0.0
        while end < count and used + heights[end] <= room:
            used += heights[end]
            end += 1
        if end == count and used + closing <= room:
            pages.append((start, end))
            return pages
        if end == count and end - start > 1:
            end -= 1
        while end > start and used + 14 > room:
            end -= 1
            used -= heights[end]
        while end - 1 > start and end - 1 in glued:
            end -= 1
        pages.append((start, end))
        start, room = end, later_room
        if len(pages) > 8:
            raise ValueError("document does not fit in 8 pages")


def draw_rows(c: Ctx, table: Table, first: int, end: int, y: float) -> float:
    """The table header and rows ``first``..``end`` from ``y``; returns the bottom."""
    pen, style = c.pen, c.doc.layout.get("table", "grid")
    filled = style in ("grid", "zebra")
    if filled:
        pen.rect(c.margin, y, c.width, HEADER_HEIGHT, fill=pen.fill_accent)
    elif style == "ruled":
        pen.rect(c.margin, y, c.width, HEADER_HEIGHT, fill=pen.pale)
    xs = _column_starts(c, table)
    for col, x, w in zip(table.columns, xs, table.widths, strict=True):
        label = c.labels[col]
        color = pen.on_accent if filled else pen.accent
        tx, align = (x + w - 5, "right") if col in RIGHT_ALIGNED else (x + 5, "left")
        pen.text(tx, y + 12.5, label, 8, bold=True, align=align, color=color, fit=w - 6)
    top = y
    y += HEADER_HEIGHT
    if style in ("plain", "boxed"):
        pen.line(c.margin, y, c.right, y, color=pen.fill_accent, width=1)
    for index in range(first, end):
        height = table.heights[index]
        if table.kinds and table.kinds[index] != "line":
            _section_row(c, table, index, xs, y)
            y += height
            continue
        if style == "zebra" and (index - first) % 2 == 1:
            pen.rect(c.margin, y, c.width, height, fill=pen.pale)
        for col, x, w in zip(table.columns, xs, table.widths, strict=True):
            for k, text in enumerate(table.cells[index][col]):
                base = y + 11 + LINE_HEIGHT * k
                if col in RIGHT_ALIGNED:
                    pen.text(x + w - 5, base, text, 8.5, align="right")
                elif table.named and col == "description":  # the name bold, the text grey
                    pen.text(x + 5, base, text, 8.5, bold=k == 0, color=BLACK if k == 0 else GREY)
                else:
                    pen.text(x + 5, base, text, 8.5)
        _note(c, table, index, xs, y)
        y += height
        if style in ("grid", "ruled"):
            pen.line(
                c.margin,
                y,
                c.right,
                y,
                color=LIGHT if style == "ruled" else pen.fill_accent,
                width=0.5,
            )
    _frame(c, style, xs, top, y)
    return y


def _section_row(c: Ctx, table: Table, index: int, xs: list[float], y: float) -> None:
    """A section's heading on a shaded row, or its subtotal under the amount column."""
    pen, cells = c.pen, table.cells[index]
    desc = xs[table.columns.index("description")]
    if table.kinds[index] == "head":
        pen.rect(c.margin, y + 1, c.width, SECTION_HEIGHT - 2, fill=pen.pale)
        pen.text(
            desc + 5, y + 11.5, cells["description"][0].upper(), 8, bold=True, color=pen.accent
        )
        return
    col = table.columns.index("amount")
    pen.line(xs[col] + 4, y + 1, c.right - 2, y + 1, color=GREY, width=0.5)
    pen.text(xs[col] - 6, y + 11.5, cells["description"][0], 8.5, bold=True, align="right")
    pen.text(c.right - 5, y + 11.5, cells["amount"][0], 8.5, bold=True, align="right")
    pen.line(c.margin, y + SECTION_HEIGHT, c.right, y + SECTION_HEIGHT, color=LIGHT, width=0.5)


def _note(c: Ctx, table: Table, index: int, xs: list[float], y: float) -> None:
    """The item's sub-line, in smaller grey type under its description."""
    note = table.notes[index]
    if not note:
        return
    col = table.columns.index("description")
    below = y + 11 + LINE_HEIGHT * len(table.cells[index]["description"]) - 1
    c.pen.text(xs[col] + 12, below, note, 7, color=GREY, fit=table.widths[col] - 18)


def _column_starts(c: Ctx, table: Table) -> list[float]:
    xs, x = [], c.margin
    for w in table.widths:
        xs.append(x)
        x += w
    return xs


def _frame(c: Ctx, style: str, xs: list[float], top: float, bottom: float) -> None:
    if style == "grid":
        c.pen.rect(c.margin, top, c.width, bottom - top, stroke=c.pen.fill_accent, width=0.7)
        for x in xs[1:]:
            c.pen.line(x, top, x, bottom, color=c.pen.fill_accent, width=0.5)
    elif style == "boxed":
        c.pen.rect(c.margin, top, c.width, bottom - top + 6, stroke=GREY, width=0.8)
        for x in xs[1:]:
            c.pen.line(x, top, x, bottom + 6, color=GREY, width=0.5)
    elif style == "plain":
        c.pen.line(c.margin, bottom + 2, c.right, bottom + 2, color=GREY, width=0.5)


def totals_height(c: Ctx) -> float:
    return 18 + 16 * len(c.doc.totals) + (14 if c.doc.layout.get("totals_style") == "bar" else 0)


def row_label(c: Ctx, row: TotalRow) -> str:
    label = c.labels[row.key]
    return (
        label.format(rate=c.fmt.percent(row.rate))
        if row.rate is not None
        else label.replace(" ({rate})", "").replace(" {rate}", "")
    )


def row_value(c: Ctx, row: TotalRow) -> str:
    # a balance printed as a sum with its operators between the amounts ("- $350.00" with
    # the minus in its own box) shows credits unsigned (H63)
    credit = row.key in NEGATIVE and not c.doc.layout.get("unsigned_credits")
    return c.fmt.money(-row.amount if credit else row.amount)


def draw_totals(c: Ctx, y: float) -> float:
    pen, rows = c.pen, c.doc.totals
    style = c.doc.layout.get("totals_style", "rows")
    if style == "tax_grid":
        return _tax_grid(c, y)
    y += 10
    box_w = 250.0
    # some billing systems print the totals under the first columns instead of the last
    right = c.margin + box_w if c.doc.layout.get("totals_side") == "left" else c.right
    x0 = right - box_w
    plain_rows = rows[:-1] if style == "bar" else rows
    if style == "boxed":
        pen.rect(x0, y, box_w, 16 * len(rows) + 8, stroke=pen.fill_accent, width=0.8)
        pen.rect(x0, y + 16 * (len(rows) - 1) + 4, box_w, 16, fill=pen.fill_accent)
    for i, row in enumerate(plain_rows):
        base = y + 15 + 16 * i
        last = style == "boxed" and i == len(rows) - 1
        strong = row.key in ("total", "amount_due")
        color = pen.on_accent if last else None
        kwargs = {"color": color} if color is not None else {}
        if style == "rows" and row.key == "total":
            pen.line(x0 + 40, base - 12, right, base - 12, width=0.8)
        pen.text(
            right - 100, base, row_label(c, row), 9, bold=strong, align="right", fit=145, **kwargs
        )
        pen.text(right - 6, base, row_value(c, row), 9.5, bold=strong, align="right", **kwargs)
    y += 16 * len(plain_rows) + 8
    if style == "bar":
        row = rows[-1]
        pen.rect(c.margin, y + 2, c.width, 22, fill=pen.fill_accent)
        pen.text(
            c.margin + 10, y + 17, row_label(c, row).upper(), 11, bold=True, color=pen.on_accent
        )
        pen.text(
            c.right - 10,
            y + 17,
            row_value(c, row),
            12,
            bold=True,
            align="right",
            color=pen.on_accent,
        )
        y += 30
    return y + 6


def _tax_grid(c: Ctx, y: float) -> float:
    """The totals as a ruled table across the foot of the page, as Spanish invoices print
    them: a row of headings (taxable base, rate, tax, invoice total) over a row of values,
    the total's cell shaded (H62)."""
    pen, lab = c.pen, c.labels
    cells: list[tuple[str, str, bool]] = []
    for row in c.doc.totals:
        if row.key == "tax" and row.rate is not None:
            cells.append((lab["tax_rate"], c.fmt.percent(row.rate), False))
        strong = row.key in ("total", "amount_due")
        cells.append((row_label(c, row), row_value(c, row), strong))
    y += 14
    cell = c.width / len(cells)
    pen.rect(c.margin, y, c.width, 15, fill=pen.pale)
    for i, (label, value, strong) in enumerate(cells):
        x = c.margin + i * cell
        if strong:
            pen.rect(x, y + 15, cell, 22, fill=pen.fill_accent)
        color, size = (pen.on_accent, 10.5) if strong else (BLACK, 9.5)
        pen.text(x + cell / 2, y + 11, label, 7.5, bold=True, align="center", fit=cell - 6)
        pen.text(x + cell / 2, y + 30, value, size, bold=strong, align="center", color=color)
        if i:
            pen.line(x, y, x, y + 37, color=pen.accent, width=0.5)
    pen.rect(c.margin, y, c.width, 37, stroke=pen.accent, width=0.8)
    pen.line(c.margin, y + 15, c.right, y + 15, color=pen.accent, width=0.5)
    return y + 43
