"""Command line and entry point of the sample generator.

python -m samples.generate --out DIR --seed N --count N [--renders digital,scan,photo]
    [--held-out] [--master-data DIR] [--layouts L01,L02]
    [--scale-vendors 100000 --scale-ap-items 1000000]
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from samples import catalog
from samples.compose import compose, set_totals
from samples.degrade import PHOTO_DPI, SCAN_DPI, photo_page, rasterise, save_pages, scan_page
from samples.document import Document
from samples.master import mark_duplicates, write_master, write_scale_master
from samples.pdf_invoice import render_invoice
from samples.pdf_receipt import render_receipt
from samples.truth import ground_truth
from samples.world import build_world

RENDERS = ("digital", "scan", "photo")
MAX_PAGES = 3
PHOTO_SHARE = {"receipt": 0.7, "invoice": 0.35, "utility": 0.3}


def render_pdf(doc: Document) -> tuple[bytes, int]:
    """The digital PDF of ``doc``; long documents are cut to at most three pages."""
    render = render_receipt if doc.kind == "receipt" else render_invoice
    pdf, pages = render(doc)
    while pages > MAX_PAGES:
        doc.lines = doc.lines[: len(doc.lines) * 3 // 4]
        set_totals(doc, doc.extras["tax_rate"], random.Random(doc.id))
        pdf, pages = render(doc)
    return pdf, pages


def layout_sequence(pool: list[dict], count: int, seed: int) -> list[dict]:
    """``count`` layouts cycling through ``pool`` in a seeded order, each equally often."""
    rng = random.Random(f"layouts:{seed}")
    sequence: list[dict] = []
    while len(sequence) < count:
        batch = list(pool)
        rng.shuffle(batch)
        sequence.extend(batch)
    return sequence[:count]


def compose_documents(
    seed: int, count: int, *, held_out: bool = False, layouts: Sequence[str] | None = None
) -> tuple[list[Document], object]:
    """The documents of a run, before rendering, and the world they come from."""
    world = build_world(seed)
    pool = catalog.layouts(held_out=held_out)
    if layouts:
        pool = [layout for layout in catalog.layouts() if layout["id"] in set(layouts)]
    prefix = "h" if held_out else "d"
    docs = []
    for i, layout in enumerate(layout_sequence(pool, count, seed)):
        doc_id = f"{prefix}{seed}-{i + 1:04d}"
        docs.append(compose(world, layout, random.Random(f"{seed}:{i}"), doc_id))
    mark_duplicates(docs, seed)
    return docs, world


def write_renders(
    doc: Document, pdf: bytes, pages: int, out: Path, renders: Sequence[str], seed: int, index: int
) -> dict[str, str]:
    rng = np.random.default_rng([seed, index, 7])
    files: dict[str, str] = {}
    if "digital" in renders:
        files["digital"] = f"{doc.id}.pdf"
        (out / files["digital"]).write_bytes(pdf)
    if "scan" in renders:
        grey = rng.random() < 0.6
        images = [
            scan_page(page, rng, narrow=doc.kind == "receipt" and not doc.layout.get("full_page"))
            for page in rasterise(pdf, SCAN_DPI, grey=grey)
        ]
        suffix = ".jpg" if pages == 1 else (".pdf" if rng.random() < 0.5 else ".tif")
        files["scan"] = f"{doc.id}-scan{suffix}"
        save_pages(images, out / files["scan"], int(rng.integers(45, 75)), SCAN_DPI)
    if "photo" in renders and pages == 1 and rng.random() < PHOTO_SHARE[doc.kind]:
        page = rasterise(pdf, PHOTO_DPI, grey=False, first_only=True)[0]
        files["photo"] = f"{doc.id}-photo.jpg"
        save_pages(
            [photo_page(page, rng)], out / files["photo"], int(rng.integers(60, 82)), PHOTO_DPI
        )
    return files


def generate(
    out: Path,
    *,
    seed: int,
    count: int,
    renders: Sequence[str] = RENDERS,
    held_out: bool = False,
    master_data: Path | None = None,
    layouts: Sequence[str] | None = None,
) -> list[Path]:
    """Write ``count`` documents with their renders and ground truth into ``out``, and
    master data into ``master_data`` (default ``out/master-data``); returns the
    ground-truth paths."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    unknown = set(renders) - set(RENDERS)
    if unknown:
        raise ValueError(f"unknown renders: {sorted(unknown)}")
    docs, world = compose_documents(seed, count, held_out=held_out, layouts=layouts)
    paths = []
    for index, doc in enumerate(docs):
        pdf, pages = render_pdf(doc)
        files = write_renders(doc, pdf, pages, out, renders, seed, index)
        truth = ground_truth(doc, files, pages)
        path = out / f"{doc.id}.json"
        path.write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        paths.append(path)
    write_master(Path(master_data) if master_data else out / "master-data", world, docs, seed)  # type: ignore[arg-type]
    return paths


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m samples.generate", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=20)
    parser.add_argument("--renders", default=",".join(RENDERS))
    parser.add_argument("--held-out", action="store_true")
    parser.add_argument("--master-data", type=Path)
    parser.add_argument("--layouts", help="comma-separated layout ids (overrides --held-out)")
    parser.add_argument("--scale-vendors", type=int, default=0)
    parser.add_argument("--scale-ap-items", type=int, default=0)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    renders = [r for r in args.renders.split(",") if r]
    layouts = args.layouts.split(",") if args.layouts else None
    paths = generate(
        args.out,
        seed=args.seed,
        count=args.count,
        renders=renders,
        held_out=args.held_out,
        master_data=args.master_data,
        layouts=layouts,
    )
    master = args.master_data or args.out / "master-data"
    if args.scale_vendors or args.scale_ap_items:
        write_scale_master(
            master,
            build_world(args.seed),
            vendors=args.scale_vendors,
            ap_items_count=args.scale_ap_items,
            seed=args.seed,
        )
    print(
        f"{len(paths)} documents in {args.out}, master data in {master} "
        f"({time.perf_counter() - started:.1f} s)"
    )


if __name__ == "__main__":
    main()
