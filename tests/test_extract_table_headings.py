"""Item tables under headings no list holds, read from what their words name ('Service /
Equipment Covered', 'Covered From'), headings that name one column in two words ('Net
Unit Cost', 'Precio/ud.', 'Importe artículo'), a letterhead that reads like a row of
headings but heads no items, and a subtotal named like a total over the tax."""

from __future__ import annotations

from extract import extract_document
from tests.test_extract import draw_pdf, read_pdf, right, text


def covered_invoice() -> list:  # type: ignore[type-arg]
    items = [
        text(40, 42, "Limpieza Total del Caribe", 14, bold=True),
        text(330, 42, "FACTURA POR SERVICIOS", 12, bold=True),
        text(40, 60, "5608 Broadway St, Dallas, TX 75283", 8),
        text(40, 90, "Invoice No.: INV-075556", 9),
        text(300, 90, "Invoice Date: 01/28/2026", 9),
    ]
    heads = [(45, "Service / Equipment Covered"), (260, "Covered From"), (330, "Covered Thru")]
    items += [text(x, 140, h, 8, bold=True) for x, h in heads]
    items += [right(420, 140, "Qty", 8), right(490, 140, "Net Unit Cost", 8)]
    items += [right(566, 140, "Ext. Charge", 8)]
    rows = [
        ("Elevator phone line monitoring", "01/01/2026", "03/31/2026", "3", "20.00", "60.00"),
        ("Fire pump annual flow test", "01/17/2026", "01/17/2026", "1", "550.00", "550.00"),
        ("Exit light 90-minute test", "01/21/2026", "01/21/2026", "25", "8.00", "200.00"),
    ]
    for i, (name, start, end, qty, price, amount) in enumerate(rows):
        y = 156 + 16 * i
        items += [text(45, y, name, 8), text(260, y, start, 8), text(330, y, end, 8)]
        items += [right(420, y, qty, 8), right(490, y, price, 8), right(566, y, amount, 8)]
    items += [text(400, 230, "Total Service Charges", 9), right(566, 230, "$810.00", 9)]
    items += [text(400, 244, "Sales Tax", 9), right(566, 244, "$66.83", 9)]
    items += [text(400, 258, "Total This Period", 9), right(566, 258, "$876.83", 9)]
    return items


def test_headings_read_by_their_words_under_a_letterhead_that_heads_nothing() -> None:
    extraction = extract_document(read_pdf(draw_pdf([covered_invoice()])).pages)
    got = [
        (i.description, str(i.quantity), str(i.unit_price), str(i.amount))
        for i in extraction.line_items
    ]
    assert got == [
        ("Elevator phone line monitoring", "3", "20.00", "60.00"),
        ("Fire pump annual flow test", "1", "550.00", "550.00"),
        ("Exit light 90-minute test", "25", "8.00", "200.00"),
    ]
    assert extraction.fields["vendor_name"].value == "Limpieza Total del Caribe"


def test_a_total_over_the_tax_under_the_chosen_total_is_the_subtotal() -> None:
    fields = extract_document(read_pdf(draw_pdf([covered_invoice()])).pages).fields
    assert (fields["subtotal"].value, fields["total"].value) == ("810.00", "876.83")


def test_two_words_of_one_heading_name_one_column() -> None:
    items = [
        text(40, 42, "Ferretería del Norte", 14, bold=True),
        text(40, 60, "Av. Constitución 410, Monterrey, N.L. 64000", 8),
        text(40, 90, "Factura Nº: F-2291", 9),
        text(300, 90, "Fecha: 12/02/2026", 9),
        text(45, 140, "Descripción del artículo", 8, bold=True),
        text(250, 140, "U. med.", 8, bold=True),
        right(360, 140, "Cant.", 8),
        right(460, 140, "Precio/ud.", 8),
        right(566, 140, "Importe artículo", 8),
    ]
    rows = [("Codo PVC 1/2 90 grados", "pza", "6", "0.65", "3.90")]
    rows += [("Persiana vinil 35x64", "pza", "8", "8.90", "71.20")]
    for i, (name, unit, qty, price, amount) in enumerate(rows):
        y = 156 + 16 * i
        items += [text(45, y, name, 8), text(250, y, unit, 8)]
        items += [right(360, y, qty, 8), right(460, y, price, 8), right(566, y, amount, 8)]
    items += [text(400, 200, "Total", 9), right(566, 200, "$75.10", 9)]
    extraction = extract_document(read_pdf(draw_pdf([items])).pages)
    got = [(i.description, str(i.unit_price), str(i.amount)) for i in extraction.line_items]
    assert got == [
        ("Codo PVC 1/2 90 grados", "0.65", "3.90"),
        ("Persiana vinil 35x64", "8.90", "71.20"),
    ]
