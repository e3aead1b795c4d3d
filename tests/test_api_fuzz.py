"""The whole API fuzzed from its OpenAPI schema (schemathesis) with an admin token: no
request, however odd, gets a 5xx answer. One test per operation, against a database with
books, an invoice waiting for review, one waiting for approval and an export batch; each
case is pointed at the real document (with its current version) so that it reaches past
"not found". Examples are limited and derandomized: a few minutes on two cores, the same
cases on every run."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from api.app import create_app
from docmatch.context import Context, build_context
from docmatch.models import Document
from docmatch.review.exports import export_approved
from tests.conftest import embedded_settings
from tests.review_support import (
    DOCUMENTS,
    add_user,
    approve_as,
    bearer,
    confirm_as_coded,
    import_books,
    read_in,
)

pytestmark = pytest.mark.slow

EXAMPLES = 40  # per operation

# The schema does not depend on the database: read the operations once, without one.
OPERATIONS = [
    (operation.path, operation.method.upper())
    for operation in (
        result.ok()  # type: ignore[union-attr]  # an invalid schema fails here, at collection
        for result in schemathesis.openapi.from_asgi(
            "/openapi.json",
            create_app(None),  # type: ignore[arg-type]
        ).get_all_operations()
    )
]
DECISIONS = ("/approve", "/deny")


@dataclass
class World:
    ctx: Context
    headers: dict[str, str]
    waiting_for_review: str
    waiting_for_approval: str
    schema: schemathesis.BaseSchema

    def aim(self, case: schemathesis.Case) -> None:
        """Point the case at a real document, named at the version it has now."""
        if "document_id" not in (case.path_parameters or {}):
            return
        document_id = (
            self.waiting_for_approval if case.path.endswith(DECISIONS) else self.waiting_for_review
        )
        case.path_parameters["document_id"] = document_id
        if isinstance(case.body, dict) and "version" in case.body:
            with self.ctx.sessions() as session:
                document = session.get(Document, document_id)
                assert document is not None
                case.body["version"] = document.version


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    ctx = build_context(embedded_settings(Path(tmp_path_factory.mktemp("fuzz"))))
    import_books(ctx)
    headers = bearer(add_user(ctx, "Fuzz Admin", "admin"))
    add_user(ctx, "Rita Reviewer", "reviewer")
    exported = confirm_as_coded(ctx, "d1-0012", reviewer="Rita Reviewer")
    approve_as(ctx, exported, approver="Fuzz Admin")
    export_approved(ctx, fmt="yardi", actor="fuzz")
    yield World(
        ctx,
        headers,
        waiting_for_review=read_in(ctx, DOCUMENTS / "d1-0010.pdf"),
        waiting_for_approval=confirm_as_coded(ctx, "d1-0008", reviewer="Rita Reviewer"),
        schema=schemathesis.openapi.from_asgi("/openapi.json", create_app(ctx)),
    )
    ctx.close()


@pytest.mark.parametrize(("path", "method"), OPERATIONS, ids=[f"{m} {p}" for p, m in OPERATIONS])
def test_no_request_gets_a_server_error(world: World, path: str, method: str) -> None:
    operation = world.schema[path][method]

    @given(case=operation.as_strategy())
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        derandomize=True,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
    def no_server_error(case: schemathesis.Case) -> None:
        world.aim(case)
        case.call_and_validate(headers=world.headers, checks=[not_a_server_error])

    no_server_error()
