"""Throughput of the whole service, embedded mode: files taken in -> ``needs_review``.

    python -m benchmarks.throughput [--digital 40] [--scans 8] [--seed 9100]

Prints, for one worker process and for two: files taken in per second (hashing, storing,
recording), then digital and scanned (300 dpi) pages per second through the workers
(claim, reading, extraction, matching, database writes); the speed-up of two workers
over one; and, from ``benchmarks.throughput_reading``, the reading-only figures with the
ratio of our time per scanned page to the ``tesseract`` command alone on the same image
(the floor).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select

from docmatch.context import build_context
from docmatch.models import Document
from docmatch.settings import Settings
from docmatch.types import Status
from ingest.intake import accept
from ingest.paths import Hints
from samples.generate import generate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--digital", type=int, default=40, help="digital documents")
    parser.add_argument("--scans", type=int, default=8, help="scanned documents")
    parser.add_argument("--seed", type=int, default=9100)
    parser.add_argument("--skip-reading", action="store_true", help="skip the reading-only figures")
    parser.add_argument(
        "--postgres",
        metavar="ADMIN_URL",
        default="",
        help="use a fresh PostgreSQL database per run instead of SQLite, e.g. "
        "postgresql://postgres@127.0.0.1:5432/test",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        digital = _files(root / "digital", seed=args.seed, count=args.digital, render="digital")
        scans = _files(root / "scans", seed=args.seed + 1, count=args.scans, render="scan")
        print(f"inputs: {len(digital)} digital files, {len(scans)} scanned files (300 dpi)")
        heading = ("kind", "workers", "pages", "intake/s", "processing s", "pages/s")
        print("{:<10}{:>8}{:>7}{:>10}{:>14}{:>9}".format(*heading))
        rates: dict[tuple[str, int], float] = {}
        for kind, files in (("digital", digital), ("scanned", scans)):
            for workers in (1, 2):
                pages, intake, seconds = run_service(
                    root / f"run-{kind}-{workers}", files, workers=workers
                )
                rates[kind, workers] = pages / seconds
                print(
                    f"{kind:<10}{workers:>8}{pages:>7}{len(files) / intake:>10.0f}{seconds:>14.2f}"
                    f"{pages / seconds:>9.1f}"
                )
        for kind in ("digital", "scanned"):
            print(f"{kind}: two workers = {rates[kind, 2] / rates[kind, 1]:.2f}x one worker")
    if not args.skip_reading:
        print(
            "\nreading alone (no intake, database or extraction), against tesseract alone:",
            flush=True,
        )
        subprocess.run([sys.executable, "-m", "benchmarks.throughput_reading"], check=True)


def _files(folder: Path, *, seed: int, count: int, render: str) -> list[Path]:
    truths = generate(folder, seed=seed, count=count, renders=(render,))
    files = []
    for truth_path in truths:
        name = json.loads(truth_path.read_text())["renders"].get(render)
        if name:
            files.append(truth_path.parent / name)
    return files


def run_service(folder: Path, files: list[Path], *, workers: int) -> tuple[int, float, float]:
    """Take the files in, then process them all; returns (pages, intake s, processing s)."""
    settings = Settings(
        _env_file=None,
        data_dir=folder / "var",
        inbox=folder / "inbox",  # type: ignore[call-arg]
        workers=workers,
    )
    ctx = build_context(settings)
    try:
        warm = ctx.queue.submit("warm-up")  # start the worker processes before the clock
        if warm is not None:
            warm.result()
        blobs = [(path.name, path.read_bytes()) for path in files]
        start = time.perf_counter()
        ids = [
            accept(
                data, filename=name, source="cli", hints=Hints(), ctx=ctx, submit=False
            ).document_id
            for name, data in blobs
        ]
        taken = time.perf_counter()
        for document_id in ids:
            ctx.queue.submit(document_id)
        while _unfinished(ctx):
            time.sleep(0.02)
        done = time.perf_counter()
        with ctx.sessions() as session:
            pages = session.scalar(select(func.sum(Document.page_count))) or 0
            failed = (
                session.scalar(select(func.count()).where(Document.status == Status.FAILED)) or 0
            )
        if failed:
            print(f"  ({failed} documents failed)")
        return int(pages), taken - start, done - taken
    finally:
        ctx.close()


def _unfinished(ctx) -> int:  # type: ignore[no-untyped-def]
    with ctx.sessions() as session:
        return (
            session.scalar(
                select(func.count()).where(
                    Document.status.in_([Status.RECEIVED, Status.PROCESSING])
                )
            )
            or 0
        )


if __name__ == "__main__":
    main()
