"""Extraction on invoices and till receipts in Polish, Swedish, Danish, Norwegian,
Finnish, Czech, Romanian and Hungarian, drawn here as real PDF files: the seller's and
buyer's labelled blocks, number, dates, a small line table and the totals in the
language's own words with decimal commas; and the month names of those languages."""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from docmatch.types import DocumentType
from extract import Extraction, ReadLimits, extract_document, read_document
from extract.formats import Conventions, find_dates
from tests.test_extract import draw_pdf as draw_pages

# Letters such as ł, ř, ș and ő are not in the standard PDF fonts: the documents are
# drawn in a TrueType font that has them.
FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"))
FONTS = {"Sans": "DejaVuSans.ttf", "Sans-Bold": "DejaVuSans-Bold.ttf", "Mono": "DejaVuSansMono.ttf"}


def _font_dir() -> Path | None:
    return next((d for d in FONT_DIRS if all((d / f).exists() for f in FONTS.values())), None)


needs_fonts = pytest.mark.skipif(_font_dir() is None, reason="needs the DejaVu fonts")


@cache
def _register_fonts() -> None:
    folder = _font_dir()
    assert folder is not None
    for name, file in FONTS.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))


# (x, y from the top, text, size, bold, right-aligned)
Item = tuple[float, float, str, float, bool, bool]


def text(x: float, y: float, s: str, size: float = 9, bold: bool = False) -> Item:
    return (x, y, s, size, bold, False)


def right(x: float, y: float, s: str, size: float = 9, bold: bool = False) -> Item:
    return (x, y, s, size, bold, True)


def draw_pdf(items: Iterable[Item]) -> bytes:
    _register_fonts()
    return draw_pages([list(items)], A4, fonts=("Sans", "Sans-Bold"))


def read_and_extract(data: bytes) -> Extraction:
    reading = read_document(data, media_type="application/pdf", limits=ReadLimits())
    return extract_document(reading.pages)


@dataclass(frozen=True)
class Invoice:
    """What one invoice prints, in its language's words."""

    title: str
    vendor: tuple[str, ...]  # name, address lines, tax id line
    seller_label: str
    buyer_label: str
    buyer: tuple[str, ...]
    header: tuple[tuple[str, str], ...]  # label, value
    headings: tuple[str, str, str, str]
    rows: tuple[tuple[str, str, str, str], ...]
    totals: tuple[tuple[str, str], ...]
    footer: tuple[str, ...] = ()


def invoice_items(inv: Invoice) -> list[Item]:
    """A two-column letterhead: the title and header fields at the top right, the seller's
    and buyer's labelled blocks side by side, then the table and the totals."""
    items = [text(40, 50, inv.vendor[0], 15, True), text(360, 50, inv.title, 16, True)]
    y = 75.0
    for label, value in inv.header:
        items += [text(360, y, label), text(470, y, value)]
        y += 13
    y = max(y, 90) + 25
    items += [text(40, y, inv.seller_label, bold=True), text(320, y, inv.buyer_label, bold=True)]
    for i, line in enumerate(inv.vendor):
        items.append(text(40, y + 13 * (i + 1), line))
    for i, line in enumerate(inv.buyer):
        items.append(text(320, y + 13 * (i + 1), line))
    y += 13 * (max(len(inv.vendor), len(inv.buyer)) + 3)
    xs = (40, 360, 450, 550)
    items += [text(xs[0], y, inv.headings[0], bold=True)]
    items += [right(x, y, h, bold=True) for x, h in zip(xs[1:], inv.headings[1:], strict=True)]
    for row in inv.rows:
        y += 15
        items.append(text(xs[0], y, row[0]))
        items += [right(x, y, v) for x, v in zip(xs[1:], row[1:], strict=True)]
    y += 35
    for label, value in inv.totals:
        items += [text(360, y, label), right(550, y, value)]
        y += 14
    y += 20
    for line in inv.footer:
        items.append(text(40, y, line, 8))
        y += 12
    return items


POLISH = Invoice(
    title="FAKTURA VAT",
    vendor=(
        "Instalbud Sp. z o.o.",
        "ul. Marszałkowska 84/92",
        "00-514 Warszawa",
        "NIP: 526-104-08-28",
    ),
    seller_label="Sprzedawca:",
    buyer_label="Nabywca:",
    buyer=(
        "Zakład Energetyczny Łódź S.A.",
        "ul. Piotrkowska 120",
        "90-006 Łódź",
        "NIP: 725-00-12-345",
    ),
    header=(
        ("Nr faktury:", "FV/2024/03/118"),
        ("Data wystawienia:", "15.03.2024"),
        ("Data sprzedaży:", "14.03.2024"),
        ("Termin płatności:", "29.03.2024"),
    ),
    headings=("Nazwa towaru lub usługi", "Ilość", "Cena netto", "Wartość netto"),
    rows=(
        ("Przegląd instalacji gazowej", "2", "450,00", "900,00"),
        ("Wymiana zaworu", "1", "100,00", "100,00"),
    ),
    totals=(
        ("Wartość netto", "1 000,00 zł"),
        ("Kwota VAT 23%", "230,00 zł"),
        ("Wartość brutto", "1 230,00 zł"),
        ("Do zapłaty", "1 230,00 zł"),
    ),
    footer=(
        "Sposób płatności: przelew",
        "Słownie: jeden tysiąc dwieście trzydzieści złotych 00/100",
    ),
)

SWEDISH = Invoice(
    title="FAKTURA",
    vendor=("Nordbygg Service AB", "Storgatan 12", "114 51 Stockholm", "Org.nr: 556677-8899"),
    seller_label="Säljare",
    buyer_label="Köpare",
    buyer=("Fastighets AB Linden", "Lindvägen 3", "413 04 Göteborg"),
    header=(
        ("Fakturanummer:", "20240318"),
        ("Fakturadatum:", "2024-03-18"),
        ("Förfallodatum:", "2024-04-17"),
        ("Betalningsvillkor:", "30 dagar netto"),
    ),
    headings=("Beskrivning", "Antal", "À-pris", "Belopp"),
    rows=(
        ("Service av ventilation", "4", "650,00", "2 600,00"),
        ("Filterbyte", "2", "200,00", "400,00"),
    ),
    totals=(
        ("Summa exkl. moms", "3 000,00"),
        ("Moms 25%", "750,00"),
        ("Att betala", "3 750,00 SEK"),
    ),
    footer=("Bankgiro: 123-4567", "Momsreg.nr: SE556677889901"),
)

DANISH = Invoice(
    title="FAKTURA",
    vendor=("Hansen VVS ApS", "Vestergade 21", "8000 Aarhus C", "CVR-nr.: 31245678"),
    seller_label="Sælger",
    buyer_label="Kunde",
    buyer=("Boligselskabet Fjorden", "Havnevej 7", "9000 Aalborg"),
    header=(
        ("Fakturanr.:", "10457"),
        ("Fakturadato:", "12.03.2024"),
        ("Forfaldsdato:", "26.03.2024"),
    ),
    headings=("Beskrivelse", "Antal", "Enhedspris", "Beløb"),
    rows=(
        ("Udskiftning af vandhane", "3", "520,00", "1.560,00"),
        ("Kørsel", "1", "440,00", "440,00"),
    ),
    totals=(
        ("Subtotal", "2.000,00"),
        ("Moms 25%", "500,00"),
        ("I alt DKK", "2.500,00"),
    ),
    footer=("Betalingsbetingelser: Netto 14 dage",),
)

NORWEGIAN = Invoice(
    title="FAKTURA",
    vendor=("Fjellbygg AS", "Kongens gate 9", "0153 Oslo", "Org.nr. 987 654 321 MVA"),
    seller_label="Selger",
    buyer_label="Kjøper",
    buyer=("Bergen Eiendom AS", "Strandkaien 2", "5013 Bergen"),
    header=(
        ("Fakturanummer:", "7731"),
        ("Fakturadato:", "04.03.2024"),
        ("Forfallsdato:", "18.03.2024"),
        ("KID:", "0077310012"),
    ),
    headings=("Beskrivelse", "Antall", "Enhetspris", "Beløp"),
    rows=(
        ("Maling av trapperom", "10", "480,00", "4 800,00"),
        ("Materialer", "1", "1 200,00", "1 200,00"),
    ),
    totals=(
        ("Sum eks. mva", "6 000,00"),
        ("Mva 25%", "1 500,00"),
        ("Å betale", "7 500,00"),
    ),
)

FINNISH = Invoice(
    title="LASKU",
    vendor=("Putkityö Virtanen Oy", "Hämeenkatu 15", "33100 Tampere", "Y-tunnus: 2345678-9"),
    seller_label="Myyjä",
    buyer_label="Asiakas",
    buyer=("Asunto Oy Koivula", "Koivukuja 4", "00820 Helsinki"),
    header=(
        ("Laskun numero:", "24-1187"),
        ("Laskun päivämäärä:", "05.03.2024"),
        ("Eräpäivä:", "19.03.2024"),
        ("Viitenumero:", "11874"),
        ("Maksuehdot:", "14 pv netto"),
    ),
    headings=("Kuvaus", "Määrä", "À-hinta", "Hinta"),
    rows=(
        ("Vesikalusteiden asennus", "3", "120,00", "360,00"),
        ("Tarvikkeet", "1", "240,00", "240,00"),
    ),
    totals=(
        ("Veroton yhteensä", "600,00"),
        ("ALV 24 %", "144,00"),
        ("Maksettava yhteensä", "744,00 €"),
    ),
)

CZECH = Invoice(
    title="FAKTURA - DAŇOVÝ DOKLAD",
    vendor=(
        "Stavby Novák s.r.o.",
        "Vinohradská 112",
        "130 00 Praha 3",
        "IČ: 27082440  DIČ: CZ27082440",
    ),
    seller_label="Dodavatel:",
    buyer_label="Odběratel:",
    buyer=("Bytové družstvo Řeka", "Nábřeží 8", "602 00 Brno"),
    header=(
        ("Číslo faktury:", "2024031"),
        ("Datum vystavení:", "11.03.2024"),
        ("Datum splatnosti:", "25.03.2024"),
        ("DUZP:", "11.03.2024"),
        ("Variabilní symbol:", "2024031"),
    ),
    headings=("Popis", "Množství", "Cena za MJ", "Částka"),
    rows=(
        ("Oprava střechy", "1", "18 000,00", "18 000,00"),
        ("Klempířské práce", "4", "500,00", "2 000,00"),
    ),
    totals=(
        ("Základ DPH", "20 000,00"),
        ("DPH 21 %", "4 200,00"),
        ("Celkem k úhradě", "24 200,00 Kč"),
    ),
)

ROMANIAN = Invoice(
    title="FACTURĂ FISCALĂ",
    vendor=("Electro Serv SRL", "Str. Lipscani nr. 20", "030031 București", "CUI: RO16341870"),
    seller_label="Furnizor:",
    buyer_label="Cumpărător:",
    buyer=("Clădiri Moderne SA", "Bd. Eroilor 15", "400129 Cluj-Napoca"),
    header=(
        ("Factură nr.:", "ES-0912"),
        ("Data emiterii:", "08.03.2024"),
        ("Data scadenței:", "07.04.2024"),
    ),
    headings=("Denumire produse / servicii", "Cantitate", "Preț unitar", "Valoare"),
    rows=(
        ("Revizie tablou electric", "2", "750,00", "1.500,00"),
        ("Înlocuire siguranțe", "5", "100,00", "500,00"),
    ),
    totals=(
        ("Total fără TVA", "2.000,00"),
        ("Valoare TVA 19%", "380,00"),
        ("Total de plată", "2.380,00 lei"),
    ),
)

HUNGARIAN = Invoice(
    title="SZÁMLA",
    vendor=("Dunakő Építő Kft.", "Váci út 35", "1134 Budapest", "Adószám: 12345678-2-41"),
    seller_label="Eladó:",
    buyer_label="Vevő:",
    buyer=("Tisza Lakásszövetkezet", "Kossuth tér 2", "6720 Szeged"),
    header=(
        ("Számla sorszáma:", "DK-2024-0451"),
        ("Számla kelte:", "2024.03.14."),
        ("Teljesítés dátuma:", "2024.03.12."),
        ("Fizetési határidő:", "2024.03.29."),
    ),
    headings=("Megnevezés", "Mennyiség", "Egységár", "Nettó érték"),
    rows=(
        ("Burkolás", "20", "9 000,00", "180 000,00"),
        ("Anyagköltség", "1", "20 000,00", "20 000,00"),
    ),
    totals=(
        ("Nettó összesen", "200 000,00"),
        ("ÁFA 27%", "54 000,00"),
        ("Fizetendő", "254 000,00 HUF"),
    ),
)

# language: the invoice, its number, date, due date, net, VAT and total
EXPECTED = {
    "pl": (POLISH, "FV/2024/03/118", "2024-03-15", "2024-03-29", "1000.00", "230.00", "1230.00"),
    "sv": (SWEDISH, "20240318", "2024-03-18", "2024-04-17", "3000.00", "750.00", "3750.00"),
    "da": (DANISH, "10457", "2024-03-12", "2024-03-26", "2000.00", "500.00", "2500.00"),
    "no": (NORWEGIAN, "7731", "2024-03-04", "2024-03-18", "6000.00", "1500.00", "7500.00"),
    "fi": (FINNISH, "24-1187", "2024-03-05", "2024-03-19", "600.00", "144.00", "744.00"),
    "cs": (CZECH, "2024031", "2024-03-11", "2024-03-25", "20000.00", "4200.00", "24200.00"),
    "ro": (ROMANIAN, "ES-0912", "2024-03-08", "2024-04-07", "2000.00", "380.00", "2380.00"),
    "hu": (
        HUNGARIAN,
        "DK-2024-0451",
        "2024-03-14",
        "2024-03-29",
        "200000.00",
        "54000.00",
        "254000.00",
    ),
}


@needs_fonts
@pytest.mark.parametrize("code", list(EXPECTED))
def test_invoice_header_and_totals(code: str) -> None:
    inv, number, issued, due, net, vat, total = EXPECTED[code]
    extraction = read_and_extract(draw_pdf(invoice_items(inv)))
    got = {name: f.value for name, f in extraction.fields.items()}
    assert extraction.document_type == DocumentType.INVOICE
    assert extraction.language == code
    assert got.get("invoice_number") == number
    assert (got.get("invoice_date"), got.get("due_date")) == (issued, due)
    assert (got.get("subtotal"), got.get("tax"), got.get("total")) == (net, vat, total)
    assert got.get("customer_name") == inv.buyer[0]
    assert got.get("vendor_name") == inv.vendor[0]


@needs_fonts
@pytest.mark.parametrize("code", ["pl", "sv", "cs"])
def test_seller_block_names_the_vendor_without_a_letterhead(code: str) -> None:
    inv = EXPECTED[code][0]
    items = invoice_items(inv)[1:]  # the letterhead dropped: only the seller's block names it
    fields = read_and_extract(draw_pdf(items)).fields
    assert fields["vendor_name"].value == inv.vendor[0]
    assert fields["vendor_name"].method == "block_seller"


@needs_fonts
@pytest.mark.parametrize(
    ("inv", "total"),
    [
        (replace(FINNISH, headings=("Kuvaus", "Määrä", "Yksikköhinta", "Yhteensä")), "744.00"),
        (replace(CZECH, headings=("Popis", "Množství", "Cena za MJ", "Celkem")), "24200.00"),
        (
            replace(HUNGARIAN, totals=(*HUNGARIAN.totals[:2], ("Fizetendő", "254 000,00 Ft"))),
            "254000.00",
        ),
    ],
)
def test_total_column_heading_and_forint_sign(inv: Invoice, total: str) -> None:
    """A table's 'Yhteensä' or 'Celkem' column holds no total; 'Ft' marks forints."""
    fields = read_and_extract(draw_pdf(invoice_items(inv))).fields
    assert "total" in fields and fields["total"].value == total


@pytest.mark.parametrize(
    ("language", "printed", "value"),
    [
        ("pl", "15 marca 2024", "2024-03-15"),
        ("sv", "18 mars 2024", "2024-03-18"),
        ("da", "12. marts 2024", "2024-03-12"),
        ("no", "4. desember 2024", "2024-12-04"),
        ("fi", "5. toukokuuta 2024", "2024-05-05"),
        ("cs", "1. července 2024", "2024-07-01"),
        ("ro", "8 martie 2024", "2024-03-08"),
        ("hu", "14 március 2024", "2024-03-14"),
        ("pl", "15 października 2024", "2024-10-15"),  # a month name of 12 letters
        ("fi", "5. maaliskuuta 2024", "2024-03-05"),
        ("hu", "2024. március 14.", "2024-03-14"),  # year, month, day
    ],
)
def test_month_names(language: str, printed: str, value: str) -> None:
    conventions = Conventions(day_first=True, decimal_comma=True, language=language)
    assert [d.value.isoformat() for d in find_dates(printed, conventions)] == [value]


def draw_roll(lines: list[tuple[str, str]], width: float = 226) -> bytes:
    """A till roll 80 mm wide: each line a text on the left and an amount on the right."""
    _register_fonts()
    height = 60.0 + 12 * len(lines)
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(width, height))
    pdf.setFont("Mono", 8)
    for i, (left, amount) in enumerate(lines):
        y = height - 30 - 12 * i
        pdf.drawString(12, y, left)
        if amount:
            pdf.drawRightString(width - 12, y, amount)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


POLISH_RECEIPT = [  # two VAT classes: 23 % (A) and 8 % (B)
    ("Sklep Spożywczy Kłos", ""),
    ("ul. Długa 5, 31-147 Kraków", ""),
    ("NIP 676-000-11-22", ""),
    ("2024-03-21            nr wydr. 012345", ""),
    ("PARAGON FISKALNY", ""),
    ("Chleb żytni        1 x 6,50", "6,50 B"),
    ("Masło ekstra       2 x 7,90", "15,80 B"),
    ("Kawa mielona       1 x 24,99", "24,99 A"),
    ("SPRZEDAŻ OPODATK. A", "24,99"),
    ("PTU A 23,00 %", "4,67"),
    ("SPRZEDAŻ OPODATK. B", "22,30"),
    ("PTU B 8,00 %", "1,65"),
    ("SUMA PTU", "6,32"),
    ("SUMA PLN", "47,29"),
    ("Gotówka", "50,00"),
    ("Reszta", "2,71"),
]

SWEDISH_RECEIPT = [
    ("Livs Kungsholmen AB", ""),
    ("Fleminggatan 22, Stockholm", ""),
    ("Org.nr 556123-4567", ""),
    ("KVITTO  2024-03-18 14:32", ""),
    ("Kvitto nr: 4711   Kassa 2", ""),
    ("Mjölk 1,5l", "18,90"),
    ("Bröd", "32,00"),
    ("Ost 500g", "77,60"),
    ("Totalt", "128,50"),
    ("Varav moms 12%", "13,77"),
    ("Kort", "128,50"),
    ("Tack för ditt köp!", ""),
]


@needs_fonts
@pytest.mark.parametrize(
    ("lines", "language", "number", "issued", "tax", "total"),
    [
        (POLISH_RECEIPT, "pl", "012345", "2024-03-21", "6.32", "47.29"),
        (SWEDISH_RECEIPT, "sv", "4711", "2024-03-18", "13.77", "128.50"),
    ],
)
def test_till_receipt(
    lines: list[tuple[str, str]], language: str, number: str, issued: str, tax: str, total: str
) -> None:
    extraction = read_and_extract(draw_roll(lines))
    got = {name: f.value for name, f in extraction.fields.items()}
    assert extraction.document_type == DocumentType.RECEIPT
    assert extraction.language == language
    assert (got.get("invoice_number"), got.get("invoice_date")) == (number, issued)
    assert (got.get("tax"), got.get("total")) == (tax, total)
    assert sum(item.amount or Decimal(0) for item in extraction.line_items) == Decimal(total)
