"""The bucket inbox: objects that scanners or an SFTP gateway put under ``inbox/``.

Keys follow the folder layout (``inbox/invoices/OAK/scan1.pdf``). An object is taken in,
then moved to ``processed/...`` or ``failed/...`` in the same store. Uploads to S3 appear
whole, so no stability wait is needed.
"""

from __future__ import annotations

import logging

from docmatch.context import Context
from docmatch.errors import NotFound
from docmatch.types import Status
from ingest.intake import IntakeResult, accept
from ingest.paths import hints_for, is_ignored

log = logging.getLogger(__name__)


def scan_bucket_inbox(ctx: Context) -> list[IntakeResult]:
    """Take every object under the inbox prefix; returns what was taken."""
    prefix = ctx.settings.bucket_inbox_prefix
    results = []
    for key in list(ctx.store.list(prefix)):
        relative = key[len(prefix) :]
        if not relative or is_ignored(relative.rsplit("/", 1)[-1]):
            continue
        try:
            data = ctx.store.get(key)
        except NotFound:
            continue  # taken by another watcher meanwhile
        result = accept(
            data,
            filename=relative.rsplit("/", 1)[-1],
            source="bucket",
            hints=hints_for(relative),
            ctx=ctx,
        )
        folder = "failed" if result.status == Status.FAILED else "processed"
        ctx.store.put(f"{folder}/{result.document_id}/{relative}", data)
        ctx.store.delete(key)
        results.append(result)
    return results
