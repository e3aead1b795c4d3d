"""Master data in the database: import all or nothing, idempotent; the pipeline matches
every document against it and stores the candidates with their reasons."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from docmatch.cli import app
from docmatch.context import Context
from docmatch.masterdata import import_csv
from docmatch.models import Document, MasterImport, MasterRecordRow
from docmatch.pipeline import process_document
from docmatch.types import Status
from ingest.intake import accept
from ingest.paths import Hints
from matching import MasterDataError
from matching.records import MasterKind
from tests.conftest import SAMPLES

MASTER = SAMPLES / "master-data"
DOCUMENTS = SAMPLES / "documents"


def _import_all(ctx: Context) -> None:
    for kind in MasterKind:
        path = MASTER / f"{kind.value}.csv"
        import_csv(path.read_bytes(), kind=kind, filename=path.name, ctx=ctx)


def _count(ctx: Context, kind: MasterKind) -> int:
    with ctx.sessions() as session:
        return session.scalar(select(func.count()).where(MasterRecordRow.kind == kind.value)) or 0


def test_importing_the_same_file_twice_changes_nothing(ctx: Context) -> None:
    data = (MASTER / "vendors.csv").read_bytes()
    rows = data.decode().count("\n") - 1
    first = import_csv(data, kind=MasterKind.VENDORS, filename="vendors.csv", ctx=ctx)
    second = import_csv(data, kind=MasterKind.VENDORS, filename="vendors.csv", ctx=ctx)
    assert (first.inserted, first.updated, first.unchanged) == (rows, 0, 0)
    assert (second.inserted, second.updated, second.unchanged) == (0, 0, rows)
    assert _count(ctx, MasterKind.VENDORS) == rows


def test_a_changed_row_is_updated_by_its_key(ctx: Context) -> None:
    header = "code,name,aliases,address,phone,email,tax_id,default_gl,remit_to_address\n"
    import_csv(
        (header + "V1,Acme Plumbing LLC,,,,,,6110,\n").encode(),
        kind=MasterKind.VENDORS,
        filename="v.csv",
        ctx=ctx,
    )
    summary = import_csv(
        (header + "V1,Acme Plumbing LLC,ACME PLBG,,,,,6110,\nV2,Oak Pest,,,,,,6300,\n").encode(),
        kind=MasterKind.VENDORS,
        filename="v.csv",
        ctx=ctx,
    )
    assert (summary.inserted, summary.updated, summary.unchanged) == (1, 1, 0)
    with ctx.sessions() as session:
        row = session.scalars(select(MasterRecordRow).where(MasterRecordRow.key == "V1")).one()
        assert row.data["aliases"] == ["ACME PLBG"]
        assert session.scalar(select(func.count()).select_from(MasterImport)) == 2


def test_a_bad_row_rejects_the_whole_file_with_line_numbers(ctx: Context) -> None:
    text = (
        "vendor_code,invoice_number,invoice_date,amount,status,paid_date,property,gl_account,description\n"
        "acmepl01,INV-1,2026-01-05,120.00,paid,2026-01-20,OAK,6110,Snake drain\n"
        "acmepl01,INV-2,not a date,80.00,open,,OAK,6110,Faucet\n"
        "acmepl01,INV-3,2026-02-01,12x,open,,OAK,6110,Valve\n"
    )
    with pytest.raises(MasterDataError) as caught:
        import_csv(text.encode(), kind=MasterKind.AP_ITEMS, filename="ap.csv", ctx=ctx)
    assert [p.line for p in caught.value.problems] == [3, 4]
    assert "nothing imported" in caught.value.message
    assert _count(ctx, MasterKind.AP_ITEMS) == 0


def test_cli_import_reports_counts_and_refuses_bad_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DOCMATCH_DATA_DIR", str(tmp_path / "var"))
    from docmatch.settings import get_settings

    get_settings.cache_clear()
    runner = CliRunner()
    result = runner.invoke(app, ["import", "gl-accounts", str(MASTER / "gl-accounts.csv")])
    assert result.exit_code == 0, result.output
    rows = (MASTER / "gl-accounts.csv").read_text().count("\n") - 1
    assert f"{rows} rows, {rows} new, 0 changed, 0 unchanged" in result.output
    again = runner.invoke(app, ["import", "gl-accounts", str(MASTER / "gl-accounts.csv")])
    assert f"0 new, 0 changed, {rows} unchanged" in again.output
    bad = tmp_path / "bad.csv"
    bad.write_text("account,name\n6110\n")
    refused = runner.invoke(app, ["import", "gl-accounts", str(bad)])
    assert refused.exit_code == 1 and "line 2" in refused.output
    unknown = runner.invoke(app, ["import", "tenants", str(bad)])
    assert unknown.exit_code == 2
    get_settings.cache_clear()


def _truth(name: str) -> dict:
    return json.loads((DOCUMENTS / f"{name}.json").read_text())


def _digital_samples() -> list[str]:
    return sorted(p.stem for p in DOCUMENTS.glob("*.json"))


def test_pipeline_stores_matches_with_scores_and_reasons(ctx: Context) -> None:
    _import_all(ctx)
    checked = 0
    for name in _digital_samples():
        truth = _truth(name)
        data = (DOCUMENTS / truth["renders"]["digital"]).read_bytes()
        result = accept(
            data, filename=f"{name}.pdf", source="cli", hints=Hints(), ctx=ctx, submit=False
        )
        assert process_document(result.document_id, ctx=ctx) == Status.NEEDS_REVIEW
        with ctx.sessions() as session:
            document = session.get(Document, result.document_id)
            matches = document.matches
        assert matches is not None
        best = matches["vendor"][0]
        assert 0 <= best["score"] <= 100 and best["reasons"]
        assert matches["chosen"]["vendor"] == truth["vendor_code"], (name, matches["vendor"])
        assert document.vendor_code == truth["vendor_code"]
        assert len(matches["lines"]) == len(document.extraction["line_items"])
        checked += 1
    assert checked >= 10


def test_a_second_copy_of_an_invoice_is_flagged_as_a_duplicate_of_the_first(ctx: Context) -> None:
    _import_all(ctx)
    truth = next(
        t
        for t in map(_truth, _digital_samples())
        if t["document_type"] == "invoice" and not t.get("duplicate_of") and "scan" in t["renders"]
    )
    digital = (DOCUMENTS / truth["renders"]["digital"]).read_bytes()
    scan = (DOCUMENTS / truth["renders"]["scan"]).read_bytes()
    ids = []
    for name, data in (("original.pdf", digital), ("rescanned.jpg", scan)):
        result = accept(data, filename=name, source="cli", hints=Hints(), ctx=ctx, submit=False)
        process_document(result.document_id, ctx=ctx)
        ids.append(result.document_id)
    with ctx.sessions() as session:
        second = session.get(Document, ids[1]).matches
    assert second["chosen"]["duplicate_of"] == f"document:{ids[0]}", second["duplicates"]
    assert any("duplicate of" in flag for flag in second["flags"])


def test_extract_cli_adds_matches_when_master_data_is_given() -> None:
    truth = _truth(_digital_samples()[0])
    result = CliRunner().invoke(
        app, ["extract", str(DOCUMENTS / truth["renders"]["digital"]), "--master-data", str(MASTER)]
    )
    assert result.exit_code == 0, result.output
    body = json.loads(result.output)
    assert set(body["matches"]) >= {"vendor", "property", "lines", "po", "duplicates"}
    assert body["matches"]["vendor"][0]["id"] == truth["vendor_code"]


VENDOR_HEADER = "code,name,aliases,address,phone,email,tax_id,default_gl,remit_to_address\n"


def _import_vendor(ctx: Context, code: str, name: str) -> None:
    row = f"{code},{name},,,,,,6110,\n"
    import_csv(
        (VENDOR_HEADER + row).encode(), kind=MasterKind.VENDORS, filename=f"{code}.csv", ctx=ctx
    )


def _indexed_vendors(ctx: Context, cache) -> set[str]:  # type: ignore[no-untyped-def]
    with ctx.sessions() as session:
        return {vendor.code for vendor in cache.get(session, sessions=ctx.sessions).vendors}


def test_the_index_follows_the_books_at_once_when_building_is_quick(ctx: Context) -> None:
    from docmatch.masterdata import IndexCache

    cache = IndexCache(wait_below_seconds=60)
    _import_vendor(ctx, "V1", "Oak Pest Control")
    assert _indexed_vendors(ctx, cache) == {"V1"}
    _import_vendor(ctx, "V2", "Pine Plumbing")
    assert _indexed_vendors(ctx, cache) == {"V1", "V2"}


def test_a_slow_index_is_rebuilt_in_the_background_while_matching_goes_on(ctx: Context) -> None:
    from docmatch.masterdata import IndexCache
    from tests.conftest import wait_until

    cache = IndexCache(wait_below_seconds=0)  # every build counts as slow
    _import_vendor(ctx, "V1", "Oak Pest Control")
    with ctx.sessions() as session:
        first = cache.get(session, sessions=ctx.sessions)
    _import_vendor(ctx, "V2", "Pine Plumbing")
    with ctx.sessions() as session:
        assert (
            cache.get(session, sessions=ctx.sessions) is first
        )  # answered at once, one change behind
    wait_until(
        lambda: _indexed_vendors(ctx, cache) == {"V1", "V2"},
        timeout=30,
        message="the background rebuild",
    )
