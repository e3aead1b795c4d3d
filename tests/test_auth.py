"""Users and roles: every endpoint but /health needs a token (401); each role's allowed and
refused actions (403), and an approver sees and acts on their own properties only."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from typer.testing import CliRunner

from api.app import create_app
from docmatch.cli import app as cli
from docmatch.context import Context
from docmatch.review.models import ApiToken, User
from docmatch.review.users import hash_token
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
def people(ctx: Context) -> dict[str, str]:
    """Tokens: an admin, a reviewer, Palm Court's manager (up to 1,000), Oak Ridge's."""
    return {
        "admin": add_user(ctx, "Ada Admin", "admin"),
        "reviewer": add_user(ctx, "Rita Reviewer", "reviewer"),
        "palm": add_user(ctx, "Daniel Suarez", "approver", properties=["palm"], limit="1000"),
        "oak": add_user(ctx, "Maria Lopez", "approver", properties=["oakr", "oakt"], limit="2000"),
    }


@pytest.fixture
def documents(ctx: Context) -> dict[str, str]:
    """Two invoices read for real: one for Palm Court, one for Oak Ridge Apartments."""
    import_books(ctx)
    return {
        "palm": read_in(ctx, DOCUMENTS / "d1-0008.pdf"),
        "oak": read_in(ctx, DOCUMENTS / "d1-0012.pdf"),
    }


def _concrete(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "1", path)


def test_every_endpoint_but_health_needs_a_token(client: TestClient) -> None:
    paths = client.app.openapi()["paths"]  # type: ignore[attr-defined]
    checked = 0
    for path, operations in paths.items():
        for method in operations:
            response = client.request(method.upper(), _concrete(path))
            if path == "/health":
                assert response.status_code == 200
                continue
            assert response.status_code == 401, f"{method} {path}: {response.status_code}"
            assert response.headers["www-authenticate"] == "Bearer"
            assert response.json()["error"] == "not_authenticated"
            checked += 1
    assert checked >= 15


def test_a_wrong_or_revoked_token_is_refused(
    ctx: Context, client: TestClient, people: dict[str, str]
) -> None:
    assert client.get("/users/me", headers=bearer("dm_not-a-token")).status_code == 401
    assert client.get("/users/me", headers={"Authorization": people["reviewer"]}).status_code == 401
    me = client.get("/users/me", headers=bearer(people["reviewer"]))
    assert me.status_code == 200 and me.json()["role"] == "reviewer"
    with ctx.sessions() as session:
        token = session.scalars(
            select(ApiToken).where(ApiToken.token_hash == hash_token(people["reviewer"]))
        ).one()
        token.revoked_at = token.created_at
        session.commit()
    assert client.get("/users/me", headers=bearer(people["reviewer"])).status_code == 401


def test_tokens_are_stored_hashed(ctx: Context, people: dict[str, str]) -> None:
    with ctx.sessions() as session:
        stored = set(session.scalars(select(ApiToken.token_hash)))
    assert not stored & set(people.values())
    assert {hash_token(token) for token in people.values()} == stored


def test_only_an_admin_creates_users_and_the_new_token_works(
    client: TestClient, people: dict[str, str]
) -> None:
    body = {"name": "Luis Ortiz", "role": "approver", "properties": ["cond"], "limit": "2500.00"}
    for who in ("reviewer", "palm"):
        response = client.post("/users", json=body, headers=bearer(people[who]))
        assert response.status_code == 403, who
    created = client.post("/users", json=body, headers=bearer(people["admin"]))
    assert created.status_code == 201
    user = created.json()
    assert user["properties"] == ["COND"] and Decimal(user["approval_limit"]) == Decimal("2500")
    me = client.get("/users/me", headers=bearer(user["token"])).json()
    assert me["name"] == "Luis Ortiz" and "token" not in me
    again = client.post("/users", json=body, headers=bearer(people["admin"]))
    assert again.status_code == 409
    reviewer_with_limit = {"name": "X", "role": "reviewer", "limit": "5"}
    refused = client.post("/users", json=reviewer_with_limit, headers=bearer(people["admin"]))
    assert refused.status_code == 422


def test_only_an_admin_imports_master_data(client: TestClient, people: dict[str, str]) -> None:
    data = (DOCUMENTS.parent / "master-data" / "gl-accounts.csv").read_bytes()
    files = {"file": ("gl-accounts.csv", data)}
    for who in ("reviewer", "palm"):
        response = client.post("/master-data/gl-accounts", files=files, headers=bearer(people[who]))
        assert response.status_code == 403
    done = client.post("/master-data/gl-accounts", files=files, headers=bearer(people["admin"]))
    assert done.status_code == 200 and done.json()["inserted"] > 0


def test_an_approver_sees_only_documents_of_their_properties(
    client: TestClient, people: dict[str, str], documents: dict[str, str]
) -> None:
    palm, oak = documents["palm"], documents["oak"]
    listed = client.get("/documents", headers=bearer(people["palm"])).json()
    assert [d["id"] for d in listed["items"]] == [palm] and listed["total"] == 1
    assert client.get(f"/documents/{palm}", headers=bearer(people["palm"])).status_code == 200
    for url in (f"/documents/{oak}", f"/documents/{oak}/file", f"/documents/{oak}/history"):
        response = client.get(url, headers=bearer(people["palm"]))
        assert response.status_code == 403, url
    queue = client.get("/review/queue", headers=bearer(people["oak"])).json()
    assert [item["id"] for item in queue["items"]] == [oak]
    everything = client.get("/documents", headers=bearer(people["reviewer"])).json()
    assert {d["id"] for d in everything["items"]} == {palm, oak}


def test_an_approver_cannot_review_and_a_reviewer_cannot_approve(
    client: TestClient, people: dict[str, str], documents: dict[str, str]
) -> None:
    palm = documents["palm"]
    version = client.get(f"/documents/{palm}", headers=bearer(people["reviewer"])).json()["version"]
    patch = {"version": version, "fields": {"invoice_number": {"value": "X-1"}}}
    assert (
        client.patch(f"/documents/{palm}", json=patch, headers=bearer(people["palm"])).status_code
        == 403
    )
    for action in ("confirm", "reject"):
        body = {"version": version, "reason": "no"}
        response = client.post(
            f"/documents/{palm}/{action}", json=body, headers=bearer(people["palm"])
        )
        assert response.status_code == 403, action
    for action in ("approve", "deny"):
        body = {"version": version, "reason": "no"}
        response = client.post(
            f"/documents/{palm}/{action}", json=body, headers=bearer(people["reviewer"])
        )
        assert response.status_code == 403, action
    assert client.get("/approvals", headers=bearer(people["reviewer"])).status_code == 403
    assert (
        client.post("/exports", json={"format": "csv"}, headers=bearer(people["palm"])).status_code
        == 403
    )
    assert client.get("/exports", headers=bearer(people["palm"])).status_code == 403


def test_an_approver_uploads_only_for_their_properties(
    client: TestClient, people: dict[str, str]
) -> None:
    data = (DOCUMENTS / "d1-0010.pdf").read_bytes()
    files = {"file": ("palm.pdf", data)}
    refused = client.post(
        "/documents", files=files, data={"property": "oakr"}, headers=bearer(people["palm"])
    )
    assert refused.status_code == 403
    unnamed = client.post("/documents", files=files, headers=bearer(people["palm"]))
    assert unnamed.status_code == 403
    taken = client.post(
        "/documents", files=files, data={"property": "palm"}, headers=bearer(people["palm"])
    )
    assert taken.status_code == 201


def test_approvers_act_on_their_own_properties_and_up_to_their_limit(
    client: TestClient, people: dict[str, str], documents: dict[str, str]
) -> None:
    """Oak Ridge's 1,662.72 invoice is within Maria Lopez's 2,000 limit: Palm Court's manager
    may not decide it (not their property); after a reviewer confirms it, she may."""
    oak = documents["oak"]
    reviewer = bearer(people["reviewer"])
    detail = client.get(f"/documents/{oak}", headers=reviewer).json()
    gl = truth_of("d1-0012")["gl_accounts"]
    confirmed = code_and_confirm(client, oak, version=detail["version"], gl=gl, headers=reviewer)
    assert confirmed.status_code == 200, confirmed.text
    version = confirmed.json()["document"]["version"]
    assert confirmed.json()["approval"]["approver"] == "Maria Lopez"
    outside = client.post(
        f"/documents/{oak}/approve", json={"version": version}, headers=bearer(people["palm"])
    )
    assert outside.status_code == 403
    mine = client.get("/approvals", headers=bearer(people["oak"])).json()
    assert [a["document_id"] for a in mine] == [oak]
    assert client.get("/approvals", headers=bearer(people["palm"])).json() == []
    approved = client.post(
        f"/documents/{oak}/approve", json={"version": version}, headers=bearer(people["oak"])
    )
    assert approved.status_code == 200 and approved.json()["document"]["status"] == "approved"


def test_users_create_prints_a_token_that_works(
    ctx: Context, client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DOCMATCH_DATA_DIR", str(ctx.settings.data_dir))
    monkeypatch.setenv("DOCMATCH_INBOX", str(ctx.settings.inbox))
    from docmatch.settings import get_settings

    get_settings.cache_clear()
    runner = CliRunner()
    result = runner.invoke(
        cli,
        [
            "users",
            "create",
            "Rosa Delgado",
            "--role",
            "approver",
            "--properties",
            "mesq,mesv",
            "--limit",
            "7500",
        ],
    )
    get_settings.cache_clear()
    assert result.exit_code == 0, result.output
    token = re.search(r"dm_[A-Za-z0-9_-]{40,}", result.output)
    assert token is not None
    me = client.get("/users/me", headers=bearer(token.group())).json()
    assert me["properties"] == ["MESQ", "MESV"] and Decimal(me["approval_limit"]) == 7500
    with ctx.sessions() as session:
        assert session.scalars(select(User.name).where(User.role == "approver")).all() == [
            "Rosa Delgado"
        ]
    refused = runner.invoke(cli, ["users", "create", "Nobody", "--role", "boss"])
    assert refused.exit_code != 0
