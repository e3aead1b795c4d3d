"""Celery: thin tasks around the pipeline, carrying document ids only.

Tasks are acknowledged late and rejected when their worker is lost, so a worker killed
mid-document leaves the message to be delivered again; the pipeline's claim makes that
second delivery process the document once.
"""

from __future__ import annotations

import logging
from functools import lru_cache

from celery import Celery, Task
from celery.signals import worker_process_init

from docmatch.settings import Settings, get_settings

log = logging.getLogger(__name__)


def make_celery(settings: Settings) -> Celery:
    app = Celery("docmatch", broker=settings.broker_url)
    app.conf.update(
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        task_default_queue="docmatch",
        broker_connection_retry_on_startup=True,
        broker_transport_options={"visibility_timeout": settings.task_visibility_timeout},
        task_ignore_result=True,
        worker_hijack_root_logger=False,
    )
    app.task(name="docmatch.process_document", bind=True, max_retries=None)(_process_document)
    return app


@lru_cache(maxsize=1)
def _worker_context():  # type: ignore[no-untyped-def]
    from docmatch.context import build_context

    return build_context(get_settings(), migrate=False)


@worker_process_init.connect
def _fresh_connections(**_kwargs: object) -> None:
    # A forked pool child must not share its parent's database connections.
    _worker_context.cache_clear()


def _process_document(task: Task, document_id: str) -> str:
    from docmatch.pipeline import process_document
    from docmatch.retry import TRANSIENT

    try:
        return process_document(document_id, ctx=_worker_context()).value
    except TRANSIENT as error:
        delay = min(2**task.request.retries, get_settings().retry_max_seconds)
        log.warning("document %s: %s; retry in %.0f s", document_id, error, delay)
        raise task.retry(exc=error, countdown=delay) from error


# The app a `celery -A docmatch.tasks worker` process (and `docmatch worker`) runs.
app = make_celery(get_settings())
