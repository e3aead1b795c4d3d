"""Learning from confirmations, on real files read by the pipeline: a field the reviewer
corrected is read right on the vendor's next invoice, from where it was printed; a new
spelling of the vendor becomes an alias; confirmed GL accounts join the coding history."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest

from benchmarks.reviewer import correction_from_truth
from docmatch.context import Context
from docmatch.models import Document
from docmatch.review import books, decisions
from docmatch.review.corrections import Correction, FieldCorrection
from docmatch.review.learning import hints_for
from docmatch.review.locate import pages_of
from docmatch.review.models import LearnedLayout, User
from docmatch.review.straight import load_rules
from docmatch.review.users import create_user
from extract import extract_document
from matching.records import ApItem, MasterKind
from tests.review_support import (
    DOCUMENTS,
    MASTER,
    import_books,
    read_in,
    rooter_invoice,
    truth_of,
)

RULES = load_rules()

LINES = [("Clear main line stoppage - Bldg 1", "275.00"), ("Replace 40 gal water heater", "950.00")]


@pytest.fixture
def rooter(tmp_path: Path) -> list[tuple[Path, str]]:
    """Two invoices of one vendor, each printing its service account where no rule looks."""
    invoices = []
    for number, account in (("E-90001", "RR-55810-7"), ("E-90002", "RR-55810-9")):
        path = tmp_path / f"{number}.pdf"
        path.write_bytes(
            rooter_invoice(number=number, account=account, day="03/15/2026", lines=LINES)
        )
        invoices.append((path, account))
    return invoices


def _reviewer(ctx: Context) -> User:
    with ctx.sessions() as session:
        user = create_user(session, name="Ana Reviewer", role="reviewer").user
        session.commit()
        return user


def _correct_and_confirm(
    ctx: Context, document_id: str, correction: Correction, user: User
) -> decisions.Confirmation:
    with ctx.sessions() as session:
        document = session.get(Document, document_id)
        assert document is not None
        document = decisions.correct(
            session,
            document_id=document_id,
            version=document.version,
            user=user,
            correction=correction,
            rules=RULES,
        )
        done = decisions.confirm(
            session, document_id=document_id, version=document.version, user=user, rules=RULES
        )
        session.commit()
        return done


def _field(ctx: Context, document_id: str, name: str) -> dict[str, Any]:
    with ctx.sessions() as session:
        document = session.get(Document, document_id)
        assert document is not None
        return ((document.extraction or {}).get("fields") or {}).get(name) or {}


def test_a_corrected_field_is_read_from_the_learned_layout_on_the_next_invoice(
    ctx: Context, rooter: list[tuple[Path, str]]
) -> None:
    (first, first_account), (second, second_account) = rooter
    import_books(ctx)
    first_id = read_in(ctx, first)
    assert "account_number" not in _field_set(ctx, first_id)["fields"]  # no rule finds it

    # The reviewer types the account number (docmatch finds where it is printed) and codes
    # the lines; confirming teaches where this vendor prints it.
    correction = Correction(
        fields={"account_number": FieldCorrection(first_account)},
        choices={"property": "oakr", "lines": ["6110", "6110"]},
    )
    done = _correct_and_confirm(ctx, first_id, correction, _reviewer(ctx))
    assert done.lesson.vendor_code == "rapidr01" and done.lesson.fields == ("account_number",)
    with ctx.sessions() as session:
        learned = session.get(LearnedLayout, "rapidr01")
        assert learned is not None and learned.taught_by == first_id
        [spot] = learned.locations
    x0, top, x1, bottom = spot["box"]
    assert spot["field"] == "account_number" and spot["page"] == 1
    assert 0.6 < x0 < x1 <= 1 and 0 <= top <= bottom < 0.15  # top right, where it is printed

    second_id = read_in(ctx, second)
    read = _field(ctx, second_id, "account_number")
    assert read["value"] == second_account and read["method"] == "learned_layout"
    # The same pages without what was learned miss it; everything else reads the same.
    with ctx.sessions() as session:
        document = session.get(Document, second_id)
        assert document is not None
        unlearned = extract_document(pages_of(document.pages)).fields
        learned_fields = (document.extraction or {})["fields"]
    assert "account_number" not in unlearned
    assert {name: f.value for name, f in unlearned.items()} == {
        name: f["value"] for name, f in learned_fields.items() if name != "account_number"
    }


def _field_set(ctx: Context, document_id: str) -> dict[str, Any]:
    with ctx.sessions() as session:
        document = session.get(Document, document_id)
        assert document is not None
        return document.extraction or {}


def _books_without_alias(tmp_path: Path, vendor: str, alias: str) -> Path:
    folder = tmp_path / "books"
    folder.mkdir()
    for path in MASTER.glob("*.csv"):
        (folder / path.name).write_bytes(path.read_bytes())
    rows = list(csv.DictReader(io.StringIO((MASTER / "vendors.csv").read_text())))
    for row in rows:
        if row["code"] == vendor:
            row["aliases"] = "|".join(a for a in row["aliases"].split("|") if a != alias)
    with (folder / "vendors.csv").open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return folder


def test_a_new_spelling_of_the_vendor_becomes_an_alias(ctx: Context, tmp_path: Path) -> None:
    truth = truth_of("d1-0012")
    assert truth["fields"]["vendor_name"] == "Rapid Rooter"  # the master name is longer
    import_books(ctx, _books_without_alias(tmp_path, "rapidr01", "Rapid Rooter"))
    document_id = read_in(ctx, DOCUMENTS / "d1-0012.pdf")
    correction = correction_from_truth(truth, _field_set(ctx, document_id))
    done = _correct_and_confirm(ctx, document_id, correction, _reviewer(ctx))
    assert done.lesson.alias == "Rapid Rooter"
    with ctx.sessions() as session:
        vendor = books.vendor(session, "rapidr01")
        assert vendor is not None and "Rapid Rooter" in vendor.aliases

    # The vendor's next document is matched by the alias (a copy with other bytes).
    copy = tmp_path / "next.pdf"
    copy.write_bytes((DOCUMENTS / "d1-0012.pdf").read_bytes() + b"\n% next\n")
    next_id = read_in(ctx, copy)
    with ctx.sessions() as session:
        document = session.get(Document, next_id)
        assert document is not None and document.matches is not None
        best = document.matches["vendor"][0]
    assert best["id"] == "rapidr01"
    assert any("alias 'Rapid Rooter'" in reason for reason in best["reasons"])


def test_confirmed_gl_accounts_join_the_vendors_coding_history(ctx: Context) -> None:
    import_books(ctx)
    truth = truth_of("d1-0008")
    document_id = read_in(ctx, DOCUMENTS / "d1-0008.pdf")
    lines = _field_set(ctx, document_id)["line_items"]
    # The reviewer codes every line to pool maintenance, an account the vendor never used.
    correction = Correction(choices={"lines": ["6330"] * len(lines)})
    done = _correct_and_confirm(ctx, document_id, correction, _reviewer(ctx))
    assert done.lesson.gl_account == "6330"
    with ctx.sessions() as session:
        entered = books.lookup(
            session, MasterKind.AP_ITEMS, f"a1appl01\x1f{truth['fields']['invoice_number']}"
        )
    assert isinstance(entered, ApItem) and entered.gl_account == "6330"
    assert entered.status == "confirmed" and str(entered.amount) == truth["fields"]["total"]

    copy = ctx.settings.data_dir / "next.pdf"
    copy.write_bytes((DOCUMENTS / "d1-0008.pdf").read_bytes() + b"\n% next\n")
    next_id = read_in(ctx, copy)
    with ctx.sessions() as session:
        document = session.get(Document, next_id)
        assert document is not None and document.matches is not None
        rankings = [line["gl"] for line in document.matches["lines"]]
    # Every line now sees the vendor's history with one more line, coded to 6330.
    for ranking in rankings:
        pool = next(c for c in ranking if c["id"] == "6330")
        assert any(r.startswith("the vendor coded 1 of its") for r in pool["reasons"])


def test_hints_carry_the_printed_name_and_only_single_line_places(
    ctx: Context, rooter: list[tuple[Path, str]]
) -> None:
    (first, account), _ = rooter
    import_books(ctx)
    with ctx.sessions() as session:
        assert hints_for(session, vendor_code="rapidr01") is None  # nothing learned yet
    first_id = read_in(ctx, first)
    # An address corrected by the reviewer is not learned as a box: it runs over a varying
    # number of lines from one invoice to the next.
    correction = Correction(
        fields={
            "account_number": FieldCorrection(account),
            "vendor_address": FieldCorrection("2200 Commerce St, Unit 121, Dallas, TX 75201"),
        },
        choices={"property": "oakr", "lines": ["6110", "6110"]},
    )
    _correct_and_confirm(ctx, first_id, correction, _reviewer(ctx))
    with ctx.sessions() as session:
        hints = hints_for(session, vendor_code="rapidr01")
    assert hints is not None and hints.vendor_id == "rapidr01"
    assert hints.vendor_name == "Rapid Rooter Drain Co."
    assert [spot.field for spot in hints.layout] == ["account_number"]
