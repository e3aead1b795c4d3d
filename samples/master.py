"""Master data consistent with a run's documents (vendors, properties, GL accounts, AP
and AR items, purchase orders), and a large synthetic master for matching benchmarks."""

from __future__ import annotations

import csv
import random
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from samples.catalog import load
from samples.compose import next_invoice_number, po_number
from samples.document import Document
from samples.formats import truth_amount
from samples.world import Vendor, World, ascii_slug, build_world, phone_number, street_address

HEADERS = {
    "vendors": [
        "code",
        "name",
        "aliases",
        "address",
        "phone",
        "email",
        "tax_id",
        "default_gl",
        "remit_to_address",
    ],
    "properties": ["code", "name", "address", "city", "state", "zip", "units", "approver"],
    "gl-accounts": ["account", "name", "type"],
    "ap-items": [
        "vendor_code",
        "invoice_number",
        "invoice_date",
        "amount",
        "status",
        "paid_date",
        "property",
        "gl_account",
        "description",
    ],
    "ar-items": ["customer", "invoice_number", "invoice_date", "amount", "balance", "property"],
    "purchase-orders": ["po_number", "vendor_code", "property", "amount", "status"],
}
TODAY = date(2026, 4, 1)
DUPLICATE_SHARE = 0.1


def write_csv(path: Path, name: str, rows: Iterable[list[str]]) -> None:
    with path.joinpath(f"{name}.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS[name])
        writer.writerows(rows)


def vendor_row(v: Vendor) -> list[str]:
    remit = ", ".join(v.remit_lines) if v.remit_lines else ""
    return [
        v.code,
        v.name,
        "|".join(v.aliases),
        ", ".join(v.address_lines),
        v.phone,
        v.email,
        v.tax_id,
        v.default_gl[0],
        remit,
    ]


def mark_duplicates(docs: list[Document], seed: int) -> None:
    """Flag a share of documents as already entered in AP (``duplicate_of``)."""
    rng = random.Random(f"duplicates:{seed}")
    for doc in docs:
        if rng.random() < DUPLICATE_SHARE:
            doc.duplicate_of = {
                "vendor_code": doc.vendor_code,
                "invoice_number": doc.invoice_number,
            }


def write_master(folder: Path, world: World, docs: list[Document], seed: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(f"master:{seed}")
    write_csv(folder, "vendors", (vendor_row(v) for v in world.vendors))
    write_csv(
        folder,
        "properties",
        (
            [p.code, p.name, p.street, p.city, p.state, p.zip, "|".join(p.units), p.approver]
            for p in world.properties
        ),
    )
    write_csv(folder, "gl-accounts", load("gl_accounts"))
    write_csv(folder, "ap-items", ap_items(world, docs, rng))
    write_csv(folder, "ar-items", ar_items(world, rng))
    write_csv(folder, "purchase-orders", purchase_orders(world, docs, rng))


def _description(vendor: Vendor, rng: random.Random) -> tuple[str, str]:
    """A past invoice's description and GL account: one of the vendor's usual accounts."""
    gl = vendor.default_gl[0] if rng.random() < 0.8 else rng.choice(vendor.default_gl)
    items = [
        item for item in load("trades").get(vendor.trade, {}).get("items", []) if item["gl"] == gl
    ]
    if not items:
        return (f"{vendor.trade.replace('_', ' ').title()} - monthly", gl)
    text = rng.choice(items)["en"].format(
        unit=rng.randint(101, 420), bldg=rng.randint(1, 8), n=rng.randint(1, 9)
    )
    return text, gl


def ap_items(world: World, docs: list[Document], rng: random.Random) -> list[list[str]]:
    """Each vendor's history, coded to its usual GL accounts; documents flagged as
    duplicates appear here already; some other vendor reuses a document's number."""
    taken = {(d.vendor_code, d.invoice_number) for d in docs}
    first_numbers = {v.code: v.next_number for v in build_world(world.seed).vendors}
    rows = []
    for vendor in world.vendors:
        props = world.properties_in(vendor.region)
        past = replace(vendor, next_number=first_numbers[vendor.code] - 200)
        days = sorted(
            TODAY - timedelta(days=rng.randint(20, 400)) for _ in range(rng.randint(4, 12))
        )
        for day in days:
            number = next_invoice_number(past, day)
            if (vendor.code, number) in taken:
                continue
            text, gl = _description(vendor, rng)
            amount = Decimal(rng.randint(4000, 450000)) / 100
            rows.append(
                _ap_row(vendor.code, number, day, amount, rng, rng.choice(props).code, gl, text)
            )
    for doc in docs:
        if doc.duplicate_of:
            rows.append(
                _ap_row(
                    doc.vendor_code,
                    doc.invoice_number,
                    doc.invoice_date,
                    doc.due_amount,
                    rng,
                    doc.property_code or "",
                    doc.lines[0].gl,
                    doc.lines[0].description,
                )
            )
        elif rng.random() < 0.05:
            other = rng.choice([v for v in world.vendors if v.code != doc.vendor_code])
            text, gl = _description(other, rng)
            amount = Decimal(rng.randint(4000, 90000)) / 100
            rows.append(
                _ap_row(
                    other.code,
                    doc.invoice_number,
                    doc.invoice_date - timedelta(days=rng.randint(30, 300)),
                    amount,
                    rng,
                    rng.choice(world.properties_in(other.region)).code,
                    gl,
                    text,
                )
            )
    rows.sort(key=lambda row: (row[2], row[0]))
    return rows


def _ap_row(
    vendor: str,
    number: str,
    day: date,
    amount: Decimal,
    rng: random.Random,
    prop: str,
    gl: str,
    text: str,
) -> list[str]:
    status = rng.choices(["paid", "open", "approved", "void"], weights=[70, 15, 12, 3])[0]
    paid = day + timedelta(days=rng.randint(12, 45)) if status == "paid" else None
    if paid and paid > TODAY:
        status, paid = "approved", None
    return [
        vendor,
        number,
        day.isoformat(),
        truth_amount(amount),
        status,
        paid.isoformat() if paid else "",
        prop,
        gl,
        text,
    ]


def ar_items(world: World, rng: random.Random) -> list[list[str]]:
    residents = load("properties")["residents"]
    rows = []
    for n in range(60):
        prop = rng.choice(world.properties)
        day = TODAY - timedelta(days=rng.randint(1, 150))
        amount = Decimal(rng.randint(5000, 260000)) / 100
        balance = rng.choice([amount, amount, Decimal(0), (amount / 2).quantize(Decimal("0.01"))])
        customer = rng.choice(residents) if rng.random() < 0.8 else prop.name
        rows.append(
            [
                customer,
                f"AR-{day.year}-{n + 1:05d}",
                day.isoformat(),
                truth_amount(amount),
                truth_amount(balance),
                prop.code,
            ]
        )
    return rows


def purchase_orders(world: World, docs: list[Document], rng: random.Random) -> list[list[str]]:
    rows = []
    for doc in docs:
        if doc.po_number:
            amount = (
                doc.total
                if rng.random() < 0.7
                else doc.total * Decimal(rng.choice(["1.1", "1.25", "1.5"]))
            )
            rows.append(
                [
                    doc.po_number,
                    doc.vendor_code,
                    doc.property_code or "",
                    truth_amount(amount),
                    "open",
                ]
            )
    for vendor in rng.sample(world.vendors, k=min(20, len(world.vendors))):
        prop = rng.choice(world.properties_in(vendor.region))
        number = po_number(vendor, rng, TODAY - timedelta(days=rng.randint(1, 200)))
        amount = Decimal(rng.randint(20000, 900000)) / 100
        rows.append(
            [
                number,
                vendor.code,
                prop.code,
                truth_amount(amount),
                rng.choice(["open", "closed", "closed"]),
            ]
        )
    return rows


# --- the large synthetic master --------------------------------------------------------


def write_scale_master(
    folder: Path, world: World, *, vendors: int, ap_items_count: int, seed: int
) -> None:
    """Replace vendors.csv and ap-items.csv with large synthetic ones that still hold the
    run's vendors and their history first; rows are streamed, never held in memory."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(f"scale:{seed}")
    history = folder / "ap-items.csv"
    base_ap = read_rows(history) if history.exists() else []
    accounts = {v.code: v.default_gl[0] for v in world.vendors}
    extra = max(0, vendors - len(accounts))
    write_csv(
        folder,
        "vendors",
        _chain((vendor_row(v) for v in world.vendors), _synthetic_vendors(extra, rng, accounts)),
    )
    count = max(0, ap_items_count - len(base_ap))
    write_csv(folder, "ap-items", _chain(iter(base_ap), _synthetic_ap(count, rng, accounts, world)))


def read_rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))[1:]


def _chain(*parts: Iterator[list[str]]) -> Iterator[list[str]]:
    for part in parts:
        yield from part


def _synthetic_vendors(
    count: int, rng: random.Random, accounts: dict[str, str]
) -> Iterator[list[str]]:
    """Vendors made of name parts; ``accounts`` collects each one's usual GL account."""
    parts = load("vendors")["name_parts"]
    trades = load("trades")
    regions = load("regions")
    for n in range(count):
        region = regions[rng.choice(list(regions))]
        lang = "es" if rng.random() < 0.3 else "en"
        trade = rng.choice(list(parts["trade_words"][lang]))
        word = rng.choice(parts["trade_words"][lang][trade])
        pick = parts[lang]
        middle = f" {rng.choice(pick['middle'])}" if "middle" in pick else ""
        if lang == "en":
            name = f"{rng.choice(pick['prefix'])} {word} {rng.choice(pick['suffix'])}"
        else:
            name = f"{rng.choice(pick['prefix'])} {word}{middle} {rng.choice(pick['suffix'])}"
        code = f"{ascii_slug(name)[:5]}{n:06d}"
        accounts[code] = trades[trade]["gl"][0]
        address = ", ".join(street_address(rng, region))
        email = f"billing@{ascii_slug(name)[:14]}.com"
        tax = f"{rng.randint(10, 99)}-{rng.randint(1000000, 9999999)}"
        phone = phone_number(rng, region)
        yield [code, name.strip(), "", address, phone, email, tax, accounts[code], ""]


def _synthetic_ap(
    count: int, rng: random.Random, accounts: dict[str, str], world: World
) -> Iterator[list[str]]:
    props = [p.code for p in world.properties]
    codes = list(accounts)
    start = TODAY.toordinal() - 730
    statuses = ("paid", "paid", "paid", "open", "approved")
    for n in range(count):
        code = codes[rng.randrange(len(codes))]
        day = date.fromordinal(start + rng.randrange(720))
        status = statuses[rng.randrange(5)]
        paid = date.fromordinal(day.toordinal() + 20).isoformat() if status == "paid" else ""
        cents = rng.randrange(2500, 900000)
        amount = f"{cents // 100}.{cents % 100:02d}"
        prop = props[rng.randrange(len(props))]
        yield [
            code,
            f"S{n:08d}",
            day.isoformat(),
            amount,
            status,
            paid,
            prop,
            accounts[code],
            "Services rendered",
        ]
