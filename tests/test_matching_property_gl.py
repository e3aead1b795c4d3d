"""Property and unit from addresses (English and Spanish) and the folder; the GL account
of each line from the vendor's history, its default and the line's words."""

from __future__ import annotations

from pathlib import Path

import pytest

from matching import MatchIndex, match_document
from matching.gl import rank_gl
from matching.places import match_property
from tests.test_matching_books import load_books


@pytest.fixture
def books(tmp_path: Path) -> MatchIndex:
    return load_books(tmp_path / "master-data")


def test_service_address_with_unit_gives_property_and_unit(books: MatchIndex) -> None:
    fields = {"service_address": "1200 Oak Ridge Drive, Apt. 210, Dallas, Texas 75244"}
    found = match_property(books, fields)
    chosen = found.ranking.chosen
    assert chosen is not None and chosen.id == "oakr"
    assert chosen.reasons == (
        "service address equal to '1200 Oak Ridge Dr'",
        "unit 210 is one of its units",
        "zip 75244 equal",
    )
    assert found.unit == "210"
    neighbour = found.ranking.candidates[1]
    assert neighbour.id == "oakt" and neighbour.score < chosen.score  # same street and zip


def test_spanish_address_with_avenida_and_depto(books: MatchIndex) -> None:
    fields = {
        "service_address": "Av. Constitucion #1450 Depto. 201, Col. Centro, C.P. 64000 Monterrey NL"
    }
    found = match_property(books, fields)
    assert found.ranking.chosen is not None and found.ranking.chosen.id == "palm"
    assert found.unit == "201" and "unit 201 is one of its units" in found.ranking.chosen.reasons


def test_a_unit_that_is_not_the_propertys_is_flagged(books: MatchIndex) -> None:
    matches = match_document(
        books, fields={"service_address": "1250 Oak Ridge Dr Unit Z9, Dallas TX 75244"}
    )
    assert matches.property.chosen is not None and matches.property.chosen.id == "oakt"
    assert matches.unit == "Z9" and "unit Z9 is not one of oakt's units" in matches.flags


def test_the_property_name_on_the_bill_to_counts(books: MatchIndex) -> None:
    fields = {
        "customer_name": "Cedar Park Villas",
        "bill_to_address": "Cedar Park Villas\n300 W. Whitestone Boulevard",
    }
    chosen = match_property(books, fields).ranking.chosen
    assert chosen is not None and chosen.id == "cedar"
    assert "name 100 like 'Cedar Park Villas' in the customer name" in chosen.reasons
    assert "bill-to address equal to '300 W Whitestone Blvd'" in chosen.reasons


def test_folder_hint_by_code_or_by_name(books: MatchIndex) -> None:
    by_code = match_property(books, {}, hint="inbox/OAKT/2026-03").ranking.chosen
    assert (
        by_code is not None
        and by_code.id == "oakt"
        and by_code.reasons == ("folder 'OAKT' is its code",)
    )
    by_name = match_property(books, {}, hint="Residencial Las Palmas").ranking.chosen
    assert by_name is not None and by_name.id == "palm"
    assert match_property(books, {}, hint="scans").ranking.chosen is None


def test_zip_alone_is_not_enough_to_choose(books: MatchIndex) -> None:
    found = match_property(
        books, {"bill_to_address": "4100 Spring Valley Rd, Suite 300, Dallas, TX 75244"}
    )
    assert found.ranking.chosen is None
    assert all(c.reasons == ("zip 75244 equal",) for c in found.ranking.candidates)


def test_gl_from_the_vendors_similar_past_lines(books: MatchIndex) -> None:
    ranking = rank_gl(books, "ACME", {"description": "PVC fittings & materials"})
    assert ranking.chosen is not None and ranking.chosen.id == "6150"
    assert ranking.chosen.reasons[0] == (
        "1 of 1 similar past lines of the vendor coded here (like 'pvc fittings materials')"
    )
    water = rank_gl(books, "CITY", {"description": "WATER USAGE 12,000 GAL"}).chosen
    sewer = rank_gl(books, "CITY", {"description": "Sewer service charge"}).chosen
    assert water is not None and water.id == "6410"
    assert sewer is not None and sewer.id == "6420"


def test_gl_from_the_vendors_default_when_the_line_says_nothing(books: MatchIndex) -> None:
    ranking = rank_gl(books, "BRIGHT", {"description": "Misc. labor 2 hrs"})
    assert ranking.chosen is not None and ranking.chosen.id == "6120"
    assert "the vendor's default account" in ranking.chosen.reasons


def test_gl_from_english_and_spanish_words_without_a_vendor(books: MatchIndex) -> None:
    cases = {
        "Reparación de fuga bajo lavabo": "6110",
        "Replace GFCI outlet - Unit 101": "6120",
        "Cambio de termostato programable": "6130",
        "Corte de pasto y poda de árboles": "6310",
        "Fumigación interior - cucarachas": "6320",
        "Common area electric - energy charge": "6430",
    }
    for description, account in cases.items():
        ranking = rank_gl(books, None, {"description": description})
        assert ranking.candidates and ranking.candidates[0].id == account, description
        assert ranking.candidates[0].reasons[0].startswith("words ")


def test_gl_never_suggests_balance_sheet_accounts_from_words(books: MatchIndex) -> None:
    ranking = rank_gl(books, None, {"description": "Security deposit refund check"})
    assert "2110" not in [c.id for c in ranking.candidates]


def test_each_line_gets_its_ranking(books: MatchIndex) -> None:
    matches = match_document(
        books,
        fields={"vendor_name": "Acme Plumbing LLC", "vendor_phone": "214-876-0996"},
        line_items=[
            {"description": "Repair leak under kitchen sink - Unit 102", "amount": "180.00"},
            {"description": "PVC fittings and materials", "amount": "22.10"},
        ],
    )
    chosen = [line.chosen.id if line.chosen else None for line in matches.lines]
    assert chosen == ["6110", "6150"]
    gl = matches.to_json()["lines"]
    assert isinstance(gl, list) and [line["gl"][0]["id"] for line in gl] == ["6110", "6150"]
