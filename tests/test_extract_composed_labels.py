"""Labels no list holds, read from what their words mean: an invoice printed with
wordings of its own ('Inv Ref', 'Billing Mailing Address', 'Importe total factura') is read,
each value named by a weak label that any listed label beats, and with its method."""

from __future__ import annotations

from extract import extract_document
from extract.vocab import composed_label, labels, tokens
from tests.test_extract import draw_pdf, read_pdf, right, table, text


def unlisted_invoice() -> list:  # type: ignore[type-arg]
    items = [
        text(40, 42, "Ridgeline Glass & Lock Co.", 14, bold=True),
        text(40, 59, "2210 Harwin Dr, Suite 8", 9),
        text(40, 71, "Houston, TX 77036", 9),
        text(400, 42, "INVOICE", 16, bold=True),
        text(380, 80, "Invc Nbr:", 9),
        text(450, 80, "RG-20417", 9),
        text(380, 94, "Bill Issue Date:", 9),
        text(450, 94, "03/12/2026", 9),
        text(380, 108, "Payment Deadline:", 9),
        text(450, 108, "04/11/2026", 9),
        text(380, 122, "Order Ref No.:", 9),
        text(450, 122, "PO-55120", 9),
        text(40, 150, "Billing Mailing Address", 9, bold=True),
        text(40, 164, "Brightwater Residential Management LLC", 9),
        text(40, 175, "4100 Spring Valley Rd, Suite 300", 9),
        text(40, 186, "Dallas, TX 75244", 9),
    ]
    rows = [["Rekey entry lockset - Unit 12", "2", "85.00", "170.00"]]
    rows += [["Replace storefront glass panel", "1", "640.00", "640.00"]]
    items += table(230, ["Description", "Qty", "Rate", "Amount"], rows, [45, 380, 460, 550])
    items += [text(380, 300, "Subtotal", 9), right(550, 300, "$810.00", 9)]
    items += [text(380, 314, "Sales Tax", 9), right(550, 314, "$66.83", 9)]
    items += [text(380, 328, "Sum Owed Now", 9), right(550, 328, "$876.83", 9)]
    return items


def test_an_invoice_of_unlisted_labels_is_read_by_their_words_meanings() -> None:
    extraction = extract_document(read_pdf(draw_pdf([unlisted_invoice()])).pages)
    fields = extraction.fields
    values = {name: field.value for name, field in fields.items()}
    assert values["invoice_number"] == "RG-20417"
    assert values["invoice_date"] == "2026-03-12"
    assert values["due_date"] == "2026-04-11"
    assert values["po_number"] == "PO-55120"
    assert values["customer_name"] == "Brightwater Residential Management LLC"
    assert values["bill_to_address"] == "4100 Spring Valley Rd, Suite 300, Dallas, TX 75244"
    assert values["amount_due"] == "876.83"
    assert fields["invoice_number"].method.startswith("composed_label")
    assert fields["invoice_number"].confidence < 0.9  # weak: less sure than a listed label


def test_what_words_mean_names_the_field_and_nothing_outside_its_meanings() -> None:
    named = {
        "Invc Nbr": "invoice_number",
        "Nº de documento": "invoice_number",
        "Fecha de emisión": "invoice_date",
        "Remit Payment Before": "due_date",
        "Client Order No": "po_number",
        "Billing Mailing Address": "bill_to",
        "Work Location": "service_address",
        "Goods Delivered To": "ship_to",
        "Federal Employer No": "vendor_tax_id",
        "Balance Due By": "due_date",
        "Balance Due": "amount_due",
        "Billing Ref. No.": "invoice_number",
        "Inmueble donde se prestó el servicio": "service_address",
        "Gas Service Address": "service_address",
        "Importe total factura": "total",
        "Sum Owed Now": "amount_due",
        "Saldo arrastrado": "previous_balance",
        "Balance from Last Statement": "previous_balance",
        "Pay In Full By": "due_date",
        "Clave de abonado": "account_number",
        "Factura de servicio Nro.": "invoice_number",
        "Ref. cliente": "po_number",
        "Customer Ref": "po_number",
        "Name on Account": "bill_to",
        "Last Day to Pay": "due_date",
        "Settle By": "due_date",
        "A liquidar": "amount_due",
        "Total a pagar": "amount_due",
        "Adeudo anterior": "previous_balance",
        "Terms Code": "payment_terms",
        "Payable To": "remit_to",
    }
    for printed, field in named.items():
        label = composed_label(tokens(printed))
        assert label is not None and label.field == field and not label.strong, printed
    unnamed = ("Order Date", "Tax Rate", "Customer Service", "Payment Date", "Unit Price")
    # the sender's, no recipient's; when it was paid, no due date
    for printed in (*unnamed, "Bill From", "Ship From", "Last Payment Date"):
        assert composed_label(tokens(printed)) is None, printed  # another field's, or none


def test_composed_labels_agree_with_the_listed_ones() -> None:
    """Over every listed English and Spanish label its words compose, the composed field
    is the listed one for at least 95 in 100 (ambiguous ones like 'Customer Ref' stay)."""
    agree = composed = 0
    for words, group in labels().items():
        if not any(label.language in ("en", "es") for label in group):
            continue
        label = composed_label(words)
        if label is not None:
            composed += 1
            agree += label.field in {listed.field for listed in group}
    assert composed > 300 and agree / composed >= 0.95


def stub_invoice() -> list:  # type: ignore[type-arg]
    items = [
        text(40, 44, "FACTU RA DE VENTA", 14, bold=True),  # a title as OCR splits it
        text(330, 44, "Paisajismo Verde Caribe", 12, bold=True),
        text(330, 58, "Ave. Muñoz Rivera 3071", 8),
        text(330, 69, "Carolina, PR 00945", 8),
        text(40, 100, "Factura Nº:", 9),
        text(120, 100, "F-2291", 9),
        text(40, 113, "Fecha:", 9),
        text(120, 113, "12/02/2026", 9),
    ]
    rows = [["Poda de árboles", "1", "1,800.00", "1,800.00"]]
    items += table(150, ["Descripción", "Cant.", "Precio", "Importe"], rows, [45, 380, 460, 550])
    items += [text(380, 200, "Total", 9), right(550, 200, "$1,800.00", 9)]
    items += [
        text(40, 630, "Oficina de cobro", 9, bold=True),
        text(40, 642, "Paisajismo Verde Caribe", 9),
        text(40, 653, "Apartado Postal 766377", 9),
        text(40, 664, "San Pedro Garza García, N.L. C.P. 66608", 9),
    ]
    return items


def test_a_listed_label_opening_with_a_word_that_alone_is_none() -> None:
    """'Oficina' alone labels nothing ('Oficina: 555-0100'), 'Oficina de cobro' heads the
    payee's address; a title split by OCR ('FACTU RA') is no vendor's name."""
    extraction = extract_document(read_pdf(draw_pdf([stub_invoice()])).pages)
    fields = {name: field.value for name, field in extraction.fields.items()}
    assert fields["remit_to_address"] == (
        "Apartado Postal 766377, San Pedro Garza García, N.L. C.P. 66608"
    )
    assert fields["vendor_name"] == "Paisajismo Verde Caribe"
