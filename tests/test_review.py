"""The review queue, the document a reviewer sees, corrections, confirm and reject, the
409 on a stale version (two reviewers never overwrite each other) and the audit trail."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from api.app import create_app
from docmatch.context import Context, build_context
from docmatch.models import Document
from docmatch.review import decisions
from docmatch.review.corrections import Correction, FieldCorrection
from docmatch.review.errors import StaleVersion
from docmatch.review.models import User
from docmatch.review.straight import load_rules
from tests.conftest import embedded_settings
from tests.review_support import (
    DOCUMENTS,
    add_user,
    bearer,
    code_and_confirm,
    import_books,
    read_in,
    truth_of,
)


@pytest.fixture
def client(ctx: Context) -> Iterator[TestClient]:
    with TestClient(create_app(ctx)) as test_client:
        yield test_client


@pytest.fixture
def reviewer(ctx: Context, client: TestClient) -> dict[str, str]:
    return bearer(add_user(ctx, "Rita Reviewer", "reviewer"))


@pytest.fixture
def invoices(ctx: Context) -> dict[str, str]:
    """Three invoices read for real, in this order: Palm Court, Palm Court, Oak Ridge."""
    import_books(ctx)
    return {
        name: read_in(ctx, DOCUMENTS / f"{name}.pdf") for name in ("d1-0008", "d1-0010", "d1-0012")
    }


def _get(client: TestClient, headers: dict[str, str], document_id: str) -> dict[str, Any]:
    response = client.get(f"/documents/{document_id}", headers=headers)
    assert response.status_code == 200, response.text
    return response.json()  # type: ignore[no-any-return]


def test_the_queue_is_oldest_first_with_filters_and_counts(
    client: TestClient, reviewer: dict[str, str], invoices: dict[str, str]
) -> None:
    queue = client.get("/review/queue", headers=reviewer).json()
    assert [item["id"] for item in queue["items"]] == list(invoices.values())
    assert queue["total"] == 3
    assert queue["counts"] == {"by_type": {"invoice": 3}, "by_property": {"PALM": 2, "OAKR": 1}}
    first = queue["items"][0]
    assert first["vendor_code"] == "a1appl01" and first["total"] == "637.00"
    assert 0 < first["confidence"] <= 1 and isinstance(first["blockers"], list)

    palm = client.get("/review/queue", params={"property": "palm"}, headers=reviewer).json()
    assert [i["id"] for i in palm["items"]] == [invoices["d1-0008"], invoices["d1-0010"]]
    vendor = client.get("/review/queue", params={"vendor": "rapidr01"}, headers=reviewer).json()
    assert [i["id"] for i in vendor["items"]] == [invoices["d1-0012"]]
    receipts = client.get("/review/queue", params={"type": "receipt"}, headers=reviewer).json()
    assert receipts["total"] == 0 and receipts["items"] == []
    lowest = min(item["confidence"] for item in queue["items"])
    doubtful = client.get(
        "/review/queue", params={"max_confidence": lowest}, headers=reviewer
    ).json()
    assert doubtful["items"] and all(i["confidence"] <= lowest for i in doubtful["items"])
    sure = client.get("/review/queue", params={"min_confidence": 0.999}, headers=reviewer).json()
    assert all(i["confidence"] >= 0.999 for i in sure["items"])
    paged = client.get("/review/queue", params={"limit": 1, "offset": 1}, headers=reviewer).json()
    assert [i["id"] for i in paged["items"]] == [invoices["d1-0010"]] and paged["total"] == 3


def test_a_document_shows_fields_boxes_candidates_reasons_and_checks(
    client: TestClient, reviewer: dict[str, str], invoices: dict[str, str]
) -> None:
    body = _get(client, reviewer, invoices["d1-0012"])
    number = body["extraction"]["fields"]["invoice_number"]
    assert number["value"] == truth_of("d1-0012")["fields"]["invoice_number"]
    assert 0 < number["confidence"] <= 1 and len(number["bbox"]) == 4 and number["page"] == 1
    vendor = body["matches"]["vendor"][0]
    assert vendor["id"] == "rapidr01" and vendor["score"] > 0 and vendor["reasons"]
    assert body["matches"]["chosen"]["vendor"] == "rapidr01"
    assert body["extraction"]["checks"] and "duplicates" in body["matches"]


def test_a_correction_is_applied_audited_and_raises_the_version(
    client: TestClient, reviewer: dict[str, str], invoices: dict[str, str]
) -> None:
    document_id = invoices["d1-0008"]
    before = _get(client, reviewer, document_id)
    old_number = before["extraction"]["fields"]["invoice_number"]["value"]
    patch = {
        "version": before["version"],
        "fields": {
            "invoice_number": {"value": "R-0999", "page": 1, "bbox": [100, 100, 160, 112]},
            "due_date": {"value": "2026-05-01"},
            "vendor_email": None,
        },
        "matches": {"property": "PALM", "unit": "102"},
    }
    response = client.patch(f"/documents/{document_id}", json=patch, headers=reviewer)
    assert response.status_code == 200, response.text
    after = response.json()
    assert after["version"] == before["version"] + 1
    fields = after["extraction"]["fields"]
    assert fields["invoice_number"] == {
        "value": "R-0999",
        "text": "R-0999",
        "confidence": 1.0,
        "page": 1,
        "bbox": [100.0, 100.0, 160.0, 112.0],
        "method": "reviewer",
        "read_as": old_number,
    }
    assert fields["due_date"]["value"] == "2026-05-01" and "vendor_email" not in fields
    assert after["matches"]["chosen"]["property"] == "palm"  # the books' spelling
    assert after["matches"]["chosen"]["unit"] == "102"
    assert after["matches"]["property"][0]["reasons"] == ["chosen by Rita Reviewer"]

    history = client.get(f"/documents/{document_id}/history", headers=reviewer).json()
    steps = [(h["actor"], h["field"], h["old"], h["new"]) for h in history]
    assert steps[:3] == [
        ("docmatch", "status", None, "received"),
        ("docmatch", "status", "received", "processing"),
        ("docmatch", "status", "processing", "needs_review"),
    ]
    changes = {h["field"]: h for h in history if h["action"] == "correct"}
    assert changes["fields.invoice_number"]["old"] == old_number
    assert changes["fields.invoice_number"]["new"] == "R-0999"
    assert changes["fields.vendor_email"]["new"] is None
    assert changes["matches.unit"]["new"] == "102"
    assert {h["actor"] for h in changes.values()} == {"Rita Reviewer"}
    assert {h["version"] for h in changes.values()} == {after["version"]}
    assert all(h["at"].endswith(("Z", "+00:00")) for h in history)


def test_a_stale_version_is_refused_and_nothing_is_overwritten(
    client: TestClient, ctx: Context, reviewer: dict[str, str], invoices: dict[str, str]
) -> None:
    other = bearer(add_user(ctx, "Omar Reviewer", "reviewer"))
    document_id = invoices["d1-0010"]
    read_by_both = _get(client, reviewer, document_id)["version"]
    first = {"version": read_by_both, "fields": {"invoice_number": {"value": "FIRST"}}}
    second = {"version": read_by_both, "fields": {"invoice_number": {"value": "SECOND"}}}
    assert (
        client.patch(f"/documents/{document_id}", json=first, headers=reviewer).status_code == 200
    )
    refused = client.patch(f"/documents/{document_id}", json=second, headers=other)
    assert refused.status_code == 409 and refused.json()["error"] == "stale_version"
    assert (
        _get(client, other, document_id)["extraction"]["fields"]["invoice_number"]["value"]
        == "FIRST"
    )
    stale_confirm = client.post(
        f"/documents/{document_id}/confirm", json={"version": read_by_both}, headers=other
    )
    assert stale_confirm.status_code == 409
    assert _get(client, other, document_id)["status"] == "needs_review"


def _race(ctx: Context, document_id: str) -> None:
    """Two reviewers write the same version of a document at the same moment: one wins."""
    add_user(ctx, "A", "reviewer")
    add_user(ctx, "B", "reviewer")
    with ctx.sessions() as session:
        document = session.get(Document, document_id)
        assert document is not None
        version = document.version
    start = threading.Barrier(2)
    outcomes: list[str] = []

    def write(name: str) -> None:
        with ctx.sessions() as session:
            user = session.scalars(select(User).where(User.name == name)).one()
            start.wait()
            try:
                decisions.correct(
                    session,
                    document_id=document_id,
                    version=version,
                    user=user,
                    correction=Correction(fields={"po_number": FieldCorrection(name)}),
                    rules=load_rules(),
                )
                session.commit()
                outcomes.append(f"{name} wrote")
            except StaleVersion:
                outcomes.append(f"{name} refused")

    threads = [threading.Thread(target=write, args=(name,)) for name in ("A", "B")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(o.split()[1] for o in outcomes) == ["refused", "wrote"]
    winner = next(o.split()[0] for o in outcomes if o.endswith("wrote"))
    with ctx.sessions() as session:
        document = session.get(Document, document_id)
        assert document is not None and document.version == version + 1
        assert document.extraction["fields"]["po_number"]["value"] == winner  # type: ignore[index]


def test_two_reviewers_at_the_same_moment_one_wins(ctx: Context, invoices: dict[str, str]) -> None:
    _race(ctx, invoices["d1-0012"])


@pytest.mark.services
def test_two_reviewers_at_the_same_moment_one_wins_on_postgresql(
    tmp_path: Path, postgres_url: str
) -> None:
    ctx = build_context(embedded_settings(tmp_path, database_url=postgres_url))
    try:
        import_books(ctx)
        _race(ctx, read_in(ctx, DOCUMENTS / "d1-0012.pdf"))
    finally:
        ctx.close()


def test_corrections_that_cannot_apply_are_refused_whole(
    client: TestClient, reviewer: dict[str, str], invoices: dict[str, str]
) -> None:
    document_id = invoices["d1-0008"]
    version = _get(client, reviewer, document_id)["version"]
    for bad in (
        {"fields": {"colour": {"value": "red"}}},
        {"fields": {"invoice_date": {"value": "31/02/2026"}}},
        {"fields": {"total": {"value": "a lot"}}},
        {"matches": {"vendor": "nosuchvendor"}},
        {"matches": {"property": "nowhere"}},
        {"matches": {"lines": ["6140"]}},  # one account for five lines
        {"fields": {"invoice_number": {"value": "ok"}}, "matches": {"po": "PO-NONE"}},
    ):
        response = client.patch(
            f"/documents/{document_id}", json={"version": version, **bad}, headers=reviewer
        )
        assert response.status_code == 422, (bad, response.text)
    unchanged = _get(client, reviewer, document_id)
    assert unchanged["version"] == version
    assert unchanged["extraction"]["fields"]["invoice_number"]["method"] != "reviewer"


def test_confirm_needs_a_whole_invoice_then_routes_it(
    client: TestClient, ctx: Context, reviewer: dict[str, str], invoices: dict[str, str]
) -> None:
    add_user(ctx, "Daniel Suarez", "approver", properties=["palm"], limit="5000")
    document_id = invoices["d1-0008"]
    version = _get(client, reviewer, document_id)["version"]
    lines = [None] * 5
    cleared = client.patch(
        f"/documents/{document_id}",
        json={"version": version, "matches": {"lines": lines}},
        headers=reviewer,
    ).json()
    refused = client.post(
        f"/documents/{document_id}/confirm", json={"version": cleared["version"]}, headers=reviewer
    )
    assert refused.status_code == 422
    assert "line 1 has no GL account" in refused.json()["detail"]

    gl = truth_of("d1-0008")["gl_accounts"]
    done = code_and_confirm(
        client, document_id, version=cleared["version"], gl=gl, headers=reviewer
    )
    assert done.status_code == 200, done.text
    body = done.json()
    assert body["document"]["status"] == "confirmed"
    assert (
        body["approval"]["approver"] == "Daniel Suarez" and body["approval"]["amount"] == "637.00"
    )
    assert body["learned"]["gl_account"] == "6140"
    again = client.post(
        f"/documents/{document_id}/confirm",
        json={"version": body["document"]["version"]},
        headers=reviewer,
    )
    assert again.status_code == 409 and again.json()["error"] == "wrong_status"
    history = client.get(f"/documents/{document_id}/history", headers=reviewer).json()
    confirm = [h for h in history if h["action"] == "confirm"]
    assert [h["field"] for h in confirm] == ["status", "learned", "approval.route"]
    assert confirm[0]["old"] == "needs_review" and confirm[0]["new"] == "confirmed"


def test_reject_needs_a_reason_and_ends_the_review(
    client: TestClient, reviewer: dict[str, str], invoices: dict[str, str]
) -> None:
    document_id = invoices["d1-0010"]
    version = _get(client, reviewer, document_id)["version"]
    empty = client.post(
        f"/documents/{document_id}/reject",
        json={"version": version, "reason": ""},
        headers=reviewer,
    )
    assert empty.status_code == 422
    done = client.post(
        f"/documents/{document_id}/reject",
        json={"version": version, "reason": "sent to us by mistake"},
        headers=reviewer,
    )
    assert done.status_code == 200 and done.json()["document"]["status"] == "rejected"
    queue = client.get("/review/queue", headers=reviewer).json()
    assert document_id not in [item["id"] for item in queue["items"]]
    history = client.get(f"/documents/{document_id}/history", headers=reviewer).json()
    assert history[-1]["action"] == "reject" and history[-1]["reason"] == "sent to us by mistake"
    late = client.patch(
        f"/documents/{document_id}",
        json={"version": done.json()["document"]["version"], "fields": {}},
        headers=reviewer,
    )
    assert late.status_code == 409
