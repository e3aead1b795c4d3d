"""Extraction accuracy on the generated corpus.

    python -m benchmarks.accuracy [--corpus DIR] [--count 60] [--scans 10] [--photos 8]
        [--held-out-count 24] [--more] [--errors] [--fit-calibration]

Generates a development corpus (digital PDFs, scans, photos) and a held-out corpus
(layouts and a seed never tuned on) into a temporary folder, or reads ``--corpus DIR``
(files and ground truth as ``samples.generate`` writes them, held-out ones flagged in
their truth). Every render is read and extracted; the tables are exact-match accuracy
per field after normalising, by render kind and language, the held-out figures, accuracy
per confidence band, and the median time per digital page and per scanned page (against
the ``tesseract`` command alone on the same images).

``--fit-calibration`` fits the confidence calibration on the development corpus only and
writes ``extract/data/calibration.json``.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from extract import HEADER_FIELDS, ReadLimits, extract_document, read_document
from extract.calibration import CALIBRATION_FILE, fit

ROOT = Path(__file__).resolve().parent.parent
MEDIA = {".pdf": "application/pdf", ".png": "image/png", ".jpg": "image/jpeg"}
MEDIA |= {".jpeg": "image/jpeg", ".tif": "image/tiff", ".tiff": "image/tiff"}
AMOUNTS = {"subtotal", "tax", "total", "amount_due", "previous_balance"}
BANDS = ((0.0, 0.5), (0.5, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 0.95), (0.95, 1.01))


@dataclass
class Result:
    doc: str
    render: str
    language: str
    held_out: bool
    pages: int
    seconds: float
    fields: dict[str, tuple[str | None, str | None, float]]  # expected, got, confidence
    raw_scores: dict[str, tuple[float, str]]  # score and the source of its page
    items: tuple[int, int, int]  # line items right, expected, extra
    type_right: bool


def normalise(field: str, value: str | None) -> str | None:
    if value is None:
        return None
    if field in AMOUNTS:
        try:
            return str(Decimal(value).quantize(Decimal("0.01")))
        except InvalidOperation:
            return value
    if field == "vendor_phone":
        return re.sub(r"\D", "", value)[-10:]
    # accents folded: OCR drops them and matching against master data ignores them
    folded = unicodedata.normalize("NFKD", value).casefold()
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w@.-]+", " ", folded).replace(" .", " ").split()).strip(". ")


def _generate(out: Path, seed: int, count: int, renders: str, held_out: bool) -> None:
    command = [sys.executable, "-m", "samples.generate", "--out", str(out)]
    command += ["--seed", str(seed), "--count", str(count), "--renders", renders]
    if held_out:
        command.append("--held-out")
    subprocess.run(command, check=True, cwd=ROOT, capture_output=True)


def build_corpus(root: Path, args: argparse.Namespace) -> list[Path]:
    plan = [
        ("dev-digital", args.seed, args.count, "digital", False),
        ("dev-scan", args.seed + 1, args.scans, "scan", False),
        ("dev-photo", args.seed + 2, args.photos * 3, "photo", False),
        ("held-digital", args.held_out_seed, args.held_out_count, "digital", True),
        ("held-scan", args.held_out_seed + 1, max(args.scans // 2, 1), "scan", True),
    ]
    folders = []
    for name, seed, count, renders, held_out in plan:
        if count:
            _generate(root / name, seed, count, renders, held_out)
            folders.append(root / name)
    return folders


def truths(folder: Path) -> list[tuple[Path, dict[str, Any]]]:
    return [(p, json.loads(p.read_text())) for p in sorted(folder.glob("*.json"))]


def jobs(folders: list[Path], photos: int) -> list[tuple[str, str, dict[str, Any]]]:
    found = []
    photo_count = 0
    for folder in folders:
        for _path, truth in truths(folder):
            for render, name in truth.get("renders", {}).items():
                if render == "photo":
                    photo_count += 1
                    if photo_count > photos:
                        continue
                found.append((str(folder / name), render, truth))
    return found


def run_one(job: tuple[str, str, dict[str, Any], float | None]) -> Result:
    path, render, truth, min_confidence = job
    data = Path(path).read_bytes()
    started = time.perf_counter()
    reading = read_document(data, media_type=MEDIA[Path(path).suffix.lower()], limits=ReadLimits())
    extraction = extract_document(reading.pages, min_confidence=min_confidence)
    seconds = time.perf_counter() - started
    expected = truth["fields"]
    fields = {}
    raw = {}
    for name in HEADER_FIELDS:
        got = extraction.fields.get(name)
        want = expected.get(name)
        if got is None and want is None:
            continue
        fields[name] = (
            normalise(name, want),
            normalise(name, got.value if got else None),
            got.confidence if got else 0.0,
        )
        if got is not None:
            raw[name] = (got.confidence, reading.pages[got.page - 1].source.value)
    return Result(
        truth["id"],
        render,
        truth["language"],
        bool(truth.get("held_out")),
        len(reading.pages),
        seconds,
        fields,
        raw,
        items_right(extraction.line_items, truth.get("line_items", [])),
        extraction.document_type.value == truth.get("document_type"),
    )


def items_right(items: Any, expected: list[dict[str, Any]]) -> tuple[int, int, int]:
    """Expected line items found (amount and description), expected, and extra ones; an
    item of no charge ('0.00', a line shipped none of) counts as any other."""
    got: Counter[tuple[str | None, str | None]] = Counter(
        (str(i.amount), normalise("description", i.description))
        for i in items
        if i.amount is not None
    )
    want: Counter[tuple[str | None, str | None]] = Counter(
        (normalise("total", e["amount"]), normalise("description", e["description"]))
        for e in expected
    )
    right = (got & want).total()
    return right, want.total(), (got - want).total()


def accuracy_table(results: list[Result], title: str) -> None:
    groups: dict[str, list[Result]] = defaultdict(list)
    for r in results:
        groups[f"{r.render}/{r.language}"].append(r)
    columns = sorted(groups)
    print(f"\n## {title}: exact-match accuracy per field (found and right / expected)")
    print(f"{'field':24}" + "".join(f"{c:>16}" for c in columns))
    for name in HEADER_FIELDS:
        row = ""
        for column in columns:
            pairs = [r.fields[name] for r in groups[column] if name in r.fields]
            expected = [p for p in pairs if p[0] is not None]
            right = sum(1 for p in expected if p[0] == p[1])
            wrong_extra = sum(1 for p in pairs if p[0] is None and p[1] is not None)
            cell = f"{right}/{len(expected)}" + (f" +{wrong_extra}" if wrong_extra else "")
            cell = f"{100 * right / len(expected):5.1f}% {cell}" if expected else cell
            row += f"{cell:>16}"
        print(f"{name:24}{row}")
    print(
        f"{'HEADER (all fields)':24}" + "".join(f"{_header_share(groups[c]):>16}" for c in columns)
    )
    print(f"{'document type':24}" + "".join(f"{_type_share(groups[c]):>16}" for c in columns))
    print(
        f"{'line items (amount+text)':24}"
        + "".join(f"{_items_share(groups[c]):>16}" for c in columns)
    )


def _header_share(results: list[Result]) -> str:
    pairs = [p for r in results for p in r.fields.values() if p[0] is not None]
    right = sum(1 for p in pairs if p[0] == p[1])
    return f"{100 * right / max(len(pairs), 1):5.1f}% n={len(pairs)}"


def _type_share(results: list[Result]) -> str:
    right = sum(1 for r in results if r.type_right)
    return f"{100 * right / max(len(results), 1):5.1f}% n={len(results)}"


def _items_share(results: list[Result]) -> str:
    right = sum(r.items[0] for r in results)
    total = sum(r.items[1] for r in results)
    extra = sum(r.items[2] for r in results)
    return f"{100 * right / max(total, 1):5.1f}% n={total}" + (f" +{extra}" if extra else "")


def confidence_bands(results: list[Result]) -> None:
    print("\n## Accuracy per confidence band (fields reported)")
    pairs = [p for r in results for p in r.fields.values() if p[1] is not None]
    for low, high in BANDS:
        band = [p for p in pairs if low <= p[2] < high]
        right = sum(1 for p in band if p[0] == p[1])
        share = f"{100 * right / len(band):5.1f}%" if band else "  -  "
        print(f"  [{low:.2f}, {min(high, 1.0):.2f}) {share} right of {len(band)}")


def timings(results: list[Result], tesseract: list[float]) -> None:
    digital = [r.seconds / r.pages for r in results if r.render == "digital"]
    scanned = [r.seconds / r.pages for r in results if r.render in ("scan", "photo")]
    print("\n## Time")
    if digital:
        print(f"  digital: median {1000 * statistics.median(digital):.0f} ms per page")
    if scanned:
        print(f"  scan/photo: median {1000 * statistics.median(scanned):.0f} ms per page")
    if tesseract:
        print(f"  tesseract command alone: median {1000 * statistics.median(tesseract):.0f} ms")


def tesseract_alone(results: list[Result], folders: list[Path], sample: int = 3) -> list[float]:
    """The tesseract command on the first scanned images (single-page JPEG/PNG)."""
    times = []
    images = [p for f in folders for p in sorted(f.glob("*-scan.jpg"))][:sample]
    for image in images:
        started = time.perf_counter()
        subprocess.run(
            ["tesseract", str(image), "stdout", "-l", "eng+spa"], check=True, capture_output=True
        )
        times.append(time.perf_counter() - started)
    return times


def print_errors(results: list[Result]) -> None:
    """Development mismatches only: held-out documents stay unread so that their
    figures remain an honest measure."""
    print("\n## Mismatches (development documents)")
    for r in results:
        if r.held_out:
            continue
        if r.items[0] != r.items[1] or r.items[2]:
            right, expected, extra = r.items
            print(f"  {r.doc} {r.render} line items: {right} of {expected} right, {extra} extra")
        for name, (want, got, conf) in r.fields.items():
            if want != got:
                print(f"  {r.doc} {r.render} {name}: want {want!r} got {got!r} ({conf:.2f})")


def fit_calibration(results: list[Result]) -> None:
    """Fit the mappings on the development results (never held-out): OCR'd values on
    their own; text-layer values on all values, because generated digital documents
    are almost never misread and would teach a text layer that nothing fails."""
    pairs = [
        (r.raw_scores[name][0], p[0] == p[1], r.raw_scores[name][1])
        for r in results
        if not r.held_out
        for name, p in r.fields.items()
        if name in r.raw_scores
    ]
    points = {
        "text_layer": fit([(raw, ok) for raw, ok, _ in pairs]),
        "ocr": fit([(raw, ok) for raw, ok, source in pairs if source == "ocr"]),
    }
    about = "Raw score -> share right, per page source, fitted by benchmarks/accuracy.py."
    CALIBRATION_FILE.write_text(json.dumps({"_about": about, "points": points}, indent=1) + "\n")
    print(f"\nwrote {CALIBRATION_FILE} from {len(pairs)} fields")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path)
    parser.add_argument("--seed", type=int, default=101)
    parser.add_argument("--count", type=int, default=60)
    parser.add_argument("--scans", type=int, default=8)
    parser.add_argument("--photos", type=int, default=6)
    parser.add_argument("--held-out-seed", type=int, default=9001)
    parser.add_argument("--held-out-count", type=int, default=24)
    parser.add_argument("--more", action="store_true", help="four times as many scans/photos")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--errors", action="store_true")
    parser.add_argument("--fit-calibration", action="store_true")
    args = parser.parse_args(argv)
    if args.more:
        args.scans, args.photos = args.scans * 4, args.photos * 4
    with tempfile.TemporaryDirectory() as tmp:
        if args.corpus:
            folders = [args.corpus, *[p for p in sorted(args.corpus.iterdir()) if p.is_dir()]]
        else:
            folders = build_corpus(Path(tmp), args)
        # digital pages first, so that their timing is not taken while OCR runs beside
        # the fit sees every value, guesses too; a plain run reports what users get
        floor = 0.0 if args.fit_calibration else None
        found = sorted(jobs(folders, args.photos), key=lambda job: job[1] != "digital")
        work = [(*job, floor) for job in found]
        if args.fit_calibration:
            CALIBRATION_FILE.unlink(missing_ok=True)
        with ProcessPoolExecutor(max_workers=args.workers) as pool:
            results = list(pool.map(run_one, work, chunksize=1))
        tesseract = tesseract_alone(results, folders)
    dev = [r for r in results if not r.held_out]
    held = [r for r in results if r.held_out]
    accuracy_table(dev, "Development layouts")
    if held:
        accuracy_table(held, "Held-out layouts and seed")
    confidence_bands(results)
    timings(results, tesseract)
    if args.errors:
        print_errors(results)
    if args.fit_calibration:
        fit_calibration(results)


if __name__ == "__main__":
    main()
