"""Matching benchmark: accuracy on the generated corpus with noisy names, speed at scale.

    python benchmarks/matching.py [--count 400] [--seed 11] [--vendors 100000]
        [--ap-items 1000000] [--timed 300]

The sample generator writes the corpus (ground truth only, nothing rendered) and its
master data; the matcher gets the ground-truth fields with noise added (OCR confusions,
dropped or changed legal suffixes, typos, abbreviations, missing identifiers), so this
measures matching alone. Printed: vendor top-1 and chosen accuracy, property top-1, GL
top-1 and top-3, duplicate precision and recall, on the run's own master and again
against the large master (``--vendors`` vendors, ``--ap-items`` ledger rows), with the
index build time, its memory and the median time to match one document.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path[:1]:
    sys.path.insert(0, str(ROOT))  # run as a script, ``matching`` is the package, not this file

from matching.csvimport import parse_master_csv  # noqa: E402
from matching.index import MatchIndex  # noqa: E402
from matching.match import Matches, match_document  # noqa: E402
from matching.records import MasterKind  # noqa: E402
from matching.vendors import match_vendor  # noqa: E402

OCR = {"O": "0", "o": "0", "l": "1", "I": "l", "S": "5", "B": "8", "m": "rn", "rn": "m", "e": "c"}
SUFFIXES = ("LLC", "L.L.C.", "Inc", "Inc.", "Co.", "Corp", "S.A. de C.V.", "SA de CV", "")
ABBREVIATIONS = {
    "Services": "Svcs",
    "Service": "Svc",
    "Brothers": "Bros",
    "Management": "Mgmt",
    "Servicios": "Serv.",
    "Hermanos": "Hnos",
    "Maintenance": "Maint",
}


def noisy_name(name: str, rng: random.Random) -> str:
    """One to three of the ways a printed or OCR'd name differs from the master."""
    noises: list[Callable[[str], str]] = [
        lambda s: _ocr(s, rng),
        lambda s: _drop_suffix(s),
        lambda s: f"{_drop_suffix(s)} {rng.choice(SUFFIXES)}".strip(),
        lambda s: _typo(s, rng),
        str.upper,
        lambda s: s.replace("&", "and") if "&" in s else s.replace(" y ", " & "),
        lambda s: " ".join(ABBREVIATIONS.get(w, w) for w in s.split()),
    ]
    for noise in rng.sample(noises, rng.randint(1, 3)):
        name = noise(name)
    return name


def _ocr(text: str, rng: random.Random) -> str:
    spots = [(i, k) for k in OCR for i in range(len(text)) if text.startswith(k, i)]
    if not spots:
        return text
    i, k = rng.choice(spots)
    return text[:i] + OCR[k] + text[i + len(k) :]


def _drop_suffix(text: str) -> str:
    for suffix in sorted(SUFFIXES, key=len, reverse=True):
        if suffix and text.rstrip(" ,").endswith(suffix):
            return text.rstrip(" ,")[: -len(suffix)].rstrip(" ,")
    return text


def _typo(text: str, rng: random.Random) -> str:
    letters = [i for i, c in enumerate(text) if c.isalpha()]
    if len(letters) < 6:
        return text
    i = rng.choice(letters[1:-1])
    kind = rng.randrange(3)
    if kind == 0:
        return text[:i] + text[i + 1 :]
    if kind == 1:
        return text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    return text[:i] + rng.choice("aeiourstn") + text[i + 1 :]


def noisy_fields(fields: Mapping[str, str], rng: random.Random) -> dict[str, str]:
    """Noisy name; identifiers each missing at times, as on many real invoices."""
    noisy = dict(fields)
    if "vendor_name" in noisy:
        noisy["vendor_name"] = noisy_name(noisy["vendor_name"], rng)
    for name, missing in (("vendor_phone", 0.4), ("vendor_email", 0.4), ("vendor_tax_id", 0.5)):
        if name in noisy and rng.random() < missing:
            del noisy[name]
    for name in ("vendor_address", "service_address", "remit_to_address"):
        if name in noisy and rng.random() < 0.3:
            noisy[name] = _ocr(noisy[name].upper(), rng)
    return noisy


def generate(out: Path, *, seed: int, count: int, vendors: int = 0, ap_items: int = 0) -> None:
    command = [
        sys.executable,
        "-m",
        "samples.generate",
        "--out",
        str(out),
        "--seed",
        str(seed),
        "--count",
        str(count),
        "--renders",
        "",
    ]
    if vendors or ap_items:
        command += ["--scale-vendors", str(vendors), "--scale-ap-items", str(ap_items)]
    subprocess.run(command, check=True, cwd=ROOT, capture_output=True)


def load_index(folder: Path) -> tuple[MatchIndex, float, int]:
    """The index of a master-data folder, its build time (s) and the memory it added (bytes)."""

    def read(kind: MasterKind) -> bytes:
        return folder.joinpath(f"{kind.value}.csv").read_bytes()

    vendors = parse_master_csv(MasterKind.VENDORS, read(MasterKind.VENDORS))
    properties = parse_master_csv(MasterKind.PROPERTIES, read(MasterKind.PROPERTIES))
    accounts = parse_master_csv(MasterKind.GL_ACCOUNTS, read(MasterKind.GL_ACCOUNTS))
    items = parse_master_csv(MasterKind.AP_ITEMS, read(MasterKind.AP_ITEMS))
    orders = parse_master_csv(MasterKind.PURCHASE_ORDERS, read(MasterKind.PURCHASE_ORDERS))
    before = _rss()
    started = time.perf_counter()
    index = MatchIndex.build(vendors, properties, accounts, items, orders)
    return index, time.perf_counter() - started, _rss() - before


def _rss() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    return 0


def corpus(folder: Path, seed: int) -> list[dict[str, Any]]:
    """Ground truth with noisy fields; a document that names no service address (a
    receipt) comes from a folder named after its property, by code or by name."""
    rng = random.Random(f"noise:{seed}")
    names = {row["code"]: row["name"] for row in _rows(folder / "master-data" / "properties.csv")}
    docs = []
    for path in sorted(folder.glob("*.json")):
        truth = json.loads(path.read_text(encoding="utf-8"))
        truth["noisy"] = noisy_fields(truth["fields"], rng)
        code = truth.get("property_code")
        if code and "service_address" not in truth["fields"]:
            truth["hint"] = f"inbox/{code if rng.random() < 0.5 else names[code]}"
        docs.append(truth)
    return docs


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def evaluate(index: MatchIndex, docs: list[dict[str, Any]]) -> dict[str, float]:
    counts: dict[str, float] = dict.fromkeys(
        (
            "docs",
            "vendor_top1",
            "vendor_chosen",
            "vendor_wrong",
            "name_top1",
            "name_chosen",
            "name_wrong",
            "property_docs",
            "property_top1",
            "property_by_hint",
            "lines",
            "gl_top1",
            "gl_top3",
            "dup_true",
            "dup_flagged",
            "dup_hit",
        ),
        0,
    )
    for doc in docs:
        matches = _match(index, doc)
        counts["docs"] += 1
        vendors = matches.vendor.candidates
        counts["vendor_top1"] += bool(vendors) and vendors[0].id == doc["vendor_code"]
        chosen = matches.vendor.chosen
        counts["vendor_chosen"] += chosen is not None and chosen.id == doc["vendor_code"]
        counts["vendor_wrong"] += chosen is not None and chosen.id != doc["vendor_code"]
        by_name = match_vendor(index, {"vendor_name": doc["noisy"].get("vendor_name", "")}).ranking
        counts["name_top1"] += (
            bool(by_name.candidates) and by_name.candidates[0].id == doc["vendor_code"]
        )
        counts["name_chosen"] += (
            by_name.chosen is not None and by_name.chosen.id == doc["vendor_code"]
        )
        counts["name_wrong"] += (
            by_name.chosen is not None and by_name.chosen.id != doc["vendor_code"]
        )
        if doc.get("property_code"):
            counts["property_docs"] += 1
            counts["property_by_hint"] += "hint" in doc
            places = matches.property.candidates
            counts["property_top1"] += bool(places) and places[0].id == doc["property_code"]
        for ranking, account in zip(matches.lines, doc["gl_accounts"], strict=True):
            ids = [c.id for c in ranking.candidates]
            counts["lines"] += 1
            counts["gl_top1"] += ids[:1] == [account]
            counts["gl_top3"] += account in ids[:3]
        expected = doc.get("duplicate_of")
        wanted = (
            f"ap-item:{expected['vendor_code']}:{expected['invoice_number']}" if expected else None
        )
        flagged = matches.duplicates.chosen.id if matches.duplicates.chosen else None
        counts["dup_true"] += wanted is not None
        counts["dup_flagged"] += flagged is not None
        counts["dup_hit"] += flagged is not None and flagged == wanted
    return counts


def _match(index: MatchIndex, doc: dict[str, Any]) -> Matches:
    lines = [{k: v for k, v in item.items() if v is not None} for item in doc["line_items"]]
    return match_document(
        index, fields=doc["noisy"], line_items=lines, property_hint=doc.get("hint")
    )


def report(title: str, c: dict[str, float]) -> None:
    def share(part: str, whole: str) -> str:
        return f"{100 * c[part] / c[whole]:.1f}%" if c[whole] else "n/a"

    print(f"{title}: {int(c['docs'])} documents, {int(c['lines'])} lines")
    print(
        f"  vendor top-1 {share('vendor_top1', 'docs')}   chosen and right "
        f"{share('vendor_chosen', 'docs')}   chosen and wrong {share('vendor_wrong', 'docs')}"
    )
    print(
        f"  vendor by the noisy name alone: top-1 {share('name_top1', 'docs')}   chosen and "
        f"right {share('name_chosen', 'docs')}   chosen and wrong {share('name_wrong', 'docs')}"
    )
    print(
        f"  property top-1 {share('property_top1', 'property_docs')}"
        f" ({int(c['property_docs'])} with a property, {int(c['property_by_hint'])} of them"
        " known only by their folder)"
    )
    print(f"  GL top-1 {share('gl_top1', 'lines')}   top-3 {share('gl_top3', 'lines')}")
    print(
        f"  duplicates precision {share('dup_hit', 'dup_flagged')}   recall "
        f"{share('dup_hit', 'dup_true')}   ({int(c['dup_true'])} true, "
        f"{int(c['dup_flagged'])} flagged)"
    )


def timings(index: MatchIndex, docs: list[dict[str, Any]], count: int) -> None:
    sample = docs[:count]
    vendor_ms, all_ms = [], []
    for doc in sample:
        started = time.perf_counter()
        match_vendor(index, doc["noisy"])
        vendor_ms.append(1000 * (time.perf_counter() - started))
        started = time.perf_counter()
        _match(index, doc)
        all_ms.append(1000 * (time.perf_counter() - started))
    for name, values in (("vendor", vendor_ms), ("all matches", all_ms)):
        values.sort()
        p95 = values[int(0.95 * (len(values) - 1))]
        print(f"  {name}: median {statistics.median(values):.2f} ms, p95 {p95:.2f} ms")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=400)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--vendors", type=int, default=100_000)
    parser.add_argument("--ap-items", type=int, default=1_000_000)
    parser.add_argument("--timed", type=int, default=300)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        small, large = Path(tmp, "small"), Path(tmp, "large")
        generate(small, seed=args.seed, count=args.count)
        docs = corpus(small, args.seed)
        index, seconds, memory = load_index(small / "master-data")
        report(f"corpus master ({len(index.vendors)} vendors)", evaluate(index, docs))
        del index
        generate(
            large, seed=args.seed, count=args.count, vendors=args.vendors, ap_items=args.ap_items
        )
        index, seconds, memory = load_index(large / "master-data")
        ledger = len(index.ledger_by_amount)
        print(
            f"large master: {len(index.vendors)} vendors, ~{ledger} ledger keys; index built in "
            f"{seconds:.1f} s, {memory / 2**20:.0f} MiB"
        )
        report("  against the large master", evaluate(index, docs))
        timings(index, docs, args.timed)


if __name__ == "__main__":
    main()
