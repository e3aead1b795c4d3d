"""Long-running intake: the watched folder, the bucket inbox and the sweep of stalled work.

``docmatch serve`` runs this beside the API and the in-process worker pool; ``docmatch
watch`` runs it alone in the distributed mode.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta

from docmatch.context import Context
from docmatch.errors import Transient
from docmatch.pipeline import pending_documents
from ingest.bucket import scan_bucket_inbox
from ingest.watcher import InboxWatcher

log = logging.getLogger(__name__)

SWEEP_EVERY = 60.0


def resubmit_pending(ctx: Context, *, older_than: timedelta = timedelta(0)) -> int:
    """Queue again every document whose processing never finished."""
    pending = pending_documents(ctx, older_than=older_than)
    for document_id in pending:
        ctx.queue.submit(document_id)
    if pending:
        log.info("sent %d unfinished documents to be processed", len(pending))
    return len(pending)


def bucket_and_sweep_loop(ctx: Context, stop: threading.Event) -> None:
    """Poll the bucket inbox; every minute, resend documents stuck in the queue."""
    stale = timedelta(seconds=max(120, ctx.settings.task_visibility_timeout))
    next_sweep = time.monotonic() + SWEEP_EVERY
    while not stop.is_set():
        try:
            scan_bucket_inbox(ctx)
            if time.monotonic() >= next_sweep:
                resubmit_pending(ctx, older_than=stale)
                next_sweep = time.monotonic() + SWEEP_EVERY
        except Transient as error:
            log.warning("intake paused: %s", error)
        stop.wait(ctx.settings.watch_poll_interval)


@contextmanager
def background_intake(ctx: Context, *, recover: bool) -> Iterator[threading.Event]:
    """Run the folder watcher and the bucket/sweep loop in threads until the block ends."""
    if recover:
        resubmit_pending(ctx)
    stop = threading.Event()
    watcher = InboxWatcher(ctx)
    threads = [
        threading.Thread(target=watcher.run, args=(stop,), name="inbox-watcher", daemon=True),
        threading.Thread(
            target=bucket_and_sweep_loop, args=(ctx, stop), name="bucket-inbox", daemon=True
        ),
    ]
    for thread in threads:
        thread.start()
    try:
        yield stop
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=10)
