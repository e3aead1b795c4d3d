"""Where documents wait to be processed: a pool of local processes, or Celery.

Only document ids travel; the bytes live in object storage. Losing a queued id loses
nothing: a document still ``received`` or ``processing`` after a crash is sent again by
:func:`docmatch.pipeline.pending_documents` (the embedded start-up and the watcher's sweep),
and the pipeline's claim makes a second delivery harmless.
"""

from __future__ import annotations

import logging
import multiprocessing
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import partial
from typing import Protocol

from docmatch.settings import Settings

log = logging.getLogger(__name__)


class WorkQueue(Protocol):
    def submit(self, document_id: str) -> Future[str] | None: ...
    def close(self) -> None: ...


class EmbeddedQueue:
    """Processes documents in a pool of worker processes, one per core by default.

    A worker process that dies (killed, or crashed in a native library) breaks the pool:
    a new pool is started and every document the broken one held is sent to it again.
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._lock = threading.Lock()
        self._closing = False
        self._pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.settings.workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker,
            initargs=(self.settings.model_dump_json(),),
        )

    def submit(self, document_id: str) -> Future[str]:
        pool = self._pool
        try:
            future = pool.submit(_process, document_id)
        except BrokenProcessPool:
            self._replace(pool)
            return self.submit(document_id)
        future.add_done_callback(partial(self._done, document_id, pool))
        return future

    def _done(self, document_id: str, pool: ProcessPoolExecutor, future: Future[str]) -> None:
        if future.cancelled():
            return
        error = future.exception()
        if isinstance(error, BrokenProcessPool) and not self._closing:
            log.warning("document %s: its worker process died; sending it again", document_id)
            self._replace(pool)
            self.submit(document_id)
        elif error is not None:
            log.error("document %s: processing did not finish: %s", document_id, error)

    def _replace(self, broken: ProcessPoolExecutor) -> None:
        with self._lock:
            if self._pool is broken:
                self._pool = self._new_pool()

    def close(self) -> None:
        self._closing = True
        self._pool.shutdown(wait=True, cancel_futures=False)


class CeleryQueue:
    """Sends document ids to Celery workers on Redis or RabbitMQ."""

    def __init__(self, settings: Settings) -> None:
        from docmatch.tasks import make_celery

        self.app = make_celery(settings)

    def submit(self, document_id: str) -> None:
        from kombu.exceptions import OperationalError

        try:
            self.app.send_task("docmatch.process_document", args=[document_id])
        except OperationalError as error:
            # The document is recorded as received: the watcher's sweep sends it again.
            log.warning(
                "document %s: broker unreachable (%s); it will be sent again", document_id, error
            )

    def close(self) -> None:
        self.app.close()


def open_queue(settings: Settings) -> WorkQueue:
    return CeleryQueue(settings) if settings.broker_url else EmbeddedQueue(settings)


_worker_context = None


def _init_worker(settings_json: str) -> None:
    global _worker_context
    from docmatch.context import build_context
    from docmatch.logs import configure_logging

    configure_logging()
    _worker_context = build_context(Settings.model_validate_json(settings_json), migrate=False)


def _process(document_id: str) -> str:
    from docmatch.pipeline import process_document

    assert _worker_context is not None, "worker process not initialised"
    return process_document(document_id, ctx=_worker_context).value
