"""Matching on the generated corpus: its master-data files import cleanly, and its
documents' ground-truth fields, with names printed badly, match the right books."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

from matching import MasterKind, MatchIndex, match_document, parse_master_csv

ROOT = Path(__file__).resolve().parent.parent
OCR = {"O": "0", "l": "1", "S": "5", "m": "rn"}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    command = [
        sys.executable,
        "-m",
        "samples.generate",
        "--out",
        str(out),
        "--seed",
        "5",
        "--count",
        "80",
        "--renders",
        "",
    ]
    subprocess.run(command, check=True, cwd=ROOT, capture_output=True)
    return out


def index_of(folder: Path) -> MatchIndex:
    def read(kind: MasterKind) -> bytes:
        return folder.joinpath(f"{kind.value}.csv").read_bytes()

    return MatchIndex.build(
        vendors=parse_master_csv(MasterKind.VENDORS, read(MasterKind.VENDORS)),
        properties=parse_master_csv(MasterKind.PROPERTIES, read(MasterKind.PROPERTIES)),
        gl_accounts=parse_master_csv(MasterKind.GL_ACCOUNTS, read(MasterKind.GL_ACCOUNTS)),
        ap_items=parse_master_csv(MasterKind.AP_ITEMS, read(MasterKind.AP_ITEMS)),
        purchase_orders=parse_master_csv(
            MasterKind.PURCHASE_ORDERS, read(MasterKind.PURCHASE_ORDERS)
        ),
    )


def printed_badly(name: str, rng: random.Random) -> str:
    """An OCR confusion and the legal suffix dropped or upper-cased."""
    spots = [(i, k) for k in OCR for i in range(len(name)) if name.startswith(k, i)]
    if spots:
        i, k = rng.choice(spots)
        name = name[:i] + OCR[k] + name[i + len(k) :]
    return name.rsplit(" ", 1)[0] if rng.random() < 0.5 and " " in name else name.upper()


def test_the_corpus_master_data_imports_and_reimports_the_same(corpus: Path) -> None:
    for kind in MasterKind:
        path = corpus / "master-data" / f"{kind.value}.csv"
        first = parse_master_csv(kind, path.read_bytes())
        rows = path.read_text(encoding="utf-8").count("\n") - 1
        assert first and len(first) <= rows
        assert parse_master_csv(kind, path.read_bytes()) == first


def test_the_corpus_matches_its_books(corpus: Path) -> None:
    index = index_of(corpus / "master-data")
    rng = random.Random(3)
    docs = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(corpus.glob("*.json"))]
    right = wrong = places = places_right = lines = gl_right = 0
    expected_duplicates, flagged, flagged_right = 0, 0, 0
    for doc in docs:
        fields = dict(doc["fields"])
        fields["vendor_name"] = printed_badly(fields["vendor_name"], rng)
        items = [{k: v for k, v in item.items() if v is not None} for item in doc["line_items"]]
        matches = match_document(index, fields=fields, line_items=items)
        chosen = matches.vendor.chosen
        right += chosen is not None and chosen.id == doc["vendor_code"]
        wrong += chosen is not None and chosen.id != doc["vendor_code"]
        if "service_address" in fields:
            places += 1
            place = matches.property.chosen
            places_right += place is not None and place.id == doc["property_code"]
        for ranking, account in zip(matches.lines, doc["gl_accounts"], strict=True):
            lines += 1
            gl_right += bool(ranking.candidates) and ranking.candidates[0].id == account
        earlier = doc["duplicate_of"]
        expected_duplicates += earlier is not None
        found = matches.duplicates.chosen
        flagged += found is not None
        if found is not None and earlier is not None:
            flagged_right += (
                found.id == f"ap-item:{earlier['vendor_code']}:{earlier['invoice_number']}"
            )
    assert wrong == 0
    assert right >= 0.95 * len(docs)
    assert places_right >= 0.95 * places
    assert gl_right >= 0.9 * lines
    assert flagged_right == flagged == expected_duplicates > 0
