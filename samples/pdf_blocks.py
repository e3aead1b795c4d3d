"""The blocks at the top of an invoice: vendor header, document details (meta),
bill-to / service / remit-to parties and a utility's account summary. Each block is a
function registered by its style name; it draws from ``y`` down and returns where it ended."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.pdfgen.canvas import Canvas

from samples.document import Document
from samples.formats import money_shows_currency
from samples.pdf_base import GREY, Fmt, Pen, draw_logo, initials


@dataclass
class Ctx:
    pen: Pen
    doc: Document
    fmt: Fmt
    margin: float

    @property
    def labels(self) -> dict[str, str]:
        return self.doc.labels

    @property
    def width(self) -> float:
        return self.pen.width - 2 * self.margin

    @property
    def right(self) -> float:
        return self.pen.width - self.margin

    @property
    def title(self) -> str:
        """The title line; a layout with ``number_in_title`` prints the invoice number in it
        ("INVOICE # 20931") instead of among the details."""
        if not self.doc.layout.get("number_in_title"):
            return self.labels["title"]
        return self.labels["title_number"].format(number=self.doc.invoice_number)


def contact_lines(doc: Document) -> list[str]:
    labels = doc.labels
    lines = [*doc.vendor_lines]
    if doc.vendor_phone:
        lines.append(f"{labels['phone']}: {doc.vendor_phone}")
    if doc.vendor_email:
        lines.append(doc.vendor_email)
    if doc.vendor_tax_id:
        lines.append(f"{labels['tax_id']}: {doc.vendor_tax_id}")
    return lines


def meta_pairs(doc: Document, fmt: Fmt) -> list[tuple[str, str]]:
    """The document's (label, value) details in the order its kind prints them."""
    lab = doc.labels
    pairs = [
        (lab["invoice_number"], doc.invoice_number),
        (lab["invoice_date"], fmt.date(doc.invoice_date)),
    ]
    if doc.layout.get("date_time"):  # a CFDI prints the moment of issue: 2026-03-03T10:15:22
        pairs[1] = (lab["invoice_date"], f"{fmt.date(doc.invoice_date)}T{doc.extras['time']}")
    if doc.layout.get("number_in_title"):
        del pairs[0]
    if doc.layout.get("meta") == "sentence":  # "Invoice 4471 dated March 3, 2026"
        pairs = []
    if doc.account_number and doc.layout.get("parties") != "account_head":
        pairs.insert(0, (lab["account_number"], doc.account_number))
    meter = doc.layout.get("meter")  # period and due date stand in the meter and summary blocks
    in_sentence = doc.layout.get("meta") == "period_sentence"  # "... prestado del X al Y."
    in_meters = doc.layout.get("two_meters")  # "Desde: X  Hasta: Y" over the meter readings
    in_bar = doc.layout.get("meta") == "coverage"  # "Contract Coverage: X through Y" (H61)
    in_reads = doc.layout.get("summary") == "activity"  # "Jan 12 - Feb 10, 2026" by the meter
    shown_apart = meter or in_sentence or in_meters or in_bar or in_reads
    if doc.period and not shown_apart:
        pairs.append((lab["service_period"], fmt.period(*doc.period, lab["period_sep"])))
    in_schedule = doc.layout.get("due_schedule")  # the due date in the payment schedule (H67)
    if doc.due_date and not meter and not in_schedule:
        pairs.append((lab["due_date"], fmt.date(doc.due_date)))
    if doc.terms:
        pairs.append((lab["terms"], doc.terms))
    if doc.po_number:
        pairs.append((lab["po_number"], doc.po_number))
    if doc.show_currency and not money_shows_currency(doc.layout["money"]):
        pairs.append((lab["currency"], doc.currency))
    for label, value in doc.extras.get("extra_pairs", []):  # details outside the truth
        pairs.append((label, fmt.date(value) if isinstance(value, date) else value))
    return pairs


# --- headers -------------------------------------------------------------------------


def _vendor_block(
    c: Ctx, x: float, y: float, room: float, align: str = "left", name_size: float = 13
) -> float:
    pen = c.pen
    pen.text(x, y, c.doc.vendor_name, name_size, bold=True, align=align, color=pen.accent, fit=room)
    y += 4
    for line in contact_lines(c.doc):
        y += 10.5
        pen.text(x, y, line, 8.5, align=align, color=GREY, fit=room)
    return y


def _title_room(c: Ctx, size: float) -> float:
    """Width left for the vendor block beside the title and a 48 pt logo."""
    return c.width - 60 - c.pen.measure(c.title, size, True) - 24


def header_logo_left(c: Ctx, y: float) -> float:
    draw_logo(c.pen, c.doc.logo, c.margin, y, 48, initials(c.doc.vendor_name))
    bottom = _vendor_block(c, c.margin + 60, y + 14, _title_room(c, 22))
    c.pen.text(c.right, y + 24, c.title, 22, bold=True, align="right", color=c.pen.accent)
    return max(bottom, y + 48) + 18


def header_logo_right(c: Ctx, y: float) -> float:
    draw_logo(c.pen, c.doc.logo, c.right - 48, y, 48, initials(c.doc.vendor_name))
    bottom = _vendor_block(c, c.right - 60, y + 14, _title_room(c, 24), align="right")
    c.pen.text(c.margin, y + 24, c.title, 24, bold=True, color=c.pen.accent)
    return max(bottom, y + 48) + 18


def header_centered(c: Ctx, y: float) -> float:
    mid = c.margin + c.width / 2
    draw_logo(c.pen, c.doc.logo, mid - 20, y, 40, initials(c.doc.vendor_name))
    y += 58
    c.pen.text(mid, y, c.doc.vendor_name, 15, bold=True, align="center")
    lines = contact_lines(c.doc)
    address, contact = (
        "  |  ".join(c.doc.vendor_lines),
        "  |  ".join(lines[len(c.doc.vendor_lines) :]),
    )
    c.pen.text(mid, y + 13, address, 8.5, align="center", color=GREY, fit=c.width)
    if contact:
        c.pen.text(mid, y + 24, contact, 8.5, align="center", color=GREY, fit=c.width)
    y += 46
    title_width = c.pen.measure(c.title, 16, True)
    c.pen.line(c.margin, y - 5, mid - title_width / 2 - 12, y - 5, color=c.pen.accent, width=1.2)
    c.pen.line(mid + title_width / 2 + 12, y - 5, c.right, y - 5, color=c.pen.accent, width=1.2)
    c.pen.text(mid, y, c.title, 16, bold=True, align="center", color=c.pen.accent)
    return y + 20


def header_banner(c: Ctx, y: float) -> float:
    pen = c.pen
    pen.rect(0, 0, pen.width, y + 52, fill=pen.fill_accent)
    pen.text(
        c.margin, y + 26, c.doc.vendor_name, 17, bold=True, color=pen.on_accent, fit=c.width * 0.6
    )
    pen.text(c.right, y + 28, c.title, 22, bold=True, align="right", color=pen.on_accent)
    y += 70
    lines = contact_lines(c.doc)
    half = (len(lines) + 1) // 2
    pen.text(c.margin, y, "   ".join(lines[:half]), 8.5, color=GREY, fit=c.width)
    pen.text(c.margin, y + 11, "   ".join(lines[half:]), 8.5, color=GREY, fit=c.width)
    return y + 28


def header_letterhead(c: Ctx, y: float) -> float:
    pen = c.pen
    pen.text(c.margin, y + 18, c.doc.vendor_name, 19, bold=True, fit=c.width)
    pen.line(c.margin, y + 26, c.right, y + 26, color=pen.accent, width=1.6)
    lines = contact_lines(c.doc)
    pen.text(c.margin, y + 38, "  •  ".join(c.doc.vendor_lines), 8.5, color=GREY, fit=c.width)
    extra = lines[len(c.doc.vendor_lines) :]
    if extra:
        pen.text(c.margin, y + 49, "  •  ".join(extra), 8.5, color=GREY, fit=c.width)
    pen.text(c.margin, y + 78, c.title, 17, bold=True, color=pen.accent)
    return y + 96


def header_split(c: Ctx, y: float) -> float:
    pen = c.pen
    bottom = _vendor_block(c, c.margin, y + 12, c.width * 0.6, name_size=14)
    box_w = c.width * 0.36
    pen.rect(c.right - box_w, y, box_w, 40, fill=pen.pale)
    pen.text(
        c.right - box_w / 2,
        y + 27,
        c.title,
        20,
        bold=True,
        align="center",
        color=pen.accent,
        fit=box_w - 16,
    )
    return max(bottom, y + 40) + 20


HEADERS: dict[str, Callable[[Ctx, float], float]] = {
    "logo_left": header_logo_left,
    "logo_right": header_logo_right,
    "centered": header_centered,
    "banner": header_banner,
    "letterhead": header_letterhead,
    "split": header_split,
}


# --- document details ----------------------------------------------------------------


def meta_box(c: Ctx, x: float, y: float, w: float, boxed: bool = True) -> float:
    pairs = meta_pairs(c.doc, c.fmt)
    height = 14 * len(pairs) + 10
    if boxed:
        c.pen.rect(x, y, w, height, stroke=c.pen.accent, width=0.8)
    for i, (label, value) in enumerate(pairs):
        base = y + 16 + 14 * i
        c.pen.text(x + 8, base, f"{label}:" if not boxed else label, 8.5, bold=True)
        c.pen.text(x + w - 8, base, value, 9, align="right", fit=w * 0.55)
    return y + height + 14


def meta_stacked(c: Ctx, x: float, y: float, w: float) -> float:
    c.pen.text(x, y + 10, c.labels["details"].upper(), 9, bold=True, color=c.pen.accent)
    c.pen.line(x, y + 14, x + w, y + 14, color=c.pen.accent)
    y += 16
    for label, value in meta_pairs(c.doc, c.fmt):
        c.pen.text(x, y + 10, label, 7.5, color=GREY)
        c.pen.text(x, y + 21, value, 9.5, bold=True, fit=w)
        y += 25
    return y + 10


def meta_row(c: Ctx, y: float) -> float:
    pairs = meta_pairs(c.doc, c.fmt)
    cell = c.width / len(pairs)
    c.pen.rect(c.margin, y, c.width, 14, fill=c.pen.fill_accent)
    c.pen.rect(c.margin, y, c.width, 32, stroke=c.pen.accent)
    for i, (label, value) in enumerate(pairs):
        x = c.margin + i * cell
        if i:
            c.pen.line(x, y, x, y + 32, color=c.pen.accent)
        c.pen.text(
            x + cell / 2,
            y + 10,
            label,
            7.5,
            bold=True,
            align="center",
            color=c.pen.on_accent,
            fit=cell - 4,
        )
        c.pen.text(x + cell / 2, y + 26, value, 9, align="center", fit=cell - 6)
    return y + 46


def meta_grid(c: Ctx, y: float) -> float:
    pairs = meta_pairs(c.doc, c.fmt)
    half = (len(pairs) + 1) // 2
    col = c.width / 2
    for i, (label, value) in enumerate(pairs):
        x = c.margin + (i // half) * col
        base = y + 12 + 13 * (i % half)
        c.pen.text(x, base, f"{label}:", 9, bold=True)
        c.pen.text(x + 120, base, value, 9, fit=col - 126)
    bottom = y + 12 + 13 * half
    c.pen.line(c.margin, bottom, c.right, bottom, color=c.pen.accent, width=0.8)
    return bottom + 14


# --- parties -------------------------------------------------------------------------


def party_blocks(c: Ctx) -> list[tuple[str, list[str], bool]]:
    """(heading, lines, first line bold) for bill-to, service address and remit-to."""
    doc = c.doc
    blocks = []
    if doc.customer_name and doc.bill_to_lines:
        attn = [doc.extras["attn"]] if doc.extras.get("attn") else []
        heading = c.labels["bill_to"]
        if doc.layout.get("parties") == "account_head":  # no "Bill To": the account heads it
            heading = c.labels["account_head"].format(number=doc.account_number)
        if doc.layout.get("parties") == "window":  # the envelope window: no heading at all
            heading = ""
        extra = list(doc.extras.get("customer_lines", []))  # e.g. the receiver's own tax id
        blocks.append((heading, [doc.customer_name, *attn, *doc.bill_to_lines, *extra], True))
    if doc.service_lines and doc.layout.get("summary") != "activity":  # H68: by the meter
        blocks.append((c.labels["service_address"], doc.service_lines, False))
    if doc.remit_lines and doc.layout.get("remit") == "block":
        blocks.append((c.labels["remit_to"], [doc.vendor_name, *doc.remit_lines], True))
    return blocks


def parties(c: Ctx, x: float, y: float, w: float) -> float:
    style = c.doc.layout.get("parties", "side_by_side")
    blocks = party_blocks(c)
    per_row = 1 if style == "stacked" else max(1, min(len(blocks), int(w // 160)))
    col = w / per_row
    for start in range(0, len(blocks), per_row):
        ends = [
            _party(c, style, x + k * col, y, col - 10, *block)
            for k, block in enumerate(blocks[start : start + per_row])
        ]
        y = max(ends)
    return y + 6


def _party(
    c: Ctx,
    style: str,
    x: float,
    y: float,
    w: float,
    heading: str,
    lines: list[str],
    bold_first: bool,
) -> float:
    pen = c.pen
    if style == "caption_under":  # the lines first, the heading under them in small type
        for i, line in enumerate(lines):
            pen.text(x, y + 10 + 11 * i, line, 9, bold=bold_first and i == 0, fit=w - 8)
        bottom = y + 15 + 11 * (len(lines) - 1)
        pen.line(x, bottom, x + min(w, 170), bottom, color=GREY, width=0.4)
        pen.text(x, bottom + 8, heading, 6.5, color=GREY, fit=w - 8)
        return bottom + 18
    if style == "boxed":
        height = 20 + 11 * len(lines) + 6
        pen.rect(x, y, w, 15, fill=pen.pale)
        pen.rect(x, y, w, height, stroke=pen.accent)
        pen.text(x + 6, y + 11, heading.upper(), 8, bold=True, color=pen.accent)
        top = y + 27
    elif not heading:  # an address for the envelope window, under no heading
        top, height = y + 12, 12 + 11 * len(lines)
    elif style == "band":  # the heading on a shaded band as wide as the block
        pen.rect(x, y, w, 15, fill=pen.fill_accent)
        pen.text(x + 5, y + 11, heading, 8.5, bold=True, color=pen.on_accent, fit=w - 10)
        top, height = y + 28, 28 + 11 * len(lines)
    else:
        pen.text(x, y + 10, heading, 9, bold=True, color=pen.accent)
        pen.line(x, y + 13, x + min(w, 150), y + 13, color=pen.accent, width=0.5)
        top, height = y + 25, 25 + 11 * len(lines)
    for i, line in enumerate(lines):
        pen.text(
            x + (6 if style == "boxed" else 5 if style == "band" else 0),
            top + 11 * i,
            line,
            9,
            bold=bold_first and i == 0,
            fit=w - 8,
        )
    return y + height + 10


# --- utility account summary ---------------------------------------------------------


def summary(c: Ctx, y: float) -> float:
    rows = c.doc.summary
    if not rows:
        return y
    pen, fmt, lab = c.pen, c.fmt, c.labels
    signed = [(lab[r.key], -r.amount if r.key == "payments" else r.amount, r.key) for r in rows]
    if c.doc.layout.get("summary") == "band":
        cell = c.width / len(signed)
        for i, (label, value, key) in enumerate(signed):
            x = c.margin + i * cell
            last = key == "amount_due"
            pen.rect(x + 2, y, cell - 4, 40, fill=pen.fill_accent if last else pen.pale)
            color = pen.on_accent if last else pen.accent
            pen.text(
                x + cell / 2,
                y + 14,
                label,
                7.5,
                bold=True,
                align="center",
                color=color,
                fit=cell - 10,
            )
            pen.text(
                x + cell / 2, y + 31, fmt.money(value), 11, bold=True, align="center", color=color
            )
        return y + 56
    w = c.width * 0.5
    x = c.right - w
    pen.rect(x, y, w, 18 + 15 * len(signed), stroke=pen.accent, width=0.8)
    pen.rect(x, y, w, 16, fill=pen.fill_accent)
    pen.text(x + 8, y + 11.5, lab["summary"], 9, bold=True, color=pen.on_accent)
    for i, (label, value, key) in enumerate(signed):
        base = y + 30 + 15 * i
        pen.text(x + 8, base, label, 9, bold=key == "amount_due", fit=w * 0.6)
        pen.text(c.right - 8, base, fmt.money(value), 9.5, bold=key == "amount_due", align="right")
    _usage_chart(c, c.margin, y, c.width - w - 20, 18 + 15 * len(signed))
    return y + 30 + 15 * len(signed)


def _usage_chart(c: Ctx, x: float, y: float, w: float, h: float) -> None:
    """Twelve months of usage bars, as utility bills print them; decorative."""
    seed = sum(map(ord, c.doc.id))
    bar = w / 14
    for i in range(12):
        level = 0.3 + ((seed * (i + 3)) % 17) / 25
        pen_h = (h - 16) * level
        c.pen.rect(
            x + 8 + i * bar * 1.1,
            y + h - pen_h - 4,
            bar * 0.8,
            pen_h,
            fill=c.pen.fill_accent if i == 11 else c.pen.pale,
        )
    c.pen.line(x + 4, y + h - 4, x + w, y + h - 4, color=GREY, width=0.4)


def framed_slip(
    doc: Document, size: tuple[float, float], margin: float, frame: float
) -> tuple[io.BytesIO, Canvas, Ctx]:
    """A one-page receipt slip inside a frame of the accent colour, titled by the
    receipt's title and number."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=size, invariant=1, pageCompression=1)
    canvas.setTitle(f"{doc.labels['receipt_title'].title()} {doc.invoice_number}")
    canvas.setAuthor(doc.vendor_name)
    pen = Pen(canvas, size[0], size[1], doc.layout["font"], doc.layout["accent"])
    pen.rect(10, 10, size[0] - 20, size[1] - 20, stroke=pen.accent, width=frame)
    return buffer, canvas, Ctx(pen, doc, Fmt.of(doc), margin)


def strip_slip(
    doc: Document,
    width: float,
    margin: float,
    top: float,
    sections: Sequence[Callable[[Ctx, float], float]],
    long: float,
    pad: float,
) -> tuple[bytes, int]:
    """A till slip as tall as its content: its sections drawn once on a strip ``long``
    points tall to learn its height, then on a strip of that height and ``pad`` more."""

    def draw(height: float) -> tuple[bytes, float]:
        buffer = io.BytesIO()
        canvas = Canvas(buffer, pagesize=(width, height), invariant=1, pageCompression=1)
        canvas.setTitle(f"{doc.labels['receipt_title'].title()} {doc.invoice_number}")
        canvas.setAuthor(doc.vendor_name)
        pen = Pen(canvas, width, height, doc.layout["font"], doc.layout["accent"])
        c = Ctx(pen, doc, Fmt.of(doc), margin)
        y = top
        for section in sections:
            y = section(c, y)
        canvas.save()
        return buffer.getvalue(), y

    _, height = draw(long)
    return draw(height + pad)[0], 1
