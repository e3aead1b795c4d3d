"""Invoices as real billing systems and several European countries print them, drawn here
as real PDFs (tests/billing_drawings.py): a subscription platform's invoice, an
accounting package's, a telecom bill, German, French, Italian, Dutch, Spanish,
Portuguese and Polish invoices, one whose totals are on page 2, and a service contract
that is no invoice. Each is compared with what a specialist reads on it."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

from docmatch.types import DocumentType
from extract import Extraction, ReadLimits, extract_document, read_document
from extract.formats import Conventions, find_date_range, find_phone, parse_amount
from tests import billing_drawings as drawn
from tests.test_extract import Item, draw_pdf, right, text
from tests.test_extract_languages import _register_fonts, needs_fonts

pytestmark = needs_fonts


def extract(*pages: list[Item]) -> Extraction:
    _register_fonts()
    data = draw_pdf(list(pages), A4, fonts=("Sans", "Sans-Bold"))
    reading = read_document(data, media_type="application/pdf", limits=ReadLimits())
    return extract_document(reading.pages)


def values(extraction: Extraction) -> dict[str, str]:
    return {name: field.value for name, field in extraction.fields.items()}


def items(extraction: Extraction) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (
            line.description,
            str(line.amount),
            None if line.quantity is None else str(line.quantity),
            None if line.unit_price is None else str(line.unit_price),
        )
        for line in extraction.line_items
    ]


def test_subscription_platform_invoice() -> None:
    extraction = extract(drawn.saas_invoice())
    assert extraction.classification.document_type == DocumentType.INVOICE
    assert values(extraction) == {
        "vendor_name": "Cloudnest, Inc.",
        "vendor_address": "548 Market Street, PMB 71234, San Francisco, California 94104, "
        "United States",
        "vendor_phone": "+14155550132",
        "vendor_email": "billing@cloudnest.io",
        "customer_name": "Harbor View Properties LLC",
        "bill_to_address": "2100 Ocean Ave, Santa Monica, California 90405, United States",
        "invoice_number": "8F3A21C0-0007",
        "invoice_date": "2026-11-05",
        "due_date": "2026-12-05",
        "currency": "USD",
        "subtotal": "1234.00",
        "total": "1234.00",
        "amount_due": "1234.00",
    }
    # each line's term under it ('Nov 5 – Dec 5, 2026') is no part of what was billed
    assert [(d, a) for d, a, _, _ in items(extraction)] == [
        ("Team plan", "1000.00"),
        ("Extra storage (100 GB)", "234.00"),
    ]


def test_telecom_bill_under_a_statement_date_is_a_bill_to_pay() -> None:
    extraction = extract(drawn.utility_bill())
    assert extraction.classification.document_type == DocumentType.INVOICE
    fields = values(extraction)
    assert fields["account_number"] == "8260 17 123 0456789"
    assert fields["invoice_date"] == "2026-11-12"
    assert fields["due_date"] == "2026-12-02"
    assert (fields["service_period_start"], fields["service_period_end"]) == (
        "2026-11-12",
        "2026-12-11",
    )
    assert fields["previous_balance"] == "189.97"
    assert fields["amount_due"] == "194.32"
    assert fields["customer_name"] == "Lakeview Apartments LLC"


def test_european_phone_numbers_in_groups_of_two() -> None:
    assert find_phone("Tél. : 04 72 55 01 23") == ("0472550123", "04 72 55 01 23")
    assert find_phone("+33 4 72 55 01 23") == ("+33472550123", "+33 4 72 55 01 23")
    assert find_phone("+49 (0)30 5557 1234") == ("+493055571234", "+49 (0)30 5557 1234")
    assert find_phone("(512) 555-0199 12/01/2026") == ("5125550199", "(512) 555-0199")


def test_french_facture_with_the_addressee_on_the_right() -> None:
    fields = values(extract(drawn.french_invoice()))
    assert fields["vendor_phone"] == "0472550123"
    assert fields["vendor_tax_id"] == "FR32812345678"  # the VAT number, not the SIRET
    assert fields["customer_name"] == "Syndic Bellecour Gestion"
    assert fields["bill_to_address"] == "45 quai Saint-Antoine, 69002 Lyon"
    assert fields["invoice_number"] == "F-2026-0187"
    assert (fields["invoice_date"], fields["due_date"]) == ("2026-10-14", "2026-11-13")
    assert (fields["subtotal"], fields["tax"], fields["total"]) == ("1000.00", "200.00", "1200.00")
    assert fields["amount_due"] == "1200.00"
    assert fields["currency"] == "EUR"


def test_dutch_factuur_names_its_vat_number_not_its_chamber_of_commerce_number() -> None:
    fields = values(extract(drawn.dutch_invoice()))
    assert fields["vendor_tax_id"] == "NL812345678B01"
    assert fields["invoice_number"] == "2026-0391"
    assert (fields["invoice_date"], fields["due_date"]) == ("2026-11-02", "2026-11-16")
    assert (fields["subtotal"], fields["tax"], fields["total"]) == ("680.00", "142.80", "822.80")
    assert fields["customer_name"] == "VvE Oosterpark"


def test_italian_fattura_quantity_heading_with_a_stop() -> None:
    extraction = extract(drawn.italian_invoice())
    assert items(extraction) == [
        ("Sostituzione colonna di scarico", "640.00", "1", "640.00"),
        ("Manodopera (ore)", "210.00", "6", "35.00"),
    ]
    fields = values(extraction)
    assert fields["vendor_tax_id"] == "01234567890"
    assert fields["invoice_number"] == "145/2026"
    assert (fields["subtotal"], fields["tax"], fields["total"]) == ("850.00", "187.00", "1037.00")


def test_spanish_and_portuguese_addressee_on_the_right() -> None:
    spanish = values(extract(drawn.spanish_invoice()))
    assert spanish["customer_name"] == "Comunidad de Propietarios Ruzafa 12"
    assert spanish["bill_to_address"] == "Calle Sueca 12, 46006 Valencia"
    assert spanish["vendor_tax_id"] == "B98765432"
    assert (spanish["subtotal"], spanish["tax"], spanish["total"]) == ("275.50", "57.86", "333.36")
    portuguese = values(extract(drawn.portuguese_invoice()))
    assert portuguese["customer_name"] == "Condomínio Edifício Alvalade"
    assert portuguese["invoice_number"] == "FT 2026/154"
    assert portuguese["total"] == "369.00"


def test_polish_faktura_reads_its_net_column_beside_the_gross_one() -> None:
    extraction = extract(drawn.polish_invoice())
    assert items(extraction) == [("Przegląd instalacji gazowej", "1200.00", "1", "1200.00")]
    fields = values(extraction)
    assert fields["vendor_name"] == "Usługi Techniczne Kowalski Sp. z o.o."
    assert fields["vendor_tax_id"] == "525-123-45-67"
    assert fields["customer_name"] == "Wspólnota Mieszkaniowa Mokotów 5"
    assert fields["invoice_number"] == "FV/2026/10/044"
    assert (fields["subtotal"], fields["tax"], fields["total"]) == ("1200.00", "276.00", "1476.00")
    assert fields["amount_due"] == "1476.00"
    assert fields["due_date"] == "2026-11-14"
    assert fields["currency"] == "PLN"


def test_totals_on_the_second_page() -> None:
    extraction = extract(*drawn.two_page_invoice())
    fields = values(extraction)
    assert (fields["subtotal"], fields["total"], fields["amount_due"]) == (
        "3100.00",
        "3100.00",
        "3100.00",
    )
    assert extraction.fields["total"].page == 2
    assert len(extraction.line_items) == 12
    assert fields["invoice_number"] == "SFS-55120"


def test_service_contract_is_no_invoice() -> None:
    extraction = extract(drawn.service_contract())
    assert extraction.classification.document_type == DocumentType.OTHER
    assert "total" not in extraction.fields
    assert "invoice_number" not in extraction.fields


def test_ledger_invoice_with_a_payment_advice_to_cut_off() -> None:
    fields = values(extract(drawn.ledger_invoice()))
    assert fields["vendor_name"] == "Harbourside Electrical Pty Ltd"
    assert fields["vendor_tax_id"] == "51824753556"
    assert fields["customer_name"] == "Bayside Strata Management"
    # the addressee past its 'Attention:' line, not the payee on the advice
    assert fields["bill_to_address"] == "Level 3, 77 King Street, Sydney NSW 2000"
    assert fields["remit_to_address"] == "14 Wharf Road, Balmain NSW 2041"
    assert fields["invoice_number"] == "INV-0042"
    assert (fields["invoice_date"], fields["due_date"]) == ("2026-11-05", "2026-12-05")
    assert (fields["subtotal"], fields["tax"], fields["total"]) == ("2100.00", "210.00", "2310.00")
    assert fields["currency"] == "AUD"
    assert "account_number" not in fields  # 'Account 1234 5678' is the vendor's bank's


def test_german_letter_with_its_contacts_in_the_footer() -> None:
    fields = values(extract(drawn.german_footer_invoice()))
    assert fields["vendor_name"] == "Elektro Hoffmann e.K."
    assert fields["vendor_address"] == "Talstraße 3, 70188 Stuttgart"
    assert fields["vendor_email"] == "info@elektro-hoffmann.de"
    assert fields["vendor_phone"] == "07115552040"
    assert fields["vendor_tax_id"] == "DE812345679"
    assert fields["customer_name"] == "WEG Rosenhof"
    assert fields["bill_to_address"] == "Königstraße 40, 70173 Stuttgart"
    assert fields["invoice_number"] == "2026-1187"
    assert fields["po_number"] == "B-4471"
    assert (fields["invoice_date"], fields["due_date"]) == ("2026-10-12", "2026-10-26")
    assert (fields["subtotal"], fields["tax"], fields["total"]) == ("544.00", "103.36", "647.36")


def test_german_rechnung_due_date_said_in_a_sentence() -> None:
    fields = values(extract(drawn.german_invoice()))
    assert fields["due_date"] == "2026-11-17"
    assert fields["vendor_email"] == "info@brandt-hausmeister.de"
    assert fields["account_number"] == "K-1088"
    assert (fields["service_period_start"], fields["service_period_end"]) == (
        "2026-10-01",
        "2026-10-31",
    )
    assert (fields["subtotal"], fields["tax"], fields["total"]) == ("1037.00", "197.03", "1234.03")


def test_books_package_invoice_with_colon_aligned_labels() -> None:
    fields = values(extract(drawn.books_invoice()))
    assert fields["invoice_number"] == "INV-000045"
    assert fields["payment_terms"] == "Net 15"
    assert fields["po_number"] == "4500123"
    assert (fields["invoice_date"], fields["due_date"]) == ("2026-11-05", "2026-11-20")
    assert (fields["subtotal"], fields["tax"], fields["total"], fields["amount_due"]) == (
        "1034.76",
        "15.24",
        "1050.00",
        "1050.00",
    )


def test_letterhead_address_printed_level_with_the_name_on_the_right() -> None:
    fields = values(extract(drawn.freelancer_invoice()))
    assert fields["vendor_name"] == "Pinecrest Painting Co."
    assert fields["vendor_address"] == "4410 Fremont Ave N, Seattle, WA 98103"
    assert fields["vendor_phone"] == "2065550187"
    assert fields["vendor_email"] == "jobs@pinecrestpainting.com"
    assert fields["invoice_number"] == "0000231"
    assert (fields["invoice_date"], fields["due_date"]) == ("2026-10-15", "2026-11-14")
    assert (fields["total"], fields["amount_due"]) == ("2463.44", "2463.44")


def test_french_thousands_parted_by_a_narrow_space() -> None:
    extraction = extract(drawn.french_platform_invoice())
    fields = values(extraction)
    assert (fields["subtotal"], fields["tax"], fields["total"], fields["amount_due"]) == (
        "2100.00",
        "420.00",
        "2520.00",
        "2520.00",
    )
    assert fields["vendor_tax_id"] == "FR45882233445"
    assert fields["customer_name"] == "Résidence Les Tilleuls"
    assert (fields["invoice_date"], fields["due_date"]) == ("2026-11-05", "2026-12-05")
    assert items(extraction) == [
        ("Logiciel de gestion - abonnement annuel", "2100.00", "1", "2100.00")
    ]


def test_estimate_is_no_invoice() -> None:
    extraction = extract(drawn.quote())
    assert extraction.classification.document_type != DocumentType.INVOICE
    assert "total" not in extraction.fields


def test_spanish_income_tax_withheld_comes_off_the_total() -> None:
    extraction = extract(drawn.spanish_withholding_invoice())
    fields = values(extraction)
    assert (fields["subtotal"], fields["tax"], fields["total"]) == ("1200.00", "252.00", "1272.00")
    totals = next(c for c in extraction.checks if c.name == "subtotal_plus_tax_equals_total")
    assert totals.passed and "withholding" in totals.fields
    assert extraction.fields["total"].confidence >= 0.9
    assert fields["vendor_tax_id"] == "28765432K"
    assert fields["invoice_number"] == "2026-031"


def test_italian_withholding_comes_off_the_amount_due() -> None:
    extraction = extract(drawn.italian_withholding_invoice())
    fields = values(extraction)
    assert (fields["subtotal"], fields["tax"], fields["total"], fields["amount_due"]) == (
        "2000.00",
        "457.60",
        "2537.60",
        "2137.60",
    )
    assert all(check.passed for check in extraction.checks)
    assert (fields["invoice_number"], fields["invoice_date"]) == ("27", "2026-10-15")


def test_two_vat_rates_add_up_and_the_rate_summary_gives_no_total() -> None:
    extraction = extract(drawn.vat_summary_invoice())
    fields = values(extraction)
    assert (fields["subtotal"], fields["tax"], fields["total"]) == ("600.00", "90.00", "690.00")
    assert extraction.fields["tax"].method == "sum_of_tax_lines"
    assert fields["due_date"] == "2026-10-14"
    assert fields["vendor_phone"] == "+498955503300"


def test_deposit_received_leaves_the_balance_due() -> None:
    fields = values(extract(drawn.deposit_invoice()))
    assert (fields["total"], fields["amount_due"]) == ("9683.50", "5683.50")
    assert fields["service_address"] == "12 Pisgah Hwy, Bldg 3, Candler, NC 28715"
    assert fields["payment_terms"] == "Due on receipt"


def test_contract_with_a_fee_schedule_is_no_invoice() -> None:
    extraction = extract(drawn.contract_with_fee_schedule())
    assert extraction.classification.document_type == DocumentType.OTHER
    assert not extraction.fields


def test_receipt_names_its_sender_in_the_title_and_a_date_is_no_name() -> None:
    extraction = extract(drawn.payment_receipt())
    fields = values(extraction)
    assert fields["vendor_name"] == "Cloudnest, Inc."
    assert fields["invoice_number"] == "2231-8807"
    assert fields["total"] == "1234.00"  # the amount paid is a receipt's total
    assert extraction.fields["total"].method == "amount_paid"
    # taken for the total by inference, then confirmed by the lines it pays for
    assert [c.passed for c in extraction.checks if c.name == "line_items_sum_to_total"] == [True]


def test_british_invoice_bank_account_is_no_customer_account() -> None:
    extraction = extract(drawn.british_invoice())
    fields = values(extraction)
    assert "account_number" not in fields  # 'Account Number' under 'Sort Code'
    assert fields["vendor_tax_id"] == "GB123456789"
    assert fields["invoice_date"] == "2026-11-03"
    assert fields["customer_name"] == "Southbank Lettings Ltd"
    assert (fields["subtotal"], fields["tax"], fields["total"]) == ("180.00", "36.00", "216.00")
    assert items(extraction)[1] == ("Replace thermostatic radiator valve", "85.00", "2", "42.50")


def test_swiss_payment_part_names_payee_and_payer() -> None:
    fields = values(extract(drawn.swiss_qr_bill()))
    assert fields["vendor_address"] == "Seestrasse 45, 8002 Zürich"
    assert "vendor_phone" not in fields  # 'CHE-123.456.789' is the VAT number
    assert fields["vendor_tax_id"] == "CHE-123.456.789"
    assert fields["remit_to_address"] == "Seestrasse 45, 8002 Zürich"  # past the IBAN
    assert fields["customer_name"] == "Stockwerkeigentümergemeinschaft Lindenhof"
    assert fields["bill_to_address"] == "Bahnhofstrasse 12, 8400 Winterthur"
    assert (fields["subtotal"], fields["tax"], fields["total"]) == ("1150.00", "93.15", "1243.15")
    assert fields["currency"] == "CHF"


def test_the_customers_own_reference_is_its_order_number() -> None:
    items_ = [
        text(50, 50, "Vendor Name GmbH", 14, True),
        text(50, 70, "Hauptstraße 1", 9),
        text(50, 81, "10115 Berlin", 9),
        text(50, 110, "Rechnung", 14, True),
        text(300, 140, "Rechnungs-Nr.:", 9),
        right(545, 140, "2026-55", 9),
        text(300, 154, "Ihr Zeichen:", 9),
        right(545, 154, "PO-99812", 9),
        text(300, 180, "Gesamtbetrag", 9),
        right(545, 180, "119,00 €", 9),
    ]
    fields = values(extract(items_))
    assert (fields["invoice_number"], fields["po_number"]) == ("2026-55", "PO-99812")


def test_polish_totals_row_under_net_tax_and_gross_columns() -> None:
    extraction = extract(drawn.polish_full_invoice())
    fields = values(extraction)
    assert (fields["subtotal"], fields["tax"], fields["total"], fields["amount_due"]) == (
        "2450.00",
        "563.50",
        "3013.50",
        "3013.50",
    )
    assert items(extraction) == [
        ("Konserwacja dźwigu - październik", "650.00", "1", "650.00"),
        ("Wymiana lin nośnych", "1800.00", "2", "900.00"),
    ]
    assert (fields["invoice_date"], fields["due_date"]) == ("2026-11-05", "2026-11-19")
    assert fields["vendor_name"] == "Serwis Dźwigów Nowak sp. j."
    assert fields["vendor_tax_id"] == "6762345678"


def test_spanish_telecom_bill() -> None:
    fields = values(extract(drawn.spanish_telecom_bill()))
    assert fields["invoice_number"] == "TA6C30098765"
    assert fields["account_number"] == "0045123987"
    assert (fields["service_period_start"], fields["service_period_end"]) == (
        "2026-10-01",
        "2026-10-31",
    )
    assert fields["customer_name"] == "Comunidad de Propietarios Alameda 7"
    assert (fields["subtotal"], fields["tax"], fields["amount_due"]) == ("62.70", "13.17", "75.87")


def test_sum_carried_over_to_page_two_is_no_item() -> None:
    extraction = extract(*drawn.german_two_page_invoice())
    assert [line.description for line in extraction.line_items] == [
        "Dachrinne reinigen",
        "Ziegel ersetzen",
        "Gerüst stellen",
        "Schneefanggitter",
        "Entsorgung Altmaterial",
    ]
    fields = values(extraction)
    assert (fields["subtotal"], fields["tax"], fields["total"]) == ("2350.00", "446.50", "2796.50")
    assert all(check.passed for check in extraction.checks)


def test_purchase_order_is_no_invoice() -> None:
    extraction = extract(drawn.purchase_order())
    assert extraction.classification.document_type == DocumentType.OTHER
    assert not extraction.fields


def test_credit_note_title_is_no_vendor_name() -> None:
    fields = values(extract(drawn.credit_note()))
    assert fields["vendor_name"] == "Riverside Pool Service"
    assert fields["vendor_address"] == "88 Canal Street, Tampa, FL 33602"
    assert (fields["invoice_number"], fields["total"]) == ("CN-0012", "-145.50")


def test_boxed_heading_rows_with_values_beneath() -> None:
    fields = values(extract(drawn.desktop_books_invoice()))
    assert (fields["invoice_number"], fields["invoice_date"]) == ("5521", "2026-11-02")
    assert (fields["po_number"], fields["payment_terms"]) == ("PM-2231", "Net 15")
    assert fields["total"] == "852.75"


def test_periods_as_european_and_billing_systems_print_them() -> None:
    us = Conventions(day_first=False, decimal_comma=False, language="en")
    de = Conventions(day_first=True, decimal_comma=True, language="de")
    fr = Conventions(day_first=True, decimal_comma=True, language="fr")
    october = (dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    assert find_date_range("Oct 1 - 31, 2026", us) == october
    assert find_date_range("October 2026", us) == october
    assert find_date_range("01.10.-31.10.2026", de) == october
    assert find_date_range("vom 01.10. bis 31.10.2026", de) == october
    assert find_date_range("1. bis 31. Oktober 2026", de) == october
    assert find_date_range("1. Oktober bis 31. Oktober 2026", de) == october
    assert find_date_range("du 1er au 31 octobre 2026", fr) == october
    assert find_date_range("Februar 2028", de) == (dt.date(2028, 2, 1), dt.date(2028, 2, 29))
    assert find_date_range("12/01/2026", us) is None
    assert find_date_range("01 Oct 2026 to 31 Oct 2026", us) == october  # no day in a year
    assert find_date_range("Sep 28 - Oct 27, 2026", us) == (
        dt.date(2026, 9, 28),
        dt.date(2026, 10, 27),
    )


def test_french_phone_numbers_and_thin_spaces() -> None:
    fr = Conventions(day_first=True, decimal_comma=True, language="fr")
    amount = parse_amount("1\u202f234,56 €", fr)
    assert amount is not None and str(amount.value) == "1234.56"


def test_credit_marked_cr_is_negative() -> None:
    us = Conventions(day_first=False, decimal_comma=False, language="en")
    credit = parse_amount("145.50 CR", us)
    assert credit is not None and str(credit.value) == "-145.50"
    colones = parse_amount("1,234.56 CRC", us)
    assert colones is not None and (str(colones.value), colones.currency) == ("1234.56", "CRC")


def test_sender_named_only_in_the_footer() -> None:
    extraction = extract(drawn.logo_letterhead_invoice())
    fields = values(extraction)
    assert fields["vendor_name"] == "Brightclean Services Ltd"
    assert fields["vendor_address"] == "19 Creek Road, London SE8 3BZ"
    assert fields["vendor_phone"] == "02081234567"
    assert fields["vendor_tax_id"] == "GB987654321"
    assert extraction.fields["vendor_name"].confidence < 0.8  # a footer is weaker evidence
    assert fields["customer_name"] == "Greenwich Court Residents Ltd"


def _with_bill_to(*lines: Item) -> dict[str, str]:
    head = [
        text(50, 50, "Acme Services LLC", 14, True),
        text(50, 66, "100 Main St", 9),
        text(50, 77, "Austin, TX 78701", 9),
        text(400, 50, "INVOICE", 16, True),
        text(400, 75, "Invoice #: 5541", 9),
    ]
    return values(
        extract([*head, *lines, text(380, 340, "Total", 9), right(545, 340, "$100.00", 9)])
    )


def test_attention_line_before_the_customers_name_is_no_name() -> None:
    fields = _with_bill_to(
        text(50, 130, "BILL TO", 8, True),
        text(50, 142, "Attn: Accounts Payable", 9),
        text(50, 154, "Harbor Point HOA", 9),
        text(50, 166, "PO Box 300", 9),
        text(50, 178, "Galveston, TX 77553", 9),
    )
    assert fields["customer_name"] == "Harbor Point HOA"
    assert fields["bill_to_address"] == "PO Box 300, Galveston, TX 77553"


def test_customer_name_and_address_on_one_line() -> None:
    fields = _with_bill_to(
        text(50, 130, "Bill To: Harbor Point HOA, PO Box 300, Galveston, TX 77553", 9)
    )
    assert fields["customer_name"] == "Harbor Point HOA"
    assert fields["bill_to_address"] == "PO Box 300, Galveston, TX 77553"


def test_rate_printed_per_hour() -> None:
    lines = [
        text(50, 50, "Acme Services LLC", 14, True),
        text(50, 66, "100 Main St", 9),
        text(50, 77, "Austin, TX 78701", 9),
        text(380, 50, "Invoice #: 5541", 9),
        text(50, 200, "Service", 8, True),
        right(380, 200, "Hours", 8),
        right(460, 200, "Rate", 8),
        right(545, 200, "Amount", 8),
        text(50, 214, "Plumber labor", 9),
        right(380, 214, "2.5 hrs", 9),
        right(460, 214, "$85.00/hr", 9),
        right(545, 214, "$212.50", 9),
        text(380, 240, "Total", 9),
        right(545, 240, "$212.50", 9),
    ]
    assert items(extract(lines)) == [("Plumber labor", "212.50", "2.5", "85.00")]


def test_swedish_faktura() -> None:
    fields = values(extract(drawn.swedish_invoice()))
    assert fields["vendor_tax_id"] == "SE556677889901"  # the VAT number, not the org. nr
    assert fields["customer_name"] == "Brf Solgården"
    assert fields["bill_to_address"] == "Solvägen 3, 224 55 Lund"
    assert fields["invoice_number"] == "20261104"
    assert (fields["invoice_date"], fields["due_date"]) == ("2026-11-04", "2026-12-04")
    assert fields["payment_terms"] == "30 dagar netto"
    assert (fields["subtotal"], fields["tax"], fields["amount_due"]) == (
        "3800.00",
        "950.00",
        "4750.00",
    )


def test_words_qualifying_a_total_label_are_no_labels() -> None:
    lines = [
        text(50, 50, "Vendor Name Ltd", 14, True),
        text(50, 70, "1 High Street", 9),
        text(50, 81, "London SW1A 1AA", 9),
        text(50, 110, "Invoice", 14, True),
        text(300, 200, "Subtotal (excl. VAT)", 9),
        right(545, 200, "£500.00", 9),
        text(300, 214, "VAT (20%)", 9),
        right(545, 214, "£100.00", 9),
        text(300, 228, "Total incl. VAT", 9),
        right(545, 228, "£600.00", 9),
    ]
    fields = values(extract(lines))
    assert (fields["subtotal"], fields["tax"], fields["total"]) == ("500.00", "100.00", "600.00")


def test_instalments_already_paid_leave_the_balance_due() -> None:
    lines = [
        text(50, 50, "Stadtwerke Musterstadt GmbH", 14, True),
        text(50, 70, "Werkstraße 1", 9),
        text(50, 81, "12345 Musterstadt", 9),
        text(50, 110, "Jahresabrechnung", 14, True),
        text(300, 200, "Nettobetrag", 9),
        right(545, 200, "1.000,00 €", 9),
        text(300, 214, "MwSt 19%", 9),
        right(545, 214, "190,00 €", 9),
        text(300, 228, "Rechnungsbetrag", 9),
        right(545, 228, "1.190,00 €", 9),
        text(300, 242, "abzüglich Abschläge", 9),
        right(545, 242, "-900,00 €", 9),
        text(300, 256, "Nachzahlung", 9),
        right(545, 256, "290,00 €", 9),
    ]
    extraction = extract(lines)
    fields = values(extraction)
    assert (fields["total"], fields["amount_due"]) == ("1190.00", "290.00")
    assert all(check.passed for check in extraction.checks)


def test_dutch_bookkeeping_package_invoice() -> None:
    extraction = extract(drawn.dutch_accounting_invoice())
    fields = values(extraction)
    assert fields["vendor_tax_id"] == "NL001234567B01"
    assert fields["customer_name"] == "Woningcorporatie Domstad"
    assert fields["bill_to_address"] == "Postbus 1234, 3500 BE Utrecht"  # past 't.a.v.'
    assert (fields["invoice_number"], fields["account_number"]) == ("F2026-0877", "D-1029")
    assert fields["po_number"] == "WO-55812"
    assert (fields["invoice_date"], fields["due_date"]) == ("2026-11-12", "2026-11-26")
    assert (fields["subtotal"], fields["tax"], fields["amount_due"]) == (
        "2450.00",
        "514.50",
        "2964.50",
    )
    assert items(extraction) == [("Vervangen cv-ketel complex Lombok", "2450.00", "1", "2450.00")]


def test_values_centred_under_a_row_of_headings() -> None:
    def centred(x: float, y: float, s: str, size: float = 9) -> Item:
        return text(x - stringWidth(s, "Sans", size) / 2, y, s, size)

    _register_fonts()
    lines = [
        text(50, 50, "Acme Services LLC", 14, True),
        text(50, 66, "100 Main St", 9),
        text(50, 77, "Austin, TX 78701", 9),
        centred(120, 150, "Invoice Number", 8),
        centred(260, 150, "Invoice Date", 8),
        centred(400, 150, "Customer", 8),
        centred(510, 150, "Due Date", 8),
        centred(120, 163, "10447"),
        centred(260, 163, "11/02/2026"),
        centred(400, 163, "Harbor Point HOA"),
        centred(510, 163, "12/02/2026"),
        text(380, 240, "Total", 9),
        right(545, 240, "$100.00", 9),
    ]
    fields = values(extract(lines))
    assert (fields["invoice_number"], fields["customer_name"]) == ("10447", "Harbor Point HOA")
    assert (fields["invoice_date"], fields["due_date"]) == ("2026-11-02", "2026-12-02")


def test_meter_read_dates_make_the_service_period() -> None:
    lines = [
        text(50, 50, "City Water Utility", 14, True),
        text(50, 70, "100 Main St", 9),
        text(50, 81, "Austin, TX 78701", 9),
        text(50, 110, "UTILITY BILL", 14, True),
        text(300, 110, "Account Number: 5541-22", 9),
        text(300, 150, "Previous Read Date", 9),
        text(420, 150, "10/01/2026", 9),
        text(300, 164, "Current Read Date", 9),
        text(420, 164, "10/31/2026", 9),
        text(300, 190, "Total Amount Due", 9),
        right(545, 190, "$100.00", 9),
    ]
    fields = values(extract(lines))
    assert (fields["service_period_start"], fields["service_period_end"]) == (
        "2026-10-01",
        "2026-10-31",
    )


def test_order_and_ship_dates_are_no_invoice_date() -> None:
    def dated(*pairs: tuple[str, str]) -> dict[str, str]:
        lines = [
            text(50, 50, "Acme Supply Co", 14, True),
            text(50, 70, "100 Main St", 9),
            text(50, 81, "Austin, TX 78701", 9),
            text(50, 110, "INVOICE", 14, True),
            text(300, 110, "Invoice #: 5541", 9),
            text(300, 200, "Total", 9),
            right(545, 200, "$100.00", 9),
        ]
        for i, (label, value) in enumerate(pairs):
            lines += [text(300, 130 + 14 * i, label, 9), right(545, 130 + 14 * i, value, 9)]
        return values(extract(lines))

    both = dated(
        ("Order Date:", "10/01/2026"), ("Date:", "10/05/2026"), ("Ship Date:", "10/03/2026")
    )
    assert both["invoice_date"] == "2026-10-05"
    assert "invoice_date" not in dated(("Order Date:", "10/01/2026"), ("Ship Date:", "10/03/2026"))


def test_accounting_package_invoice_with_ship_to_and_activity_columns() -> None:
    extraction = extract(drawn.accounting_app_invoice())
    fields = values(extraction)
    assert fields["customer_name"] == "Sunset Gardens HOA"
    assert fields["bill_to_address"] == "400 Bay Drive, Clearwater, FL 33755"
    assert fields["service_address"] == "Sunset Gardens HOA, 12 Palm Court, Clearwater, FL 33767"
    assert (fields["invoice_number"], fields["payment_terms"]) == ("1093", "Net 30")
    assert (fields["invoice_date"], fields["due_date"]) == ("2026-10-01", "2026-10-31")
    assert (fields["total"], fields["amount_due"]) == ("535.69", "535.69")
    assert items(extraction) == [
        ("Weekly pool cleaning", "380.00", "4", "95.00"),
        ("Filter replacement", "145.50", "1", "145.50"),
    ]


def test_from_and_to_blocks_side_by_side() -> None:
    fields = values(extract(drawn.side_by_side_parties()))
    assert fields["vendor_name"] == "Crestline Roofing Inc."
    assert fields["vendor_address"] == "77 Quarry Road, Albany, NY 12205"
    assert fields["customer_name"] == "Hudson Park Residences"
    assert fields["bill_to_address"] == "9 River Street, Troy, NY 12180"
    assert (fields["invoice_number"], fields["total"]) == ("2026-118", "1150.00")


def test_letter_announcing_new_prices_is_no_invoice() -> None:
    extraction = extract(drawn.rate_notice_letter())
    assert extraction.classification.document_type == DocumentType.OTHER
    assert not extraction.fields


def test_cloud_provider_invoice_summary_period_and_billing_id() -> None:
    lines = [
        text(50, 50, "Invoice", 20, True),
        text(400, 50, "Skyline Cloud LLC", 10, True),
        text(400, 63, "1600 Amphitheatre Way", 8),
        text(400, 73, "Mountain View, CA 94043", 8),
        text(50, 90, "Invoice number: 5023318841", 9),
        text(50, 103, "Invoice date: Dec 1, 2026", 9),
        text(50, 116, "Billing ID: 0145-7721-9902", 9),
        text(50, 215, "Summary for Nov 1, 2026 - Nov 30, 2026", 11, True),
        text(50, 235, "Subtotal in USD", 9),
        right(545, 235, "$1,234.00", 9),
        text(50, 265, "Total in USD", 10, True),
        right(545, 265, "$1,234.00", 10),
    ]
    fields = values(extract(lines))
    assert fields["account_number"] == "0145-7721-9902"
    assert (fields["service_period_start"], fields["service_period_end"]) == (
        "2026-11-01",
        "2026-11-30",
    )
    assert (fields["invoice_number"], fields["total"]) == ("5023318841", "1234.00")


def test_energy_statement_is_a_bill_with_its_period_unlabelled() -> None:
    extraction = extract(drawn.energy_statement())
    assert extraction.classification.document_type == DocumentType.INVOICE
    fields = values(extraction)
    assert (fields["service_period_start"], fields["service_period_end"]) == (
        "2026-10-01",
        "2026-10-31",
    )
    assert extraction.fields["service_period_start"].confidence < 0.8  # no label
    assert fields["account_number"] == "1234567890-1"
    assert (fields["invoice_date"], fields["due_date"]) == ("2026-11-05", "2026-11-26")
    assert (fields["previous_balance"], fields["amount_due"]) == ("412.18", "398.44")
    assert fields["customer_name"] == "HARBOR VIEW PROPERTIES LLC"


def test_italian_electronic_invoice_copy() -> None:
    extraction = extract(drawn.italian_electronic_invoice())
    fields = values(extraction)
    assert fields["vendor_name"] == "Ascensori Lombardi S.r.l."
    assert fields["vendor_address"] == "Via Torino 77, Milano MI, 20123 IT"
    assert fields["vendor_tax_id"] == "IT04567890123"  # not the customer's codice fiscale
    assert fields["customer_name"] == "Condominio Corso Magenta 12"
    assert fields["bill_to_address"] == "Corso Magenta 12, Milano MI, 20123 IT"
    assert (fields["invoice_number"], fields["invoice_date"]) == ("2026/0412", "2026-09-30")
    assert fields["due_date"] == "2026-10-30"
    assert (fields["subtotal"], fields["tax"], fields["total"]) == ("320.00", "70.40", "390.40")
    assert items(extraction) == [
        ("Manutenzione ordinaria impianto - settembre", "320.00", "1.00", "320.00")
    ]


def test_portuguese_certified_invoice() -> None:
    extraction = extract(drawn.portuguese_certified_invoice())
    fields = values(extraction)
    assert fields["vendor_tax_id"] == "514223344"  # not the customer's NIF
    assert fields["customer_name"] == "Condomínio Edifício Boavista"  # past 'Exmo.(s) Sr.(s)'
    assert fields["bill_to_address"] == "Avenida da Boavista 1200, 4100-130 Porto"
    assert fields["invoice_number"] == "FT 2026A/318"
    assert (fields["invoice_date"], fields["due_date"]) == ("2026-10-15", "2026-11-14")
    assert fields["payment_terms"] == "30 dias"
    assert (fields["subtotal"], fields["tax"], fields["total"]) == ("480.00", "110.40", "590.40")


def test_letter_or_order_filed_as_a_bill_keeps_its_fields_doubtful() -> None:
    _register_fonts()
    for drawing in (drawn.rate_notice_letter, drawn.purchase_order):
        data = draw_pdf([drawing()], A4, fonts=("Sans", "Sans-Bold"))
        reading = read_document(data, media_type="application/pdf", limits=ReadLimits())
        extraction = extract_document(reading.pages, type_hint=DocumentType.INVOICE)
        assert extraction.fields
        assert all(field.confidence <= 0.5 for field in extraction.fields.values())
        assert extraction.fields.get("customer_name") is None or (
            extraction.fields["customer_name"].value
            in ("Westchase Office Park Owners Association", "Badger Appliance Supply")
        )
    invoice = read_document(
        draw_pdf([drawn.german_invoice()], A4, fonts=("Sans", "Sans-Bold")),
        media_type="application/pdf",
        limits=ReadLimits(),
    )
    filed = extract_document(invoice.pages, type_hint=DocumentType.INVOICE)
    assert filed.fields["total"].confidence > 0.9


def test_premises_under_an_address_heading_beside_the_customer() -> None:
    """'Cliente' and 'Domicilio' head two blocks side by side: the customer's block holds
    its own address, so the one under 'Domicilio' is where the water is supplied."""
    fields = values(extract(drawn.mexican_water_bill()))
    assert fields["customer_name"] == "Conjunto Habitacional Los Olivos A.C."
    assert fields["bill_to_address"] == (
        "Av. Revolución 1500, Piso 3, Col. Guadalupe Inn, CDMX, C.P. 01020"
    )
    assert fields["service_address"] == "Calle Olivo 48, Int. 12, Col. Florida, CDMX, C.P. 01030"


def test_an_address_heading_beside_a_customer_without_address_names_no_premises() -> None:
    """The customer's block holds its name alone: the address beside it may be the
    customer's own, and is not taken for the premises."""
    fields = values(extract(drawn.mexican_water_bill(customer_address=False)))
    assert "service_address" not in fields


def test_a_letterheads_fiscal_address_label_is_no_part_of_the_address() -> None:
    """The letterhead prints 'Domicilio fiscal: Av. Insurgentes Sur 2375, ...': the label
    names the vendor's seat and is left out of its address."""
    fields = values(extract(drawn.mexican_water_bill()))
    assert fields["vendor_address"] == "Av. Insurgentes Sur 2375, Col. Tizapán, CDMX"
