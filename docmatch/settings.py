"""Settings, read once at the edge from ``DOCMATCH_*`` variables or a ``.env`` file.

Embedded (the default): SQLite and a local object folder under ``data_dir``, work run by an
in-process pool. Distributed: set ``database_url`` (PostgreSQL), ``storage_url`` (S3/MinIO)
and ``broker_url`` (Redis or RabbitMQ) and run ``docmatch api``, ``docmatch watch`` and any
number of ``docmatch worker`` processes.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="DOCMATCH_", env_file=".env", extra="ignore")

    data_dir: Path = Path("var")
    inbox: Path = Path("inbox")
    database_url: str = ""  # default: sqlite under data_dir
    storage_url: str = (
        ""  # default: file:// folder under data_dir; s3://KEY:SECRET@HOST:PORT/BUCKET
    )
    broker_url: str = ""  # empty: embedded in-process worker

    workers: int = max(os.cpu_count() or 1, 1)
    api_host: str = "127.0.0.1"
    api_port: int = 8000

    # Intake
    watch_stable_seconds: float = 2.0  # a file is taken once unchanged for this long
    watch_poll: bool = False  # poll instead of inotify, for network shares
    watch_poll_interval: float = 1.0
    bucket_inbox_prefix: str = "inbox/"
    max_file_bytes: int = 200 * 1024 * 1024

    # Reading
    max_pages: int = 200
    max_image_pixels: int = 120_000_000  # per page, against decompression bombs
    ocr_languages: str = "eng+spa"
    ocr_dpi: int = 300
    text_layer_min_chars: int = 20  # a PDF page with fewer characters is OCR'd

    # Distributed work
    task_visibility_timeout: int = 3600  # seconds before Redis redelivers an unacked task
    retry_max_seconds: float = 60.0

    # Review, approval and export
    straight_through: bool = False  # confirm a document that clears every threshold unseen
    straight_through_rules: Path | None = None  # default: the packaged docmatch/review/data
    export_dir: Path | None = None  # also write each export batch here for accounting to pick up

    @property
    def resolved_database_url(self) -> str:
        return self.database_url or f"sqlite:///{(self.data_dir / 'docmatch.db').resolve()}"

    @property
    def resolved_storage_url(self) -> str:
        return self.storage_url or f"file://{(self.data_dir / 'objects').resolve()}"

    @property
    def mode(self) -> str:
        return "distributed" if self.broker_url else "embedded"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
