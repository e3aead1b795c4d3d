"""The generator's world: vendors and properties with seeded details (addresses, phones,
tax ids, codes), shared by the documents and the master data of one run."""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, field

from samples.catalog import load

LOGO_SHAPES = ("circle", "square", "diamond", "triangle", "bars")
EMAIL_USERS = ("billing", "ar", "accounts", "invoices", "office")
EMAIL_USERS_ES = ("facturacion", "cobranza", "contabilidad", "ventas", "administracion")


@dataclass
class Vendor:
    code: str
    name: str
    trade: str
    lang: str
    region: str
    aliases: list[str]
    address_lines: list[str]
    phone: str
    email: str
    tax_id: str
    remit_lines: list[str] | None
    number_style: str
    po_style: str
    logo: str
    default_gl: list[str]
    next_number: int
    has_documents: bool = True


@dataclass
class Property:
    code: str
    name: str
    street: str
    city: str
    state: str
    zip: str
    region: str
    company: str
    units: list[str]
    approver: str

    @property
    def city_line(self) -> str:
        return f"{self.city}, {self.state} {self.zip}"


@dataclass
class World:
    vendors: list[Vendor]
    properties: list[Property]
    companies: dict[str, dict[str, object]]
    seed: int
    vendor_by_code: dict[str, Vendor] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.vendor_by_code = {v.code: v for v in self.vendors}

    def properties_in(self, region: str) -> list[Property]:
        return [p for p in self.properties if p.region == region]


def ascii_slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", plain.lower())


def build_world(seed: int) -> World:
    """Vendors and properties of the data files, with details drawn from ``seed``."""
    rng = random.Random(f"world:{seed}")
    regions = load("regions")
    data = load("vendors")
    vendors: list[Vendor] = []
    codes: set[str] = set()
    for entry in data["vendors"]:
        vendors.append(_vendor(entry, rng, regions[entry["region"]], data, codes))
    props = load("properties")
    properties = [_property(p) for p in props["properties"]]
    return World(vendors=vendors, properties=properties, companies=props["companies"], seed=seed)


def _vendor_code(name: str, codes: set[str]) -> str:
    stem = ascii_slug(name)[:6]
    n = 1
    while f"{stem}{n:02d}" in codes:
        n += 1
    codes.add(f"{stem}{n:02d}")
    return f"{stem}{n:02d}"


def _vendor(entry: dict, rng: random.Random, region: dict, data: dict, codes: set[str]) -> Vendor:
    trades = load("trades")
    trade = entry["trade"]
    gl = trades[trade]["gl"] if trade in trades else data["extra_gl"][trade]
    shared = data["shared_addresses"].get(entry.get("shared", ""))
    address = _shared_address(shared, rng, region) if shared else street_address(rng, region)
    is_utility = trade in trades and trades[trade]["kind"] == "utility"
    remit = _remit_address(rng, region, entry) if is_utility or rng.random() < 0.35 else None
    return Vendor(
        code=_vendor_code(entry["name"], codes),
        name=entry["name"],
        trade=trade,
        lang=entry["lang"],
        region=entry["region"],
        aliases=list(entry.get("aliases", [])),
        address_lines=address,
        phone=phone_number(rng, region),
        email=_email(rng, entry),
        tax_id=_tax_id(rng, entry, region),
        remit_lines=remit,
        number_style=entry["style"],
        po_style=rng.choice(data["po_number_styles"]),
        logo=rng.choice(LOGO_SHAPES),
        default_gl=list(gl),
        next_number=rng.randint(120, 90000)
        if entry["style"] != "bill10"
        else rng.randint(10**8, 10**9),
        has_documents=not entry.get("no_documents", False),
    )


def _city_line(rng: random.Random, region: dict, city: list[str] | None = None) -> str:
    name, state, prefix = city or rng.choice(region["cities"])
    zip_code = (
        prefix
        if len(prefix) == 5
        else f"{prefix}{rng.randint(0, 10 ** (5 - len(prefix)) - 1):0{5 - len(prefix)}d}"
    )
    if region["country"] == "MX":
        return f"{name}, {state} C.P. {zip_code}"
    return f"{name}, {state} {zip_code}"


def _street(rng: random.Random, region: dict) -> str:
    number = rng.randint(100, 9899)
    street = rng.choice(region["streets"])
    return f"{street} {number}" if region.get("street_first") else f"{number} {street}"


def street_address(rng: random.Random, region: dict) -> list[str]:
    """A street address of ``region`` as printed, one string per line."""
    street = _street(rng, region)
    if rng.random() < 0.5:
        street += ", " + rng.choice(region["suites"]).format(n=rng.randint(1, 450))
    lines = [street]
    if "colonias" in region:
        lines.append(rng.choice(region["colonias"]))
    lines.append(_city_line(rng, region))
    return lines


def _shared_address(shared: dict, rng: random.Random, region: dict) -> list[str]:
    street = shared["street"]
    if rng.random() < 0.6:
        street += ", " + rng.choice(region["suites"]).format(n=rng.randint(100, 130))
    lines = [street]
    if shared.get("colonia"):
        lines.append(shared["colonia"])
    lines.append(_city_line(rng, region, shared["city"]))
    return lines


def _remit_address(rng: random.Random, region: dict, entry: dict) -> list[str]:
    box = region["po_box"].format(n=rng.randint(1000, 989999))
    lines = [box] if rng.random() < 0.6 else [f"Dept {rng.randint(100, 9999)}", box]
    lines.append(_city_line(rng, region))
    return lines


def phone_number(rng: random.Random, region: dict) -> str:
    area = rng.choice(region["area_codes"])
    a, b = rng.randint(200, 989), rng.randint(0, 9999)
    if region["phone_style"] == "mx":
        c = rng.randint(1000, 9999)
        return rng.choice([f"+52 {area} {a + 8000} {c}", f"({area}) {a + 8000}-{c}"])
    return rng.choice([f"({area}) {a}-{b:04d}", f"{area}-{a}-{b:04d}", f"{area}.{a}.{b:04d}"])


def _email(rng: random.Random, entry: dict) -> str:
    words = [w for w in re.split(r"[\s&,.-]+", entry["name"]) if w]
    stop = {
        "llc",
        "inc",
        "co",
        "sa",
        "de",
        "cv",
        "del",
        "los",
        "y",
        "the",
        "and",
        "company",
        "pllc",
    }
    kept = [ascii_slug(w) for w in words if ascii_slug(w) not in stop][:2]
    domain = "".join(kept) or "vendor"
    tld = ".com.mx" if entry["region"] == "mx" else rng.choice([".com", ".com", ".net", ".biz"])
    users = EMAIL_USERS_ES if entry["lang"] == "es" else EMAIL_USERS
    return f"{rng.choice(users)}@{domain}{tld}"


def _tax_id(rng: random.Random, entry: dict, region: dict) -> str:
    if region["tax_id_kind"] != "rfc":
        return f"{rng.randint(10, 99)}-{rng.randint(1000000, 9999999)}"
    letters = re.sub(r"[^A-Z]", "", ascii_slug(entry["name"]).upper())
    company = "S.A." in entry["name"] or "S. de R.L." in entry["name"]
    stem = letters[:3] if company else letters[:4]
    born = f"{rng.randint(80, 99)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    homoclave = "".join(rng.choice(alphabet) for _ in range(2)) + str(rng.randint(0, 9))
    return f"{stem}{born}{homoclave}"


def _units(spec: dict) -> list[str]:
    style = spec["style"]
    if style == "num":
        return [
            f"{f + 1}{n + 1:02d}" for f in range(spec["floors"]) for n in range(spec["per_floor"])
        ]
    if style == "letter":
        return [
            f"{chr(65 + b)}{n + 1}"
            for b in range(spec["buildings"])
            for n in range(spec["per_building"])
        ]
    return [
        f"{b + 1}-{n + 101}" for b in range(spec["buildings"]) for n in range(spec["per_building"])
    ]


def _property(entry: dict) -> Property:
    return Property(
        code=entry["code"],
        name=entry["name"],
        street=entry["street"],
        city=entry["city"],
        state=entry["state"],
        zip=entry["zip"],
        region=entry["region"],
        company=entry["company"],
        units=_units(entry["units"]),
        approver=entry["approver"],
    )
