"""Receipts of real tills' layouts, drawn in tests/till_drawings.py and scanned at 150 dpi
three ways: cropped to the paper, laid on a grey scanner bed, and cropped but faded
to a third of its ink. Prints, per field, the
share read as printed (addresses without their stops) and every miss.

    python -m benchmarks.receipt_tills [--only NAME] [--shift N]
"""

from __future__ import annotations

import argparse
import time

from benchmarks.accuracy import normalise
from benchmarks.throughput_reading import print_field_tally
from extract import ReadLimits, extract_document, read_document
from tests.test_reading_slip import jpeg, slip_on_bed
from tests.till_drawings import MORE_TILLS, OTHER_TILLS, Row, draw_rows, paper_scan

BED_LEVEL = 200.0  # a grey bed, some 40 levels under the paper
BED_TURN = 0.7


FAINT = (0.3, 0.4)  # of the ink left: a slip faded in a wallet for months


def scans(rows: list[Row], seed: int) -> dict[str, bytes]:
    pdf = draw_rows(rows)
    bed, _ = slip_on_bed(pdf, seed, bed_level=BED_LEVEL, turn=BED_TURN)
    faint = paper_scan(pdf, seed, fade=FAINT)
    return {"paper": paper_scan(pdf, seed), "bed": jpeg(bed), "faint": faint}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="the name of one till's first line")
    parser.add_argument("--shift", type=int, default=0, help="added to every scan's seed")
    args = parser.parse_args()
    tallies: dict[str, dict[str, list[int]]] = {"paper": {}, "bed": {}, "faint": {}}
    misses: dict[str, list[str]] = {"paper": [], "bed": [], "faint": []}
    started = time.perf_counter()
    for rows, seed, wanted in OTHER_TILLS + MORE_TILLS:
        name = rows[0][1] if isinstance(rows[0], tuple) else rows[0]
        if args.only and args.only.lower() not in name.lower():
            continue
        for kind, image in scans(rows, seed + args.shift).items():
            reading = read_document(image, media_type="image/jpeg", limits=ReadLimits())
            fields = extract_document(reading.pages).fields
            for field, expected in wanted.items():
                got = fields[field].value if field in fields else None
                hit = _as_compared(field, expected) == _as_compared(field, got)
                counts = tallies[kind].setdefault(field, [0, 0])
                counts[0], counts[1] = counts[0] + hit, counts[1] + 1
                if not hit:
                    misses[kind].append(f"{name} {field}: want {expected!r}, got {got!r}")
    for kind, tally in tallies.items():
        right, asked = (sum(c[i] for c in tally.values()) for i in (0, 1))
        print(f"{kind}: fields {100 * right / max(asked, 1):.1f}% ({right}/{asked})")
        print_field_tally(tally, misses[kind])
    print(f"{time.perf_counter() - started:.0f} s")


def _as_compared(field: str, value: str | None) -> str | None:
    """An address without its stops, as the tests compare it: a speck of thermal print
    read as one ('LOT. 1234') is a reading's error, not the extraction's."""
    if field == "vendor_address" and value:
        value = value.replace(".", "")
    return normalise(field, value)


if __name__ == "__main__":
    main()
