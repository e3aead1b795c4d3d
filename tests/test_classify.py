"""Document type and language, from real PDFs of each kind."""

from __future__ import annotations

from docmatch.types import DocumentType
from extract import classify, detect_language
from tests.test_extract import (
    draw_pdf,
    english_invoice,
    german_invoice,
    read_pdf,
    spanish_invoice,
    text,
)


def pages_of(lines: list[str], title: str) -> tuple:  # type: ignore[type-arg]
    items = [text(50, 60, title, 20, True)]
    items += [text(50, 100 + 14 * i, line) for i, line in enumerate(lines)]
    return read_pdf(draw_pdf([items])).pages


STATEMENT = [
    "Statement Date: 03/31/2024   Account: 4410",
    "Date        Invoice #     Charges    Payments    Balance",
    "03/01/2024  INV-1001      500.00                 500.00",
    "03/15/2024  Payment                  500.00        0.00",
    "Current   1-30   31-60   61-90   Over 90",
    "0.00      0.00   0.00    0.00    0.00",
]
REMITTANCE = [
    "Payer: Brightwater Residential Management LLC",
    "Check Number: 100254    Check Date: 04/02/2024",
    "Invoice Number   Invoice Amount   Discount Taken   Amount Paid",
    "INV-1001         500.00           0.00             500.00",
    "Payment Amount: 500.00",
]
INSPECTION = [
    "Resident: Maria Lopez    Unit 12B    Move-out date: 03/31/2024",
    "Room          Item        Condition   Remarks           Charge",
    "Kitchen       Walls       Fair        scuffs            0.00",
    "Bedroom 1     Carpet      Poor        stains, damage    150.00",
    "Bathroom      Tub         Good",
    "Security deposit held: 1,000.00",
]


def test_invoices_in_three_languages() -> None:
    for items in (english_invoice(), spanish_invoice(), german_invoice()):
        result = classify(read_pdf(draw_pdf([items])).pages)
        assert result.document_type == DocumentType.INVOICE
        assert result.score >= 0.6
        assert result.evidence


def test_each_kind_of_document() -> None:
    assert classify(pages_of(STATEMENT, "STATEMENT")).document_type == DocumentType.STATEMENT
    remittance = classify(pages_of(REMITTANCE, "REMITTANCE ADVICE"))
    assert remittance.document_type == DocumentType.REMITTANCE
    assert "remittance advice" in remittance.evidence
    inspection = classify(pages_of(INSPECTION, "MOVE-OUT INSPECTION"))
    assert inspection.document_type == DocumentType.INSPECTION
    aviso = classify(
        pages_of(["Pagador: Brightwater", "Número de cheque: 5512"], "AVISO DE REMESA")
    )
    assert aviso.document_type == DocumentType.REMITTANCE


def test_a_page_with_nothing_to_go_on_is_other() -> None:
    result = classify(pages_of(["Meeting notes", "Bring the keys on Monday"], "Notes"))
    assert result.document_type == DocumentType.OTHER


def test_confident_content_overrules_a_folder_hint_and_says_so() -> None:
    pages = read_pdf(draw_pdf([english_invoice()])).pages
    result = classify(pages, hint=DocumentType.STATEMENT)
    assert result.document_type == DocumentType.INVOICE
    assert result.hint == DocumentType.STATEMENT
    assert result.hint_disagrees is True
    agreeing = classify(pages, hint=DocumentType.INVOICE)
    assert agreeing.hint_disagrees is False
    assert agreeing.score >= classify(pages).score


def test_a_hint_decides_when_content_is_unsure() -> None:
    pages = pages_of(["Amount 120.00", "Thank you"], "ACME")
    result = classify(pages, hint=DocumentType.RECEIPT)
    assert result.document_type == DocumentType.RECEIPT
    assert result.hint_disagrees is False


def test_language() -> None:
    assert detect_language(read_pdf(draw_pdf([english_invoice()])).pages) == "en"
    assert detect_language(read_pdf(draw_pdf([spanish_invoice()])).pages) == "es"
    assert detect_language(read_pdf(draw_pdf([german_invoice()])).pages) == "de"
    french = pages_of(
        ["Date de facture : 12/03/2024", "Montant total TTC", "Merci pour votre paiement"],
        "FACTURE",
    )
    assert detect_language(french) == "fr"


def test_a_contract_that_mentions_invoices_is_other() -> None:
    lines = [
        "This Service Agreement is entered into by the parties on the Effective Date.",
        "WHEREAS the Contractor shall provide landscaping services to the Property;",
        "The Contractor shall invoice the Owner monthly. Each invoice is due 30 days",
        "after receipt. Payment terms: Net 30. Late invoices are not accepted.",
        "This Agreement is governed by the laws of Texas (Governing Law).",
        "The Contractor shall indemnify the Owner against all claims.",
        "IN WITNESS WHEREOF the parties have signed this Agreement.",
        "Signature: ____________________    Date: ____________",
    ]
    result = classify(pages_of(lines, "SERVICE AGREEMENT"))
    assert result.document_type == DocumentType.OTHER
    assert "whereas" in result.evidence or "in witness whereof" in result.evidence
