"""Approval: a confirmed invoice goes to its property's approver, above that approver's
limit to one with a higher limit; approvers decide their own invoices once, within their
limit; straight-through confirmation when it is turned on."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from docmatch.context import Context, build_context
from docmatch.models import Document
from docmatch.review.models import Approval
from docmatch.review.straight import blockers, load_rules
from docmatch.types import Status
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
    import_books(ctx)
    with TestClient(create_app(ctx)) as test_client:
        yield test_client


@pytest.fixture
def people(ctx: Context, client: TestClient) -> dict[str, dict[str, str]]:
    """Palm Court's community manager approves up to 600; the regional manager of Palm
    Court and Oak Ridge up to 10,000; the admin anything."""
    return {
        "reviewer": bearer(add_user(ctx, "Rita Reviewer", "reviewer")),
        "manager": bearer(
            add_user(ctx, "Daniel Suarez", "approver", properties=["palm"], limit="600")
        ),
        "regional": bearer(
            add_user(ctx, "Regina West", "approver", properties=["palm", "oakr"], limit="10000")
        ),
        "admin": bearer(add_user(ctx, "Ada Admin", "admin")),
    }


def _confirmed(
    ctx: Context, client: TestClient, reviewer: dict[str, str], name: str
) -> dict[str, Any]:
    """Read the sample invoice ``name``, code its lines as its truth says and confirm it."""
    document_id = read_in(ctx, DOCUMENTS / f"{name}.pdf")
    version = client.get(f"/documents/{document_id}", headers=reviewer).json()["version"]
    done = code_and_confirm(
        client, document_id, version=version, gl=truth_of(name)["gl_accounts"], headers=reviewer
    )
    assert done.status_code == 200, done.text
    return done.json()  # type: ignore[no-any-return]


def test_under_the_limit_it_goes_to_the_community_manager(
    ctx: Context, client: TestClient, people: dict[str, dict[str, str]]
) -> None:
    small = _confirmed(ctx, client, people["reviewer"], "d1-0010")  # Palm Court, 555.00
    assert small["approval"]["approver"] == "Daniel Suarez"
    assert small["approval"]["route"] == "approver of property PALM"
    mine = client.get("/approvals", headers=people["manager"]).json()
    assert [a["document_id"] for a in mine] == [small["document"]["id"]]
    assert mine[0]["amount"] == "555.00" and mine[0]["status"] == "pending"
    assert client.get("/approvals", headers=people["regional"]).json() == []


def test_over_the_limit_it_goes_to_the_regional_manager(
    ctx: Context, client: TestClient, people: dict[str, dict[str, str]]
) -> None:
    large = _confirmed(ctx, client, people["reviewer"], "d1-0008")  # Palm Court, 637.00
    document_id, version = large["document"]["id"], large["document"]["version"]
    assert large["approval"]["approver"] == "Regina West"
    assert "over the 600.00 limit of Daniel Suarez" in large["approval"]["route"]
    assert client.get("/approvals", headers=people["manager"]).json() == []
    refused = client.post(
        f"/documents/{document_id}/approve", json={"version": version}, headers=people["manager"]
    )
    assert refused.status_code == 403 and "over the approval limit" in refused.json()["detail"]
    approved = client.post(
        f"/documents/{document_id}/approve", json={"version": version}, headers=people["regional"]
    )
    assert approved.status_code == 200, approved.text
    assert approved.json()["approval"]["status"] == "approved"
    assert approved.json()["document"]["status"] == "approved"


def test_no_approver_for_the_property_waits_for_an_admin(
    ctx: Context, client: TestClient, people: dict[str, dict[str, str]]
) -> None:
    cypress = _confirmed(ctx, client, people["reviewer"], "d1-0009")  # Cypress Landing
    assert cypress["approval"]["approver"] is None
    assert "an admin must decide" in cypress["approval"]["route"]
    waiting = client.get("/approvals", headers=people["admin"]).json()
    assert [a["document_id"] for a in waiting] == [cypress["document"]["id"]]
    approved = client.post(
        f"/documents/{cypress['document']['id']}/approve",
        json={"version": cypress["document"]["version"]},
        headers=people["admin"],
    )
    assert approved.status_code == 200


def test_approving_twice_is_refused(
    ctx: Context, client: TestClient, people: dict[str, dict[str, str]]
) -> None:
    small = _confirmed(ctx, client, people["reviewer"], "d1-0010")
    document_id, version = small["document"]["id"], small["document"]["version"]
    first = client.post(
        f"/documents/{document_id}/approve", json={"version": version}, headers=people["manager"]
    )
    assert first.status_code == 200
    same_version = client.post(
        f"/documents/{document_id}/approve", json={"version": version}, headers=people["manager"]
    )
    assert same_version.status_code == 409
    fresh = first.json()["document"]["version"]
    fresh_version = client.post(
        f"/documents/{document_id}/approve", json={"version": fresh}, headers=people["regional"]
    )
    assert fresh_version.status_code == 409 and fresh_version.json()["error"] == "wrong_status"
    history = client.get(f"/documents/{document_id}/history", headers=people["admin"]).json()
    assert [h["action"] for h in history].count("approve") == 1


def test_a_denial_needs_a_reason_and_is_final(
    ctx: Context, client: TestClient, people: dict[str, dict[str, str]]
) -> None:
    small = _confirmed(ctx, client, people["reviewer"], "d1-0010")
    document_id, version = small["document"]["id"], small["document"]["version"]
    empty = client.post(
        f"/documents/{document_id}/deny",
        json={"version": version, "reason": " "},
        headers=people["manager"],
    )
    assert empty.status_code == 422
    denied = client.post(
        f"/documents/{document_id}/deny",
        json={"version": version, "reason": "work not done"},
        headers=people["manager"],
    )
    assert denied.status_code == 200 and denied.json()["document"]["status"] == "denied"
    assert denied.json()["approval"]["reason"] == "work not done"
    assert client.get("/approvals", headers=people["manager"]).json() == []
    with ctx.sessions() as session:
        approval = session.get(Approval, document_id)
        assert approval is not None and approval.reason == "work not done"
        assert approval.decided_by_id is not None and approval.decided_at is not None


def test_an_unconfirmed_document_cannot_be_approved(
    ctx: Context, client: TestClient, people: dict[str, dict[str, str]]
) -> None:
    document_id = read_in(ctx, DOCUMENTS / "d1-0010.pdf")
    version = client.get(f"/documents/{document_id}", headers=people["reviewer"]).json()["version"]
    response = client.post(
        f"/documents/{document_id}/approve", json={"version": version}, headers=people["manager"]
    )
    assert response.status_code == 409


def _rules(tmp_path: Path, **changes: Any) -> Path:
    packaged = Path(__file__).parent.parent / "docmatch/review/data/straight_through.json"
    rules = {**json.loads(packaged.read_text()), **changes}
    path = tmp_path / "rules.json"
    path.write_text(json.dumps(rules))
    return path


@pytest.mark.parametrize("strict", [False, True])
def test_straight_through_confirms_what_clears_every_threshold(
    tmp_path: Path, strict: bool
) -> None:
    """With straight-through on, a digital invoice whose every field and match clears the
    thresholds is confirmed and routed with no one looking; with a stricter rule it waits."""
    confidence = {"default": 0.999} if strict else {"default": 0.5}
    scores = {"vendor": 90, "property": 80, "gl": 70}
    rules = _rules(tmp_path, field_confidence=confidence, match_score=scores)
    settings = embedded_settings(tmp_path, straight_through=True, straight_through_rules=rules)
    ctx = build_context(settings)
    try:
        import_books(ctx)
        add_user(ctx, "Daniel Suarez", "approver", properties=["palm"], limit="5000")
        document_id = read_in(ctx, DOCUMENTS / "d1-0010.pdf")
        with ctx.sessions() as session:
            document = session.get(Document, document_id)
            approval = session.get(Approval, document_id)
            assert document is not None
            if strict:
                assert document.status == Status.NEEDS_REVIEW and approval is None
                return
            why = blockers(document, load_rules(rules))
            assert document.status == Status.CONFIRMED, why
            assert approval is not None and approval.route == "approver of property PALM"
            statuses = [change.status for change in document.history]
            assert statuses[-2:] == ["needs_review", "confirmed"]
            assert document.history[-1].reason == "confirmed by straight-through"
    finally:
        ctx.close()
