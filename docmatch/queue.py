"""Where documents wait to be processed: a pool of local processes, or Celery.

Only document ids travel; the bytes live in object storage. Losing a queued id loses
nothing: a document still ``received`` or ``processing`` after a crash is sent again by
:func:`docmatch.pipeline.pending_documents` (the embedded start-up and the watcher's sweep),
and the pipeline's claim makes a second delivery harmless.
"""

from __future__ import annotations

import logging
import multiprocessing
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Protocol

from docmatch.settings import Settings

log = logging.getLogger(__name__)


class WorkQueue(Protocol):
    def submit(self, document_id: str) -> Future[str] | None: ...
    def close(self) -> None: ...


class EmbeddedQueue:
    """Processes documents in a pool of worker processes, one per core by default."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.settings.workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker,
            initargs=(self.settings.model_dump_json(),),
        )

    def submit(self, document_id: str) -> Future[str]:
        try:
            future = self._pool.submit(_process, document_id)
        except BrokenProcessPool:
            # A worker process died (killed, or crashed in a native library): start a new
            # pool; the dead one's documents are picked up again by the pending sweep.
            log.warning("worker pool broken; starting a new one")
            self._pool = self._new_pool()
            future = self._pool.submit(_process, document_id)
        future.add_done_callback(lambda f, doc=document_id: _log_outcome(doc, f))
        return future

    def close(self) -> None:
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


def _log_outcome(document_id: str, future: Future[str]) -> None:
    if future.cancelled():
        return
    error = future.exception()
    if error is not None:
        log.error("document %s: processing did not finish: %s", document_id, error)


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
