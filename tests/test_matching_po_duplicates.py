"""Purchase orders and their disagreements; duplicates in the ledger and among earlier
documents; the "matches" object as JSON."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from matching import MatchIndex, SeenDocument, match_document
from tests.test_matching_books import load_books


@pytest.fixture
def books(tmp_path: Path) -> MatchIndex:
    return load_books(tmp_path / "master-data")


ACME = {"vendor_name": "ACME Plumbing LLC", "vendor_phone": "214.876.0996"}


def test_po_number_links_to_the_open_po(books: MatchIndex) -> None:
    fields = {
        **ACME,
        "po_number": "4501",
        "total": "1000.00",
        "service_address": "1200 Oak Ridge Dr, Dallas TX 75244",
    }
    matches = match_document(books, fields=fields)
    assert matches.po.chosen is not None and matches.po.chosen.id == "PO-04501"
    assert matches.po.chosen.reasons == ("PO number equal",)
    assert matches.flags == ()


def test_vendor_property_and_amount_that_disagree_with_the_po_are_flagged(
    books: MatchIndex,
) -> None:
    fields = {
        **ACME,
        "po_number": "PO 04503",
        "total": "1,250.00",
        "service_address": "1250 Oak Ridge Dr, Unit A1, Dallas TX 75244",
    }
    matches = match_document(books, fields=fields)
    assert matches.po.chosen is not None and matches.po.chosen.id == "PO-04503"
    assert set(matches.flags) >= {
        "PO PO-04503 is for vendor BRIGHT, not ACME",
        "PO PO-04503 is for property oakr, not oakt",
        "total 1,250.00 exceeds PO PO-04503 amount 640.00",
    }
    assert "PO PO-04503 is for vendor BRIGHT, not ACME" in matches.po.chosen.reasons


def test_a_closed_po_is_flagged_and_an_unknown_one_is_said(books: MatchIndex) -> None:
    green = {"vendor_name": "Green Leaf Landscaping", "po_number": "PO-4502", "total": "900.00"}
    matches = match_document(books, fields=green)
    assert matches.po.chosen is not None and "PO is closed" in matches.po.chosen.reasons
    assert "PO PO-04502 is closed" in matches.flags
    unknown = match_document(books, fields={**green, "po_number": "PO-9999"})
    assert unknown.po.chosen is None and unknown.po.note == "no PO PO-9999 in the books"


def test_without_a_number_an_open_po_for_the_same_amount_is_suggested(books: MatchIndex) -> None:
    matches = match_document(books, fields={**ACME, "total": "1000.00"})
    assert matches.po.candidates and matches.po.candidates[0].id == "PO-04501"
    assert matches.po.candidates[0].reasons == ("open PO of this vendor for the same amount",)


def test_same_vendor_and_invoice_number_after_normalising_is_a_duplicate(books: MatchIndex) -> None:
    matches = match_document(
        books,
        fields={**ACME, "invoice_number": "123", "invoice_date": "2026-05-01", "total": "99.00"},
    )
    duplicate = matches.duplicates.chosen
    assert duplicate is not None and duplicate.id == "ap-item:ACME:INV-000123"
    assert duplicate.reasons == ("invoice number INV-000123 equal",)
    assert any(flag.startswith("duplicate of ap-item:ACME:INV-000123") for flag in matches.flags)
    with_amount = match_document(
        books, fields={**ACME, "invoice_number": "Invoice #000123", "total": "450.00"}
    )
    assert with_amount.duplicates.chosen is not None
    assert with_amount.duplicates.chosen.reasons == (
        "invoice number INV-000123 equal",
        "amount equal",
    )
    assert with_amount.duplicates.chosen.score > duplicate.score


def test_the_same_number_from_another_vendor_is_not_a_duplicate(books: MatchIndex) -> None:
    green = {
        "vendor_name": "Green Leaf Landscaping",
        "invoice_number": "INV-000123",
        "total": "450.00",
    }
    assert match_document(books, fields=green).duplicates.candidates == ()


def test_same_vendor_and_amount_within_a_few_days_is_a_duplicate(books: MatchIndex) -> None:
    fields = {
        "vendor_name": "Green Leaf Landscaping",
        "invoice_number": "GL-5001",
        "total": "300.00",
    }
    near = match_document(books, fields={**fields, "invoice_date": "2026-03-07"}).duplicates.chosen
    assert near is not None and near.id == "ap-item:GREEN:1003"
    assert near.reasons == ("amount 300.00 equal, dated 2 days apart",)
    # the next month's bill for the same amount is not a copy
    later = match_document(books, fields={**fields, "invoice_date": "2026-04-05"}).duplicates
    assert later.chosen is None and later.candidates == ()


def test_a_void_ledger_row_still_flags_but_says_so(books: MatchIndex) -> None:
    fields = {
        "vendor_name": "Bright Spark Electric",
        "vendor_tax_id": "74-1234567",
        "invoice_number": "B-42",
    }
    duplicate = match_document(books, fields=fields).duplicates.chosen
    assert duplicate is not None and duplicate.id == "ap-item:BRIGHT:B-0042"
    assert duplicate.reasons[-1] == "the ledger row is void"


def test_an_earlier_document_is_a_duplicate_but_not_of_itself(books: MatchIndex) -> None:
    fields = {
        **ACME,
        "invoice_number": "INV-000777",
        "invoice_date": "2026-04-02",
        "total": "310.00",
    }
    assert match_document(books, fields=fields).duplicates.chosen is None
    books.add_document(
        SeenDocument("doc-41", "ACME", "INV-000777", date(2026, 4, 2), Decimal("310.00"))
    )
    again = match_document(books, fields=fields, document_id="doc-42").duplicates.chosen
    assert again is not None and again.id == "document:doc-41"
    assert match_document(books, fields=fields, document_id="doc-41").duplicates.chosen is None


def test_matches_to_json_has_the_contract_shape(books: MatchIndex) -> None:
    matches = match_document(
        books,
        fields={
            **ACME,
            "invoice_number": "INV-000123",
            "total": "450.00",
            "po_number": "PO-04501",
            "service_address": "1200 Oak Ridge Dr, Apt 102, Dallas, TX 75244",
        },
        line_items=[{"description": "Repair leak under kitchen sink"}],
    )
    data = json.loads(json.dumps(matches.to_json()))
    assert set(data) >= {
        "vendor",
        "property",
        "lines",
        "po",
        "duplicates",
        "chosen",
        "new_vendor_likely",
        "notes",
        "flags",
    }
    for key in ("vendor", "property", "po", "duplicates"):
        assert data[key] and set(data[key][0]) == {"id", "name", "score", "reasons"}
    assert set(data["lines"][0]) == {"gl"} and data["lines"][0]["gl"][0]["id"] == "6110"
    assert data["chosen"] == {
        "vendor": "ACME",
        "property": "oakr",
        "unit": "102",
        "lines": [{"gl": "6110"}],
        "po": "PO-04501",
        "duplicate_of": "ap-item:ACME:INV-000123",
    }


def test_an_empty_index_or_document_matches_nothing() -> None:
    empty = match_document(
        MatchIndex.build(),
        fields={"vendor_name": "Acme", "invoice_number": "1"},
        line_items=[{"description": "x"}],
    )
    assert (
        empty.vendor.candidates == ()
        and empty.property.candidates == ()
        and empty.lines[0].candidates == ()
    )
    assert not empty.new_vendor_likely
