"""The HTTP API over the embedded mode: upload, list, detail, original file, page image."""

from __future__ import annotations

from collections.abc import Iterator

import cv2
import numpy as np
import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from docmatch.context import Context
from docmatch.types import Status
from tests import files
from tests.conftest import wait_until
from tests.review_support import add_user, bearer

pytestmark = [pytest.mark.slow, pytest.mark.ocr]


@pytest.fixture
def client(ctx: Context) -> Iterator[TestClient]:
    token = add_user(ctx, "Rita Reviewer", "reviewer")
    with TestClient(create_app(ctx), headers=bearer(token)) as test_client:
        yield test_client


def _upload(client: TestClient, name: str, data: bytes, **form: str) -> dict:
    response = client.post("/documents", files={"file": (name, data)}, data=form)
    assert response.status_code == 201, response.text
    return response.json()


def _settled(client: TestClient, document_id: str) -> dict:
    def done() -> dict | None:
        body = client.get(f"/documents/{document_id}").json()
        return body if body["status"] not in (Status.RECEIVED, Status.PROCESSING) else None

    return wait_until(done, timeout=120, message=f"document {document_id}")


def _png_size(data: bytes) -> tuple[int, int]:
    image = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_UNCHANGED)
    return image.shape[1], image.shape[0]


def test_health(client: TestClient) -> None:
    assert client.get("/health").json() == {
        "status": "ok",
        "mode": "embedded",
        "database": "ok",
        "storage": "ok",
    }


def test_upload_is_processed_and_shown_with_pages_words_and_history(client: TestClient) -> None:
    data = files.digital_invoice(pages=2, marker="api")
    created = _upload(client, "../../etc/Factura ñ 1.pdf", data, type="invoice", property="oak")
    assert created["filename"] == "Factura ñ 1.pdf"
    assert created["property_hint"] == "OAK" and created["type_hint"] == "invoice"
    body = _settled(client, created["id"])
    assert body["status"] == "needs_review"
    assert [h["status"] for h in body["history"]] == ["received", "processing", "needs_review"]
    assert len(body["pages"]) == 2
    page = body["pages"][0]
    assert page["source"] == "text_layer" and page["unit"] == "pt"
    words = {w["text"]: w for w in page["words"]}
    assert "INV-20417" in words
    x0, top, x1, bottom = words["INV-20417"]["bbox"]
    assert 0 < x0 < x1 < page["width"] and 0 < top < bottom < page["height"]
    assert body["extraction"]["document_type"] == "invoice"

    original = client.get(f"/documents/{created['id']}/file")
    assert original.content == data and original.headers["content-type"] == "application/pdf"
    image = client.get(page["image_url"])
    assert image.headers["content-type"] == "image/png"
    width, height = _png_size(image.content)
    assert abs(width / height - page["width"] / page["height"]) < 0.02
    assert client.get(f"/documents/{created['id']}/pages/3/image").status_code == 404


def test_scanned_upload_page_image_matches_word_boxes(client: TestClient) -> None:
    created = _upload(client, "scan.png", files.scanned_invoice_png(marker="api-scan"))
    body = _settled(client, created["id"])
    assert body["status"] == "needs_review", body["failure_reason"]
    page = body["pages"][0]
    assert page["source"] == "ocr" and page["unit"] == "px"
    width, height = _png_size(client.get(page["image_url"]).content)
    assert (width, height) == (round(page["width"]), round(page["height"]))


def test_listing_filters_and_paginates(client: TestClient) -> None:
    ids = [
        _upload(client, f"{n}.pdf", files.digital_invoice(marker=f"list-{n}"), property="PINE")[
            "id"
        ]
        for n in range(3)
    ]
    _upload(client, "bad.docx", files.docx())
    for document_id in ids:
        _settled(client, document_id)
    page = client.get("/documents", params={"property": "pine", "limit": 2}).json()
    assert page["total"] == 3 and len(page["items"]) == 2
    rest = client.get("/documents", params={"property": "PINE", "limit": 2, "offset": 2}).json()
    assert {d["id"] for d in page["items"] + rest["items"]} == set(ids)
    failed = client.get("/documents", params={"status": "failed"}).json()
    assert [d["filename"] for d in failed["items"]] == ["bad.docx"]
    assert client.get("/documents", params={"status": "nonsense"}).status_code == 422


def test_duplicate_upload_points_to_the_first(client: TestClient) -> None:
    data = files.digital_invoice(marker="api-dup")
    first = _upload(client, "a.pdf", data)
    second = _upload(client, "b.pdf", data)
    assert second["status"] == "duplicate" and second["duplicate_of_id"] == first["id"]


def test_unknown_document_is_404_with_a_message(client: TestClient) -> None:
    response = client.get("/documents/doesnotexist")
    assert response.status_code == 404
    assert response.json() == {"error": "not_found", "detail": "No document with id doesnotexist."}
