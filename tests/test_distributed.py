"""The distributed mode with real services: PostgreSQL, Redis or RabbitMQ, an S3 server,
and Celery workers running as separate processes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from docmatch.context import Context, build_context
from docmatch.models import Document, PageRecord
from docmatch.settings import Settings
from docmatch.storage import S3Store
from docmatch.types import Status
from ingest.bucket import scan_bucket_inbox
from ingest.intake import accept
from ingest.paths import Hints
from tests import files
from tests.conftest import RABBIT_URL, REDIS_URL, wait_until

pytestmark = [pytest.mark.services, pytest.mark.slow, pytest.mark.ocr]


class Workers:
    """Celery workers started as `docmatch worker` processes with the test's settings."""

    def __init__(self, settings: Settings, log_dir: Path) -> None:
        self.env = {**os.environ, **_env(settings)}
        self.log_dir = log_dir
        self.processes: list[subprocess.Popen[bytes]] = []

    def start(self, name: str) -> subprocess.Popen[bytes]:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "docmatch.cli",
                "worker",
                "--concurrency",
                "1",
                "--hostname",
                f"{name}@%h",
            ],
            env=self.env,
            stdout=(self.log_dir / f"{name}.log").open("wb"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.processes.append(process)
        return process

    def kill(self, process: subprocess.Popen[bytes]) -> None:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)

    def stop_all(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in self.processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)


def _env(settings: Settings) -> dict[str, str]:
    return {
        "DOCMATCH_DATABASE_URL": settings.database_url,
        "DOCMATCH_STORAGE_URL": settings.storage_url,
        "DOCMATCH_BROKER_URL": settings.broker_url,
        "DOCMATCH_DATA_DIR": str(settings.data_dir),
        "DOCMATCH_INBOX": str(settings.inbox),
        "DOCMATCH_TASK_VISIBILITY_TIMEOUT": str(settings.task_visibility_timeout),
        "DOCMATCH_RETRY_MAX_SECONDS": str(settings.retry_max_seconds),
    }


def _distributed(
    tmp_path: Path, *, database: str, storage: str, broker: str, vhost: str
) -> Settings:
    return Settings(
        _env_file=None,
        data_dir=tmp_path / "var",
        inbox=tmp_path / "inbox",  # type: ignore[call-arg]
        database_url=database,
        storage_url=storage,
        broker_url=broker + vhost,
        task_visibility_timeout=8,
        retry_max_seconds=10,
    )


@pytest.fixture(params=["redis", "rabbitmq"])
def cluster(
    request: pytest.FixtureRequest, tmp_path: Path, postgres_url: str, s3_url: str
) -> Iterator[tuple[Context, Workers]]:
    if request.param == "redis":
        broker, vhost = REDIS_URL, f"/{abs(hash(tmp_path)) % 15 + 1}"
    else:
        broker, vhost = RABBIT_URL, ""
    settings = _distributed(
        tmp_path, database=postgres_url, storage=s3_url, broker=broker, vhost=vhost
    )
    ctx = build_context(settings)
    _purge(ctx)
    workers = Workers(settings, tmp_path)
    yield ctx, workers
    workers.stop_all()
    _purge(ctx)
    ctx.close()


def _purge(ctx: Context) -> None:
    ctx.queue.app.control.purge()


def _statuses(ctx: Context) -> dict[str, str]:
    with ctx.sessions() as session:
        return {d.filename: d.status for d in session.scalars(select(Document))}


def _all_settled(ctx: Context, count: int) -> dict[str, str] | None:
    statuses = _statuses(ctx)
    done = [s for s in statuses.values() if s not in (Status.RECEIVED, Status.PROCESSING)]
    return statuses if len(done) >= count else None


def test_two_workers_process_documents_from_postgres_and_s3(
    cluster: tuple[Context, Workers],
) -> None:
    ctx, workers = cluster
    assert isinstance(ctx.store, S3Store)
    workers.start("w1")
    workers.start("w2")
    sent = {
        "digital.pdf": files.digital_invoice(marker="dist-1"),
        "two pages.pdf": files.digital_invoice(pages=2, marker="dist-2"),
        "scan.png": files.scanned_invoice_png(marker="dist-3"),
        "locked.pdf": files.encrypted_pdf(),
    }
    for name, data in sent.items():
        accept(data, filename=name, source="cli", hints=Hints(), ctx=ctx)
    statuses = wait_until(lambda: _all_settled(ctx, 4), timeout=180, message="four documents")
    assert statuses == {
        "digital.pdf": "needs_review",
        "two pages.pdf": "needs_review",
        "scan.png": "needs_review",
        "locked.pdf": "failed",
    }
    with ctx.sessions() as session:
        assert session.scalar(select(func.count()).select_from(PageRecord)) == 4
    assert len(list(ctx.store.list("originals/"))) == 4
    assert len(list(ctx.store.list("pages/"))) == 1  # the scanned page's image


def test_bucket_inbox_objects_are_taken_and_moved(cluster: tuple[Context, Workers]) -> None:
    ctx, workers = cluster
    workers.start("w1")
    ctx.store.put("inbox/invoices/OAK/from-scanner.pdf", files.digital_invoice(marker="bucket"))
    ctx.store.put("inbox/unsorted/bad.docx", files.docx())
    results = scan_bucket_inbox(ctx)
    assert sorted(r.status for r in results) == ["failed", "received"]
    assert list(ctx.store.list("inbox/")) == []
    assert any(k.endswith("invoices/OAK/from-scanner.pdf") for k in ctx.store.list("processed/"))
    assert any(k.endswith("unsorted/bad.docx") for k in ctx.store.list("failed/"))
    wait_until(lambda: _all_settled(ctx, 2), timeout=120, message="bucket documents")
    with ctx.sessions() as session:
        doc = session.scalars(select(Document).where(Document.filename == "from-scanner.pdf")).one()
        assert (doc.status, doc.property_hint, doc.type_hint) == ("needs_review", "OAK", "invoice")


def test_a_worker_killed_mid_document_leaves_it_to_the_next_exactly_once(
    cluster: tuple[Context, Workers],
) -> None:
    ctx, workers = cluster
    first = workers.start("doomed")
    result = accept(
        files.scanned_pdf(marker="kill"), filename="scan.pdf", source="cli", hints=Hints(), ctx=ctx
    )

    def processing() -> bool:
        with ctx.sessions() as session:
            return session.get(Document, result.document_id).status == Status.PROCESSING

    wait_until(processing, timeout=120, interval=0.05, message="the worker to start the document")
    workers.kill(first)
    with ctx.sessions() as session:
        assert session.get(Document, result.document_id).status == Status.PROCESSING
    workers.start("survivor")
    wait_until(lambda: _all_settled(ctx, 1), timeout=180, message="the document after the kill")
    with ctx.sessions() as session:
        doc = session.get(Document, result.document_id)
        assert doc.status == Status.NEEDS_REVIEW
        assert doc.attempts == 2
        assert [h.status for h in doc.history] == [
            "received",
            "processing",
            "processing",
            "needs_review",
        ]
        pages = session.scalars(select(PageRecord).where(PageRecord.document_id == doc.id)).all()
        assert [p.number for p in pages] == [1]
