"""Receipts in the styles of real tills, drawn on narrow thermal paper with reportlab,
and the fields each prints: Malaysian GST tax invoices and cash bills, US grocery and
takeaway slips, German, French, British and Singaporean tills. Read after a 150 dpi scan
by the tests and by ``benchmarks.receipt_tills``."""

from __future__ import annotations

import io
import random

import cv2
import numpy as np
import pypdfium2 as pdfium
from reportlab.pdfgen import canvas

# Receipts in the styles of other countries' tills, drawn row by row: a centred header,
# 'label ... amount' rows, tables of rates under the totals ---------------------------------

Row = str | tuple[str, ...]  # centred; ('B', text) bold; ('L', text); (left, right); (l, m, r)


def draw_rows(rows: list[Row], font: str = "Courier") -> bytes:
    width, step, margin = 226.0, 10.0, 10.0
    height = 60 + step * len(rows)
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(width, height))
    y = height - 24
    for row in rows:
        pdf.setFont(font, 7.5)
        if isinstance(row, str):
            pdf.drawCentredString(width / 2, y, row)
        elif row[0] == "B":
            pdf.setFont(font + "-Bold", 9)
            pdf.drawCentredString(width / 2, y, row[1])
        elif row[0] == "L":
            pdf.drawString(margin, y, row[1])
        else:
            pdf.drawString(margin, y, row[0])
            pdf.drawRightString(width - margin, y, row[-1])
            if len(row) == 3:
                pdf.drawRightString(width * 0.62, y, row[1])
        y -= step
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def paper_scan(
    pdf: bytes, seed: int, dpi: int = 150, fade: tuple[float, float] = (0.6, 0.8)
) -> bytes:
    """The receipt alone, cropped as scans of receipts are: faded print (``fade`` of its
    ink left), blur, noise."""
    rng = random.Random(seed)
    page = pdfium.PdfDocument(pdf)[0].render(scale=dpi / 72, grayscale=True).to_numpy()
    ink = np.asarray(page.reshape(page.shape[0], page.shape[1]), dtype=np.float32)
    paper = np.full((ink.shape[0] + 40, ink.shape[1] + 40), 250.0, np.float32)
    paper[20:-20, 20:-20] = 255 - (255 - ink) * rng.uniform(*fade)
    image = cv2.GaussianBlur(paper * 0.93, (0, 0), 0.7)
    turn = cv2.getRotationMatrix2D((paper.shape[1] / 2, paper.shape[0] / 2), rng.uniform(-1, 1), 1)
    image = cv2.warpAffine(image, turn, (paper.shape[1], paper.shape[0]), borderValue=237)
    noise = np.asarray(np.random.default_rng(seed).normal(0.0, 9.0, paper.shape), np.float32)
    grey = np.clip(np.asarray(image) + noise, 0, 255).astype(np.uint8)
    return cv2.imencode(".jpg", grey, [cv2.IMWRITE_JPEG_QUALITY, 70])[1].tobytes()


RESTAURANT_MY: list[Row] = [
    ("B", "RESTORAN WAN SHENG"), "(002043319-W)", "NO.2, JALAN TEMENGGUNG 19/9,",
    "SEKSYEN 9, BANDAR MAHKOTA CHERAS,", "43200 CHERAS, SELANGOR", "GST REG NO : 001335787520",
    "", ("B", "TAX INVOICE"), ("Bill No : 617094", "Table : 12"), ("Date : 25-DEC-18", "13:45"),
    ("2 TEH TARIK", "4.40 SR"), ("1 NASI LEMAK AYAM", "8.90 SR"), ("1 MEE GORENG", "6.50 SR"),
    ("3 ROTI CANAI", "4.50 SR"), "", ("SUB TOTAL", "24.30"), ("Service Charge 10%", "2.43"),
    ("GST 6%", "1.60"), ("ROUNDING ADJ", "0.02"), ("TOTAL (RM)", "28.35"), "",
    ("CASH", "50.00"), ("CHANGE", "21.65"), "", "THANK YOU PLEASE COME AGAIN",
]  # fmt: skip

GROCERY_US: list[Row] = [
    ("B", "FRESH VALLEY MARKET"), "STORE #0427", "1825 W MAPLE AVE", "DENTON TX 76201",
    "(940) 555-0173", "", ("4011 BANANAS", "1.29 F"), ("  2.15 lb @ 0.60 /lb", ""),
    ("7874201 WHOLE MILK GAL", "3.49 F"), ("2840004 TORTILLA CHIPS", "4.29 F"),
    ("4122 PAPER TOWELS 6PK", "8.99 T"), ("0113 DISH SOAP", "2.79 T"), "",
    ("SUBTOTAL", "20.85"), ("TAX", "0.97"), ("**** BALANCE DUE", "21.82"), "",
    ("CASH", "40.00"), ("CHANGE", "18.18"), "", ("12/25/18 14:03", "TRANS 5512"),
    "ITEMS SOLD 5", "THANK YOU FOR SHOPPING",
]  # fmt: skip

SUPERMARKET_DE: list[Row] = [
    ("B", "FRISCHMARKT KOCH GmbH"), "Hauptstrasse 112", "10827 Berlin", "Tel. 030 7812456",
    "UID Nr.: DE812706034", "", ("", "EUR"), ("VOLLMILCH 3,5%", "1,19 A"),
    ("BROT ROGGEN", "2,49 A"), ("KAFFEE 500G", "5,99 A"), ("SPUELMITTEL", "1,45 B"), "",
    ("SUMME", "EUR 11,12"), "", ("Geg. BAR", "EUR 20,00"), ("Rueckgeld", "EUR 8,88"), "",
    ("Steuer %", "Netto", "Steuer"), ("A 7%", "9,04", "0,63"), ("B 19%", "1,22", "0,23"),
    ("Gesamtbetrag", "10,26", "0,86"), "", ("25.12.2018 14:03", "Bon-Nr. 4711"),
    "Vielen Dank fuer Ihren Einkauf",
]  # fmt: skip

FUEL_MY: list[Row] = [
    ("B", "PETRON JALAN KUCHAI LAMA"), "ZAHIDI ENTERPRISE SDN BHD", "LOT 1234, JALAN KUCHAI LAMA,",
    "58200 KUALA LUMPUR", "TEL : 03-7983 1122", "GST NO : 000312345678", "",
    ("B", "TAX INVOICE"), ("Receipt No : 1044/18/000523", ""), ("Date : 2018-12-25 14:03", ""),
    ("Pump 05 PRIMAX 95", ""), ("  30.12 L @ 2.20", "66.26 SR"), "", ("TOTAL (RM)", "66.26"),
    ("CASH", "70.00"), ("CHANGE", "3.74"), "", ("GST Summary", "Amount", "Tax"),
    ("SR 6%", "62.51", "3.75"), "", "THANK YOU & DRIVE SAFELY",
]  # fmt: skip


BOOKSHOP_MY: list[Row] = [
    ("B", "BOOK TA.K (TAMAN DAYA) SDN BHD"), "789417-W", "NO.55,57 & 59, JALAN SAGU 18,",
    "TAMAN DAYA,", "81100 JOHOR BAHRU,", "JOHOR.", "", ("Document No : TD01167104", ""),
    ("Date : 25/12/2018 8:13:39 PM", ""), ("Cashier : MANIS", ""), ("B", "CASH BILL"),
    ("L", "9556939040116 KF MODELLING CLAY"), ("  1 PC * 9.000", "9.00"), "",
    ("Total :", "9.00"), ("Rounding Adjustment", "0.00"), ("Rounded Total (RM) :", "9.00"), "",
    ("Cash", "10.00"), ("Change", "1.00"), "", "GOODS SOLD ARE NOT RETURNABLE",
]  # fmt: skip

HARDWARE_MY: list[Row] = [
    ("B", "MR. D.I.Y. (M) SDN BHD"), "(CO. REG : 860671-D)", "LOT 1851-A & 1851-B, JALAN KPB 6,",
    "KAWASAN PERINDUSTRIAN BALAKONG,", "43300 SERI KEMBANGAN, SELANGOR",
    "(GST ID NO : 000306020352)",
    ("B", "-TAX INVOICE-"), ("L", "CARRIER BAG MEDIUM"), ("  1 X 0.20", "0.20 SR"),
    ("L", "HOOK WALL 3PCS"), ("  2 X 4.90", "9.80 SR"), ("Item(s) : 2", "Qty(s) : 3"),
    ("Total Incl. GST @6%", "10.00"), ("Rounding", "0.00"), ("Total Incl. GST @6%", "10.00"),
    ("CASH", "50.00"), ("CHANGE", "40.00"), ("GST Summary", "Amount(RM)", "Tax(RM)"),
    ("SR @ 6%", "9.43", "0.57"), ("12-01-18 13:19", "SH01 ZK06"), "INV NO : 14111000073",
]  # fmt: skip

STATIONERY_MY: list[Row] = [
    ("B", "SANYU STATIONERY SHOP"), "NO. 31G&33G, JALAN SETIA INDAH X,U13/X", "40170 SETIA ALAM",
    "Tel: +603-3362 4137", "GST ID No: 001531760640", ("B", "TAX INVOICE"),
    "Owned By : SANYU SUPPLY SDN BHD (1135772-K)", ("L", "CASH SALES COUNTER"),
    ("1. 2012-0043 1 X 3.3000", "3.30 SR"), ("L", "CLEAR BOOK 20 POCKET"),
    ("Total Sales Inclusive GST @6%", "3.30"), ("Discount", "0.00"), ("Total", "3.30"),
    ("Round Adjustment", "0.00"), ("Rounded Total", "3.30"), ("Cash", "10.00"),
    ("Change", "6.70"), ("Invoice No: CS-SA-0076015", ""), ("Date : 05/01/2017", ""),
]  # fmt: skip

BAKERY_MY: list[Row] = [
    ("B", "GARDENIA BAKERIES (KL) SDN BHD"), "(139386 X)", "LOT 3, JALAN PELABUR 23/1,",
    "40300 SHAH ALAM, SELANGOR.", "TEL: 03-55423228", "FAX: 03-55423213",
    "GST ID: 000381399040", ("B", "TAX INVOICE"), ("Invoice No : 7803F713", ""),
    ("Date : 24/12/2018", ""), ("O.C. WHITE 400G  4 x 2.13", "8.52"),
    ("WW CRN MAIZE 400G  2 x 2.78", "5.56"), ("Total 0% supplies :", "14.08"),
    ("Total Payable :", "14.08"),
]  # fmt: skip

GIFTS_MY: list[Row] = [
    ("B", "INDAH GIFT & HOME DECO"), "27, JALAN DEDAP 13,", "TAMAN JOHOR JAYA,",
    "81100 JOHOR BAHRU, JOHOR.", "TEL:07-3507405", ("B", "RECEIPT"),
    ("19/10/2018 20:49:59", "RC 0050"), ("L", "DECO FLOWER POT"), ("  3 X 12.90", "38.70"),
    ("L", "PHOTO FRAME 4R"), ("  2 X 10.80", "21.60"), ("TOTAL", "60.30"),
    ("CASH", "100.00"), ("CHANGE", "39.70"), "THANK YOU",
]  # fmt: skip

KOPITIAM_SG: list[Row] = [
    ("B", "TOAST BOX"), "BreadTalk Group Ltd", "1 Raffles Link, #B1-12", "Singapore 039393",
    "GST Reg No: 200100767N", ("Date: 25/12/2018 09:41", "Rcpt: 00021457"),
    ("1 Kaya Toast Set", "5.60"), ("1 Kopi C", "1.70"), ("Subtotal", "7.30"),
    ("GST 7%", "0.51"), ("Total S$", "7.81"), ("NETS", "7.81"), "Thank you!",
]  # fmt: skip

SUPERMARKET_UK: list[Row] = [
    ("B", "SAINSBURY'S"), "Sainsbury's Supermarkets Ltd", "33 Holborn, London EC1N 2HT",
    "VAT Number: 660 4548 36", ("SEMI SKIMMED MILK", "\xa31.15"), ("BANANAS LOOSE", "\xa30.68"),
    ("HOVIS GRANARY", "\xa31.40"), ("3 BALANCE DUE", "\xa33.23"), ("VISA", "\xa33.23"),
    ("25/12/18 14:03", "S0221 R012"),
]  # fmt: skip

CAFE_FR: list[Row] = [
    ("B", "CAFE DE LA GARE"), "12 Rue de la Republique", "69002 Lyon", "Tel : 04 78 42 11 90",
    "SIRET 812 345 678 00017", ("Le 25/12/2018 a 14:03", "Ticket 0452"),
    ("1 Cafe creme", "3,20"), ("1 Croissant", "1,40"), ("Total TTC", "EUR 4,60"),
    ("dont TVA 10%", "0,42"), ("CB", "4,60"),
]  # fmt: skip

TAKEAWAY_US: list[Row] = [
    ("B", "GOLDEN DRAGON EXPRESS"), "3021 N BROADWAY", "CHICAGO, IL 60657", "TEL 773-555-0148",
    ("Order #: 58", "Cashier: LISA"), ("DATE: 12/25/2018 14:03", ""),
    ("1 GENERAL TSO CHICKEN", "11.95"),
    ("2 EGG ROLL", "4.50"), ("1 FRIED RICE", "7.25"), ("SUBTOTAL", "23.70"),
    ("TAX 10.25%", "2.43"), ("GRAND TOTAL", "26.13"), ("CASH", "30.00"), ("CHANGE", "3.87"),
]  # fmt: skip


# (rows, seed of the scan, fields as printed): the four the tests read, then more
OTHER_TILLS: list[tuple[list[Row], int, dict[str, str]]] = [
    (  # service charge and rounding before the total; the company number is no address
        RESTAURANT_MY,
        101,
        {
            "vendor_name": "RESTORAN WAN SHENG",
            "vendor_address": "NO.2, JALAN TEMENGGUNG 19/9, SEKSYEN 9, BANDAR MAHKOTA "
            "CHERAS, 43200 CHERAS, SELANGOR",
            "vendor_tax_id": "001335787520",
            "invoice_number": "617094",
            "invoice_date": "2018-12-25",
            "subtotal": "24.30",
            "tax": "1.60",
        },
    ),
    (  # specks between the labels and their amounts; the store's number is no address
        GROCERY_US,
        8,
        {
            "vendor_name": "FRESH VALLEY MARKET",
            "vendor_address": "1825 W MAPLE AVE, DENTON TX 76201",
            "vendor_phone": "9405550173",
            "invoice_date": "2018-12-25",
            "subtotal": "20.85",
            "tax": "0.97",
            "total": "21.82",
        },
    ),
    (  # a German till's receipt; the sums of its table of rates are not the total
        SUPERMARKET_DE,
        9,
        {
            "vendor_name": "FRISCHMARKT KOCH GmbH",
            "vendor_address": "Hauptstrasse 112, 10827 Berlin",
            "vendor_phone": "0307812456",
            "vendor_tax_id": "DE812706034",
            "invoice_date": "2018-12-25",
            "invoice_number": "4711",
            "total": "11.12",
        },
    ),
    (  # the 'Amount' column of the GST summary is not the total
        FUEL_MY,
        9,
        {
            "vendor_address": "LOT 1234, JALAN KUCHAI LAMA, 58200 KUALA LUMPUR",
            "vendor_phone": "0379831122",
            "vendor_tax_id": "000312345678",
            "invoice_number": "1044/18/000523",
            "invoice_date": "2018-12-25",
            "total": "66.26",
        },
    ),
]

GROCER_MY: list[Row] = [
    ("B", "SYARIKAT PERNIAGAAN"), ("B", "GIN KEE"), "(81109-A)", "NO 290, JALAN AIR PANAS,",
    "SETAPAK, 53200 KUALA LUMPUR", "TEL: 03-40210276", "GST ID: 000750673920",
    ("B", "SIMPLIFIED TAX INVOICE"), ("Doc No : CS00012907", ""), ("Date : 02/01/2018", "12:51"),
    ("1 x CEMENT 50KG", "26.50 SR"), ("2 x WHITE PUTTY 5KG", "31.80 SR"), ("Total Qty: 3", "58.30"),
    ("Total Sales (Excl GST) :", "55.00"), ("GST @6% :", "3.30"), ("Rounding :", "0.00"),
    ("Total :", "58.30"), ("Cash :", "100.00"), ("Change :", "41.70"),
]  # fmt: skip

HYPERMARKET_MY: list[Row] = [
    ("B", "MYDIN MOHAMED HOLDINGS BERHAD"), "LOT 1717 JALAN HAJI ABD MANAN",
    "KAMPUNG JAWA 41000 KLANG SELANGOR", "GST REG NO 000655458304", ("B", "TAX INVOICE"),
    ("MAGGI KARI 5X79G", "4.99 S"), ("DUTCH LADY UHT 1L", "6.79 S"),
    ("BERAS CAP RAMBUTAN 5KG", "19.90 Z"),
    ("NETT TOTAL", "31.68"), ("ROUNDING ADJ", "0.02"), ("TOTAL (RM)", "31.70"), ("CASH", "50.00"),
    ("CHANGE", "18.30"), ("25/12/2018 14:03:11", "TRN 4521"),
]  # fmt: skip

GROCERY_US_CA: list[Row] = [
    ("B", "TRADER JOE'S"), "2001 Point West Way", "Sacramento, CA 95815",
    "Store #0177 - (916) 923-9910", ("BANANAS", "0.76"), ("ORGANIC MILK", "4.49"),
    ("SOURDOUGH BREAD", "3.99"), ("Items in Transaction: 3", ""),
    ("Balance to pay", "$9.24"), ("Visa", "$9.24"), ("12-25-2018 02:03PM", "05 1 26108"),
]  # fmt: skip

MORE_TILLS: list[tuple[list[Row], int, dict[str, str]]] = [
    (
        BOOKSHOP_MY,
        3,
        {
            "vendor_name": "BOOK TA.K (TAMAN DAYA) SDN BHD",
            "vendor_address": "NO.55,57 & 59, JALAN SAGU 18, TAMAN DAYA, 81100 JOHOR BAHRU, JOHOR",
            "invoice_number": "TD01167104",
            "invoice_date": "2018-12-25",
            "total": "9.00",
        },
    ),
    (
        HARDWARE_MY,
        4,
        {
            "vendor_name": "MR. D.I.Y. (M) SDN BHD",
            "vendor_address": "LOT 1851-A & 1851-B, JALAN KPB 6, KAWASAN PERINDUSTRIAN "
            "BALAKONG, 43300 SERI KEMBANGAN, SELANGOR",
            "vendor_tax_id": "000306020352",
            "invoice_date": "2018-01-12",
            "total": "10.00",
        },
    ),
    (
        STATIONERY_MY,
        5,
        {
            "vendor_name": "SANYU STATIONERY SHOP",
            "vendor_address": "NO. 31G&33G, JALAN SETIA INDAH X,U13/X, 40170 SETIA ALAM",
            "vendor_tax_id": "001531760640",
            "invoice_number": "CS-SA-0076015",
            "invoice_date": "2017-01-05",
            "total": "3.30",
        },
    ),
    (
        BAKERY_MY,
        6,
        {
            "vendor_name": "GARDENIA BAKERIES (KL) SDN BHD",
            "vendor_address": "LOT 3, JALAN PELABUR 23/1, 40300 SHAH ALAM, SELANGOR",
            "vendor_tax_id": "000381399040",
            "invoice_number": "7803F713",
            "invoice_date": "2018-12-24",
            "total": "14.08",
        },
    ),
    (
        GIFTS_MY,
        7,
        {
            "vendor_name": "INDAH GIFT & HOME DECO",
            "vendor_address": "27, JALAN DEDAP 13, TAMAN JOHOR JAYA, 81100 JOHOR BAHRU, JOHOR",
            "invoice_date": "2018-10-19",
            "total": "60.30",
        },
    ),
    (
        KOPITIAM_SG,
        8,
        {
            "vendor_address": "1 Raffles Link, #B1-12, Singapore 039393",
            "invoice_date": "2018-12-25",
            "subtotal": "7.30",
            "tax": "0.51",
            "total": "7.81",
        },
    ),
    (
        SUPERMARKET_UK,
        9,
        {
            "vendor_address": "33 Holborn, London EC1N 2HT",
            "invoice_date": "2018-12-25",
            "total": "3.23",
        },
    ),
    (
        CAFE_FR,
        10,
        {
            "vendor_name": "CAFE DE LA GARE",
            "vendor_address": "12 Rue de la Republique, 69002 Lyon",
            "invoice_date": "2018-12-25",
            "tax": "0.42",
            "total": "4.60",
        },
    ),
    (
        TAKEAWAY_US,
        11,
        {
            "vendor_name": "GOLDEN DRAGON EXPRESS",
            "vendor_address": "3021 N BROADWAY, CHICAGO, IL 60657",
            "vendor_phone": "7735550148",
            "invoice_date": "2018-12-25",
            "subtotal": "23.70",
            "tax": "2.43",
            "total": "26.13",
        },
    ),
    (
        GROCER_MY,
        12,
        {
            "vendor_name": "SYARIKAT PERNIAGAAN GIN KEE",
            "vendor_address": "NO 290, JALAN AIR PANAS, SETAPAK, 53200 KUALA LUMPUR",
            "vendor_tax_id": "000750673920",
            "invoice_number": "CS00012907",
            "invoice_date": "2018-01-02",
            "total": "58.30",
        },
    ),
    (
        HYPERMARKET_MY,
        13,
        {
            "vendor_name": "MYDIN MOHAMED HOLDINGS BERHAD",
            "vendor_address": "LOT 1717 JALAN HAJI ABD MANAN, KAMPUNG JAWA 41000 KLANG SELANGOR",
            "vendor_tax_id": "000655458304",
            "invoice_date": "2018-12-25",
            "total": "31.70",
        },
    ),
    (
        GROCERY_US_CA,
        14,
        {
            "vendor_name": "TRADER JOE'S",
            "vendor_address": "2001 Point West Way, Sacramento, CA 95815",
            "invoice_date": "2018-12-25",
            "total": "9.24",
        },
    ),
]
