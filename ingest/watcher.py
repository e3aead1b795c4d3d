"""The watched inbox folder.

A file is taken only once its size and modification time have not changed for
``watch_stable_seconds``, so a file still being copied is never read. After intake it
moves to ``INBOX/processed/...`` (or ``INBOX/failed/...`` with a ``.reason.txt`` beside it)
keeping its sub-path, so the folder itself tells the operator what happened.

File-system events (inotify) only wake the loop; every wake-up rescans the tree, so a
missed event costs at most one poll interval. ``watch_poll`` polls instead, for network
shares where events never arrive.
"""

from __future__ import annotations

import logging
import os
import shutil
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import watchfiles

from docmatch.context import Context
from docmatch.errors import Transient
from docmatch.types import Status
from ingest.intake import IntakeResult, accept
from ingest.paths import TYPE_FOLDERS, hints_for, is_ignored

log = logging.getLogger(__name__)

OUTCOME_FOLDERS = ("processed", "failed")


@dataclass
class _Seen:
    size: int
    mtime_ns: int
    stable_since: float


class InboxWatcher:
    """Takes stable files from an inbox tree; call :meth:`scan` or run :meth:`run`."""

    def __init__(
        self,
        ctx: Context,
        *,
        inbox: Path | None = None,
        on_result: Callable[[Path, IntakeResult], None] | None = None,
    ) -> None:
        self.ctx = ctx
        self.inbox = (inbox or ctx.settings.inbox).resolve()
        self.on_result = on_result
        self._seen: dict[Path, _Seen] = {}
        for folder in (*TYPE_FOLDERS, *OUTCOME_FOLDERS):
            (self.inbox / folder).mkdir(parents=True, exist_ok=True)

    def scan(self, now: float | None = None) -> list[IntakeResult]:
        """Take every file that has been stable long enough; returns what was taken."""
        now = time.monotonic() if now is None else now
        stable_for = self.ctx.settings.watch_stable_seconds
        results = []
        present = set()
        for path in self._candidates():
            present.add(path)
            try:
                stat = path.stat()
            except FileNotFoundError:
                continue
            seen = self._seen.get(path)
            if seen is None or (seen.size, seen.mtime_ns) != (stat.st_size, stat.st_mtime_ns):
                self._seen[path] = _Seen(stat.st_size, stat.st_mtime_ns, now)
                continue
            if now - seen.stable_since >= stable_for:
                result = self._take(path)
                if result is not None:
                    results.append(result)
                    present.discard(path)
        self._seen = {p: s for p, s in self._seen.items() if p in present}
        return results

    def run(self, stop: threading.Event) -> None:
        """Scan on every file-system event and at least every poll interval, until stopped."""
        interval_ms = int(self.ctx.settings.watch_poll_interval * 1000)
        log.info(
            "watching %s (%s)", self.inbox, "polling" if self.ctx.settings.watch_poll else "events"
        )
        self.scan()
        for _changes in watchfiles.watch(
            self.inbox,
            stop_event=stop,
            force_polling=self.ctx.settings.watch_poll,
            poll_delay_ms=interval_ms,
            rust_timeout=interval_ms,
            yield_on_timeout=True,
            debounce=200,
            recursive=True,
            ignore_permission_denied=True,
        ):
            try:
                self.scan()
            except Transient as error:
                log.warning("inbox scan paused: %s", error)  # the files stay; next scan retries

    def _candidates(self) -> Iterator[Path]:
        for root, dirs, files in os.walk(self.inbox):
            here = Path(root)
            if here == self.inbox:
                dirs[:] = [d for d in dirs if d not in OUTCOME_FOLDERS]
            dirs[:] = [d for d in dirs if not is_ignored(d)]
            for name in files:
                if not is_ignored(name):
                    yield here / name

    def _take(self, path: Path) -> IntakeResult | None:
        relative = path.relative_to(self.inbox).as_posix()
        try:
            data = path.read_bytes()
        except OSError as error:
            log.warning("cannot read %s yet: %s", path, error)
            return None
        result = accept(
            data, filename=path.name, source="watch", hints=hints_for(relative), ctx=self.ctx
        )
        self._move_out(path, relative, result)
        if self.on_result is not None:
            self.on_result(path, result)
        return result

    def _move_out(self, path: Path, relative: str, result: IntakeResult) -> None:
        folder = "failed" if result.status == Status.FAILED else "processed"
        target = _free_path(self.inbox / folder / relative)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(path, target)
        if result.status == Status.FAILED:
            target.with_name(target.name + ".reason.txt").write_text(
                f"document {result.document_id}: {result.reason}\n", encoding="utf-8"
            )


def _free_path(path: Path) -> Path:
    """The path itself, or the same name with a counter when it is taken."""
    if not path.exists():
        return path
    for n in range(1, 10_000):
        candidate = path.with_name(f"{path.stem}.{n}{path.suffix}")
        if not candidate.exists():
            return candidate
    raise FileExistsError(path)
