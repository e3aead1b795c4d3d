"""The watched folder's rules, step by step with a controlled clock: a file is taken only
once it has stopped changing; hidden and temporary files and the outcome folders are left."""

from __future__ import annotations

import os
from pathlib import Path

from docmatch.context import Context
from docmatch.types import Status
from ingest.watcher import InboxWatcher
from tests import files


def _watcher(ctx: Context) -> InboxWatcher:
    return InboxWatcher(ctx)


def test_a_file_is_taken_only_after_it_stops_changing(ctx: Context) -> None:
    watcher = _watcher(ctx)
    stable = ctx.settings.watch_stable_seconds
    path = ctx.settings.inbox / "invoices" / "growing.pdf"
    data = files.digital_invoice(marker="growing")
    path.write_bytes(data[:1000])
    assert watcher.scan(now=0.0) == []  # first sight
    assert watcher.scan(now=stable / 2) == []  # not stable for long enough yet
    with path.open("ab") as handle:
        handle.write(data[1000:])  # a late write arrives: the clock starts again
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1_000_000))
    assert watcher.scan(now=stable) == []
    assert watcher.scan(now=stable + stable / 2) == []
    taken = watcher.scan(now=2 * stable + 0.01)
    assert [r.status for r in taken] == [Status.RECEIVED]
    assert not path.exists()
    kept = ctx.settings.inbox / "processed" / "invoices" / "growing.pdf"
    assert kept.read_bytes() == data


def test_ignored_files_and_outcome_folders_are_never_taken(ctx: Context) -> None:
    watcher = _watcher(ctx)
    inbox: Path = ctx.settings.inbox
    for name in (".DS_Store", "~$draft.docx", "upload.pdf.part", "copy.tmp"):
        (inbox / "invoices" / name).write_bytes(b"%PDF-1.4 not yet")
    (inbox / "processed" / "old.pdf").write_bytes(files.digital_invoice(marker="old"))
    (inbox / "failed" / "bad.docx").write_bytes(files.docx())
    (inbox / "invoices" / ".hidden").mkdir()
    (inbox / "invoices" / ".hidden" / "x.pdf").write_bytes(files.digital_invoice(marker="hidden"))
    assert watcher.scan(now=0.0) == []
    assert watcher.scan(now=100.0) == []
    assert (inbox / "invoices" / "upload.pdf.part").exists()


def test_a_name_already_in_processed_is_kept_beside_it(ctx: Context) -> None:
    watcher = _watcher(ctx)
    inbox = ctx.settings.inbox
    for marker in ("first", "second"):
        (inbox / "receipts" / "scan.pdf").write_bytes(files.digital_invoice(marker=marker))
        watcher.scan(now=0.0)
        watcher.scan(now=100.0)
    names = sorted(p.name for p in (inbox / "processed" / "receipts").iterdir())
    assert names == ["scan.1.pdf", "scan.pdf"]


def test_polling_mode_takes_files_too(tmp_path: Path) -> None:
    import threading

    from docmatch.context import build_context
    from tests.conftest import embedded_settings, wait_until

    ctx = build_context(embedded_settings(tmp_path, watch_poll=True, watch_stable_seconds=0.3))
    watcher = InboxWatcher(ctx, on_result=lambda *_: None)
    stop = threading.Event()
    thread = threading.Thread(target=watcher.run, args=(stop,), daemon=True)
    thread.start()
    try:
        (ctx.settings.inbox / "unsorted" / "share.pdf").write_bytes(
            files.digital_invoice(marker="poll")
        )
        wait_until(
            lambda: (ctx.settings.inbox / "processed" / "unsorted" / "share.pdf").exists(),
            timeout=30,
            message="the polled file to be taken",
        )
    finally:
        stop.set()
        thread.join(timeout=10)
        ctx.close()
