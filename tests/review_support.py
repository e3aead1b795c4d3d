"""Shared by the tests of users, review, approval, export and learning: the committed
books and documents, users with tokens, and documents read by the real pipeline."""

from __future__ import annotations

import io
import json
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas
from sqlalchemy import select

from docmatch.context import Context
from docmatch.masterdata import import_csv
from docmatch.models import Document
from docmatch.pipeline import process_document
from docmatch.review import decisions
from docmatch.review.approvals import decide
from docmatch.review.corrections import Correction
from docmatch.review.models import User
from docmatch.review.straight import load_rules
from docmatch.review.users import create_user
from ingest.intake import accept
from ingest.paths import Hints
from matching.records import MasterKind
from tests.conftest import SAMPLES

MASTER = SAMPLES / "master-data"
DOCUMENTS = SAMPLES / "documents"


def import_books(ctx: Context, folder: Path = MASTER) -> None:
    for kind in MasterKind:
        path = folder / f"{kind.value}.csv"
        if path.is_file():
            import_csv(path.read_bytes(), kind=kind, filename=path.name, ctx=ctx)


def add_user(
    ctx: Context,
    name: str,
    role: str,
    *,
    properties: Iterable[str] = (),
    limit: str | None = None,
) -> str:
    """A new user; their token."""
    with ctx.sessions() as session:
        created = create_user(
            session,
            name=name,
            role=role,
            properties=properties,
            limit=Decimal(limit) if limit is not None else None,
        )
        session.commit()
        return created.token


def read_in(ctx: Context, path: Path, *, property_hint: str | None = None) -> str:
    """Take a file in and run it through the pipeline here; its document id."""
    hints = Hints(property_hint=property_hint)
    result = accept(
        path.read_bytes(), filename=path.name, source="cli", hints=hints, ctx=ctx, submit=False
    )
    process_document(result.document_id, ctx=ctx)
    return result.document_id


def confirm_as_coded(ctx: Context, name: str, *, reviewer: str) -> str:
    """Read the sample invoice ``name``, code its lines as its truth says and confirm it as
    the user named ``reviewer``; the document id."""
    document_id = read_in(ctx, DOCUMENTS / f"{name}.pdf")
    rules = load_rules()
    with ctx.sessions() as session:
        user = session.scalars(select(User).where(User.name == reviewer)).one()
        document = session.get(Document, document_id)
        assert document is not None
        document = decisions.correct(
            session,
            document_id=document_id,
            version=document.version,
            user=user,
            correction=Correction(choices={"lines": truth_of(name)["gl_accounts"]}),
            rules=rules,
        )
        decisions.confirm(
            session, document_id=document_id, version=document.version, user=user, rules=rules
        )
        session.commit()
    return document_id


def approve_as(ctx: Context, document_id: str, *, approver: str) -> None:
    with ctx.sessions() as session:
        user = session.scalars(select(User).where(User.name == approver)).one()
        document = session.get(Document, document_id)
        assert document is not None
        decide(session, document_id=document_id, version=document.version, user=user, approve=True)
        session.commit()


def truth_of(document_id: str) -> dict[str, Any]:
    return json.loads((DOCUMENTS / f"{document_id}.json").read_text(encoding="utf-8"))


def rooter_invoice(*, number: str, account: str, day: str, lines: list[tuple[str, str]]) -> bytes:
    """An invoice of Rapid Rooter Drain Co. (vendor ``rapidr01`` of the sample books) as its
    billing system prints it: labelled number, date and total, and the customer's service
    account printed alone at the top right, with no label any rule could read it by."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter)
    pdf.setFont("Helvetica-Bold", 16)
    pdf.drawString(72, 730, "Rapid Rooter Drain Co.")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(72, 712, "2200 Commerce St, Unit 121, Dallas, TX 75201")
    pdf.drawString(72, 698, "210.888.9537   ar@rapidrooter.net")
    pdf.drawRightString(540, 730, account)
    pdf.setFont("Helvetica-Bold", 20)
    pdf.drawString(72, 650, "INVOICE")
    pdf.setFont("Helvetica", 11)
    pdf.drawString(72, 625, f"Invoice Number: {number}")
    pdf.drawString(72, 608, f"Invoice Date: {day}")
    pdf.drawString(320, 625, "Bill To: Oak Ridge Apartments")
    pdf.drawString(320, 608, "1200 Oak Ridge Dr, Dallas, TX 75244")
    pdf.drawString(72, 560, "Description")
    pdf.drawRightString(540, 560, "Amount")
    y = 540
    for description, amount in lines:
        pdf.drawString(72, y, description)
        pdf.drawRightString(540, y, amount)
        y -= 18
    total = sum(Decimal(amount) for _, amount in lines)
    pdf.drawString(400, y - 20, "Total")
    pdf.drawRightString(540, y - 20, f"{total:.2f}")
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def code_and_confirm(
    client: TestClient, document_id: str, *, version: int, gl: list[str], headers: dict[str, str]
) -> Any:
    """Through the API as a reviewer would: code each line to its GL account, then confirm.
    Returns the confirm response; the caller asserts what it expects of it."""
    coded = client.patch(
        f"/documents/{document_id}",
        json={"version": version, "matches": {"lines": gl}},
        headers=headers,
    )
    assert coded.status_code == 200, coded.text
    return client.post(
        f"/documents/{document_id}/confirm",
        json={"version": coded.json()["version"]},
        headers=headers,
    )


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def as_user(client: TestClient, token: str) -> TestClient:
    """The same app, called with ``token``."""
    client.headers.update(bearer(token))
    return client
