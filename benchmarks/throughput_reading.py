"""Reading throughput: digital pages per second, and scanned pages against tesseract alone.

    python -m benchmarks.throughput_reading [--count 12] [--seed 4242] [--scans 8]
        [--photos 4] [--rounds 3] [--receipts 12 [--dpi 150]]

Inputs come from ``samples.generate`` (digital PDFs and 300 dpi scans) when it is there,
otherwise from invoice-like pages drawn here with reportlab and rasterised at 300 dpi
with paper tint, blur, noise, specks and a small rotation. For every scanned page the
``tesseract`` command is run alone on the same file with the same language, page
segmentation mode and OMP_THREAD_LIMIT=1 (the floor); rounds alternate between it and
``read_document`` so both see the same load, and the best round of each is kept.
Times are wall clock; CPU seconds (this process and its children) are shown beside them.

``--receipts N`` instead reads N generated store receipts scanned at ``--dpi`` (150 by
default: small print on narrow thermal paper, faded, blurred and noisy, on a scanner
bed) and reports word recall against each receipt's text layer, header-field accuracy
through ``extract_document`` and the time against tesseract alone.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import resource
import subprocess
import tempfile
import time
from collections import Counter
from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from extract.reading import ReadLimits, TesseractEngine, read_document

MEDIA = {".pdf": "application/pdf", ".jpg": "image/jpeg", ".png": "image/png"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=12, help="documents to generate")
    parser.add_argument("--seed", type=int, default=4242)
    parser.add_argument("--scans", type=int, default=8, help="scanned pages to time")
    parser.add_argument("--photos", type=int, default=4, help="phone photos to time")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--receipts", type=int, default=0, help="receipts to read instead")
    parser.add_argument("--dpi", type=int, default=150, help="scan resolution of receipts")
    args = parser.parse_args()
    limits = ReadLimits()
    engine = TesseractEngine()
    if args.receipts:
        report_receipts(args.receipts, args.seed, args.dpi, limits, engine)
        return
    with tempfile.TemporaryDirectory() as folder:
        digital, scans, photos = make_inputs(Path(folder), args.count, args.seed)
        report_digital(digital, limits, engine, args.rounds)
        report_scans("scanned (300 dpi)", scans[: args.scans], limits, engine, args.rounds)
        if args.photos:
            report_scans("photographed", photos[: args.photos], limits, engine, args.rounds)


def make_inputs(folder: Path, count: int, seed: int) -> tuple[list[Path], list[Path], list[Path]]:
    try:
        from samples.generate import generate
    except ImportError:
        draw_own_inputs(folder, count, seed)
        print(f"inputs: {count} invoice pages drawn here (seed {seed})")
    else:
        generate(folder, seed=seed, count=count)
        print(f"inputs: {count} documents from samples.generate (seed {seed})")
    digital = sorted(p for p in folder.glob("*.pdf") if "-scan" not in p.name)
    scans = sorted(folder.glob("*-scan.jpg")) + sorted(folder.glob("*-scan.png"))
    return digital, scans, sorted(folder.glob("*-photo.jpg"))


def report_digital(files: list[Path], limits: ReadLimits, engine: TesseractEngine, rounds: int):
    documents = [f.read_bytes() for f in files]
    best, cpu_best, pages = float("inf"), float("inf"), 0
    for _ in range(rounds):
        started, cpu_started = time.perf_counter(), cpu_seconds()
        pages = sum(
            len(read_document(d, media_type=MEDIA[".pdf"], limits=limits, ocr=engine).pages)
            for d in documents
        )
        best = min(best, time.perf_counter() - started)
        cpu_best = min(cpu_best, cpu_seconds() - cpu_started)
    print(
        f"digital pages: {pages} pages, {pages / best:,.0f} pages/s, "
        f"{1000 * best / pages:.1f} ms/page ({1000 * cpu_best / pages:.1f} ms CPU)"
    )


def report_scans(kind: str, files: list[Path], limits, engine: TesseractEngine, rounds: int):
    if not files:
        print(f"{kind} pages: none")
        return
    ours = {f: (float("inf"), float("inf")) for f in files}
    floor = dict(ours)
    for _ in range(rounds):
        for file in files:
            floor[file] = min_pair(floor[file], timed(lambda f=file: tesseract_alone(f, engine)))
            data, media_type = file.read_bytes(), MEDIA[file.suffix]
            read = lambda d=data, m=media_type: read_document(  # noqa: E731
                d, media_type=m, limits=limits, ocr=engine
            )
            ours[file] = min_pair(ours[file], timed(read))
    ours_wall, ours_cpu = (sum(v[i] for v in ours.values()) / len(files) for i in (0, 1))
    floor_wall, floor_cpu = (sum(v[i] for v in floor.values()) / len(files) for i in (0, 1))
    print(
        f"{kind} pages: {len(files)} pages, {1 / ours_wall:.2f} pages/s, "
        f"{ours_wall:.2f} s/page ({ours_cpu:.2f} s CPU)\n"
        f"  tesseract alone on the same images: {floor_wall:.2f} s/page "
        f"({floor_cpu:.2f} s CPU)\n"
        f"  ratio: {ours_wall / floor_wall:.2f}x wall, {ours_cpu / floor_cpu:.2f}x CPU "
        f"(target <= 1.2x)"
    )


def tesseract_alone(file: Path, engine: TesseractEngine) -> None:
    subprocess.run(
        [engine.command, str(file), "stdout", "-l", ReadLimits().languages,
         "--psm", str(engine.psm), *(["--dpi", str(engine.dpi)] if engine.dpi else []), "tsv"],
        capture_output=True,
        check=True,
        env={**os.environ, "OMP_THREAD_LIMIT": "1"},
    )  # fmt: skip


def timed(work) -> tuple[float, float]:
    started, cpu_started = time.perf_counter(), cpu_seconds()
    work()
    return time.perf_counter() - started, cpu_seconds() - cpu_started


def min_pair(a: tuple[float, float], b: tuple[float, float]) -> tuple[float, float]:
    return (a[0], a[1]) if a[0] <= b[0] else (b[0], b[1])


def cpu_seconds() -> float:
    own, children = (
        resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


# Receipts scanned at low resolution --------------------------------------------------

RECEIPT_LAYOUTS = "L22,L23,L24,L25,L31,L32"


def report_receipts(count: int, seed: int, dpi: int, limits: ReadLimits, engine) -> None:
    from benchmarks.accuracy import normalise
    from extract import HEADER_FIELDS, extract_document
    from samples.generate import generate

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        generate(
            root, seed=seed, count=count, renders=("digital",), layouts=RECEIPT_LAYOUTS.split(",")
        )
        found = wanted = 0
        tally: dict[str, list[int]] = {}  # field -> [right, asked]
        misses: list[str] = []
        ours = floor = 0.0
        rng = random.Random(seed)
        for truth_file in sorted(root.glob("*.json")):
            truth = json.loads(truth_file.read_text())
            pdf = (root / truth["renders"]["digital"]).read_bytes()
            scan = root / f"{truth['id']}-{dpi}dpi.jpg"
            scan.write_bytes(receipt_scan(pdf, dpi, rng))
            started = time.perf_counter()
            reading = read_document(
                scan.read_bytes(), media_type=MEDIA[".jpg"], limits=limits, ocr=engine
            )
            ours += time.perf_counter() - started
            floor += timed(lambda f=scan: tesseract_alone(f, engine))[0]
            want = text_tokens(pdfium.PdfDocument(pdf)[0].get_textpage().get_text_range())
            got = text_tokens(" ".join(w.text for page in reading.pages for w in page.words))
            found, wanted = found + (got & want).total(), wanted + want.total()
            extraction = extract_document(reading.pages)
            for name in HEADER_FIELDS:
                if (expected := truth["fields"].get(name)) is None:
                    continue
                value = extraction.fields.get(name)
                got_value = value.value if value else None
                hit = normalise(name, expected) == normalise(name, got_value)
                counts = tally.setdefault(name, [0, 0])
                counts[0], counts[1] = counts[0] + hit, counts[1] + 1
                if not hit:
                    misses.append(f"{truth['id']} {name}: want {expected!r}, got {got_value!r}")
    right, fields = (sum(c[i] for c in tally.values()) for i in (0, 1))
    print(
        f"receipts scanned at {dpi} dpi: {count} receipts, "
        f"word recall {found / max(wanted, 1):.3f}, "
        f"header fields {100 * right / max(fields, 1):.1f}% ({right}/{fields})\n"
        f"  {ours / count:.2f} s/page; tesseract alone {floor / count:.2f} s/page; "
        f"ratio {ours / floor:.2f}x"
    )
    print_field_tally(tally, misses)


def print_field_tally(tally: dict[str, list[int]], misses: list[str]) -> None:
    """Each field's share read right, then every miss: what to look at next."""
    for name, (right, asked) in sorted(tally.items()):
        print(f"  {name:18s} {right:3d}/{asked:<3d} {100 * right / asked:5.1f}%")
    for miss in misses:
        print(f"  miss {miss}")


def receipt_scan(pdf: bytes, dpi: int, rng: random.Random) -> bytes:
    """A receipt on a letter scanner bed at `dpi`: faded thermal print, tone, blur, noise."""
    page = pdfium.PdfDocument(pdf)[0].render(scale=dpi / 72, grayscale=True).to_numpy()
    ink = np.array(page.reshape(page.shape[0], page.shape[1]), dtype=np.float32)
    faded = 255 - (255 - ink) * rng.uniform(0.55, 0.85)  # thermal print greys with age
    bed = np.full((round(11 * dpi), round(8.5 * dpi)), rng.uniform(215, 240), np.float32)
    height, width = min(faded.shape[0], bed.shape[0] - 20), faded.shape[1]
    top, left = (
        rng.randint(10, max(10, bed.shape[0] - height - 10)),
        rng.randint(20, bed.shape[1] - width - 20),
    )
    bed[top : top + height, left : left + width] = faded[:height] * rng.uniform(0.95, 1.0)
    image = degrade(np.clip(bed, 0, 255).astype(np.uint8), rng, specks=300, turn=1.5)
    return cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, rng.randint(55, 80)])[1].tobytes()


def text_tokens(text: str) -> Counter[str]:
    """Words of two or more characters, lower-cased, without surrounding punctuation."""
    words = (w.strip(".,:;()|").lower() for w in text.split())
    return Counter(w for w in words if len(w) >= 2 and any(c.isalnum() for c in w))


# Inputs drawn here when samples/ is not there ---------------------------------------------

ITEMS = [
    "Replace kitchen faucet cartridge",
    "Snake main sewer line",
    "Monthly landscaping",
    "Interior paint 2BR make-ready",
    "Carpet cleaning unit 204",
    "HVAC filter replacement",
    "Emergency water heater repair",
    "Pest control treatment",
    "Pool chemical service",
]


def draw_own_inputs(folder: Path, count: int, seed: int) -> None:
    rng = random.Random(seed)
    for number in range(1, count + 1):
        pdf = invoice_pdf(rng)
        (folder / f"own-{number:04d}.pdf").write_bytes(pdf)
        page = pdfium.PdfDocument(pdf)[0].render(scale=300 / 72, grayscale=True).to_numpy()
        scan = degrade(np.array(page.reshape(page.shape[0], page.shape[1])), rng)
        cv2.imwrite(str(folder / f"own-{number:04d}-scan.png"), scan)


def invoice_pdf(rng: random.Random) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter)
    width, height = letter
    pdf.setFont("Helvetica-Bold", 16)
    pdf.drawString(50, height - 60, rng.choice(["ACME PLUMBING LLC", "Sunrise Landscaping Inc"]))
    pdf.drawRightString(width - 50, height - 60, "INVOICE")
    pdf.setFont("Helvetica", 10)
    labels = [("Invoice Number:", f"INV-{rng.randint(10000, 99999)}"),
              ("Invoice Date:", "03/14/2024"), ("Due Date:", "04/13/2024"),
              ("PO Number:", f"PO-{rng.randint(1000, 9999)}"), ("Terms:", "Net 30")]  # fmt: skip
    for row, (label, value) in enumerate(labels):
        pdf.drawString(width - 250, height - 90 - 14 * row, label)
        pdf.drawRightString(width - 50, height - 90 - 14 * row, value)
    pdf.drawString(50, height - 180, "Bill To: Oak Ridge Apartments, 1200 Riverside Dr, Dallas TX")
    y, total = height - 260, 0.0
    for _ in range(rng.randint(5, 12)):
        quantity, price = rng.randint(1, 5), rng.randint(1500, 45000) / 100
        pdf.drawString(50, y, rng.choice(ITEMS))
        pdf.drawRightString(360, y, str(quantity))
        pdf.drawRightString(460, y, f"{price:,.2f}")
        pdf.drawRightString(width - 50, y, f"{quantity * price:,.2f}")
        total, y = total + quantity * price, y - 16
    pdf.drawString(400, y - 10, "Total Due")
    pdf.drawRightString(width - 50, y - 10, f"${total:,.2f}")
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def degrade(
    gray: np.ndarray, rng: random.Random, *, specks: int = 3000, turn: float = 2.5
) -> np.ndarray:
    noise = np.random.default_rng(rng.randint(0, 2**31))
    image = cv2.GaussianBlur(gray.astype(np.float32) * 0.93, (0, 0), 0.7)
    height, width = image.shape
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), rng.uniform(-turn, turn), 1.0)
    image = cv2.warpAffine(image, matrix, (width, height), borderValue=237)
    image += noise.normal(0.0, 9.0, size=(height, width)).astype(np.float32)
    image[noise.integers(0, height, specks), noise.integers(0, width, specks)] = 40
    return np.clip(image, 0, 255).astype(np.uint8)


if __name__ == "__main__":
    main()
