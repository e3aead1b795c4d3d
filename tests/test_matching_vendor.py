"""Vendor matching: each kind of evidence, the too-close-to-call rule, new vendors, and a
large master searched without scoring every name."""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest

from matching import MatchIndex, Vendor, match_document
from matching.vendors import match_vendor
from tests.test_matching_books import load_books


@pytest.fixture
def books(tmp_path: Path) -> MatchIndex:
    return load_books(tmp_path / "master-data")


def best(index: MatchIndex, **fields: str) -> tuple[str, int, tuple[str, ...]]:
    ranking = match_vendor(index, fields).ranking
    top = ranking.candidates[0]
    return top.id, top.score, top.reasons


def test_tax_id_alone_finds_the_vendor(books: MatchIndex) -> None:
    code, score, reasons = best(books, vendor_tax_id="74 1234567")
    assert code == "BRIGHT" and reasons == ("tax id equal",) and score >= 95


def test_phone_alone_finds_the_vendor_whatever_its_format(books: MatchIndex) -> None:
    code, _, reasons = best(books, vendor_phone="+1 (214) 876-0996 ext. 12")
    assert code == "ACME" and reasons == ("phone equal",)
    code, _, reasons = best(books, vendor_phone="81 8123 4567")
    assert code == "HERN" and reasons == ("phone equal",)


def test_email_domain_is_evidence_but_a_free_mail_domain_is_not(books: MatchIndex) -> None:
    code, _, reasons = best(books, vendor_email="someone.else@acmeph.com")
    assert code == "ACMEH" and reasons == ("e-mail domain equal (acmeph.com)",)
    assert match_vendor(books, {"vendor_email": "other@gmail.com"}).ranking.candidates == ()
    code, _, reasons = best(books, vendor_email="GreenLeaf77@gmail.com")
    assert code == "GREEN" and reasons == ("e-mail equal",)


def test_remit_to_address_is_strong_evidence(books: MatchIndex) -> None:
    code, score, reasons = best(books, remit_to_address="P.O. Box 9921\nAustin, Texas 78766")
    assert code == "BRIGHT" and reasons == ("remit-to address equal",) and score >= 85


def test_name_against_aliases_after_normalising(books: MatchIndex) -> None:
    code, _, reasons = best(books, vendor_name="PLOMERIA HERNANDEZ Y HERMANOS SA DE CV")
    assert code == "HERN"
    assert reasons == ("name 100 like 'Plomería Hernández y Hnos, S.A. de C.V.'",)
    code, _, reasons = best(books, vendor_name="Austin Water")
    assert code == "CITY" and reasons == ("name 100 like alias 'Austin Water'",)


def test_ocr_confusions_and_a_dropped_suffix_still_match(books: MatchIndex) -> None:
    code, _, reasons = best(books, vendor_name="Br1ght Spark E1ectric")
    assert code == "BRIGHT" and reasons[0].startswith("name 100 like")
    ranking = match_vendor(books, {"vendor_name": "GREEN LEAF LANDSCAP1NG, L.L.C."}).ranking
    assert ranking.chosen is not None and ranking.chosen.id == "GREEN"


def test_the_vendors_address_adds_to_a_name(books: MatchIndex) -> None:
    fields = {"vendor_name": "Bright Spark", "vendor_address": "4100 AIRPORT BOULEVARD, AUSTIN TX"}
    _, with_address, reasons = best(books, **fields)
    _, name_only, _ = best(books, vendor_name="Bright Spark")
    assert any(reason.startswith("address ") for reason in reasons) and with_address > name_only
    _, _, reasons = best(
        books, vendor_name="Bright Spark", vendor_address="4100 Airport Blvd, Austin TX 78722"
    )
    assert "address equal" in reasons


def test_evidence_combines_and_a_different_tax_id_counts_against(books: MatchIndex) -> None:
    _, both, reasons = best(
        books, vendor_name="Green Leaf Landscaping", vendor_phone="512 555 0142"
    )
    _, name_only, _ = best(books, vendor_name="Green Leaf Landscaping")
    assert both > name_only and set(reasons) == {
        "phone equal",
        "name 100 like 'Green Leaf Landscaping'",
    }
    code, conflicted, reasons = best(
        books, vendor_name="Bright Spark Electric", vendor_tax_id="11-1111111"
    )
    assert code == "BRIGHT" and "tax id differs" in reasons
    assert conflicted < best(books, vendor_name="Bright Spark Electric")[1]


def test_too_close_to_call_chooses_no_vendor_and_says_so(books: MatchIndex) -> None:
    # both are Acme and both are at 2200 Commerce St
    fields = {"vendor_name": "ACME", "vendor_address": "2200 Commerce Street, Dallas, TX 75201"}
    matches = match_document(books, fields=fields)
    ranking = matches.vendor
    assert ranking.chosen is None
    assert {c.id for c in ranking.candidates[:2]} == {"ACME", "ACMEH"}
    first, second = ranking.candidates[:2]
    assert (
        ranking.note
        == f"too close to call: {first.name} {first.score} vs {second.name} {second.score}"
    )
    assert f"vendor: {ranking.note}" in matches.notes
    assert matches.to_json()["chosen"]["vendor"] is None  # type: ignore[index]
    # one more piece of evidence settles it
    settled = match_vendor(books, {**fields, "vendor_phone": "713-486-5708"})
    assert settled.ranking.chosen is not None and settled.ranking.chosen.id == "ACMEH"


def test_a_vendor_not_in_the_master_is_a_likely_new_vendor(books: MatchIndex) -> None:
    matches = match_document(
        books, fields={"vendor_name": "Zenith Roofing Partners", "vendor_phone": "(999) 123-4567"}
    )
    assert matches.vendor.chosen is None and matches.new_vendor_likely
    assert matches.to_json()["new_vendor_likely"] is True
    assert any("likely a new vendor" in note for note in matches.notes)
    known = match_document(books, fields={"vendor_name": "Green Leaf Landscaping"})
    assert not known.new_vendor_likely and known.vendor.chosen is not None


def test_scores_are_between_0_and_100_and_ranked(books: MatchIndex) -> None:
    ranking = match_vendor(
        books, {"vendor_name": "Acme Plumbing and Heating", "vendor_phone": "214.876.0996"}
    ).ranking
    scores = [c.score for c in ranking.candidates]
    assert scores == sorted(scores, reverse=True) and all(0 < s <= 100 for s in scores)


SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ra",
    "ne",
    "sto",
    "vel",
    "dor",
    "an",
    "tri",
    "bel",
    "gar",
    "quin",
    "mos",
    "ter",
    "ul",
    "pra",
    "den",
    "co",
    "ri",
    "sa",
    "ven",
    "ho",
    "bru",
    "fal",
    "gen",
    "hal",
    "jor",
    "kem",
    "lin",
    "mar",
    "nor",
    "pel",
    "ros",
    "sil",
    "tam",
    "val",
    "wes",
    "yor",
    "zan",
    "cal",
    "del",
]
TRADES = [
    "Plumbing",
    "Electric",
    "Landscaping",
    "Pest Control",
    "Painting",
    "Roofing",
    "Pool Service",
]


def synthetic_vendors(count: int, rng: random.Random) -> list[Vendor]:
    """Names such as 'Kalomi Venbru Plumbing LLC', each different after normalising."""
    seen: set[str] = set()
    vendors: list[Vendor] = []
    while len(vendors) < count:
        words = ["".join(rng.choice(SYLLABLES) for _ in range(3)).title() for _ in range(2)]
        core = f"{words[0]} {words[1]} {rng.choice(TRADES)}"
        if core in seen:
            continue
        seen.add(core)
        suffix = rng.choice(["LLC", "Inc.", "Co.", ""])
        vendors.append(Vendor(code=f"V{len(vendors):06d}", name=f"{core} {suffix}".strip()))
    return vendors


def printed_badly(name: str, rng: random.Random) -> str:
    """Upper case, the legal suffix gone, two letters swapped, an O read as a zero."""
    words = name.split(" ")
    if words[-1] in ("LLC", "Inc.", "Co."):
        words = words[:-1]
    first = words[0]
    i = rng.randrange(1, len(first) - 1)
    words[0] = first[:i] + first[i + 1] + first[i] + first[i + 2 :]
    return " ".join(words).upper().replace("O", "0", 1)


@pytest.mark.slow
def test_a_large_master_finds_noisy_names_quickly() -> None:
    rng = random.Random(5)
    vendors = synthetic_vendors(50_000, rng)
    index = MatchIndex.build(vendors=vendors)
    found, times = 0, []
    for vendor in rng.sample(vendors, 100):
        started = time.perf_counter()
        ranking = match_vendor(index, {"vendor_name": printed_badly(vendor.name, rng)}).ranking
        times.append(time.perf_counter() - started)
        found += bool(ranking.candidates) and ranking.candidates[0].id == vendor.code
    assert found >= 97
    times.sort()
    assert times[len(times) // 2] < 0.02  # blocking: a few hundred names scored, not 50,000
