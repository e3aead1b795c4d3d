"""Back-off for calls to services that may be briefly unreachable (database, object store)."""

from __future__ import annotations

import logging

from sqlalchemy.exc import InterfaceError, OperationalError
from tenacity import Retrying, retry_if_exception_type, stop_after_delay, wait_exponential

from docmatch.errors import Transient

log = logging.getLogger(__name__)

TRANSIENT = (Transient, OperationalError, InterfaceError)


def with_backoff(max_seconds: float) -> Retrying:
    """``with_backoff(s)(fn, *args)`` calls fn, retrying transient failures for up to s seconds."""
    return Retrying(
        retry=retry_if_exception_type(TRANSIENT),
        wait=wait_exponential(multiplier=0.2, max=5),
        stop=stop_after_delay(max_seconds),
        reraise=True,
        before_sleep=lambda state: log.warning(
            "service unavailable (%s); retrying",
            state.outcome.exception() if state.outcome else "?",
        ),
    )
