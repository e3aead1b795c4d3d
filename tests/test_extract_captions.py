"""Captions printed under their values: a row of small labels under a row of values
('C-82956' over 'Nro. de factura'), a party's name and address over its caption, and the
value printed under a caption belonging to the caption under it, not to the one above."""

from __future__ import annotations

from extract import extract_document
from tests.test_extract import draw_pdf, read_pdf, right, table, text


def captioned_invoice(*, captions: bool = True) -> list:  # type: ignore[type-arg]
    """The same invoice with its captions under the values, or (``captions=False``) over
    them, as most forms print them."""
    values = [(48, "C-82956"), (181, "04-01-2026"), (314, "19-01-2026"), (447, "Neto 15 días")]
    names = ["Nro. de factura", "Fecha de emisión", "Fecha de vencimiento", "Condiciones"]
    value_y, caption_y = (135, 147) if captions else (147, 135)
    items = [
        text(355, 44, "Limpieza Total del Caribe", 12, bold=True),
        text(355, 58, "Calle Loíza 2783, Ofic. 237", 8),
        text(355, 69, "Carolina, PR 00917", 8),
        text(40, 46, "FACTURA DE VENTA", 14, bold=True),
    ]
    items += [text(x, value_y, v, 9) for x, v in values]
    items += [text(x, caption_y, n, 6) for (x, _), n in zip(values, names, strict=True)]
    po_value, po_caption = (173, 185) if captions else (185, 173)
    items += [text(48, po_value, "PO-37847", 9), text(48, po_caption, "Orden de compra", 6)]
    party = [
        "Brightwater Residential Management LLC",
        "Ave. Ponce de León 1250, Suite 801",
        "San Juan, PR 00907",
    ]
    site = ["Condado Bay Apartments", "Calle Loíza 1850, Int. 601", "San Juan, PR 00911"]
    top = 216 if captions else 228
    for i, (left, right_side) in enumerate(zip(party, site, strict=True)):
        items += [text(40, top + 11 * i, left, 8), text(306, top + 11 * i, right_side, 8)]
    heading_y = 252 if captions else 214
    items += [text(40, heading_y, "Cliente facturado", 6), text(306, heading_y, "Sitio", 6)]
    rows = [["Limpieza de salida 2 rec.", "1", "195.00", "195.00"]]
    rows += [["Limpieza de ventanas", "2", "60.00", "120.00"]]
    items += table(
        290, ["Trabajo realizado", "Cant.", "Precio", "Importe"], rows, [45, 380, 460, 550]
    )
    items += [text(380, 350, "Subtotal", 9), right(550, 350, "$315.00", 9)]
    items += [text(380, 364, "IVU (11.5%)", 9), right(550, 364, "$36.23", 9)]
    items += [text(380, 378, "Total", 9), right(550, 378, "$351.23", 9)]
    return items


def read(items: list) -> dict[str, str]:  # type: ignore[type-arg]
    extraction = extract_document(read_pdf(draw_pdf([items])).pages)
    return {name: field.value for name, field in extraction.fields.items()}


def test_values_over_their_captions() -> None:
    fields = read(captioned_invoice())
    assert fields["invoice_number"] == "C-82956"
    assert fields["invoice_date"] == "2026-01-04"
    assert fields["due_date"] == "2026-01-19"
    assert fields["po_number"] == "PO-37847"  # not the number over 'Nro. de factura'
    assert fields["customer_name"] == "Brightwater Residential Management LLC"
    assert fields["bill_to_address"] == "Ave. Ponce de León 1250, Suite 801, San Juan, PR 00907"
    assert fields["service_address"] == (
        "Condado Bay Apartments, Calle Loíza 1850, Int. 601, San Juan, PR 00911"
    )


def test_labels_over_their_values_are_read_as_before() -> None:
    fields = read(captioned_invoice(captions=False))
    assert fields["invoice_number"] == "C-82956"
    assert fields["due_date"] == "2026-01-19"
    assert fields["po_number"] == "PO-37847"
    assert fields["customer_name"] == "Brightwater Residential Management LLC"
