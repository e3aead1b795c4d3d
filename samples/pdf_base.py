"""Drawing helpers shared by the invoice and receipt renderers: a pen with top-left
coordinates, value formatting for one document, logos."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal

from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from samples.document import Document
from samples.formats import (
    format_date,
    format_money,
    format_quantity,
    format_rate,
    group,
    short_date,
)

FAMILIES = {
    "Helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    "Times": ("Times-Roman", "Times-Bold", "Times-Italic"),
    "Courier": ("Courier", "Courier-Bold", "Courier-Oblique"),
}
BLACK = HexColor("#111111")
GREY = HexColor("#555555")
LIGHT = HexColor("#bbbbbb")


def tint(color: Color, amount: float) -> Color:
    """``color`` mixed with white; ``amount`` 1.0 is white."""
    return Color(*(c + (1 - c) * amount for c in (color.red, color.green, color.blue)))


class Pen:
    """A reportlab canvas addressed from the top-left corner, in points."""

    def __init__(self, canvas: Canvas, width: float, height: float, family: str, accent: str):
        self.canvas = canvas
        self.width = width
        self.height = height
        self.fonts = FAMILIES[family]
        self.accent = HexColor(accent)
        self.pale = tint(self.accent, 0.88) if accent != "#000000" else HexColor("#e6e6e6")
        self.on_accent = white if accent != "#000000" else BLACK
        self.fill_accent = self.accent if accent != "#000000" else HexColor("#d0d0d0")
        self.scale = 0.92 if family == "Courier" else 1.0

    def font(self, bold: bool = False, italic: bool = False) -> str:
        return self.fonts[1] if bold else self.fonts[2] if italic else self.fonts[0]

    def measure(self, text: str, size: float, bold: bool = False) -> float:
        return stringWidth(text, self.font(bold), size * self.scale)

    def text(
        self,
        x: float,
        y: float,
        text: str,
        size: float = 9,
        *,
        bold: bool = False,
        italic: bool = False,
        align: str = "left",
        color: Color = BLACK,
        fit: float | None = None,
    ) -> None:
        """Draw ``text`` with its baseline ``y`` points below the top edge."""
        size *= self.scale
        font = self.font(bold, italic)
        if fit is not None:
            wide = stringWidth(text, font, size)
            size = size * fit / wide if wide > fit else size
        c = self.canvas
        c.setFillColor(color)
        c.setFont(font, size)
        if align == "right":
            c.drawRightString(x, self.height - y, text)
        elif align == "center":
            c.drawCentredString(x, self.height - y, text)
        else:
            c.drawString(x, self.height - y, text)

    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        *,
        fill: Color | None = None,
        stroke: Color | None = None,
        width: float = 0.6,
    ) -> None:
        c = self.canvas
        if fill is not None:
            c.setFillColor(fill)
        if stroke is not None:
            c.setStrokeColor(stroke)
            c.setLineWidth(width)
        c.rect(
            x, self.height - y - h, w, h, stroke=int(stroke is not None), fill=int(fill is not None)
        )

    def line(
        self,
        x0: float,
        y0: float,
        x1: float,
        y1: float,
        *,
        color: Color = BLACK,
        width: float = 0.6,
        dash: tuple[float, float] | None = None,
    ) -> None:
        c = self.canvas
        c.setStrokeColor(color)
        c.setLineWidth(width)
        c.setDash(*dash) if dash else c.setDash()
        c.line(x0, self.height - y0, x1, self.height - y1)
        c.setDash()

    def wrap(self, text: str, size: float, width: float, bold: bool = False) -> list[str]:
        return simpleSplit(text, self.font(bold), size * self.scale, width) or [""]


@dataclass(frozen=True)
class Fmt:
    """How one document prints its values (its layout's date, number and money styles)."""

    date_style: str
    numbers: str
    money_style: str
    currency: str

    @classmethod
    def of(cls, doc: Document) -> Fmt:
        layout = doc.layout
        return cls(layout["date"], layout["numbers"], layout["money"], doc.currency)

    def date(self, day: datetime.date) -> str:
        return format_date(day, self.date_style)

    def cell_date(self, day: datetime.date) -> str:
        return short_date(day, self.date_style)

    def money(self, value: Decimal) -> str:
        return format_money(value, self.numbers, self.money_style, self.currency)

    def amount(self, value: Decimal) -> str:
        return group(value, self.numbers)

    def quantity(self, value: Decimal) -> str:
        return format_quantity(value, self.numbers)

    def rate(self, value: Decimal) -> str:
        return format_rate(value, self.numbers)

    def percent(self, rate: Decimal) -> str:
        text = format(rate * 100, "f").rstrip("0").rstrip(".")
        return (text.replace(".", ",") if self.numbers == "eu" else text) + "%"

    def period(self, start: datetime.date, end: datetime.date, separator: str) -> str:
        return f"{self.date(start)}{separator}{self.date(end)}"


def draw_logo(pen: Pen, shape: str, x: float, y: float, size: float, initials: str) -> None:
    """A simple vendor mark: a shape in the accent colour with the vendor's initials."""
    c = pen.canvas
    c.saveState()
    c.setFillColor(pen.fill_accent)
    c.setStrokeColor(pen.fill_accent)
    cx, cy = x + size / 2, pen.height - y - size / 2
    if shape == "circle":
        c.circle(cx, cy, size / 2, stroke=0, fill=1)
    elif shape == "diamond":
        path = c.beginPath()
        for px, py in (
            (cx, cy + size / 2),
            (cx + size / 2, cy),
            (cx, cy - size / 2),
            (cx - size / 2, cy),
        ):
            path.lineTo(px, py) if len(path.getCode()) else path.moveTo(px, py)
        path.close()
        c.drawPath(path, stroke=0, fill=1)
    elif shape == "triangle":
        path = c.beginPath()
        path.moveTo(cx - size / 2, cy - size / 2.4)
        path.lineTo(cx + size / 2, cy - size / 2.4)
        path.lineTo(cx, cy + size / 2)
        path.close()
        c.drawPath(path, stroke=0, fill=1)
    elif shape == "bars":
        for i in range(4):
            h = size * (0.45 + 0.18 * i)
            c.rect(x + i * size / 4, cy - size / 2, size / 4.8, h, stroke=0, fill=1)
    else:
        c.roundRect(x, cy - size / 2, size, size, size / 6, stroke=0, fill=1)
    c.restoreState()
    if shape != "bars":
        pen.text(
            cx,
            y + size / 2 + size * 0.12,
            initials,
            size * 0.34,
            bold=True,
            align="center",
            color=pen.on_accent,
        )


def initials(name: str) -> str:
    words = [w for w in name.replace("&", " ").split() if w[:1].isupper() and len(w) > 2]
    return "".join(w[0] for w in words[:2]) or name[:2].upper()


def column_start(
    key: str, x: float, w: float, figures: tuple[str, ...], pad: float = 4
) -> tuple[float, str]:
    """Where a table column's text starts and how it is aligned: the columns of
    ``figures`` flush right, the others flush left."""
    return (x + w - pad, "right") if key in figures else (x + pad, "left")
