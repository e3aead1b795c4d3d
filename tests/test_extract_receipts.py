"""Till receipts as stores print them, drawn here on narrow thermal paper and scanned at
150 dpi (faded, blurred, noisy, a little turned, on a scanner bed): the store's name
over its address, an unlabelled date, items with SKU numbers, the totals block right
aligned with '$', then the tender and the change, which are not the total."""

from __future__ import annotations

import io
import random
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

import cv2
import numpy as np
import pypdfium2 as pdfium
import pytest
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from docmatch.types import DocumentType, Page, PageSource, Word
from extract import ReadLimits, extract_document, read_document
from extract.blocks import address_lines
from extract.document import MIN_CONFIDENCE
from extract.fields import read_identifier, read_phone
from extract.formats import Conventions, find_dates, find_phone, fix_ocr_digits, parse_amount
from extract.layout import Segment, layout_page
from extract.letterhead import name_as_printed
from extract.till_header import postal
from tests.till_drawings import (
    BAKERY_MY,
    BOOKSHOP_MY,
    FUEL_MY,
    GROCERY_US,
    HARDWARE_MY,
    MORE_TILLS,
    OTHER_TILLS,
    STATIONERY_MY,
    SUPERMARKET_DE,
    Row,
    draw_rows,
    paper_scan,
)

WIDTH = 80 * mm


@dataclass(frozen=True)
class Receipt:
    store: str
    street: str
    city: str
    phone: str
    date_line: str
    number_line: str
    items: tuple[tuple[str, str, Decimal], ...]  # SKU, description, amount
    tax_label: str
    tax_rate: Decimal
    tender: str


def draw(receipt: Receipt) -> tuple[bytes, Decimal, Decimal, Decimal]:
    """The receipt as a PDF, with its subtotal, tax and total."""
    subtotal = sum((amount for _, _, amount in receipt.items), Decimal(0))
    tax = (subtotal * receipt.tax_rate / 100).quantize(Decimal("0.01"))
    total = subtotal + tax
    height = (120 + 22 * len(receipt.items)) * mm / 2.2
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(WIDTH, height))
    y = height - 14 * mm / 2.2
    pdf.setFont("Helvetica-Bold", 13)
    pdf.drawCentredString(WIDTH / 2, y, receipt.store)
    pdf.setFont("Courier", 8.5)
    for text in (receipt.street, receipt.city, receipt.phone):
        y -= 11
        pdf.drawCentredString(WIDTH / 2, y, text)
    y -= 20
    pdf.drawString(8, y, receipt.date_line)
    pdf.drawRightString(WIDTH - 8, y, receipt.number_line)
    y -= 16
    for sku, description, amount in receipt.items:
        pdf.drawString(8, y, f"{sku} {description}")
        pdf.drawRightString(WIDTH - 8, y, f"{amount:.2f}")
        y -= 12
    y -= 6
    for label, value in (
        ("SUB  TOTAL", subtotal),  # padded out in the till's fixed-width font
        (f"{receipt.tax_label} {receipt.tax_rate}%", tax),
        ("TOTAL", total),
    ):
        pdf.drawRightString(WIDTH - 80, y, label)
        pdf.drawRightString(WIDTH - 8, y, f"${value:,.2f}")
        y -= 12
    y -= 6
    pdf.drawString(8, y, receipt.tender)
    pdf.drawRightString(WIDTH - 8, y, f"${total + 20:,.2f}")
    y -= 12
    pdf.drawString(8, y, "CHANGE DUE")
    pdf.drawRightString(WIDTH - 8, y, "$20.00")
    y -= 20
    pdf.drawCentredString(WIDTH / 2, y, "THANK YOU FOR SHOPPING WITH US")
    pdf.showPage()
    pdf.save()
    return buffer.getvalue(), subtotal, tax, total


def scan(pdf: bytes, seed: int, dpi: int = 150) -> bytes:
    """A scanner-bed JPEG of the receipt: faded grey print, blur, noise, a slight turn."""
    rng = random.Random(seed)
    page = pdfium.PdfDocument(pdf)[0].render(scale=dpi / 72, grayscale=True).to_numpy()
    ink = np.asarray(page.reshape(page.shape[0], page.shape[1]), dtype=np.float32)
    faded = 255 - (255 - ink) * rng.uniform(0.6, 0.75)
    bed = np.full((round(11 * dpi), round(8.5 * dpi)), 228.0, np.float32)
    top, left = rng.randint(560, 800), rng.randint(40, 600)  # laid low on the bed
    bed[top : top + faded.shape[0], left : left + faded.shape[1]] = faded
    image = cv2.GaussianBlur(bed, (0, 0), 0.6)
    turn = cv2.getRotationMatrix2D((bed.shape[1] / 2, bed.shape[0] / 2), rng.uniform(-1.2, 1.2), 1)
    image = cv2.warpAffine(image, turn, (bed.shape[1], bed.shape[0]), borderValue=228)
    noise = np.asarray(np.random.default_rng(seed).normal(0.0, 7.0, image.shape), np.float32)
    image = np.clip(image + noise, 0, 255).astype(np.uint8)
    return cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, 70])[1].tobytes()


HARDWARE = Receipt(
    store="PRAIRIE HARDWARE",
    street="1450 W Main St",
    city="Garland, TX 75040",
    phone="(972) 555-0188",
    date_line="03/14/26 10:42 AM",
    number_line="TRANS# 448213",
    items=(
        ("043291", "WAX RING W/FLANGE", Decimal("6.49")),
        ("118870", "FAUCET CARTRIDGE", Decimal("24.97")),
        ("502211", "PAINT ROLLER 9IN", Decimal("8.98")),
        ("660134", "DRYWALL SCREWS 1LB", Decimal("7.47")),
    ),
    tax_label="SALES TAX",
    tax_rate=Decimal("8.25"),
    tender="VISA TEND",
)

FUEL = Receipt(
    store="LONE OAK FUEL STOP",
    street="2200 Hwy 78 N",
    city="Wylie, TX 75098",
    phone="972-555-0142",
    date_line="Mar 03 2026 16:05",
    number_line="RECEIPT # 90217",
    items=(
        ("000417", "UNLEADED 12.402G", Decimal("39.56")),
        ("281005", "WIPER BLADES 22IN", Decimal("14.99")),
    ),
    tax_label="TAX",
    tax_rate=Decimal("6.25"),
    tender="CASH TEND",
)


@pytest.mark.ocr
@pytest.mark.slow
@pytest.mark.parametrize(("receipt", "seed"), [(HARDWARE, 5), (FUEL, 11)])
def test_scanned_receipt_gives_store_date_and_totals(receipt: Receipt, seed: int) -> None:
    pdf, subtotal, tax, total = draw(receipt)
    reading = read_document(scan(pdf, seed), media_type="image/jpeg", limits=ReadLimits())
    extraction = extract_document(reading.pages, type_hint=DocumentType.RECEIPT)
    fields = {name: field.value for name, field in extraction.fields.items()}
    wanted_date = find_dates(receipt.date_line, Conventions())[0].value.isoformat()
    assert fields.get("vendor_name", "").upper() == receipt.store
    assert fields.get("invoice_date") == wanted_date
    assert fields.get("total") == f"{total:.2f}"  # not the tender, not the change
    assert fields.get("subtotal") == f"{subtotal:.2f}"
    assert fields.get("tax") == f"{tax:.2f}"
    assert fields.get("invoice_number") == receipt.number_line.split()[-1]
    assert "1450" in fields.get("vendor_address", "1450") or receipt is FUEL
    for field in extraction.fields.values():
        assert 0.0 < field.confidence < 1.0


def _ocr_page(rows: Sequence[Sequence[tuple[str, float, float]]], tilt: float) -> Page:
    """A page of OCR words, row by row as (text, left, right), dropping by `tilt`."""
    words = []
    for line, row in enumerate(rows):
        for text, x0, x1 in row:
            top = 100 + 30 * line + tilt * x0
            words.append(Word(text, (x0, top, x1, top + 12), 0.9, line))
    return Page(1, 600.0, 800.0, "px", PageSource.OCR, tuple(words))


def test_turned_receipt_keeps_amounts_on_their_item_lines() -> None:
    rows = [
        [("FURNACE", 10, 70), ("FILTER", 78, 125), ("20X25X1", 133, 190), ("51.52", 500, 540)],
        [("TOILET", 10, 60), ("FLAPPER", 68, 125), ("UNIV", 133, 170), ("34.84", 500, 540)],
        [("DOOR", 10, 45), ("STOP", 53, 90), ("SPRING", 98, 150), ("13.62", 500, 540)],
    ]
    lines = layout_page(_ocr_page(rows, tilt=0.03)).lines  # 15 px drop over the width
    assert [line.text for line in lines] == [
        "FURNACE FILTER 20X25X1 51.52",
        "TOILET FLAPPER UNIV 34.84",
        "DOOR STOP SPRING 13.62",
    ]


def test_spaced_out_and_glued_labels_are_read_as_labels() -> None:
    rows = [[("SUB", 300, 322), ("TOTAL", 345, 385), ("104.58", 500, 545)],
            [("TAX8.25%", 300, 360), ("8.63", 510, 545)]]  # fmt: skip
    lines = layout_page(_ocr_page(rows, tilt=0.0)).lines
    assert [s.text for s in lines[0].segments] == ["SUB TOTAL", "104.58"]
    assert [s.text for s in lines[1].segments] == ["TAX 8.25%", "8.63"]


def test_misread_amounts_and_dates_of_receipts() -> None:
    conv = Conventions()
    assert parse_amount(fix_ocr_digits("‘194.68 USD"), conv).value == Decimal("194.68")  # type: ignore[union-attr]
    assert parse_amount(fix_ocr_digits("4S.2O"), conv).value == Decimal("45.20")  # type: ignore[union-attr]
    assert parse_amount(fix_ocr_digits("S12.00"), conv).value == Decimal("12.00")  # type: ignore[union-attr]
    assert find_dates("14-03-26 10:12", conv)[0].value.isoformat() == "2026-03-14"
    assert find_dates("Mar 03 2026", conv)[0].value.isoformat() == "2026-03-03"


@pytest.mark.ocr
@pytest.mark.slow
@pytest.mark.parametrize(("rows", "seed", "wanted"), OTHER_TILLS)
def test_receipts_of_other_tills(rows: list[Row], seed: int, wanted: dict[str, str]) -> None:
    reading = read_document(
        paper_scan(draw_rows(rows), seed), media_type="image/jpeg", limits=ReadLimits()
    )
    extraction = extract_document(reading.pages)
    assert extraction.classification.document_type in (DocumentType.RECEIPT, DocumentType.INVOICE)
    fields = {name: field.value for name, field in extraction.fields.items()}
    assert {name: _unspecked(name, fields.get(name)) for name in wanted} == {
        name: _unspecked(name, value) for name, value in wanted.items()
    }


def _unspecked(name: str, value: str | None) -> str | None:
    """An address without its stops: a speck of thermal print read as one ('LOT. 1234')
    is no error of the extraction these tests are about."""
    return value.replace(".", "") if name == "vendor_address" and value else value


def test_store_numbers_and_specks_are_no_address_lines() -> None:
    lines = ["i", "STORE #0427", "1825 W MAPLE AVE", "DENTON TX 76201 ~"]
    assert address_lines(lines) == ["1825 W MAPLE AVE", "DENTON TX 76201"]
    assert address_lines([". (002043319-W)", "NO.2, JALAN TEMENGGUNG 19/9,"]) == [
        "NO.2, JALAN TEMENGGUNG 19/9"
    ]


def test_a_date_under_a_number_label_is_no_number() -> None:
    assert read_identifier("25 Dec 2018 14:03", Conventions()) is None
    assert read_identifier("R0012345", Conventions()) == ("R0012345", 0, 8)


def test_phone_numbers_printed_in_pairs() -> None:
    assert find_phone("Tel : 01 42 61 23 45") == ("0142612345", "01 42 61 23 45")


def test_ringgit_printed_against_the_amount() -> None:
    assert parse_amount("RM12.50", Conventions()).value == Decimal("12.50")  # type: ignore[union-attr]
    assert parse_amount("S$6.80", Conventions()).currency == "SGD"  # type: ignore[union-attr]


def test_a_phone_whose_area_code_was_misread_is_not_read() -> None:
    assert read_phone("1940) 555-0173", Conventions()) is None
    assert read_phone("(940) 555-0173", Conventions()) == ("9405550173", 0, 14)


def _printed(rows: list[Row]) -> dict[str, str]:
    """The fields of a receipt drawn with a text layer: the rules alone, no OCR."""
    reading = read_document(draw_rows(rows), media_type="application/pdf", limits=ReadLimits())
    extraction = extract_document(reading.pages)
    return {name: field.value for name, field in extraction.fields.items()}


def test_the_total_paid_is_the_last_of_a_chain() -> None:
    rounded: list[Row] = [
        ("B", "99 SPEED MART S/B (519537-X)"),
        "LOT P.T. 2811, JALAN ANGSA,",
        "41150 KLANG, SELANGOR",
        ("05-03-18 11:46 AM", ""),
        ("1001 F&N SEASONS LEMON TEA", "3.29 S"),
        ("7305 SUNLIGHT LEMON", "4.59 S"),
        ("Total Sales (Inclusive GST)", "RM 7.88"),
        ("Rounding Adj", "RM 0.02"),
        ("Total After Rounding", "RM 7.90"),
        ("CASH", "RM 10.00"),
        ("CHANGE", "RM 2.10"),
    ]
    fields = _printed(rounded)
    assert (fields["vendor_name"], fields["total"]) == ("99 SPEED MART S/B", "7.90")
    assert fields["invoice_date"] == "2018-03-05"
    tipped: list[Row] = [
        ("B", "JOE'S DINER"),
        "415 MAIN STREET",
        "SPRINGFIELD, IL 62701",
        ("Server: Kim", "Table 7"),
        ("2 Coffee", "5.00"),
        ("1 Pancakes", "8.95"),
        ("1 Omelette", "10.50"),
        ("Subtotal", "24.45"),
        ("Tax", "1.96"),
        ("Total", "26.41"),
        ("Tip", "4.00"),
        ("Grand Total", "30.41"),
        ("MC ****1234", "30.41"),
    ]
    assert _printed(tipped)["total"] == "30.41"
    deposit: list[Row] = [  # a deposit between two totals is no charge: the total stays
        ("B", "ACME PLUMBING LLC"),
        "12 Main St",
        "Dallas, TX 75201",
        ("Invoice # 5512", ""),
        ("Subtotal", "561.00"),
        ("Sales Tax", "46.28"),
        ("Invoice Total", "607.28"),
        ("Less Deposit Received", "-240.00"),
        ("Balance Due", "367.28"),
    ]
    assert _printed(deposit)["total"] == "607.28"


def test_a_total_qualified_by_its_tax_is_a_total() -> None:
    rows: list[Row] = [
        ("B", "POPULAR BOOK CO. (M) SDN BHD"),
        "No 8, Jalan 7/118B,",
        "Desa Tun Razak, 56000 Kuala Lumpur",
        ("BLUE GEL PEN 0.5MM", "5.60"),
        ("A4 PAPER 70GSM", "12.90"),
        ("Total RM Incl. of GST :", "18.50"),
        ("VISA", "18.50"),
    ]
    fields = _printed(rows)
    assert fields["total"] == "18.50"
    assert "tax" not in fields


def test_tables_of_rates_give_no_total() -> None:
    fields = _printed(SUPERMARKET_DE)
    assert fields["total"] == "11.12"  # not 'Gesamtbetrag 10,26' in the table of rates
    assert "subtotal" not in fields  # the 'Netto' column holds one part per rate
    fields = _printed(FUEL_MY)
    assert fields["total"] == "66.26"  # not the 'Amount' column of the GST summary
    assert fields["tax"] == "3.75"  # the one rate's tax


def test_a_slip_cropped_to_its_print_is_a_receipt() -> None:
    rows: list[Row] = [
        ("B", "PARKSIDE MARKET"), "880 ELM ST", "SALEM, OR 97301", ("ORGANIC APPLES", "4.98"),
        ("SOURDOUGH LOAF", "5.49"), ("COFFEE BEANS 12OZ", "11.99"), ("SUBTOTAL", "22.46"),
        ("TAX", "0.00"), ("TOTAL", "22.46"), ("DEBIT", "22.46"), ("12/25/2018 09:14", "REG 3"),
    ]  # fmt: skip
    page = read_document(draw_rows(rows), media_type="application/pdf", limits=ReadLimits()).pages[
        0
    ]
    scale = 150 / 72  # as a scan at 150 dpi, cropped to the paper
    words = tuple(
        Word(w.text, tuple(v * scale for v in w.bbox), 0.9, w.line)  # type: ignore[arg-type]
        for w in page.words
    )
    scanned = Page(1, page.width * scale, page.height * scale, "px", PageSource.OCR, words)
    assert extract_document([scanned]).classification.document_type == DocumentType.RECEIPT


def test_a_total_wrapped_under_its_label_and_the_tax_included_in_it() -> None:
    head: list[Row] = [
        ("B", "UNIHAKKA INTERNATIONAL SDN BHD"), "(867388-U)", "12, JALAN TAMPOI 7/4, KAWASAN",
        "PERINDUSTRIAN TAMPOI,", "81200 JOHOR BAHRU, JOHOR", "TEL: 07-2345678",
        "GST REG NO: 000656994304", ("Date: 25/12/2018", ""), ("NASI PUTIH", "1.00 SR"),
        ("AYAM GORENG", "4.50 SR"), ("SAYUR", "2.00 SR"),
    ]  # fmt: skip
    wrapped = _printed([*head, ("TOTAL AMOUNT PAYABLE", ""), ("", "RM 7.50"), ("CASH", "RM 10.00")])
    assert wrapped["total"] == "7.50"
    assert wrapped["vendor_address"] == (
        "12, JALAN TAMPOI 7/4, KAWASAN, PERINDUSTRIAN TAMPOI, 81200 JOHOR BAHRU, JOHOR"
    )
    included = _printed([*head, ("Total Amount :", "7.50"), ("GST @6% included in total:", "0.42")])
    assert (included["total"], included["tax"]) == ("7.50", "0.42")


def test_items_under_a_tax_invoice_title_with_their_tax_codes() -> None:
    rows: list[Row] = [
        ("B", "KEDAI PAPAN YEW CHUAN SDN BHD"), "LOT 276 JALAN BANTING", "43800 DENGKIL, SELANGOR.",
        ("B", "TAX INVOICE"), ("Invoice No : CS00042318", ""), ("L", "9555916500133 PAIP PVC 1/2"),
        ("  2 x 12.50", "25.00 SR"), ":", ("L", "9556001106789 CEMENT 50KG"),
        ("  3 x 18.90", "56.70 SR"),
        ("Total Sales (Excluding GST) :", "81.70"), ("Total GST :", "4.90"),
        ("Total Sales (Inclusive of GST) :", "86.60"), ("CASH :", "100.00"), ("CHANGE :", "13.40"),
    ]  # fmt: skip
    reading = read_document(draw_rows(rows), media_type="application/pdf", limits=ReadLimits())
    items = extract_document(reading.pages).line_items
    # the article's barcode before its name is no part of what was bought
    assert [(i.description, i.quantity, i.unit_price, i.amount) for i in items] == [
        ("PAIP PVC 1/2", Decimal(2), Decimal("12.50"), Decimal("25.00")),
        ("CEMENT 50KG", Decimal(3), Decimal("18.90"), Decimal("56.70")),
    ]


def test_the_amount_due_at_a_till_is_the_total() -> None:
    rows: list[Row] = [
        ("B", "PARKSIDE MARKET"), "880 ELM ST", "SALEM, OR 97301", ("Cashier: 12", "Reg 3"),
        ("ORGANIC APPLES", "4.98"), ("SOURDOUGH LOAF", "5.49"), ("AMOUNT DUE", "10.47"),
        ("VISA", "10.47"), "THANK YOU FOR SHOPPING",
    ]  # fmt: skip
    fields = _printed(rows)
    assert (fields["total"], fields["amount_due"]) == ("10.47", "10.47")


def test_quantity_and_price_printed_after_the_description() -> None:
    rows: list[Row] = [
        ("B", "RESTORAN WAN SHENG"), "NO.2, JALAN TEMENGGUNG 19/9,", "43200 CHERAS, SELANGOR",
        ("NASI LEMAK 2 4.50", "9.00"), ("TEH TARIK 3 2.20", "6.60"), ("TOTAL (RM)", "15.60"),
        ("CASH", "20.00"), ("CHANGE", "4.40"),
    ]  # fmt: skip
    reading = read_document(draw_rows(rows), media_type="application/pdf", limits=ReadLimits())
    items = extract_document(reading.pages).line_items
    assert [(i.description, i.quantity, i.unit_price, i.amount) for i in items] == [
        ("NASI LEMAK", Decimal(2), Decimal("4.50"), Decimal("9.00")),
        ("TEH TARIK", Decimal(3), Decimal("2.20"), Decimal("6.60")),
    ]


def test_the_change_due_is_no_amount_due() -> None:
    rows: list[Row] = [
        ("B", "PARKSIDE MARKET"), "880 ELM ST", "SALEM, OR 97301", ("ORGANIC APPLES", "4.98"),
        ("SOURDOUGH LOAF", "5.49"), ("TOTAL", "10.47"), ("CASH TEND", "20.00"),
        ("CHANGE DUE", "9.53"), "THANK YOU FOR SHOPPING",
    ]  # fmt: skip
    reading = read_document(draw_rows(rows), media_type="application/pdf", limits=ReadLimits())
    fields = extract_document(reading.pages).fields
    assert "amount_due" not in fields
    assert fields["total"].value == "10.47" and fields["total"].confidence > 0.9


def test_total_inc_gst_and_a_fax_beside_an_unreadable_phone() -> None:
    rows: list[Row] = [
        ("B", "BEAN THERE CAFE PTY LTD"), "ABN 51 824 753 556", "Shop 3, 88 George Street",
        "Sydney NSW 2000", ("TEL: 02 9251 $400", "FAX: 02 9251 4401"), ("1 Flat White", "4.50"),
        ("1 Long Black", "4.00"), ("TOTAL INC GST", "$8.50"), ("GST Included", "$0.77"),
        ("EFTPOS", "$8.50"),
    ]  # fmt: skip
    fields = _printed(rows)
    assert (fields["total"], fields["tax"]) == ("8.50", "0.77")
    assert "vendor_phone" not in fields  # the fax is no phone; the misread phone is left out


def test_labels_read_with_lookalike_letters() -> None:
    rows = [
        [("SUBT0TAL", 300, 380), ("7.08", 500, 540)],
        [("TOTAI", 300, 350), ("7.50", 500, 540)],
        [("CASH", 300, 345), ("10.00", 495, 540)],
    ]
    words = tuple(
        Word(text, (x0, 100 + 30 * n, x1, 112 + 30 * n), 0.6, n)
        for n, row in enumerate(rows)
        for text, x0, x1 in row
    )
    page = Page(1, 600.0, 800.0, "px", PageSource.OCR, words)
    # the sums disagree (no tax line): the values are doubtful, but read as labelled
    fields = extract_document([page], type_hint=DocumentType.RECEIPT, min_confidence=0).fields
    assert (fields["subtotal"].value, fields["total"].value) == ("7.08", "7.50")
    assert fields["total"].method == "label_right"


def test_cash_less_change_checks_the_total() -> None:
    head: list[Row] = [
        ("B", "RESTORAN WAN SHENG"), "NO.2, JALAN TEMENGGUNG 19/9,", "43200 CHERAS, SELANGOR",
        ("2 TEH TARIK", "4.40 SR"), ("1 NASI LEMAK AYAM", "8.90 SR"),
    ]  # fmt: skip
    agreeing = [*head, ("TOTAL (RM)", "13.30"), ("CASH", "20.00"), ("CHANGE", "6.70")]
    misread = [*head, ("TOTAL (RM)", "15.30"), ("CASH", "20.00"), ("CHANGE", "6.70")]
    unlabelled = [*head, ("CASH", "20.00"), ("CHANGE", "6.70")]
    results = []
    for rows in (agreeing, misread, unlabelled):
        reading = read_document(draw_rows(rows), media_type="application/pdf", limits=ReadLimits())
        extraction = extract_document(reading.pages, min_confidence=0)
        check = next(c for c in extraction.checks if c.name == "cash_less_change_equals_total")
        total = extraction.fields["total"]
        results.append((total.value, check.passed, total.confidence))
        kept = "total" in extract_document(reading.pages).fields
        assert kept == (total.confidence >= MIN_CONFIDENCE)
    assert [r[:2] for r in results] == [("13.30", True), ("15.30", False), ("13.30", True)]
    assert results[1][2] < 0.7 < results[0][2]  # a total the cash disagrees with is doubtful
    assert results[2][2] < 0.6  # read from the tender alone


def test_a_speck_read_as_a_full_stop_in_the_name() -> None:
    rows = [
        ([("RESTORAN.", 200, 320), ("WAN", 330, 380), ("SHENG", 390, 470)], 22),
        ([("NO.2,", 190, 240), ("JALAN", 250, 310), ("TEMENGGUNG", 320, 440)], 12),
        ([("43200", 220, 280), ("CHERAS,", 290, 370), ("SELANGOR", 380, 480)], 12),
        ([("TOTAL", 100, 170), ("(RM)", 180, 230), ("28.35", 500, 560)], 12),
        ([("CASH", 100, 160), ("50.00", 500, 560)], 12),
        ([("CHANGE", 100, 190), ("21.65", 500, 560)], 12),
    ]  # fmt: skip
    words = tuple(
        Word(text, (x0, 100 + 30 * n, x1, 100 + 30 * n + height), 0.95, n)
        for n, (row, height) in enumerate(rows)
        for text, x0, x1 in row
    )
    page = Page(1, 660.0, 400.0, "px", PageSource.OCR, words)
    fields = extract_document([page], type_hint=DocumentType.RECEIPT).fields
    assert fields["vendor_name"].value == "RESTORAN WAN SHENG"
    assert fields["total"].value == "28.35"


def test_names_with_initials_and_lines_naming_someone_else() -> None:
    diy = _printed(HARDWARE_MY)  # 'D.I.Y.' is no scatter of misread letters
    assert diy["vendor_name"] == "MR. D.I.Y. (M) SDN BHD"
    assert diy["vendor_address"].startswith("LOT 1851-A & 1851-B, JALAN KPB 6,")
    owned = _printed(STATIONERY_MY)  # 'Owned By : SANYU SUPPLY SDN BHD' under the shop's name
    assert owned["vendor_name"] == "SANYU STATIONERY SHOP"
    numbered = _printed(BOOKSHOP_MY)  # '789417-W' under the name is its company number
    assert numbered["vendor_address"].startswith("NO.55,57 & 59, JALAN SAGU 18,")
    specked = ["{002043319~-W)", "789417", "- NO.2, JALAN TEMENGGUNG 19/9,-", "43200 CHERAS"]
    assert address_lines(specked) == ["NO.2, JALAN TEMENGGUNG 19/9", "43200 CHERAS"]


def test_a_store_number_is_no_name_and_a_total_payable_is_the_total() -> None:
    numbered: list[Row] = [("B", "STORE #0427"), *GROCERY_US[2:]]  # the name lost to a speck
    assert _printed(numbered).get("vendor_name") != "STORE #0427"
    fields = _printed(BAKERY_MY)  # a tax invoice paid at once: its amount due is the total
    assert (fields["total"], fields["amount_due"]) == ("14.08", "14.08")


def test_postal_addresses_and_quotes_after_amounts() -> None:
    assert postal("27, JALAN DEDAP 13, TAMAN JOHOR JAYA, 81100 JOHOR BAHRU, JOHOR")
    assert postal("33 Holborn, London EC1N 2HT")
    assert postal("1825 W MAPLE AVE, DENTON TX 76201")
    assert not postal("1825 W MAPLE AVE")  # a street alone
    assert not postal("789417-W, TAMAN DAYA")  # a company number is no postcode
    assert parse_amount(fix_ocr_digits('0.97"'), Conventions()).value == Decimal("0.97")  # type: ignore[union-attr]


@pytest.mark.ocr
@pytest.mark.slow
def test_receipts_of_more_tills_give_most_of_their_fields() -> None:
    """Malaysian cash bills and GST invoices, Singaporean, British, French and US slips
    cropped to their paper: a misread letter may cost a field here and there, no more."""
    right = asked = 0
    for rows, seed, wanted in MORE_TILLS:
        reading = read_document(
            paper_scan(draw_rows(rows), seed), media_type="image/jpeg", limits=ReadLimits()
        )
        fields = {n: f.value for n, f in extract_document(reading.pages).fields.items()}
        asked += len(wanted)
        right += sum(_folded(n, fields.get(n)) == _folded(n, v) for n, v in wanted.items())
    assert right >= 0.85 * asked


def _folded(name: str, value: str | None) -> str | None:
    """As printed, but for case and stops: OCR reads 'NO.' as 'No.' now and then."""
    unspecked = _unspecked(name, value)
    return unspecked.upper() if unspecked else unspecked


def test_the_tenders_amount_wrapped_under_the_total_is_no_total() -> None:
    rows = [  # (text, left, right, confidence) per word, as read off a slip on a bed
        [("“PRAIRIE", 90, 250, 0.9), ("HARDWARE", 262, 430, 0.9), ("|", 530, 536, 0.3)],
        [],
        [("1450", 150, 190, 0.9), ("W", 198, 210, 0.9), ("Main", 218, 260, 0.9)],
        [("FAUCET", 20, 80, 0.9), ("CARTRIDGE", 88, 170, 0.9), ("54.55", 450, 495, 0.9)],
        [("SUB", 330, 360, 0.9), ("TOTAL", 368, 420, 0.9), ("$54.55", 440, 495, 0.9)],
        [("TAX", 390, 420, 0.9), ("$3.41", 450, 495, 0.9)],
        [("TOTAL", 330, 380, 0.9), (".$57.96", 435, 495, 0.3)],  # a speck before it
        [("CASH", 20, 60, 0.9), ("TEND", 66, 100, 0.9)],
        [("$77.96", 440, 495, 0.95)],  # the tender's amount, wrapped onto the next line
        [],
        [],
        [("CHANGE", 20, 80, 0.9), ("DUE", 86, 110, 0.9), ("$20.00 |", 440, 505, 0.9)],
    ]  # fmt: skip
    words = tuple(
        Word(text, (x0, 100 + 16 * n, x1, 112 + 16 * n + (8 if n == 0 else 0)), conf, n)
        for n, row in enumerate(rows)
        for text, x0, x1, conf in row
    )
    page = Page(1, 600.0, 800.0, "px", PageSource.OCR, words)
    extraction = extract_document([page], type_hint=DocumentType.RECEIPT, min_confidence=0)
    fields = extraction.fields
    assert fields["total"].value == "57.96"
    paid = next(c for c in extraction.checks if c.name == "cash_less_change_equals_total")
    assert paid.passed  # the cash wrapped onto its own line, less the change
    assert fields["vendor_name"].value == "PRAIRIE HARDWARE"  # no quote, no slip's edge
    assert parse_amount(fix_ocr_digits("$47.91 |"), Conventions()).value == Decimal("47.91")  # type: ignore[union-attr]


@pytest.mark.ocr
@pytest.mark.slow
def test_slips_faded_to_a_third_of_their_ink_are_read() -> None:
    """Thermal print faded in a wallet, its strokes a few noise spreads under the paper:
    smoothed before reading, most of the store's name, date and total come back."""
    right = asked = 0
    for rows, seed, wanted in MORE_TILLS[4:]:
        scan = paper_scan(draw_rows(rows), seed, fade=(0.3, 0.4))
        reading = read_document(scan, media_type="image/jpeg", limits=ReadLimits())
        fields = {n: f.value for n, f in extract_document(reading.pages).fields.items()}
        for name in ("vendor_name", "invoice_date", "total"):
            if name in wanted:
                asked += 1
                right += _folded(name, fields.get(name)) == _folded(name, wanted[name])
    assert right >= 0.6 * asked


def test_a_speck_read_as_a_letter_beside_the_name() -> None:
    words = (
        Word("E", (74, 32, 76, 34), 0.57, 0),  # two pixels of a speck
        Word("PRAIRIE", (104, 10, 212, 38), 0.96, 0),
        Word("HARDWARE", (221, 10, 388, 38), 0.9, 0),
        Word("|", (530, 8, 533, 40), 0.3, 0),  # the slip's edge
    )
    assert name_as_printed(Segment(1, 0, words), ocr=True)[1] == "PRAIRIE HARDWARE"
    assert name_as_printed(Segment(1, 0, words[1:3]), ocr=True)[1] == "PRAIRIE HARDWARE"


def test_the_items_sum_under_the_items_ends_them_and_is_the_subtotal() -> None:
    rows: list[Row] = [
        ("B", "FERRETERIA BORINQUEN"), "Ave. Ponce de Leon 5801", "Guaynabo, PR 00910",
        ("B", "NOTA DE VENTA"), ("31.01.2026 15:38", "Nota No.: 013050"), "",
        ("PILA 9V 2PZ", "38.92"), ("  4 x 9.73", ""), ("DETECTOR DE HUMO 9V", "34.38"),
        ("  2 x 17.19", ""), ("ANILLO DE CERA", "18.48"), ("  3 x 6.16", ""), "",
        ("IMPORTE MERCANCIA", "$91.78"), ("IVU 11.5%", "$10.55"),
        ("TOTAL DE LA NOTA", "$102.33"), ("RECIBIDO EN EFECTIVO", "120.00"),
    ]  # fmt: skip
    reading = read_document(draw_rows(rows), media_type="application/pdf", limits=ReadLimits())
    extraction = extract_document(reading.pages)
    assert [str(item.amount) for item in extraction.line_items] == ["38.92", "34.38", "18.48"]
    assert extraction.fields["subtotal"].value == "91.78"  # words no list holds, by the sum
    assert extraction.fields["total"].value == "102.33"
