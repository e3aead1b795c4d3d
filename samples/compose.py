"""Drawing the content of a document from the world: vendor, property, dates, numbers,
line items and a totals block whose money adds up."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal
from typing import Any

from samples.catalog import columns, load, months, payment_terms
from samples.catalog import labels as label_set
from samples.document import Document, Line, TotalRow
from samples.formats import cents, format_quantity, money_shows_currency, period_es
from samples.world import Property, Vendor, World, _city_line, ascii_slug

FIRST_DAY = date(2025, 9, 1)
LAST_DAY = date(2026, 3, 31)
ATTN = {
    "en": "Attn: Accounts Payable",
    "es": "Atención: Cuentas por pagar",
    "de": "z. Hd. Kreditorenbuchhaltung",
}


def content_language(labels: dict[str, str]) -> str:
    """The language of descriptions and unit words: a label set printed in another
    language than its vendors write (a German form filled by a US vendor) names it."""
    return labels.get("content_lang", labels["lang"])


def choose_vendor(world: World, layout: dict[str, Any], rng: random.Random) -> Vendor:
    lang = content_language(label_set(layout["labels"], "tx"))
    regions = layout.get("regions")
    found = [
        v
        for v in world.vendors
        if v.has_documents
        and v.trade in layout["trades"]
        and v.lang == lang
        and (regions is None or v.region in regions)
    ]
    if layout.get("remit_vendors"):  # a layout printing a remittance address of its own
        found = [v for v in found if v.remit_lines] or found
    if not found:
        raise ValueError(f"layout {layout['id']} has no vendor")
    return rng.choice(found)


def compose(world: World, layout: dict[str, Any], rng: random.Random, doc_id: str) -> Document:
    """A document of ``layout``: every field it prints and the money behind it."""
    vendor = choose_vendor(world, layout, rng)
    prop = rng.choice(world.properties_in(vendor.region))
    labels = label_set(layout["labels"], vendor.region)
    lang = labels["lang"]
    optional = layout.get("optional", {})

    def shows(name: str) -> bool:
        return rng.random() < optional.get(name, 0)

    inv_date = FIRST_DAY + timedelta(days=rng.randint(0, (LAST_DAY - FIRST_DAY).days))
    region = load("regions")[vendor.region]
    doc = Document(
        id=doc_id,
        layout=layout,
        labels=labels,
        language=lang,
        kind=layout["kind"],
        currency=region["currency"],
        vendor_code=vendor.code,
        vendor_name=printed_name(vendor, rng, layout),
        vendor_lines=list(vendor.address_lines),
        vendor_phone=vendor.phone,
        vendor_email=vendor.email if shows("email") else None,
        vendor_tax_id=vendor.tax_id if shows("tax_id") else None,
        logo=vendor.logo,
        invoice_number=next_invoice_number(vendor, inv_date),
        invoice_date=inv_date,
        lines=[],
        property_code=prop.code,
    )
    doc.show_currency = money_shows_currency(layout.get("money", "")) or shows("currency_note")
    if doc.kind == "receipt" and layout.get("receipt") == "payment":
        _payment_receipt(doc, vendor, prop, random.Random(f"recibo:{doc_id}"))
        return doc
    if doc.kind == "receipt" and layout.get("receipt") == "door":
        _door_receipt(doc, vendor, prop, random.Random(f"door:{doc_id}"))
        return doc
    if doc.kind == "receipt" and layout.get("receipt") == "voucher":
        _voucher_receipt(doc, vendor, prop, random.Random(f"voucher:{doc_id}"))
        return doc
    if doc.kind == "receipt" and layout.get("receipt") == "dept":
        _dept_receipt(doc, vendor, prop, random.Random(f"dept:{doc_id}"))
        return doc
    if doc.kind == "receipt" and layout.get("receipt") == "iva_ticket":
        _iva_ticket(doc, vendor, prop, random.Random(f"iva:{doc_id}"))
        return doc
    if doc.kind == "receipt" and layout.get("receipt") in OFFICE_RECEIPTS:  # H101-H105
        OFFICE_RECEIPTS[layout["receipt"]](doc, vendor, prop, random.Random(f"office:{doc_id}"))
        return doc
    if doc.kind == "receipt" and layout.get("receipt") in DESK_RECEIPTS:  # H106-H110
        DESK_RECEIPTS[layout["receipt"]](doc, vendor, prop, random.Random(f"desk:{doc_id}"))
        return doc
    if doc.kind == "receipt" and layout.get("receipt") in TALLY_RECEIPTS:  # H116-H120
        TALLY_RECEIPTS[layout["receipt"]](doc, vendor, prop, random.Random(f"tally:{doc_id}"))
        return doc
    if doc.kind == "receipt" and layout.get("receipt") in UPKEEP_RECEIPTS:  # H121-H125
        UPKEEP_RECEIPTS[layout["receipt"]](doc, vendor, prop, random.Random(f"upkeep:{doc_id}"))
        return doc
    if doc.kind == "receipt" and layout.get("receipt") in PREMISES_RECEIPTS:  # H126-H130
        PREMISES_RECEIPTS[layout["receipt"]](doc, vendor, prop, random.Random(f"prem:{doc_id}"))
        return doc
    if doc.kind == "receipt" and layout.get("receipt") in HELD131_RECEIPTS:  # H131-H135
        HELD131_RECEIPTS[layout["receipt"]](doc, vendor, prop, random.Random(f"h131:{doc_id}"))
        return doc
    if doc.kind == "receipt" and layout.get("receipt") in BLIND6_RECEIPTS:  # H136-H140
        BLIND6_RECEIPTS[layout["receipt"]](doc, vendor, prop, random.Random(f"h136:{doc_id}"))
        return doc
    if doc.kind == "receipt" and layout.get("receipt") in BLIND7_RECEIPTS:  # H141-H145
        BLIND7_RECEIPTS[layout["receipt"]](doc, vendor, prop, random.Random(f"h141:{doc_id}"))
        return doc
    if doc.kind == "receipt" and layout.get("receipt") in BLIND8_RECEIPTS:  # H146-H150
        BLIND8_RECEIPTS[layout["receipt"]](doc, vendor, prop, random.Random(f"h146:{doc_id}"))
        return doc
    if doc.kind == "receipt" and layout.get("receipt") in BLIND9_RECEIPTS:  # H151-H155
        BLIND9_RECEIPTS[layout["receipt"]](doc, vendor, prop, random.Random(f"h151:{doc_id}"))
        return doc
    if doc.kind == "receipt" and layout.get("receipt") in BLIND10_RECEIPTS:  # H156-H160
        BLIND10_RECEIPTS[layout["receipt"]](doc, vendor, prop, random.Random(f"h156:{doc_id}"))
        return doc
    if doc.kind == "receipt" and layout.get("receipt") in BLIND12_RECEIPTS:  # H166-H170
        BLIND12_RECEIPTS[layout["receipt"]](doc, vendor, prop, random.Random(f"h166:{doc_id}"))
        return doc
    if doc.kind == "receipt" and layout.get("receipt") in BLIND16_RECEIPTS:  # H186-H190
        BLIND16_RECEIPTS[layout["receipt"]](doc, vendor, prop, random.Random(f"h186:{doc_id}"))
        return doc
    if doc.kind == "receipt":
        _receipt(doc, vendor, prop, rng, shows("job"))
        _line_notes(doc, rng)
        return doc
    _parties(doc, vendor, prop, rng, shows)
    if layout.get("parties") == "account_head" or layout.get("customer_number"):
        doc.account_number = customer_number(vendor, prop, world.seed)
    _dates(doc, rng, shows)
    if shows("po_number"):
        doc.po_number = po_number(vendor, rng, inv_date)
    if doc.kind == "utility":
        _utility(doc, vendor, prop, rng, world.seed)
    elif layout.get("form") not in (
        *SITE_LINES,
        *DESK_OWN_LINES,
        *TALLY_LINES,
        *UPKEEP_OWN_LINES,
        *PREMISES_OWN_LINES,
        *HELD131_OWN_LINES,
        *BLIND6_OWN_LINES,
        *BLIND7_OWN_LINES,
        *BLIND8_OWN_LINES,
        *BLIND9_OWN_LINES,
        *BLIND10_OWN_LINES,
        *BLIND11_OWN_LINES,
        *BLIND12_OWN_LINES,
        *BLIND13_OWN_LINES,
        *BLIND14_OWN_LINES,
        *BLIND15_OWN_LINES,
        *BLIND16_OWN_LINES,
    ):
        _invoice_lines(doc, vendor, prop, rng)
    if layout.get("shifts"):  # a guard service billed shift by shift: its own lines
        _shift_lines(doc, random.Random(f"shifts:{doc_id}"))
    if layout.get("rooftops"):  # rooftop units' planned maintenance: its own lines
        _rooftop_lines(doc, prop, random.Random(f"rooftops:{doc_id}"))
    if layout.get("form") == "cuenta":  # the month's service first, then the extras
        _month_first(doc, random.Random(f"cuenta:{doc_id}"))
    if layout.get("form") in TRADE_LINES:  # the layouts added with H91-H95: their own lines
        TRADE_LINES[layout["form"]](doc, vendor, prop, random.Random(f"trade:{doc_id}"))
    if layout.get("form") in SITE_LINES:  # the layouts added with H96-H100: their own lines
        SITE_LINES[layout["form"]](doc, vendor, prop, random.Random(f"site:{doc_id}"))
    if layout.get("form") in OFFICE_LINES:  # the layouts added with H101-H105: their own lines
        OFFICE_LINES[layout["form"]](doc, vendor, prop, random.Random(f"office:{doc_id}"))
    if layout.get("form") in DESK_LINES:  # the layouts added with H106-H110: their own lines
        DESK_LINES[layout["form"]](doc, vendor, prop, random.Random(f"desk:{doc_id}"))
    if layout.get("form") in TALLY_LINES:  # the layouts added with H116-H120: their own lines
        TALLY_LINES[layout["form"]](doc, vendor, prop, random.Random(f"tally:{doc_id}"))
    if layout.get("form") in UPKEEP_LINES:  # the layouts added with H121-H125: their own lines
        UPKEEP_LINES[layout["form"]](doc, vendor, prop, random.Random(f"upkeep:{doc_id}"))
    if layout.get("form") in PREMISES_LINES:  # the layouts added with H126-H130: their own lines
        PREMISES_LINES[layout["form"]](doc, vendor, prop, random.Random(f"prem:{doc_id}"))
    if layout.get("form") in HELD131_LINES:  # the layouts added with H131-H135: their own lines
        HELD131_LINES[layout["form"]](doc, vendor, prop, random.Random(f"h131:{doc_id}"))
    if layout.get("form") in BLIND6_LINES:  # the layouts added with H136-H140: their own lines
        BLIND6_LINES[layout["form"]](doc, vendor, prop, random.Random(f"h136:{doc_id}"))
    if layout.get("form") in BLIND7_LINES:  # the layouts added with H141-H145: their own lines
        BLIND7_LINES[layout["form"]](doc, vendor, prop, random.Random(f"h141:{doc_id}"))
    if layout.get("form") in BLIND8_LINES:  # the layouts added with H146-H150: their own lines
        BLIND8_LINES[layout["form"]](doc, vendor, prop, random.Random(f"h146:{doc_id}"))
    if layout.get("form") in BLIND9_LINES:  # the layouts added with H151-H155: their own lines
        BLIND9_LINES[layout["form"]](doc, vendor, prop, random.Random(f"h151:{doc_id}"))
    if layout.get("form") in BLIND10_LINES:  # the layouts added with H156-H160: their own lines
        BLIND10_LINES[layout["form"]](doc, vendor, prop, random.Random(f"h156:{doc_id}"))
    if layout.get("form") in BLIND11_LINES:  # the layouts added with H161-H165: their own lines
        BLIND11_LINES[layout["form"]](doc, vendor, prop, random.Random(f"h161:{doc_id}"))
    if layout.get("form") in BLIND12_LINES:  # the layouts added with H166-H170: their own lines
        BLIND12_LINES[layout["form"]](doc, vendor, prop, random.Random(f"h166:{doc_id}"))
    if layout.get("form") in BLIND13_LINES:  # the layouts added with H171-H175: their own lines
        BLIND13_LINES[layout["form"]](doc, vendor, prop, random.Random(f"h171:{doc_id}"))
    if layout.get("form") in BLIND14_LINES:  # the layouts added with H176-H180: their own lines
        BLIND14_LINES[layout["form"]](doc, vendor, prop, random.Random(f"h176:{doc_id}"))
    if layout.get("form") in BLIND15_LINES:  # the layouts added with H181-H185: their own lines
        BLIND15_LINES[layout["form"]](doc, vendor, prop, random.Random(f"h181:{doc_id}"))
    if layout.get("form") in BLIND16_FORMS:  # the layouts added with H186-H190: their own lines
        BLIND16_FORMS[layout["form"]][0](doc, vendor, prop, random.Random(f"h186:{doc_id}"))
    rate = layout.get("tax_rate", region["tax_rate"])  # a layout's own rate (B2B services)
    tax_rate = Decimal(rate) if rng.random() < layout.get("tax", 0) else Decimal(0)
    doc.extras["tax_rate"] = tax_rate
    set_totals(doc, tax_rate, rng)
    _line_notes(doc, rng)
    _extras(doc, vendor, random.Random(f"extras:{doc_id}"))
    _more_extras(doc, prop, random.Random(f"more:{doc_id}"))
    _field_extras(doc, vendor, random.Random(f"field:{doc_id}"))
    _app_extras(doc, random.Random(f"app:{doc_id}"))
    _billing_extras(doc, random.Random(f"billing:{doc_id}"))
    _ledger_extras(doc, random.Random(f"ledger:{doc_id}"))
    _schedule_extras(doc, vendor, prop, random.Random(f"schedule:{doc_id}"))
    _counter_extras(doc, random.Random(f"h76:{doc_id}"))
    _signed_extras(doc, prop, random.Random(f"h81:{doc_id}"))
    _trade_extras(doc, vendor, random.Random(f"h91:{doc_id}"))
    _site_extras(doc, vendor, prop, random.Random(f"h96:{doc_id}"))
    _office_extras(doc, vendor, prop, random.Random(f"h101:{doc_id}"))
    _desk_extras(doc, vendor, prop, random.Random(f"h106:{doc_id}"))
    _upkeep_totals(doc)
    _premises_totals(doc)
    _held131_totals(doc)
    _blind6_totals(doc)
    _blind7_totals(doc)
    _blind8_totals(doc)
    _blind9_totals(doc)
    _blind10_totals(doc)
    _blind11_totals(doc)
    _blind12_totals(doc)
    _blind13_totals(doc)
    _blind14_totals(doc)
    _blind15_totals(doc)
    if layout.get("form") in BLIND16_FORMS:  # H186, H188-H190: their own totals
        BLIND16_FORMS[layout["form"]][1](doc)
    return doc


def _signed_extras(doc: Document, prop: Property, rng: random.Random) -> None:
    """Who signs a service order's signature lines (layouts with signatures but no service
    report): the technician always, the customer's approver when present. Drawn from their
    own generator, so no other layout changes."""
    if not doc.layout.get("signatures") or "technician" in doc.extras:
        return
    doc.extras["technician"] = rng.choice(load("labels")["line_notes"]["technicians"])
    doc.extras["signer"] = prop.approver if rng.random() < 0.6 else None


def printed_name(vendor: Vendor, rng: random.Random, layout: dict[str, Any]) -> str:
    """The vendor name as the document prints it: mostly the master name, sometimes an alias."""
    if layout["kind"] == "invoice" and vendor.aliases and rng.random() < 0.15:
        return rng.choice(vendor.aliases)
    return vendor.name


def next_invoice_number(vendor: Vendor, day: date) -> str:
    style = load("vendors")["invoice_number_styles"][vendor.number_style]
    vendor.next_number += 1 + vendor.next_number % 7
    letter = "ABCDEFGHKMNPRST"[sum(map(ord, vendor.code)) % 15]
    return style.format(n=vendor.next_number, year=day.year, letter=letter)


def po_number(vendor: Vendor, rng: random.Random, day: date) -> str:
    return vendor.po_style.format(n=rng.randint(1000, 99999), year=day.year)


def customer_number(vendor: Vendor, prop: Property, seed: int) -> str:
    """The number the vendor files the management company under: the same on all its
    documents to one company (a utility replaces it with the account of the premises)."""
    keyed = random.Random(f"{seed}:{vendor.code}:{prop.company}:customer")
    return f"{keyed.randint(100, 99999):06d}"


def unit_text(prop: Property, unit: str, lang: str, rng: random.Random) -> str:
    words = load("properties")["unit_words"][lang]
    return rng.choice(words).format(u=unit)


def _parties(doc: Document, vendor: Vendor, prop: Property, rng: random.Random, shows) -> None:
    company = load("properties")["companies"][prop.company]
    doc.customer_name = str(company["name"])
    doc.bill_to_lines = list(company["lines"])  # type: ignore[call-overload]
    if rng.random() < 0.4:
        doc.extras["attn"] = ATTN[doc.language]
    single_unit = doc.kind == "invoice" and rng.random() < 0.55
    doc.unit = rng.choice(prop.units) if single_unit else None
    if shows("service_address"):
        street = prop.street
        if doc.unit:
            street += ", " + unit_text(prop, doc.unit, content_language(doc.labels), rng)
        lines = [street, prop.city_line]
        if rng.random() < 0.7:
            lines.insert(0, prop.name)
        doc.service_lines = lines
    if shows("remit_to") or doc.layout.get("remit") in ("stub", "top_stub"):
        doc.remit_lines = list(vendor.remit_lines or vendor.address_lines)
    if doc.service_lines is None:
        doc.unit = None  # a unit counts only where the service address prints it


def _dates(doc: Document, rng: random.Random, shows) -> None:
    choices = doc.layout.get("terms_choices")  # a billing system's own terms codes
    terms = [(text, int(days)) for text, days in choices] if choices else None
    text, days = rng.choice(terms or payment_terms(doc.language))
    if doc.kind == "utility":
        text, days = "", rng.choice([14, 20, 21, 25])
    if shows("terms") and text:
        doc.terms = text
    if shows("due_date") or doc.kind == "utility":
        doc.due_date = doc.invoice_date + timedelta(days=days)
    if doc.layout.get("due_within"):  # only "due within N days" is printed, no date
        doc.extras["due_days"] = rng.choice(doc.layout["due_within"])
    period = doc.layout.get("period")
    if period in ("quarter", "quarter_ahead"):  # a service contract billed for its quarter
        # "quarter_ahead": billed in advance, for the quarter a month after the invoice
        day = doc.invoice_date + timedelta(days=30 if period == "quarter_ahead" else 0)
        first = date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
        following = date(first.year + (first.month == 10), (first.month + 2) % 12 + 1, 1)
        doc.period = (first, following - timedelta(days=1))
    elif period == "month":  # a recurring service billed for the calendar month of the invoice
        first = doc.invoice_date.replace(day=1)
        following = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
        doc.period = (first, following - timedelta(days=1))


def _price(item: dict[str, Any], rng: random.Random) -> Decimal:
    low, high = item["price"]
    if item.get("cents"):
        return Decimal(rng.randint(int(low * 100), int(high * 100))) / 100
    step = item.get("step", 1)
    return Decimal(rng.randint(int(low) // step, int(high) // step) * step)


def _quantity(item: dict[str, Any], rng: random.Random) -> Decimal:
    low, high = item["qty"]
    if item.get("hours"):
        return Decimal(rng.randint(int(low * 2), int(high * 2))) / 2
    return Decimal(rng.randint(low, high))


def _catalog_line(
    doc: Document, item: dict[str, Any], index: int, unit: str, rng: random.Random
) -> Line:
    lang = content_language(doc.labels)
    text = item[lang].format(unit=unit, bldg=rng.randint(1, 8), n=rng.randint(1, 12))
    prices = doc.extras.setdefault("prices", {})  # one price per catalogue item per document
    quantity = _quantity(item, rng)
    price = prices.setdefault(index, _price(item, rng))
    needs_day = item.get("dated") or "date" in columns(doc.layout)
    day = doc.invoice_date - timedelta(days=rng.randint(1, 28)) if needs_day else None
    unit_name = item.get(f"unit_{lang}", item.get("unit", "ea" if lang == "en" else "pza"))
    return Line(
        description=text,
        amount=cents(quantity * price),
        gl=item["gl"],
        quantity=quantity,
        unit_price=price,
        unit=unit_name,
        day=day,
        code=f"{ascii_slug(item['en'])[:3].upper()}-{1000 + index * 37:04d}",
        part=bool(item.get("part")),
        name=item.get("name"),
    )


def _invoice_lines(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    # a layout's own catalogue: a trade's vendors billing another kind of work
    items = load("trades")[doc.layout.get("catalogue", vendor.trade)]["items"]
    per_unit = [i for i, item in enumerate(items) if item.get("per_unit")]
    low, high = doc.layout.get("lines", [2, 8])
    count = rng.randint(low, high)
    long = rng.random() < doc.layout.get("long", 0) and (per_unit or len(items) >= 12)
    if long and doc.layout.get("long_lines"):  # a layout's own range of long lists
        count = rng.randint(*doc.layout["long_lines"])
    elif long:
        spread = doc.layout.get("long_range", [22, 80])  # a long list over many units
        count = rng.randint(*spread) if per_unit else rng.randint(high + 1, len(items) + 6)
        doc.unit = None
        if doc.service_lines:
            doc.service_lines = [*doc.service_lines[:-2], prop.street, prop.city_line]
    units = rng.sample(prop.units, min(len(prop.units), count))
    fresh = list(range(len(items)))
    rng.shuffle(fresh)
    for n in range(count):
        if long and per_unit and rng.random() < 0.85:
            index = rng.choice(per_unit)  # long invoices list work unit by unit
        else:
            index = fresh.pop() if fresh else rng.randrange(len(items))
        unit = doc.unit or units[n % len(units)]
        doc.lines.append(_catalog_line(doc, items[index], index, unit, rng))
    if any(line.day for line in doc.lines):
        doc.lines.sort(key=lambda line: line.day or doc.invoice_date)


def _utility(doc: Document, vendor: Vendor, prop: Property, rng: random.Random, seed: int) -> None:
    items = load("trades")[vendor.trade]["items"]
    keyed = random.Random(f"{seed}:{vendor.code}:{prop.code}")
    doc.account_number = f"{keyed.randint(100000, 999999)}-{keyed.randint(10000, 99999)}"
    end = doc.invoice_date - timedelta(days=rng.randint(2, 8))
    doc.period = (end - timedelta(days=rng.randint(28, 31)), end)
    usage = None
    for index, item in enumerate(items):
        if "usage" in item:
            if usage is None or not item.get("same_usage"):
                usage = Decimal(rng.randint(*item["usage"]) // 10 * 10)
            low, high = (int(Decimal(r) * 10000) for r in item["rate"])
            rate = Decimal(rng.randint(low, high)) / 10000
            lang = content_language(doc.labels)
            line = Line(
                item[lang],
                cents(usage * rate),
                item["gl"],
                usage,
                rate,
                item.get(f"unit_{lang}", item.get("unit")),
            )
            doc.lines.append(line)
        elif item.get("fixed") or rng.random() < 0.3:
            doc.lines.append(_catalog_line(doc, item, index, "", rng))


def _line_notes(doc: Document, rng: random.Random) -> None:
    """A layout with ``item_notes`` prints a grey sub-line under most items: the technician,
    the work order or a warranty on an invoice, the SKU on a receipt."""
    if not doc.layout.get("item_notes"):
        return
    notes = load("labels")["line_notes"]
    kind = "receipt" if doc.kind == "receipt" else "invoice"
    templates = notes[kind][content_language(doc.labels)]
    tech, work_order = rng.choice(notes["technicians"]), rng.randint(10000, 99999)
    for line in doc.lines:
        if doc.kind == "receipt" or rng.random() < 0.7:
            template = rng.choice(templates)
            line.note = template.format(tech=tech, wo=work_order, sku=rng.randint(100000, 999999))


def set_totals(doc: Document, tax_rate: Decimal, rng: random.Random) -> None:
    """The totals block of ``doc`` for its layout's totals variant; every sum is exact."""
    subtotal = sum((line.amount for line in doc.lines), Decimal(0))
    variant = doc.layout.get("totals", "simple")
    discount = Decimal(0)
    rows = [TotalRow("subtotal", subtotal)]
    if variant == "discount":
        rate = rng.choice([Decimal("0.05"), Decimal("0.10"), Decimal("0.03")])
        discount = cents(subtotal * rate)
        rows.append(TotalRow("discount", discount, rate))
    if variant == "total_only":
        tax_rate, rows = Decimal(0), []
    tax = cents((subtotal - discount) * tax_rate)
    if tax_rate:
        rows.append(TotalRow("tax", tax, tax_rate))
    total = subtotal - discount + tax
    rows.append(TotalRow("total", total))
    if variant == "deposit":
        deposit = Decimal(int(total * Decimal(rng.uniform(0.2, 0.5))) // 10 * 10)
        rows += [TotalRow("deposit", deposit), TotalRow("amount_due", total - deposit)]
    elif variant == "simple" and rng.random() < 0.35:
        rows.append(TotalRow("amount_due", total))
    elif variant == "utility":
        _utility_summary(doc, total, rng)
    elif variant == "balance":  # the account carried below the invoice's own total
        previous, paid = _carried_balance(rng)
        rows += [
            TotalRow("previous_balance", previous),
            TotalRow("payments", paid),
            TotalRow("amount_due", previous - paid + total),
        ]
    elif variant == "due_always":
        rows.append(TotalRow("amount_due", total))
    elif variant == "paid":  # an accounting package's Total, Payments/Credits, Balance Due
        paid = _paid_to_date(total, random.Random(f"paid:{doc.id}"))
        rows += [TotalRow("deposit", paid), TotalRow("amount_due", total - paid)]
    if doc.layout.get("subtotal_if_taxed") and not tax_rate:  # no subtotal equal to the total
        rows = [row for row in rows if row.key != "subtotal"]
    doc.totals = rows


def _paid_to_date(total: Decimal, rng: random.Random) -> Decimal:
    """What was paid or credited before the invoice was printed: mostly nothing, sometimes
    part, now and then all of it (the balance then reads 0.00)."""
    draw = rng.random()
    if draw < 0.55:
        return Decimal(0)
    if draw < 0.85:
        return Decimal(int(total * Decimal(rng.uniform(0.2, 0.6))) // 10 * 10)
    return total


def _carried_balance(rng: random.Random) -> tuple[Decimal, Decimal]:
    """The previous invoice's balance and what was paid on it: mostly paid in full."""
    previous = Decimal(0)
    if rng.random() < 0.8:
        previous = cents(Decimal(rng.randint(25000, 650000)) / 100)
    share = Decimal(1) if rng.random() < 0.75 else Decimal(rng.choice(["0", "0.5"]))
    return previous, cents(previous * share)


def _utility_summary(doc: Document, current: Decimal, rng: random.Random) -> None:
    previous = cents(Decimal(rng.randint(0, 480000)) / 100) if rng.random() < 0.85 else Decimal(0)
    paid = previous if rng.random() < 0.8 else cents(previous * Decimal(rng.choice(["0", "0.5"])))
    doc.summary = [
        TotalRow("previous_balance", previous),
        TotalRow("payments", paid),
        TotalRow("current_charges", current),
        TotalRow("amount_due", previous - paid + current),
    ]


def _receipt(doc: Document, vendor: Vendor, prop: Property, rng: random.Random, job: bool) -> None:
    items = load("trades")[vendor.trade]["items"]
    low, high = doc.layout.get("lines", [2, 8])
    count = (
        rng.randint(low, high) if rng.random() >= doc.layout.get("long", 0) else rng.randint(14, 24)
    )
    for index in rng.sample(range(len(items)), min(count, len(items))):
        line = _catalog_line(doc, items[index], index, "", rng)
        line.day = None
        doc.lines.append(line)
    if doc.layout.get("header") == "centered":  # receipt printers shout the store name
        doc.vendor_name = doc.vendor_name.upper()
    region = load("regions")[vendor.region]
    doc.extras["tax_rate"] = Decimal(region["tax_rate"])
    set_totals(doc, doc.extras["tax_rate"], rng)
    doc.totals = [row for row in doc.totals if row.key != "amount_due"]
    doc.extras.update(
        time=f"{rng.randint(7, 18):02d}:{rng.randint(0, 59):02d}",
        store=f"{rng.randint(100, 9999):04d}",
        register=f"{rng.randint(1, 12):02d}",
        cashier=rng.choice(["MARIA", "JOSE", "KAREN", "LUIS", "DEB", "ANA", "TOM"]),
        card_last4=f"{rng.randint(0, 9999):04d}" if rng.random() < 0.65 else None,
    )
    doc.property_code = prop.code if job else None
    if job:
        doc.extras["job"] = prop.name.upper()


SHIP_VIA = ("UPS GROUND", "FEDEX GROUND", "OUR TRUCK", "WILL CALL", "LTL FREIGHT")
CFDI_USES = ("G03 - Gastos en general", "I01 - Construcciones", "G01 - Adquisición de mercancías")
CFDI_METHODS = ("PPD - Pago en parcialidades o diferido", "PUE - Pago en una sola exhibición")
CFDI_FORMS = (
    "99 - Por definir",
    "03 - Transferencia electrónica de fondos",
    "02 - Cheque nominativo",
)
SAT_REGIMES = (
    "601 - General de Ley Personas Morales",
    "612 - Personas Físicas con Actividades Empresariales",
)
BANKS = ("BBVA", "Banorte", "Santander", "HSBC", "Banamex")


def _extras(doc: Document, vendor: Vendor, rng: random.Random) -> None:
    """Details a layout prints beside the fields that the ground truth holds: a
    distributor's order number, order date and carrier, an agreement number, a Mexican
    CFDI's fiscal data. Drawn from their own generator, so other layouts never change."""
    layout, lab = doc.layout, doc.labels
    pairs: list[tuple[str, str | date]] = []
    if layout.get("order_info"):
        ordered = doc.invoice_date - timedelta(days=rng.randint(1, 6))
        pairs += [
            (lab["order_number"], f"S{rng.randint(1000000, 9999999)}"),
            (lab["order_date"], ordered),  # a date the ground truth does not hold
            (lab["ship_via"], rng.choice(SHIP_VIA)),
        ]
    if layout.get("agreement"):
        signed = doc.invoice_date.year - rng.randint(1, 4)
        pairs.append((lab["agreement"], f"SA-{signed}-{rng.randint(100, 999)}"))
    if layout.get("cfdi"):
        uuid = "-".join(
            "".join(rng.choice("0123456789ABCDEF") for _ in range(n)) for n in (8, 4, 4, 4, 12)
        )
        zip_code = vendor.address_lines[-1].rsplit(" ", 1)[-1]
        doc.extras.update(
            time=f"{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
            uuid=uuid,
            certificate="".join(str(rng.randint(0, 9)) for _ in range(20)),
            seals=["".join(rng.choice(SEAL_ALPHABET) for _ in range(172)) for _ in range(2)],
            customer_rfc=receiver_rfc(doc.customer_name or ""),
            cfdi_use=rng.choice(CFDI_USES),
            bank=f"{rng.choice(BANKS)} - CLABE {rng.randint(10**17, 10**18 - 1)}",
        )
        doc.extras["customer_lines"] = [
            f"{lab['customer_rfc']}: {doc.extras['customer_rfc']}",
            f"{lab['cfdi_use']}: {doc.extras['cfdi_use']}",
        ]
        pairs += [
            (lab["uuid"], uuid),
            (lab["cfdi_type"], lab["cfdi_income"]),
            (lab["place"], zip_code),
            (lab["regime"], rng.choice(SAT_REGIMES)),
            (lab["method"], rng.choice(CFDI_METHODS)),
            (lab["form"], rng.choice(CFDI_FORMS)),
        ]
    if pairs:
        doc.extras["extra_pairs"] = pairs


SEAL_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def receiver_rfc(name: str) -> str:
    """The customer's own RFC as a CFDI prints it: the same on every document to it."""
    keyed = random.Random(f"rfc:{name}")
    letters = ascii_slug(name).upper()[:3] or "XAX"
    born = f"{keyed.randint(10, 21)}{keyed.randint(1, 12):02d}{keyed.randint(1, 28):02d}"
    return (
        letters
        + born
        + "".join(keyed.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(3))
    )


def _more_extras(doc: Document, prop: Property, rng: random.Random) -> None:
    """Details of the layouts added with H41-H45 that the ground truth does not hold: an
    accounting package's sales rep and project, a water meter's serial and readings, the
    date a payment was received and the amount owed after the due date. Drawn from their
    own generator, so no other layout changes."""
    layout = doc.layout
    if layout.get("rep_project"):
        letters = "ABCDEFGHJKLMNPRSTW"
        doc.extras["rep"] = rng.choice(letters) + rng.choice(letters)
        doc.extras["project"] = rng.choice(
            [
                prop.name,
                f"WO-{rng.randint(1000, 9999)}",
                f"{prop.name.split()[0]} {rng.choice(['Make-Ready', 'Maintenance', 'Repairs'])}",
            ]
        )
    if layout.get("meter"):
        usage = next(line.quantity for line in doc.lines if line.unit == "gal" and line.quantity)
        prior = Decimal(rng.randint(10_000, 900_000) * 10)
        due = doc.total_row("amount_due")
        current = doc.total_row("current_charges")
        assert usage is not None and due is not None and current is not None
        fee = max(Decimal("5.00"), cents(current.amount * Decimal(rng.choice(["0.05", "0.10"]))))
        doc.extras.update(
            meter=f"{rng.choice('ABKMW')}{rng.randint(10_000_000, 99_999_999)}",
            reads=(prior, prior + usage, usage),
            paid_on=doc.invoice_date - timedelta(days=rng.randint(12, 26)),
            late_amount=due.amount + fee,
        )


def _payment_receipt(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """A receipt from a receipt book for a service paid ("Recibo"): the customer, the amount
    and what it pays for said in one sentence; half of them also list the services paid, as
    lines. A receipt that names its concept only in the sentence has no line items."""
    lab = doc.labels
    trade = load("trades")[vendor.trade]
    items = trade["items"]
    company = load("properties")["companies"][prop.company]
    doc.customer_name = str(company["name"])
    detail = rng.random() < 0.5
    low, high = doc.layout.get("lines", [1, 4])
    count = rng.randint(low, high) if detail else 1
    unit = rng.choice(prop.units)
    for index in rng.sample(range(len(items)), min(count, len(items))):
        line = _catalog_line(doc, items[index], index, unit, rng)
        line.day = None
        doc.lines.append(line)
    place: str | None = prop.name if rng.random() < 0.6 else None
    if detail:
        concept = lab["concept_detail"].format(trade=trade["title_es"].lower())
    elif rng.random() < 0.3:  # the payment of an invoice: its number is not the receipt's
        style = load("vendors")["invoice_number_styles"][vendor.number_style]
        number = style.format(n=rng.randint(120, 9000), year=doc.invoice_date.year, letter="A")
        concept, place = lab["concept_invoice"].format(number=number), None
    else:
        text = doc.lines[0].description
        concept = text[:1].lower() + text[1:]
    if place:
        concept = lab["concept_place"].format(concept=concept, place=place)
    doc.property_code = prop.code if place else None
    doc.invoice_number = f"{rng.randint(12, 2400):04d}"  # the receipt book's own numbering
    total = sum((line.amount for line in doc.lines), Decimal(0))
    doc.totals = [TotalRow("total", total)]
    doc.extras.update(
        tax_rate=Decimal(0),
        concept=concept,
        concept_only=not detail,
        paid_with=rng.choice(["cash", "check", "transfer"]),
        check_number=f"{rng.randint(1001, 99999)}",
        received_by=rng.choice(load("labels")["line_notes"]["technicians"]),
        city=vendor.address_lines[-1].split(",")[0],
    )


MAKES = {
    "Carrier": ("24ACC6", "A003"),
    "Trane": ("4TTR5", "E1000A"),
    "Lennox": ("ML14XC1-", "-230A"),
    "Goodman": ("GSX14", "1"),
    "Rheem": ("RA14", "AJ1NA"),
    "Daikin": ("DX16SA", "1AA"),
}
CLERKS = ("RJ", "MGARZA", "TONY B", "KIM", "DWAYNE", "LUPE", "SAM W")


def _field_extras(doc: Document, vendor: Vendor, rng: random.Random) -> None:
    """Details of the layouts added with H46-H50: a field-service visit (work order,
    technician, arrival and departure, the equipment serviced; labor listed before parts),
    a bill for whole calendar months, a supply counter's clerk, register and time, and a
    contractor's own invoice numbering and bank details. Outside the ground truth except
    the period and the invoice number, which they replace. Drawn from their own generator,
    so no other layout changes."""
    layout = doc.layout
    if layout.get("visit"):
        arrive = rng.randint(7 * 60, 15 * 60 + 30)
        leave = arrive + rng.randint(7, 48) * 5
        make = rng.choice(sorted(MAKES))
        head, tail = MAKES[make]
        doc.extras.update(
            work_order=f"{rng.randint(200000, 989999)}",
            technician=rng.choice(load("labels")["line_notes"]["technicians"]),
            completed=doc.invoice_date - timedelta(days=rng.randint(0, 3)),
            visit_times=(_clock(arrive), _clock(leave)),
            equipment=(
                make,
                f"{head}{rng.choice([24, 30, 36, 42, 48, 60]):03d}{tail}",
                f"{rng.randint(10, 25)}{rng.randint(1, 52):02d}"
                f"{rng.choice('ABCEGKMX')}{rng.randint(10000, 99999)}",
            ),
        )
        doc.lines.sort(key=lambda line: line.part)  # labor first, then parts
    if layout.get("calendar_period") and doc.period:  # whole months before the bill
        end = doc.invoice_date.replace(day=1) - timedelta(days=1)
        start = end.replace(day=1)
        if rng.random() < 0.3:  # a two-month bill
            start = (start - timedelta(days=1)).replace(day=1)
        doc.period = (start, end)
    if layout.get("counter"):
        doc.extras.update(
            time=f"{rng.randint(6, 17)}:{rng.randint(0, 59):02d}",
            register=f"{rng.randint(1, 9):02d}",
            clerk=rng.choice(CLERKS),
        )
    styles = layout.get("number_format")
    if styles:  # the contractor's own series: "2026/0147" or "A-0147/26"
        style = styles[sum(map(ord, vendor.code)) % len(styles)]
        n, year = vendor.next_number % 10000, doc.invoice_date.year
        letter = "ABCEFGMR"[sum(map(ord, vendor.name)) % 8]
        doc.invoice_number = (
            f"{year}/{n:04d}" if style == "year_slash" else f"{letter}-{n:04d}/{year % 100:02d}"
        )
    if layout.get("bank_line"):
        if doc.currency == "MXN":
            bank = f"{rng.choice(BANKS)} CLABE {rng.randint(10**17, 10**18 - 1)}"
        else:
            bank = f"Banco Popular Cta. {rng.randint(10**8, 10**9 - 1)} (ruta 021502011)"
        doc.extras["bank"] = bank


def _clock(minutes: int) -> str:
    """Minutes after midnight as a field-service app prints them: "8:05 AM"."""
    hour, minute = divmod(minutes, 60)
    return f"{(hour - 1) % 12 + 1}:{minute:02d} {'AM' if hour < 12 else 'PM'}"


APPS = ("JobPad Invoicing", "SparkBooks Go", "InvoiceNow Mobile", "TradeTab")
GUARD_POSTS = ("Caseta de acceso", "Rondín perimetral", "Estacionamiento", "Recepción", "Torre B")
SHIFTS = {"day": (("07:00 a 19:00", 12), ("06:00 a 14:00", 8)), "night": (("19:00 a 07:00", 12),)}


def _shift_lines(doc: Document, rng: random.Random) -> None:
    """The layouts added with H51-H55: a guard service billed for half of the month before
    the invoice, one line per shift covered (its day, the shift and post, the hours and the
    hourly rate); the period is stated in a sentence. Its own generator: no other layout
    changes."""
    last = doc.invoice_date.replace(day=1) - timedelta(days=1)
    start, end = (last.replace(day=1), last.replace(day=15))
    if rng.random() < 0.5:
        start, end = last.replace(day=16), last
    rates = {"day": Decimal(rng.randint(48, 72))}
    rates["night"] = rates["day"] + Decimal(rng.choice([6, 8, 10, 12]))
    low, high = doc.layout.get("lines", [4, 12])
    span = (end - start).days + 1
    days = sorted(rng.sample(range(span), min(span, rng.randint(low, high))))
    lines = []
    for offset in days:
        kind = rng.choice(["day", "night"])
        times, hours = rng.choice(SHIFTS[kind])
        text = f"{doc.labels[f'shift_{kind}']} {times} - {rng.choice(GUARD_POSTS)}"
        quantity = Decimal(hours)
        lines.append(
            Line(
                description=text,
                amount=cents(quantity * rates[kind]),
                gl="6340",
                quantity=quantity,
                unit_price=rates[kind],
                unit="hr",
                day=start + timedelta(days=offset),
            )
        )
    doc.lines = lines
    doc.period = (start, end)


def _app_extras(doc: Document, rng: random.Random) -> None:
    """Details of the layouts added with H51-H55 outside the ground truth: the phone app
    an invoice was made with, the customer's own tax id in its block. Drawn from their own
    generator, so no other layout changes."""
    if doc.layout.get("form") == "mobile":
        doc.extras["app"] = rng.choice(APPS)
    if doc.layout.get("customer_tax_id"):
        rfc = receiver_rfc(doc.customer_name or "")
        doc.extras["customer_lines"] = [f"{doc.labels['customer_tax_id']}: {rfc}"]


def _door_receipt(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """The layout added with H60: a receipt for a one-off service paid by card at the
    door (a few services, subtotal, tax, total, the card approved, a signature line).
    Its own generator: no other layout changes. The property is not named."""
    _undated_lines_and_totals(doc, vendor, rng.choice(prop.units), (1, 3), rng)
    doc.invoice_number = f"{rng.randint(10, 99)}-{rng.randint(1000, 99999):05d}"
    doc.extras.update(
        time=f"{rng.randint(8, 18)}:{rng.randint(0, 59):02d} {rng.choice(['AM', 'PM'])}",
        card_last4=f"{rng.randint(0, 9999):04d}",
        tech=rng.choice(load("labels")["line_notes"]["technicians"]),
    )
    doc.property_code = None


def _billing_extras(doc: Document, rng: random.Random) -> None:
    """Details of the layouts added with H56-H60: a tax on every line (the tax row is
    their sum), a progress billing's contract status and a utility's two meters; only the
    line taxes' sum is in the ground truth. Drawn from their own generator, so no other
    layout changes."""
    layout = doc.layout
    if layout.get("line_tax"):
        rate = doc.extras["tax_rate"]
        for line in doc.lines:
            line.tax = cents(line.amount * rate)
        subtotal = sum((line.amount for line in doc.lines), Decimal(0))
        taxes = sum((line.tax or Decimal(0) for line in doc.lines), Decimal(0))
        for row in doc.totals:
            if row.key == "tax":
                row.amount = taxes
            elif row.key in ("total", "amount_due"):
                row.amount = subtotal + taxes
    if layout.get("progress"):
        this = doc.total
        share = Decimal(rng.randint(15, 45)) / 100
        contract = Decimal(int(this / share) // 100 * 100 + 100)
        changes = Decimal(rng.choice([0, 0, rng.randint(4, 40) * 50]))
        before = cents((contract + changes) * Decimal(rng.randint(0, 50)) / 100)
        doc.extras["progress"] = {
            "number": f"{doc.invoice_date.year % 100:02d}-{rng.randint(101, 989)}",
            "contract": contract,
            "change_orders": changes,
            "billed_before": before,
            "to_finish": contract + changes - before - this,
        }
    if layout.get("two_meters"):
        usage = next(line for line in doc.lines if line.unit in ("kWh", "gal") and line.quantity)
        assert usage.quantity is not None
        first = usage.quantity * Decimal(rng.randint(30, 70)) // 100 // 10 * 10
        meters = []
        for used in (first, usage.quantity - first):
            prior = Decimal(rng.randint(1_000, 90_000) * 10)
            serial = f"{rng.choice('EHKW')}{rng.randint(1_000_000, 9_999_999)}"
            meters.append((serial, (prior, prior + used, used)))
        doc.extras.update(meters=meters, meter_unit=usage.unit)


BOOKS_APPS = ("Wave Invoicing", "FreshBooks", "Zoho Invoice", "Invoice Simple", "Jobber")


def _ledger_extras(doc: Document, rng: random.Random) -> None:
    """Details of the layouts added with H61-H64: a life-safety contract's agreement
    number (its monthly lines first, then the visits), a hauler's bill for the month it
    serves (the current month, or the next one late in the month), and the bookkeeping
    app an invoice was made with. Only the period is in the ground truth. Drawn from
    their own generator, so no other layout changes."""
    layout = doc.layout
    if layout.get("meta") == "coverage":
        signed = doc.invoice_date.year - rng.randint(1, 5)
        doc.extras["contract"] = f"FLS-{signed}-{rng.randint(1000, 9999)}"
        doc.lines.sort(key=lambda line: (line.unit != "mo", line.day or doc.invoice_date))
    if layout.get("period") == "month_ahead" and doc.period:
        start = doc.invoice_date.replace(day=1)
        if doc.invoice_date.day >= 15:
            start = (start + timedelta(days=32)).replace(day=1)
        following = (start + timedelta(days=32)).replace(day=1)
        doc.period = (start, following - timedelta(days=1))
    if layout.get("app_footer"):
        doc.extras["app"] = rng.choice(BOOKS_APPS)


def _voucher_receipt(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """The layout added with H65: a supply store's cash receipt ("Recibo de caja") on a
    wide slip: the customer named on most, the job site on some, the items with their
    codes, subtotal, tax and total, the total in words and how it was paid. Its own
    generator: no other layout changes."""
    _undated_lines_and_totals(doc, vendor, "", (2, 9), rng)
    if rng.random() < 0.7:
        doc.customer_name = str(load("properties")["companies"][prop.company]["name"])
    job = rng.random() < 0.4
    doc.property_code = prop.code if job else None
    card = rng.random() < 0.55
    doc.extras.update(
        time=f"{rng.randint(7, 19):02d}:{rng.randint(0, 59):02d}",
        register=f"{rng.randint(1, 6)}",
        cashier=rng.choice(["MARTHA G.", "JUAN P.", "LETY", "ROBERTO", "ANA L.", "CHUY"]),
        job=prop.name.upper() if job else None,
        card_last4=f"{rng.randint(0, 9999):04d}" if card else None,
    )


def _undated_lines_and_totals(
    doc: Document, vendor: Vendor, unit: str, lines: tuple[int, int], rng: random.Random
) -> None:
    """Catalogue lines without dates, their tax and totals, no amount-due row."""
    items = load("trades")[vendor.trade]["items"]
    low, high = doc.layout.get("lines", list(lines))
    for index in rng.sample(range(len(items)), min(rng.randint(low, high), len(items))):
        line = _catalog_line(doc, items[index], index, unit, rng)
        line.day = None
        doc.lines.append(line)
    tax_rate = Decimal(load("regions")[vendor.region]["tax_rate"])
    doc.extras["tax_rate"] = tax_rate
    set_totals(doc, tax_rate, rng)
    doc.totals = [row for row in doc.totals if row.key != "amount_due"]


RTU_MAKES = (
    ("Carrier", "48FC"),
    ("Trane", "YSC"),
    ("Lennox", "LGH"),
    ("York", "ZF"),
    ("Daikin", "DPS"),
)
RTU_TONS = ("3", "5", "7.5", "10", "12.5")
RTU_ROOFS = ("Roof - Bldg {n}", "Leasing office roof", "Clubhouse roof", "Fitness center roof")


def _rooftop_lines(doc: Document, prop: Property, rng: random.Random) -> None:
    """The layout added with H66: planned maintenance of a property's packaged rooftop
    units, each unit's tasks listed under a heading with its tag, make, size, roof and
    serial (not in the ground truth), the trip charge under a heading of its own. Its own
    generator: no other layout changes."""
    items = load("trades")[doc.layout["catalogue"]]["items"]
    first, lines = rng.choice([1, 1, 1, 2, 4]), []
    for k in range(rng.randint(*doc.layout["rooftops"])):
        make, series = rng.choice(RTU_MAKES)
        roof = rng.choice(RTU_ROOFS).format(n=rng.randint(1, 8))
        serial = f"{rng.randint(10, 25)}{rng.randint(1, 52):02d}{rng.choice('CEGKMX')}"
        group = f"RTU-{first + k} · {make} {series} {rng.choice(RTU_TONS)} ton · {roof}"
        group += f" · S/N {serial}{rng.randint(10000, 99999)}"
        for index, item in enumerate(items):
            if item.get("every") or rng.random() < item.get("share", 0):
                lines.append(replace(_catalog_line(doc, item, index, "", rng), group=group))
    if rng.random() < 0.6:  # the trip to the roof, billed once for the site
        for index, item in enumerate(items):
            if item.get("site"):
                line = _catalog_line(doc, item, index, "", rng)
                lines.append(replace(line, group=doc.labels["site_group"]))
    doc.lines = lines
    if doc.unit and doc.service_lines:  # the building's roof, not an apartment
        doc.service_lines = [*doc.service_lines[:-2], prop.street, prop.city_line]
    doc.unit = None


def _month_first(doc: Document, rng: random.Random) -> None:
    """The layout added with H70: a cuenta de cobro bills the month's service first, then
    what was done besides it. Its own generator: no other layout changes."""
    items = load("trades")[doc.layout["catalogue"]]["items"]
    index = next(k for k, item in enumerate(items) if item.get("monthly"))
    month = _catalog_line(doc, items[index], index, "", rng)
    doc.lines = [month, *(line for line in doc.lines if line.description != month.description)]


PEST_PRODUCTS = (
    ("Bifenthrin 7.9% concentrate", "fl oz", "Perimeter spray", "Ants"),
    ("Indoxacarb 0.6% gel bait", "g", "Crack & crevice", "German cockroaches"),
    ("Fipronil 9.1% SC", "fl oz", "Perimeter spray", "Ants"),
    ("Bromadiolone 0.005% bait block", "blocks", "Bait stations", "Rodents"),
    ("Hydroprene IGR concentrate", "fl oz", "Crack & crevice", "German cockroaches"),
    ("Indoxacarb 0.045% granular bait", "lb", "Broadcast", "Fire ants"),
    ("Boric acid 99% dust", "g", "Void treatment", "Silverfish"),
    ("Lambda-cyhalothrin 9.7% WP", "g", "Residual spray", "Spiders"),
)
PEST_AREAS = (
    "Exterior perimeter",
    "Trash enclosures",
    "Leasing office",
    "Laundry room",
    "Clubhouse",
    "Pool equipment room",
    "Mail kiosk",
    "Breezeways",
)
FIELD_APPS = ("PestPac", "FieldRoutes", "GorillaDesk", "ServSuite", "Briostack")
PAY_WAYS = ("pay_transfer", "pay_transfer", "pay_direct", "pay_check")


def _schedule_extras(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """Details of the layouts added with H66-H70: the maintenance visit and agreement over
    a rooftop units' table, how a Spanish-style invoice's single due date is collected, a
    gas bill's meter reads and the dates of its account activity, a pest-control ticket's
    visit, materials applied and signer, and a cuenta de cobro's month served, city and
    customer tax id. Only the cuenta's period is in the ground truth. Drawn from their own
    generator, so no other layout changes."""
    layout = doc.layout
    if layout.get("summary") == "work_note":
        done = doc.invoice_date - timedelta(days=rng.randint(1, 9))
        doc.extras.update(
            performed=done,
            visit=f"Q{(done.month - 1) // 3 + 1}",
            agreement=f"PMA-{done.year - rng.randint(0, 3)}-{rng.randint(100, 999)}",
        )
    if layout.get("due_schedule"):
        doc.extras["pay_way"] = rng.choice(PAY_WAYS)
    if layout.get("summary") == "activity":
        usage = next(line.quantity for line in doc.lines if line.unit == "CCF" and line.quantity)
        prior = Decimal(rng.randint(1_000, 89_000))
        last_bill = doc.invoice_date - timedelta(days=rng.randint(29, 32))
        doc.extras.update(
            meter=f"{rng.randint(10**7, 10**8 - 1)}",
            estimated=rng.random() < 0.12,
            reads=(prior, prior + usage),
            factor=Decimal(rng.randint(10180, 10620)) / 10000,
            last_bill=last_bill,
            paid_on=last_bill + timedelta(days=rng.randint(9, 24)),
        )
    if layout.get("summary") == "report":
        arrive = rng.randint(7 * 60, 16 * 60)
        products = []
        for name, unit, method, target in rng.sample(PEST_PRODUCTS, rng.randint(1, 4)):
            keyed = random.Random(f"epa:{name}")  # a product's registration never changes
            epa = f"{keyed.randint(100, 89999)}-{keyed.randint(10, 1999)}"
            tenths = rng.randint(2, 40) * 10 if unit == "blocks" else rng.randint(5, 160)
            amount = Decimal(tenths) / 10
            products.append((name, epa, f"{format_quantity(amount, 'us')} {unit}", target, method))
        seen = [product[3] for product in products]
        pests = list(dict.fromkeys(seen + rng.sample(["Spiders", "Crickets", "Wasps"], 1)))
        doc.extras.update(
            service_day=doc.invoice_date - timedelta(days=rng.randint(0, 3)),
            visit_times=(_clock(arrive), _clock(arrive + rng.randint(4, 30) * 5)),
            technician=rng.choice(load("labels")["line_notes"]["technicians"]),
            license=f"{rng.choice(['TPCL', 'JE', 'CPA'])} {rng.randint(10000, 99999)}",
            pests=pests,
            areas=rng.sample(PEST_AREAS, rng.randint(2, 4)),
            products=products,
            signer=prop.approver if rng.random() < 0.5 else None,
            app=rng.choice(FIELD_APPS),  # the field-service app, not a bookkeeping one
        )
    if layout.get("form") == "cuenta":
        end = doc.invoice_date.replace(day=1) - timedelta(days=1)
        doc.period = (end.replace(day=1), end)  # the month before, said in the concept
        doc.extras["city"] = vendor.address_lines[-1].split(",")[0]
        if "customer_tax_id" in doc.labels:
            rfc = receiver_rfc(doc.customer_name or "")
            doc.extras["customer_lines"] = [f"{doc.labels['customer_tax_id']}: {rfc}"]


SUPPLY_ROUTES = ("BRANCH TRUCK", "UPS GND", "CUST PICKUP", "COMMON CARRIER", "NEXT DAY AIR")


def _counter_extras(doc: Document, rng: random.Random) -> None:
    """Details of the layouts added with H76-H80 outside the ground truth: a water bill's
    meter serial and reads and the scan line of its coupon, a supply house's order number,
    order date and routing, and a Mexican utility's meter reads and bank reference. Drawn
    from their own generator, so no other layout changes."""
    form = doc.layout.get("form")
    if form in ("coupon_bill", "aviso"):
        usage = next((line for line in doc.lines if line.quantity and line.quantity >= 10), None)
        used = usage.quantity if usage and usage.quantity is not None else Decimal(0)
        prior = Decimal(rng.randint(1_000, 900_000))
        doc.extras.update(
            meter=f"{rng.choice('WMKP')}{rng.randint(10**6, 10**7 - 1)}",
            reads=(prior, prior + used, used, usage.unit if usage else ""),
            reference="".join(str(rng.randint(0, 9)) for _ in range(20)),
        )
    if form == "supply":
        doc.extras.update(
            order_number=f"{rng.randint(100, 999)}-{rng.randint(100000, 999999)}",
            order_date=doc.invoice_date - timedelta(days=rng.randint(0, 5)),
            ship_via=rng.choice(SUPPLY_ROUTES),
            branch=f"{rng.randint(1, 48):03d}",
        )


# --- the layouts added with H91-H95 ------------------------------------------------------

RECEIPT_DEPARTMENTS = ("JANITORIAL", "PAPER", "PLUMBING", "ELECTRICAL", "PAINT", "HARDWARE")
CARD_BRANDS = ("VISA", "MASTERCARD", "DISCOVER", "AMEX")
TILL_ASSOCIATES = ("BRENDA", "CARLOS", "T.J.", "MARISOL", "DEWAYNE", "KELLY", "OMAR")
HVAC_USES = ("G03 - Gastos en general", "I01 - Construcciones")
OBSERVATIONS = {
    "pest_control": (
        "Se observó actividad de roedores junto al cuarto de basura; se añadieron estaciones.",
        "Residente reporta cucarachas en la cocina; se recomienda seguimiento en 15 días.",
        "Se selló grieta en la base del muro del área de lavandería.",
        "Panal removido del alero del pasillo del edificio B.",
        "La basura acumulada junto al contenedor favorece la plaga; favor de coordinar recogido.",
    ),
    "pool": (
        "Cloro libre bajo a la llegada (0.5 ppm); se ajustó a 3 ppm.",
        "Se recomienda cambiar el sello de la bomba en la próxima visita.",
        "Piscina cerrada por lluvia; se aplicó tratamiento de choque.",
        "Canasta del desnatador llena; presión del filtro alta, se retrolavó.",
        "pH 7.8 a la llegada; se aplicó ácido muriático.",
    ),
    "landscaping": (
        "Grama alta junto a la piscina por las lluvias; se hizo corte adicional.",
        "Tubería rota en la zona 3 del riego; se cotizará la reparación.",
        "Se retiraron cocos y pencas secas de las palmas frente al edificio A.",
        "Se recomienda abonar la grama en la próxima visita.",
        "Se recogieron ramas caídas en el estacionamiento de visitantes.",
    ),
}


def _job_lines(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H91: a roofing and gutter contractor's job, one of a leak repair, new gutters, or
    the gutters of every building cleaned (a list over one or two pages); labor first,
    then materials. Roof work is billed to a building, never to an apartment. Its own
    generator: no other layout changes."""
    items = load("trades")[doc.layout["catalogue"]]["items"]
    doc.extras["prices"] = {}
    job = "clean" if rng.random() < doc.layout["clean_share"] else rng.choice(["leak", "gutter"])
    building = rng.randint(1, 8)
    lines: list[Line] = []
    if job == "clean":
        index = next(k for k, item in enumerate(items) if item.get("per_bldg"))
        for number in range(1, rng.randint(*doc.layout["buildings"]) + 1):
            line = _catalog_line(doc, items[index], index, "", rng)
            text = items[index]["en"].format(bldg=number, unit="", n=number)
            lines.append(replace(line, description=text))  # one building each, qty 1
    kinds = (job, "any") if job != "clean" else ("clean",)
    pool = [
        k for k, item in enumerate(items) if item.get("job") in kinds and not item.get("per_bldg")
    ]
    labor = [k for k in pool if not items[k].get("part")]
    parts = [k for k in pool if items[k].get("part")]
    chosen = rng.sample(labor, rng.randint(0 if job == "clean" else 1, min(3, len(labor))))
    chosen += rng.sample(parts, rng.randint(1, min(5, len(parts))))
    for index in chosen:
        line = _catalog_line(doc, items[index], index, "", rng)
        text = items[index]["en"].format(bldg=building, unit="", n=building)
        lines.append(replace(line, description=text))
    doc.lines = sorted(lines, key=lambda line: line.part)  # labor first, then materials
    doc.extras["job"] = job
    if doc.unit and doc.service_lines:  # the building's roof, not an apartment
        doc.service_lines = [*doc.service_lines[:-2], prop.street, prop.city_line]
    doc.unit = None


def _poliza_lines(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H92: a maintenance contract's month ("póliza"): the contract's monthly fee first,
    then what was done or replaced besides it, from the catalogue of the vendor's trade
    (air conditioning or elevators). Its own generator: no other layout changes."""
    items = load("trades")[doc.layout["catalogues"][vendor.trade]]["items"]
    doc.extras["prices"] = {}
    monthly = next(
        k for k, item in enumerate(items) if item.get("monthly") or item.get("unit") == "mo"
    )
    others = [k for k in range(len(items)) if k != monthly]
    chosen = [monthly, *rng.sample(others, rng.randint(0, min(4, len(others))))]
    doc.lines = [
        _catalog_line(doc, items[k], k, doc.unit or rng.choice(prop.units), rng) for k in chosen
    ]


def _visit_lines(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H95: a route service billed for the month before the invoice: each visit of the
    month on its day (weekly, every other week or once), then what was added on a visit.
    The period is the month served. Its own generator: no other layout changes."""
    items = load("trades")[doc.layout["catalogues"][vendor.trade]]["items"]
    doc.extras["prices"] = {}
    end = doc.invoice_date.replace(day=1) - timedelta(days=1)
    start = end.replace(day=1)
    doc.period = (start, end)
    visit = next(k for k, item in enumerate(items) if item.get("visit"))
    weekday = rng.randint(0, 5)
    month = [start + timedelta(days=d) for d in range((end - start).days + 1)]
    days = [day for day in month if day.weekday() == weekday]
    if items[visit]["visit"] == "biweekly":
        days = days[rng.randint(0, 1) :: 2]
    elif items[visit]["visit"] == "monthly":
        days = [rng.choice(days)]
    unit = doc.unit or rng.choice(prop.units)
    lines = [replace(_catalog_line(doc, items[visit], visit, unit, rng), day=day) for day in days]
    others = [k for k in range(len(items)) if k != visit]
    for k in rng.sample(others, rng.randint(1, min(3, len(others)))):
        day = rng.choice(days) if rng.random() < 0.7 else rng.choice(month)
        line = _catalog_line(doc, items[k], k, doc.unit or rng.choice(prop.units), rng)
        lines.append(replace(line, day=day))
    doc.lines = sorted(lines, key=lambda line: line.day or start)


TRADE_LINES = {"job_invoice": _job_lines, "poliza": _poliza_lines, "visits": _visit_lines}


def _dept_receipt(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H94: a supply store's till ticket with its items under their departments
    (janitorial, paper, plumbing...), subtotal, tax and total, the tender and the job
    name on some. Its own generator: no other layout changes."""
    items = load("trades")[doc.layout["catalogue"]]["items"]
    low, high = doc.layout["lines"]
    for index in rng.sample(range(len(items)), rng.randint(low, min(high, len(items)))):
        line = _catalog_line(doc, items[index], index, "", rng)
        doc.lines.append(replace(line, day=None, group=items[index]["dept"]))
    doc.lines.sort(key=lambda line: RECEIPT_DEPARTMENTS.index(line.group or "HARDWARE"))
    doc.extras["tax_rate"] = Decimal(load("regions")[vendor.region]["tax_rate"])
    set_totals(doc, doc.extras["tax_rate"], rng)
    doc.totals = [row for row in doc.totals if row.key != "amount_due"]
    job = rng.random() < doc.layout["optional"].get("job", 0)
    doc.property_code = prop.code if job else None
    card = rng.random() < 0.6
    doc.extras.update(
        time=f"{rng.randint(6, 19):02d}:{rng.randint(0, 59):02d}",
        store=f"{rng.randint(100, 2999):04d}",
        register=f"{rng.randint(1, 24):02d}",
        cashier=rng.choice(TILL_ASSOCIATES),
        card_last4=f"{rng.randint(0, 9999):04d}" if card else None,
        card_brand=rng.choice(CARD_BRANDS),
        auth=f"{rng.randint(0, 999999):06d}",
        job=prop.name.upper() if job else None,
    )


def ascii_words(name: str) -> list[str]:
    """The words of a business name without accents, as a payment app's handle takes
    them: "Piscinas Caribe Corp." -> ["piscinas", "caribe", "corp"]."""
    return [ascii_slug(word) for word in name.split() if ascii_slug(word)]


def _trade_extras(doc: Document, vendor: Vendor, rng: random.Random) -> None:
    """Details of the layouts added with H91-H95 outside the ground truth: a roofing
    job's number, completion day and foreman; a maintenance contract's number, the
    equipment it covers and a CFDI's fiscal data; a utility's meter and reads; a route
    service's technician, notes between the visits and how to pay. Drawn from their own
    generator, so no other layout changes."""
    form = doc.layout.get("form")
    technicians = load("labels")["line_notes"]["technicians"]
    if form == "job_invoice":
        doc.extras.update(
            job_number=f"{doc.invoice_date.year % 100:02d}-{rng.randint(1040, 4890)}",
            completed=doc.invoice_date - timedelta(days=rng.randint(1, 9)),
            foreman=rng.choice(technicians),
            trade=vendor.trade,
        )
    if form == "poliza":
        first = doc.lines[0]
        elevators = vendor.trade == "electrical"
        count = int(first.quantity or 1) if elevators else rng.randint(6, 28)
        uuid = "-".join(
            "".join(rng.choice("0123456789ABCDEF") for _ in range(n)) for n in (8, 4, 4, 4, 12)
        )
        doc.extras.update(
            contract=f"PM-{doc.invoice_date.year - rng.randint(0, 3)}-{rng.randint(10, 480):03d}",
            equipment=(count, "elevator" if elevators else "hvac"),
            uuid=uuid,
            certificate="".join(str(rng.randint(0, 9)) for _ in range(20)),
            stamped=f"{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
            regime=rng.choice(SAT_REGIMES),
            method=rng.choice(CFDI_METHODS),
            form=rng.choice(CFDI_FORMS),
            bank=f"{rng.choice(BANKS)} - CLABE {rng.randint(10**17, 10**18 - 1)}",
            customer_rfc=receiver_rfc(doc.customer_name or ""),
            cfdi_use=rng.choice(HVAC_USES),
        )
    if form == "postcard":
        usage = next((line for line in doc.lines if line.quantity and line.quantity >= 40), None)
        used = usage.quantity if usage and usage.quantity is not None else Decimal(0)
        prior = Decimal(rng.randint(10_000, 9_000_000))
        doc.extras.update(
            meter=f"{rng.randint(10**7, 10**8 - 1)}",
            reads=(prior, prior + used, used, usage.unit if usage else ""),
            history=[rng.randint(55, 100) for _ in range(12)],
        )
    if form == "visits":
        notes = OBSERVATIONS[vendor.trade]
        marked = {k: rng.choice(notes) for k in range(len(doc.lines)) if rng.random() < 0.35}
        doc.extras.update(
            observations=marked,
            technician=rng.choice(technicians),
            route=f"{rng.randint(1, 12)}",
            ath="/" + "".join(word.capitalize() for word in ascii_words(vendor.name)[:2]),
            bank=f"Banco Popular cta. {rng.randint(10**8, 10**9 - 1)}",
        )


# --- the layouts added with H96-H100 -----------------------------------------------------

APPLIANCES = {
    "refrigerator": (
        "Refrigerator",
        {
            "GE": ("GTS18GTHBRWW", "GTE18GTHCWW", "GTS22KGNRWW"),
            "Whirlpool": ("WRT318FZDW00", "WRT518SZFM00"),
            "Frigidaire": ("FFTR1835VW2", "FFHT1835VW1"),
            "Samsung": ("RT18M6213SR/AA", "RT21M6213SR/AA"),
        },
        (
            (
                "Fresh food section warm, freezer only partly cold",
                "Evaporator coil iced over - defrost circuit not working.",
            ),
            (
                "Water on the kitchen floor under the refrigerator",
                "Water valve sticking open - ice maker overfilling.",
            ),
            (
                "Refrigerator not cooling, clicking noise from the back",
                "Compressor tries to start and trips on overload.",
            ),
        ),
    ),
    "dishwasher": (
        "Dishwasher",
        {
            "Whirlpool": ("WDF520PADM7", "WDT730PAHZ0"),
            "GE": ("GDF530PGMWW", "GDT225SSLSS"),
            "Frigidaire": ("FFCD2418US", "FDPC4221AS"),
            "Maytag": ("MDB4949SHZ0",),
        },
        (
            (
                "Standing water in the tub after the cycle",
                "Drain hose and trap clear - pump not running.",
            ),
            (
                "Dishwasher will not start, door light blinking",
                "Door switch not closing the circuit.",
            ),
            (
                "Dishes not getting clean, tub not filling",
                "Tub filling slowly - valve and wash system worn.",
            ),
        ),
    ),
    "range": (
        "Electric range",
        {
            "Frigidaire": ("FFEF3054TS", "FCRE3052AW"),
            "GE": ("JB645RKSS", "JBS60DKWW"),
            "Whirlpool": ("WFE505W0JS0",),
            "Amana": ("AER6603SFS2",),
        },
        (
            ("Oven not heating, cooktop works", "Bake circuit open - element or control failed."),
            ("Right front burner stays on high", "Burner control welded on high."),
            ("Oven temperature about 50 degrees low", "Oven sensor reading out of range."),
        ),
    ),
    "washer": (
        "Top-load washer",
        {
            "Whirlpool": ("WTW4816FW3", "WTW5000DW2"),
            "Maytag": ("MVWC465HW2",),
            "Amana": ("NTW4516FW3",),
        },
        (
            (
                "Washer fills but will not spin",
                "Lid interlock not engaging - drive system checked.",
            ),
            ("Water left in the drum after the cycle", "Pump not clearing the water."),
        ),
    ),
    "dryer": (
        "Electric dryer",
        {
            "Whirlpool": ("WED4815EW1", "WED5000DW2"),
            "Maytag": ("MEDC465HW0",),
            "Amana": ("NED4655EW1",),
        },
        (
            ("Dryer runs but does not heat", "Heat circuit open - element or fuse failed."),
            ("Loud squealing, drum not turning", "Belt and pulley worn through."),
        ),
    ),
    "disposer": (
        "Food waste disposer",
        {"InSinkErator": ("Badger 5", "Badger 1"), "Waste King": ("L-3200",)},
        (
            (
                "Disposer hums and will not turn",
                "Motor seized and housing leaking - not repairable.",
            ),
            ("Disposer leaking under the sink", "Grinding chamber cracked - unit replaced."),
        ),
    ),
    "microwave": (
        "Over-the-range microwave",
        {
            "GE": ("JVM3160RFSS", "JVM6175SKSS"),
            "Whirlpool": ("WMH31017HS2",),
            "Frigidaire": ("FFMV1846VS",),
        },
        (
            ("Microwave runs but does not heat food", "No heat - high-voltage section failed."),
            ("Microwave dead, blows the door fuse", "Door interlock switch shorted."),
        ),
    ),
}
FLOOR_COLORS = {
    "carpet": ("Harbor Mist", "Sandcastle", "Pewter Gray", "Warm Taupe", "Oat Straw"),
    "lvp": ("Coastal Oak", "Smoked Hickory", "Ash Gray", "Weathered Birch", "Natural Maple"),
}
ALARM_SITES = (
    ("Leasing office", ("intrusion", "fire", "video")),
    ("Clubhouse", ("fire", "intrusion")),
    ("Bldg {n} fire alarm panel", ("fire",)),
    ("Pool gate", ("access",)),
    ("Main entry gate", ("access", "video")),
    ("Elevator cab {n}", ("elevator",)),
    ("Fitness center", ("access", "intrusion")),
    ("Maintenance shop", ("intrusion",)),
)
METER_SIZES = ("1 pulg.", "1 1/2 pulg.", "2 pulg.", "3 pulg.")
MX_CLERKS = ("LUPITA R.", "DON CHEMA", "ARTURO G.", "NORMA", "KARINA S.", "PEPE", "ROSY")


def _repair_lines(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H96: an appliance repair order: the service call, one to three parts of one
    appliance with their part numbers, the labor on most and a return trip on some. The
    appliance stands in an apartment, so the service address names one. Its own
    generator: no other layout changes."""
    items = load("trades")[doc.layout["catalogue"]]["items"]
    doc.extras["prices"] = {}
    appliance = rng.choice(sorted({item["appliance"] for item in items if item.get("appliance")}))

    def line(index: int) -> Line:
        item = items[index]
        drawn = _catalog_line(doc, item, index, "", rng)
        return replace(drawn, code=item["code"], unit=item.get("unit", "ea"))

    def first(flag: str) -> int:
        return next(k for k, item in enumerate(items) if item.get(flag))

    parts = [k for k, item in enumerate(items) if item.get("appliance") == appliance]
    low, high = doc.layout["lines"]
    lines = [line(first("fee"))]
    lines += [line(k) for k in rng.sample(parts, rng.randint(low, min(high, len(parts))))]
    if rng.random() < 0.8:
        lines.append(line(first("labor")))
    if rng.random() < 0.3:
        lines.append(line(first("trip")))
    doc.lines = lines
    doc.extras["appliance"] = appliance
    if doc.service_lines and not doc.unit:  # the appliance is in an apartment
        doc.unit = rng.choice(prop.units)
        street = f"{prop.street}, {unit_text(prop, doc.unit, 'en', rng)}"
        doc.service_lines = [*doc.service_lines[:-2], street, prop.city_line]


def _pr_bill_lines(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H97: a Puerto Rico utility's charges (electric: the energy in two blocks and the
    riders on every kWh; water: the base charge by meter size, water, sewer and the
    environmental charge on every cubic metre); a fixed charge prints its amount only.
    The meter's reads and a year of usage go with them. Its own generator: no other
    layout changes."""
    items = load("trades")[doc.layout["catalogues"][vendor.trade]]["items"]
    electric = vendor.trade == "electric"
    constant = rng.choice([1, 1, 40, 80, 120]) if electric else 1
    raw = rng.randint(1200, 38000) if electric else rng.randint(60, 1400)
    dial = max(1, raw // constant)
    usage = Decimal(dial * constant)
    lines: list[Line] = []
    for item in items:
        if rng.random() >= item.get("share", 1):
            continue
        if "rate" in item:
            low, high = (int(Decimal(r) * 10000) for r in item["rate"])
            rate = Decimal(rng.randint(low, high)) / 10000
            quantity = usage
            if item.get("tier") == "first":
                quantity = min(usage, Decimal(425))
            elif item.get("tier") == "excess":
                quantity = usage - 425
            if quantity > 0:
                amount = cents(quantity * rate)
                lines.append(Line(item["es"], amount, item["gl"], quantity, rate, item["unit_es"]))
        elif "qty" in item:
            price, count = _price(item, rng), Decimal(rng.randint(*item["qty"]))
            amount = cents(count * price)
            lines.append(Line(item["es"], amount, item["gl"], count, price, item.get("unit_es")))
        else:  # a fixed charge: only its amount is printed
            text = item["es"].format(size=rng.choice(METER_SIZES))
            lines.append(Line(text, _price(item, rng), item["gl"]))
    doc.lines = lines
    prior = Decimal(rng.randint(1_000, 90_000))
    doc.extras.update(
        meter=f"{rng.choice('ELMW')}{rng.randint(10**7, 10**8 - 1)}",
        constant=constant,
        reads=(prior, prior + dial),
        usage=usage,
        usage_unit="kWh" if electric else "m³",
        history=[int(usage * Decimal(rng.randint(70, 130)) / 100) for _ in range(12)],
        estimated=rng.random() < 0.1,
        trade=vendor.trade,
    )


def _flooring_lines(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H98: flooring put in one to four apartments, carpet or vinyl plank in each, the
    quantities measured in square yards, square feet and linear feet; the materials first,
    then the installation. Several apartments leave the service address at the property.
    Its own generator: no other layout changes."""
    items = load("trades")[doc.layout["catalogue"]]["items"]
    count = rng.randint(*doc.layout["units"])
    if count == 1 and doc.unit:
        units = [doc.unit]
    else:
        units = sorted(rng.sample(prop.units, count))
        doc.unit = None
        if doc.service_lines:
            doc.service_lines = [*doc.service_lines[:-2], prop.street, prop.city_line]
    word = rng.choice(load("properties")["unit_words"]["en"])
    prices: dict[int, Decimal] = {}
    materials: list[Line] = []
    labor: list[Line] = []
    for unit in units:
        floor = "carpet" if rng.random() < 0.55 else "lvp"
        color = rng.choice(FLOOR_COLORS[floor])
        feet = Decimal(rng.randint(320, 780))
        yards = Decimal(rng.randint(380, 960)) / 10 if floor == "carpet" else (feet / 9)
        run = Decimal(rng.randint(110, 260))
        for index, item in enumerate(items):
            if item["floor"] not in (floor, "any") or rng.random() >= item.get("share", 1):
                continue
            area = item.get("area")
            if area == "sy":
                quantity = yards.quantize(Decimal("0.1"))
            elif area == "sf":
                quantity = feet
            elif area == "lf":
                quantity = run
            else:
                quantity = Decimal(rng.randint(*item["count"]))
            price = prices.setdefault(index, _price(item, rng))
            text = f"{word.format(u=unit)} - {item['en'].format(color=color)}"
            part = bool(item.get("part"))
            line = Line(text, cents(quantity * price), item["gl"], quantity, price, item["unit"])
            line.part = part
            (materials if part else labor).append(line)
    doc.lines = materials + labor
    doc.extras["units"] = [word.format(u=unit) for unit in units]


def _monitoring_lines(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H100: an alarm company's recurring services billed in advance for the quarter or
    the year: two to five sites of the property (an office, a gate, a building's fire
    panel...), each with its monitoring account and one to three services, months times
    the monthly rate. The remittance goes to a lockbox apart from the letterhead. Its own
    generator: no other layout changes."""
    items = load("trades")[doc.layout["catalogue"]]["items"]
    annual = rng.random() < 0.4
    if annual:
        start = (doc.invoice_date.replace(day=1) + timedelta(days=32)).replace(day=1)
        months = 12
    else:
        day = doc.invoice_date - timedelta(days=15)  # the quarter it is billed ahead for
        start = date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
        if start < day:
            start = date(start.year + (start.month == 10), (start.month + 2) % 12 + 1, 1)
        months = 3
    year, month = divmod(start.month - 1 + months, 12)
    doc.period = (start, date(start.year + year, month + 1, 1) - timedelta(days=1))
    prices: dict[int, Decimal] = {}
    sites: list[list[Line]] = []
    quantity = Decimal(months)
    for template, systems in rng.sample(ALARM_SITES, rng.randint(*doc.layout["sites"])):
        place = template.format(n=rng.randint(1, 8))
        account = f"{rng.randint(10, 98)}-{rng.randint(1000, 9999)}"
        chosen = [*rng.sample(systems, rng.randint(1, len(systems))), "any"]
        sites.append([])
        for index, item in enumerate(items):
            if item["system"] not in chosen or rng.random() >= item.get("share", 1):
                continue
            price = prices.setdefault(index, _price(item, rng))
            amount = cents(quantity * price)
            sites[-1].append(
                Line(
                    item["en"], amount, item["gl"], quantity, price, "mo", code=account, group=place
                )
            )
    while sum(map(len, sites)) > doc.layout["most_lines"] and len(sites) > 2:
        sites.pop()  # what one page holds above the coupon
    lines = [line for site in sites for line in site]
    doc.lines = lines
    doc.unit = None
    if doc.service_lines:
        doc.service_lines = [*doc.service_lines[:-2], prop.street, prop.city_line]
    if not vendor.remit_lines:  # the firm's lockbox, the same on all its invoices of a run
        keyed = random.Random(f"lockbox:{vendor.code}:{vendor.phone}")
        region = load("regions")[vendor.region]
        doc.remit_lines = [
            f"Lockbox {keyed.randint(1000, 99999)}",
            region["po_box"].format(n=keyed.randint(10000, 989999)),
            _city_line(keyed, region),
        ]
    doc.extras["annual"] = annual


def _series(names: list[str]) -> str:
    """ "a", "a and b", "a, b and c"."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


SITE_LINES = {
    "repair_order": _repair_lines,
    "pr_bill": _pr_bill_lines,
    "flooring": _flooring_lines,
    "monitoring": _monitoring_lines,
}


def _iva_ticket(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H99: a Mexican hardware store's counter ticket: prices with IVA included, so the
    lines add up to the total and the IVA inside it is only broken out under it; the
    customer is the general public or the management company, the job on some, and how
    it was paid. Its own generator: no other layout changes."""
    items = load("trades")[doc.layout["catalogue"]]["items"]
    low, high = doc.layout["lines"]
    for index in rng.sample(range(len(items)), rng.randint(low, min(high, len(items)))):
        item = items[index]
        line = replace(_catalog_line(doc, item, index, "", rng), day=None, code=item["ean"])
        if item.get("meters") and line.unit_price is not None:  # cable sold by the half metre
            metres = Decimal(rng.randint(item["qty"][0] * 2, item["qty"][1] * 2)) / 2
            line = replace(line, quantity=metres, amount=cents(metres * line.unit_price))
        doc.lines.append(line)
    rate = Decimal(load("regions")[vendor.region]["tax_rate"])
    total = sum((line.amount for line in doc.lines), Decimal(0))
    doc.totals = [TotalRow("total", total), TotalRow("tax", cents(total * rate / (1 + rate)), rate)]
    doc.extras["tax_rate"] = rate
    doc.vendor_name = doc.vendor_name.upper()  # the till prints the store's name in capitals
    if rng.random() < 0.45:
        doc.customer_name = str(load("properties")["companies"][prop.company]["name"])
    job = rng.random() < doc.layout["optional"].get("job", 0)
    doc.property_code = prop.code if job else None
    paid = rng.choice(["cash", "cash", "debit", "credit"])
    steps = [Decimal(step) for step in (50, 100, 200, 500) if step >= total / 20]
    step = rng.choice(steps or [Decimal(500)])
    handed = ((total / step).to_integral_value(rounding=ROUND_CEILING)) * step
    doc.extras.update(
        time=f"{rng.randint(7, 19):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
        branch=f"{rng.randint(1, 14):02d}",
        register=f"{rng.randint(1, 6)}",
        cashier=rng.choice(MX_CLERKS),
        paid=paid,
        handed=handed,
        card_last4=f"{rng.randint(0, 9999):04d}",
        auth=f"{rng.randint(0, 999999):06d}",
        regime=rng.choice(SAT_REGIMES),
        code="".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8)),
        customer_code=f"{rng.randint(100, 9999):05d}",
        job=prop.name.upper() if job else None,
    )


def _site_extras(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """Details of the layouts added with H96-H100 outside the ground truth: a repair
    order's appliance, visit, technician and complaint, cause and correction; a flooring
    job's install dates, and its totals (a discount on some, a retainage withheld on
    others); an alarm contract's agreement and licence. Drawn from their own generator,
    so no other layout changes."""
    form = doc.layout.get("form")
    technicians = load("labels")["line_notes"]["technicians"]
    if form == "repair_order":
        name, brands, stories = APPLIANCES[doc.extras["appliance"]]
        brand = rng.choice(sorted(brands))
        complaint, cause = rng.choice(stories)
        parts = [
            line.description[:1].lower() + line.description[1:] for line in doc.lines if line.part
        ]
        letters = "ABCDEFGHJKLMNPRSTVWXZ"
        doc.extras.update(
            appliance_name=name,
            brand=brand,
            model=rng.choice(brands[brand]),
            serial=f"{rng.choice(letters)}{rng.choice(letters)}{rng.randint(1000000, 9999999)}",
            technician=rng.choice(technicians),
            tech_id=f"T-{rng.randint(11, 98)}",
            visit=doc.invoice_date - timedelta(days=rng.randint(0, 5)),
            occupant=rng.choice(load("properties")["residents"]),
            complaint=complaint,
            cause=cause,
            correction=f"Replaced {_series(parts)}; ran a full cycle and checked "
            "operation. Unit working as designed.",
        )
    if form == "flooring":
        rate = doc.extras["tax_rate"]
        subtotal = sum((line.amount for line in doc.lines), Decimal(0))
        rows = [TotalRow("subtotal", subtotal)]
        discount = Decimal(0)
        if len(doc.extras["units"]) > 1 and rng.random() < 0.85:  # several apartments
            share = rng.choice([Decimal("0.03"), Decimal("0.05")])
            discount = cents(subtotal * share)
            rows.append(TotalRow("discount", discount, share))
        tax = cents((subtotal - discount) * rate)
        if rate:
            rows.append(TotalRow("tax", tax, rate))
        total = subtotal - discount + tax
        rows.append(TotalRow("total", total))
        if rng.random() < 0.45:
            share = rng.choice([Decimal("0.10"), Decimal("0.05")])
            held = cents(total * share)
            rows += [TotalRow("deposit", held, share), TotalRow("amount_due", total - held)]
        elif rng.random() < 0.5:
            rows.append(TotalRow("amount_due", total))
        doc.totals = rows
        finished = doc.invoice_date - timedelta(days=rng.randint(1, 6))
        doc.extras["installed"] = (finished - timedelta(days=rng.randint(0, 5)), finished)
        doc.extras["crew"] = rng.choice(technicians)
    if form == "monitoring":
        keyed = random.Random(f"license:{vendor.code}")
        license_number = (
            f"EF{keyed.randint(20000000, 20009999)}"
            if vendor.region == "fl"
            else f"B{keyed.randint(10000, 29999)}"
        )
        doc.extras.update(
            agreement=f"MSA-{doc.invoice_date.year - rng.randint(0, 4)}-{rng.randint(100, 999)}",
            license=license_number,
        )


# --- the layouts added with H101-H105 ----------------------------------------------------

UNITS_ES = {"hr": "hora", "wk": "sem.", "night": "noche", "yd": "yd³", "sqft": "ft²"}
WATER_METERS = (
    ("domestic", ("1 1/2 in.", "2 in.", "3 in.")),
    ("irrigation", ("1 in.", "1 1/2 in.", "2 in.")),
)
UTILITY_NOTICES = {
    "water": (
        "Irrigation is limited to two days a week between 6 PM and 10 AM. Check your "
        "sprinkler controllers after a power outage.",
        "Your annual backflow test report is due 30 days after the test. Send it to the "
        "cross-connection office or upload it online.",
        "A sudden rise in usage may mean a leak. Compare this period with the usage history "
        "on this bill.",
        "Water main work may cause brief low pressure or discolored water. Run a cold tap "
        "for a few minutes until it clears.",
    ),
    "electric": (
        "Trim trees away from overhead lines only with a qualified contractor. Call us "
        "before you dig near underground service.",
        "Switching common-area lighting to LED fixtures may qualify for a rebate of up to "
        "$40 per fixture.",
        "Peak demand hours are 3 PM to 7 PM on weekdays from June through September.",
        "Report streetlight or pole light outages with the pole number shown on the pole.",
    ),
}
CARD_AIDS = {
    "VISA": "A0000000031010",
    "MASTERCARD": "A0000000041010",
    "DISCOVER": "A0000001523010",
    "AMEX": "A000000025010801",
}
PAD_CLERKS = ("J. Pérez", "Lalo", "M. Treviño", "Chema", "R. Ortiz", "Güero", "Sandra")


def _factura_lines(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H101: a service firm's factura: the catalogue lines of its trade, each unit of
    measure as Spanish invoices abbreviate it (an hour "hora", a piece "pza", a service
    "serv."). Its own generator: no other layout changes."""
    for line in doc.lines:
        unit = line.unit or "pza"
        if unit in UNITS_ES:
            line.unit = UNITS_ES[unit]
        elif unit == "pza":
            counted = line.part or (line.quantity or Decimal(0)) > 1
            line.unit = "pza" if counted else "serv."


def _upc(keyed: random.Random) -> str:
    """A 12-digit UPC-A with its check digit."""
    digits = [keyed.randint(0, 9) for _ in range(11)]
    odd = sum(digits[0::2]) * 3 + sum(digits[1::2])
    return "".join(map(str, digits)) + str((10 - odd % 10) % 10)


def _meter_bill_lines(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H102: a water or electric bill for a property's meters: water billed per thousand
    gallons on a domestic meter and, on some, an irrigation meter (sewer only on the
    domestic one, the backflow fee with the irrigation one, a base charge per meter);
    electricity on one meter read with a multiplier. A fixed charge prints its amount
    only. The meters' reads and a year of usage go with them. Its own generator: no other
    layout changes."""
    items = {item["en"]: item for item in load("trades")[vendor.trade]["items"]}
    meters: list[dict[str, Any]] = []
    lines: list[Line] = []

    def rate(item: dict[str, Any], scale: int) -> Decimal:
        low, high = (int(Decimal(r) * 10000 * scale) for r in item["rate"])
        step = 100 if scale > 1 else 1  # per thousand gallons: whole cents
        return Decimal(rng.randint(low // step, high // step) * step) / 10000

    def fixed(item: dict[str, Any], text: str) -> Line:
        return Line(text, _price(item, rng), item["gl"])

    if vendor.trade == "water":
        chosen = [WATER_METERS[0]] + ([WATER_METERS[1]] if rng.random() < 0.45 else [])
        low, high = items["Water usage"]["usage"]
        for name, sizes in chosen:
            hundreds = (
                rng.randint(low // 100, high // 100)
                if name == "domestic"
                else rng.randint(low // 400, high // 300)
            )
            prior = rng.randint(10_000, 900_000)
            meters.append(
                {
                    "name": name,
                    "size": rng.choice(sizes),
                    "serial": f"{rng.choice('NSWB')}{rng.randint(10**7, 10**8 - 1)}",
                    "reads": (Decimal(prior), Decimal(prior + hundreds)),
                    "multiplier": 100,
                    "usage": Decimal(hundreds * 100),
                    "unit": "gal",
                }
            )
        several = len(meters) > 1
        water, sewer = rate(items["Water usage"], 1000), rate(items["Sewer service"], 1000)
        base = items["Water base charge"]
        for meter in meters:
            lines.append(fixed(base, f"{base['en']} - {meter['size']} {meter['name']} meter"))
        for meter in meters:
            kgal = meter["usage"] / 1000
            text = items["Water usage"]["en"] + (f" - {meter['name']} meter" if several else "")
            gl = items["Water usage"]["gl"]
            lines.append(Line(text, cents(kgal * water), gl, kgal, water, "kgal"))
        kgal = meters[0]["usage"] / 1000
        item = items["Sewer service"]
        lines.append(Line(item["en"], cents(kgal * sewer), item["gl"], kgal, sewer, "kgal"))
        lines.append(fixed(items["Storm water fee"], "Storm water fee"))
        if several:
            lines.append(fixed(items["Backflow compliance fee"], "Backflow compliance fee"))
    else:
        multiplier = rng.choice([1, 1, 20, 40, 80])
        low, high = items["Energy charge"]["usage"]
        dial = max(1, rng.randint(low, high) // multiplier)
        prior = rng.randint(1_000, 90_000)
        usage = Decimal(dial * multiplier)
        meters.append(
            {
                "name": "electric",
                "size": "",
                "serial": f"{rng.choice('EKL')}{rng.randint(10**7, 10**8 - 1)}",
                "reads": (Decimal(prior), Decimal(prior + dial)),
                "multiplier": multiplier,
                "usage": usage,
                "unit": "kWh",
            }
        )
        lines.append(fixed(items["Customer charge"], "Customer charge"))
        for text in ("Energy charge", "Delivery charge", "Fuel adjustment"):
            price = rate(items[text], 1)
            lines.append(Line(text, cents(usage * price), items[text]["gl"], usage, price, "kWh"))
        if rng.random() < 0.35:
            text = "Area lighting (pole lights)"
            lines.append(fixed(items[text], text))
    total = sum((meter["usage"] for meter in meters), Decimal(0))
    scale = 1000 if vendor.trade == "water" else 1
    doc.lines = sorted(lines, key=lambda line: line.gl)  # the bill's sections, in order
    doc.extras.update(
        florida=vendor.region == "fl",
        meters=meters,
        estimated=rng.random() < 0.08,
        history=[int(total / scale * Decimal(rng.randint(65, 135)) / 100) for _ in range(12)],
        trade=vendor.trade,
    )


OFFICE_LINES = {"service_factura": _factura_lines, "meter_bill": _meter_bill_lines}


def _till_slip(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H103: a home center's till slip: each item with its UPC and the store's SKU, a
    count and price only when more than one was bought, subtotal, tax and total, the
    tender (a card's approval or cash and change), the project name on some. Its own
    generator: no other layout changes."""
    items = load("trades")[vendor.trade]["items"]
    low, high = doc.layout["lines"]
    for index in rng.sample(range(len(items)), rng.randint(low, min(high, len(items)))):
        keyed = random.Random(f"upc:{vendor.code}:{index}")  # an item's codes never change
        line = replace(_catalog_line(doc, items[index], index, "", rng), day=None)
        line = replace(
            line, code=_upc(keyed), note=f"{keyed.randint(100, 999)}-{keyed.randint(1000, 9999)}"
        )
        if line.quantity == 1:  # one of an item prints its price only
            line = replace(line, quantity=None, unit_price=None)
        doc.lines.append(line)
    doc.extras["tax_rate"] = Decimal(load("regions")[vendor.region]["tax_rate"])
    set_totals(doc, doc.extras["tax_rate"], rng)
    doc.totals = [row for row in doc.totals if row.key != "amount_due"]
    doc.vendor_name = doc.vendor_name.upper()
    doc.invoice_number = f"{rng.randint(10, 99999):05d}"  # the register's transaction number
    job = rng.random() < doc.layout["optional"].get("job", 0)
    doc.property_code = prop.code if job else None
    total = doc.total
    handed = (total / 20).to_integral_value(rounding=ROUND_CEILING) * 20
    brand = rng.choice(sorted(CARD_AIDS))
    doc.extras.update(
        time=f"{rng.randint(6, 20):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
        store=f"{rng.randint(100, 5999):04d}",
        operator=f"{rng.randint(1, 9999):06d}",
        terminal=f"{rng.randint(1, 42):02d}",
        card=rng.random() < 0.7,
        card_brand=brand,
        aid=CARD_AIDS[brand],
        card_last4=f"{rng.randint(0, 9999):04d}",
        approval="".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(6)),
        reference=f"{rng.randint(10**11, 10**12 - 1)}",
        entry=rng.choice(["CHIP READ", "CONTACTLESS", "CHIP READ"]),
        handed=handed,
        code=" ".join(f"{rng.randint(0, 9999):04d}" for _ in range(5)),
        job=prop.name.upper() if job else None,
    )


def _remision(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H104: a building-supply store's pre-printed pad ("remisión") filled in by hand: its
    printed serial, the buyer's name and address on most, the job the goods go to on some,
    the goods, subtotal, tax and total, the total in words, cash or credit. Its own
    generator: no other layout changes."""
    items = load("trades")[vendor.trade]["items"]
    low, high = doc.layout["lines"]
    for index in rng.sample(range(len(items)), rng.randint(low, min(high, len(items)))):
        doc.lines.append(replace(_catalog_line(doc, items[index], index, "", rng), day=None))
    doc.extras["tax_rate"] = Decimal(load("regions")[vendor.region]["tax_rate"])
    set_totals(doc, doc.extras["tax_rate"], rng)
    doc.totals = [row for row in doc.totals if row.key != "amount_due"]
    doc.invoice_number = f"{rng.randint(1200, 9800):05d}"  # the pad's printed serial
    company = load("properties")["companies"][prop.company]
    if rng.random() < 0.7:
        doc.customer_name = str(company["name"])
        if rng.random() < 0.65:
            doc.bill_to_lines = list(company["lines"])  # type: ignore[call-overload]
    job = rng.random() < doc.layout["optional"].get("job", 0)
    doc.property_code = prop.code if job else None
    doc.extras.update(
        credit=rng.random() < 0.25,
        clerk=rng.choice(PAD_CLERKS),
        job=prop.name if job else None,
    )


OFFICE_RECEIPTS = {"till_slip": _till_slip, "remision": _remision}


def _office_extras(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """Details of the layouts added with H101-H105 outside the ground truth: where and on
    which day a factura's service was done, a utility's last payment date and notices,
    an online invoice's payment link. Drawn from their own generator, so no other layout
    changes."""
    form = doc.layout.get("form")
    if form == "service_factura":
        last = doc.vendor_lines[-1]
        place = last.split(" C.P. ")[0] if " C.P. " in last else last.rsplit(" ", 1)[0]
        doc.extras.update(
            place=place,
            service_day=doc.invoice_date - timedelta(days=rng.randint(0, 6)),
        )
    if form == "meter_bill":
        notices = UTILITY_NOTICES[vendor.trade]
        doc.extras.update(
            paid_on=doc.invoice_date - timedelta(days=rng.randint(12, 26)),
            notices=rng.sample(notices, 2),
        )
    if form == "online_invoice":
        domain = vendor.email.split("@")[1]
        token = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(10))
        doc.extras["link"] = f"pay.{domain}/i/{token}"


# --- the layouts added with H106-H110 ----------------------------------------------------

PIN_SALESMEN = ("04", "11", "17", "22", "31", "HSE")
PIN_ROUTES = ("OUR TRUCK", "TECH VAN", "CUST P/U", "COUNTER")
GUARD_POSTS_EN = (
    ("Post 1 - Main entry gatehouse", "officer", "always"),
    ("Post 2 - Leasing office lobby", "concierge", "business"),
    ("Post 3 - Parking garage", "officer", "nights"),
    ("Post 4 - Pool and amenity deck", "officer", "weekend"),
    ("Roving vehicle patrol", "patrol", "nights"),
    ("Site supervision", "supervisor", "business"),
    ("Post 5 - Rear service gate", "officer", "evenings"),
)
GUARD_ROLES = {
    "officer": ("Unarmed officer", 0),
    "concierge": ("Concierge officer", 2),
    "patrol": ("Patrol officer w/ vehicle", 8),
    "supervisor": ("Field supervisor", 6),
}
GUARD_HOLIDAYS = {
    date(2025, 9, 1): "Labor Day",
    date(2025, 11, 27): "Thanksgiving Day",
    date(2025, 12, 25): "Christmas Day",
    date(2026, 1, 1): "New Year's Day",
}
GUARD_EXTRAS = (
    "Fire watch - alarm panel out of service",
    "Additional officer - resident event",
    "Additional officer - move-in weekend",
    "Standby officer - power outage",
)
OBRAS = {
    "plumbing": ("HS", "Sustitución de instalaciones hidráulicas en departamentos"),
    "electrical": ("IE", "Actualización de instalaciones eléctricas en áreas comunes"),
    "hvac": ("AA", "Sustitución y mantenimiento de equipos de aire acondicionado"),
}
GAS_RATES = ("Comercial - GN2", "Servicio general - GN3", "Comercial pequeño - GNC")
WEB_KEEP = ("LED", "PVC", "GFCI", "WHT", "BCO", "INT")


def _pin_lines(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H106: a contractor's billing run on pin-fed forms: the catalogue lines printed in
    capitals, each with its item number and unit of measure. Its own generator: no other
    layout changes."""
    for line in doc.lines:
        line.description = line.description.upper()
        line.unit = (line.unit or "ea").upper()
    doc.extras.update(
        salesman=rng.choice(PIN_SALESMEN),
        route=rng.choice(PIN_ROUTES),
        job=f"{doc.invoice_date.year % 100:02d}-{rng.randint(1000, 9899)}",
    )


def _post_hours(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H107: a guard company's billing for the week or two weeks before the invoice, one
    line per post with its hours on each day, a holiday's premium and any extra coverage
    the site asked for. The period is the weeks billed. Its own generator: no other
    layout changes."""
    back = (doc.invoice_date.weekday() - 5) % 7 or 7
    end = doc.invoice_date - timedelta(days=back)  # the Saturday that closes the weeks
    weeks = 1 if rng.random() < 0.6 else 2
    start = end - timedelta(days=7 * weeks - 1)
    days = [start + timedelta(days=k) for k in range(7 * weeks)]
    base = Decimal(rng.randint(48, 76)) / 2
    lines: list[Line] = []
    grid: list[list[int]] = []

    def hours_on(schedule: str, day: date) -> int:
        weekday = day.weekday()
        pattern = {
            "always": 24,
            "nights": 12,
            "business": 10 if weekday < 5 else 0,
            "weekend": 8 if weekday >= 4 else 0,
            "evenings": 8,
        }[schedule]
        if pattern and schedule != "always" and rng.random() < 0.08:
            return pattern - 4  # a short shift
        return pattern

    for post, role, schedule in rng.sample(GUARD_POSTS_EN, rng.randint(2, 5)):
        title, more = GUARD_ROLES[role]
        hours = [hours_on(schedule, day) for day in days]
        rate = base + more
        quantity = Decimal(sum(hours))
        text = f"{post} - {title}"
        lines.append(Line(text, cents(quantity * rate), "6340", quantity, rate, "hr"))
        grid.append(hours)
    holiday = next(((d, name) for d, name in GUARD_HOLIDAYS.items() if start <= d <= end), None)
    if holiday and any(row[days.index(holiday[0])] for row in grid):
        index = days.index(holiday[0])
        worked = [row[index] for row in grid]
        quantity = Decimal(sum(worked))
        premium = cents(base / 2)
        text = f"Holiday premium - {holiday[1]} (half-time)"
        lines.append(Line(text, cents(quantity * premium), "6340", quantity, premium, "hr"))
        grid.append([sum(worked) if k == index else 0 for k in range(len(days))])
    if rng.random() < 0.35:
        index = rng.randrange(len(days))
        extra = rng.choice([4, 6, 8, 12])
        rate = base + 4
        text = rng.choice(GUARD_EXTRAS)
        quantity = Decimal(extra)
        lines.append(Line(text, cents(quantity * rate), "6340", quantity, rate, "hr"))
        grid.append([extra if k == index else 0 for k in range(len(days))])
    doc.lines = lines
    doc.period = (start, end)
    doc.unit = None
    doc.service_lines = [prop.name, prop.street, prop.city_line]
    keyed = random.Random(f"license:{vendor.code}")
    doc.extras.update(
        grid=grid,
        days=days,
        license=f"B{keyed.randint(10000, 29999)}",
        site=f"{rng.randint(100, 999)}-{rng.randint(10, 99)}",
    )


def _estimacion_lines(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H109: a Mexican contractor's progress estimate ("estimación") of a works contract:
    each concept of the contract with its key, unit, the quantity contracted, estimated
    before and in this estimate (the billed one) and accumulated. The period is the
    fortnight or month estimated. Its own generator: no other layout changes."""
    items = load("trades")[vendor.trade]["items"]
    prefix, work = OBRAS[vendor.trade]
    low, high = doc.layout["lines"]
    chosen = sorted(rng.sample(range(len(items)), min(len(items), rng.randint(low, high))))
    lines: list[Line] = []
    progress: list[tuple[Decimal, Decimal]] = []
    for index in chosen:
        item = items[index]
        text = item["es"].format(unit="", bldg=rng.randint(1, 6), n=rng.randint(1, 12))
        text = text.removesuffix(" - Depto. ").strip()
        if item.get("hours"):
            contracted = Decimal(rng.randint(4, 24) * 5)
        elif item.get("per_unit"):
            contracted = Decimal(rng.randint(8, 48))
        else:
            contracted = Decimal(rng.randint(1, 12))
        before = Decimal(rng.randint(0, int(contracted) // 2))
        now = Decimal(rng.randint(1, max(1, int(contracted - before) * 2 // 3)))
        price = _price(item, rng)
        unit = item.get("unit", "pza")
        if unit in UNITS_ES:
            unit = UNITS_ES[unit]
        elif unit == "pza":
            unit = "pza" if item.get("part") or contracted > 1 else "serv."
        code = f"{prefix}-{index + 1:02d}"
        lines.append(Line(text, cents(now * price), item["gl"], now, price, unit, code=code))
        progress.append((contracted, before))
    doc.lines = lines
    last = doc.invoice_date.replace(day=1) - timedelta(days=1)
    if doc.invoice_date.day >= 18:  # the first fortnight of the invoice's month
        doc.period = (doc.invoice_date.replace(day=1), doc.invoice_date.replace(day=15))
    elif rng.random() < 0.5:
        doc.period = (last.replace(day=16), last)
    else:
        doc.period = (last.replace(day=1), last)
    doc.unit = None
    doc.service_lines = [prop.name, prop.street, prop.city_line]
    signed = doc.invoice_date.year - rng.randint(0, 1)
    doc.extras.update(
        progress=progress,
        work=work,
        contract=f"CTO-{signed}-{rng.randint(10, 99):03d}",
        estimate=rng.randint(2, 9),
        advance_share=rng.choice([Decimal("0.20"), Decimal("0.30"), Decimal("0.35")]),
    )


def _gas_mx_lines(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H110: a Mexican natural gas bill's charges: the fixed service charge (its amount
    only), then distribution, the gas itself and, on some, transport, each on the
    gigajoules the meter's cubic metres hold after their correction factor and heating
    value; an inspection fee now and then. Its own generator: no other layout changes."""
    cubic = rng.randint(150, 3500)
    factor = Decimal(rng.randint(9400, 9990)) / 10000
    corrected = (cubic * factor).quantize(Decimal("0.01"))
    heat = Decimal(rng.randint(3720, 3905)) / 100000
    energy = (corrected * heat).quantize(Decimal("0.01"))

    def per_gj(text: str, low: int, high: int) -> Line:
        rate = Decimal(rng.randint(low * 100, high * 100)) / 100
        return Line(text, cents(energy * rate), "6440", energy, rate, "GJ")

    lines = [Line("Cargo fijo por servicio", Decimal(rng.randint(6500, 14500)) / 100, "6440")]
    lines.append(per_gj("Distribución con comercialización", 55, 95))
    lines.append(per_gj("Gas natural (suministro)", 120, 210))
    if rng.random() < 0.35:
        lines.append(per_gj("Transporte y almacenamiento", 6, 18))
    if rng.random() < 0.2:
        fee = Decimal(rng.randint(180, 320))
        lines.append(Line("Inspección periódica de la instalación", fee, "6440"))
    doc.lines = lines
    prior = rng.randint(10_000, 900_000)
    doc.extras.update(
        meter=f"{rng.choice('GMK')}{rng.randint(10**6, 10**7 - 1)}",
        reads=(Decimal(prior), Decimal(prior + cubic)),
        cubic=Decimal(cubic),
        factor=factor,
        corrected=corrected,
        heat=heat,
        energy=energy,
        history=[int(energy * Decimal(rng.randint(60, 140)) / 100) for _ in range(12)],
        rate_class=rng.choice(GAS_RATES),
        reference="".join(str(rng.randint(0, 9)) for _ in range(22)),
        estimated=rng.random() < 0.1,
    )


DESK_LINES = {
    "pinfeed": _pin_lines,
    "post_hours": _post_hours,
    "estimacion": _estimacion_lines,
    "gas_mx": _gas_mx_lines,
}
DESK_OWN_LINES = ("post_hours", "estimacion")  # no catalogue lines drawn before theirs


def _web_name(text: str) -> str:
    """A store's till name as its web shop titles it: "Wax Ring W/ Bolts", "LED Bulb A19"."""
    words = []
    for word in text.split():
        plain = word.isalpha() and word not in WEB_KEEP and len(word) > 2
        words.append(word.capitalize() if plain else word)
    return " ".join(words)


def _web_order(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H108: a supply store's web order, paid by card, printed from the browser: the
    items with their count and price each, subtotal, free delivery, tax and total; the
    billing address (the management company) and where it was delivered (the property).
    Its own generator: no other layout changes."""
    items = load("trades")[vendor.trade]["items"]
    low, high = doc.layout["lines"]
    for index in rng.sample(range(len(items)), min(len(items), rng.randint(low, high))):
        line = replace(_catalog_line(doc, items[index], index, "", rng), day=None)
        keyed = random.Random(f"web:{vendor.code}:{index}")  # a product's number never changes
        line.description = _web_name(line.description)
        line.code = f"{keyed.randint(100, 999)}{keyed.randint(100, 999)}{keyed.randint(10, 99)}"
        doc.lines.append(line)
    doc.extras["tax_rate"] = Decimal(load("regions")[vendor.region]["tax_rate"])
    set_totals(doc, doc.extras["tax_rate"], rng)
    doc.totals = [row for row in doc.totals if row.key != "amount_due"]
    doc.invoice_number = f"W{rng.randint(10**8, 10**9 - 1)}"
    company = load("properties")["companies"][prop.company]
    doc.customer_name = str(company["name"])
    doc.bill_to_lines = list(company["lines"])  # type: ignore[call-overload]
    doc.service_lines = [prop.name, prop.street, prop.city_line]
    doc.property_code = prop.code
    placed = rng.randint(6 * 60, 21 * 60)
    printed = rng.randint(8 * 60, 18 * 60)
    domain = vendor.email.split("@")[1]
    delivered = doc.invoice_date + timedelta(days=rng.randint(1, 4))
    doc.extras.update(
        placed=_clock(placed),
        printed_on=delivered + timedelta(days=rng.randint(0, 5)),  # printed once it came
        printed_at=_clock(printed),
        card_brand=rng.choice(CARD_BRANDS),
        card_last4=f"{rng.randint(0, 9999):04d}",
        pickup=rng.random() < 0.3,
        delivered=delivered,
        recipient=prop.approver,
        site=f"www.{domain}",
        buyer=f"{prop.approver.split()[0].lower()}@brightwaterres.com",
    )


DESK_RECEIPTS = {"web_order": _web_order}


def _desk_extras(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """Details of the layouts added with H106-H110 outside the ground truth, and an
    estimate's totals: the advance amortized on it is taken off its total as the
    deposit. Drawn from their own generator, so no other layout changes."""
    form = doc.layout.get("form")
    if form == "estimacion":
        ex = doc.extras
        rate = ex["tax_rate"]
        subtotal = sum((line.amount for line in doc.lines), Decimal(0))
        tax = cents(subtotal * rate)
        total = subtotal + tax
        share = ex["advance_share"]
        amortized = cents(total * share)
        doc.totals = [TotalRow("subtotal", subtotal)]
        if rate:
            doc.totals.append(TotalRow("tax", tax, rate))
        doc.totals += [
            TotalRow("total", total),
            TotalRow("deposit", amortized, share),
            TotalRow("amount_due", total - amortized),
        ]
        prices = [line.unit_price or Decimal(0) for line in doc.lines]
        pairs = list(zip(ex["progress"], prices, strict=True))
        contract = sum((cents(c * p) for (c, _), p in pairs), Decimal(0))
        before = sum((cents(b * p) for (_, b), p in pairs), Decimal(0))
        ex.update(
            contract_amount=contract,
            estimated_before=before,
            customer_rfc=receiver_rfc(doc.customer_name or ""),
            supervisor=rng.choice(load("labels")["line_notes"]["technicians"]),
            approver=prop.approver,
        )
    if form == "post_hours":
        doc.extras["supervisor"] = rng.choice(load("labels")["line_notes"]["technicians"])
    if form == "gas_mx":
        doc.extras["paid_on"] = doc.invoice_date - timedelta(days=rng.randint(12, 26))


# --- the layouts added with H116-H120 ----------------------------------------------------

SERVICE_POINTS = (
    "House meter - Bldg {n}",
    "Clubhouse and pool",
    "Leasing office",
    "Parking lot lighting",
    "Laundry room - Bldg {n}",
    "Fitness center",
    "Gate operators and site lighting",
)
DEMAND_RATES = (
    "GSD-1 General Service - Demand",
    "GSDT-1 General Service - Demand, Time of Use",
    "SGS-TOU Secondary General Service, Time of Use",
    "LGS-T Large General Service - Time of Use",
)
DEMAND_RIDERS = {"fl": "Storm protection charge", "tx": "Transmission cost recovery"}
MULTIPLIERS = (1, 1, 20, 40, 80, 120)


def _demand_lines(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H116: a business electric account's charges meter by meter (a house meter, the
    clubhouse, the leasing office...): the customer charge (its amount only), on-peak and
    off-peak energy, the billing demand, the fuel charge on every kWh and, on some, a
    storm or transmission charge on every kW; each meter's registers go with them, and
    last year's period for the usage comparison. Its own generator: no other layout
    changes."""
    rates = {
        "on": Decimal(rng.randint(900, 1650)) / 10000,
        "off": Decimal(rng.randint(450, 820)) / 10000,
        "kw": Decimal(rng.randint(850, 1790)) / 100,
        "fuel": Decimal(rng.randint(180, 420)) / 10000,
        "rider": Decimal(rng.randint(45, 160)) / 100,
    }
    fixed = Decimal(rng.randint(2500, 9500)) / 100
    rider = DEMAND_RIDERS[vendor.region] if rng.random() < 0.5 else None
    lines: list[Line] = []
    meters: list[dict[str, Any]] = []
    for place in rng.sample(SERVICE_POINTS, rng.choice([1, 1, 1, 2, 2, 3])):
        group = place.format(n=rng.randint(1, 8))
        serial = f"{rng.choice('ACGKL')}{rng.randint(10**6, 10**7 - 1)}"
        mult = rng.choice(MULTIPLIERS)
        on_dial = max(1, rng.randint(600, 9000) // mult)
        off_dial = max(1, on_dial * rng.randint(140, 320) // 100)
        on, off = Decimal(on_dial * mult), Decimal(off_dial * mult)
        hours = 24 * (doc.period[1] - doc.period[0]).days if doc.period else 720
        target = (on + off) / hours * 100 / rng.randint(25, 62)  # a load factor of 25 to 62 %
        places = Decimal("0.1") if mult == 1 else Decimal("0.001")
        read = max(places, (target / mult).quantize(places))
        kw = (read * mult).normalize()
        charges = [
            ("On-peak energy", on, rates["on"], "kWh"),
            ("Off-peak energy", off, rates["off"], "kWh"),
            ("Billing demand", kw, rates["kw"], "kW"),
            ("Fuel charge", on + off, rates["fuel"], "kWh"),
        ]
        if rider:
            charges.append((rider, kw, rates["rider"], "kW"))
        lines.append(Line("Customer charge", fixed, "6430", code=serial, group=group))
        for text, quantity, rate, unit in charges:
            amount = cents(quantity * rate)
            lines.append(Line(text, amount, "6430", quantity, rate, unit, code=serial, group=group))
        on_prior, off_prior = rng.randint(1000, 90000), rng.randint(1000, 90000)
        meters.append(
            {
                "group": group,
                "serial": serial,
                "mult": mult,
                "on": (on_prior, on_prior + on_dial, on),
                "off": (off_prior, off_prior + off_dial, off),
                "read": read,
                "kw": kw,
            }
        )
    doc.lines = lines
    doc.unit = None
    used = sum((m["on"][2] + m["off"][2] for m in meters), Decimal(0))
    highest: Decimal = max(m["kw"] for m in meters)
    doc.extras.update(
        florida=vendor.region == "fl",
        meters=meters,
        rate_schedule=rng.choice(DEMAND_RATES),
        last_year=(
            rng.randint(28, 33),
            int(used * rng.randint(78, 124) / 100),
            (highest * rng.randint(80, 118) / 100).quantize(Decimal("0.1")),
        ),
        history=[int(used * rng.randint(62, 135) / 100) for _ in range(12)],
    )


STAFF_ROLES = {
    "cleaning": (
        ("conserje", Decimal(0)),
        ("empleada de limpieza", Decimal(0)),
        ("empleado de mantenimiento", Decimal("1.50")),
        ("supervisora de limpieza", Decimal("3.25")),
    ),
    "landscaping": (
        ("jardinero", Decimal(0)),
        ("operador de trimmer", Decimal("0.75")),
        ("operador de podadora", Decimal("1.25")),
        ("capataz de brigada", Decimal("3.50")),
    ),
}
STAFF_NAMES = (
    "José Rivera Colón",
    "María Santiago Ortiz",
    "Luis A. Torres Vega",
    "Carmen Rodríguez Díaz",
    "Ángel Morales Cruz",
    "Wanda I. Pérez Rosa",
    "Héctor Ramos Soto",
    "Nilda Figueroa Ruiz",
    "Edwin Cartagena Meléndez",
    "Yolanda Báez Nieves",
    "Pedro J. Maldonado Rivera",
    "Zoraida Colón Vázquez",
)


def _staff_hours(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H118: a Puerto Rican contractor's staff billed from its weekly time sheets: the
    crew's members, each one's regular hours of each week (Sunday to Saturday) and, on
    some, overtime at time and a half; the weeks run up to the Saturday before the
    invoice. The period is the weeks billed. Its own generator: no other layout changes."""
    lab = doc.labels
    back = (doc.invoice_date.weekday() - 5) % 7 or 7
    end = doc.invoice_date - timedelta(days=back)
    weeks = rng.choice([1, 2, 2, 2, 4])
    start = end - timedelta(days=7 * weeks - 1)
    roles = STAFF_ROLES[vendor.trade]
    gl = load("trades")[vendor.trade]["gl"][0]
    base = Decimal(rng.randint(50, 66)) / 4
    low, high = doc.layout["lines"]
    crew = rng.sample(STAFF_NAMES, rng.randint(low, high if weeks < 4 else 4))
    members = []
    for k, name in enumerate(crew):  # a crew of three or more has its lead first
        role, more = roles[3] if k == 0 and len(crew) > 2 else rng.choice(roles[:3])
        members.append((name, role, more))
    lines: list[Line] = []
    for week in range(weeks):
        first = start + timedelta(days=7 * week)
        heading = lab["week"].format(period=period_es(first, first + timedelta(days=6)))
        for name, role, more in members:
            rate = base + more
            regular = Decimal(min(80, rng.randint(52, 86))) / 2
            who = f"{name}, {role}"
            amount = cents(regular * rate)
            text = f"{who} - {lab['regular']}"
            lines.append(Line(text, amount, gl, regular, rate, "h", group=heading))
            if regular == 40 and rng.random() < 0.35:
                extra = Decimal(rng.randint(2, 16)) / 2
                premium = cents(rate * Decimal("1.5"))
                text = f"{who} - {lab['overtime']}"
                amount = cents(extra * premium)
                lines.append(Line(text, amount, gl, extra, premium, "h", group=heading))
    doc.lines = lines
    doc.period = (start, end)
    doc.unit = None
    if doc.service_lines:
        doc.service_lines = [prop.name, prop.street, prop.city_line]
    keyed = random.Random(f"contract:{vendor.code}:{prop.code}")
    doc.extras.update(
        contract=f"CS-{keyed.randint(2019, 2025)}-{keyed.randint(10, 99)}",
        lead=members[0][0] if len(crew) > 2 else None,
    )


EXTINGUISHERS = {  # size and type: the price of a new one
    "5 lb ABC": (48, 72),
    "10 lb ABC": (62, 98),
    "20 lb ABC": (118, 165),
    "10 lb CO2": (165, 240),
    "6 L K-class": (185, 260),
}
SPOTS = (
    "1st floor breezeway",
    "2nd floor breezeway",
    "3rd floor breezeway",
    "stairwell A",
    "stairwell B",
    "laundry closet",
    "electric meter room",
    "mechanical closet",
)
FLOOR_SPOTS = (
    "east corridor",
    "west corridor",
    "elevator lobby",
    "trash chute room",
    "stairwell 1",
    "stairwell 2",
)
AMENITY_SPOTS = (
    ("Leasing office", "5 lb ABC"),
    ("Clubhouse kitchen", "6 L K-class"),
    ("Clubhouse", "10 lb ABC"),
    ("Fitness center", "5 lb ABC"),
    ("Maintenance shop", "20 lb ABC"),
    ("Maintenance shop", "10 lb CO2"),
    ("Pool equipment room", "10 lb ABC"),
    ("Main electrical room", "10 lb CO2"),
    ("Trash compactor", "20 lb ABC"),
)
EXTINGUISHER_WORK = (  # what else an extinguisher may need: (kind, share, price range)
    ("maintenance", 0.0, (22, 38)),  # every six years
    ("hydro", 0.0, (28, 46)),  # at twelve years
    ("recharge", 0.05, (18, 34)),  # after it was used
)
FIRE_TECHS = ("R. Salinas", "K. Whitaker", "J. Okafor", "M. Dupree", "A. Villarreal", "S. Haynes")


def _places(prop: Property) -> list[str]:
    """Where a property's extinguishers hang: the breezeways and stairs of each building,
    or each floor's corridors in a mid-rise."""
    first = prop.units[0]
    if "-" in first or first[0].isalpha():
        keys = sorted({unit.split("-")[0] if "-" in unit else unit[0] for unit in prop.units})
        return [f"Bldg {key}" for key in keys]
    return [f"Floor {floor}" for floor in sorted({unit[:-2] for unit in prop.units}, key=int)]


def _extinguisher_lines(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H119: a fire-safety service's annual visit: every extinguisher of the property by its
    tag and where it hangs (the buildings' breezeways or each floor's corridors, then the
    amenities), its annual inspection and what else it needed (six-year maintenance, a
    hydrostatic test, a recharge, or a new one for an old or damaged unit), then the
    emergency and exit lights tested in each building and the batteries replaced. Its own
    generator: no other layout changes."""
    lab = doc.labels
    year = doc.invoice_date.year
    annual = Decimal(rng.randint(500, 950)) / 100
    prices = {
        kind: Decimal(rng.randint(low * 100, high * 100)) / 100
        for kind, _, (low, high) in EXTINGUISHER_WORK
    }
    places = _places(prop)
    spots = FLOOR_SPOTS if places[0].startswith("Floor") else SPOTS
    hung = [
        (f"{place} - {spot}", rng.choice(["5 lb ABC", "10 lb ABC", "10 lb ABC"]))
        for place in places
        for spot in sorted(rng.sample(spots, rng.randint(3, 6)), key=spots.index)
    ]
    hung += rng.sample(AMENITY_SPOTS, rng.randint(3, 6))
    lines: list[Line] = []
    devices: list[tuple[str, str]] = []  # per line: the year made and the result
    for number, (where, size) in enumerate(hung[:80], start=1):
        tag = f"{lab['tag_prefix']}{number:03d}"
        made = year - rng.choice([1, 2, 3, 4, 5, 6, 6, 7, 8, 9, 10, 11, 12, 13, 14])
        age = year - made
        work = [(lab["annual"].format(size=size), annual, lab["passed"])]
        if age >= 12 and rng.random() < 0.6:  # too old to test: a new one in its place
            low, high = EXTINGUISHERS[size]
            work = [(work[0][0], annual, lab["failed"])]
            work.append(
                (
                    lab["new_unit"].format(size=size),
                    Decimal(rng.randint(low, high)),
                    lab["replaced"],
                )
            )
        else:
            for kind, share, _ in EXTINGUISHER_WORK:
                due = {"maintenance": age == 6, "hydro": age >= 12}.get(kind, False)
                if due or rng.random() < share:
                    work.append((lab[kind].format(size=size), prices[kind], lab["serviced"]))
        for text, price, result in work:
            lines.append(Line(text, price, "6350", Decimal(1), price, "ea", code=tag, group=where))
            devices.append((str(made), result))
    light = Decimal(rng.randint(400, 900)) / 100
    battery = Decimal(rng.randint(1800, 3200)) / 100
    for place in places:
        for kind in ("lights", "exits"):
            count = Decimal(rng.randint(2, 9))
            line = Line(lab[kind], cents(count * light), "6350", count, light, "ea", group=place)
            lines.append(line)
            devices.append(("", lab["tested"]))
        if rng.random() < 0.35:
            bad = Decimal(rng.randint(1, 3))
            lines.append(
                Line(lab["battery"], cents(bad * battery), "6350", bad, battery, "ea", group=place)
            )
            devices.append(("", lab["replaced"]))
    doc.lines = lines
    doc.unit = None
    if doc.service_lines:
        doc.service_lines = [prop.name, prop.street, prop.city_line]
    keyed = random.Random(f"license:{vendor.code}")
    inspected = doc.invoice_date - timedelta(days=rng.randint(0, 6))
    doc.extras.update(
        devices=devices,
        inspected=inspected,
        technician=rng.choice(FIRE_TECHS),
        license=f"{keyed.choice(['ECR', 'FEL', 'SFM'])}-{keyed.randint(10000, 99999)}",
        work_order=f"{rng.randint(100000, 999999)}",
    )


TALLY_LINES = {
    "demand_bill": _demand_lines,
    "staff_hours": _staff_hours,
    "extinguisher": _extinguisher_lines,
}


PR_CLERKS = ("YARITZA", "KEVIN", "NORMA", "JOMAR", "LIZMARIE", "EDGARDO", "ZULEIKA")
PR_TENDERS = ("ath", "ath", "card", "cash", "cash")


def _ivu_ticket(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H117: a Puerto Rico hardware store's till receipt: each item with its count and
    price, the subtotal, the state and the municipal IVU broken out and their sum, the
    total, how it was paid (an ATH debit card, a credit card or cash) and the IVU control
    number; the customer's property on some. Its own generator: no other layout
    changes."""
    items = load("trades")[vendor.trade]["items"]
    low, high = doc.layout["lines"]
    for index in rng.sample(range(len(items)), rng.randint(low, min(high, len(items)))):
        keyed = random.Random(f"plu:{vendor.code}:{index}")  # an item's code never changes
        line = _catalog_line(doc, items[index], index, "", rng)
        doc.lines.append(replace(line, day=None, code=f"{keyed.randint(10**5, 10**6 - 1)}"))
    subtotal = sum((line.amount for line in doc.lines), Decimal(0))
    state = cents(subtotal * Decimal("0.105"))
    city = cents(subtotal * Decimal("0.01"))
    rate = Decimal(load("regions")[vendor.region]["tax_rate"])  # 10.5% + 1%
    doc.totals = [
        TotalRow("subtotal", subtotal),
        TotalRow("tax", state + city, rate),
        TotalRow("total", subtotal + state + city),
    ]
    doc.vendor_name = doc.vendor_name.upper()
    job = rng.random() < doc.layout["optional"].get("job", 0)
    doc.property_code = prop.code if job else None
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    doc.extras.update(
        tax_rate=rate,
        ivu=(state, city),
        time=f"{rng.randint(7, 17):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
        register=f"{rng.randint(1, 8):02d}",
        cashier=rng.choice(PR_CLERKS),
        tender=rng.choice(PR_TENDERS),
        card_brand=rng.choice(CARD_BRANDS[:2]),
        card_last4=f"{rng.randint(0, 9999):04d}",
        approval=f"{rng.randint(0, 999999):06d}",
        control="-".join("".join(rng.choice(alphabet) for _ in range(4)) for _ in range(4)),
        job=prop.name.upper() if job else None,
    )


PAINT_COLORS = (
    ("SWISS COFFEE", "1812"),
    ("ANTIQUE WHITE", "0744"),
    ("NAVAJO WHITE", "0711"),
    ("BONE WHITE", "0206"),
    ("AGREEABLE TAUPE", "2318"),
    ("DESERT SAND", "1139"),
    ("LINEN", "0417"),
)
PAINT_BASES = ("PASTEL BASE", "WHITE BASE", "MEDIUM BASE")
COLORANTS = ("KX", "Y3", "R2", "L1", "B1", "E2", "I1")
PAINT_ASSOCIATES = ("TREVOR", "ANGELA M", "RUDY", "SHAWNA", "DESHAWN", "LETI", "GARY P")


def _paint_desk(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H120: a home center paint desk's till receipt: paint and sundries (the store's own
    and its contractor lines), a count and price only when more than one was bought, the
    tinted gallon's color, base and colorant formula under it (not part of its
    description), subtotal, tax and total, the card or cash tendered, the job and the
    pro-rewards number on some. Its own generator: no other layout changes."""
    trades = load("trades")
    pool = [
        item
        for name in (vendor.trade, "mro_supply")
        for item in trades[name]["items"]
        if item["gl"] == "6210" or "caulk" in item["en"].lower()
    ]
    low, high = doc.layout["lines"]
    chosen = rng.sample(pool, rng.randint(low, min(high, len(pool))))
    base = next(item for item in pool if item["en"].upper() == "INT PAINT EGGSHELL 1GAL")
    if base not in chosen and rng.random() < 0.7:  # most visits have a gallon tinted
        chosen[0] = base
    for item in chosen:
        quantity, price = _quantity(item, rng), _price(item, rng)
        line = Line(item["en"].upper(), cents(quantity * price), item["gl"], quantity, price)
        if quantity == 1:  # one of an item prints its price only
            line = replace(line, quantity=None, unit_price=None)
        doc.lines.append(line)
    tints = {}
    for k, line in enumerate(doc.lines):
        if "EGGSHELL" in line.description and "WHITE" not in line.description:  # a base to tint
            color, code = rng.choice(PAINT_COLORS)
            shots = rng.sample(COLORANTS, rng.randint(2, 4))
            formula = "  ".join(f"{c} {rng.randint(0, 2)}-{rng.randint(1, 47)}" for c in shots)
            tints[k] = (color, code, rng.choice(PAINT_BASES), formula)
    doc.extras["tax_rate"] = Decimal(load("regions")[vendor.region]["tax_rate"])
    set_totals(doc, doc.extras["tax_rate"], rng)
    doc.totals = [row for row in doc.totals if row.key != "amount_due"]
    doc.vendor_name = doc.vendor_name.upper()
    job = rng.random() < doc.layout["optional"].get("job", 0)
    doc.property_code = prop.code if job else None
    hour, minute = rng.randint(6, 18), rng.randint(0, 59)
    doc.extras.update(
        tints=tints,
        time=_clock(hour * 60 + minute),
        store=f"{rng.randint(100, 2999):04d}",
        register=f"{rng.randint(1, 9)}",
        associate=rng.choice(PAINT_ASSOCIATES),
        card=rng.random() < 0.75,
        card_brand=rng.choice(CARD_BRANDS),
        card_last4=f"{rng.randint(0, 9999):04d}",
        auth=f"{rng.randint(0, 999999):06d}",
        entry=rng.choice(["CONTACTLESS", "CHIP", "CHIP"]),
        rewards=f"{rng.randint(0, 9999):04d}" if job or rng.random() < 0.4 else None,
        job=prop.name.upper() if job else None,
    )


TALLY_RECEIPTS = {"ivu_ticket": _ivu_ticket, "paint_desk": _paint_desk}


# --- the layouts added with H121-H125 ----------------------------------------------------

DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
CREW_LEADERS = ("R. Salazar", "J. Ramos", "T. Mendez", "C. Whitley", "D. Pham", "L. Guerrero")
MOW_WORK = "Mow, edge, string trim and blow off hard surfaces"
DETAIL_WORK = (
    "Shrub pruning, bed weeding and litter pickup",  # the growing season
    "Leaf removal, bed cleanup and litter pickup",  # the dormant season
)
IRRIGATION_WORK = "Irrigation inspection and controller adjustment, zones 1-{zones}"
VISIT_REMARKS = (
    "Broken spray head in zone {zone} replaced under contract.",
    "Gate code did not work on arrival; the office let the crew in.",
    "Heavy rain: the back field was left for the next visit.",
    "Fire ant mounds by the pool fence reported to the office.",
    "Pet waste stations restocked at the office's request.",
    "Cars parked over the curb line; edging skipped there.",
    "Dead shrubs by the leasing office flagged for replacement.",
)


def _visit_log_lines(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H121: a grounds contractor's crews on the property visit by visit in the month
    before the invoice (the ground truth's period): weekly in the growing season, every
    other week in the dormant one, twice a week in some summer months; each visit's mowing
    crew, on some its detail crew, the month's irrigation inspection, each billed by the
    man-hour (the crew times its hours on site), and the extra work or materials logged on
    a visit. The crews' sizes and hours, each visit's leader, times and remark are not in
    the ground truth. Its own generator: no other layout changes."""
    end = doc.invoice_date.replace(day=1) - timedelta(days=1)
    start = end.replace(day=1)
    route = rng.randint(0, 4)
    month = [start + timedelta(days=k) for k in range(end.day)]
    days = [day for day in month if day.weekday() == route]
    growing = 3 <= start.month <= 10
    schedule = "weekly"
    if not growing:
        days, schedule = days[rng.randint(0, 1) :: 2], "biweekly"
    elif 5 <= start.month <= 9 and rng.random() < 0.4:  # twice a week at the peak
        other = route + 3 if route <= 1 else route - 3
        days = [day for day in month if day.weekday() in (route, other)]
        schedule, route = "twice", min(route, other)
    items = load("trades")[vendor.trade]["items"]
    gl = items[0]["gl"]
    rate = Decimal(rng.randint(76, 110)) / 2
    tech_rate = Decimal(rng.randint(13, 18) * 5)
    zones = rng.randint(8, 36)
    leader = rng.choice(CREW_LEADERS)
    rows: list[tuple[Line, tuple[int, Decimal] | None]] = []
    visits: dict[date, tuple[str, str, str, str | None]] = {}
    for n, day in enumerate(days):
        crews = [(MOW_WORK, rng.choice((2, 3, 3, 4)), rate)]
        if rng.random() < (0.6 if growing else 0.4):
            crews.append((DETAIL_WORK[0 if growing else 1], 2, rate))
        if n == 0 and (growing or rng.random() < 0.5):
            crews.append((IRRIGATION_WORK.format(zones=zones), 1, tech_rate))
        longest = Decimal(0)
        for text, crew, price in crews:
            hours = Decimal(rng.randint(3, 10)) / 2
            longest = max(longest, hours)
            man_hours = crew * hours
            line = Line(text, cents(man_hours * price), gl, man_hours, price, "MH", day=day)
            rows.append((line, (crew, hours)))
        arrive = rng.randint(13, 20) * 30 + rng.choice((0, 10, 20))
        remark = None
        if rng.random() < 0.3:
            remark = rng.choice(VISIT_REMARKS).format(zone=rng.randint(1, zones))
        who = leader if rng.random() < 0.85 else rng.choice(CREW_LEADERS)
        visits[day] = (who, _clock(arrive), _clock(arrive + int(longest * 60)), remark)
    extra = [k for k, item in enumerate(items) if not item["en"].startswith(("Monthly", "Mow"))]
    for index in rng.sample(extra, rng.choice((0, 0, 1, 1, 2, 3))):
        line = _catalog_line(doc, items[index], index, "", rng)
        rows.append((replace(line, day=rng.choice(days)), None))
    rows.sort(key=lambda row: row[0].day or start)
    doc.lines = [line for line, _ in rows]
    doc.period = (start, end)
    doc.unit = None
    if doc.service_lines:
        doc.service_lines = [prop.name, prop.street, prop.city_line]
    keyed = random.Random(f"agreement:{vendor.code}:{prop.code}")
    doc.extras.update(
        crews=[crew for _, crew in rows],
        visits=visits,
        schedule=schedule,
        route=(DAY_NAMES[route], DAY_NAMES[(route + 3) % 7]),
        agreement=f"GM-{keyed.randint(2019, 2025)}-{keyed.randint(100, 999)}",
    )


BUILDING_FEES = {
    "plumbing": "Mantenimiento preventivo mensual de bombas, cisterna y válvulas - {month} {year}",
    "hvac": "Mantenimiento preventivo mensual de manejadoras y condensadoras - {month} {year}",
    "electrical": "Mantenimiento preventivo mensual de cuartos eléctricos y planta de "
    "emergencia - {month} {year}",
    "cleaning": "Servicio mensual de limpieza de áreas comunes - {month} {year}",
}
PR_BANKS = (
    ("Banco Popular de Puerto Rico", "021502011"),
    ("FirstBank Puerto Rico", "221571415"),
    ("Oriental Bank", "221571473"),
)


def _building_lines(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H122: a Puerto Rican building-maintenance firm's month: the fee of its maintenance
    contract for the month of the invoice (the ground truth's period) first, then the work
    done besides it (the trade's catalogue lines, drawn as for any invoice, on some a long
    list unit by unit). The contract, the firm's registration and its bank are not in the
    ground truth. Its own generator: no other layout changes."""
    assert doc.period is not None
    start = doc.period[0]
    text = BUILDING_FEES[vendor.trade].format(month=months("es")[start.month - 1], year=start.year)
    fee = cents(Decimal(rng.randint(18, 96) * 25))
    gl = load("trades")[vendor.trade]["gl"][0]
    code = f"CM-{start.month:02d}{start.year % 100:02d}"
    doc.lines.insert(0, Line(text, fee, gl, Decimal(1), fee, "mes", code=code))
    keyed = random.Random(f"building:{vendor.code}")  # the firm's own numbers never change
    bank, route = keyed.choice(PR_BANKS)
    contract = random.Random(f"contract:{vendor.code}:{prop.code}")
    doc.extras.update(
        contract=f"CM-{contract.randint(2018, 2025)}-{contract.randint(10, 99)}",
        registry=f"{keyed.randint(12000, 489999)}",
        bank=(bank, f"{keyed.randint(10**8, 10**9 - 1)}", route),
    )


LIFT_KINDS = ("Hydraulic passenger", "Traction passenger", "Hydraulic service")
LIFT_CORES = ("Main lobby", "North core", "Garage lobby", "South core")
LIFT_MECHANICS = ("B. Kowalski", "E. Santos", "G. Whitfield", "H. Tran", "M. Okonkwo", "P. Alvarez")


def _lift_lines(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H123: an elevator contractor's quarter billed in advance (the ground truth's period):
    each car's monthly maintenance times the quarter's three months, covering the quarter,
    then the repairs and callbacks of the last months, each on its day with its service
    ticket and mechanic (not in the ground truth, nor the cars' equipment and state
    numbers). Its own generator: no other layout changes."""
    items = load("trades")[doc.layout["catalogue"]]["items"]
    assert doc.period is not None
    start, end = doc.period
    places = _places(prop)
    if places[0].startswith("Floor"):  # a mid-rise: its cars serve every floor
        stops = len(places)
        kind = LIFT_KINDS[1] if stops > 4 else LIFT_KINDS[0]
        where = rng.sample(LIFT_CORES, rng.randint(1, min(3, max(1, stops - 3))))
        cars = [(f"{kind}, {stops} stops, {core}") for core in where]
    else:  # one car in some of the buildings
        buildings = sorted(rng.sample(places, rng.randint(1, min(4, len(places)))))
        cars = [f"{LIFT_KINDS[0]}, 3 stops, {place}" for place in buildings]
    if rng.random() < 0.25:
        cars.append(f"{LIFT_KINDS[2]}, 2 stops, {rng.choice(('Leasing office', 'Clubhouse'))}")
    monthly = next(k for k, item in enumerate(items) if item.get("unit") == "mo")
    lines: list[Line] = []
    ids = [f"CAR {k}" for k in range(1, len(cars) + 1)]
    for car, equipment in zip(ids, cars, strict=True):
        line = _catalog_line(doc, items[monthly], monthly, "", rng)
        price = line.unit_price or Decimal(0)
        months_billed = Decimal(3)
        lines.append(
            replace(
                line,
                quantity=months_billed,
                amount=cents(months_billed * price),
                code=car,
                group=equipment,
                day=None,
            )
        )
    cover = [(start, end)] * len(lines)
    others = [k for k in range(len(items)) if k != monthly]
    repairs = []
    for index in rng.sample(others, rng.choice((0, 1, 1, 2, 3, 4))):
        k = rng.randrange(len(cars))
        line = _catalog_line(doc, items[index], index, "", rng)
        done = doc.invoice_date - timedelta(days=rng.randint(3, 88))
        note = doc.labels["ticket"].format(
            ticket=rng.randint(4000000, 4999999), mechanic=rng.choice(LIFT_MECHANICS)
        )
        repairs.append(replace(line, code=ids[k], group=cars[k], note=note, day=done))
    repairs.sort(key=lambda line: line.day or start)
    cover += [(line.day or start, line.day or start) for line in repairs]
    doc.lines = [*lines, *(replace(line, day=None) for line in repairs)]
    doc.unit = None
    if doc.service_lines:
        doc.service_lines = [prop.name, prop.street, prop.city_line]
    keyed = random.Random(f"lift:{vendor.code}")
    contract = random.Random(f"lift:{vendor.code}:{prop.code}")
    doc.extras.update(
        cover=cover,
        state_ids={car: f"{contract.randint(10000, 99999)}" for car in ids},
        contract=f"VT-{contract.randint(100000, 999999)}",
        license=f"ECR{keyed.randint(1000, 99999)}",
    )


CFDI_PEST_KEYS = {"roedores": ("72102105", "H87"), "termitas": ("72102104", "E48")}
CFDI_PAC = ("SAT970701NN3", "LSO1306189R5", "INT020124V62", "MAS0810247C0")
PEST_PRODUCTS_MX = (
    ("Deltametrina 2.5% CE", "Deltametrina", "10 ml/L", "Aspersión", "Cucarachas"),
    ("Cipermetrina 20% CE", "Cipermetrina", "5 ml/L", "Aspersión", "Arañas"),
    ("Gel cebo Fipronil 0.05%", "Fipronil", "0.5 g/m2", "Gel en grietas", "Cucarachas"),
    ("Bloque parafinado 0.005%", "Brodifacoum", "2 bloques/estación", "Estaciones", "Roedores"),
    ("Bifentrina 7.9% SC", "Bifentrina", "3 ml/L", "Aspersión perimetral", "Hormigas"),
    ("Imidacloprid 21.4% SC", "Imidacloprid", "2.5 ml/L", "Inyección", "Termitas"),
    ("Hidropreno 9% CE", "Hidropreno", "2 ml/L", "Nebulización", "Chinches"),
)
PEST_WORDS = (  # the pest a concept treats, by a word of its description
    ("cucaracha", "Cucarachas"),
    ("interior", "Cucarachas"),
    ("perimetral", "Arañas"),
    ("chinche", "Chinches"),
    ("roedor", "Roedores"),
    ("termita", "Termitas"),
    ("hormiga", "Hormigas"),
)
PEST_AREAS_MX = (
    "Cuarto de basura",
    "Estacionamiento",
    "Áreas verdes",
    "Cuarto de máquinas",
    "Lobby y pasillos",
    "Cisterna y cuarto de bombas",
    "Oficina de administración",
)
PEST_TECHS_MX = (
    "José Luis Garza",
    "Martín Cantú",
    "Ricardo Elizondo",
    "Juan Carlos Treviño",
    "Alfredo Salinas",
)
PEST_RESPONSIBLES = ("Q.F.B. Diana Villarreal", "Biól. Héctor Montemayor", "Ing. Laura Cavazos")


def _cfdi_pest(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H124: a Mexican pest-control firm's CFDI (its lines are the trade's catalogue
    lines, drawn as for any invoice): the fiscal data (folio fiscal, certificates, seals,
    the receiver's RFC, regime and CFDI use, payment method and form, each concept's SAT
    keys) and, on most, a service certificate page (the order, technician, the sanitary
    licence and responsible, the pests, areas and products applied, next visit); none of
    it in the ground truth. Its own generator: no other layout changes."""
    hexes = "0123456789ABCDEF"
    uuid = "-".join("".join(rng.choice(hexes) for _ in range(n)) for n in (8, 4, 4, 4, 12))
    keyed = random.Random(f"csd:{vendor.code}")
    hour, minute, second = rng.randint(8, 18), rng.randint(0, 59), rng.randint(0, 59)
    stamped = hour * 3600 + minute * 60 + second + rng.randint(20, 400)
    later = stamped // 3600, stamped // 60 % 60, stamped % 60
    credit = bool(doc.due_date or (doc.terms and doc.terms != "Contado"))
    seals = ["".join(rng.choice(SEAL_ALPHABET) for _ in range(344)) for _ in range(2)]
    keys = []
    for line in doc.lines:
        found = [key for word, key in CFDI_PEST_KEYS.items() if word in line.description.lower()]
        keys.append(found[0] if found else ("72102100", "E48"))
    doc.extras.update(
        uuid=uuid,
        certificate=f"0000100000050{keyed.randint(1000000, 9999999)}",
        sat_certificate=f"0000100000070{rng.randint(1000000, 9999999)}",
        time=f"{hour:02d}:{minute:02d}:{second:02d}",
        certified="{:02d}:{:02d}:{:02d}".format(*later),
        pac=rng.choice(CFDI_PAC),
        seals=seals,
        customer_rfc=receiver_rfc(doc.customer_name or ""),
        customer_zip=(doc.bill_to_lines or [""])[-1].rsplit(" ", 1)[-1],
        cfdi_use=rng.choice(CFDI_USES[:1] * 3 + CFDI_USES[1:2]),
        regime=SAT_REGIMES[0],
        method=CFDI_METHODS[0] if credit else CFDI_METHODS[1],
        form=CFDI_FORMS[0] if credit else rng.choice(CFDI_FORMS[1:]),
        place=vendor.address_lines[-1].rsplit(" ", 1)[-1],
        sat_keys=keys,
    )
    if rng.random() < 0.7:  # the service certificate goes with most invoices
        day = doc.invoice_date - timedelta(days=rng.randint(0, 5))
        start = rng.randint(8, 15) * 60 + rng.choice((0, 15, 30, 45))
        said = " ".join(line.description.lower() for line in doc.lines)
        wanted = [pest for word, pest in PEST_WORDS if word in said]
        products = [next(p for p in PEST_PRODUCTS_MX if p[4] == pest) for pest in wanted]
        others = [product for product in PEST_PRODUCTS_MX if product not in products]
        products = list(dict.fromkeys(products))[:4] or rng.sample(others, 2)
        registered = []
        for product in products:
            reg = random.Random(f"cofepris:{product[0]}")  # a product's registration is its own
            number = f"RSCO-URB-INAC-{reg.randint(100, 199)}-{reg.randint(300, 399)}-"
            registered.append((*product, f"{number}{reg.randint(1, 99):03d}-{reg.randint(1, 30)}"))
        licence = random.Random(f"licencia:{vendor.code}")
        doc.extras.update(
            certificate_page=True,
            service_order=f"OS-{rng.randint(10000, 99999)}",
            service_day=day,
            service_times=tuple(
                f"{at // 60:02d}:{at % 60:02d}" for at in (start, start + rng.randint(6, 30) * 5)
            ),
            technician=rng.choice(PEST_TECHS_MX),
            responsible=f"{licence.choice(PEST_RESPONSIBLES)}, céd. prof. "
            f"{licence.randint(1000000, 9999999)}",
            licence=f"19-AM-19039-{licence.randint(100, 999)}",
            products=registered,
            pests=list(dict.fromkeys(product[4] for product in products)),
            areas=rng.sample(PEST_AREAS_MX, rng.randint(2, 4)),
            next_visit=day + timedelta(days=rng.choice((15, 30, 30, 30))),
            observation=rng.choice(OBSERVATIONS["pest_control"]),
        )


def _upkeep_totals(doc: Document) -> None:
    """A CFDI taxes each concept on its own: the IVA is the sum of the concepts' taxes
    (H124), and it prints no amount due besides its total."""
    if doc.layout.get("form") != "cfdi_plagas":
        return
    rate = doc.extras["tax_rate"]
    for line in doc.lines:
        line.tax = cents(line.amount * rate)
    subtotal = sum((line.amount for line in doc.lines), Decimal(0))
    tax = sum((line.tax or Decimal(0) for line in doc.lines), Decimal(0))
    doc.totals = [TotalRow("subtotal", subtotal)]
    if rate:
        doc.totals.append(TotalRow("tax", tax, rate))
    doc.totals.append(TotalRow("total", subtotal + tax))


UPKEEP_LINES = {
    "visit_log": _visit_log_lines,
    "building_factura": _building_lines,
    "lift_quarter": _lift_lines,
    "cfdi_plagas": _cfdi_pest,
}
UPKEEP_OWN_LINES = ("visit_log", "lift_quarter")  # no catalogue lines drawn before theirs
LOCK_HAND = {  # how the locksmith writes each catalogue item on the pad
    "Service Call": "Service call / trip chg",
    "Rekey": "Rekey cyl. + 2 keys {unit}",
    "Deadbolt": "New deadbolt installed {unit}",
    "Keys": "Dup. keys",
    "Master Key": "Master key pinning per cyl.",
    "Mailbox Lock": "Mailbox lock {unit}",
    "Labor": "Labor",
    "Door Closer": "Door closer - pool gate",
    "Lockout": "Lockout - open & reset {unit}",
    "Safe": "Safe combo change - office",
    "Keypad": "Keypad codes - amenity doors",
}
LOCK_WORK = {  # the job in the locksmith's words, after the first item written
    "Service Call": "After hours call - see below",
    "Rekey": "Move-out rekey, keys left w/ office",
    "Deadbolt": "Install deadbolt per mgr request",
    "Keys": "Cut keys for office",
    "Master Key": "Re-pin to master system",
    "Mailbox Lock": "Mailbox lock changed for new resident",
    "Labor": "Lock repair",
    "Door Closer": "Pool gate not closing - replaced closer",
    "Lockout": "Resident locked out, opened door",
    "Safe": "Office safe - new combination",
    "Keypad": "Reprogram gate / amenity keypads",
}
LOCK_TECHS = ("Rusty", "Mike D.", "Chris", "Abel", "Jeff W.", "Sonny")


def _stock_work_order(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H125: a locksmith's work order and receipt written by hand on a stock pad: the job
    at an apartment (named on most), each item as the locksmith writes it, tax on the
    parts only, the total, what was paid on the spot (the ground truth's deposit) and the
    balance, mostly nothing. The times, tech, job note and how it was paid are not in the
    ground truth. Its own generator: no other layout changes."""
    items = load("trades")[doc.layout["catalogue"]]["items"]
    unit = rng.choice(prop.units)
    said = rng.choice(("#{u}", "Apt {u}", "Unit {u}")).format(u=unit)
    low, high = doc.layout["lines"]
    chosen = rng.sample(range(len(items)), rng.randint(low, high))
    for index in chosen:
        item = items[index]
        line = _catalog_line(doc, item, index, unit, rng)
        text = LOCK_HAND[item["name"]].format(unit=said).upper()
        doc.lines.append(replace(line, description=text, day=None, part=item["gl"] == "6150"))
    optional = doc.layout["optional"]
    company = load("properties")["companies"][prop.company]
    doc.customer_name = str(company["name"])
    if rng.random() < optional.get("bill_to", 0):
        doc.bill_to_lines = list(company["lines"])  # type: ignore[call-overload]
    job = rng.random() < optional.get("job", 0)
    doc.property_code = prop.code if job else None
    doc.unit = unit if job else None
    if job:
        doc.service_lines = [prop.name, f"{prop.street}, {said}", prop.city_line]
    rate = Decimal(load("regions")[vendor.region]["tax_rate"])
    parts = sum((line.amount for line in doc.lines if line.part), Decimal(0))
    subtotal = sum((line.amount for line in doc.lines), Decimal(0))
    tax = cents(parts * rate)
    total = subtotal + tax
    paid = total
    if total > 150 and rng.random() < 0.3:  # most paid on the spot, a little left to bill
        share = Decimal(rng.choice(("0.75", "0.8", "0.9")))
        paid = cents(Decimal(max(int(total * share) // 10 * 10, 10)))
    doc.totals = [TotalRow("subtotal", subtotal)]
    if tax:
        doc.totals.append(TotalRow("tax", tax, rate))
    doc.totals += [
        TotalRow("total", total),
        TotalRow("deposit", paid),
        TotalRow("amount_due", total - paid),
    ]
    doc.vendor_name = doc.vendor_name.upper()  # the shop's rubber stamp
    doc.invoice_number = f"{rng.randint(10000, 49999)}"  # the pad's printed serial
    arrive = rng.randint(8 * 12, 17 * 12) * 5
    worked = sum((line.quantity or 0 for line in doc.lines if line.unit == "hr"), Decimal(0))
    stay = max(rng.randint(3, 12) * 5, int(worked * 60) + rng.randint(0, 4) * 5)
    tender = rng.choice(("cash", "check", "check", "card", "card"))
    doc.extras.update(
        tax_rate=rate,
        parts=parts,
        labor=subtotal - parts,
        times=(_clock(arrive), _clock(arrive + stay)),
        taken=rng.choice(("LS", "DM", "KR", "phone", "JW")),
        tech=rng.choice(LOCK_TECHS),
        work=LOCK_WORK[items[chosen[0]]["name"]],
        tender=tender,
        check_number=f"{rng.randint(1001, 9999)}",
        card_last4=f"{rng.randint(0, 9999):04d}",
        signer=prop.approver if rng.random() < 0.5 else None,
    )


UPKEEP_RECEIPTS = {"stock_work_order": _stock_work_order}


# --- the layouts added with H126-H130 ----------------------------------------------------

ROOF_ORDER = (6, 0, 1, 4, 8, 5, 2, 3)  # a roof's work in the order it is done, by item
ROOF_OPTIONAL = {6: 0.55, 8: 0.3, 5: 0.5}  # scopes only some roofs need
MOBILIZATION = "Mobilization, permits, insurance and bonds"
CLOSEOUT = "Final inspection, punch list and manufacturer's warranty registration"
CHANGE_WORK = (
    "Replace saturated insulation and deck boards at {roof}",
    "Add tapered cricket behind rooftop HVAC curbs, {roof}",
    "Install new roof drain body and strainer, {roof}",
    "Re-flash parapet wall coping, {roof}",
    "Remove abandoned rooftop equipment and patch, {roof}",
)


def _roof_names(prop: Property, rng: random.Random) -> list[str]:
    """The roofs of a restoration contract: some of the buildings of a garden community,
    or the one roof of a mid-rise and, on some, its leasing office."""
    places = _places(prop)
    if places[0].startswith("Floor"):
        return ["Main building"] + (["Leasing office"] if rng.random() < 0.4 else [])
    count = rng.randint(1, min(5, len(places)))
    picked = sorted(rng.sample(range(len(places)), count))
    return [places[k] for k in picked]


def _percent_done(position: float, progress: float, spread: float) -> Decimal:
    """How far a row of the schedule is when the project is ``progress`` along, its work
    centred on ``position``: whole steps of 5 %."""
    share = min(1.0, max(0.0, (progress - position) / spread + 0.5))
    return Decimal(int(share * 20 + 1e-9) * 5)


def _pay_application(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H126: a roof-restoration contract billed by progress: its schedule of values (the
    mobilization, each roof's scopes from the roof-coating catalogue, the lift, the close-out
    and, on some, approved change orders), how much of each was done before this
    application and by its end. Each row's line item is the work of this period (0.00 on a
    row with none); the contract's sums, percentages and the retainage held are not in the
    ground truth. The period is the application's. Its own generator: no other layout
    changes."""
    items = load("trades")[doc.layout["catalogue"]]["items"]
    prices = doc.extras.setdefault("prices", {})
    rows: list[tuple[str, Decimal, float]] = []  # text, scheduled value, where in the job
    roofs = _roof_names(prop, rng)
    scopes: list[tuple[str, Decimal]] = []
    for roof in roofs:
        area = rng.randint(420, 1450)
        for index in ROOF_ORDER:
            if rng.random() >= ROOF_OPTIONAL.get(index, 1.0):
                continue
            item = items[index]
            price = prices.setdefault(index, _price(item, rng))
            size = area if item["unit"] == "m2" else int(_quantity(item, rng))
            value = Decimal(int(price * size) // 10 * 10 + 10)
            scopes.append((f"{roof} - {item['en']}", value))
    work = sum((value for _, value in scopes), Decimal(0))
    rows.append((MOBILIZATION, Decimal(int(work * Decimal("0.035")) // 50 * 50 + 50), -1.0))
    for k, (text, value) in enumerate(scopes):
        rows.append((text, value, (k + 0.5) / len(scopes)))
    if rng.random() < 0.6:
        lift = items[next(k for k, item in enumerate(items) if item["unit"] == "day")]
        days = Decimal(rng.randint(4, 8) * len(roofs))
        rows.append((lift["en"], cents(days * _price(lift, rng)), 0.5))
    rows.append((CLOSEOUT, Decimal(int(work * Decimal("0.015")) // 50 * 50 + 50), 9.0))
    base = len(rows)
    for n in range(1, (rng.random() < 0.35) + (rng.random() < 0.15) + 1):
        roof = rng.choice(roofs)
        text = rng.choice(CHANGE_WORK).format(roof=roof)
        said = f"{doc.labels['change_order'].format(n=n)}: {text}"
        at = next((p for t, _, p in rows if t.startswith(f"{roof} - ")), 0.5)
        rows.append((said, Decimal(rng.randint(17, 130) * 50), at))
    application = rng.randint(1, 6)
    before = 0.0 if application == 1 else rng.uniform(0.08, 0.7)
    after = min(1.0, before + rng.uniform(0.18, 0.5))
    if application > 1 and rng.random() < 0.15:  # the last application: all of it done
        after = 1.0
    spread = max(0.15, 3 / max(1, len(scopes)))
    done: list[tuple[Decimal, Decimal]] = []  # percent before and at the end of the period
    for k, (_, _, position) in enumerate(rows):
        was = _percent_done(position, before, spread) if application > 1 else Decimal(0)
        now = _percent_done(position, after, spread)
        if position > 1:  # the close-out: done only with the last application
            was, now = Decimal(0), Decimal(100 if after >= 1.0 else 0)
        if k == 0:  # mobilized with the first application
            was, now = Decimal(100 if application > 1 else 0), Decimal(100)
        done.append((was, now))
    if all(now == was for was, now in done):  # a period always bills some work
        k = next(k for k, (_, now) in enumerate(done) if now < 100)
        done[k] = (done[k][0], done[k][1] + 5)
    gl = load("trades")[doc.layout["catalogue"]]["gl"][0]
    lines: list[Line] = []
    sov: list[tuple[Decimal, Decimal, Decimal, Decimal]] = []  # value, before, to date, %
    for k, ((text, value, _), (was, now)) in enumerate(zip(rows, done, strict=True)):
        previous, to_date = cents(value * was / 100), cents(value * now / 100)
        code = str(k + 1) if k < base else f"CO-{k - base + 1}"
        lines.append(Line(text, to_date - previous, gl, code=code))
        sov.append((value, previous, to_date, now))
    doc.lines = lines
    end = doc.invoice_date - timedelta(days=rng.randint(0, 3))
    doc.period = (end - timedelta(days=rng.choice((27, 29, 30))), end)
    doc.unit = None
    doc.service_lines = [prop.name, prop.street, prop.city_line]
    signed = doc.invoice_date - timedelta(days=30 * application + rng.randint(10, 40))
    keyed = random.Random(f"roofs:{vendor.code}:{prop.code}")
    doc.extras.update(
        sov=sov,
        changes=len(rows) - base,
        application=application,
        retain=Decimal("0.10") if rng.random() < 0.7 else Decimal("0.05"),
        contract=f"RR-{signed.year % 100:02d}{keyed.randint(10, 99)}",
        contract_date=signed,
    )


POOL_ACTIVITIES = (  # the accounting package's product or service of each catalogue item
    "Servicio:Visita semanal",
    "Químicos:Cloro granulado",
    "Químicos:Tabletas de cloro",
    "Químicos:Ácido muriático",
    "Servicio:Limpieza de filtro",
    "Reparaciones:Sello de bomba",
    "Servicio:Análisis de agua",
)
POOL_SHARE = (1.0, 0.6, 0.5)  # each body of water's weekly visit, against the main pool's
POOL_EXTRAS = {4: 0.5, 5: 0.15, 6: 0.3}


def _pool_month(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H127: a Puerto Rican pool company's monthly invoice from its accounting package:
    every weekly visit of the month before the invoice (the ground truth's period) to each
    body of water of the property, on its day, the chemicals left on some visits and the
    work done besides; the package's product name over each line (not in the ground truth)
    and its IVU code: the state and municipal IVU on goods, the IVU between merchants on
    services. Its own generator: no other layout changes."""
    items = load("trades")[doc.layout["catalogue"]]["items"]
    end = doc.invoice_date.replace(day=1) - timedelta(days=1)
    start = end.replace(day=1)
    route = rng.randint(0, 5)
    days = [start + timedelta(days=k) for k in range(end.day)]
    days = [day for day in days if day.weekday() == route]
    pools = doc.labels["pool_names"].split("|")[: rng.choice((1, 1, 1, 2, 2, 3))]
    visit = items[0]
    price = _price(visit, rng)
    lines: list[Line] = []
    for day in days:
        for pool, share in zip(pools, POOL_SHARE, strict=False):
            each = Decimal(int(price * Decimal(str(share))) // 5 * 5)
            text = f"{visit['es']} - {pool}"
            lines.append(Line(text, each, visit["gl"], Decimal(1), each, "visita", day=day))
    wanted = [k for k in (1, 2, 3) if rng.random() < 0.55] or [rng.choice((1, 2, 3))]
    wanted += [k for k, share in POOL_EXTRAS.items() if rng.random() < share]
    for index in wanted:
        line = _catalog_line(doc, items[index], index, "", rng)
        line.day = rng.choice(days)
        line.part = index in (1, 2, 3)  # goods, not services
        lines.append(line)
    for line in lines:
        index = next(k for k, item in enumerate(items) if line.description.startswith(item["es"]))
        line.name = POOL_ACTIVITIES[index]
    doc.lines = sorted(lines, key=lambda line: (line.day or start, line.part))
    doc.period = (start, end)
    doc.unit = None
    doc.service_lines = [prop.name, prop.street, prop.city_line]


SUPPLY_VIAS = ("UPS GROUND", "OUR TRUCK", "OUR TRUCK", "FEDEX GROUND", "CUSTOMER PICKUP")
SUPPLY_PACKS = ("EA", "CS", "CS", "BX", "PK", "DZ")
SALES_CODES = ("07", "12", "19", "HSE", "23", "31")


def _packing_lines(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H128: a janitorial and maintenance supply distributor's shipment: items from its
    janitorial and maintenance catalogues in its system's capitals, each with the
    distributor's item number, warehouse location, pack and weight (not in the ground
    truth), the quantity ordered and shipped (the line's quantity), some back-ordered, and
    a freight or delivery line when it ships by carrier or truck. The ground truth's
    parties are in capitals as printed. Its own generator: no other layout changes."""
    stocked = [
        (name, item)
        for name in doc.layout["supply_catalogues"]
        for item in load("trades")[name]["items"]
    ]
    items = [item for _, item in stocked]
    low, high = doc.layout["lines"]
    count = rng.randint(low, high)
    if rng.random() < doc.layout["long"]:
        count = rng.randint(*doc.layout["long_lines"])
    lines: list[Line] = []
    ordered: list[Decimal] = []
    weights: list[Decimal] = []
    bins: list[str] = []  # where each item is picked in the warehouse
    packs: list[str] = []
    for index in rng.sample(range(len(items)), min(count, len(items))):
        item = items[index]
        line = _catalog_line(doc, item, index, "", rng)
        keyed = random.Random(f"supply:{vendor.code}:{item['en']}")  # the item's own data
        bulk = stocked[index][0] == doc.layout["supply_catalogues"][0]  # sold by the case
        pack = keyed.choice(SUPPLY_PACKS) if bulk else keyed.choice(("EA", "EA", "EA", "PK"))
        line.unit = pack
        line.code = f"{keyed.randint(10, 98)}{keyed.randint(1000, 9999)}"
        bins.append(f"{keyed.choice('ABCDEFGH')}{keyed.randint(1, 24):02d}-{keyed.randint(1, 6)}")
        packs.append(
            f"{keyed.choice((4, 6, 12, 24))}/{pack}" if pack in ("CS", "BX") else f"1/{pack}"
        )
        line.description = line.description.upper()
        wanted = line.quantity or Decimal(1)
        shipped = wanted
        if rng.random() < 0.14:  # short on the shelf: the rest follows
            shipped = Decimal(rng.randint(0, int(wanted) - 1)) if wanted > 1 else Decimal(0)
        line.quantity = shipped
        line.amount = cents(shipped * (line.unit_price or Decimal(0)))
        line.day = None
        lines.append(line)
        ordered.append(wanted)
        weights.append(Decimal(keyed.randint(2, 90)) / 10)  # pounds a unit
    if all(line.quantity == 0 for line in lines):
        lines[0].quantity = ordered[0]
        lines[0].amount = cents(ordered[0] * (lines[0].unit_price or Decimal(0)))
    via = rng.choice(SUPPLY_VIAS)
    weight = sum(
        (w * (line.quantity or 0) for w, line in zip(weights, lines, strict=True)), Decimal(0)
    )
    if via in ("UPS GROUND", "FEDEX GROUND", "OUR TRUCK"):
        charge = (
            cents(Decimal("9.50") + weight * Decimal("0.12"))
            if via != "OUR TRUCK"
            else Decimal(rng.choice((25, 35, 45)))
        )
        if via != "OUR TRUCK" or rng.random() < 0.6:
            text = doc.labels["freight"].format(via=via if via != "OUR TRUCK" else "DELIVERY")
            freight = Line(text, charge, lines[0].gl, Decimal(1), charge, "EA", code="FRT")
            lines.append(freight)
            ordered.append(Decimal(1))
            bins.append("")
            packs.append("")
    doc.lines = lines
    doc.unit = None
    doc.customer_name = (doc.customer_name or "").upper()
    doc.bill_to_lines = [line.upper() for line in doc.bill_to_lines or []]
    doc.service_lines = [prop.name.upper(), prop.street.upper(), prop.city_line.upper()]
    if doc.remit_lines:
        doc.remit_lines = [line.upper() for line in doc.remit_lines]
    cartons = max(1, int(weight // 30) + len(lines) // 5)
    doc.extras.update(
        ordered=ordered,
        bins=bins,
        packs=packs,
        weight=weight,
        cartons=cartons,
        ship_via=via,
        order_number=f"{rng.randint(100000, 899999)}",
        order_date=doc.invoice_date - timedelta(days=rng.randint(0, 4)),
        salesperson=rng.choice(SALES_CODES),
        picker=rng.choice(("JR", "MT", "DW", "LG", "KB", "RS")),
    )


CITY_METERS = (('1"', 0), ('1-1/2"', 15), ('2"', 40), ('3"', 90), ('4"', 150))  # by kgal


def _water_tiers(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H129: a municipal water and sewer bill's charges restated as the city bills them:
    the base charge by meter size, the water used in thousands of gallons priced in
    inclining tiers, the sewer volume charge on the same use, and the catalogue's fixed
    fees; the meter's reads and type, the usage history and the stub's scan line are not
    in the ground truth. Names and addresses are in the billing system's capitals, as
    printed. Its own generator: no other layout changes."""
    lab = doc.labels
    water = next(line for line in doc.lines if line.unit == "gal" and line.gl == "6410")
    sewer = next(line for line in doc.lines if line.unit == "gal" and line.gl == "6420")
    assert water.quantity is not None and water.unit_price is not None
    assert sewer.unit_price is not None
    used = water.quantity / 1000  # thousands of gallons
    size = next(name for name, floor in reversed(CITY_METERS) if used >= floor)
    rate = cents(water.unit_price * 1000)  # a rate per thousand gallons
    steps = (Decimal(rng.choice(("0.85", "1.10", "1.35"))), Decimal(rng.choice(("1.20", "1.75"))))
    first = Decimal(rng.choice((10, 15, 20, 25, 30)))
    second = first * rng.choice((2, 3))
    bounds = [(Decimal(0), first), (first, second), (second, None)]
    lines: list[Line] = []
    for line in doc.lines:
        if line is water:
            price = rate
            for n, (low, high) in enumerate(bounds, start=1):
                share = min(used, high) - low if high is not None else used - low
                if share <= 0:
                    break
                text = (
                    lab["tier"].format(n=n, low=low, high=high)
                    if high is not None
                    else lab["tier_last"].format(n=n, low=low)
                )
                lines.append(
                    Line(text.upper(), cents(share * price), line.gl, share, price, "kgal")
                )
                price += steps[min(n - 1, 1)]
        elif line is sewer:
            price = cents(sewer.unit_price * 1000)
            text = lab["sewer_usage"].upper()
            lines.append(Line(text, cents(used * price), line.gl, used, price, "kgal"))
        else:
            text = line.description.upper()
            if line.gl == "6410" and "BASE" in text:
                text = f"{text} - {size} METER"
            lines.append(Line(text, line.amount, line.gl))
    doc.lines = sorted(lines, key=lambda line: line.gl)  # water, then sewer and the rest
    prior = Decimal(rng.randint(100_000, 9_000_000))
    history = [max(Decimal(1), used * Decimal(rng.randint(70, 130)) / 100) for _ in range(12)]
    assert doc.period is not None
    doc.customer_name = (doc.customer_name or "").upper()
    doc.bill_to_lines = [line.upper() for line in doc.bill_to_lines or []]
    doc.service_lines = [prop.street.upper(), prop.city_line.upper()]
    doc.remit_lines = [line.upper() for line in doc.remit_lines or vendor.address_lines]
    doc.unit = None
    doc.extras.update(
        meter=f"{rng.randint(10, 99)}{rng.choice('ABKW')}{rng.randint(100000, 999999)}",
        meter_size=size,
        reads=(prior, prior + water.quantity),
        read_type="E" if rng.random() < 0.1 else "A",
        days=(doc.period[1] - doc.period[0]).days,
        used=used,
        history=[*(cents(value) for value in history), used],
        cycle=f"{rng.randint(1, 12):02d}-{rng.randint(1, 40):02d}",
    )


def _nota_de_venta(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H130: a small hardware store's sales note written by hand on a pre-printed pad: a
    few articles from the catalogue of its country (the items as the clerk writes them),
    the total and, on some, what was paid on account (the ground truth's deposit) and
    what is left (the amount due); no tax broken out. The customer's name on most, the
    property's address on some (its code set only then). Its own generator: no other
    layout changes."""
    catalogue = doc.layout["region_catalogues"][vendor.region]
    items = load("trades")[catalogue]["items"]
    low, high = doc.layout["lines"]
    for index in rng.sample(range(len(items)), rng.randint(low, high)):
        line = _catalog_line(doc, items[index], index, "", rng)
        line.day = None
        doc.lines.append(line)
    total = sum((line.amount for line in doc.lines), Decimal(0))
    doc.totals = [TotalRow("total", total)]
    if rng.random() < 0.45:  # goods set aside or to be delivered: part paid on account
        paid = Decimal(max(10, int(total * Decimal(rng.choice(("0.3", "0.5", "0.6")))) // 10 * 10))
        doc.totals += [TotalRow("deposit", paid), TotalRow("amount_due", total - paid)]
    company = load("properties")["companies"][prop.company]
    optional = doc.layout["optional"]
    if rng.random() < optional["customer"]:
        doc.customer_name = str(company["name"])
    addressed = rng.random() < optional["address"]
    doc.service_lines = [prop.street, prop.city_line] if addressed else None
    doc.property_code = prop.code if addressed else None
    doc.vendor_name = doc.vendor_name.upper()  # the pad's printed head
    if vendor.region != "mx":
        doc.vendor_tax_id = None  # only a Mexican pad prints the store's RFC
    doc.invoice_number = f"{rng.randint(180, 9800):05d}"  # the pad's printed serial
    place = vendor.address_lines[-1].split(" C.P.")[0]
    if vendor.region != "mx":
        place = place.rsplit(" ", 1)[0]
    doc.extras.update(
        tax_rate=Decimal(0),
        place=place,
        paid=len(doc.totals) == 1 and rng.random() < 0.5,  # "PAGADO" written across
        clerk=rng.choice(("Chuy", "Lalo", "Paty", "R. G.", "Memo", "Toño")),
        signed=rng.random() < 0.6,
    )


def _premises_totals(doc: Document) -> None:
    """The totals the layouts added with H126-H130 print: a progress billing's work of the
    period less the retainage held on it (H126); an accounting package's two IVU rates
    and a payment already applied (H127); a city's bill with no subtotal (H129)."""
    form = doc.layout.get("form")
    if form == "pay_app":
        _retainage_totals(doc)
    elif form == "pool_books":
        _two_rate_totals(doc)
    elif form == "trifold_water":
        doc.totals = [row for row in doc.totals if row.key == "total"]


def _retainage_totals(doc: Document) -> None:
    """The work of the period, the retainage held on it (each row's to date less each
    row's before, as the schedule's column sums it) and the net payment due."""
    sov, rate = doc.extras["sov"], doc.extras["retain"]
    this = sum((line.amount for line in doc.lines), Decimal(0))
    held_before = sum((cents(row[1] * rate) for row in sov), Decimal(0))
    held = sum((cents(row[2] * rate) for row in sov), Decimal(0))
    doc.totals = [
        TotalRow("total", this),
        TotalRow("deposit", held - held_before, rate),
        TotalRow("amount_due", this - held + held_before),
    ]
    doc.extras.update(held=held, held_before=held_before)


def _two_rate_totals(doc: Document) -> None:
    """Puerto Rico's IVU on goods (state and municipal) and between merchants on services,
    each on its own base; the payment applied, if any, before the balance due."""
    goods_rate = Decimal(load("regions")["pr"]["tax_rate"])
    service_rate = Decimal(doc.layout["tax_rate"])
    doc.extras["tax_codes"] = [goods_rate if line.part else service_rate for line in doc.lines]
    groups = []
    for rate, goods in ((goods_rate, True), (service_rate, False)):
        base = sum((line.amount for line in doc.lines if line.part == goods), Decimal(0))
        if base:
            groups.append((rate, base, cents(base * rate), goods))
    subtotal = sum((line.amount for line in doc.lines), Decimal(0))
    total = subtotal + sum((tax for _, _, tax, _ in groups), Decimal(0))
    paid = _paid_to_date(total, random.Random(f"paid:{doc.id}"))
    doc.totals = [
        TotalRow("subtotal", subtotal),
        TotalRow("tax", total - subtotal),
        TotalRow("total", total),
    ]
    if paid:
        doc.totals.append(TotalRow("deposit", paid))
    doc.totals.append(TotalRow("amount_due", total - paid))
    doc.extras["tax_groups"] = groups


PREMISES_LINES = {
    "pay_app": _pay_application,
    "pool_books": _pool_month,
    "packing_invoice": _packing_lines,
    "trifold_water": _water_tiers,
}
PREMISES_OWN_LINES = ("pay_app", "pool_books", "packing_invoice")  # no catalogue lines before
PREMISES_RECEIPTS = {"nota_venta": _nota_de_venta}


# --- the layouts added with H131-H135 ----------------------------------------------------

CARPET_TECHS = ("Marcus T.", "Jose R.", "Devin K.", "Luis M.", "Brandon S.", "Hector G.")


def _carpet_tickets(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H131: a carpet-care company's month of make-ready work orders, billed on one invoice
    (its lines are the trade's catalogue lines, dated, unit by unit on the long ones): each
    line's work ticket and technician, the truck's route and the crew's supervisor are not in
    the ground truth. Its own generator: no other layout changes."""
    first = rng.randint(20000, 78000)
    tickets, number = [], first
    for _ in doc.lines:
        number += rng.randint(1, 40)
        tickets.append(f"{number}")
    doc.extras.update(
        tickets=tickets,
        techs=[rng.choice(CARPET_TECHS) for _ in doc.lines],
        route=f"Truck {rng.randint(2, 14)}",
    )


def _trash_month(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H132: a Puerto Rican hauler's monthly bill: the container service's pickup days over
    the period (three a week for the front-load container, one for recycling) drawn as a
    calendar, the route, the containers' sizes and the bill's control number; none of these
    in the ground truth. Its own generator: no other layout changes."""
    assert doc.period is not None
    start, end = doc.period
    first = rng.choice((0, 1))  # Mon/Wed/Fri or Tue/Thu/Sat
    trash_days = {first, first + 2, first + 4}
    recycle_day = rng.choice([d for d in range(6) if d not in trash_days])
    days: dict[date, str] = {}
    day = start
    while day <= end:
        mark = "B" if day.weekday() in trash_days else "R" if day.weekday() == recycle_day else ""
        if mark:
            days[day] = mark
        day += timedelta(days=1)
    doc.extras.update(
        pickups=days,
        route=f"R-{rng.randint(10, 68)}{rng.choice('ABC')}",
        control=f"{rng.randint(10**7, 10**8 - 1)}",
        containers=rng.randint(1, 4),
    )


def _vivero_ticket(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H133: a garden center's till ticket (a landscaping firm's nursery counter): plants,
    soil and supplies from the nursery catalogue with the sales tax of its region, paid in
    cash or by card; the time, register, clerk and tender are not in the ground truth. Its
    own generator: no other layout changes."""
    items = load("trades")[doc.layout["catalogue"]]["items"]
    low, high = doc.layout["lines"]
    for index in rng.sample(range(len(items)), rng.randint(low, high)):
        line = _catalog_line(doc, items[index], index, "", rng)
        line.day = None
        doc.lines.append(line)
    rate = Decimal(load("regions")[vendor.region]["tax_rate"])
    subtotal = sum((line.amount for line in doc.lines), Decimal(0))
    tax = cents(subtotal * rate)
    doc.totals = [
        TotalRow("subtotal", subtotal),
        TotalRow("tax", tax, rate),
        TotalRow("total", subtotal + tax),
    ]
    doc.vendor_name = doc.vendor_name.upper()
    doc.property_code = None  # a counter sale names no job
    doc.invoice_number = f"{rng.randint(1, 9)}{rng.randint(0, 99999):05d}"
    total = subtotal + tax
    cash = rng.random() < 0.4
    tendered = Decimal(((int(total) // 20) + 1) * 20) if cash else total
    doc.extras.update(
        tax_rate=rate,
        time=f"{rng.randint(7, 17):02d}:{rng.randint(0, 59):02d}",
        register=f"{rng.randint(1, 4)}",
        clerk=rng.choice(("MARISOL", "PEDRO", "YARITZA", "ERNESTO", "CARMEN", "RAFA")),
        cash=cash,
        tendered=tendered,
        card_last4=f"{rng.randint(0, 9999):04d}",
        auth=f"{rng.randint(0, 999999):06d}",
    )


AGING_KEYS = ("current", "days_30", "days_60", "days_90", "days_over")


def _pest_statement(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H134: a pest-control firm's statement-invoice (its lines are the trade's catalogue
    lines, each on its service day): the balance carried from earlier invoices aged in
    buckets beside this invoice's charges, the route technician and the service
    agreement; none of these in the ground truth. Its own generator: no other layout
    changes."""
    doc.extras.update(
        tech=rng.choice(load("labels")["line_notes"]["technicians"]),
        agreement=f"PC-{rng.randint(1000, 9999)}",
        aging_draw=rng.random(),
    )


def _aging(doc: Document) -> None:
    """The amount due split by age: this invoice is current, what is left unpaid of the
    previous balance sits in one of the older buckets."""
    previous = doc.total_row("previous_balance")
    paid = doc.total_row("payments")
    due = doc.total_row("amount_due")
    assert previous is not None and paid is not None and due is not None
    carried = previous.amount - paid.amount
    buckets = dict.fromkeys(AGING_KEYS, Decimal(0))
    buckets["current"] = doc.total
    draw = doc.extras["aging_draw"]
    older = "days_30" if draw < 0.6 else "days_60" if draw < 0.85 else "days_90"
    buckets[older] += carried
    assert sum(buckets.values(), Decimal(0)) == due.amount
    doc.extras["aging"] = buckets


HVAC_PLACES_ES = (
    "Oficina de administración",
    "Casa club",
    "Gimnasio",
    "Salón de actividades",
    "Cuarto de comunicaciones",
    "Lobby",
    "Centro de negocios",
    "Cuarto eléctrico",
)
HVAC_MAKES = ("Carrier", "Trane", "Lennox", "Goodman", "Daikin", "Rheem", "York", "Mitsubishi")


def _hvac_contract(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H135: an air-conditioning contractor's quarterly invoice under its service contract:
    the quarter's preventive maintenance of every covered unit (the count times the fee per
    unit), then the repairs of the quarter from the trade's catalogue; the covered units'
    tags, places, makes, tonnage and serials and the contract number are not in the ground
    truth. Its own generator: no other layout changes."""
    items = load("trades")[vendor.trade]["items"]
    count = rng.randint(3, 9)
    places = rng.sample(HVAC_PLACES_ES, min(count, rng.randint(2, 5)))
    units = rng.sample(prop.units, count - len(places))
    words = doc.labels["unit_word"]
    where = [*places, *(words.format(u=unit) for unit in units)]
    equipment = []
    for k, place in enumerate(where, start=1):
        make = rng.choice(HVAC_MAKES)
        tons = rng.choice(("1.5", "2", "2.5", "3", "3.5", "4", "5"))
        kind = rng.choice(("Split", "Paquete", "Mini-split")) if tons != "5" else "Paquete"
        serial = f"{rng.randint(10, 25)}{rng.randint(1, 52):02d}{rng.choice('ABEGKMX')}"
        equipment.append(
            (f"AC-{k:02d}", place, make, kind, tons, f"{serial}{rng.randint(10000, 99999)}")
        )
    assert doc.period is not None
    start, end = doc.period
    fee = Decimal(rng.randint(9, 19) * 5)
    text = doc.labels["pm_line"].format(
        start=months("es")[start.month - 1], end=months("es")[end.month - 1], year=end.year
    )
    gl = items[0]["gl"]
    lines = [Line(text, cents(fee * count), gl, Decimal(count), fee, "equipo")]
    repairs = [k for k, item in enumerate(items) if "per_unit" not in item]
    for index in rng.sample(repairs, rng.choice((0, 1, 1, 2, 3))):
        line = _catalog_line(doc, items[index], index, "", rng)
        line.day = None
        lines.append(line)
    doc.lines = lines
    doc.unit = None
    if doc.service_lines:
        doc.service_lines = [prop.name, prop.street, prop.city_line]
    keyed = random.Random(f"hvac-contract:{vendor.code}:{prop.code}")
    doc.extras.update(
        equipment=equipment,
        contract=f"CS-{keyed.randint(2019, 2025)}-{keyed.randint(100, 999)}",
        visit=doc.invoice_date + timedelta(days=rng.randint(5, 45)),
    )


def _held131_totals(doc: Document) -> None:
    """The totals the layouts added with H131-H135 print: a statement-invoice's aging of
    what is owed (H134)."""
    form = doc.layout.get("form")
    if form == "pest_statement":
        _aging(doc)
    elif form == "trash_month":  # the current charges' total only, no subtotal
        doc.totals = [row for row in doc.totals if row.key != "subtotal"]


HELD131_LINES = {
    "carpet_tickets": _carpet_tickets,
    "trash_month": _trash_month,
    "pest_statement": _pest_statement,
    "hvac_contract": _hvac_contract,
}
HELD131_OWN_LINES = ("hvac_contract",)  # no catalogue lines drawn before theirs
HELD131_RECEIPTS = {"vivero_ticket": _vivero_ticket}


# --- the layouts added with H136-H140 ----------------------------------------------------

ADVICE_MOST_LINES = 60  # an advice invoice never runs past three pages
TAXED_WORDS = ("valve", "fittings", "water heater")  # parts and equipment, not labor
US_BANKS = ("Frost Bank", "Wells Fargo Bank", "Bank of America", "Truist Bank", "Chase Bank")


def _advice_invoice(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H136: a plumbing contractor's invoice from a cloud accounting package (its lines are
    the trade's catalogue lines, unit by unit on the long ones): each line's own tax rate,
    parts and equipment taxed and labor exempt; the amounts in US dollars said in the
    amount column's and totals' labels (so the currency is in the ground truth); the bank
    details and the licence are not. Its own generator: no other layout changes."""
    doc.lines = doc.lines[:ADVICE_MOST_LINES]
    doc.show_currency = True
    doc.extras.update(
        taxed=[
            line.gl == "6150" or any(word in line.description.lower() for word in TAXED_WORDS)
            for line in doc.lines
        ],
        bank=rng.choice(US_BANKS),
        routing=f"{rng.randint(10**8, 10**9 - 1)}",
        bank_account=f"****{rng.randint(0, 9999):04d}",
        licence=f"M-{rng.randint(10000, 49999)}",
        paid_draw=rng.random(),
        paid_share=Decimal(rng.choice(("0.25", "0.4", "0.5"))),
    )


def _advice_totals(doc: Document) -> None:
    """The tax on the taxed lines only; a payment already applied on some (the ground
    truth's deposit); the amount outstanding always."""
    rate, taxed = doc.extras["tax_rate"], doc.extras["taxed"]
    subtotal = sum((line.amount for line in doc.lines), Decimal(0))
    base = sum((line.amount for line, on in zip(doc.lines, taxed, strict=True) if on), Decimal(0))
    rows = [TotalRow("subtotal", subtotal)]
    tax = cents(base * rate) if rate and base else Decimal(0)
    if tax:
        rows.append(TotalRow("tax", tax, rate))
    doc.extras["line_rate"] = rate if tax else Decimal(0)  # no tax: every line exempt
    total = subtotal + tax
    rows.append(TotalRow("total", total))
    paid = Decimal(0)
    if doc.extras["paid_draw"] < 0.25:
        paid = Decimal(max(10, int(total * doc.extras["paid_share"]) // 10 * 10))
        rows.append(TotalRow("deposit", paid))
    rows.append(TotalRow("amount_due", total - paid))
    doc.totals = rows


def _power_bimonthly(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H137: a Mexican electric utility's bill for two months of a property's common-area
    service: a fixed supply charge and the energy in three priced blocks, the user's name
    and the supply address in capitals as printed (no billing address, no remittance
    address); the tariff, meter, reads, multiplier, consumption history, the date service is
    cut off and the payment reference are not in the ground truth. Its own generator: no
    other layout changes."""
    lab = doc.labels
    end = doc.invoice_date - timedelta(days=rng.randint(2, 6))
    doc.period = (end - timedelta(days=rng.choice((59, 60, 61, 62))), end)
    keyed = random.Random(f"power:{vendor.code}:{prop.code}")
    doc.account_number = f"{keyed.randint(10**11, 10**12 - 1)}"
    meter = f"{keyed.randint(10, 99)}{keyed.choice('ABKLMX')}{keyed.randint(1000, 9999)}"
    multiplier = rng.choice((1, 1, 1, 20, 40))  # the register turns slower on a large service
    step = rng.randint(1500, 24000) // multiplier
    used = step * multiplier
    first = Decimal(rng.randint(31000, 35000)) / 10000
    second = first + Decimal(rng.randint(4000, 7000)) / 10000
    third = second + Decimal(rng.randint(2500, 5000)) / 10000
    gl = vendor.default_gl[0]
    lines = [
        Line(lab["fixed"], Decimal(rng.randint(7500, 9800)) / 100, gl),
        Line(lab["tier_1"], cents(50 * first), gl, Decimal(50), first, "kWh"),
        Line(lab["tier_2"], cents(50 * second), gl, Decimal(50), second, "kWh"),
        Line(lab["tier_3"], cents((used - 100) * third), gl, Decimal(used - 100), third, "kWh"),
    ]
    if rng.random() < 0.2:
        lines.append(Line(lab["power_factor"], Decimal(rng.randint(4000, 90000)) / 100, gl))
    doc.lines = lines
    doc.customer_name = (doc.customer_name or "").upper()
    doc.bill_to_lines = None
    doc.extras.pop("attn", None)
    doc.service_lines = [prop.street.upper(), prop.city_line.upper()]
    doc.remit_lines = None
    doc.unit = None
    prior = rng.randint(10_000, 890_000)
    doc.extras.update(
        tariff=rng.choice(("02", "02", "03")),
        meter=meter,
        multiplier=multiplier,
        reads=(prior, prior + step, used),
        history=[used * rng.randint(75, 125) // 1000 * 10 for _ in range(6)],
        reference=f"{doc.account_number}{rng.randint(10**9, 10**10 - 1)}",
    )


POOL_BODIES = ("Main pool", "Resort pool", "Lap pool", "Clubhouse pool", "Spa")
POOL_TESTS = (  # name, ideal range, low and high of what the kit reads
    ("Free chlorine (ppm)", "2-4", 0.5, 5.0),
    ("pH", "7.4-7.6", 7.0, 8.0),
    ("Total alkalinity (ppm)", "80-120", 60, 150),
    ("Cyanuric acid (ppm)", "30-50", 20, 90),
    ("Calcium hardness (ppm)", "200-400", 150, 450),
)
POOL_NOTES = (
    "pH was high - added acid and will recheck next visit.",
    "Tile line scrubbed; calcium build-up at the steps.",
    "Pump running loud - recommend motor inspection.",
    "Skimmer weir door missing; please advise if we should replace.",
    "Heavy leaves after the storm; vacuumed to waste.",
    "Filter pressure 22 psi; backwashed and rinsed.",
)
ROUTE_TECHS = ("J. Ramirez", "Kyle B.", "Marco T.", "Dustin W.", "Luis A.", "Trey H.")


def _pool_route(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H138: a pool route technician's receipt from a mobile printer, left at the property
    after the week's visit: the visit and the chemicals dosed from the trade's catalogue,
    the sales tax on the chemicals only; the water tests, tasks, times, technician, route,
    next visit and how it was paid are not in the ground truth. The property is named (its
    code set). Its own generator: no other layout changes."""
    items = load("trades")[vendor.trade]["items"]
    chosen = [0, 2] + [k for k, share in ((1, 0.45), (4, 0.3)) if rng.random() < share]
    lines = []
    for index in chosen:
        line = _catalog_line(doc, items[index], index, "", rng)
        if index in (0, 1, 4):  # one visit, one bucket, one cleaning
            line.quantity = Decimal(1)
            line.amount = cents(line.unit_price or Decimal(0))
        line.day = None
        lines.append(line)
    doc.lines = lines
    taxed = [index in (1, 2) for index in chosen]
    rate = Decimal(load("regions")[vendor.region]["tax_rate"])
    subtotal = sum((line.amount for line in lines), Decimal(0))
    base = sum((line.amount for line, on in zip(lines, taxed, strict=True) if on), Decimal(0))
    tax = cents(base * rate)
    doc.totals = [
        TotalRow("subtotal", subtotal),
        TotalRow("tax", tax, rate),
        TotalRow("total", subtotal + tax),
    ]
    company = load("properties")["companies"][prop.company]
    if rng.random() < doc.layout["optional"]["customer"]:
        doc.customer_name = str(company["name"])
    doc.service_lines = [prop.name, prop.street, prop.city_line]
    doc.property_code = prop.code
    doc.invoice_number = f"{rng.randint(200000, 989999)}"
    arrive = rng.randint(7 * 60, 15 * 60)
    tests = []
    for name, ideal, low, high in POOL_TESTS:
        value = rng.uniform(low, high)
        tests.append((name, f"{value:.1f}" if high < 10 else f"{round(value, -1):.0f}", ideal))
    doc.extras.update(
        tax_rate=rate,
        taxed=taxed,
        tech=rng.choice(ROUTE_TECHS),
        route=f"{rng.randint(1, 14)}",
        times=(_clock(arrive), _clock(arrive + rng.randint(18, 45))),
        body=rng.choice(POOL_BODIES),
        gallons=f"{rng.randint(12, 95) * 1000:,}",
        tests=tests,
        tasks=[rng.random() < 0.85 for _ in doc.labels["tasks"].split("|")],
        next_visit=doc.invoice_date + timedelta(days=7),
        on_card=rng.random() < 0.55,
        card_last4=f"{rng.randint(0, 9999):04d}",
        auth=f"{rng.randint(0, 999999):06d}",
        note=rng.choice(POOL_NOTES) if rng.random() < 0.7 else None,
    )


TURN_NOTES = (
    "Dos manos, color Blanco Hueso",
    "Incluye sellador de manchas",
    "Humedad en techo del baño, se reportó a mantenimiento",
    "Daños de mascota en puertas",
    "Cargo al residente anterior",
    "Color Gris Perla en sala",
    "Incluye puertas de clóset",
    "Retoque después de la limpieza de alfombra",
)


def _unit_turns(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H139: a painting contractor's invoice of the apartments it readied for new residents,
    the work of each apartment under its heading and closed by its own total, the day each
    was done and a remark on some (the remark not in the ground truth); the apartment's
    number stands in its heading, not in the lines' descriptions. Its own generator: no
    other layout changes."""
    items = load("trades")[vendor.trade]["items"]
    per_unit = [k for k, item in enumerate(items) if item.get("per_unit")]
    extra = [k for k, item in enumerate(items) if not item.get("per_unit")]
    layout = doc.layout
    long = rng.random() < layout["long"]
    count = rng.randint(*layout["apartments_long" if long else "apartments"])
    units = rng.sample(prop.units, min(count, len(prop.units)))
    word = doc.labels["apt_word"]
    day = doc.invoice_date - timedelta(days=rng.randint(26, 40))
    lines = []
    for unit in units:
        day = min(day + timedelta(days=rng.randint(0, 3)), doc.invoice_date - timedelta(days=1))
        chosen = sorted(rng.sample(per_unit, rng.randint(1, 3)))
        if per_unit[0] in chosen and per_unit[1] in chosen:  # one bedroom count, not both
            chosen.remove(rng.choice(per_unit[:2]))
        if rng.random() < 0.35:
            chosen += extra
        for index in chosen:
            line = _catalog_line(doc, items[index], index, unit, rng)
            line.description = line.description.split(" - ")[0]
            line.day = day
            line.group = word.format(u=unit)
            line.note = rng.choice(TURN_NOTES) if rng.random() < 0.55 else None
            lines.append(line)
    doc.lines = lines
    doc.unit = units[0] if len(units) == 1 else None
    if doc.service_lines:
        doc.service_lines = [prop.name, prop.street, prop.city_line]
    doc.extras.update(
        apartments=len(units),
        deposit_draw=rng.random(),
        deposit_share=Decimal(rng.choice(("0.3", "0.4", "0.5"))),
    )


def _turn_totals(doc: Document) -> None:
    """The apartments' sum, the tax on some, the total; a deposit received on some, then
    what is left to pay."""
    rows = [row for row in doc.totals if row.key in ("subtotal", "tax", "total")]
    if doc.extras["deposit_draw"] < 0.3:
        paid = Decimal(max(50, int(doc.total * doc.extras["deposit_share"]) // 50 * 50))
        rows += [TotalRow("deposit", paid), TotalRow("amount_due", doc.total - paid)]
    doc.totals = rows


GARDEN_ROWS = 12  # the pad's printed rows
GARDEN_WORK = (
    "Mantenimiento de áreas verdes del mes de {month}",
    "Trabajos de jardinería en áreas comunes según lo acordado con la administración",
    "Poda, limpieza y arreglo de jardineras en la entrada principal",
    "Reparación de riego y resiembra de pasto en áreas dañadas",
    "Limpieza general de jardines después de la tormenta",
)


def _garden_pad(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H140: a landscaping firm's invoice written by hand on its own printed pad (its lines
    are the trade's catalogue lines, as many as the pad's rows hold): the pad's printed
    serial is the invoice number; the work described in a sentence, the payment ticked
    and the signature are not in the ground truth. Its own generator: no other layout
    changes."""
    doc.lines = doc.lines[:GARDEN_ROWS]
    doc.invoice_number = f"{rng.randint(150, 2400):04d}"
    doc.extras.pop("attn", None)
    month = months("es")[(doc.invoice_date.month - 2) % 12]
    doc.extras.update(
        work=rng.choice(GARDEN_WORK).format(month=month),
        signed=rng.random() < 0.65,
        crew=rng.choice(("Chuy", "Beto", "Don Ramón", "Lalo", "Nando")),
    )


def _blind6_totals(doc: Document) -> None:
    """The totals the layouts added with H136-H140 print: a tax on the taxed lines only and
    the amount outstanding (H136); a deposit on some painting invoices (H139); a pad with
    no amount due (H140)."""
    form = doc.layout.get("form")
    if form == "advice_invoice":
        _advice_totals(doc)
    elif form == "unit_turns":
        _turn_totals(doc)
    elif form == "garden_pad":
        doc.totals = [row for row in doc.totals if row.key != "amount_due"]


BLIND6_LINES = {
    "advice_invoice": _advice_invoice,
    "power_bimonthly": _power_bimonthly,
    "unit_turns": _unit_turns,
    "garden_pad": _garden_pad,
}
BLIND6_OWN_LINES = ("unit_turns",)  # no catalogue lines drawn before theirs
BLIND6_RECEIPTS = {"pool_route": _pool_route}


# --- the layouts added with H141-H145 ----------------------------------------------------

GAS_SEASON = (1.9, 1.7, 1.25, 0.85, 0.6, 0.45, 0.4, 0.4, 0.45, 0.7, 1.2, 1.75)  # by month
GAS_TEMPS = (46, 51, 59, 67, 75, 82, 86, 86, 79, 68, 57, 48)  # a North Texas month's mean, °F
GAS_FACTORS = ("1.0000", "1.0000", "1.0000", "1.0138", "1.0271")  # delivery above base pressure
GAS_WINTER = (10, 11, 0, 1, 2, 3)  # the months a weather normalization adjustment runs


def _gas_mcf(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H141: a Texas gas utility's two-page bill for a property's commercial meter, billed
    in thousands of cubic feet: the customer charge and the pipeline safety fee (amounts
    only), the consumption charge and the gas cost per Mcf, a weather normalization
    adjustment on some winter bills, and the city franchise and gross receipts taxes the
    utility passes on as a charge line of its own; the account and the meter are the
    premises' own. The reads, pressure factor, usage history, temperatures, rate schedule
    and the day a payment came in are not in the ground truth. Its own generator: no other
    layout changes."""
    lab = doc.labels
    assert doc.period is not None
    keyed = random.Random(f"gas141:{vendor.code}:{prop.code}")
    doc.account_number = f"{keyed.randint(10**9, 10**10 - 1)}"
    meter = f"{keyed.choice('ARST')}{keyed.randint(10**6, 10**7 - 1)}"
    month = doc.period[1].month - 1
    typical = rng.randint(600, 5200)  # hundreds of cubic feet in a month of average weather
    ccf = max(30, int(typical * GAS_SEASON[month]))
    factor = Decimal(rng.choice(GAS_FACTORS))
    mcf = (ccf * factor / 10).quantize(Decimal("0.1"))
    consumption = Decimal(rng.randint(9000, 24000)) / 10000
    supply = Decimal(rng.randint(35000, 78000)) / 10000
    gl = vendor.default_gl[0]
    lines = [
        Line(lab["customer_charge"], Decimal(rng.randint(4500, 7800)) / 100, gl),
        Line(lab["consumption"], cents(mcf * consumption), gl, mcf, consumption, "Mcf"),
        Line(lab["gas_cost"], cents(mcf * supply), gl, mcf, supply, "Mcf"),
        Line(lab["pipeline_fee"], Decimal(rng.randint(95, 185)) / 100, gl),
    ]
    if month in GAS_WINTER and rng.random() < 0.6:
        lines.append(Line(lab["weather"], Decimal(rng.randint(150, 4200)) / 100, gl))
    passed_on = Decimal(rng.randint(480, 720)) / 10000
    charged = sum((line.amount for line in lines), Decimal(0))
    lines.append(Line(lab["revenue_taxes"], cents(charged * passed_on), gl))
    doc.lines = lines
    history = []
    for back in range(12, 0, -1):  # the twelve months before this one, oldest first
        season = GAS_SEASON[(month - back) % 12]
        used = Decimal(typical * season * rng.uniform(0.8, 1.2) / 10)
        history.append(used.quantize(Decimal("0.1")))
    prior = rng.randint(1000, 89000)
    doc.extras.update(
        meter=meter,
        reads=(prior, prior + ccf, ccf),
        factor=factor,
        estimated=rng.random() < 0.12,
        history=history,
        temps=(GAS_TEMPS[month] + rng.randint(-4, 4), GAS_TEMPS[month] + rng.randint(-5, 5)),
        rate_name=keyed.choice(lab["rate_names"].split("|")),
        paid_on=doc.invoice_date - timedelta(days=rng.randint(14, 26)),
        message=rng.randrange(len(lab["messages"].split("|"))),
    )


WO_PROBLEMS = {  # what a resident reports, by the catalogue words of the work it leads to
    "plumbing": (
        ("faucet|sink|valve", "Water is leaking under the kitchen sink and the cabinet is soaked."),
        ("wax ring|toilet", "Toilet rocks and water comes out around the base when flushed."),
        ("stoppage|drain|camera|hydro", "Bathtub drains very slowly, water stands for an hour."),
        ("water heater", "No hot water since last night."),
        ("cartridge|shower", "Shower will not turn off all the way, it keeps dripping."),
    ),
    "hvac": (
        ("refrigerant|capacitor|compressor|fan motor", "AC blows warm air, it is 81 inside."),
        ("condensate", "Water is dripping from the closet where the air handler is."),
        ("thermostat", "Thermostat screen is blank and nothing comes on."),
        ("filter|preventive", "AC runs all day and the apartment never cools down."),
    ),
    "electrical": (
        ("gfci", "Outlets in the bathroom stopped working."),
        ("breaker|circuit", "Kitchen breaker trips every time the microwave runs."),
        ("smoke", "Smoke detector in the hallway keeps chirping, battery already changed."),
        ("fan|light|wall pack", "Light at the breezeway outside the door is out."),
    ),
    "appliance": (
        ("refrigerator|defrost", "Refrigerator is not cooling, the freezer side is fine."),
        ("dishwasher", "Dishwasher leaves dirty water in the bottom."),
        ("range|bake", "Oven will not heat up, the stovetop works."),
        ("washer", "Washer will not spin."),
        ("disposal", "Garbage disposal hums but does not turn."),
    ),
}
WO_INSPECTION = "Items found at the unit inspection before the new resident moves in."
WO_PRIORITIES = ("Routine - 5 business days", "Urgent - 24 hours", "Emergency - 2 hours")
WO_SOURCES = ("Resident portal", "Resident portal", "Call to leasing office", "Unit inspection")
WO_MOST_LINES = 12  # a work order's lines never run past two pages
MATERIAL_WORDS = (  # catalogue items that are a part or material, billed apart from labor
    "valve",
    "fittings",
    "water heater",
    "refrigerant",
    "defrost heater",
    "drain pump",
    "bake element",
    "lid switch",
    "breaker",
    "wall pack",
    "chlorine",
    "muriatic",
    "pump motor",
    "flats",
    "mulch",
    "sod replacement",
)


def _is_material(item: dict[str, Any]) -> bool:
    """A catalogue item that is a part or material (taxed where labor is not)."""
    english = item["en"].lower()
    return (
        bool(item.get("part")) or item["gl"] == "6150" or any(w in english for w in MATERIAL_WORDS)
    )


def _work_kind(item: dict[str, Any]) -> str:
    """How a maintenance platform sorts a line: trip, labor or material."""
    english = item["en"].lower()
    if "call" in english or "trip" in english or "diagnostic" in english:
        return "trip"
    return "material" if _is_material(item) else "labor"


def _work_order_invoice(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H142: a contractor's invoice for one apartment's work order, submitted through a
    maintenance platform (its lines are the trade's catalogue lines, the apartment's own):
    each line typed as trip, labor or material, the tax on materials only, a card payment
    taken on some; the work order's number, priority, dates, technician, resident and the
    problem as reported are not in the ground truth. Its own generator: no other layout
    changes."""
    items = load("trades")[vendor.trade]["items"]
    unit = rng.choice(prop.units)
    count = rng.randint(2, 6)
    if rng.random() < doc.layout["long"]:
        count = rng.randint(7, min(WO_MOST_LINES, len(items)))
    order = list(range(len(items)))
    rng.shuffle(order)
    chosen = sorted(
        order[:count], key=lambda k: ("trip", "labor", "material").index(_work_kind(items[k]))
    )
    lines = []
    for index in chosen:
        line = _catalog_line(doc, items[index], index, unit, rng)
        line.day = None
        lines.append(line)
    doc.lines = lines
    doc.unit = unit
    doc.service_lines = [prop.name, f"{prop.street}, Unit {unit}", prop.city_line]
    doc.extras.pop("attn", None)
    reported = doc.invoice_date - timedelta(days=rng.randint(4, 20))
    completed = reported + timedelta(days=rng.randint(0, 3))
    residents = load("properties")["residents"]
    doc.extras.update(
        kinds=[_work_kind(items[index]) for index in chosen],
        work_order=f"WO-{rng.randint(100000, 999999)}",
        platform_ref=f"FL-{rng.randint(10**7, 10**8 - 1)}",
        priority=rng.choice(WO_PRIORITIES),
        source=rng.choice(WO_SOURCES),
        reported=reported,
        completed=completed,
        technician=rng.choice(load("labels")["line_notes"]["technicians"]),
        resident=rng.choice(residents),
        entry=rng.choice(("Yes", "Yes", "No - call first")),
        problem=_reported_problem(vendor.trade, [items[index] for index in chosen], rng),
        trade=load("trades")[vendor.trade]["title_en"],
        paid_draw=rng.random(),
        card_last4=f"{rng.randint(0, 9999):04d}",
    )


def _reported_problem(trade: str, items: list[dict[str, Any]], rng: random.Random) -> str:
    """What the resident reported: a problem one of the work's items fixes; an
    inspection's list when none does (or the work order has many items)."""
    english = " ".join(item["en"].lower() for item in items)
    fitting = [
        text
        for words, text in WO_PROBLEMS[trade]
        if any(word in english for word in words.split("|"))
    ]
    if not fitting or len(items) > 5:
        return WO_INSPECTION
    return rng.choice(fitting)


def _work_order_totals(doc: Document) -> None:
    """The tax on the materials only; a card payment taken on some, half the total or all
    of it; the balance always."""
    rate, kinds = doc.extras["tax_rate"], doc.extras["kinds"]
    subtotal = sum((line.amount for line in doc.lines), Decimal(0))
    base = sum(
        (line.amount for line, kind in zip(doc.lines, kinds, strict=True) if kind == "material"),
        Decimal(0),
    )
    rows = [TotalRow("subtotal", subtotal)]
    tax = cents(base * rate)
    if tax:
        rows.append(TotalRow("tax", tax, rate))
    total = subtotal + tax
    rows.append(TotalRow("total", total))
    draw = doc.extras["paid_draw"]
    if draw < 0.25:
        paid = total if draw < 0.08 else Decimal(max(10, int(total / 2) // 10 * 10))
        rows.append(TotalRow("deposit", paid))
        rows.append(TotalRow("amount_due", total - paid))
    else:
        rows.append(TotalRow("amount_due", total))
    doc.totals = rows


FORM_TECHS = ("J. Rosado", "E. Colón", "L. Figueroa", "R. Santiago", "M. Quiñones", "A. Vélez")
FORM_MOST_LINES = 30  # a form runs to three sheets at most, every line wrapped or not


def _bilingual_form(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H143: a Puerto Rican contractor's invoice typed by its billing program on a
    bilingual continuous form (its lines are the trade's catalogue lines, unit by unit on
    the long ones): each with its catalogue code and unit, the IVU on materials only, a
    deposit received on some and the balance always; the technician and the day of
    service are not in the ground truth. Its own generator: no other layout changes."""
    items = load("trades")[vendor.trade]["items"]
    per_unit = [k for k, item in enumerate(items) if item.get("per_unit")]
    count = rng.randint(2, 9)
    long = rng.random() < doc.layout["long"] and bool(per_unit)
    if long:
        count = rng.randint(14, FORM_MOST_LINES)
        doc.unit = None
        if doc.service_lines:
            doc.service_lines = [prop.name, prop.street, prop.city_line]
    units = rng.sample(prop.units, min(len(prop.units), count))
    order = list(range(len(items)))
    rng.shuffle(order)
    lines, taxed = [], []
    for n in range(count):
        if long and rng.random() < 0.8:
            index = rng.choice(per_unit)
        else:
            index = order.pop() if order else rng.randrange(len(items))
        line = _catalog_line(doc, items[index], index, doc.unit or units[n % len(units)], rng)
        line.day = None
        lines.append(line)
        taxed.append(_is_material(items[index]))
    doc.lines = lines
    doc.remit_lines = list(vendor.remit_lines or vendor.address_lines)  # the form's box
    doc.extras.update(
        taxed=taxed,
        technician=rng.choice(FORM_TECHS),
        served=doc.invoice_date - timedelta(days=rng.randint(0, 6)),
        deposit_draw=rng.random(),
        typed_offset=(rng.uniform(-1.5, 2.5), rng.uniform(-1.2, 1.2)),
    )


def _taxed_totals(doc: Document, *, always_due: bool) -> None:
    """Subtotal, the tax on the taxed lines only, the total; with ``always_due`` a deposit
    on some (H143's draw) and the balance after it."""
    rate, taxed = doc.extras["tax_rate"], doc.extras["taxed"]
    subtotal = sum((line.amount for line in doc.lines), Decimal(0))
    base = sum((line.amount for line, on in zip(doc.lines, taxed, strict=True) if on), Decimal(0))
    rows = [TotalRow("subtotal", subtotal)]
    tax = cents(base * rate)
    if tax:
        rows.append(TotalRow("tax", tax, rate))
    total = subtotal + tax
    rows.append(TotalRow("total", total))
    doc.extras["taxable"] = base
    if always_due:
        paid = Decimal(0)
        if doc.extras["deposit_draw"] < 0.22:
            paid = Decimal(max(50, int(total * Decimal("0.5")) // 50 * 50))
            rows.append(TotalRow("deposit", paid))
        rows.append(TotalRow("amount_due", total - paid))
    doc.totals = rows


SHEET_CONTACTS = ("Juan C. Treviño", "Rosa Elia Garza", "Roberto Salinas", "Mario Cantú")


def _sheet_invoice(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H144: a Texas contractor's invoice in Spanish made from a spreadsheet template (its
    lines are the trade's catalogue lines): description and amount only, the count and
    price written into the description when there is more than one, materials marked
    taxable and taxed, the rest not; the sheet's taxable base, rate and the person to call
    are not in the ground truth. Its own generator: no other layout changes."""
    items = load("trades")[vendor.trade]["items"]
    units = rng.sample(prop.units, 8)
    order = list(range(len(items)))
    rng.shuffle(order)
    lines, taxed = [], []
    for n in range(rng.randint(1, 8)):
        index = order.pop() if order else rng.randrange(len(items))
        line = _catalog_line(doc, items[index], index, doc.unit or units[n], rng)
        line.day = None
        quantity, price = line.quantity or Decimal(1), line.unit_price or line.amount
        if quantity != 1 or line.unit == "hr":  # "(3.5 hrs x $95.00)", "(16 x $32.00)"
            count = format_quantity(quantity, "us")
            said = f"{count} hrs" if line.unit == "hr" else count
            line.description += f" ({said} x ${price:,.2f})"
        lines.append(line)
        taxed.append(_is_material(items[index]))
    doc.lines = lines
    doc.extras.update(
        taxed=taxed,
        contact=rng.choice(SHEET_CONTACTS),
        tagline=f"{load('trades')[vendor.trade]['title_es']} residencial y comercial",
        zelle=rng.random() < 0.5,
    )


RECEIPT_CARDS = ("Visa", "Visa", "Mastercard", "American Express", "Discover")
RECEIPT_ENTRY = ("Contactless", "Chip", "Chip", "Keyed", "Swiped")


def _emailed_receipt(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H145: a card payment's receipt e-mailed by the payment service a service contractor
    charges with, printed from the mailbox (its lines are the trade's catalogue lines, one
    to three, the same apartment's): a discount on some, the sales tax on most; the property
    is named in the payment's note (its code set); the card, the time, the mail's headers
    and the printing browser's are not in the ground truth. Its own generator: no other
    layout changes."""
    items = load("trades")[vendor.trade]["items"]
    unit = rng.choice(prop.units)
    picked = rng.sample(range(len(items)), rng.choice((1, 1, 2, 2, 3)))
    lines = []
    for index in picked:
        line = _catalog_line(doc, items[index], index, unit, rng)
        line.day = None
        lines.append(line)
    doc.lines = lines
    doc.unit = unit if any("{unit}" in items[index]["en"] for index in picked) else None
    subtotal = sum((line.amount for line in lines), Decimal(0))
    rows = [TotalRow("subtotal", subtotal)]
    discount = Decimal(0)
    if rng.random() < 0.25:
        off = Decimal(rng.choice(("0.05", "0.1", "0.15")))
        discount = cents(subtotal * off)
        rows.append(TotalRow("discount", discount, off))
    rate = Decimal(load("regions")[vendor.region]["tax_rate"]) if rng.random() < 0.7 else Decimal(0)
    tax = cents((subtotal - discount) * rate)
    if tax:
        rows.append(TotalRow("tax", tax, rate))
    rows.append(TotalRow("total", subtotal - discount + tax))
    doc.totals = rows
    doc.property_code = prop.code
    doc.invoice_number = f"{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
    paid_at = rng.randint(8 * 60, 17 * 60 + 30)
    doc.extras.update(
        tax_rate=rate,
        time=_clock(paid_at),
        printed_at=(
            doc.invoice_date + timedelta(days=rng.randint(0, 5)),
            _clock(rng.randint(480, 1080)),
        ),
        card=rng.choice(RECEIPT_CARDS),
        card_last4=f"{rng.randint(0, 9999):04d}",
        entry=rng.choice(RECEIPT_ENTRY),
        auth=f"{rng.randint(0, 999999):06d}",
        note=f"{prop.name} - Unit {unit}" if doc.unit else prop.name,
        message=f"{rng.randint(10**15, 10**16 - 1):x}",
    )


def _blind7_totals(doc: Document) -> None:
    """The totals the layouts added with H141-H145 print: the tax on materials only and a
    card payment on some (H142), with a deposit on some and the balance always (H143),
    with no amount due (H144)."""
    form = doc.layout.get("form")
    if form == "work_order_invoice":
        _work_order_totals(doc)
    elif form == "bilingual_form":
        _taxed_totals(doc, always_due=True)
    elif form == "sheet_invoice":
        _taxed_totals(doc, always_due=False)


BLIND7_LINES = {
    "gas_mcf": _gas_mcf,
    "work_order_invoice": _work_order_invoice,
    "bilingual_form": _bilingual_form,
    "sheet_invoice": _sheet_invoice,
}
BLIND7_OWN_LINES = ("work_order_invoice", "bilingual_form", "sheet_invoice")
BLIND7_RECEIPTS = {"emailed_receipt": _emailed_receipt}


# --- the layouts added with H146-H150 ----------------------------------------------------

COOP_SEASON = (0.74, 0.7, 0.78, 0.9, 1.08, 1.27, 1.38, 1.4, 1.31, 1.1, 0.86, 0.76)  # by month
COOP_TEMPS = (61, 63, 67, 72, 77, 81, 83, 83, 82, 77, 70, 64)  # a Central Florida month's mean
COOP_MULTIPLIERS = (1, 1, 1, 20, 40)  # a house meter read directly or through transformers
GRT_RATE = Decimal("0.025641")  # Florida's gross receipts tax on electricity, grossed up


def _coop_bill(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H146: a Florida electric cooperative's member bill for a property's house meter:
    the customer charge, energy and power cost adjustment per kWh, area lights by the
    lamp on some, the gross receipts tax and, on some, the city's franchise fee as charge
    lines of their own, the sales tax on them all; the account is the premises' own. The
    member number, meter, reads, multiplier, usage history, temperatures, rate, capital
    credits and the day a payment came in are not in the ground truth. Its own generator:
    no other layout changes."""
    lab = doc.labels
    assert doc.period is not None
    keyed = random.Random(f"coop146:{vendor.code}:{prop.code}")
    doc.account_number = f"{keyed.randint(10**6, 10**7 - 1)}-{keyed.randint(1, 40):03d}"
    multiplier = keyed.choice(COOP_MULTIPLIERS)
    month = doc.period[1].month - 1
    typical = rng.randint(1500, 14000)  # kWh in a month of average weather
    raw = max(20, int(typical * COOP_SEASON[month] * rng.uniform(0.9, 1.1) / multiplier))
    kwh = Decimal(raw * multiplier)
    gl = vendor.default_gl[0]
    tariff = random.Random(f"coop146:{vendor.code}:{doc.invoice_date.year}")  # the year's rates
    energy = Decimal(tariff.randint(640, 925)) / 10000
    pca = Decimal(rng.randint(210, 460)) / 10000  # the wholesale cost, month by month
    lines = [
        Line(lab["customer_charge"], Decimal(tariff.randint(2450, 4250)) / 100, gl),
        Line(lab["energy"], cents(kwh * energy), gl, kwh, energy, "kWh"),
        Line(lab["pca"], cents(kwh * pca), gl, kwh, pca, "kWh"),
    ]
    if rng.random() < 0.45:  # the co-op's own pole lights over the parking lots
        lamps, each = Decimal(rng.randint(2, 14)), Decimal(rng.randint(1150, 1975)) / 100
        lines.append(Line(lab["lights"], cents(lamps * each), gl, lamps, each, lab["lamp"]))
    charged = sum((line.amount for line in lines), Decimal(0))
    lines.append(Line(lab["grt"], cents(charged * GRT_RATE), gl))
    if rng.random() < 0.55:
        rate = Decimal(rng.choice(("0.05", "0.055", "0.06")))
        said = lab["franchise"].format(city=prop.city, rate=f"{rate * 100:.1f}%")
        lines.append(Line(said, cents(charged * rate), gl))
    doc.lines = lines
    history = []
    for back in range(12, 0, -1):  # the twelve months before this one, oldest first
        season = COOP_SEASON[(month - back) % 12]
        history.append(int(typical * season * rng.uniform(0.85, 1.15)))
    prior = rng.randint(1000, 88000)
    doc.extras.update(
        member=f"{keyed.randint(10**4, 10**5 - 1)}",
        member_since=keyed.randint(1994, 2021),
        meter=f"{keyed.randint(10**7, 10**8 - 1)}",
        multiplier=multiplier,
        reads=(prior, prior + raw, kwh),
        history=history,
        temps=(COOP_TEMPS[month] + rng.randint(-3, 3), COOP_TEMPS[month] + rng.randint(-4, 4)),
        rate_name=keyed.choice(lab["rate_names"].split("|")),
        paid_on=doc.invoice_date - timedelta(days=rng.randint(12, 25)),
        capital=Decimal(rng.randint(900, 24000)) / 100,
        message=rng.randrange(len(lab["messages"].split("|"))),
    )


SUB_PRODUCTS = (  # what a cloud access platform bills by the month: name, cents, counted by
    ("Access Control Cloud - door license", (1800, 3200), "doors"),
    ("Mobile Credentials - resident seat", (125, 275), "units"),
    ("Video Cloud - camera license, 30-day retention", (1200, 2800), "cameras"),
    ("Smart Intercom - entry panel service", (2500, 4500), "panels"),
    ("Visitor Management - property plan", (4900, 14900), "one"),
    ("LTE Backup - gateway data plan", (1500, 2500), "gateways"),
    ("Priority Support", (7500, 25000), "one"),
)
SUB_CARDS = ("Visa", "Mastercard", "American Express", "Discover")
SUB_ID_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"


def _month_after(day: date) -> date:
    """The same day a month later (the month's last day where it has fewer)."""
    year, month = day.year + (day.month == 12), day.month % 12 + 1
    following = date(year + (month == 12), month % 12 + 1, 1)
    return date(year, month, min(day.day, (following - timedelta(days=1)).day))


def _month_before(day: date) -> date:
    """The same day a month earlier (the month's last day where it has fewer)."""
    year, month = (day.year - 1, 12) if day.month == 1 else (day.year, day.month - 1)
    last = (date(day.year, day.month, 1) - timedelta(days=1)).day
    return date(year, month, min(day.day, last))


def _subscription_invoice(
    doc: Document, vendor: Vendor, prop: Property, rng: random.Random
) -> None:
    """H147: a cloud access-control platform's monthly subscription invoice from its
    billing system: each product's count and monthly price for the month billed in
    advance (the ground truth's period), door licenses building by building on the long
    ones, a proration for licenses added during the last month on some; charged to the
    card on file on some (paid in full, nothing left) or due in 15 or 30 days; the
    billing system's own invoice numbers. The customer id, card and payment link are not
    in the ground truth. Its own generator: no other layout changes."""
    start = doc.invoice_date
    end = _month_after(start) - timedelta(days=1)
    doc.period = (start, end)
    doc.unit = None
    doc.service_lines = [prop.name, prop.street, prop.city_line]
    plan = random.Random(f"plan147:{vendor.code}:{prop.code}")  # the property's subscription
    counts = {
        "doors": plan.randint(6, 30) + rng.choice((0, 0, 0, 1, 2)),
        "units": len(prop.units),
        "cameras": plan.randint(8, 48),
        "panels": plan.randint(1, 4),
        "gateways": plan.randint(1, 3),
        "one": 1,
    }
    products = [0, *sorted(plan.sample(range(1, len(SUB_PRODUCTS)), 4))]
    chosen = products[: 2 + (rng.random() < 0.7) + (rng.random() < 0.5) + (rng.random() < 0.3)]
    gl = vendor.default_gl[-1]
    lines: list[Line] = []
    prices: dict[str, Decimal] = {}
    for index in chosen:
        name, (low, high), counted = SUB_PRODUCTS[index]
        price = (
            Decimal(random.Random(f"price147:{vendor.code}:{prop.code}:{index}").randint(low, high))
            / 100
        )
        prices[name] = price
        if index == 0 and rng.random() < doc.layout["long"]:  # a license line per building
            for building in range(1, rng.randint(8, 16) + 1):
                doors = Decimal(rng.randint(2, 6))
                said = f"{name} ({doc.labels['building'].format(n=building)})"
                lines.append(Line(said, cents(doors * price), gl, doors, price))
            continue
        quantity = Decimal(counts[counted])
        lines.append(Line(name, cents(quantity * price), gl, quantity, price))
    added = None
    if rng.random() < 0.3:  # licenses added during the last month, billed for what was left
        last_start = _month_before(start)
        days = (start - last_start).days
        on = last_start + timedelta(days=rng.randint(4, days - 3))
        name = SUB_PRODUCTS[0][0]
        count = Decimal(rng.randint(1, 3))
        share = Decimal((start - on).days) / Decimal(days)
        said = doc.labels["proration"].format(count=count, name=name, date=format_month_d(on))
        lines.append(Line(said, cents(count * prices[name] * share), gl, count, None))
        added = (on, start - timedelta(days=1))
    doc.lines = lines
    keyed = random.Random(f"sub147:{vendor.code}:{prop.company}")
    prefix = "".join(keyed.choice("0123456789ABCDEF") for _ in range(8))
    doc.invoice_number = f"{prefix}-{vendor.next_number % 10000:04d}"
    doc.show_currency = True
    auto = rng.random() < 0.4
    doc.terms = None
    doc.due_date = None if auto else start + timedelta(days=rng.choice((15, 30, 30)))
    doc.extras.update(
        auto=auto,
        added=added,
        customer_id="cus_" + "".join(keyed.choice(SUB_ID_CHARS) for _ in range(14)),
        card=(rng.choice(SUB_CARDS), f"{rng.randint(0, 9999):04d}"),
        link=f"{rng.getrandbits(64):016x}",
    )


def format_month_d(day: date) -> str:
    """A day as subscription billing systems print a proration's start: "Feb 18, 2026"."""
    return f"{months('en')[day.month - 1][:3]} {day.day}, {day.year}"


def _subscription_totals(doc: Document) -> None:
    """The tax on every line; a card charged for all of it on some, the balance always."""
    rate = doc.extras["tax_rate"]
    subtotal = sum((line.amount for line in doc.lines), Decimal(0))
    rows = [TotalRow("subtotal", subtotal)]
    tax = cents(subtotal * rate)
    if tax:
        rows.append(TotalRow("tax", tax, rate))
    total = subtotal + tax
    rows.append(TotalRow("total", total))
    if doc.extras["auto"]:
        rows += [TotalRow("deposit", total), TotalRow("amount_due", Decimal(0))]
    else:
        rows.append(TotalRow("amount_due", total))
    doc.totals = rows


SCALE_MATERIALS = (  # what a property's maintenance truck brings to the scale: name, $/ton
    ("MSW - MUNICIPAL SOLID WASTE", (3800, 5600)),
    ("C&D - CONSTRUCTION/DEMOLITION", (4200, 6800)),
    ("BULKY WASTE - FURNITURE", (4600, 7200)),
    ("BRUSH & YARD WASTE", (2400, 3900)),
)
SCALE_ITEMS = (  # counted items charged apart: name, cents each
    ("MATTRESS / BOX SPRING", (1000, 1500)),
    ("APPLIANCE W/ FREON - CFC REMOVAL", (2500, 3500)),
    ("TIRE - PASSENGER", (400, 800)),
    ("TIRE - LIGHT TRUCK", (700, 1200)),
)
SCALE_TRUCKS = ("FORD F-250", "CHEVY 2500HD", "RAM 2500", "FORD F-350 DUMP", "GMC SIERRA 2500")
SCALE_WEIGHERS = ("L. PENA", "J. HOLLOWAY", "M. VARGAS", "S. OKAFOR", "T. BRANDT")


def _scale_ticket(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H148: a transfer station's scale ticket for a property's maintenance truck,
    printed on the scale house's dot-matrix form: the load's material by the net ton from
    the gross and tare weights (a minimum charge for a light load), counted items charged
    by the piece on some, the state's disposal fee by the ton in Texas and an
    environmental fee on some; no sales tax; paid by card or cash, or charged to the
    management company's account (its number then the ground truth's account). The
    weights, times, truck, driver and weigher are not in the ground truth. Its own
    generator: no other layout changes."""
    lab = doc.labels
    gl = vendor.default_gl[0]
    tare = rng.randint(52, 98) * 100 + rng.choice((0, 20, 40, 60, 80))
    net = rng.randint(17, 260) * 20
    tons = (Decimal(net) / 2000).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    name, (low, high) = rng.choice(SCALE_MATERIALS)
    rate = Decimal(rng.randint(low, high)) / 100
    minimum = Decimal(rng.choice((35, 40, 45, 50)))
    lines = []
    if cents(tons * rate) < minimum:
        lines.append(Line(f"{name} - {lab['minimum']}", minimum, gl))
    else:
        lines.append(Line(name, cents(tons * rate), gl, tons, rate, "TN"))
    if rng.random() < 0.55:
        for item, (low, high) in rng.sample(SCALE_ITEMS, rng.randint(1, 2)):
            count, each = Decimal(rng.randint(1, 6)), Decimal(rng.randint(low, high)) / 100
            lines.append(Line(item, cents(count * each), gl, count, each, "EA"))
    if vendor.region == "tx":
        fee = Decimal("1.25")
        lines.append(Line(lab["state_fee"], cents(tons * fee), gl, tons, fee, "TN"))
    if rng.random() < 0.6:
        share = Decimal(rng.choice(("0.06", "0.075", "0.09")))
        lines.append(Line(lab["env_fee"], cents(lines[0].amount * share), gl))
    doc.lines = lines
    total = sum((line.amount for line in lines), Decimal(0))
    doc.totals = [TotalRow("total", total)]
    doc.vendor_name = doc.vendor_name.upper()  # the form's imprint
    company = load("properties")["companies"][prop.company]
    draw = rng.random()
    paid = "charge" if draw < 0.2 else "cash" if draw < 0.45 else "card"
    named = paid == "charge" or rng.random() < 0.65
    doc.customer_name = str(company["name"]).upper() if named else None
    if paid == "charge":
        keyed = random.Random(f"scale148:{vendor.code}:{prop.company}")
        doc.account_number = f"{keyed.randint(1000, 99999)}"
    origin = rng.random() < 0.85
    doc.property_code = prop.code if origin else None
    doc.invoice_number = f"{rng.randint(100000, 989999)}"
    arrived = rng.randint(7 * 60, 16 * 60 + 20)
    tendered = (int(total) // 20 + 1) * 20 if paid == "cash" else 0
    plate = "".join(rng.choice("BCDFGHJKLMNPRSTVWXYZ") for _ in range(3))
    doc.extras.update(
        tax_rate=Decimal(0),
        weights=(tare + net, tare, net),
        tons=tons,
        paid=paid,
        tendered=Decimal(tendered),
        times=(_clock(arrived), _clock(arrived + rng.randint(6, 28))),
        truck=rng.choice(SCALE_TRUCKS) + (" + TRAILER" if rng.random() < 0.5 else ""),
        plate=f"{vendor.region.upper()} {plate}{rng.randint(1000, 9999)}",
        driver=rng.choice(load("labels")["line_notes"]["technicians"]).upper(),
        weigher=rng.choice(SCALE_WEIGHERS),
        origin=f"{prop.name.upper()} - {prop.city.upper()}" if origin else None,
        card=(rng.choice(("VISA", "MC", "AMEX", "DISC")), f"{rng.randint(0, 9999):04d}"),
        auth=f"{rng.randint(0, 999999):06d}",
        site=vendor.address_lines[-1].split(",")[0].upper(),
        scales=(rng.randint(1, 2), rng.randint(1, 2)),
        copy_tint=rng.choice(("canary", "pink", "canary", "white")),
        typed_offset=(rng.uniform(-2.0, 3.0), rng.uniform(-1.5, 1.5)),
    )


CFDI_WORK = {  # the month's specialized service: description, pesos per worker, SAT key
    "cleaning": (
        "Servicio especializado de limpieza de áreas comunes en {place}, {count} operarios "
        "de limpieza, turno matutino, correspondiente al mes de {month} de {year}",
        (9800, 14500),
        "76111500",
    ),
    "security": (
        "Servicio especializado de seguridad privada intramuros en {place}, {count} "
        "elementos turno 24x24, correspondiente al mes de {month} de {year}",
        (15800, 22500),
        "92121500",
    ),
}
CFDI_EXTRAS = {  # work billed beside the month's: description, pesos each, how many
    "cleaning": (
        ("Limpieza profunda de departamento desocupado - Depto. {unit}", (1800, 3200), (1, 2)),
        ("Lavado y desinfección de cisterna y tinacos", (3500, 7800), (1, 1)),
        ("Pulido y encerado de piso de lobby", (4200, 9500), (1, 1)),
        ("Limpieza de cristales de fachada con equipo de altura", (6500, 18000), (1, 1)),
        ("Suministro de material de limpieza (jabón, cloro, bolsas)", (2400, 6800), (1, 2)),
    ),
    "security": (
        ("Elemento adicional por evento, turno de 12 horas", (1150, 1600), (1, 6)),
        ("Rondín nocturno en vehículo, por noche", (350, 650), (4, 12)),
        ("Monitoreo de circuito cerrado de televisión, mensual", (2500, 6000), (1, 1)),
        ("Tarjetas de proximidad para control de acceso", (45, 90), (5, 40)),
    ),
}
CFDI_VAT, CFDI_HELD = Decimal("0.16"), Decimal("0.06")  # the IVA, and the share withheld
CFDI_KEYS = {  # the SAT's product key, unit key and whether the IVA is withheld, by concept
    "Limpieza": ("76111500", "E48", True),
    "Lavado": ("76111500", "E48", True),
    "Pulido": ("76111500", "E48", True),
    "Suministro": ("47131800", "H87", False),
    "Elemento": ("92121500", "E48", True),
    "Rondín": ("92121500", "DAY", True),
    "Monitoreo": ("92121700", "E48", True),
    "Tarjetas": ("46171600", "H87", False),
}


def _cfdi_service(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H149: a Monterrey cleaning or guard firm's CFDI for a month of its specialized
    service at a property, as its invoicing portal prints it: the month's service by the
    worker first, then extras on some; the IVA of 16 % on every concept and the 6 % of
    IVA the customer withholds on the services that put staff at its disposal (the
    ground truth's `discount`: Subtotal - retained IVA + IVA = Total); the month served is
    the ground truth's period. The fiscal folio, certificates, seals, REPSE registration,
    keys, regimes and the customer's RFC are not in the ground truth. Its own generator:
    no other layout changes."""
    es = months("es")
    first = doc.invoice_date.replace(day=1)
    if doc.invoice_date.day <= 10:  # billed early in the month: the month before
        first = (first - timedelta(days=1)).replace(day=1)
    following = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
    doc.period = (first, following - timedelta(days=1))
    doc.unit = None
    doc.service_lines = [prop.name, prop.street, prop.city_line]
    doc.extras.pop("attn", None)
    gl = vendor.default_gl[0]
    text, (low, high), key = CFDI_WORK[vendor.trade]
    contract = random.Random(f"cfdi149:{vendor.code}:{prop.code}")  # the service contract's
    staff = contract.randint(2, 8) if vendor.trade == "cleaning" else contract.randint(2, 6)
    count = Decimal(staff + (1 if rng.random() < 0.15 else 0))  # one more some months
    price = Decimal(contract.randint(low, high))
    said = text.format(place=prop.name, count=count, month=es[first.month - 1], year=first.year)
    lines = [Line(said, cents(count * price), gl, count, price, "E48", code=key)]
    retained = [True]
    for extra, (low, high), spread in rng.sample(
        CFDI_EXTRAS[vendor.trade], rng.choice((0, 0, 1, 1, 2, 3))
    ):
        code, unit, staff = next(v for k, v in CFDI_KEYS.items() if extra.startswith(k))
        quantity = Decimal(rng.randint(*spread))
        each = Decimal(rng.randint(low, high))
        said = extra.format(unit=rng.choice(prop.units))
        lines.append(Line(said, cents(quantity * each), gl, quantity, each, unit, code=code))
        retained.append(staff)
    doc.lines = lines
    doc.vendor_name = vendor.name  # a CFDI names the issuer as the SAT has it registered
    doc.vendor_tax_id = vendor.tax_id
    doc.show_currency = True
    keyed = random.Random(f"cfdi149:{vendor.code}")
    hexa = "0123456789ABCDEF"
    uuid = "-".join("".join(rng.choice(hexa) for _ in range(n)) for n in (8, 4, 4, 4, 12))
    company = load("properties")["companies"][prop.company]
    seconds = rng.randint(8 * 3600, 19 * 3600)
    stamped = seconds + rng.randint(20, 400)
    cash = bool(doc.terms and "Contado" in doc.terms) or (not doc.terms and rng.random() < 0.4)
    pay_form = "03 - Transferencia electrónica de fondos" if cash else "99 - Por definir"
    doc.extras.update(
        retained=retained,
        uuid=uuid,
        time=f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}",
        stamped=f"{stamped // 3600:02d}:{stamped // 60 % 60:02d}:{stamped % 60:02d}",
        csd="".join(str(keyed.randint(0, 9)) for _ in range(20)),
        sat_cert="".join(str(rng.randint(0, 9)) for _ in range(20)),
        seals=["".join(rng.choice(SEAL_ALPHABET) for _ in range(n)) for n in (344, 344)],
        pac=f"{''.join(keyed.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}"
        f"{keyed.randint(10, 19)}{keyed.randint(1, 12):02d}{keyed.randint(1, 28):02d}"
        f"{''.join(keyed.choice('ABCDEFGHJKLMNPRSTUVWXYZ0123456789') for _ in range(3))}",
        repse=f"AR{keyed.randint(10000, 99999)}/{keyed.randint(2021, 2023)}",
        regime="601 - General de Ley Personas Morales",
        customer_rfc=receiver_rfc(str(company["name"])),
        customer_zip=str(company["lines"][-1]).rsplit(" ", 1)[-1],  # type: ignore[index]
        zip=vendor.address_lines[-1].rsplit(" ", 1)[-1],
        pay_form=pay_form,
        pay_method="PUE - Pago en una sola exhibición"
        if pay_form.startswith("03")
        else "PPD - Pago en parcialidades o diferido",
        contract=f"CPS-{contract.randint(10, 99)}/{contract.randint(2023, 2025)}",
        workers=int(count),
    )


def _cfdi_totals(doc: Document) -> None:
    """Each concept's IVA and, on the services, the IVA withheld, rounded concept by
    concept; the totals are their sums (the withheld IVA a `discount` in the ground
    truth), so Subtotal - retained + IVA = Total; no amount due."""
    retained = doc.extras["retained"]
    subtotal = sum((line.amount for line in doc.lines), Decimal(0))
    vat = [cents(line.amount * CFDI_VAT) for line in doc.lines]
    held = [
        cents(line.amount * CFDI_HELD) if on else Decimal(0)
        for line, on in zip(doc.lines, retained, strict=True)
    ]
    tax, withheld = sum(vat, Decimal(0)), sum(held, Decimal(0))
    doc.extras.update(vat=vat, held=held, tax_rate=CFDI_VAT)
    doc.totals = [
        TotalRow("subtotal", subtotal),
        TotalRow("tax", tax, CFDI_VAT),
        TotalRow("discount", withheld, CFDI_HELD),
        TotalRow("total", subtotal + tax - withheld),
    ]


ODOO_UNITS = {  # a catalogue's unit as the ERP's units of measure name it
    "serv.": "Servicio",
    "apto.": "Unidades",
    "visita": "Visita",
    "cubeta": "Unidades",
    "gal": "Galón",
    "est.": "Unidades",
    "palma": "Unidades",
    "planta": "Unidades",
    "saco": "Unidades",
    "viaje": "Viaje",
}


def _erp_invoice(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H150: a Puerto Rican service firm's invoice from an open-source ERP (its lines are
    its trade's Puerto Rican catalogue lines, apartment by apartment on the long ones):
    the count with the ERP's unit after it, the IVU on every line, a payment already
    applied on some and the balance always; the ERP's own invoice numbers. The sales
    order, the payment reference and the bank are not in the ground truth. Its own
    generator: no other layout changes."""
    catalogue = doc.layout["catalogues"][vendor.trade]
    items = load("trades")[catalogue]["items"]
    per_unit = [k for k, item in enumerate(items) if item.get("per_unit")]
    count = rng.randint(2, 8)
    long = rng.random() < doc.layout["long"] and bool(per_unit)
    if long:
        count = rng.randint(16, 30)
        doc.unit = None
        if doc.service_lines:
            doc.service_lines = [prop.name, prop.street, prop.city_line]
    units = rng.sample(prop.units, min(len(prop.units), count))
    order = list(range(len(items)))
    rng.shuffle(order)
    lines = []
    for n in range(count):
        if long and rng.random() < 0.75:
            index = rng.choice(per_unit)
        else:
            index = order.pop() if order else rng.randrange(len(items))
        line = _catalog_line(doc, items[index], index, doc.unit or units[n % len(units)], rng)
        line.day = None
        line.unit = ODOO_UNITS.get(line.unit or "", "Unidades")
        lines.append(line)
    doc.lines = lines
    doc.invoice_number = f"INV/{doc.invoice_date.year}/{vendor.next_number % 100000:05d}"
    doc.extras.update(
        origin=f"S{rng.randint(100, 9999):05d}",
        paid_draw=rng.random(),
        paid_on=doc.invoice_date + timedelta(days=rng.randint(1, 12)),
        bank=f"Banco Popular de Puerto Rico, cuenta ****{rng.randint(0, 9999):04d}",
        website=f"www.{vendor.email.split('@')[1]}",
    )


def _erp_totals(doc: Document) -> None:
    """The IVU on every line; a payment applied on some, half or all of it; the balance
    always."""
    rate = doc.extras["tax_rate"]
    subtotal = sum((line.amount for line in doc.lines), Decimal(0))
    rows = [TotalRow("subtotal", subtotal)]
    tax = cents(subtotal * rate)
    if tax:
        rows.append(TotalRow("tax", tax, rate))
    total = subtotal + tax
    rows.append(TotalRow("total", total))
    draw = doc.extras["paid_draw"]
    if draw < 0.3:
        paid = total if draw < 0.1 else Decimal(max(25, int(total / 2) // 25 * 25))
        rows.append(TotalRow("deposit", paid))
        rows.append(TotalRow("amount_due", total - paid))
    else:
        rows.append(TotalRow("amount_due", total))
    doc.totals = rows


def _blind8_totals(doc: Document) -> None:
    """The totals the layouts added with H146-H150 print: a subscription charged to a card
    on some (H147), the IVA withheld on a CFDI (H149), an ERP's payment applied (H150)."""
    totals = BLIND8_TOTALS.get(doc.layout.get("form", ""))
    if totals is not None:
        totals(doc)


BLIND8_LINES = {
    "coop_bill": _coop_bill,
    "subscription_invoice": _subscription_invoice,
    "cfdi_service": _cfdi_service,
    "erp_invoice": _erp_invoice,
}
BLIND8_TOTALS = {
    "subscription_invoice": _subscription_totals,
    "cfdi_service": _cfdi_totals,
    "erp_invoice": _erp_totals,
}
BLIND8_OWN_LINES = ("subscription_invoice", "cfdi_service", "erp_invoice")
BLIND8_RECEIPTS = {"scale_ticket": _scale_ticket}


# --- the layouts added with H151-H155 ----------------------------------------------------

LIFT_CARS = (  # an elevator under contract: its kind, cents a month (low, high)
    ("Hydraulic Passenger Elevator", (38000, 72000)),
    ("Traction Passenger Elevator", (62000, 98000)),
    ("Hydraulic Freight/Service Elevator", (42000, 76000)),
)
LIFT_PLACES = ("Main Lobby", "Bldg {b} Lobby", "Clubhouse", "Garage Level", "North Tower")
ALARM_SERVICES = (  # a fire alarm service billed by the month: name, cents a month, taxed in FL
    ("Fire Alarm Monitoring - UL Listed Central Station", (3500, 8500)),
    ("Elevator Emergency Phone Line Monitoring", (2000, 4500)),
    ("Cellular Fire Alarm Communicator Service", (1500, 3500)),
)
CONTRACT_REPAIRS = (  # a part or labor billed with the quarter: name, cents, part (taxed)
    ("Door Operator Drive Belt - Replaced", (9500, 24000), True),
    ("Hoistway Door Roller Set", (6000, 15000), True),
    ("Smoke Detector Head, Photoelectric - Replaced", (6500, 12000), True),
    ("Fire Alarm Panel Standby Batteries 12V 7Ah (pair)", (4800, 9800), True),
    ("Elevator Mechanic Labor - Overtime Call", (16500, 24500), False),
)
CONTRACT_MOST_LINES = 22  # a contract invoice never runs past two pages


def _contract_billing(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H151: an elevator and fire-alarm maintenance firm's quarterly contract invoice from
    its national billing system: each elevator's maintenance and each alarm service for
    the quarter billed in advance (three months at the monthly rate; the ground truth's
    period), the annual inspection in its quarter, a part or an overtime call on some;
    the sales tax on the taxed lines only (parts everywhere, monitoring in Florida), the
    amount due always. The contract number, equipment ids and tax flags are not in the
    ground truth; the remit-to is the firm's lockbox (its office when it has none). Its own
    generator: no other layout changes."""
    day = doc.invoice_date + timedelta(days=15)
    month = (day.month - 1) // 3 * 3 + 4  # the quarter after the one the bill is printed in
    first = date(day.year + (month > 12), (month - 1) % 12 + 1, 1)
    following = date(first.year + (first.month == 10), (first.month + 2) % 12 + 1, 1)
    doc.period = (first, following - timedelta(days=1))
    doc.unit = None
    doc.service_lines = [prop.name, prop.street, prop.city_line]
    doc.remit_lines = list(vendor.remit_lines or vendor.address_lines)  # its lockbox, if any
    keyed = random.Random(f"contract151:{vendor.code}:{prop.code}")  # the equipment covered
    months = Decimal(3)
    lines: list[Line] = []
    taxed: list[bool] = []
    equipment: list[str] = []
    long = rng.random() < doc.layout["long"]
    for car in range(keyed.randint(1, 3)):
        kind, (low, high) = keyed.choice(LIFT_CARS)
        place = keyed.choice(LIFT_PLACES).format(b=keyed.randint(1, 6))
        rate = Decimal(keyed.randint(low // 500, high // 500) * 500) / 100
        said = f"Preventive Maintenance - {kind} No. {car + 1} ({place})"
        lines.append(Line(said, cents(months * rate), "6120", months, rate, "MO"))
        taxed.append(False)  # a service to real property: not taxed
        equipment.append(f"EQ{keyed.randint(10**5, 10**6 - 1)}")
    chosen = [0, *sorted(keyed.sample(range(1, len(ALARM_SERVICES)), keyed.randint(0, 2)))]
    buildings = keyed.randint(5, 12) if long else 1
    for index in chosen:
        name, (low, high) = ALARM_SERVICES[index]
        rate = Decimal(keyed.randint(low // 100, high // 100) * 100) / 100
        panels = buildings if index == 0 else 1  # each building's panel is monitored
        for building in range(1, panels + 1):
            said = f"{name} - Bldg {building}" if panels > 1 else name
            lines.append(Line(said, cents(months * rate), "6350", months, rate, "MO"))
            taxed.append(True)  # monitoring is a taxed security service in Texas and Florida
            equipment.append(f"FA{keyed.randint(10**5, 10**6 - 1)}")
    if first.month == keyed.choice((1, 4, 7, 10)):  # the annual inspection's quarter
        price = Decimal(keyed.randint(25, 65) * 1000) / 100
        said = "Annual Fire Alarm System Inspection & Test (NFPA 72)"
        lines.append(Line(said, price, "6350", Decimal(1), price, "EA"))
        taxed.append(False)
        equipment.append("")
    for name, (low, high), part in rng.sample(CONTRACT_REPAIRS, rng.choice((0, 0, 0, 1, 1, 2))):
        count = Decimal(rng.randint(1, 4) if part else 1)
        each = Decimal(rng.randint(low, high)) / 100
        lines.append(Line(name, cents(count * each), "6120", count, each, "EA"))
        taxed.append(part)  # parts are taxed everywhere, labor is not
        equipment.append("")
    del lines[CONTRACT_MOST_LINES:], taxed[CONTRACT_MOST_LINES:], equipment[CONTRACT_MOST_LINES:]
    doc.lines = lines
    number = vendor.next_number % 10**7
    doc.invoice_number = f"{keyed.choice(('40', '41', '52'))}{number:07d}"
    doc.extras.update(
        taxed=taxed,
        equipment=equipment,
        contract=f"{keyed.choice('CKMS')}{keyed.randint(10**6, 10**7 - 1)}",
        branch=f"{keyed.randint(100, 899)}",
        billed_ahead=first > doc.invoice_date,
    )


def _line_taxed_totals(doc: Document, *, due: bool) -> None:
    """Subtotal, the tax on the taxed lines only (each line's tax rounded on its own line,
    as a billing system prints it), the total; with ``due`` the amount due after it."""
    rate, taxed = doc.extras["tax_rate"], doc.extras["taxed"]
    subtotal = sum((line.amount for line in doc.lines), Decimal(0))
    per_line = [
        cents(line.amount * rate) if on else Decimal(0)
        for line, on in zip(doc.lines, taxed, strict=True)
    ]
    tax = sum(per_line, Decimal(0))
    doc.extras["line_taxes"] = per_line
    rows = [TotalRow("subtotal", subtotal)]
    if tax:
        rows.append(TotalRow("tax", tax, rate))
    rows.append(TotalRow("total", subtotal + tax))
    if due:
        rows.append(TotalRow("amount_due", subtotal + tax))
    doc.totals = rows


MX_COUNTER_CLERKS = ("JUAN C.", "MARISELA", "BETO", "ANA LAURA", "DON RAUL", "KARLA", "EFRAIN")
MX_BRANCHES = ("SUC. CENTRO", "SUC. LINCOLN", "SUC. GUADALUPE", "SUC. ESCOBEDO", "SUC. APODACA")


def _roll_ticket(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H152: a Mexican building-materials and hardware store's ticket from a 58 mm thermal
    roll: articles from its materials and hardware catalogues, the bulk ones (sand,
    gravel, wire, nails, cable) in fractions of their unit, each as count x price; the
    subtotal, the IVA of 16 % on it and the total; paid in cash (with the change) or by
    card; the general public or the management company as the customer, the job on some.
    The branch, till, clerk, times and billing code are not in the ground truth. Its own
    generator: no other layout changes."""
    shelves = doc.layout["stock_catalogues"]
    stocked = [item for name in shelves for item in load("trades")[name]["items"]]
    count = rng.randint(*doc.layout["lines"])
    if rng.random() < doc.layout["long"]:
        count = rng.randint(11, 16)
    for index in rng.sample(range(len(stocked)), count):
        item = stocked[index]
        line = _catalog_line(doc, item, index, "", rng)
        step = item.get("step_qty")
        if step:  # sold by weight or volume: a fraction of the unit
            low, high = item["qty"]
            parts = Decimal(str(step))
            quantity = Decimal(rng.randint(int(low / step), int(high / step))) * parts
            line = replace(line, quantity=quantity)
        assert line.quantity is not None and line.unit_price is not None
        keyed = random.Random(f"sku152:{vendor.code}:{item['es']}")
        line = replace(
            line,
            amount=cents(line.quantity * line.unit_price),
            day=None,
            code=f"{keyed.randint(10000, 99999)}",
            unit=item.get("unit_es", "PZA"),
        )
        doc.lines.append(line)
    rate = Decimal(load("regions")[vendor.region]["tax_rate"])
    subtotal = sum((line.amount for line in doc.lines), Decimal(0))
    tax = cents(subtotal * rate)
    total = subtotal + tax
    doc.totals = [
        TotalRow("subtotal", subtotal),
        TotalRow("tax", tax, rate),
        TotalRow("total", total),
    ]
    doc.vendor_name = doc.vendor_name.upper()  # the till prints its head in capitals
    doc.vendor_lines = [line.upper() for line in doc.vendor_lines]
    company = load("properties")["companies"][prop.company]
    named = rng.random() < 0.4
    doc.customer_name = str(company["name"]).upper() if named else None
    job = rng.random() < 0.35
    doc.property_code = prop.code if job else None
    till = rng.randint(1, 6)
    doc.invoice_number = f"T{till}-{rng.randint(10000, 299999):06d}"
    draw = rng.random()
    paid = "cash" if draw < 0.55 else "debit" if draw < 0.8 else "credit"
    steps = [Decimal(step) for step in (50, 100, 200, 500) if step >= total / 20]
    step = rng.choice(steps or [Decimal(500)])
    handed = (total / step).to_integral_value(rounding=ROUND_CEILING) * step
    seconds = rng.randint(7 * 3600 + 1800, 19 * 3600)
    doc.extras.update(
        tax_rate=rate,
        time=f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}",
        branch=rng.choice(MX_BRANCHES),
        till=till,
        clerk=rng.choice(MX_COUNTER_CLERKS),
        paid=paid,
        handed=handed,
        card_last4=f"{rng.randint(0, 9999):04d}",
        auth=f"{rng.randint(0, 999999):06d}",
        customer_code=f"{rng.randint(100, 9999):05d}" if named else None,
        job=prop.name.upper() if job else None,
        regime=rng.choice(SAT_REGIMES),
        billing_code="".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(10)),
    )


CITY_WATER_SIZES = (  # a meter's size: water and sewer base charges a month, dollars
    ('1"', (1850, 2650), (1500, 2400)),
    ('1-1/2"', (3600, 5400), (2900, 4600)),
    ('2"', (5800, 8900), (4700, 7400)),
    ('3"', (14500, 19800), (11800, 16500)),
    ('4"', (24800, 33600), (19800, 28400)),
)
WATER_SEASON = (0.86, 0.84, 0.9, 0.97, 1.06, 1.16, 1.24, 1.25, 1.14, 1.02, 0.92, 0.88)
PUBLIC_SERVICE_TAX = Decimal("0.10")


def _water_grid(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H153: a city's water and sewer bill for a property's master meter, and its
    irrigation meter on some: the base charges by meter size, the water volume in two
    blocks of thousands of gallons, the irrigation water at its own rate, the sewer volume
    (capped at the winter average on some), the stormwater fee by the equivalent
    residential unit and a backflow fee on some; in Florida the public service tax on the
    water lines only on most. The meters, reads, usage history and late amount are not in
    the ground truth. Its own generator: no other layout changes."""
    assert doc.period is not None
    keyed = random.Random(f"water153:{vendor.code}:{prop.code}")
    typical = keyed.randint(180, 1400)  # thousand gallons in an average month
    size, water_base, sewer_base = CITY_WATER_SIZES[min(4, typical // 280)]
    tariff = random.Random(f"water153:{vendor.code}:{doc.period[1].year}")  # the year's rates
    block_1 = Decimal(tariff.randint(310, 420)) / 100
    block_2 = block_1 + Decimal(tariff.randint(60, 140)) / 100
    sewer_rate = Decimal(tariff.randint(420, 690)) / 100
    irrigation_rate = block_2 + Decimal(tariff.randint(40, 120)) / 100
    month = doc.period[1].month - 1
    usage = max(20, int(typical * WATER_SEASON[month] * rng.uniform(0.9, 1.1)))
    lines = [
        Line(
            f"Water Base Charge - {size} Meter", Decimal(keyed.randint(*water_base)) / 100, "6410"
        ),
    ]
    first_block = keyed.randint(4, 12) * 10  # thousand gallons at the first rate
    in_first = min(usage, first_block)
    lines.append(
        Line(
            f"Water Volume - Block 1 (first {first_block} kgal)",
            cents(Decimal(in_first) * block_1),
            "6410",
            Decimal(in_first),
            block_1,
            "kgal",
        )
    )
    if usage > first_block:
        rest = Decimal(usage - first_block)
        said = f"Water Volume - Block 2 (over {first_block} kgal)"
        lines.append(Line(said, cents(rest * block_2), "6410", rest, block_2, "kgal"))
    irrigation = keyed.random() < 0.45
    watered = 0
    if irrigation:
        watered = max(
            4, int(keyed.randint(15, 160) * WATER_SEASON[month] ** 3 * rng.uniform(0.8, 1.2))
        )
        said = "Irrigation Water Volume"
        amount = cents(Decimal(watered) * irrigation_rate)
        lines.append(Line(said, amount, "6410", Decimal(watered), irrigation_rate, "kgal"))
    lines.append(Line("Sewer Base Charge", Decimal(keyed.randint(*sewer_base)) / 100, "6420"))
    cap = None
    if keyed.random() < 0.4:  # sewer billed up to the winter months' average
        cap = int(typical * 0.9)
    billed = min(usage, cap) if cap else usage
    said = f"Sewer Volume (winter average cap {cap} kgal)" if cap else "Sewer Volume"
    lines.append(
        Line(said, cents(Decimal(billed) * sewer_rate), "6420", Decimal(billed), sewer_rate, "kgal")
    )
    units = Decimal(keyed.randint(12, 90))
    storm = Decimal(tariff.randint(450, 980)) / 100
    lines.append(Line("Stormwater Utility Fee", cents(units * storm), "6420", units, storm, "ERU"))
    if keyed.random() < 0.35:
        lines.append(
            Line("Backflow Prevention Program Fee", Decimal(tariff.randint(300, 900)) / 100, "6410")
        )
    doc.lines = lines
    taxed = [line.gl == "6410" for line in lines]
    doc.extras["taxed"] = taxed
    meters = [("Domestic", size, keyed.randint(10**7, 10**8 - 1), usage)]
    if irrigation:
        meters.append(("Irrigation", '1"', keyed.randint(10**7, 10**8 - 1), watered))
    reads = []
    for _, _, _, used in meters:
        prior = rng.randint(1000, 98000)
        reads.append((prior, prior + used))
    history = [
        int(typical * WATER_SEASON[(month - back) % 12] * rng.uniform(0.85, 1.15))
        for back in range(12, 0, -1)
    ]
    doc.extras.update(
        florida=vendor.region == "fl",
        meters=meters,
        reads=reads,
        history=history,
        cap=cap,
        route=f"{keyed.randint(1, 48):02d}-{keyed.randint(100, 999)}",
        cycle=keyed.randint(1, 20),
        late_share=Decimal(rng.choice(("0.05", "0.10"))),
        last_bill=Decimal(history[-1])
        / Decimal(usage)
        * Decimal(str(round(rng.uniform(0.94, 1.06), 3))),
        paid_draw=rng.random(),
        paid_on=doc.invoice_date - timedelta(days=rng.randint(9, 24)),
        message=rng.randrange(4),
    )
    doc.invoice_number = (
        f"{keyed.randint(10, 99)}{vendor.next_number % 10**6:06d}{rng.randint(0, 9)}"
    )


def _water_grid_totals(doc: Document) -> None:
    """The water and sewer charges, the public service tax on the water lines in Florida on
    most (a subtotal printed only then) and the current charges; the account's summary
    carried from the generic one, its current charges and balance made to agree."""
    taxing = doc.extras["tax_rate"] and doc.extras["florida"]  # a Florida city's tax on water
    rate = PUBLIC_SERVICE_TAX if taxing else Decimal(0)
    doc.extras["tax_rate"] = rate
    subtotal = sum((line.amount for line in doc.lines), Decimal(0))
    base = sum(
        (line.amount for line, on in zip(doc.lines, doc.extras["taxed"], strict=True) if on),
        Decimal(0),
    )
    tax = cents(base * rate)
    doc.extras["taxable"] = base
    rows = [TotalRow("subtotal", subtotal), TotalRow("tax", tax, rate)] if tax else []
    total = subtotal + tax
    rows.append(TotalRow("total", total))
    doc.totals = rows
    previous = cents(total * doc.extras["last_bill"])  # last month's bill, much like this one
    draw = doc.extras["paid_draw"]
    paid = previous if draw < 0.8 else Decimal(0) if draw < 0.9 else cents(previous / 2)
    doc.summary = [
        TotalRow("previous_balance", previous),
        TotalRow("payments", paid),
        TotalRow("current_charges", total),
        TotalRow("amount_due", previous - paid + total),
    ]


ROOF_SCOPE = (  # a roof's work in the order it is done: description, share of the contract
    ("Remoción de la capa de impermeabilizante existente y limpieza a presión del techo", 0.12),
    ("Reparación de grietas y juntas con sellador elastomérico y malla de refuerzo", 0.09),
    ("Aplicación de primer (sellador base) en toda la superficie", 0.1),
    ("Instalación de membrana de refuerzo en bordes, desagües y pretiles", 0.14),
    ("Primera capa de sellador acrílico elastomérico color blanco", 0.2),
    ("Segunda capa de sellador acrílico elastomérico (acabado reflectivo)", 0.2),
    ("Sellado de tragaluces, bases de equipos y penetraciones del techo", 0.08),
    ("Limpieza final, inspección con el cliente y registro de la garantía", 0.07),
)
ROOF_EXTRAS = (  # work added by a change order: description, dollars (low, high)
    (
        "Orden de cambio núm. {n}: reemplazo de {feet} pies lineales de pretil deteriorado",
        (850, 2600),
    ),
    ("Orden de cambio núm. {n}: reparación de {count} desagües pluviales obstruidos", (420, 1250)),
    (
        "Orden de cambio núm. {n}: reparación de losa con mortero de reparación ({feet} p²)",
        (640, 2200),
    ),
)
ROOF_NAMES = ("Edificio {b}", "Techo principal", "Casa club", "Oficina de arrendamiento")
CHECK_BANKS = ("Banco Popular", "FirstBank", "Oriental", "Frost Bank", "Wells Fargo")
SIGNERS = (
    "Héctor L. Morales",
    "Carmen I. Rivera",
    "José A. Colón",
    "Raúl E. Garza",
    "Nilda Torres",
)


def _roof_progress(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H154: a small roofing and waterproofing contractor's invoice written in a word
    processor for the work done on a property's roofs so far: each roof's completed
    scope with its share of the contract sum (one roof, or roof by roof on the long
    ones), a change order on some; the IVU or sales tax on some; the deposit received
    when the contract was signed deducted, the balance always. The contract sum, the
    check and the square feet are not in the ground truth. Its own generator: no other
    layout changes."""
    keyed = random.Random(f"roof154:{vendor.code}:{prop.code}")
    long = rng.random() < doc.layout["long"]
    names: list[str] = []
    for _ in range(keyed.randint(2, 4) if long else 1):
        name = keyed.choice(ROOF_NAMES).format(b=keyed.randint(1, 9))
        if name not in names:
            names.append(name)
    area = [keyed.randint(18, 140) * 100 for _ in names]
    price = Decimal(keyed.randint(185, 320)) / 100  # dollars a square foot
    contract = (sum((Decimal(a) * price for a in area), Decimal(0)) / 50).quantize(Decimal(1)) * 50
    lines: list[Line] = []
    gl = "6160"
    for k, name in enumerate(names):
        share_of_contract = Decimal(area[k]) / sum((Decimal(a) for a in area), Decimal(0))
        upto = rng.randint(2, 4) if long else rng.randint(4, len(ROOF_SCOPE))
        for text, share in ROOF_SCOPE[:upto]:
            amount = cents(contract * share_of_contract * Decimal(str(share)))
            said = f"{text} – {name}" if long else text
            lines.append(Line(said, amount, gl))
    for text, (low, high) in rng.sample(ROOF_EXTRAS, rng.choice((0, 0, 0, 1, 1, 2))):
        n = len([line for line in lines if "Orden de cambio" in line.description]) + 1
        said = text.format(n=n, feet=rng.randint(12, 80), count=rng.randint(2, 6))
        lines.append(Line(said, Decimal(rng.randint(low // 5, high // 5) * 5), gl))
    doc.lines = lines
    deposit = cents(contract * Decimal(rng.choice(("0.25", "0.3", "0.3", "0.33", "0.4"))))
    billed = sum((line.amount for line in lines), Decimal(0))
    while deposit >= billed:
        deposit = cents(deposit / 2)
    doc.unit = None
    doc.service_lines = [prop.name, prop.street, prop.city_line]
    doc.po_number = None
    doc.invoice_number = f"{doc.invoice_date.year}-{vendor.next_number % 1000:03d}"
    signed = doc.invoice_date - timedelta(days=rng.randint(21, 75))
    place = vendor.address_lines[-1].split(",")[0]
    doc.extras.update(
        contract=contract,
        deposit=deposit,
        signed=signed,
        check=f"{rng.randint(1001, 9899)}",
        check_bank=rng.choice(CHECK_BANKS),
        place=place,
        signer=keyed.choice(SIGNERS),
        warranty=keyed.choice((5, 7, 10)),
        roofs=names,
        areas=area,
    )


def _roof_progress_totals(doc: Document) -> None:
    """The work done, the tax on it on some (a subtotal printed only then), the deposit
    received deducted and the balance."""
    rate = doc.extras["tax_rate"]
    subtotal = sum((line.amount for line in doc.lines), Decimal(0))
    tax = cents(subtotal * rate)
    rows = [TotalRow("subtotal", subtotal), TotalRow("tax", tax, rate)] if tax else []
    total = subtotal + tax
    deposit = doc.extras["deposit"]
    rows += [
        TotalRow("total", total),
        TotalRow("deposit", deposit),
        TotalRow("amount_due", total - deposit),
    ]
    doc.totals = rows


SUPPLY_CARRIERS = ("OUR TRUCK", "OUR TRUCK", "UPS GROUND", "FEDEX GROUND", "WILL CALL")
SUPPLY_REPS = ("TOM B.", "ANGIE R.", "DERRICK M.", "LUZ P.", "HOUSE ACCT")
ORDERED_BY = ("Maria Lopez", "James Carter", "Rosa Delgado", "Daniel Suarez", "Kimberly Nguyen")
DISTRIBUTOR_MOST_LINES = 40  # a distributor's invoice never runs past three sheets


def _distributor_invoice(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H155: a janitorial-supply distributor's invoice for a property's restocking order:
    17 to 40 items from its catalogue, each with the distributor's item number, unit of
    measure, the quantity ordered and shipped (the line's quantity; a few short), the
    price and the extension; the freight and a fuel surcharge printed under the
    merchandise total (the ground truth's last lines, so the lines add up to the printed
    subtotal), the sales tax on it all; terms of 2 % 10 days, net 30 on most. The order
    number, order date, carrier, salesperson, who ordered and the early-payment discount
    offered are not in the ground truth. Its own generator: no other layout changes."""
    items = load("trades")[doc.layout["catalogue"]]["items"]
    count = min(rng.randint(17, DISTRIBUTOR_MOST_LINES), len(items))  # two or three sheets
    ordered: list[Decimal] = []
    lines: list[Line] = []
    for index in sorted(rng.sample(range(len(items)), count)):
        item = items[index]
        line = _catalog_line(doc, item, index, "", rng)
        assert line.quantity is not None and line.unit_price is not None
        wanted = line.quantity
        shipped = wanted
        if wanted > 1 and rng.random() < 0.1:  # short on the shelf: the rest follows
            shipped = Decimal(rng.randint(1, int(wanted) - 1))
        line = replace(
            line,
            quantity=shipped,
            amount=cents(shipped * line.unit_price),
            day=None,
            code=item["item"],
            unit=item["unit"],
        )
        lines.append(line)
        ordered.append(wanted)
    merchandise = sum((line.amount for line in lines), Decimal(0))
    charges = 0
    via = rng.choice(SUPPLY_CARRIERS)
    if via != "WILL CALL" and rng.random() < 0.85:
        freight = Decimal(rng.choice((1850, 2250, 2750, 3500, 4500))) / 100
        if via != "OUR TRUCK":
            freight = cents(Decimal("12.40") + merchandise * Decimal("0.018"))
        lines.append(Line(doc.labels["freight"], freight, lines[0].gl))
        charges += 1
    if via != "WILL CALL" and rng.random() < 0.75:  # the trucks' fuel, on deliveries
        share = Decimal(rng.choice(("0.025", "0.03", "0.035", "0.04")))
        fuel = max(Decimal("4.95"), cents(merchandise * share))
        lines.append(Line(doc.labels["fuel"], fuel, lines[0].gl))
        charges += 1
        doc.extras["fuel_share"] = share
    doc.lines = lines
    doc.unit = None
    doc.service_lines = [prop.name, prop.street, prop.city_line]
    doc.remit_lines = list(vendor.remit_lines) if vendor.remit_lines and doc.remit_lines else None
    discount_terms = bool(doc.terms and doc.terms.startswith("2%"))
    doc.invoice_number = (
        f"{1000000 + vendor.next_number * 11 % 8999999}-{rng.choice(('00', '00', '01'))}"
    )
    doc.extras.update(
        ordered=ordered,
        charges=charges,
        merchandise=merchandise,
        ship_via=via,
        order_number=f"{rng.randint(100000, 989999)}",
        order_date=doc.invoice_date - timedelta(days=rng.randint(1, 5)),
        rep=rng.choice(SUPPLY_REPS),
        ordered_by=rng.choice(ORDERED_BY),
        early_discount=cents(merchandise * Decimal("0.02")) if discount_terms else None,
        early_date=doc.invoice_date + timedelta(days=10),
        cartons=max(1, len(lines) // 3 + rng.randint(0, 6)),
    )


def _distributor_totals(doc: Document) -> None:
    """The merchandise and charges as one subtotal, the sales tax on all of it, the total."""
    rate = doc.extras["tax_rate"]
    subtotal = sum((line.amount for line in doc.lines), Decimal(0))
    tax = cents(subtotal * rate)
    rows = [TotalRow("subtotal", subtotal)]
    if tax:
        rows.append(TotalRow("tax", tax, rate))
    rows.append(TotalRow("total", subtotal + tax))
    doc.totals = rows


def _blind9_totals(doc: Document) -> None:
    """The totals the layouts added with H151-H155 print: the tax on the taxed lines of a
    contract (H151), a water bill's public service tax on its water lines (H153), a
    contractor's deposit deducted (H154), a distributor's charges in its subtotal (H155)."""
    form = doc.layout.get("form")
    if form == "contract_billing":
        _line_taxed_totals(doc, due=True)
    elif form == "water_grid":
        _water_grid_totals(doc)
    elif form == "roof_progress":
        _roof_progress_totals(doc)
    elif form == "distributor_invoice":
        _distributor_totals(doc)


BLIND9_LINES = {
    "contract_billing": _contract_billing,
    "water_grid": _water_grid,
    "roof_progress": _roof_progress,
    "distributor_invoice": _distributor_invoice,
}
BLIND9_OWN_LINES = ("contract_billing", "roof_progress", "distributor_invoice")
BLIND9_RECEIPTS = {"roll_ticket": _roll_ticket}


# --- the layouts added with H156-H160 ----------------------------------------------------

BOOKS_MOST_LINES = 26  # an accounting package's invoice of a month's visits: two pages at most


def _books_invoice(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H156: a landscaper's or a handyman's invoice from a small-business accounting
    package: each activity by its name with the count and rate, the package's description
    of it under some (not in the ground truth, as a note), the service date in a column
    of its own on some; a landscaper bills its weekly visits of the month before as one
    line (so many visits at the visit's rate) or, on the long ones, visit by visit on
    their days; a handyman's notes name the apartment. The tax on some, a payment
    received before it was printed on some, the balance always. Its own generator: no
    other layout changes."""
    items = load("trades")[doc.layout["catalogues"][vendor.trade]]["items"]
    dated = rng.random() < 0.55
    long = rng.random() < doc.layout["long"]
    end = doc.invoice_date.replace(day=1) - timedelta(days=1)
    start = end.replace(day=1)
    route = rng.randint(0, 4)  # the crew's weekday at this property
    visits = [start + timedelta(days=k) for k in range(end.day)]
    visits = [day for day in visits if day.weekday() == route]
    prices: dict[int, Decimal] = {}

    def line_for(index: int, day: date | None, quantity: Decimal | None = None) -> Line:
        item = items[index]
        price = prices.setdefault(index, _price(item, rng))
        count = _quantity(item, rng) if quantity is None else quantity
        note = None
        if item["notes"] and rng.random() < 0.65:
            unit = doc.unit or rng.choice(prop.units)
            note = rng.choice(item["notes"]).format(
                unit=unit, bldg=rng.randint(1, 8), n=rng.randint(1, 12)
            )
        said = item["en"]
        return Line(
            said, cents(count * price), item["gl"], count, price, item.get("unit"), day, note=note
        )

    visit = next((k for k, item in enumerate(items) if item.get("visit")), None)
    if visit is not None and doc.unit:  # the grounds are no apartment's
        doc.unit = None
        doc.service_lines = [prop.name, prop.street, prop.city_line]
    others = [k for k in range(len(items)) if k != visit]
    lines: list[Line] = []
    if visit is not None and (long or rng.random() < 0.8):
        if long:  # visit by visit, each on its day
            dated = True
            lines += [line_for(visit, day, Decimal(1)) for day in visits]
        else:  # the month's visits as one line
            lines.append(line_for(visit, visits[-1], Decimal(len(visits))))
    low, high = doc.layout["lines"]
    count = rng.randint(low, high) - len(lines) if not long else rng.randint(6, 12)
    if visit is None and long:  # a handyman's month of make-ready work, unit by unit
        count = rng.randint(12, 20)
    fresh = list(others)
    rng.shuffle(fresh)
    for _ in range(max(1, count)):
        index = fresh.pop() if fresh else others[0]  # labour again once all were billed
        day = start + timedelta(days=rng.randint(0, (doc.invoice_date - start).days - 1))
        lines.append(line_for(index, day))
    del lines[BOOKS_MOST_LINES:]
    if dated:
        lines.sort(key=lambda line: line.day or doc.invoice_date)
    else:
        for line in lines:
            line.day = None
    doc.lines = lines
    doc.invoice_number = f"{1000 + vendor.next_number % 9000}"
    doc.extras.update(
        dated=dated,
        paid_draw=rng.random(),
        paid_share=Decimal(rng.randint(20, 60)) / 100,
        message=rng.choice(("message", "message", "message_card")),
        online=rng.random() < 0.6,
    )


def _books_totals(doc: Document) -> None:
    """The tax on some (the subtotal printed only then), the total, a payment received on
    some (part of it, or all of it: the balance then 0.00) and the balance due always."""
    rate = doc.extras["tax_rate"]
    subtotal = sum((line.amount for line in doc.lines), Decimal(0))
    tax = cents(subtotal * rate)
    rows = [TotalRow("subtotal", subtotal), TotalRow("tax", tax, rate)] if tax else []
    total = subtotal + tax
    rows.append(TotalRow("total", total))
    draw = doc.extras["paid_draw"]
    paid = Decimal(0)
    if draw > 0.85:
        paid = total
    elif draw > 0.65:
        paid = cents((total * doc.extras["paid_share"]).quantize(Decimal(1)) // 5 * 5)
    if paid:
        rows.append(TotalRow("deposit", paid))
    rows.append(TotalRow("amount_due", total - paid))
    doc.totals = rows


MX_TARIFFS: dict[
    str, dict[str, Any]
] = {  # an electric tariff: blocks (kWh, low, high price in centavos) or energy, fixed
    "01": {"blocks": ((300, 98, 108), (260, 118, 132), (None, 340, 372)), "fixed": None},
    "PDBT": {"energy": (318, 432), "fixed": (6200, 9800), "kwh": (900, 5000)},
    "GDMTO": {"energy": (158, 226), "fixed": (52000, 78000), "kwh": (6000, 22000)},
}
MX_WATER = (  # a water bill's charges by the cubic metre: name, low, high centavos, GL
    ("agua", 2850, 4450, "6410"),
    ("drenaje", 620, 980, "6420"),
    ("saneamiento", 410, 690, "6420"),
)


def _recibo_mx(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H157: a Mexican electricity or water utility's bill for a property's common areas.
    Electricity is billed for two months ("del 14 AGO 25 al 15 OCT 25"; a medium-voltage
    tariff by the month): the energy in the tariff's blocks or at its price per kWh, a
    fixed charge and on medium voltage the capacity by the kW of demand, the public
    lighting duty (DAP) on the energy; water by the month: the water, drainage and
    sanitation by the cubic metre and a fixed fee. IVA on all but the DAP. The reads,
    meter, multiplier, tariff, usage history and the day of cut-off are not in the ground
    truth. Its own generator: no other layout changes."""
    keyed = random.Random(f"recibo157:{vendor.code}:{prop.code}")
    electric = vendor.trade == "electric"
    doc.account_number = f"{keyed.randint(10**11, 10**12 - 1)}"
    doc.customer_name = (doc.customer_name or "").upper()
    doc.bill_to_lines = None
    doc.service_lines = [
        prop.name.upper(),
        prop.street.upper(),
        f"C.P. {prop.zip} {prop.city.upper()}, {prop.state}",
    ]
    doc.unit = None
    tariff = keyed.choice(("PDBT", "PDBT", "GDMTO", "01")) if electric else "NO DOM."
    monthly = not electric or tariff == "GDMTO"
    end = doc.invoice_date - timedelta(days=rng.randint(1, 4))
    start = end - timedelta(days=rng.randint(29, 31) if monthly else rng.randint(59, 63))
    doc.period = (start, end)
    months = Decimal(1 if monthly else 2)
    lines: list[Line] = []
    taxed: list[bool] = []
    lab = doc.labels
    multiplier = 1
    demand = None
    if electric:
        plan = MX_TARIFFS[tariff]
        if tariff == "01":
            used = rng.randint(260, 1400)
        else:
            low, high = plan["kwh"]
            used = int(rng.randint(low, high) * months)
        if tariff == "GDMTO":
            multiplier = keyed.choice((40, 60, 80, 120))
            used = used // multiplier * multiplier
        tariff_rng = random.Random(f"tariff157:{tariff}:{end.year}:{end.month}")
        if "blocks" in plan:
            left = used
            names = lab["energy_blocks"].split("|")
            for name, (size, low, high) in zip(names, plan["blocks"], strict=True):
                if left <= 0:
                    break
                kwh = left if size is None else min(left, size)
                price = Decimal(tariff_rng.randint(low * 10, high * 10)) / 1000
                lines.append(Line(name, cents(kwh * price), "6430", Decimal(kwh), price, "kWh"))
                taxed.append(True)
                left -= kwh
        else:
            low, high = plan["energy"]
            price = Decimal(tariff_rng.randint(low * 10, high * 10)) / 1000
            lines.append(
                Line(lab["energy"], cents(used * price), "6430", Decimal(used), price, "kWh")
            )
            taxed.append(True)
        if plan["fixed"]:
            low, high = plan["fixed"]
            each = Decimal(tariff_rng.randint(low, high)) / 100
            lines.append(Line(lab["fixed"], cents(months * each), "6430", months, each, "mes"))
            taxed.append(True)
        if tariff == "GDMTO":
            demand = Decimal(max(12, int(used / 30 / 24 / 0.45)))
            price = Decimal(tariff_rng.randint(29000, 41000)) / 100
            lines.append(Line(lab["capacity"], cents(demand * price), "6430", demand, price, "kW"))
            taxed.append(True)
        energy = sum((line.amount for line in lines), Decimal(0))
        share = Decimal(keyed.choice(("0.05", "0.06", "0.08", "0.10")))
        lines.append(Line(lab["dap"], cents(energy * share), "6430"))
        taxed.append(False)  # a municipal duty: no IVA
    else:
        used = rng.randint(60, 900)
        tariff_rng = random.Random(f"tariff157:water:{end.year}:{end.month}")
        names = lab["water_lines"].split("|")
        for name, (_, low, high, gl) in zip(names, MX_WATER, strict=False):
            price = Decimal(tariff_rng.randint(low, high)) / 100
            lines.append(Line(name, cents(used * price), gl, Decimal(used), price, "m³"))
            taxed.append(True)
        fee = Decimal(tariff_rng.randint(4500, 12000)) / 100
        lines.append(Line(names[-1], fee, "6410"))
        taxed.append(True)
    doc.lines = lines
    reading = rng.randint(1000, 90000)
    history = []
    step = 30 if monthly else 61
    for back in range(6, 0, -1):
        first = start - timedelta(days=step * back)
        share = Decimal(rng.randint(70, 130)) / 100
        history.append((first, first + timedelta(days=step), int(used * share), share))
    doc.extras.update(
        electric=electric,
        tariff=tariff,
        taxed=taxed,
        used=used,
        demand=demand,
        multiplier=multiplier,
        reads=(reading, reading + used // multiplier),
        meter=f"{keyed.choice('ABCDEFGHJK')}{keyed.randint(10, 99)}{keyed.randint(1000, 9999)}"
        if electric
        else f"{keyed.randint(10**7, 10**8 - 1)}",
        rmu=f"{prop.zip} {start.strftime('%y-%m-%d')} XAXX-{keyed.randint(1000, 9999)} "
        f"{keyed.randint(1, 999):03d} CRE",
        history=history,
        last_bill=Decimal(rng.randint(88, 112)) / 100,
        paid_draw=rng.random(),
        paid_on=doc.invoice_date - timedelta(days=rng.randint(20, 45)),
        reference="".join(str(rng.randint(0, 9)) for _ in range(30)),
        estimated=rng.random() < 0.06,
    )


def _recibo_totals(doc: Document) -> None:
    """The charges, the IVA on all but the DAP, the period's billing; the account's
    previous debt, its payment and the amount to pay."""
    rate = doc.extras["tax_rate"]
    subtotal = sum((line.amount for line in doc.lines), Decimal(0))
    base = sum(
        (line.amount for line, on in zip(doc.lines, doc.extras["taxed"], strict=True) if on),
        Decimal(0),
    )
    tax = cents(base * rate)
    doc.extras["taxable"] = base
    total = subtotal + tax
    doc.totals = [
        TotalRow("subtotal", subtotal),
        TotalRow("tax", tax, rate),
        TotalRow("total", total),
    ]
    _bill_summary(doc, total, (0.82, 0.92))


def _bill_summary(doc: Document, total: Decimal, cuts: tuple[float, float]) -> None:
    """A bill's account summary: the previous bill, paid in full (a draw under the first
    cut), not at all (under the second) or by half, the current charges and the amount
    due."""
    previous = cents(total * doc.extras["last_bill"])
    draw = doc.extras["paid_draw"]
    paid = previous if draw < cuts[0] else Decimal(0) if draw < cuts[1] else cents(previous / 2)
    doc.summary = [
        TotalRow("previous_balance", previous),
        TotalRow("payments", paid),
        TotalRow("current_charges", total),
        TotalRow("amount_due", previous - paid + total),
    ]


HOME_MANAGERS = ("DAVID R.", "TANYA M.", "LUIS G.", "KRISTEN P.", "MARCUS J.", "ELENA S.")
TILL_BRANDS = ("VISA", "MASTERCARD", "AMEX", "DISCOVER")


def _home_center(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H158: a home-improvement store's 80 mm till receipt: many articles, each by its
    12-digit product code and name, one piece mostly, several at a price each on some;
    the pro account's volume savings (the ground truth's discount) on most, the sales tax
    on what is left, the total; paid by card, cash or on the pro account; the account's
    name and the job on some. The store, register, transaction, cashier, product codes,
    card and return policy are not in the ground truth; the receipt's number is the
    store, register and transaction as its head prints them. Its own generator: no
    other layout changes."""
    items = load("trades")[doc.layout["stock_catalogue"]]["items"]
    count = rng.randint(*doc.layout["lines"])
    if rng.random() < doc.layout["long"]:
        count = rng.randint(18, 28)
    for index in rng.sample(range(len(items)), min(count, len(items))):
        item = items[index]
        line = _catalog_line(doc, item, index, "", rng)
        assert line.unit_price is not None
        quantity = (
            line.quantity if rng.random() < 0.45 and line.quantity is not None else Decimal(1)
        )
        keyed = random.Random(f"upc158:{item['en']}")
        line = replace(
            line,
            quantity=quantity,
            amount=cents(quantity * line.unit_price),
            day=None,
            unit=None,
            code=f"{keyed.randint(10**11, 10**12 - 1)}",
        )
        doc.lines.append(line)
    rate = Decimal(load("regions")[vendor.region]["tax_rate"])
    pro = rng.random() < 0.75
    subtotal = sum((line.amount for line in doc.lines), Decimal(0))
    rows = [TotalRow("subtotal", subtotal)]
    savings = Decimal(0)
    if pro:
        share = Decimal(rng.choice(("0.02", "0.02", "0.03", "0.05")))
        savings = cents(subtotal * share)
        rows.append(TotalRow("discount", savings, share))
    tax = cents((subtotal - savings) * rate)
    rows += [TotalRow("tax", tax, rate), TotalRow("total", subtotal - savings + tax)]
    doc.totals = rows
    doc.vendor_name = doc.vendor_name.upper()
    doc.vendor_lines = [line.upper() for line in doc.vendor_lines]
    company = load("properties")["companies"][prop.company]
    named = pro and rng.random() < 0.7
    doc.customer_name = str(company["name"]).upper() if named else None
    job = pro and rng.random() < 0.55
    doc.property_code = prop.code if job else None
    keyed = random.Random(f"store158:{vendor.code}")
    store = keyed.randint(400, 9899)
    register = rng.choice((1, 2, 3, 4, 5, 6, 21, 22, 41, 42))
    trans = rng.randint(10000, 99999)
    doc.invoice_number = f"{store:04d} {register:05d} {trans:05d}"
    draw = rng.random()
    paid = "charge" if pro and draw < 0.25 else "cash" if draw > 0.88 else "card"
    minutes = rng.randint(6 * 60, 21 * 60 + 30)
    total = doc.total
    doc.extras.update(
        tax_rate=rate,
        time=_clock(minutes).rjust(8, "0"),
        store=store,
        register=register,
        trans=trans,
        manager=keyed.choice(HOME_MANAGERS),
        pro=pro,
        pro_last4=f"{keyed.randint(0, 9999):04d}",
        job=prop.name.upper() if job else None,
        paid=paid,
        brand=rng.choice(TILL_BRANDS),
        card_last4=f"{rng.randint(0, 9999):04d}",
        auth=f"{rng.randint(0, 999999):06d}/{rng.randint(1000000, 9999999)}",
        contactless=rng.random() < 0.4,
        handed=(total / 20).to_integral_value(rounding=ROUND_CEILING) * 20,
        user=f"{rng.randint(100, 999)}{rng.randint(100, 999)} {rng.randint(100, 999)}",
        password=f"{rng.randint(10000, 99999)} {rng.randint(10000, 99999)}",
        policy_days=rng.choice((90, 90, 30)),
    )


FIELD_JOB_TYPES = {  # the job type a field-service app files the visit under, by its main task
    "plumbing": ("Drain Cleaning", "Water Heater", "Fixture Repair", "Leak Repair", "Service Call"),
    "hvac": ("No Cool", "Maintenance", "Water Leak", "Repair", "Service Call"),
}
FIELD_SUMMARIES = {  # the app's summary of the visit: the technician's words about it
    "plumbing": "Arrived on site and met {contact}. {place}: {problem} Found {found}. Customer "
    "approved the repair before work began. {done} Tested and verified proper operation "
    "before leaving; work area cleaned.",
    "hvac": "Arrived on site and met {contact}. {place}: {problem} Found {found}. Quoted the "
    "repair options; customer approved before work began. {done} Temperature split measured "
    "at {split} degrees after the repair; system operating normally at departure.",
}
SERVICE_APPS = ("FieldPro", "ServiceDesk Go", "JobTrack", "DispatchBoard")


def _field_app(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H159: a plumbing or HVAC firm's invoice from its field-service app: the dispatch or
    diagnostic fee on most, then the flat-rate tasks done, each by its task code (not in
    the ground truth) with its long description, count, price and total; a summary of
    the work, the job, technician, job type and the day it was completed (none of them in
    the ground truth); a member's or a coupon's discount on some, the tax on some, the
    payments taken on site or before (the ground truth's deposit) and the balance due,
    0.00 when paid in full. Its own generator: no other layout changes."""
    items = load("trades")[doc.layout["catalogues"][vendor.trade]]["items"]
    first = next(k for k, item in enumerate(items) if item.get("first"))
    after = len(items) - 1  # the after-hours surcharge closes the catalogue
    tasks = [k for k in range(len(items)) if k not in (first, after)]
    long = rng.random() < doc.layout["long"]
    chosen = rng.sample(tasks, rng.randint(7, len(tasks)) if long else rng.randint(1, 4))
    order = ([first] if rng.random() < 0.75 else []) + chosen
    if rng.random() < 0.15:
        order.append(after)
    lines = []
    for index in order:
        item = items[index]
        price = _price(item, rng)
        quantity = _quantity(item, rng)
        lines.append(
            Line(
                item["en"], cents(quantity * price), item["gl"], quantity, price, code=item["task"]
            )
        )
    doc.lines = lines
    trade = vendor.trade if vendor.trade in FIELD_SUMMARIES else "plumbing"
    contact = prop.approver if rng.random() < 0.6 else "the maintenance supervisor"
    place = (
        f"Unit {doc.unit}" if doc.unit else rng.choice(("Leasing office", "Clubhouse", "Bldg 3"))
    )
    main = items[max(chosen, key=lambda k: lines[order.index(k)].amount)]  # the job's reason
    done = "Performed: " + "; ".join(items[index]["name"].lower() for index in order) + "."
    summary = FIELD_SUMMARIES[trade].format(
        contact=contact,
        place=place,
        problem=main["problem"][:1].upper() + main["problem"][1:],
        found=main["found"],
        done=done,
        split=rng.randint(17, 21),
    )
    completed = doc.invoice_date - timedelta(days=rng.randint(0, 3))
    doc.extras.update(
        job=f"{rng.randint(1000000, 9999999)}",
        technician=rng.choice(load("labels")["line_notes"]["technicians"]),
        job_type=f"{rng.choice(FIELD_JOB_TYPES[trade])} - {main['name']}",
        business_unit=f"{'Plumbing' if trade == 'plumbing' else 'HVAC'} - "
        f"{rng.choice(('Service', 'Commercial Service', 'Multifamily'))}",
        completed=completed,
        summary=summary,
        discount_draw=rng.random(),
        discount_rate=Decimal(rng.choice(("0.10", "0.15"))),
        coupon=Decimal(rng.choice((25, 50, 75))),
        paid_draw=rng.random(),
        paid_split=rng.random() < 0.3,
        deposit_share=Decimal(rng.choice(("0.5", "0.5", "0.25"))),
        brand=rng.choice(("Visa", "Mastercard", "Amex", "Discover")),
        card_last4=f"{rng.randint(0, 9999):04d}",
        check=f"{rng.randint(1001, 9999)}",
        signer=prop.approver if rng.random() < 0.5 else None,
        app=rng.choice(SERVICE_APPS),
    )


def _field_app_totals(doc: Document) -> None:
    """The sub-total, a discount on some, the tax on what is left on some, the invoice
    total, the payments received (a deposit when the work was approved, the rest on
    completion, or all of it by card on site) and the balance due."""
    ex = doc.extras
    rate = ex["tax_rate"]
    subtotal = sum((line.amount for line in doc.lines), Decimal(0))
    rows = [TotalRow("subtotal", subtotal)]
    discount = Decimal(0)
    if ex["discount_draw"] < 0.3:
        discount = cents(subtotal * ex["discount_rate"])
        rows.append(TotalRow("discount", discount, ex["discount_rate"]))
    elif ex["discount_draw"] < 0.45 and subtotal > ex["coupon"] * 3:
        discount = cents(ex["coupon"])
        rows.append(TotalRow("discount", discount))
    tax = cents((subtotal - discount) * rate)
    if tax:
        rows.append(TotalRow("tax", tax, rate))
    total = subtotal - discount + tax
    rows.append(TotalRow("total", total))
    draw, completed = ex["paid_draw"], ex["completed"]
    payments: list[tuple[date, str, Decimal]] = []
    card = f"{ex['brand']} ****{ex['card_last4']}"
    if draw < 0.35:  # paid in full: on completion, or a deposit then the rest
        if ex["paid_split"]:
            first = cents(total * ex["deposit_share"])
            payments = [
                (completed - timedelta(days=1), f"Check #{ex['check']}", first),
                (completed, card, total - first),
            ]
        else:
            payments = [(completed, card, total)]
    elif draw < 0.55:
        payments = [(completed, card, cents(total * ex["deposit_share"]))]
    ex["payments"] = payments
    paid = sum((amount for _, _, amount in payments), Decimal(0))
    if paid:
        rows.append(TotalRow("deposit", paid))
    rows.append(TotalRow("amount_due", total - paid))
    doc.totals = rows


def _carbon_form(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H160: a Puerto Rican pest-control or pool company's carbon-copy service order, the
    services pre-printed with a box each: the technician marks those done and writes the
    amount (the ground truth's lines: the printed service, or what was written after
    "Otro:"); the IVU on most, the total; the order's number printed in red by the
    printer; how it was paid, the areas treated, readings or products, times and the
    technician, none of them in the ground truth. Its own generator: no other layout
    changes."""
    items = load("trades")[doc.layout["catalogues"][vendor.trade]]["items"]
    chosen = sorted(rng.sample(range(len(items)), rng.randint(1, 5)))
    lines = []
    for index in chosen:
        item = items[index]
        said = rng.choice(item["other"]) if "other" in item else item["es"]
        lines.append(Line(said, cents(_price(item, rng)), item["gl"]))
    doc.lines = lines
    doc.invoice_number = f"{(vendor.next_number * 37) % 90000 + 5000:05d}"
    doc.vendor_name = doc.vendor_name.upper()  # the printer's imprint
    arrived = rng.randint(7 * 60, 15 * 60)
    pest = vendor.trade == "pest_control"
    if not pest and doc.unit:  # the pool is no apartment's
        doc.unit = None
        doc.service_lines = [prop.name, prop.street, prop.city_line]
    areas = doc.labels["area_list" if pest else "pool_areas"].split("|")
    doc.extras.update(
        checked=chosen,
        pest=pest,
        technician=rng.choice(load("labels")["line_notes"]["technicians"]),
        times=(_clock(arrived), _clock(arrived + rng.randint(4, 30) * 5)),
        areas=sorted(rng.sample(range(len(areas)), rng.randint(1, min(3, len(areas))))),
        readings=(
            f"{rng.randint(10, 40) / 10:.1f}",
            f"{rng.randint(72, 78) / 10:.1f}",
            f"{rng.randint(8, 14) * 10}",
            f"{rng.randint(3, 8) * 10}",
        ),
        products=rng.sample(
            [
                "Bifentrina 7.9% (perímetro)",
                "Gel de indoxacarb 0.6%",
                "Bloques de bromadiolona",
                "Deltametrina 4.75% SC",
                "Regulador de crecimiento (IGR)",
            ],
            2,
        ),
        observation=rng.choice(
            (
                "Se observó actividad de cucarachas en cocinas de la primera planta.",
                "Estaciones de roedores con consumo en el área de contenedores.",
                "Se recomienda recoger basura acumulada detrás del edificio.",
                "Agua clara al terminar el servicio.",
                "Bomba con ruido; se recomienda cambio de rodamientos.",
                "",
            )
        ),
        paid=rng.choice(("cash", "check", "check", "ath", "card", "credit", "credit")),
        check=f"{rng.randint(1001, 9999)}",
        license=f"{random.Random(f'lic160:{vendor.code}').randint(1000, 9999)}",
        contact=prop.approver if rng.random() < 0.5 else None,
        typed_offset=(rng.uniform(-1.5, 2.5), rng.uniform(-1.2, 1.2)),
        copy_tint=rng.choice(("white", "white", "yellow", "pink")),
    )


def _carbon_totals(doc: Document) -> None:
    """The subtotal, the IVU on most, the total."""
    rate = doc.extras["tax_rate"]
    subtotal = sum((line.amount for line in doc.lines), Decimal(0))
    tax = cents(subtotal * rate)
    rows = [TotalRow("subtotal", subtotal)]
    if tax:
        rows.append(TotalRow("tax", tax, rate))
    rows.append(TotalRow("total", subtotal + tax))
    doc.totals = rows


def _blind10_totals(doc: Document) -> None:
    """The totals the layouts added with H156-H160 print: an accounting package's payment
    and balance due (H156), a Mexican utility's IVA on all but the DAP and its account
    (H157), a field-service app's discount, payments and balance (H159), a service
    form's subtotal, IVU and total (H160)."""
    totals = BLIND10_TOTALS.get(doc.layout.get("form", ""))
    if totals is not None:
        totals(doc)


BLIND10_LINES = {
    "books_invoice": _books_invoice,
    "recibo_mx": _recibo_mx,
    "field_app_invoice": _field_app,
    "carbon_form": _carbon_form,
}
BLIND10_TOTALS = {
    "books_invoice": _books_totals,
    "recibo_mx": _recibo_totals,
    "field_app_invoice": _field_app_totals,
    "carbon_form": _carbon_totals,
}
BLIND10_OWN_LINES = ("books_invoice", "field_app_invoice", "carbon_form")
BLIND10_RECEIPTS = {"home_center": _home_center}


# --- the layouts added with H161-H165 ----------------------------------------------------

SUMMARY_MOST_LINES = 30  # a month's summary never runs past two pages
SUMMARY_ORDERERS = ("Front Desk", "Maintenance Shop", "Leasing Office", "Make-Ready Team")
SUMMARY_REFS = ("OFFICE", "MAINT", "LEASING", "MODEL UNIT", "CLUBHOUSE", "RESIDENT EVENTS")
SUMMARY_PACKS = (("case", "CS"), ("pk)", "PK"), ("(1000)", "BX"), ("(100)", "BX"), ("(50)", "BX"))
SUMMARY_FEES = ("5.95", "7.95", "9.95")  # the delivery fee on an order under the minimum
SUMMARY_MINIMUM = Decimal(50)


def _summary_invoice(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H161: an office-products dealer's summary invoice of the orders a property placed
    in the last calendar month (the ground truth's period), dated a few days after it:
    each order under a band with its number, the day it was placed and delivered, who
    ordered it and the property's reference (none of them in the ground truth), its
    items by the dealer's item number and unit, a delivery fee on an order under the
    minimum; the stamps carry no sales tax. The amount due always. Its own generator: no
    other layout changes."""
    items = load("trades")[doc.layout.get("catalogue", vendor.trade)]["items"]
    issued = doc.invoice_date
    end = issued.replace(day=1) - timedelta(days=1)
    start = end.replace(day=1)
    doc.invoice_date = end + timedelta(days=rng.randint(1, 4))
    if doc.due_date is not None:  # the terms' days from the new date
        doc.due_date = doc.invoice_date + (doc.due_date - issued)
    doc.period = (start, end)
    doc.unit = None
    doc.service_lines = [prop.name, prop.street, prop.city_line]
    doc.remit_lines = list(vendor.remit_lines or vendor.address_lines)
    doc.invoice_number = f"{end.year % 100:02d}{end.month:02d}-{vendor.next_number % 10**5:05d}"
    long = rng.random() < doc.layout["long"]
    count = rng.randint(6, 10) if long else rng.randint(2, 5)
    placed_days = sorted(rng.sample(range(end.day), min(count, end.day)))
    lines: list[Line] = []
    taxed: list[bool] = []
    orders: list[dict[str, Any]] = []
    for offset in placed_days:
        picks = rng.sample(range(len(items)), rng.randint(1, 5 if long else 4))
        if lines and len(lines) + len(picks) + 1 > SUMMARY_MOST_LINES:
            break
        placed = start + timedelta(days=offset)
        weekday = placed.weekday()
        number = f"{rng.randint(4_000_000, 9_999_999)}-{rng.choice(('001', '001', '002'))}"
        first = len(lines)
        for index in picks:
            item = items[index]
            line = _catalog_line(doc, item, index, "", rng)
            lines.append(
                replace(
                    line,
                    day=None,
                    unit=_summary_pack(item["en"]),
                    code=str(random.Random(f"item161:{item['en']}").randint(100000, 999999)),
                    group=number,
                )
            )
            taxed.append(item["gl"] != "6520")  # postage stamps are not taxable
        goods = sum((line.amount for line in lines[first:]), Decimal(0))
        if goods < SUMMARY_MINIMUM and rng.random() < 0.75:
            fee = Decimal(rng.choice(SUMMARY_FEES))
            said = doc.labels["small_order"]
            lines.append(Line(said, fee, "6520", Decimal(1), fee, "EA", code="DLV", group=number))
            taxed.append(True)
        orders.append(
            {
                "number": number,
                "placed": placed,
                "delivered": placed + timedelta(days=1 if weekday < 4 else 7 - weekday),
                "by": prop.approver if rng.random() < 0.35 else rng.choice(SUMMARY_ORDERERS),
                "ref": rng.choice(SUMMARY_REFS) if rng.random() < 0.6 else "",
                "lines": (first, len(lines)),
            }
        )
    doc.lines = lines
    doc.extras.update(
        taxed=taxed,
        orders=orders,
        rep=rng.choice(("Janet Ruiz", "Tom Becker", "Alicia Grant", "Derrick Owens")),
    )


def _summary_pack(name: str) -> str:
    """The selling unit a dealer prints for an item: case, pack, box or each."""
    low = name.lower()
    return next((unit for word, unit in SUMMARY_PACKS if word in low), "EA")


def _summary_totals(doc: Document) -> None:
    """The merchandise and fees, the sales tax on the taxable lines, the total, the amount
    due."""
    rate, taxed = doc.extras["tax_rate"], doc.extras["taxed"]
    subtotal = sum((line.amount for line in doc.lines), Decimal(0))
    base = sum((line.amount for line, on in zip(doc.lines, taxed, strict=True) if on), Decimal(0))
    tax = cents(base * rate)
    doc.extras["taxable"] = base
    rows = [TotalRow("subtotal", subtotal)]
    if tax:
        rows.append(TotalRow("tax", tax, rate))
    rows += [TotalRow("total", subtotal + tax), TotalRow("amount_due", subtotal + tax)]
    doc.totals = rows


REP_TDUS = {  # a competitive city's wires company: name, ESI ID prefix and length
    "Dallas": ("Oncor Electric Delivery", "10443720", 17),
    "Houston": ("CenterPoint Energy Houston Electric", "1008901", 22),
}
REP_PLACES = (
    "HOUSE METER BLDG {n}",
    "CLUBHOUSE & POOL",
    "LEASING OFFICE",
    "PARKING LOT LIGHTS",
    "LAUNDRY BLDG {n}",
    "GATE & SITE LIGHTING",
)
REP_PRODUCTS = (
    "Business Fixed 12",
    "Business Fixed 24",
    "Commercial Secure 36",
    "SmallBiz Saver 18",
)
REP_GROSS_RECEIPTS = Decimal("0.01997")  # the city's gross receipts tax, passed through
REP_PUC = Decimal("0.001667")  # the Public Utility Commission's assessment
REP_SEASON = (0.82, 0.78, 0.8, 0.86, 1.0, 1.22, 1.38, 1.42, 1.26, 1.0, 0.84, 0.86)


def _rep_bill(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H162: a Texas retail electric provider's bill for one of a property's common-area
    meters in a competitive city (a property where the city's own utility serves is
    swapped for one in Dallas or Houston): the provider's energy charge at the contract's
    price and its monthly customer charge, the wires company's delivery charges passed
    through (customer, metering and per-kWh charges, a demand charge on a demand meter),
    the gross receipts reimbursement and the PUC assessment, then the state and local
    sales tax. The ESI ID, meter, reads, demand, product, contract and usage history are
    not in the ground truth. Its own generator: no other layout changes."""
    assert doc.period is not None
    place = prop
    if prop.city not in REP_TDUS:
        entries = [
            p
            for p in load("properties")["properties"]
            if p["region"] == prop.region and p["city"] in REP_TDUS
        ]
        entry = rng.choice(entries)
        place = replace(
            prop,
            code=entry["code"],
            name=entry["name"],
            street=entry["street"],
            city=entry["city"],
            state=entry["state"],
            zip=entry["zip"],
        )
    doc.property_code = place.code
    doc.unit = None
    keyed = random.Random(f"rep162:{vendor.code}:{place.code}")
    tdu, prefix, digits = REP_TDUS[place.city]
    spot = keyed.choice(REP_PLACES).format(n=keyed.randint(1, 8))
    doc.service_lines = [place.street.upper(), f"{place.city.upper()}, {place.state} {place.zip}"]
    doc.customer_name = (doc.customer_name or "").upper()
    doc.bill_to_lines = [line.upper() for line in doc.bill_to_lines or []]
    doc.remit_lines = [line.upper() for line in vendor.remit_lines or vendor.address_lines]
    doc.account_number = f"{keyed.randint(10**9, 10**10 - 1)}"
    doc.invoice_number = f"{vendor.next_number % 10**6:06d}{rng.randint(1000, 9999)}"
    catalogue = {item["en"]: item for item in load("trades")["electric"]["items"]}
    end = doc.period[1]
    typical = keyed.randint(2400, 26000)
    used = max(400, int(typical * REP_SEASON[end.month - 1] * rng.uniform(0.88, 1.12)))
    demand = Decimal(max(11, int(used / 30 / 24 / 0.42))) if typical > 9000 else None
    low, high = (int(Decimal(r) * 10000) for r in catalogue["Energy charge"]["rate"])
    energy = Decimal(keyed.randint(low, high)) / 10000  # the contract's price
    tariff = random.Random(f"tdu162:{tdu}:{end.year}")  # the wires company's rates that year
    low, high = (int(Decimal(r) * 10000) for r in catalogue["Delivery charge"]["rate"])
    wires = Decimal(tariff.randint(low, high)) / 10000
    fixed = [Decimal(tariff.randint(250, 650)) / 100, Decimal(tariff.randint(180, 480)) / 100]
    per_kw = Decimal(tariff.randint(420, 880)) / 100
    base = Decimal(keyed.randint(*(int(p * 100) for p in catalogue["Customer charge"]["price"])))
    lab = doc.labels
    kwh = Decimal(used)
    lines = [
        Line(lab["energy"], cents(kwh * energy), "6430", kwh, energy, "kWh"),
        Line(lab["base"], base / 100, "6430"),
        Line(lab["tdu_customer"], fixed[0], "6430"),
        Line(lab["tdu_metering"], fixed[1], "6430"),
        Line(lab["tdu_delivery"], cents(kwh * wires), "6430", kwh, wires, "kWh"),
    ]
    if demand is not None:
        lines.append(Line(lab["tdu_demand"], cents(demand * per_kw), "6430", demand, per_kw, "kW"))
    charges = sum((line.amount for line in lines), Decimal(0))
    sections = (2, len(lines))  # the provider's lines, the wires company's, then the fees
    lines += [
        Line(lab["gross_receipts"], cents(charges * REP_GROSS_RECEIPTS), "6430"),
        Line(lab["puc"], cents(charges * REP_PUC), "6430"),
    ]
    doc.lines = lines
    prior = rng.randint(10_000, 99_000)
    history = [
        int(typical * REP_SEASON[(end.month - 1 - back) % 12] * rng.uniform(0.85, 1.15))
        for back in range(12, 0, -1)
    ]
    doc.extras.update(
        tdu=tdu,
        esi=prefix + "".join(str(keyed.randint(0, 9)) for _ in range(digits - len(prefix))),
        spot=spot,
        meter=f"{keyed.randint(10**7, 10**8 - 1)}{keyed.choice(('LG', 'AC', 'LN'))}",
        reads=(prior, prior + used),
        used=used,
        demand=demand,
        history=history,
        last_year_days=rng.randint(28, 33),
        sections=sections,
        fee_rates=(REP_GROSS_RECEIPTS, REP_PUC),
        product=keyed.choice(REP_PRODUCTS),
        contract_end=date(end.year + keyed.randint(1, 2), keyed.randint(1, 12), 1),
        certificate=f"{random.Random(f'puct162:{vendor.code}').randint(10010, 10299)}",
        estimated=rng.random() < 0.08,
        last_bill=Decimal(str(round(rng.uniform(0.82, 1.18), 3))),
        paid_draw=rng.random(),
        paid_on=doc.invoice_date - timedelta(days=rng.randint(10, 24)),
        scan=f"{rng.randint(10**11, 10**12 - 1)}",
    )


def _rep_totals(doc: Document) -> None:
    """The charges, the state and local sales tax on all of them, the current charges; the
    account's previous bill, its payment and the amount due."""
    rate = doc.extras["tax_rate"]
    subtotal = sum((line.amount for line in doc.lines), Decimal(0))
    tax = cents(subtotal * rate)
    total = subtotal + tax
    doc.totals = [
        TotalRow("subtotal", subtotal),
        TotalRow("tax", tax, rate),
        TotalRow("total", total),
    ]
    _bill_summary(doc, total, (0.84, 0.93))


FAX_SENDERS = ("Debbie", "Rosa", "Kim", "Angela", "Tammy", "Carla", "Shop office")


def _faxed_form(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H163: a small locksmith's invoice typed on a stock two-column form, its tax and
    total written in by hand, faxed to the management company behind a cover sheet: the
    shop's stamp in capitals (the ground truth's vendor name), one to five items in its
    words, a count at a price typed under an item when more than one. The fax's date,
    times, numbers, sender and note, the day of the work and the salesman are not in the
    ground truth. Its own generator: no other layout changes."""
    items = load("trades")[doc.layout["catalogue"]]["items"]
    chosen = rng.sample(range(len(items)), rng.randint(*doc.layout["lines"]))
    lines: list[Line] = []
    for index in chosen:
        unit = doc.unit or rng.choice(prop.units)
        line = _catalog_line(doc, items[index], index, unit, rng)
        if line.quantity == 1:  # the form has no count column: one is not written
            line = replace(line, quantity=None, unit_price=None)
        lines.append(replace(line, day=None, unit=None))
    doc.lines = lines
    doc.vendor_name = doc.vendor_name.upper()  # the shop's rubber stamp
    company = doc.customer_name or ""
    doc.customer_name = company.upper()  # typed in capitals
    doc.invoice_number = f"{vendor.next_number % 9000 + 1000}"
    sent = doc.invoice_date + timedelta(days=rng.choice((0, 0, 1, 2, 3, 6)))
    keyed = random.Random(f"fax163:{prop.company}")
    phone = vendor.phone
    doc.extras.update(
        company=company.removesuffix(" LLC"),
        sent=sent,
        sent_at=rng.randint(8 * 60, 17 * 60 + 30),
        sender=rng.choice(FAX_SENDERS),
        vendor_fax=phone[:-1] + str((int(phone[-1]) + 1) % 10),
        customer_fax=f"({keyed.choice(('214', '972', '469'))}) {keyed.randint(200, 989)}-"
        f"{keyed.randint(0, 9999):04d}",
        note=rng.randrange(4),
        boxes=rng.sample(range(5), rng.choice((0, 1, 1, 2))),
        worked=doc.invoice_date - timedelta(days=rng.randint(0, 4)),
        salesman=rng.choice(("J.R.", "MIKE", "T. NGUYEN", "DALE", "RAY")),
        typed=(rng.uniform(-1.5, 1.5), rng.uniform(-1.2, 1.2)),
        stamp_turn=rng.uniform(-3.0, 2.0),
    )


def _hand_totals(doc: Document) -> None:
    """The sum of the items, the sales tax on some, the total."""
    rate = doc.extras["tax_rate"]
    subtotal = sum((line.amount for line in doc.lines), Decimal(0))
    tax = cents(subtotal * rate)
    rows = [TotalRow("subtotal", subtotal)]
    if tax:
        rows.append(TotalRow("tax", tax, rate))
    rows.append(TotalRow("total", subtotal + tax))
    doc.totals = rows


RETENTION_RATE = Decimal("0.10")  # Puerto Rico's withholding at source on services
GOODS_IVU = Decimal("0.115")  # the state and municipal IVU on materials
RETENTION_BANKS = ("Banco Popular", "FirstBank", "Oriental")


def _retention_factura(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H164: a Puerto Rican contractor's invoice of services and materials, its lines drawn
    from its trade's catalogue: the IVU between merchants on the services and the full
    IVU on the materials, and the 10 % the customer withholds at source on the services
    (Sec. 1062.03) deducted after the total (the ground truth's deposit) unless the firm
    holds the year's waiver, which it then cites. The licence, merchant registration, the bank and
    the subject column are not in the ground truth. Its own generator: no other layout
    changes."""
    keyed = random.Random(f"relevo164:{vendor.code}")
    waived = random.Random(f"sc2604:{vendor.code}:{doc.invoice_date.year}")  # the year's waiver
    subject = [
        not (line.part or line.gl == "6150" or line.unit in ("lb", "gal")) for line in doc.lines
    ]
    doc.extras.update(
        trade=vendor.trade,
        subject=subject,
        waiver=waived.random() < 0.3,
        waiver_number=f"{doc.invoice_date.year}-{waived.randint(10000, 99999)}",
        registration=f"{keyed.randint(10**6, 10**7 - 1)}-{keyed.randint(1000, 9999):04d}",
        license=f"{keyed.randint(1000, 19999)}",
        bank=keyed.choice(RETENTION_BANKS),
        bank_account=f"{keyed.randint(10**8, 10**9 - 1)}",
        project=rng.choice(
            ("Mantenimiento", "Reparaciones", "Servicio correctivo", "Trabajo adicional")
        ),
        contact=prop.approver if rng.random() < 0.6 else None,
        ath=rng.random() < 0.5,
    )


def _retention_totals(doc: Document) -> None:
    """The services and materials, the IVU (between merchants on services, full on
    materials), the total, the withholding on the services unless waived, the net."""
    ex = doc.extras
    rate = ex["tax_rate"]
    subtotal = sum((line.amount for line in doc.lines), Decimal(0))
    services = sum(
        (line.amount for line, on in zip(doc.lines, ex["subject"], strict=True) if on), Decimal(0)
    )
    goods = subtotal - services
    on_services = cents(services * rate) if rate else Decimal(0)
    on_goods = cents(goods * GOODS_IVU) if rate else Decimal(0)
    tax = on_services + on_goods
    total = subtotal + tax
    held = Decimal(0) if ex["waiver"] else cents(services * RETENTION_RATE)
    ex.update(services=services, goods=goods, ivu=(on_services, on_goods))
    rows = [TotalRow("subtotal", subtotal)]
    if tax:
        rows.append(TotalRow("tax", tax))
    rows.append(TotalRow("total", total))
    if held:
        rows.append(TotalRow("deposit", held, RETENTION_RATE))
    rows.append(TotalRow("amount_due", total - held))
    doc.totals = rows


PHOTO_APPS = ("FacturaFácil", "ObraPago", "CobraYa", "Factura Pro Móvil")
PHOTO_SCENES = {"plumbing": (2, 3), "landscaping": (1,), "paint": (0, 3), "appliance": (3, 0)}
PHOTO_PLACES = {
    "plumbing": ("Baño", "Cocina", "Cuarto de máquinas", "Línea principal"),
    "landscaping": (
        "Entrada principal",
        "Área de la alberca",
        "Jardín del edificio",
        "Estacionamiento",
    ),
    "paint": ("Sala", "Recámara", "Pasillo", "Cocina"),
    "appliance": ("Cocina", "Cuarto de lavado", "Refrigerador", "Estufa"),
}


def _photo_invoice(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H165: a Texas contractor's invoice in Spanish from its invoicing app, on most with
    a page of the job's photos (before, during and after each place worked on, with where
    and when it was taken) and the customer's signature on some; a deposit paid in the app
    on some, the balance always. The photos, their captions, the signature and the app are
    not in the ground truth. Its own generator: no other layout changes."""
    places = list(PHOTO_PLACES.get(vendor.trade, PHOTO_PLACES["plumbing"]))
    units = [
        line.description.split("Depto. ")[1] for line in doc.lines if "Depto. " in line.description
    ]
    spots = [f"Depto. {unit}" for unit in dict.fromkeys(units)] or [rng.choice(places)]
    photos: list[tuple[str, str, int]] = []
    scenes: list[int] = []
    if rng.random() < 0.7:
        taken = doc.invoice_date - timedelta(days=rng.randint(0, 3))
        stages = ["before", "after"] if rng.random() < 0.5 else ["before", "during", "after"]
        pairs = rng.randint(1, 2) if len(stages) == 2 else 1
        minute = rng.randint(8 * 60, 14 * 60)
        for pair in range(pairs):
            where = spots[pair] if pair < len(spots) else rng.choice(places)
            scene = rng.choice(PHOTO_SCENES.get(vendor.trade, (0, 3)))
            for stage in stages:
                minute += rng.randint(12, 75)
                photos.append((stage, where, minute))
                scenes.append(scene)
        doc.extras["taken"] = taken
    doc.invoice_number = f"{vendor.next_number % 900 + 100:04d}"
    doc.extras.update(
        trade=vendor.trade,
        photos=photos,
        scenes=scenes,
        signed=prop.approver if rng.random() < 0.45 else None,
        app=rng.choice(PHOTO_APPS),
        link=f"{rng.randint(10**7, 10**8 - 1):x}",
        paid_draw=rng.random(),
        paid_share=Decimal(rng.choice(("0.25", "0.3", "0.5"))),
    )


def _photo_totals(doc: Document) -> None:
    """The subtotal, the sales tax on some, the total, a deposit paid in the app on some
    (or all of it), the balance always."""
    rate = doc.extras["tax_rate"]
    subtotal = sum((line.amount for line in doc.lines), Decimal(0))
    tax = cents(subtotal * rate)
    rows = [TotalRow("subtotal", subtotal)]
    if tax:
        rows.append(TotalRow("tax", tax, rate))
    total = subtotal + tax
    rows.append(TotalRow("total", total))
    draw = doc.extras["paid_draw"]
    paid = Decimal(0)
    if draw > 0.9:
        paid = total
    elif draw > 0.6:
        paid = cents((total * doc.extras["paid_share"]).quantize(Decimal(1)))
    if paid:
        rows.append(TotalRow("deposit", paid))
    rows.append(TotalRow("amount_due", total - paid))
    doc.totals = rows


def _blind11_totals(doc: Document) -> None:
    """The totals the layouts added with H161-H165 print: a summary's tax on its taxable
    lines (H161), an electricity bill's sales tax and its account (H162), a faxed form's
    handwritten tax and total (H163), the withholding at source deducted after the total
    (H164), an app's deposit and balance (H165)."""
    totals = BLIND11_TOTALS.get(doc.layout.get("form", ""))
    if totals is not None:
        totals(doc)


BLIND11_LINES = {
    "summary_invoice": _summary_invoice,
    "rep_bill": _rep_bill,
    "faxed_form": _faxed_form,
    "retention_factura": _retention_factura,
    "photo_invoice": _photo_invoice,
}
BLIND11_TOTALS = {
    "summary_invoice": _summary_totals,
    "rep_bill": _rep_totals,
    "faxed_form": _hand_totals,
    "retention_factura": _retention_totals,
    "photo_invoice": _photo_totals,
}
BLIND11_OWN_LINES = ("summary_invoice", "faxed_form")


# --- the layouts added with H166-H170 ----------------------------------------------------

ROLLOFF_SIZES = (  # a roll-off container: yards, haul dollars (low, high), tons included
    (20, (345, 445), 2),
    (30, (395, 525), 3),
    (40, (445, 595), 4),
)
ROLLOFF_LANDFILLS = (
    "Skyline Landfill",
    "McCommas Bluff Landfill",
    "Blue Ridge Landfill",
    "Medley Landfill",
    "Central Disposal Facility",
)
ROLLOFF_MOST_LINES = 28  # a roll-off invoice never runs past two pages


def _rolloff_invoice(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H166: a hauler's roll-off container invoice for the month before it: each
    container's delivery when it came in the month, every haul (swap) on its day with its
    landfill ticket, the tons over the haul's allowance billed by the ton after it, a dry
    run now and then, each container's monthly rent, and the fuel and environmental fee as
    a share of the haul charges (its amount only). The containers, their numbers, sizes,
    placing dates and the landfill are not in the ground truth. Its own generator: no other
    layout changes."""
    end = doc.invoice_date.replace(day=1) - timedelta(days=1)
    start = end.replace(day=1)
    days = (end - start).days + 1
    over_rate = Decimal(rng.randint(48, 72))
    lines: list[Line] = []
    containers = []
    count = 1 if rng.random() < 0.6 else (2 if rng.random() < 0.8 else 3)
    for _ in range(count):
        yards, (low, high), allowance = rng.choice(ROLLOFF_SIZES)
        size = f"{yards} YD"
        number = f"RO{yards}-{rng.randint(1000, 4999)}"
        haul = Decimal(rng.randint(low // 5, high // 5) * 5)
        placed = start + timedelta(days=rng.randint(0, 12))
        if rng.random() < 0.55:
            placed = start - timedelta(days=rng.randint(20, 200))
        else:
            delivery = Decimal(rng.randint(15, 35) * 5)
            text = f"Delivery - {size} roll-off container"
            lines.append(Line(text, delivery, "6450", Decimal(1), delivery, day=placed))
        first = max(placed, start) + timedelta(days=2)
        hauls = sorted(
            rng.sample(range((first - start).days, days), min(rng.randint(1, 4), days - 5))
        )
        pulled = rng.random() < 0.2
        for k, offset in enumerate(hauls):
            day = start + timedelta(days=offset)
            ticket = f"{rng.randint(100000, 999999)}"
            final = pulled and k == len(hauls) - 1
            text = f"{'Final pull' if final else 'Haul & return (swap)'} - {size} open top"
            lines.append(Line(text, haul, "6450", Decimal(1), haul, day=day, code=ticket))
            tons = Decimal(rng.randint(allowance * 60, allowance * 100 + 260)) / 100
            if tons > allowance:
                over = tons - allowance
                text = f"Disposal overage - tons over {allowance}.00 included"
                amount = cents(over * over_rate)
                lines.append(Line(text, amount, "6450", over, over_rate, day=day, code=ticket))
            if rng.random() < 0.1:
                dry = Decimal(rng.randint(19, 30) * 5)
                text = "Dry run - container blocked"
                lines.append(Line(text, dry, "6450", Decimal(1), dry, day=day, code=ticket))
        rent = Decimal(rng.randint(18, 34) * 5)
        text = f"Container rent - {size}, monthly"
        lines.append(Line(text, rent, "6450", Decimal(1), rent, day=end))
        containers.append((number, size, placed, pulled))
    lines.sort(key=lambda line: line.day or end)
    del lines[ROLLOFF_MOST_LINES:]
    hauled = sum((line.amount for line in lines if " open top" in line.description), Decimal(0))
    fee_rate = Decimal(rng.choice(("0.099", "0.129", "0.149", "0.185")))
    fee_text = doc.labels["fee"].format(rate=f"{fee_rate * 100:.1f}%")
    lines.append(Line(fee_text, cents(hauled * fee_rate), "6450"))
    doc.lines = lines
    doc.period = (start, end)
    if doc.unit:  # a container stands on the grounds, not in an apartment
        doc.unit = None
    doc.service_lines = [prop.name, prop.street, prop.city_line]
    doc.extras.update(
        containers=containers,
        over_rate=over_rate,
        landfill=rng.choice(ROLLOFF_LANDFILLS),
        route=f"{rng.choice('ABCDEF')}{rng.randint(10, 89)}",
    )


TERMITE_PLANS = ("Repair & Retreatment", "Retreatment Only", "Bait System - Monitoring")
TERMITE_PRODUCTS = ("Termidor SC (liquid)", "Sentricon bait system", "Taurus SC (liquid)")


def _termite_renewal(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H167: a pest-control firm's annual renewal notice for a property's termite plan:
    the year of coverage from the first day of the month after the next (the ground
    truth's period), renewable by the day before it (its due date); the renewal of each
    building, or of all of them in one line at so much a building, the clubhouse on some,
    the bait stations' monitoring on bait plans, the annual inspection report on some.
    The plan's number, type, first treatment and product are not in the ground truth. Its
    own generator: no other layout changes."""
    keyed = random.Random(f"termite167:{vendor.code}:{prop.code}")
    buildings = keyed.randint(3, 12)
    plan = keyed.choice(TERMITE_PLANS)
    fee = Decimal(keyed.randint(17, 52) * 5)
    month = doc.invoice_date.month + 1
    start = date(doc.invoice_date.year + (month > 12), (month - 1) % 12 + 1, 1)
    end = date(start.year + 1, start.month, 1) - timedelta(days=1)
    doc.period = (start, end)
    doc.due_date = start - timedelta(days=1)
    doc.terms = None
    doc.unit = None
    doc.service_lines = [prop.name, prop.street, prop.city_line]
    lines: list[Line] = []
    if buildings <= 6 and rng.random() < 0.6:
        for k in range(1, buildings + 1):
            text = f"Building {k} - annual termite plan renewal"
            lines.append(Line(text, fee, "6320", Decimal(1), fee))
    else:
        text = f"Residential buildings 1-{buildings} - annual renewal"
        count = Decimal(buildings)
        lines.append(Line(text, fee * count, "6320", count, fee))
    if rng.random() < 0.5:
        office = fee + Decimal(keyed.randint(0, 8) * 5)
        text = "Clubhouse / leasing office - annual renewal"
        lines.append(Line(text, office, "6320", Decimal(1), office))
    if plan.startswith("Bait"):
        stations = Decimal(keyed.randint(8, 30) * 2)
        each = Decimal(keyed.randint(600, 1150)) / 100
        text = "Bait station monitoring and service, per station"
        lines.append(Line(text, cents(stations * each), "6320", stations, each))
    if rng.random() < 0.35:
        report = Decimal(keyed.randint(15, 30) * 5)
        text = "Annual WDI inspection report"
        lines.append(Line(text, report, "6320", Decimal(1), report))
    doc.lines = lines
    treated = date(start.year - keyed.randint(1, 9), keyed.randint(1, 12), keyed.randint(1, 28))
    doc.extras.update(
        plan=plan,
        plan_number=f"T-{keyed.randint(10000, 99999)}",
        buildings=buildings,
        treated=treated,
        product=keyed.choice(TERMITE_PRODUCTS),
        license=f"{keyed.randint(100000, 999999)}",
    )


SLIP_ENTRY = ("CHIP", "CHIP", "CONTACTLESS", "SWIPED")
SLIP_CLERKS = ("BOBBY", "LINDA K", "RAY", "DEE", "MANNY", "JO ANN", "CURTIS")


def _stapled_slip(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H168: a hardware store's itemized sales receipt with the card terminal's slip
    stapled to its foot: each article by its SKU and name, its count at the price each
    when more than one, the merchandise subtotal, the sales tax and the total; the
    account charged and the job on some. The SKU, station, clerk and the slip (merchant
    and terminal, card, approval) are not in the ground truth. Its own generator: no
    other layout changes."""
    items = load("trades")["hardware_store"]["items"]
    count = rng.randint(*doc.layout["lines"])
    for index in rng.sample(range(len(items)), min(count, len(items))):
        line = _catalog_line(doc, items[index], index, "", rng)
        assert line.unit_price is not None and line.quantity is not None
        quantity = line.quantity if rng.random() < 0.4 else Decimal(1)
        sku = random.Random(f"sku168:{items[index]['en']}").randint(100000, 999999)
        doc.lines.append(
            replace(
                line,
                quantity=quantity,
                amount=cents(quantity * line.unit_price),
                day=None,
                unit=None,
                code=f"{sku}",
            )
        )
    rate = Decimal(load("regions")[vendor.region]["tax_rate"])
    subtotal = sum((line.amount for line in doc.lines), Decimal(0))
    tax = cents(subtotal * rate)
    doc.totals = [
        TotalRow("subtotal", subtotal),
        TotalRow("tax", tax, rate),
        TotalRow("total", subtotal + tax),
    ]
    company = load("properties")["companies"][prop.company]
    named = rng.random() < 0.35
    doc.customer_name = str(company["name"]).upper() if named else None
    job = rng.random() < 0.3
    doc.property_code = prop.code if job else None
    doc.invoice_number = f"{rng.randint(2, 9)}{rng.randint(10000, 99999)}"
    doc.show_currency = True  # the slip prints the total in its code: 'USD$181.20'
    keyed = random.Random(f"merchant168:{vendor.code}")
    doc.extras.update(
        tax_rate=rate,
        time=f"{rng.randint(7, 18):02d}:{rng.randint(0, 59):02d}",
        station=rng.randint(1, 4),
        clerk=rng.choice(SLIP_CLERKS),
        job=prop.name.upper() if job else None,
        brand=rng.choice(TILL_BRANDS),
        card_last4=f"{rng.randint(0, 9999):04d}",
        entry=rng.choice(SLIP_ENTRY),
        auth=f"{rng.randint(0, 999999):06d}",
        ref=f"{rng.randint(100000000000, 999999999999)}",
        batch=f"{rng.randint(100, 999)}",
        merchant=f"{keyed.randint(10**11, 10**12 - 1)}",
        terminal=f"{keyed.randint(1000, 9999)}",
        dba=ascii_words(vendor.name)[0].upper() if rng.random() < 0.5 else None,
        copy=rng.random() < 0.6,
        tilt=rng.uniform(-3.5, 3.5),
        shift=rng.uniform(-10, 24),
        staple=rng.uniform(0.3, 0.7),
    )


GENERATOR_MAKES = ("Caterpillar", "Cummins", "Kohler", "Generac", "MTU", "Baldor")
GENERATOR_KW = (60, 80, 100, 150, 200, 250, 350)
GENERATOR_PARTS = (  # a part or lubricant: description, unit, count (low, high), cents
    ("Filtro de aceite", "pza", (1, 2), (2800, 6500)),
    ("Filtro de combustible primario", "pza", (1, 2), (3500, 8000)),
    ("Filtro separador de agua", "pza", (1, 1), (4200, 9500)),
    ("Filtro de aire del motor", "pza", (1, 1), (5500, 14000)),
    ("Aceite 15W-40 para motor diésel", "gal", (2, 9), (2400, 3800)),
    ("Refrigerante (anticongelante) 50/50", "gal", (1, 4), (1800, 2800)),
    ("Batería 12V grupo 31", "pza", (1, 2), (18500, 26000)),
    ("Correa del alternador", "pza", (1, 1), (4500, 9000)),
)
GENERATOR_BANKS = ("Banco Popular", "FirstBank", "Oriental", "Banesco")
GENERATOR_TECHS = ("J. Rosado", "W. Rivera", "E. Colón", "L. Figueroa", "C. Maldonado")
GENERATOR_REMARKS = (
    "Equipo operando normal. Transferencia automática probada sin carga.",
    "Se recomienda reemplazar las mangueras del radiador en el próximo servicio.",
    "Calentador de bloque funcionando. Voltaje de baterías 13.4 V.",
    "Se encontró fuga leve de aceite en el cárter; se ajustaron los pernos.",
    "Tanque con sedimento; se recomienda pulido de combustible.",
    "",
)


def _generator_service(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H169: a Puerto Rican electrical contractor's invoice for a property's emergency
    generator: the preventive maintenance visit, the diesel pumped into the day tank
    (gallons at the day's price), parts and lubricants (the only lines with IVU), a load
    bank test and an after-hours charge on some. The generator, its hour meter, the tank's
    level before and after, the technician and remarks are not in the ground truth. Its
    own generator: no other layout changes."""
    keyed = random.Random(f"gen169:{vendor.code}:{prop.code}")
    kw = keyed.choice(GENERATOR_KW)
    tank = keyed.choice((250, 300, 500, 660, 1000))
    lines: list[Line] = []
    visit = Decimal(rng.randint(185 + kw // 2, 320 + kw) // 5 * 5)
    every = rng.choice(("mensual", "trimestral", "trimestral", "semestral"))
    text = f"Mantenimiento preventivo {every} del generador de {kw} kW"
    lines.append(Line(text, visit, "6120", Decimal(1), visit, unit="serv."))
    gallons = Decimal(0)
    if rng.random() < 0.8:
        gallons = Decimal(rng.randint(tank // 5, tank * 7 // 10) * 10 + rng.randint(0, 9)) / 10
        price = Decimal(rng.randint(389, 479)) / 100
        text = "Diésel despachado al tanque del generador"
        lines.append(Line(text, cents(gallons * price), "6120", gallons, price, unit="gal"))
    oil = rng.random() < 0.6
    parts = [k for k in range(len(GENERATOR_PARTS)) if rng.random() < 0.3]
    if oil:
        parts = sorted({0, 4, *parts})
    for k in parts:
        name, unit, (low, high), (c_low, c_high) = GENERATOR_PARTS[k]
        count = Decimal(rng.randint(low, high))
        price = Decimal(rng.randint(c_low, c_high)) / 100
        lines.append(Line(name, cents(count * price), "6120", count, price, unit=unit, part=True))
    if rng.random() < 0.25:
        test = Decimal(rng.randint(75, 130) * 5)
        text = "Prueba con banco de carga resistivo (2 horas)"
        lines.append(Line(text, test, "6120", Decimal(1), test, unit="serv."))
    if rng.random() < 0.12:
        call = Decimal(rng.randint(30, 50) * 5)
        text = "Cargo por servicio fuera de horario"
        lines.append(Line(text, call, "6120", Decimal(1), call, unit="serv."))
    doc.lines = lines
    doc.unit = None
    doc.service_lines = [prop.name, prop.street, prop.city_line]
    hours = keyed.randint(300, 4000) + rng.randint(0, 60)
    eighths = ("1/8", "1/4", "3/8", "1/2", "5/8", "3/4", "7/8", "Lleno")
    before = rng.randint(0, 3)
    after = min(7, before + 2 + int(gallons * 8 / tank)) if gallons else before
    doc.extras.update(
        make=keyed.choice(GENERATOR_MAKES),
        model=f"{keyed.choice(('DQ', 'C', 'KD', 'SD', 'D'))}{kw}-{keyed.randint(1, 9)}",
        serial=f"{keyed.choice('ABGKX')}{keyed.randint(1000000, 9999999)}",
        kw=kw,
        tank=tank,
        hours=(hours, hours + rng.randint(2, 9)),
        level=(eighths[before], eighths[after]),
        visit=doc.invoice_date - timedelta(days=rng.randint(0, 6)),
        technician=rng.choice(GENERATOR_TECHS),
        remark=rng.choice(GENERATOR_REMARKS),
        bank=rng.choice(GENERATOR_BANKS),
        bank_account=f"{keyed.randint(100, 999)}-{keyed.randint(100000, 999999)}",
        license=f"{keyed.randint(10000, 99999)}",
    )


PIPA_TRUCKS = ("P-014", "P-022", "P-031", "P-047", "P-052", "P-068", "P-075")
PIPA_DRIVERS = ("J. Treviño", "R. Cantú", "M. Garza", "L. Villarreal", "H. Salinas")
PIPA_SECTORS = ("Poniente", "Sur", "Centro", "San Pedro", "Valle Oriente", "Cumbres")


def _pipa_invoice(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H170: a Mexican water utility's receipt for the tanker-truck deliveries to a
    property during a supply cut: each trip on its day with its delivery voucher, cubic
    metres at the period's fee per cubic metre, a pumping charge into a raised cistern on
    some; the period of the deliveries (the ground truth's period), the IVA on most
    (non-domestic use), the account and the deadline. The trucks, drivers, sector and the
    payment reference are not in the ground truth. Its own generator: no other layout
    changes."""
    keyed = random.Random(f"pipa170:{vendor.code}:{prop.code}")
    doc.account_number = (
        f"{keyed.randint(10, 99)}-{keyed.randint(100000, 999999)}-{keyed.randint(1, 9)}"
    )
    end = doc.invoice_date - timedelta(days=rng.randint(1, 6))
    start = end - timedelta(days=rng.choice((6, 13, 14, 29)))
    span = (end - start).days + 1
    trips = sorted(rng.choices(range(span), k=rng.randint(2, min(12, span))))
    capacity = Decimal(rng.choice((10, 10, 15, 20)))
    fee = Decimal(rng.randint(3850, 7200)) / 100
    lines: list[Line] = []
    pumped = rng.random() < 0.3
    pump = Decimal(rng.randint(18, 40) * 10)
    for offset in trips:
        day = start + timedelta(days=offset)
        ticket = f"{rng.randint(100000, 999999)}"
        text = f"Agua potable en pipa de {capacity} m³"
        amount = cents(capacity * fee)
        lines.append(Line(text, amount, "6410", capacity, fee, unit="m³", day=day, code=ticket))
        if pumped and rng.random() < 0.5:
            text = "Bombeo a cisterna elevada"
            lines.append(
                Line(text, pump, "6410", Decimal(1), pump, unit="serv.", day=day, code=ticket)
            )
    doc.lines = lines
    doc.period = (start, end)
    doc.unit = None
    doc.terms = None
    doc.service_lines = [prop.name, prop.street, prop.city_line]
    doc.extras.update(
        trucks=[rng.choice(PIPA_TRUCKS) for _ in lines],
        drivers=[rng.choice(PIPA_DRIVERS) for _ in lines],
        sector=keyed.choice(PIPA_SECTORS),
        reference=f"{keyed.randint(1000, 9999)}{rng.randint(10**9, 10**10 - 1)}",
        request=f"SOL-{doc.invoice_date.year}-{rng.randint(1000, 9999)}",
    )


def _due_totals(doc: Document) -> None:
    """The subtotal, the tax on what the layout taxes (all of it, or only the parts), the
    total and the amount due, always printed."""
    rate = doc.extras["tax_rate"]
    subtotal = sum((line.amount for line in doc.lines), Decimal(0))
    taxed = subtotal
    if doc.layout.get("form") == "generator_service":  # the IVU on parts and lubricants only
        taxed = sum((line.amount for line in doc.lines if line.part), Decimal(0))
    tax = cents(taxed * rate)
    rows = [TotalRow("subtotal", subtotal)]
    if tax:
        rows.append(TotalRow("tax", tax, rate))
    rows += [TotalRow("total", subtotal + tax), TotalRow("amount_due", subtotal + tax)]
    doc.totals = rows


def _blind12_totals(doc: Document) -> None:
    """The totals the layouts added with H166-H170 print: the subtotal, the tax on some,
    the total and the amount due always (H166, H167, H169, H170)."""
    totals = BLIND12_TOTALS.get(doc.layout.get("form", ""))
    if totals is not None:
        totals(doc)


BLIND12_LINES = {
    "rolloff_invoice": _rolloff_invoice,
    "termite_renewal": _termite_renewal,
    "generator_service": _generator_service,
    "pipa_invoice": _pipa_invoice,
}
BLIND12_TOTALS = {
    "rolloff_invoice": _due_totals,
    "termite_renewal": _due_totals,
    "generator_service": _due_totals,
    "pipa_invoice": _due_totals,
}
BLIND12_OWN_LINES = tuple(BLIND12_LINES)
BLIND12_RECEIPTS = {"stapled_slip": _stapled_slip}


# --- the layouts added with H171-H175 ----------------------------------------------------

CLOUD_BANKS = ("Frost Bank", "Chase Bank", "Wells Fargo Bank", "Bank of America", "Truist Bank")
LINK_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"


def _cloud_invoice(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H171: a small firm's invoice from a cloud accounting package over the trade's own
    lines, drawn as for any invoice: the currency in the column heads and totals (so in
    the ground truth), a payment already applied online on some (the `deposit`), the
    balance always. The bank details, the payment link, the tax permit and the job named
    as the reference when no order is are not in the ground truth. Its own generator: no
    other layout changes."""
    keyed = random.Random(f"cloud171:{vendor.code}")
    doc.show_currency = True
    doc.terms = None
    token = "".join(rng.choice(LINK_ALPHABET) for _ in range(22))
    job = None
    if not doc.po_number and rng.random() < 0.5:
        job = f"{prop.name} #{doc.unit}" if doc.unit else prop.name
    doc.extras.update(
        bank=keyed.choice(CLOUD_BANKS),
        routing=f"1{keyed.randint(10000000, 19999999)}",
        bank_account=f"{keyed.randint(10**9, 10**10 - 1)}",
        permit=f"{keyed.choice('13')}{keyed.randint(10**9, 10**10 - 1)}",
        url=f"https://in.ledgerly.app/{token}",
        job=job,
        paid_draw=rng.random(),
        paid_share=Decimal(rng.choice(("0.25", "0.4", "0.5"))),
    )


def _cloud_totals(doc: Document) -> None:
    """The amount before tax, the tax when charged, the total, what was paid online on
    some (or all of it), and the balance always."""
    rate = doc.extras["tax_rate"]
    subtotal = sum((line.amount for line in doc.lines), Decimal(0))
    tax = cents(subtotal * rate)
    rows = [TotalRow("subtotal", subtotal)]
    if tax:
        rows.append(TotalRow("tax", tax, rate))
    total = subtotal + tax
    rows.append(TotalRow("total", total))
    draw, paid = doc.extras["paid_draw"], Decimal(0)
    if draw > 0.9:
        paid = total
    elif draw > 0.65:
        paid = cents((total * doc.extras["paid_share"]).quantize(Decimal(1)))
    if paid:
        rows.append(TotalRow("deposit", paid))
    rows.append(TotalRow("amount_due", total - paid))
    doc.totals = rows


HANDYMAN_TASKS = (  # a task: what is written, hours (low, high), the materials it takes
    ("{where} - replace kitchen faucet and supply lines", (2, 5), (0, 1)),
    ("{where} - patch drywall (2 areas), texture and paint to match", (4, 12), (2, 3, 4, 5)),
    ("{where} - re-hang bedroom door, adjust strike, new stops", (2, 6), (6, 7)),
    ("{where} - rebuild toilet tank, reset toilet on new wax ring", (2, 5), (8, 9)),
    ("{where} - install new blinds", (2, 6), (10,)),
    ("{where} - replace GFCI outlets in kitchen and baths", (2, 4), (11,)),
    ("{where} - recaulk tub and sinks, regrout tub surround", (4, 10), (13, 14)),
    ("{where} - replace smoke alarms and test", (1, 3), (12,)),
    ("{where} - make-ready punch list per walk-through", (6, 20), (5, 13, 7)),
    ("{where} - repair closet bifold doors and track", (2, 5), (15,)),
    ("Clubhouse - adjust entry door, replace door closer", (2, 5), (16,)),
    ("Laundry room - replace dryer vent hood and seal", (2, 5), (17,)),
    ("Office - replace stained ceiling tiles", (1, 4), (18,)),
    ("Pool gate - new self-closing hinges and latch", (2, 6), (19,)),
    ("Building {bldg} stairs - scrape and repaint handrails", (6, 16), (20,)),
)
HANDYMAN_MATERIALS = (  # what the receipt says: description, cents (low, high), count
    ("Kitchen faucet, single handle, chrome", (8900, 14900), (1, 1)),
    ("Braided supply lines 3/8 x 20 in", (700, 1100), (2, 2)),
    ("Drywall 1/2 in 4x8 sheet", (1400, 1900), (1, 2)),
    ("All-purpose joint compound 4.5 gal", (1800, 2400), (1, 1)),
    ("Spray texture, orange peel 20 oz", (1300, 1800), (1, 2)),
    ("Interior paint 1 gal, property color", (3200, 4800), (1, 3)),
    ("Door stops and hinge pins", (500, 900), (2, 4)),
    ("Privacy knob, satin nickel", (1500, 2600), (1, 2)),
    ("Toilet tank repair kit (fill valve + flapper)", (1600, 2600), (1, 1)),
    ("Wax ring with bolts", (500, 900), (1, 1)),
    ("2 in faux wood blind 35 x 64", (1500, 2400), (2, 6)),
    ("GFCI receptacle 20A, white", (1800, 2600), (2, 3)),
    ("Smoke alarm, 10-yr sealed battery", (2200, 3400), (1, 4)),
    ("Silicone caulk, white 10.1 oz", (700, 1100), (1, 4)),
    ("Sanded grout 10 lb", (1400, 2000), (1, 1)),
    ("Bifold door track kit", (1800, 2900), (1, 2)),
    ("Door closer, grade 1, aluminum", (6500, 11000), (1, 1)),
    ("Dryer vent hood, 4 in louvered", (1200, 2200), (1, 1)),
    ("Ceiling tile 2 x 2, case of 12", (4200, 6500), (1, 1)),
    ("Self-closing gate hinges and latch", (3800, 6900), (1, 1)),
    ("Rust-inhibiting enamel 1 qt", (1500, 2300), (1, 3)),
)
HANDYMAN_OWNERS = ("Mike Alvarez", "Dwayne Carter", "Tommy Nguyen", "Rick Sorensen", "Luis Ortega")


def _handyman_sheet(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H172: a handyman's invoice typed into a spreadsheet template: one to four tasks,
    each its hours at the one hourly rate, a trip charge or a dump fee (amount only) on
    some, then the materials each task took at what the store charged (the only lines
    taxed, when tax is charged); a deposit on some. The owner, the insurance policy and
    the invoice's own short number are the handyman's. Its own generator: no other
    layout changes."""
    keyed = random.Random(f"handyman172:{vendor.code}")
    rate = Decimal(keyed.randint(9, 15) * 5)
    units = rng.sample(prop.units, min(4, len(prop.units)))
    tasks = rng.sample(range(len(HANDYMAN_TASKS)), rng.choice((1, 1, 2, 2, 3, 4)))
    labor: list[Line] = []
    materials: list[Line] = []
    for n, index in enumerate(tasks):
        text, (low, high), needs = HANDYMAN_TASKS[index]
        where = f"Unit {doc.unit or units[n % len(units)]}"
        hours = Decimal(rng.randint(low, high)) / 2
        said = text.format(where=where, bldg=rng.randint(1, 8))
        labor.append(Line(said, cents(hours * rate), "6160", hours, rate, unit="hr"))
        for k in needs:
            if len(materials) >= 8 or (n and rng.random() < 0.3):
                continue
            name, (c_low, c_high), (q_low, q_high) = HANDYMAN_MATERIALS[k]
            count = Decimal(rng.randint(q_low, q_high))
            price = Decimal(rng.randint(c_low, c_high)) / 100
            materials.append(Line(name, cents(count * price), "6150", count, price, part=True))
    if rng.random() < 0.35:
        labor.append(Line("Trip charge", Decimal(rng.randint(5, 10) * 5), "6160"))
    if rng.random() < 0.2:
        labor.append(Line("Haul-off / dump fee", Decimal(rng.randint(5, 15) * 5), "6160"))
    doc.lines = [*labor, *materials]
    doc.invoice_number = f"{vendor.next_number % 900 + 100}"
    doc.extras.update(
        owner=keyed.choice(HANDYMAN_OWNERS),
        policy=f"GL-{keyed.randint(100000, 999999)}",
        job=rng.choice(("Make-ready repairs", "Work order repairs", "Repairs per request")),
        deposit_draw=rng.random(),
        deposit_share=Decimal(rng.choice(("0.3", "0.4", "0.5"))),
    )


def _handyman_totals(doc: Document) -> None:
    """The subtotal, the tax on the materials when charged (the taxable sum is printed
    but is no field), the total, and a deposit with the balance on some."""
    rate = doc.extras["tax_rate"]
    subtotal = sum((line.amount for line in doc.lines), Decimal(0))
    taxable = sum((line.amount for line in doc.lines if line.part), Decimal(0))
    tax = cents(taxable * rate)
    rows = [TotalRow("subtotal", subtotal)]
    if tax:
        rows.append(TotalRow("tax", tax, rate))
    total = subtotal + tax
    rows.append(TotalRow("total", total))
    if doc.extras["deposit_draw"] < 0.3:
        paid = Decimal(int(total * doc.extras["deposit_share"]) // 10 * 10)
        if paid:
            rows += [TotalRow("deposit", paid), TotalRow("amount_due", total - paid)]
    doc.extras["taxable"] = taxable if tax else Decimal(0)
    doc.totals = rows


APPLIANCE_PARTS = (  # maker, maker's part, description, selling unit, cents (low, high)
    ("Whirlpool", "W10295370A", "REFRIGERATOR WATER FILTER EVERYDROP 1", "EA", (3200, 4900)),
    ("GE", "WR60X10185", "CONDENSER FAN MOTOR - REFRIGERATOR", "EA", (4200, 7800)),
    ("Whirlpool", "W10348269", "DISHWASHER DRAIN PUMP", "EA", (3800, 6400)),
    ("Frigidaire", "5304511738", "RANGE SURFACE ELEMENT 8 IN 2600W", "EA", (3100, 5400)),
    ("GE", "WB44T10011", "OVEN BAKE ELEMENT", "EA", (2800, 4700)),
    ("Whirlpool", "279838", "DRYER HEATING ELEMENT 5400W", "EA", (2600, 4400)),
    ("Whirlpool", "W10820039", "WASHER LID SWITCH ASSEMBLY", "EA", (2900, 5200)),
    ("Whirlpool", "341241", "DRYER DRUM BELT", "EA", (900, 1700)),
    ("Whirlpool", "3392519", "DRYER THERMAL FUSE", "EA", (600, 1400)),
    ("GE", "WB13K21", "GAS OVEN IGNITER", "EA", (3400, 5600)),
    ("Frigidaire", "242252603", "ICE MAKER ASSEMBLY", "EA", (7900, 12900)),
    ("GE", "WR55X10025", "DEFROST TEMPERATURE SENSOR", "EA", (1900, 3600)),
    ("Range Kleen", "P106", "DRIP PAN 6 IN CHROME", "EA", (190, 420)),
    ("Range Kleen", "P108", "DRIP PAN 8 IN CHROME", "EA", (260, 520)),
    ("Exact Replacement", "RK-4B", "RANGE KNOB BLACK UNIVERSAL", "EA", (400, 900)),
    ("Broan", "S97007696", "RANGE HOOD GREASE FILTER 8-3/4 X 10-1/2", "EA", (700, 1600)),
    ("InSinkErator", "BADGER5", "FOOD WASTE DISPOSER 1/2 HP", "EA", (9900, 13900)),
    ("Frigidaire", "5304506471", "DISHWASHER RACK WHEEL KIT", "KT", (1200, 2400)),
    ("Dundas Jafine", "BTD48XZW", "DRYER VENT HOSE 4 IN X 8 FT FOIL", "EA", (800, 1500)),
    ("GE", "WH01X24697", "WASHER DRAIN PUMP", "EA", (4400, 7200)),
    ("Frigidaire", "5303918214", "REFRIGERATOR DEFROST TIMER", "EA", (2700, 4600)),
    ("Whirlpool", "W10130913", "DISHWASHER DOOR GASKET", "EA", (2400, 3900)),
)
PARTS_SHIP_VIA = ("UPS GROUND", "UPS GROUND", "FEDEX GROUND", "OUR TRUCK", "WILL CALL")
PARTS_REPS = ("HOUSE ACCT", "T. MORALES", "J. PRUITT", "K. OKAFOR", "D. LEBLANC")
PARTS_MOST_LINES = 26  # a parts invoice never runs past two sheets


def _parts_invoice(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H173: an appliance-parts distributor's invoice for an order shipped to a
    property's maintenance shop: each part by the distributor's item number with the
    maker and its part number under it (not in the ground truth), ordered, shipped and
    back-ordered counts (the shipped count is the line's quantity, 0 on a line wholly
    back-ordered), the freight as the last line on most; the order, its dates, carrier,
    tracking and salesperson are not in the ground truth. A card order is paid in full
    (the `deposit`), the balance 0.00. Its own generator: no other layout changes."""
    count = rng.randint(3, 11)
    if rng.random() < 0.25:
        count = rng.randint(14, len(APPLIANCE_PARTS))
    picks = rng.sample(range(len(APPLIANCE_PARTS)), count)
    lines: list[Line] = []
    ordered_counts: list[int] = []
    for index in picks:
        maker, part, text, unit, (low, high) = APPLIANCE_PARTS[index]
        price = Decimal(rng.randint(low, high)) / 100
        many = text.startswith(("DRIP PAN", "RANGE KNOB", "REFRIGERATOR WATER"))
        ordered = rng.randint(4, 24) if many else rng.choice((1, 1, 1, 2, 2, 3, 4, 6))
        shipped = ordered
        if rng.random() < 0.18:
            shipped = rng.randint(0, ordered - 1)
        amount = cents(shipped * price)
        code = f"{ascii_slug(maker)[:3].upper()}{part}"
        note = f"{maker}|{part}"
        if rng.random() < 0.3:
            note += f"|Unit {rng.choice(prop.units)}"
        line = Line(text, amount, "6140", Decimal(shipped), price, unit=unit, code=code)
        line.note = note
        lines.append(line)
        ordered_counts.append(ordered)
    del lines[PARTS_MOST_LINES:]
    del ordered_counts[PARTS_MOST_LINES:]
    ship_via = rng.choice(PARTS_SHIP_VIA)
    if ship_via != "WILL CALL" and rng.random() < 0.8:
        freight = Decimal(rng.randint(1195, 3895)) / 100
        carrier = ship_via.split()[0]
        boxes = rng.randint(1, 4)
        text = f"FREIGHT - {carrier} {boxes} CTN"
        lines.append(Line(text, freight, "6140", Decimal(1), freight, unit="EA", code="FREIGHT"))
        ordered_counts.append(1)
    doc.lines = lines
    doc.unit = None
    # the order system prints the parties in capitals: the ground truth holds them so
    doc.customer_name = (doc.customer_name or "").upper()
    doc.bill_to_lines = [text.upper() for text in doc.bill_to_lines or []]
    doc.service_lines = [text.upper() for text in (prop.name, prop.street, prop.city_line)]
    doc.remit_lines = [text.upper() for text in vendor.remit_lines] if vendor.remit_lines else None
    if doc.extras.get("attn"):
        doc.extras["attn"] = doc.extras["attn"].upper()
    ordered_on = doc.invoice_date - timedelta(days=rng.randint(1, 5))
    tracking = ""
    if ship_via.startswith("UPS"):
        tracking = "1Z" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTVWXY") for _ in range(16))
    elif ship_via.startswith("FEDEX"):
        tracking = f"{rng.randint(10**11, 10**12 - 1)}"
    card = doc.terms == "Credit Card"
    card_paid = (
        rng.choice(TILL_BRANDS),
        f"{rng.randint(0, 9999):04d}",
        f"{rng.randint(0, 999999):06d}",
    )
    doc.extras.update(
        ordered=ordered_counts,
        order=f"S{rng.randint(1000000, 9999999)}.001",
        order_date=ordered_on,
        ship_date=doc.invoice_date if rng.random() < 0.7 else ordered_on + timedelta(days=1),
        ship_via=ship_via,
        tracking=tracking,
        rep=rng.choice(PARTS_REPS),
        card=card_paid if card else None,
    )


def _parts_totals(doc: Document) -> None:
    """Net sales (the lines, the freight with them), the tax when charged, the invoice's
    total, the card's payment on a card order, and the balance always."""
    rate = doc.extras["tax_rate"]
    subtotal = sum((line.amount for line in doc.lines), Decimal(0))
    tax = cents(subtotal * rate)
    rows = [TotalRow("subtotal", subtotal)]
    if tax:
        rows.append(TotalRow("tax", tax, rate))
    total = subtotal + tax
    rows.append(TotalRow("total", total))
    paid = total if doc.extras["card"] else Decimal(0)
    if paid:
        rows.append(TotalRow("deposit", paid))
    rows.append(TotalRow("amount_due", total - paid))
    doc.totals = rows


MONITOREO_SITES = (
    "Caseta de vigilancia",
    "Casa club",
    "Oficina de administración",
    "Cuarto de máquinas",
    "Torre A - vestíbulo",
    "Torre B - vestíbulo",
    "Alberca y gimnasio",
    "Bodega de mantenimiento",
)
MONITOREO_EXTRAS = (  # description, SAT product key, SAT unit key, pesos (low, high)
    ("Servicio de reacción con patrulla a evento de alarma", "92121500", "E48", (350, 650)),
    ("Visita técnica correctiva", "72151700", "E48", (650, 950)),
    ("Batería de respaldo 12V 7Ah", "26111701", "H87", (380, 520)),
    ("Renta mensual de botón de pánico inalámbrico", "46171600", "E48", (90, 160)),
    ("Reporte mensual de aperturas y cierres por correo", "92121700", "E48", (80, 150)),
)
MONITOREO_MOST_LINES = 8  # the CFDI and its stamp stay on one page


def _monitoreo_cfdi(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H174: a Mexican alarm company's monthly CFDI for monitoring a property's panels:
    the calendar month of the invoice (the ground truth's period), each panel's 24-hour
    monitoring and, on most, its cellular backup path, then what the month added (a
    patrol sent to an alarm, a repair visit and a battery, a panic button's rent, the
    open and close report); the subscriber number is the account. The fiscal data
    (folio fiscal, certificates, seals, the receiver's RFC and regime), the panels' zones
    and the payment reference are not in the ground truth. Its own generator: no other
    layout changes."""
    keyed = random.Random(f"alarm174:{vendor.code}:{prop.code}")
    first = doc.invoice_date.replace(day=1)
    following = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
    doc.period = (first, following - timedelta(days=1))
    doc.account_number = f"{keyed.randint(1000, 9899)}"
    doc.show_currency = True  # "Moneda: MXN"
    doc.unit = None
    doc.service_lines = [prop.name, prop.street, prop.city_line]
    month = f"{months('es')[first.month - 1]} {first.year}"
    panels = keyed.sample(MONITOREO_SITES, keyed.randint(1, 3))
    lines: list[Line] = []
    zones = []
    for site in panels:
        fee = Decimal(keyed.randint(45, 115) * 10)
        text = f"Monitoreo de alarma 24 h - {site} - {month}"
        lines.append(Line(text, fee, "6350", Decimal(1), fee, unit="E48", code="92121701"))
        if keyed.random() < 0.7:
            link = Decimal(keyed.randint(12, 22) * 10)
            text = f"Comunicador celular de respaldo - {site}"
            lines.append(Line(text, link, "6350", Decimal(1), link, unit="E48", code="81161700"))
        zones.append((site, keyed.randint(4, 16), keyed.choice(("DSC", "Honeywell", "Paradox"))))
    for text, key, unit, (low, high) in MONITOREO_EXTRAS:
        if rng.random() < 0.22 and len(lines) < MONITOREO_MOST_LINES:
            count = Decimal(rng.randint(1, 2)) if unit == "H87" else Decimal(1)
            price = Decimal(rng.randint(low, high))
            lines.append(
                Line(text, cents(count * price), "6350", count, price, unit=unit, code=key)
            )
    doc.lines = lines
    uuid = "-".join(
        "".join(rng.choice("0123456789ABCDEF") for _ in range(n)) for n in (8, 4, 4, 4, 12)
    )
    zip_code = vendor.address_lines[-1].rsplit(" ", 1)[-1]
    company = doc.bill_to_lines[-1] if doc.bill_to_lines else ""
    clabe = f"{keyed.randint(10**17, 10**18 - 1)}"
    doc.extras.update(
        time=f"{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
        stamped_after=rng.randint(20, 240),
        uuid=uuid,
        certificate="".join(str(rng.randint(0, 9)) for _ in range(20)),
        sat_certificate="".join(str(rng.randint(0, 9)) for _ in range(20)),
        seals=["".join(rng.choice(SEAL_ALPHABET) for _ in range(344)) for _ in range(2)],
        customer_rfc=receiver_rfc(doc.customer_name or ""),
        customer_zip=company.rsplit(" ", 1)[-1],
        place=zip_code,
        paid_form=rng.choice(("99 - Por definir", "03 - Transferencia electrónica de fondos")),
        bank=keyed.choice(BANKS),
        clabe=clabe,
        reference=f"{doc.account_number}{first.month:02d}{keyed.randint(10, 99)}",
        zones=zones,
        monitoring_phone=vendor.phone,
    )
    doc.extras["method"] = (
        "PPD - Pago en parcialidades o diferido"
        if doc.extras["paid_form"].startswith("99")
        else "PUE - Pago en una sola exhibición"
    )


def _monitoreo_totals(doc: Document) -> None:
    """The subtotal, the IVA transferred (the sum of each concept's, as the CFDI states
    it under every concept) and the total; a CFDI prints no amount due."""
    rate = doc.extras["tax_rate"]
    subtotal = sum((line.amount for line in doc.lines), Decimal(0))
    tax = sum((cents(line.amount * rate) for line in doc.lines), Decimal(0))
    rows = [TotalRow("subtotal", subtotal)]
    if tax:
        rows.append(TotalRow("tax", tax, rate))
    rows.append(TotalRow("total", subtotal + tax))
    doc.totals = rows


CLEANING_PRODUCTS = (  # code, description, unit, SAT key, centavos (low, high), count
    ("CLO-0038", "CLORO CONCENTRADO 6% GALÓN 3.78 L", "GAL", "47131800", (4200, 6900), (4, 24)),
    ("DES-0112", "DESENGRASANTE MULTIUSOS CUBETA 19 L", "CUB", "47131800", (38500, 56000), (1, 4)),
    (
        "BOL-9012",
        "BOLSA PARA BASURA NEGRA 90X120 CAL. 200",
        "KG",
        "47121701",
        (4200, 5800),
        (10, 60),
    ),
    (
        "JAB-2000",
        "JABÓN LÍQUIDO PARA MANOS ANTIBACTERIAL 20 L",
        "BID",
        "53131608",
        (42000, 61000),
        (1, 3),
    ),
    (
        "PHJ-2506",
        "PAPEL HIGIÉNICO JUMBO 250 M CAJA C/6",
        "CJA",
        "14111704",
        (36000, 52000),
        (2, 12),
    ),
    (
        "TOI-2000",
        "TOALLA INTERDOBLADA BLANCA CAJA C/2000",
        "CJA",
        "14111703",
        (41000, 59000),
        (1, 8),
    ),
    (
        "LPI-2020",
        "LIMPIADOR DE PISOS AROMA LAVANDA 20 L",
        "BID",
        "47131800",
        (26000, 39000),
        (1, 4),
    ),
    ("MEC-0500", "MECHUDO DE ALGODÓN 500 G CON BASTÓN", "PZA", "47131604", (6500, 9800), (2, 12)),
    ("ESC-0210", "ESCOBA ABANICO PLÁSTICA CON BASTÓN", "PZA", "47131604", (5500, 8900), (2, 12)),
    ("FIB-0010", "FIBRA VERDE USO RUDO PAQ. C/10", "PAQ", "47131602", (6800, 9900), (1, 6)),
    (
        "GUA-1000",
        "GUANTE DE NITRILO AZUL TALLA M CAJA C/100",
        "CJA",
        "46181504",
        (15500, 23000),
        (1, 6),
    ),
    ("ARO-0400", "AROMATIZANTE AMBIENTAL AEROSOL 400 ML", "PZA", "47131803", (3800, 6200), (6, 24)),
    ("REC-0100", "RECOGEDOR DE PLÁSTICO CON MANGO", "PZA", "47131604", (4500, 7500), (2, 6)),
    ("SAN-0004", "SANITIZANTE CUATERNARIO GALÓN 3.78 L", "GAL", "47131800", (9500, 14500), (2, 10)),
    ("CUB-2600", "CUBETA CON EXPRIMIDOR 26 L", "PZA", "47131605", (42000, 68000), (1, 2)),
    ("DSP-0250", "DESPACHADOR DE PAPEL HIGIÉNICO JUMBO", "PZA", "52151504", (29000, 45000), (1, 4)),
    ("LIM-0946", "LIMPIAVIDRIOS CON ATOMIZADOR 946 ML", "PZA", "47131800", (3900, 6500), (3, 12)),
    ("ACI-0001", "ÁCIDO MURIÁTICO 1 L", "PZA", "12352301", (2800, 4200), (2, 12)),
    ("SPM-0001", "SEÑALAMIENTO PISO MOJADO AMARILLO", "PZA", "55121700", (18500, 29000), (1, 3)),
    ("JAL-0060", "JALADOR DE PISO 60 CM DOBLE HULE", "PZA", "47131604", (11000, 17500), (1, 4)),
)
CLEANING_UNIT_KEYS = {"GAL": "A76", "CUB": "XBJ", "KG": "KGM", "BID": "XJY", "CJA": "XBX"}
CLEANING_AGENTS = ("03 - LUIS G.", "07 - MARTHA R.", "11 - JORGE V.", "15 - ANA P.")
CLEANING_SHIPPING = ("Entrega a domicilio", "Entrega en unidad propia", "Recoge cliente")


def _limpieza_factura(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H175: a Mexican cleaning-supplies distributor's factura from its ERP, delivered
    to a property: each product by the distributor's key with its unit of measure, the
    customer's discount per line (none on a net-priced line), the products' SAT keys
    under them, the IVA on what is left after the discount; a pagaré for the total with
    its due date. The order, agent, shipping, delivery note, SAT keys and fiscal data are
    not in the ground truth. Its own generator: no other layout changes."""
    keyed = random.Random(f"limpieza175:{vendor.code}:{prop.code}")
    discount = Decimal(keyed.choice(("0", "3", "5", "5", "8", "10"))) / 100
    count = rng.randint(3, 11)
    if rng.random() < 0.25:
        count = rng.randint(13, len(CLEANING_PRODUCTS))
    lines: list[Line] = []
    rates: list[Decimal] = []
    for index in rng.sample(range(len(CLEANING_PRODUCTS)), count):
        code, text, unit, sat, (low, high), (q_low, q_high) = CLEANING_PRODUCTS[index]
        quantity = Decimal(rng.randint(q_low, q_high))
        price = Decimal(rng.randint(low, high)) / 100
        line = Line(text, cents(quantity * price), "6230", quantity, price, unit=unit, code=code)
        line.note = f"{sat}|{CLEANING_UNIT_KEYS.get(unit, 'H87')}"
        lines.append(line)
        rates.append(discount if discount and rng.random() < 0.85 else Decimal(0))
    doc.lines = lines
    doc.unit = None
    doc.show_currency = True  # "Moneda: MXN"
    if doc.service_lines:
        doc.service_lines = [prop.name, prop.street, prop.city_line]
    uuid = "-".join(
        "".join(rng.choice("0123456789ABCDEF") for _ in range(n)) for n in (8, 4, 4, 4, 12)
    )
    doc.extras.update(
        rates=rates,
        order=f"P-{rng.randint(10000, 99999)}",
        remision=f"R-{rng.randint(10000, 99999)}",
        agent=keyed.choice(CLEANING_AGENTS),
        shipping=rng.choice(CLEANING_SHIPPING),
        delivery=doc.invoice_date + timedelta(days=rng.randint(0, 2)),
        time=f"{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
        uuid=uuid,
        certificate="".join(str(rng.randint(0, 9)) for _ in range(20)),
        seals=["".join(rng.choice(SEAL_ALPHABET) for _ in range(300)) for _ in range(2)],
        customer_rfc=receiver_rfc(doc.customer_name or ""),
        paid_form=rng.choice(("99 - Por definir", "03 - Transferencia electrónica de fondos")),
        interest=rng.choice(("3", "4", "5")),
        place=vendor.address_lines[-1].rsplit(" ", 1)[-1],
        city=vendor.address_lines[-1].split(",")[0],
    )


def _limpieza_totals(doc: Document) -> None:
    """The gross sale, the discount (each line's, summed) when any, the IVA on the rest
    and the total; a CFDI prints no amount due."""
    rate = doc.extras["tax_rate"]
    subtotal = sum((line.amount for line in doc.lines), Decimal(0))
    discount = sum(
        (cents(line.amount * r) for line, r in zip(doc.lines, doc.extras["rates"], strict=True)),
        Decimal(0),
    )
    tax = cents((subtotal - discount) * rate)
    rows = [TotalRow("subtotal", subtotal)]
    if discount:
        rows.append(TotalRow("discount", discount))
    if tax:
        rows.append(TotalRow("tax", tax, rate))
    rows.append(TotalRow("total", subtotal - discount + tax))
    doc.totals = rows


def _blind13_totals(doc: Document) -> None:
    """The totals the layouts added with H171-H175 print: a payment applied online and
    the balance (H171), the tax on the materials only and a deposit (H172), a card
    order paid in full (H173), a CFDI's IVA with no amount due (H174) and after the
    customer's discount (H175)."""
    totals = BLIND13_TOTALS.get(doc.layout.get("form", ""))
    if totals is not None:
        totals(doc)


BLIND13_LINES = {
    "cloud_invoice": _cloud_invoice,
    "handyman_sheet": _handyman_sheet,
    "parts_invoice": _parts_invoice,
    "monitoreo_cfdi": _monitoreo_cfdi,
    "limpieza_factura": _limpieza_factura,
}
BLIND13_TOTALS = {
    "cloud_invoice": _cloud_totals,
    "handyman_sheet": _handyman_totals,
    "parts_invoice": _parts_totals,
    "monitoreo_cfdi": _monitoreo_totals,
    "limpieza_factura": _limpieza_totals,
}
BLIND13_OWN_LINES = ("handyman_sheet", "parts_invoice", "monitoreo_cfdi", "limpieza_factura")


# --- the layouts added with H176-H180 ----------------------------------------------------

COPIER_MODELS = (  # model, prints colour, monthly base dollars (low, high)
    ("Sharp MX-3071", True, (65, 110)),
    ("Kyocera TASKalfa 3253ci", True, (70, 120)),
    ("Canon imageRUNNER ADVANCE DX C3826i", True, (85, 145)),
    ("Konica Minolta bizhub C300i", True, (75, 130)),
    ("Ricoh IM C3000", True, (80, 135)),
    ("Kyocera ECOSYS M3860idn", False, (25, 45)),
    ("HP LaserJet Enterprise M611dn", False, (20, 40)),
)
COPIER_PLACES = (
    "Leasing office",
    "Leasing office - front desk",
    "Maintenance shop",
    "Business center",
    "Manager's office",
)
COPIER_ALLOWANCES = (0, 1000, 1500, 2500, 5000)


def _meter_copier(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H176: an office-equipment dealer's monthly meter invoice for the copiers and
    printers at a property under its maintenance agreement: per device (one to four) the
    month's base charge, then the black-and-white and (on colour machines) colour meters
    with their begin and end reads, the copies the base includes and the copies over them
    at the agreement's rate per copy (four decimals; none over gives a line of 0.00). The
    meter month is the ground truth's period. The devices, their serials, the reads and
    the agreement are not in the ground truth. Its own generator: no other layout
    changes."""
    keyed = random.Random(f"copier176:{vendor.code}:{prop.code}")
    end = doc.invoice_date.replace(day=1) - timedelta(days=1)
    start = end.replace(day=1)
    count = keyed.choice((1, 1, 2, 2, 3, 4))
    places = keyed.sample(COPIER_PLACES, count)
    bw_rate = Decimal(keyed.randint(79, 139)) / 10000
    color_rate = Decimal(keyed.randint(450, 790)) / 10000
    lines: list[Line] = []
    devices = []
    reads: list[tuple[int, int, int] | None] = []
    for place in places:
        model, color, (low, high) = keyed.choice(COPIER_MODELS)
        equipment = f"{keyed.choice('EPC')}{keyed.randint(1000, 9999)}"
        serial = "".join(keyed.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(10))
        base = Decimal(keyed.randint(low, high))
        lines.append(
            Line(f"Base charge - {model}", base, "6510", Decimal(1), base, group=equipment)
        )
        reads.append(None)
        meters = [("B/W", bw_rate, (300, 9000))]
        if color:
            meters.append(("Color", color_rate, (100, 3200)))
        for name, rate, (used_low, used_high) in meters:
            begin = keyed.randint(8000, 300000) + rng.randint(0, 40000)
            used = rng.randint(used_low, used_high)
            allowance = keyed.choice(COPIER_ALLOWANCES) if name == "B/W" else keyed.choice((0, 500))
            over = Decimal(max(0, used - allowance))
            text = f"{name} copies over {allowance:,} included" if allowance else f"{name} copies"
            lines.append(Line(text, cents(over * rate), "6510", over, rate, group=equipment))
            reads.append((begin, begin + used, allowance))
        devices.append((equipment, model, serial, place))
    doc.lines = lines
    doc.period = (start, end)
    doc.unit = None
    doc.service_lines = [prop.name, prop.street, prop.city_line]
    doc.extras.update(
        devices=devices,
        reads=reads,
        agreement=f"MA-{keyed.randint(10000, 99999)}",
        read_by=rng.choice(("Remote (DCA)", "Remote (DCA)", "Customer e-mail", "Technician")),
        read_on=end - timedelta(days=rng.randint(0, 2)),
    )


BACKFLOW_PLACES = (  # where an assembly stands, the kinds found there
    ("Irrigation - front entrance", ("PVB", "RP")),
    ("Irrigation - pool area", ("PVB", "RP")),
    ("Domestic main - Bldg {b}", ("RP", "DC")),
    ("Pool fill line", ("RP",)),
    ("Clubhouse irrigation", ("PVB", "DC")),
    ("Boiler make-up water", ("RP",)),
    ("Fire line - riser room", ("DCDA",)),
    ("Dog park irrigation", ("PVB",)),
)
BACKFLOW_KINDS = {  # sizes, test dollars (low, high), repair kit cents (low, high)
    "RP": (('3/4"', '1"', '1-1/2"', '2"'), (75, 110), (3800, 9600)),
    "DC": (('3/4"', '1"', '2"'), (65, 95), (3200, 8000)),
    "PVB": (('3/4"', '1"'), (55, 85), (2200, 4500)),
    "DCDA": (('4"', '6"', '8"'), (145, 225), (16000, 34000)),
}
BACKFLOW_MAKES = (("Watts", "009"), ("Febco", "825Y"), ("Wilkins", "975XL"), ("Ames", "4000SS"))
BACKFLOW_TESTERS = ("R. Delgado", "T. Hanks", "B. Ortiz", "K. Whitaker", "J. Pruett")


def _backflow_test(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H177: a plumbing firm's invoice for a property's yearly backflow assembly tests:
    each assembly's test at the firm's price for its kind, the city's filing fee for each
    report, and on a failed assembly its repair kit (a part, the only thing taxed when tax
    is charged) and the labor to rebuild and retest it. The assemblies, their serials,
    readings, results, the tester and his gauge are not in the ground truth. Its own
    generator: no other layout changes."""
    keyed = random.Random(f"backflow177:{vendor.code}:{prop.code}")
    prices = random.Random(f"backflow177:{vendor.code}")
    places = keyed.sample(BACKFLOW_PLACES, keyed.randint(2, 5))
    tested = doc.invoice_date - timedelta(days=rng.randint(1, 9))
    lines: list[Line] = []
    repairs: list[Line] = []
    assemblies = []
    for place, kinds in places:
        kind = keyed.choice(kinds)
        sizes, (low, high), (k_low, k_high) = BACKFLOW_KINDS[kind]
        size = keyed.choice(sizes)
        make, model = keyed.choice(BACKFLOW_MAKES)
        where = place.format(b=keyed.randint(1, 9))
        price = Decimal(prices.randint(low, high) // 5 * 5)
        lines.append(
            Line(f"Annual test - {kind} {size} - {where}", price, "6110", Decimal(1), price)
        )
        passed = rng.random() < 0.8
        serial = f"{keyed.choice('ABCDFHKMNPRT')}{keyed.randint(10000, 999999)}"
        psi = (
            f"{rng.randint(40, 90) / 10:.1f}",
            f"{rng.randint(20, 60) / 10:.1f}" if kind in ("RP", "PVB") else "-",
        )
        assemblies.append((where, kind, size, f"{make} {model}", serial, passed, psi))
        if not passed:
            kit = Decimal(rng.randint(k_low, k_high)) / 100
            text = f"Repair kit - {make} {model} {size} (rubber parts)"
            repairs.append(Line(text, kit, "6110", Decimal(1), kit, part=True))
            labor = Decimal(rng.randint(17, 38) * 5)
            text = f"Labor - rebuild and retest {kind} {size} - {where}"
            repairs.append(Line(text, labor, "6110", Decimal(1), labor))
    fee = Decimal(prices.randint(795, 1495)) / 100
    reports = Decimal(len(places) + len(repairs) // 2)
    filing = Line(
        f"Test report filing fee - City of {prop.city}", cents(reports * fee), "6110", reports, fee
    )
    doc.lines = [*lines, *repairs, filing]
    doc.unit = None
    doc.service_lines = [prop.name, prop.street, prop.city_line]
    doc.extras.update(
        assemblies=assemblies,
        tested=tested,
        tester=prices.choice(BACKFLOW_TESTERS),
        tester_cert=f"{prices.choice(('BPAT', 'BPAT', 'TCEQ BPAT'))}{prices.randint(1000, 19999)}",
        gauge=f"Mid-West 845 s/n {prices.randint(10000, 99999)}",
        calibrated=doc.invoice_date - timedelta(days=prices.randint(30, 300)),
        license=f"{'M-' if vendor.region == 'tx' else 'CFC'}{prices.randint(10000, 1429999)}",
    )


POOL_CHEMICALS = (  # name, unit, cents a unit (low, high), added a visit in halves, share
    ("Liquid chlorine 12.5%", "gal", (425, 650), (2, 8), 1.0),
    ("Muriatic acid 31.45%", "gal", (1100, 1600), (1, 2), 0.45),
    ('Trichlor tablets 3"', "lb", (450, 650), (2, 10), 0.5),
    ("Sodium bicarbonate", "lb", (95, 160), (10, 40), 0.12),
    ("Cyanuric acid (stabilizer)", "lb", (450, 700), (4, 8), 0.06),
    ("Calcium chloride", "lb", (110, 180), (10, 30), 0.06),
)
POOL_SHORT = ("liq. chlorine", "acid", "tabs", "bicarb", "stabilizer", "cal. chloride")
POOL_TECHS = ("Chris M.", "Danny R.", "Jose L.", "Kyle B.", "Marcus T.", "Ana G.")
POOL_WEEKS = ((0, 3), (0, 3), (1, 4), (0, 2, 4))  # the weekdays of a route


def _pool_chem_log(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H178: a pool company's monthly invoice for a property's pool from its route
    software: the month's visits at the rate a visit, the chemicals the log shows added
    (summed over the visits, each at its price a gallon or pound; the only lines taxed),
    a filter clean on some. The month before the invoice is the ground truth's period;
    the visit log (day, technician, readings and what was added) is not in it. Its own
    generator: no other layout changes."""
    keyed = random.Random(f"pool178:{vendor.code}:{prop.code}")
    end = doc.invoice_date.replace(day=1) - timedelta(days=1)
    start = end.replace(day=1)
    weekdays: tuple[int, ...] = keyed.choice(POOL_WEEKS)
    if rng.random() < 0.2:  # a heavy month: the pool serviced every weekday
        weekdays = (0, 1, 2, 3, 4)
    days = [
        start + timedelta(days=n)
        for n in range((end - start).days + 1)
        if (start + timedelta(days=n)).weekday() in weekdays
    ]
    days = [day for day in days if rng.random() > 0.06] or days[:1]
    tech = keyed.choice(POOL_TECHS)
    added = [Decimal(0)] * len(POOL_CHEMICALS)
    visits = []
    for n, day in enumerate(days):
        put: list[str] = []
        for k, (_, unit, _, (low, high), share) in enumerate(POOL_CHEMICALS):
            if rng.random() < share:
                amount = Decimal(rng.randint(low, high)) / 2
                added[k] += amount
                put.append(f"{format_quantity(amount, 'us')} {unit} {POOL_SHORT[k]}")
        readings = (
            f"{rng.randint(5, 50) / 10:.1f}",
            f"{rng.randint(70, 80) / 10:.1f}",
            str(rng.randint(6, 14) * 10),
            str(rng.randint(2, 8) * 10) if n == 0 else "",
        )
        visits.append((day, tech if rng.random() < 0.85 else rng.choice(POOL_TECHS), readings, put))
    rate = Decimal(keyed.randint(9, 19) * 5)
    visits_text = f"Pool service visit - {prop.name} main pool"
    lines = [Line(visits_text, rate * len(days), "6330", Decimal(len(days)), rate, unit="visit")]
    for k, (name, unit, (low, high), _, _) in enumerate(POOL_CHEMICALS):
        if added[k]:
            price = Decimal(keyed.randint(low, high)) / 100
            lines.append(
                Line(name, cents(added[k] * price), "6330", added[k], price, unit=unit, part=True)
            )
    if rng.random() < 0.35:
        clean = Decimal(rng.randint(17, 30) * 5)
        lines.append(
            Line(
                "Filter clean - cartridges hosed and degreased",
                clean,
                "6330",
                Decimal(1),
                clean,
                unit="ea",
            )
        )
    doc.lines = lines
    doc.period = (start, end)
    doc.unit = None
    doc.service_lines = [prop.name, prop.street, prop.city_line]
    doc.extras.update(
        visits=visits,
        gallons=keyed.randint(28, 95) * 1000,
        permit=f"{keyed.randint(10, 99)}-{keyed.randint(10000, 99999)}",
        route=f"{keyed.choice('NSEW')}{keyed.randint(1, 12)}",
        link=f"pay.poolroute.app/i/{rng.randint(10**7, 10**8 - 1)}",
    )


SAT_KEYS = {  # a trade's SAT product keys: services, parts
    "hvac": ("72101516", "40101701"),
    "electrical": ("72151500", "39121700"),
    "plumbing": ("72151300", "40141700"),
}
SAT_UNITS = {"hr": ("HUR", "Hora"), "lb": ("LBR", "Libra"), "serv": ("E48", "Unidad de servicio")}


def _sat_portal_cfdi(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H179: a Mexican contractor's CFDI made in the tax authority's free invoicing
    service and printed as it prints it: the trade's lines, each concept with its SAT
    keys and its own IVA transferred (the IVA is the sum of them); no address, telephone
    or e-mail of the issuer, only its RFC and postal code; the customer's name, RFC and
    postal code; no due date. The keys, the fiscal folio, the seals and the payment
    method are not in the ground truth. Its own generator: no other layout changes."""
    service_key, part_key = SAT_KEYS.get(vendor.trade, ("72101500", "31160000"))
    keys = []
    for line in doc.lines:
        if line.part:
            keys.append((part_key, "H87", "Pieza"))
        else:
            unit_key, unit_name = SAT_UNITS.get(line.unit or "", SAT_UNITS["serv"])
            keys.append((service_key, unit_key, unit_name))
    doc.vendor_lines = []
    doc.vendor_phone = None
    doc.vendor_email = None
    doc.vendor_tax_id = vendor.tax_id
    doc.bill_to_lines = None
    doc.service_lines = None
    doc.extras.pop("attn", None)
    doc.unit = None
    doc.due_date = None
    doc.po_number = None
    company = load("properties")["companies"][prop.company]
    uuid = "-".join(
        "".join(rng.choice("0123456789ABCDEF") for _ in range(n)) for n in (8, 4, 4, 4, 12)
    )
    issued = f"{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    credit = doc.terms is not None and not doc.terms.startswith("Contado")
    doc.extras.update(
        keys=keys,
        uuid=uuid,
        time=issued,
        stamped=f"{issued[:6]}{min(59, int(issued[6:]) + rng.randint(1, 9)):02d}",
        certificate="".join(str(rng.randint(0, 9)) for _ in range(20)),
        sat_certificate="".join(str(rng.randint(0, 9)) for _ in range(20)),
        seals=["".join(rng.choice(SEAL_ALPHABET) for _ in range(344)) for _ in range(3)],
        customer_rfc=receiver_rfc(doc.customer_name or ""),
        customer_zip=str(company["lines"][-1]).rsplit(" ", 1)[-1],  # type: ignore[index]
        place=vendor.address_lines[-1].rsplit(" ", 1)[-1],
        method="PPD Pago en parcialidades o diferido"
        if credit
        else "PUE Pago en una sola exhibición",
        paid_form="99 Por definir" if credit else "03 Transferencia electrónica de fondos",
    )


FERRETERIA_ITEMS = (  # code, description, unit, cents (low, high), count (low, high), step
    ("PVC-05020", "Tubo PVC 1/2\" x 20' SCH 40", "PZA", (480, 720), (1, 6), 1),
    ("PVC-11050", 'Codo PVC 1/2" x 90 SCH 40', "PZA", (45, 95), (2, 12), 1),
    ("PVC-CEM08", "Cemento PVC regular 8 oz", "PZA", (795, 1195), (1, 2), 1),
    ("PLO-FLX16", 'Conector flexible lavamanos 3/8 x 1/2 x 16"', "PZA", (695, 995), (1, 6), 1),
    ("PLO-SAPO", "Sapo (flapper) universal para inodoro", "PZA", (595, 995), (1, 6), 1),
    ("PLO-ANG38", "Llave de paso angular 1/2 x 3/8", "PZA", (895, 1495), (1, 6), 1),
    ("ELE-GFCI20", "Receptáculo GFCI 20A blanco", "PZA", (1895, 2795), (1, 4), 1),
    ("ELE-QO120", "Breaker 20A 1 polo tipo QO", "PZA", (1295, 1895), (1, 4), 1),
    ("ELE-THHN12", "Cable THHN #12 negro", "PIE", (32, 55), (1, 4), 25),
    ("ELE-LED9", "Bombilla LED A19 9W luz blanca", "PZA", (295, 495), (4, 24), 1),
    ("PIN-GAL-BL", "Pintura acrílica interior blanca, galón", "GAL", (2495, 3495), (1, 5), 1),
    ("PIN-CUB-BL", "Pintura exterior blanca, cubeta 5 gal", "CUB", (11995, 15995), (1, 2), 1),
    ("PIN-ROD9", 'Rodillo 9" con felpa 3/8', "PZA", (695, 1095), (1, 4), 1),
    ("SEL-SIL10", "Silicón transparente 10.1 oz", "PZA", (595, 895), (1, 6), 1),
    (
        "SEL-TECHO",
        "Sellador elastomérico para techo, cubeta 5 gal",
        "CUB",
        (8995, 14995),
        (1, 3),
        1,
    ),
    ("CER-PERIL", "Cerradura de perilla con llave, satinada", "PZA", (1495, 2695), (1, 4), 1),
    ("CER-CERRO", "Cerrojo sencillo (deadbolt), satinado", "PZA", (1995, 3295), (1, 3), 1),
    ("ELE-CINTA", 'Cinta aislante negra 3/4"', "PZA", (149, 299), (2, 10), 1),
    ("JAR-MANG50", "Manguera de jardín 5/8 x 50 pies", "PZA", (1995, 3495), (1, 2), 1),
    ("TOR-MAD2", 'Tornillo para madera 2" (caja 100)', "CJA", (595, 995), (1, 3), 1),
    ("AIR-FIL20", "Filtro de aire 20x20x1", "PZA", (395, 695), (2, 12), 1),
    ("LIM-CLORO", "Cloro líquido, galón", "GAL", (295, 495), (2, 8), 1),
)
FERRETERIA_PICKERS = (
    "Ángel Rosario",
    "Héctor Colón",
    "José Maldonado",
    "Luis Ortiz",
    "Carmen Vega",
)
FERRETERIA_CLERKS = ("Wanda", "Papo", "Migdalia", "Tito", "Nilsa")
IVU_STATE = Decimal("0.105")
IVU_CITY = Decimal("0.01")


def _ferreteria_credito(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H180: a Puerto Rican hardware store's charge-account invoice, typed on a
    pre-printed form at the counter when the property's maintenance man picks up: each
    article's count, unit and code, its list price, the account's discount on some and
    the net price a unit (the ground truth's unit price); the state IVU (10.5 %) and the
    municipal IVU (1 %) each on the subtotal, their sum the tax; the store's name in the
    capitals of its imprint. The picker, the clerk, the
    list prices and the merchant registration are not in the ground truth. Its own
    generator: no other layout changes."""
    keyed = random.Random(f"ferreteria180:{vendor.code}:{prop.code}")
    off = Decimal(keyed.choice(("5", "10", "10", "15"))) / 100
    count = rng.randint(2, 12)
    lines: list[Line] = []
    lists: list[tuple[Decimal, Decimal]] = []
    for index in rng.sample(range(len(FERRETERIA_ITEMS)), count):
        code, text, unit, (low, high), (q_low, q_high), step = FERRETERIA_ITEMS[index]
        quantity = Decimal(rng.randint(q_low, q_high) * step)
        listed = Decimal(rng.randint(low, high)) / 100
        rate = off if rng.random() < 0.5 else Decimal(0)
        net = cents(listed * (1 - rate))
        lines.append(Line(text, cents(quantity * net), "6150", quantity, net, unit=unit, code=code))
        lists.append((listed, rate))
    doc.lines = lines
    doc.unit = None
    doc.vendor_name = doc.vendor_name.upper()  # the form's imprint, in capitals
    doc.service_lines = [prop.name, prop.street, prop.city_line]
    doc.extras.update(
        lists=lists,
        picker=rng.choice(FERRETERIA_PICKERS),
        clerk=rng.choice(FERRETERIA_CLERKS),
        merchant=f"{keyed.randint(1000000, 9999999)}-{keyed.randint(1, 99):04d}",
        time=f"{rng.randint(7, 16):02d}:{rng.randint(0, 59):02d}",
    )


def _blind14_due_totals(doc: Document) -> None:
    """The subtotal, the tax on what the layout taxes (everything, the parts only, each
    concept's own, or the state and municipal IVU), the total and the amount due (none on
    the CFDI)."""
    rate = doc.extras["tax_rate"]
    form = doc.layout.get("form")
    subtotal = sum((line.amount for line in doc.lines), Decimal(0))
    if form in ("backflow_test", "pool_chem_log"):  # the parts and chemicals only
        tax = cents(sum((line.amount for line in doc.lines if line.part), Decimal(0)) * rate)
    elif form == "sat_portal_cfdi":  # each concept's IVA, summed
        tax = sum((cents(line.amount * rate) for line in doc.lines), Decimal(0))
    elif form == "ferreteria_credito":  # the state and municipal IVU, each rounded
        state, city = cents(subtotal * IVU_STATE), cents(subtotal * IVU_CITY)
        doc.extras["ivu"] = (state, city)
        rate, tax = IVU_STATE + IVU_CITY, state + city
    else:
        tax = cents(subtotal * rate)
    rows = [TotalRow("subtotal", subtotal)]
    if tax:
        rows.append(TotalRow("tax", tax, rate))
    rows.append(TotalRow("total", subtotal + tax))
    if form != "sat_portal_cfdi":
        rows.append(TotalRow("amount_due", subtotal + tax))
    doc.totals = rows


def _blind14_totals(doc: Document) -> None:
    """The totals the layouts added with H176-H180 print (see `_blind14_due_totals`)."""
    if doc.layout.get("form") in BLIND14_LINES:
        _blind14_due_totals(doc)


BLIND14_LINES = {
    "meter_copier": _meter_copier,
    "backflow_test": _backflow_test,
    "pool_chem_log": _pool_chem_log,
    "sat_portal_cfdi": _sat_portal_cfdi,
    "ferreteria_credito": _ferreteria_credito,
}
BLIND14_OWN_LINES = ("meter_copier", "backflow_test", "pool_chem_log", "ferreteria_credito")


# --- the layouts added with H181-H185 ----------------------------------------------------

SB_TDUS = {  # a city's wires company: its name, the ESI ID prefix and the outage line
    "Houston": ("CenterPoint Energy Houston Electric", "1008901", "713-207-2222"),
    "San Antonio": ("AEP Texas Central", "10032789", "866-223-8508"),
}
SB_TDU_OTHER = ("Oncor Electric Delivery", "10443720", "888-313-4747")
SB_LOCATIONS = (  # what a meter serves besides the buildings' house meters, kWh (low, high)
    ("CLUBHOUSE", (2400, 9800), True),
    ("LEASING OFFICE", (1400, 5200), False),
    ("POOL EQUIP", (1600, 5400), False),
    ("SITE LTG", (700, 3200), False),
    ("ENTRY GATE", (150, 700), False),
    ("FITNESS CTR", (1200, 4200), False),
    ("LAUNDRY BLDG", (1800, 6400), True),
    ("MAINT SHOP", (500, 2400), False),
    ("IRRIGATION CTRL", (60, 300), False),
)
SB_SEASON = tuple(  # a Texas property's common-area use by month, against its mean
    Decimal(share)
    for share in (
        "0.86",
        "0.8",
        "0.82",
        "0.88",
        "1.0",
        "1.16",
        "1.3",
        "1.33",
        "1.17",
        "0.96",
        "0.85",
        "0.87",
    )
)
SB_PLANS = ("Business Fixed 24", "Business Saver 36", "Commercial Secure 12", "Business Fixed 36")
GROSS_RECEIPTS = Decimal("0.01997")
PUC_ASSESSMENT = Decimal("0.001667")


def _summary_bill(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H181: a Texas retail electric provider's summary bill for the house meters of a
    property: one line per service location (its ESI ID, the premise as the provider
    prints it, its own read dates, the kWh as quantity and no unit price), each location's
    energy, delivery, base charge, gross receipts reimbursement and PUC assessment summed
    as its amount; the summary account number, no period (each meter has its own), no
    service address. The ESI IDs, meters, reads, demand and the breakdowns are not in the
    ground truth. Its own generator: no other layout changes."""
    keyed = random.Random(f"summary181:{vendor.code}:{prop.code}")
    tdu, prefix, outage = SB_TDUS.get(prop.city, SB_TDU_OTHER)
    energy_rate = Decimal(keyed.randint(689, 1049)) / 10000
    base = Decimal(keyed.randint(495, 1495)) / 100
    tdu_fixed = Decimal(keyed.randint(350, 980)) / 100
    tdu_rate = Decimal(keyed.randint(380, 560)) / 10000
    demand_rate = Decimal(keyed.randint(520, 880)) / 100
    others = keyed.sample(SB_LOCATIONS, keyed.randint(2, 6))
    houses = keyed.randint(1, 9)
    street = prop.street.upper()
    places = [(f"{street} BLDG {n} HOUSE MTR", (900, 4800), False) for n in range(1, houses + 1)]
    places += [(f"{street} {name}", usage, demand) for name, usage, demand in others]
    meters: list[dict[str, Any]] = []
    lines: list[Line] = []
    cycle_end = doc.invoice_date - timedelta(days=rng.randint(3, 6))
    for text, (low, high), metered in places:
        esi = prefix + "".join(str(keyed.randint(0, 9)) for _ in range(22 - len(prefix)))
        kwh = Decimal(rng.randint(low, high))
        days = rng.randint(29, 32)
        read_to = cycle_end - timedelta(days=rng.randint(0, 2))
        demand = None
        if metered:
            factor = Decimal(rng.randint(30, 60)) / 100
            demand = (kwh / Decimal(days * 24) / factor).quantize(Decimal("0.1"))
        energy = cents(kwh * energy_rate)
        delivery = tdu_fixed + cents(kwh * tdu_rate)
        if demand is not None:
            delivery += cents(demand * demand_rate)
        before = energy + delivery + base
        grt, puc = cents(before * GROSS_RECEIPTS), cents(before * PUC_ASSESSMENT)
        amount = before + grt + puc
        lines.append(Line(text, amount, "6430", kwh, None, unit="kWh", code=esi))
        meters.append(
            {
                "esi": esi,
                "meter": f"{keyed.randint(100000000, 999999999)}",
                "read_from": read_to - timedelta(days=days),
                "read_to": read_to,
                "days": days,
                "kwh": kwh,
                "demand": demand,
                "energy": energy,
                "delivery": delivery,
                "base": base,
                "grt": grt,
                "puc": puc,
            }
        )
    doc.lines = lines
    used = sum((line.quantity or Decimal(0) for line in lines), Decimal(0))
    history: list[tuple[str, Decimal]] = []
    for back in range(12, -1, -1):
        month = (cycle_end.month - 1 - back) % 12
        year = cycle_end.year + (cycle_end.month - 1 - back) // 12
        share = SB_SEASON[month] / SB_SEASON[cycle_end.month - 1]
        kwh = used if not back else (used * share * rng.randint(92, 108) / 100).quantize(Decimal(1))
        history.append((f"{months('en')[month][:3]} {year % 100:02d}", kwh))
    doc.account_number = f"{keyed.randint(10**11, 10**12 - 1)}"
    doc.period = None
    doc.service_lines = None
    doc.unit = None
    doc.terms = None
    doc.po_number = None
    signed = doc.invoice_date.year - keyed.randint(0, 2)
    doc.extras.update(
        meters=meters,
        history=history,
        tdu=tdu,
        outage=outage,
        energy_rate=energy_rate,
        plan=keyed.choice(SB_PLANS),
        contract_end=date(signed + 2, keyed.randint(1, 12), 1) - timedelta(days=1),
        certificate=f"10{keyed.randint(100, 299)}",
        previous_share=Decimal(rng.randint(85, 120)) / 100,
        paid_draw=rng.random(),
        paid_on=doc.invoice_date - timedelta(days=rng.randint(9, 20)),
    )


def _summary_bill_totals(doc: Document) -> None:
    """The current charges (the locations' sum) as the total; the account's previous
    balance, the payment received (all of it on most) and the amount due."""
    current = sum((line.amount for line in doc.lines), Decimal(0))
    previous = cents(current * doc.extras["previous_share"])
    paid = previous if doc.extras["paid_draw"] < 0.85 else Decimal(0)
    doc.totals = [TotalRow("total", current)]
    doc.summary = [
        TotalRow("previous_balance", previous),
        TotalRow("payments", paid),
        TotalRow("current_charges", current),
        TotalRow("amount_due", previous - paid + current),
    ]


HC_BRANDS = (  # maker, condenser model, air handler model ({k}: thousands of Btu/h)
    ("Goodman", "GSZB4{k}10", "AMST{k}BU1300"),
    ("Carrier", "24TPA7{k}A003", "FE4ANF{k}L00"),
    ("Rheem", "RP15{k}AJ1NA", "RH2T{k}21STANJA"),
    ("Trane", "4TWR5{k}A1000A", "TEM6A0C{k}H31SB"),
    ("Lennox", "ML17XP1-0{k}-230A01", "CBA38MV-0{k}-230-6"),
)
HC_TONS = ("2", "2.5", "3", "3.5", "4", "5")
HC_RATINGS = (("14.3", "7.5"), ("15.2", "7.8"), ("16.0", "8.1"), ("17.2", "8.5"))
HC_EXTRAS = (  # what the change-out added: text, dollars (low, high), share of jobs
    ("New refrigerant line set 3/8 x 3/4, up to 25 ft, insulated", (385, 650), 0.55),
    ("Secondary drain pan, float switch and PVC condensate line", (185, 325), 0.7),
    ("Programmable thermostat, Honeywell T6 Pro, wired and set up", (165, 245), 0.5),
    ("New 60A disconnect and whip at condenser", (125, 195), 0.4),
    ("Composite condenser pad, leveled", (85, 140), 0.35),
    ("Return air filter grille 20x20 with filter", (95, 165), 0.3),
    ("Removal and disposal of old equipment, refrigerant recovered", (95, 150), 0.6),
)
HC_CREWS = ("R. Galvan", "T. Whitaker", "J. Mendoza", "D. Pham", "C. Broussard", "M. Ortiz")
HC_LOCATIONS = ("Leasing office", "Clubhouse", "Fitness center", "Maintenance shop")


def _hvac_changeout(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H182: a heating and air contractor's invoice for replacing a split system: the
    system at its contract price, what the job added, the city's permit fee (amount only)
    and the manufacturer's and the utility's rebates assigned to the contractor, as
    negative lines with their amount only; a deposit paid when the proposal was signed on
    most (the ground truth's `deposit`), the balance always. The licence, proposal,
    permit, AHRI reference, the equipment's models and serials and the warranty page are
    not in the ground truth. Its own generator: no other layout changes."""
    keyed = random.Random(f"changeout182:{vendor.code}")
    brand, cond_model, air_model = keyed.choice(HC_BRANDS)
    tons = rng.choice(HC_TONS)
    k = f"{int(Decimal(tons) * 12):02d}"
    seer, hspf = rng.choice(HC_RATINGS)
    heat_pump = vendor.region == "fl" or rng.random() < 0.6
    system = "split heat pump system" if heat_pump else "split air conditioner with 10 kW heat"
    where = f"Unit {doc.unit}" if doc.unit else rng.choice(HC_LOCATIONS)
    step = 1650 + 225 * [r[0] for r in HC_RATINGS].index(seer)
    price = Decimal(int(Decimal(tons) * rng.randint(step, step + 450)) // 25 * 25)
    said = f"Furnish and install {tons} ton {seer} SEER2 {system}, {brand} - {where}"
    lines = [Line(said, price, "6130", Decimal(1), price)]
    for text, (low, high), share in HC_EXTRAS:
        if rng.random() < share:
            amount = Decimal(rng.randint(low // 5, high // 5) * 5)
            lines.append(Line(text, amount, "6130", Decimal(1), amount))
    if rng.random() < 0.4:
        pounds = Decimal(rng.randint(2, 6))
        per = Decimal(rng.randint(28, 45))
        text = "R-454B refrigerant, charge beyond factory (lb)"
        lines.append(Line(text, cents(pounds * per), "6130", pounds, per))
    fee = Decimal(rng.randint(19, 45) * 5)
    lines.append(Line(f"Mechanical permit and inspection - City of {prop.city}", fee, "6130"))
    if rng.random() < 0.5:
        rebate = Decimal(rng.randint(6, 16) * 25)
        lines.append(Line(f"{brand} instant rebate", -rebate, "6130"))
    if rng.random() < 0.45:
        utility = {"fl": "FPL"}.get(vendor.region) or SB_TDUS.get(prop.city, SB_TDU_OTHER)[0]
        rebate = Decimal(rng.randint(8, 24) * 25)
        text = f"{utility.split(' Electric')[0]} efficiency rebate, assigned to contractor"
        lines.append(Line(text, -rebate, "6130"))
    doc.lines = lines
    doc.service_lines = [
        prop.name,
        prop.street + (f", Unit {doc.unit}" if doc.unit else ""),
        prop.city_line,
    ]
    accepted = doc.invoice_date - timedelta(days=rng.randint(8, 30))
    installed = doc.invoice_date - timedelta(days=rng.randint(0, 3))
    serial = "".join(rng.choice("0123456789") for _ in range(10))
    air_serial = "".join(rng.choice("0123456789") for _ in range(10))
    stat = "Honeywell T6 Pro TH6220U2000" if any("T6" in line.description for line in lines) else ""
    licence = (
        f"CAC18{keyed.randint(10000, 99999)}"
        if vendor.region == "fl"
        else f"TACLA{keyed.randint(10000, 99999)}C"
    )
    prefix = "M" if vendor.region == "tx" else "BM"
    doc.extras.update(
        licence=licence,
        proposal=f"P-{rng.randint(10000, 99999)}",
        accepted=accepted,
        installed=installed,
        permit=f"{prefix}{doc.invoice_date.year % 100}-{rng.randint(10000, 99999)}",
        ahri=f"2{rng.randint(10000000, 19999999)}",
        equipment=[
            ("Condenser" if not heat_pump else "Heat pump", brand, cond_model.format(k=k), serial),
            ("Air handler", brand, air_model.format(k=k), air_serial),
            *([("Thermostat", "Honeywell", stat.split()[-1], "-")] if stat else []),
        ],
        rating=f"{seer} SEER2" + (f" / {hspf} HSPF2" if heat_pump else ""),
        crew=rng.sample(HC_CREWS, 2),
        registration=f"WR{rng.randint(1000000, 9999999)}",
        deposit_draw=rng.random(),
        deposit_share=Decimal(rng.choice(("0.3", "0.4", "0.5"))),
    )


def _changeout_totals(doc: Document) -> None:
    """The job's total (no sales tax on the installed system), the deposit paid at the
    signing on most, and the balance due at completion always."""
    total = sum((line.amount for line in doc.lines), Decimal(0))
    rows = [TotalRow("total", total)]
    paid = Decimal(0)
    if doc.extras["deposit_draw"] < 0.7:
        paid = Decimal(int(total * doc.extras["deposit_share"]))
        rows.append(TotalRow("deposit", paid))
    rows.append(TotalRow("amount_due", total - paid))
    doc.totals = rows


LL_WASHERS = (  # kind, maker and model, monthly rent in cents (low, high)
    ("Top-load washer", "Maytag Commercial MAT20PD", (2800, 3900)),
    ("Front-load washer", "Speed Queen SFNNCASP", (4200, 5600)),
)
LL_DRYERS = (
    ("Single dryer, gas", "Maytag Commercial MDG18PD", (2200, 3200)),
    ("Stack dryer, gas", "Speed Queen SSGNY2GS", (4400, 5900)),
    ("Single dryer, electric", "Maytag Commercial MDE18PD", (2200, 3200)),
)
LL_ROOMS = ("Clubhouse Laundry", "Laundry Center", "Pool House Laundry")
LL_REPAIRS = (  # a repair the lease does not cover, dollars (low, high)
    ("Coin vault lock and key replaced after break-in", (85, 165)),
    ("Dryer door glass replaced - customer damage", (120, 240)),
    ("Card reader replaced - water damage", (145, 260)),
    ("Washer lid hinge replaced - abuse", (65, 140)),
)
LL_WORK = (
    "Replaced drain pump",
    "Cleared coin drop jam",
    "Replaced dryer belt and idler",
    "Replaced lid lock",
    "Cleaned lint ducts, checked exhaust",
    "Reset card reader, updated pricing",
    "Leveled machine, replaced feet",
)


def _laundry_lease(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H183: a laundry route operator's monthly rent for the machines it leases to a
    property, billed in advance for the next calendar month (the ground truth's period,
    the due date its first day): each laundry room's washers and dryers by kind at the
    monthly rent each, the card readers' service per machine, a repair the lease does not
    cover on some (amount only); sales tax on the rent. The agreement, the machines' tags
    and the service calls covered by the lease are not in the ground truth. Its own
    generator: no other layout changes."""
    keyed = random.Random(f"laundry183:{vendor.code}:{prop.code}")
    rooms = [
        f"Bldg {n} Laundry Room" for n in sorted(keyed.sample(range(1, 9), keyed.randint(0, 3)))
    ]
    rooms += [keyed.choice(LL_ROOMS)] if not rooms or keyed.random() < 0.5 else []
    reader = Decimal(keyed.randint(300, 600)) / 100
    rents: dict[str, Decimal] = {}  # one rent per model under the agreement
    lines: list[Line] = []
    tag = keyed.randint(20000, 60000)
    for room in rooms:
        machines = 0
        for kinds in (LL_WASHERS, LL_DRYERS):
            kind, model, (low, high) = kinds[keyed.randrange(len(kinds))]
            count = keyed.randint(2, 6)
            rent = rents.setdefault(model, Decimal(keyed.randint(low // 25, high // 25) * 25) / 100)
            line = Line(f"{kind}, {model}", cents(count * rent), "6140", Decimal(count), rent)
            line.group = room
            numbers = [f"LR{tag + n}" for n in range(count)]
            tag += count + keyed.randint(1, 40)
            line.note = " ".join(numbers)
            lines.append(line)
            machines += count
        fleet = Decimal(machines)
        text = "Card reader service, per machine"
        line = Line(text, cents(fleet * reader), "6140", fleet, reader, group=room)
        lines.append(line)
    if rng.random() < 0.25:
        text, (low, high) = rng.choice(LL_REPAIRS)
        line = Line(f"{text} ({rng.choice(rooms)})", Decimal(rng.randint(low, high)), "6140")
        line.group = ""
        lines.append(line)
    doc.lines = lines
    first = doc.invoice_date.replace(day=1)
    start = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
    following = date(start.year + (start.month == 12), start.month % 12 + 1, 1)
    doc.period = (start, following - timedelta(days=1))
    doc.due_date = start
    doc.unit = None
    doc.service_lines = [prop.name, prop.street, prop.city_line]
    calls = []
    for _ in range(rng.choice((0, 0, 1, 1, 2, 3))):
        day = doc.invoice_date - timedelta(days=rng.randint(1, 25))
        line = rng.choice([line for line in lines if line.note])
        calls.append((day, rng.choice((line.note or "").split()), rng.choice(LL_WORK)))
    began = date(doc.invoice_date.year - keyed.randint(1, 5), keyed.randint(1, 12), 1)
    doc.extras.update(
        agreement=f"LA-{keyed.randint(10000, 99999)}",
        began=began,
        term=keyed.choice((60, 84, 120)),
        calls=sorted(calls),
        route=f"{keyed.randint(10, 89)}",
    )


LE_FREQUENCIES = ("Lun a Vie", "Lun, Mié y Vie", "Diario", "Mar y Jue", "Lun a Sáb")
LE_AREAS = (  # a common area and how often it is cleaned
    ("Oficina de administración", "Lun a Sáb"),
    ("Área de piscina y baños", "Diario"),
    ("Gimnasio", "Lun a Vie"),
    ("Salón de actividades", "Mar y Jue"),
    ("Cuarto de basura y compactador", "Diario"),
    ("Estacionamiento techado - barrido", "Lun y Jue"),
    ("Ascensores - cabinas y puertas", "Diario"),
)
LE_EXTRAS = (  # work the month added, dollars (low, high)
    ("Lavado a presión de pasillos y escaleras - Edificio {b}", (175, 420)),
    ("Limpieza profunda de alfombra - oficina de administración", (150, 300)),
    ("Limpieza de cristales exteriores - vestíbulo Edificio {b}", (120, 260)),
    ("Desinfección del cuarto de basura", (95, 180)),
    ("Limpieza posterior a actividad en el salón", (110, 220)),
    ("Pulido y sellado de piso - vestíbulo Edificio {b}", (240, 480)),
)
LE_BANKS = (("Banco Popular de Puerto Rico", "021502011"), ("FirstBank Puerto Rico", "221571473"))


def _limpieza_edificios(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H184: a Puerto Rican janitorial firm's monthly factura for a property's common
    areas under its contract: the previous calendar month (the ground truth's period),
    each building and area at its monthly rate with how often it is cleaned and its square
    feet (not in the ground truth), then the month's extra work with its date and work
    order; the IVU on services between merchants (4 %). The merchant registration, the
    contract and how to pay are not in the ground truth. Its own generator: no other
    layout changes."""
    keyed = random.Random(f"limpieza184:{vendor.code}:{prop.code}")
    letters = "ABCDEFGH"[: keyed.randint(2, 5)]
    lines: list[Line] = []
    schedule: list[tuple[str, int]] = []
    for letter in letters:
        text = f"Edificio {letter} - pasillos, escaleras y vestíbulo"
        lines.append(Line(text, Decimal(keyed.randint(76, 230) * 5), "6230"))
        schedule.append((keyed.choice(LE_FREQUENCIES), keyed.randint(18, 64) * 100))
    for text, often in keyed.sample(LE_AREAS, keyed.randint(1, 3)):
        lines.append(Line(text, Decimal(keyed.randint(30, 120) * 5), "6230"))
        schedule.append((often, keyed.randint(4, 30) * 100))
    first = doc.invoice_date.replace(day=1)
    end = first - timedelta(days=1)
    doc.period = (end.replace(day=1), end)
    for text, (low, high) in rng.sample(LE_EXTRAS, rng.choice((0, 1, 1, 2, 3))):
        said = text.format(b=rng.choice(letters))
        line = Line(said, Decimal(rng.randint(low // 5, high // 5) * 5), "6230")
        line.day = end.replace(day=rng.randint(1, end.day))
        line.code = f"OT-{rng.randint(1000, 9999)}"
        lines.append(line)
    doc.lines = lines
    doc.unit = None
    doc.service_lines = [prop.name, prop.street, prop.city_line]
    bank, routing = keyed.choice(LE_BANKS)
    doc.extras.update(
        schedule=schedule,
        merchant=f"{keyed.randint(1000000, 9999999)}-{keyed.randint(1, 99):04d}",
        contract=f"LT-{doc.invoice_date.year - keyed.randint(0, 2)}-{keyed.randint(10, 99):03d}",
        bank=bank,
        routing=routing,
        bank_account=f"{keyed.randint(10**8, 10**9 - 1)}",
        ath=ascii_slug(" ".join(vendor.name.split()[:2])),
        supervisor=keyed.choice(("Carmen Ocasio", "Wanda Rivera", "José Colón", "Iris Maldonado")),
    )


PM_ITEMS = (  # code, description, unit, SAT unit, SAT key, centavos (low, high), count
    (
        "PB-CAR75",
        "PAPEL BOND CARTA 75 G PAQ. C/500 HOJAS",
        "PAQ",
        "XPK",
        "14111507",
        (9800, 13500),
        (2, 20),
    ),
    (
        "PB-OFI75",
        "PAPEL BOND OFICIO 75 G PAQ. C/500 HOJAS",
        "PAQ",
        "XPK",
        "14111507",
        (11500, 15800),
        (1, 10),
    ),
    (
        "TO-CF258A",
        "TÓNER HP 58A NEGRO CF258A ORIGINAL",
        "PZA",
        "H87",
        "44103103",
        (189000, 249000),
        (1, 3),
    ),
    ("TO-TN1060", "TÓNER BROTHER TN-1060 NEGRO", "PZA", "H87", "44103103", (89000, 129000), (1, 3)),
    (
        "BO-BIC12A",
        "BOLÍGRAFO BIC CRISTAL MEDIANO AZUL CAJA C/12",
        "CJA",
        "XBX",
        "44121704",
        (6500, 9800),
        (1, 6),
    ),
    (
        "FO-CAR100",
        "FÓLDER CARTA COLOR CREMA PAQ. C/100",
        "PAQ",
        "XPK",
        "44122011",
        (14500, 21000),
        (1, 4),
    ),
    ("CA-LEF-CN", "CARPETA LEFORT CARTA NEGRA", "PZA", "H87", "44122003", (6900, 9500), (2, 12)),
    ("SO-MAN912", "SOBRE MANILA 9X12 CAJA C/50", "CJA", "XBX", "44121506", (18500, 26000), (1, 3)),
    (
        "NO-PIT654",
        "NOTAS ADHESIVAS POST-IT 76X76 MM PAQ. C/12",
        "PAQ",
        "XPK",
        "14111514",
        (21000, 28500),
        (1, 4),
    ),
    ("CI-CAN48", "CINTA CANELA 48 MM X 150 M", "PZA", "H87", "31201503", (4200, 6800), (2, 12)),
    (
        "GR-266-5M",
        "GRAPAS ESTÁNDAR 26/6 CAJA C/5000",
        "CJA",
        "XBX",
        "44122107",
        (2800, 4500),
        (1, 10),
    ),
    (
        "EN-PIL-ES",
        "ENGRAPADORA DE ESCRITORIO METÁLICA",
        "PZA",
        "H87",
        "44121615",
        (15500, 24000),
        (1, 3),
    ),
    (
        "MA-PIZ4",
        "MARCADOR PARA PIZARRÓN BLANCO ESTUCHE C/4",
        "PZA",
        "H87",
        "44121708",
        (7800, 11500),
        (1, 6),
    ),
    (
        "ET-5160",
        "ETIQUETAS AUTOADHERIBLES 5160 CARTA C/25 HOJAS",
        "PAQ",
        "XPK",
        "55121606",
        (23500, 32000),
        (1, 3),
    ),
    ("CL-MAR1", "CLIP MARIPOSA NO. 1 CAJA C/50", "CJA", "XBX", "44122104", (2200, 3900), (2, 10)),
    (
        "TI-T544N",
        "BOTELLA DE TINTA EPSON T544 NEGRO",
        "PZA",
        "H87",
        "44103105",
        (16500, 21500),
        (1, 6),
    ),
    (
        "CU-PRO100",
        "CUADERNO PROFESIONAL RAYA 100 HOJAS",
        "PZA",
        "H87",
        "14111514",
        (3900, 6200),
        (2, 12),
    ),
    (
        "FE-4810",
        "FECHADOR AUTOMÁTICO AUTOENTINTABLE",
        "PZA",
        "H87",
        "44121604",
        (28000, 39000),
        (1, 1),
    ),
    (
        "PH-JR12",
        "PAPEL HIGIÉNICO JUNIOR CAJA C/12 ROLLOS",
        "CJA",
        "XBX",
        "14111704",
        (29000, 41000),
        (1, 4),
    ),
    (
        "GE-ALC1L",
        "GEL ANTIBACTERIAL CON ALCOHOL 1 L",
        "PZA",
        "H87",
        "53131626",
        (6900, 9900),
        (1, 6),
    ),
    ("PI-AA4", "PILAS ALCALINAS AA BLÍSTER C/4", "PAQ", "XPK", "26111702", (7200, 9800), (1, 6)),
)
PM_MOST_LINES = 16  # two half sheets at most
ISR_RESICO = Decimal("0.0125")


def _papeleria_cfdi(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H185: a Mexican stationer's CFDI printed by its point of sale on half-letter sheets:
    each product by the store's code with its unit, count and price (the SAT keys under
    it, not in the ground truth); the store is taxed under the simplified regime (RESICO),
    so the company buying withholds 1.25 % ISR, which the CFDI prints and takes off its
    total (the ground truth's `discount`: Subtotal - withheld + IVA = Total); no amount
    due. The fiscal data, the seller and the delivery note are not in the ground truth.
    Its own generator: no other layout changes."""
    count = rng.randint(3, 9)
    if rng.random() < 0.3:
        count = rng.randint(10, PM_MOST_LINES)
    lines: list[Line] = []
    for index in rng.sample(range(len(PM_ITEMS)), count):
        code, text, unit, sat_unit, sat, (low, high), (q_low, q_high) = PM_ITEMS[index]
        quantity = Decimal(rng.randint(q_low, q_high))
        price = Decimal(rng.randint(low, high)) / 100
        line = Line(text, cents(quantity * price), "6510", quantity, price, unit=unit, code=code)
        line.note = f"{sat}|{sat_unit}"
        lines.append(line)
    doc.lines = lines
    doc.unit = None
    doc.vendor_name = doc.vendor_name.upper()  # the point of sale prints the store so
    doc.show_currency = True  # "Moneda: MXN"
    if doc.service_lines:
        doc.service_lines = [prop.name, prop.street, prop.city_line]
    uuid = "-".join(
        "".join(rng.choice("0123456789ABCDEF") for _ in range(n)) for n in (8, 4, 4, 4, 12)
    )
    credit = (doc.terms or "").startswith("Crédito") or bool(
        doc.due_date and doc.due_date > doc.invoice_date
    )
    doc.extras.update(
        time=f"{rng.randint(9, 19):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
        uuid=uuid,
        certificate="".join(str(rng.randint(0, 9)) for _ in range(20)),
        sat_certificate="".join(str(rng.randint(0, 9)) for _ in range(20)),
        seals=["".join(rng.choice(SEAL_ALPHABET) for _ in range(180)) for _ in range(2)],
        customer_rfc=receiver_rfc(doc.customer_name or ""),
        customer_zip=(doc.bill_to_lines or [""])[-1].rsplit(" ", 1)[-1],
        place=vendor.address_lines[-1].rsplit(" ", 1)[-1],
        method="PPD - Pago en parcialidades o diferido"
        if credit
        else "PUE - Pago en una sola exhibición",
        paid_form="99 - Por definir"
        if credit
        else rng.choice(
            ("03 - Transferencia electrónica de fondos", "01 - Efectivo", "04 - Tarjeta de crédito")
        ),
        seller=rng.choice(
            ("MOSTRADOR 2 - ALMA", "RUTA 1 - EDGAR", "MOSTRADOR 1 - PATY", "VENTAS - GERARDO")
        ),
        remision=f"R{rng.randint(10000, 99999)}",
        ticket=f"{rng.randint(1, 4)}-{rng.randint(100000, 999999)}",
    )


def _papeleria_totals(doc: Document) -> None:
    """The sum of the products, the IVA on it, the ISR withheld by the buyer from a
    RESICO seller (its `discount`) and the total; a CFDI prints no amount due."""
    rate = doc.extras["tax_rate"]
    subtotal = sum((line.amount for line in doc.lines), Decimal(0))
    tax = cents(subtotal * rate)
    withheld = cents(subtotal * ISR_RESICO)
    doc.totals = [
        TotalRow("subtotal", subtotal),
        TotalRow("tax", tax, rate),
        TotalRow("discount", withheld, ISR_RESICO),
        TotalRow("total", subtotal + tax - withheld),
    ]


def _blind15_totals(doc: Document) -> None:
    """The totals the layouts added with H181-H185 print: the locations' current charges
    in the account summary (H181), a deposit and the balance at completion (H182), a CFDI
    with the ISR withheld (H185); H183 and H184 print the usual subtotal, tax, total and
    amount due."""
    totals = BLIND15_TOTALS.get(doc.layout.get("form", ""))
    if totals is not None:
        totals(doc)


BLIND15_LINES = {
    "summary_bill": _summary_bill,
    "hvac_changeout": _hvac_changeout,
    "laundry_lease": _laundry_lease,
    "limpieza_edificios": _limpieza_edificios,
    "papeleria_cfdi": _papeleria_cfdi,
}
BLIND15_TOTALS = {
    "summary_bill": _summary_bill_totals,
    "hvac_changeout": _changeout_totals,
    "papeleria_cfdi": _papeleria_totals,
}
BLIND15_OWN_LINES = ("hvac_changeout", "laundry_lease", "limpieza_edificios", "papeleria_cfdi")


# --- the layouts added with H186-H190 ----------------------------------------------------

CU_METERS = (  # a water meter's size: the water and the wastewater charges a month, cents
    ('1"', (2180, 2960), (1840, 2510)),
    ('1-1/2"', (4120, 5480), (3390, 4460)),
    ('2"', (6710, 8860), (5480, 7240)),
    ('3"', (13250, 17400), (10600, 14300)),
)
CU_CONTAINERS = ("4 CY 2X/WK", "6 CY 2X/WK", "8 CY 3X/WK", "8 CY 2X/WK", "6 CY 3X/WK")
CU_MULTIPLIERS = (1, 1, 20, 40, 80)


def _metered(text: str, usage: tuple[Decimal, Decimal, str], gl: str, service: str) -> Line:
    """A metered charge of a city's utility statement: the usage at its rate."""
    count, price, unit = usage
    return Line(text, cents(count * price), gl, count, price, unit, group=service)


def _city_utility(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H186: a Texas city's utility statement for the common-area account of a property:
    electric, water, wastewater, solid waste and drainage on one bill, each metered
    service's usage at its rate (kWh, thousands of gallons), the customer, meter and
    service charges with their amount only, the sales tax on the electric charges alone.
    The meters, their reads, the daily averages, the late-payment amount and the scan line
    are not in the ground truth. Its own generator: no other layout changes."""
    keyed = random.Random(f"city186:{vendor.code}:{prop.code}")
    assert doc.period is not None
    multiplier = keyed.choice(CU_MULTIPLIERS)
    register = rng.randint(9000, 42000) // multiplier
    kwh = Decimal(register * multiplier)
    energy = Decimal(keyed.randint(610, 840)) / 10000
    cost = Decimal(rng.randint(280, 460)) / 10000
    gallons = rng.randint(600, 4200) * 100
    kgal = Decimal(gallons) / 1000
    size, water_base, sewer_base = keyed.choice(CU_METERS)
    water_rate = Decimal(keyed.randint(385, 520)) / 100
    sewer_rate = Decimal(keyed.randint(410, 690)) / 100
    containers = Decimal(keyed.randint(1, 4))
    refuse = Decimal(keyed.randint(95, 210) * 100 + keyed.choice((0, 25, 50, 75))) / 100
    eru = Decimal(keyed.randint(60, 480)) / 10
    drainage = Decimal(keyed.randint(425, 750)) / 100
    customer = Decimal(keyed.randint(2500, 4500)) / 100
    water_meter = Decimal(keyed.randint(*water_base)) / 100
    sewer_service = Decimal(keyed.randint(*sewer_base)) / 100
    lines = [
        Line("Customer Charge", customer, "6430", group="E"),
        _metered("Energy Charge", (kwh, energy, "kWh"), "6430", "E"),
        _metered("Power Cost Recovery", (kwh, cost, "kWh"), "6430", "E"),
        Line(f"Water Meter Charge {size}", water_meter, "6410", group="W"),
        _metered("Water Volume Charge", (kgal, water_rate, "kgal"), "6410", "W"),
        Line("Wastewater Service Charge", sewer_service, "6420", group="S"),
        _metered("Wastewater Volume Charge", (kgal, sewer_rate, "kgal"), "6420", "S"),
    ]
    if rng.random() < 0.75:  # the city's dumpster service, where the city hauls
        said = f"Commercial Refuse {keyed.choice(CU_CONTAINERS)}"
        lines.append(_metered(said, (containers, refuse, "ea"), "6450", "R"))
    lines.append(_metered("Drainage Utility Fee", (eru, drainage, "ERU"), "6420", "D"))
    doc.lines = lines
    doc.unit = None
    doc.service_lines = [prop.street.upper(), f"{prop.city.upper()} {prop.state} {prop.zip}"]
    doc.remit_lines = list(vendor.remit_lines or vendor.address_lines)
    electric_read = keyed.randint(10000, 89999) + rng.randint(0, 9999)
    water_read = keyed.randint(100, 9000) * 1000 + rng.randint(0, 999) * 100
    doc.extras.update(
        meters=[
            (
                "E",
                f"E{keyed.randint(1000000, 9999999)}",
                electric_read % 100000,
                (electric_read + register) % 100000,
                multiplier,
                kwh,
            ),
            (
                "W",
                f"W{keyed.randint(100000, 999999)}",
                water_read,
                water_read + gallons,
                1,
                Decimal(gallons),
            ),
        ],
        last_year=(
            Decimal(rng.randint(80, 125)) / 100,
            Decimal(rng.randint(75, 130)) / 100,
        ),
        previous_share=Decimal(rng.randint(82, 118)) / 100,
        paid_draw=rng.random(),
        paid_on=doc.invoice_date - timedelta(days=rng.randint(8, 22)),
        cycle=f"{keyed.randint(1, 20):02d}",
        route=f"{keyed.randint(100, 899)}",
    )


def _city_totals(doc: Document) -> None:
    """The services before tax, the sales tax on the electric charges, the current
    charges; the account's last bill, the payment received (all of it on most) and the
    total now due."""
    rate = doc.extras["tax_rate"]
    electric = sum((line.amount for line in doc.lines if line.group == "E"), Decimal(0))
    doc.totals = _sum_rows(doc, cents(electric * rate), rate, due=False)
    total = doc.total
    previous = cents(total * doc.extras["previous_share"])
    paid = previous if doc.extras["paid_draw"] < 0.85 else Decimal(0)
    doc.summary = [
        TotalRow("previous_balance", previous),
        TotalRow("payments", paid),
        TotalRow("current_charges", total),
        TotalRow("amount_due", previous - paid + total),
    ]


def _sum_rows(doc: Document, tax: Decimal, rate: Decimal | None, *, due: bool) -> list[TotalRow]:
    """The lines' sum, the tax when there is one, the total and, when ``due``, the amount
    due equal to it: the totals of the layouts added with H186-H190."""
    subtotal = sum((line.amount for line in doc.lines), Decimal(0))
    total = subtotal + tax
    taxed = [TotalRow("tax", tax, rate)] if tax else []
    owed = [TotalRow("amount_due", total)] if due else []
    return [TotalRow("subtotal", subtotal), *taxed, TotalRow("total", total), *owed]


TR_TOOLS = (  # equipment a crew rents: name, asset prefix, 4-hour, day, week ($), sold with it
    ("CARPET EXTRACTOR, COMMERCIAL", "CE", (39, 55, 165), (0, 1)),
    ("PRESSURE WASHER 3100 PSI GAS", "PW", (59, 79, 237), (2,)),
    ("DRAIN CLEANER 3/8 IN X 50 FT", "DC", (42, 60, 180), (7,)),
    ("WET/DRY VAC 16 GAL", "WV", (19, 27, 81), (8,)),
    ("FLOOR SCRUBBER, AUTO 20 IN", "FS", (89, 128, 384), (9,)),
    ("TILE SAW 10 IN WET", "TS", (45, 64, 192), (4,)),
    ("ROTARY HAMMER SDS-MAX", "RH", (49, 69, 207), (10,)),
    ("AIRLESS PAINT SPRAYER", "PS", (69, 99, 297), (5,)),
    ("DRUM FLOOR SANDER 8 IN", "FD", (55, 79, 237), (3,)),
    ("SOD CUTTER 18 IN", "SC", (68, 97, 291), ()),
    ("EXTENSION LADDER 32 FT", "EL", (26, 37, 111), ()),
    ("DEHUMIDIFIER, COMMERCIAL", "DH", (45, 64, 192), ()),
    ("AIR MOVER", "AM", (14, 20, 60), ()),
)
TR_SALES = (  # what the counter sells with a rental: name, cents low and high, how many at most
    ("CARPET SHAMPOO CONC 1 GAL", 1497, 2297, 3),
    ("DEFOAMER 32 OZ", 797, 1197, 2),
    ("PRESSURE WASH DETERGENT 1 GAL", 1297, 1897, 2),
    ("SANDING BELT 8 IN 36 GRIT", 498, 798, 6),
    ("DIAMOND BLADE 10 IN WET", 3997, 5997, 1),
    ("PAINT STRAINER BAG 5 GAL 2PK", 297, 497, 4),
    ("EXTENSION CORD 12/3 50 FT", 3997, 5497, 1),
    ("DRAIN CLEANING GLOVES 1 PR", 1497, 1997, 2),
    ("VAC FILTER BAG 3PK", 1297, 1697, 2),
    ("SCRUBBER PAD 20 IN RED 5PK", 2497, 3297, 1),
    ("SDS-MAX BULL POINT CHISEL", 2297, 3497, 1),
)
TR_PERIODS = (("4 HOUR", 0, 0), ("DAY", 1, 1), ("DAY", 2, 1), ("DAY", 3, 1), ("WEEK", 6, 2))
TR_RENTERS = ("J MARTINEZ", "D WILLIAMS", "R GARZA", "T NGUYEN", "K JOHNSON", "L ORTIZ")
TR_WAIVER = Decimal("0.12")


def _rental_return(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H187: a home center's tool rental counter's final receipt, printed when the
    equipment comes back: each tool at its 4-hour, daily or weekly rate times the periods
    it was out (the count at the rate is its quantity and price), the damage waiver on
    the rentals (its amount only), what was bought with it (a count and price only when
    more than one), an environmental fee and, on some, a refuel or cleaning charge; the
    sales tax on all of it. The agreement's number is the receipt's; the times out and
    in, the assets' numbers and hour meters, the renter, the card and the pre-authorization
    released are not in the ground truth. Its own generator: no other layout changes."""
    keyed = random.Random(f"rental187:{vendor.code}")
    period, days, kind = rng.choice(TR_PERIODS)
    lines: list[Line] = []
    tools = rng.sample(TR_TOOLS, rng.choice((1, 1, 1, 2, 2, 3)))
    assets = []
    for name, prefix, rates, _ in tools:
        rate = Decimal(rates[kind])
        count = Decimal(days if period == "DAY" else 1)
        unit = period if count == 1 else f"{period}S"
        lines.append(Line(name, rate * count, "6150", count, rate, unit=unit, group="rent"))
        meter = Decimal(rng.randint(1000, 30000)) / 10
        used = Decimal(rng.randint(15, 60 if days else 38)) / 10
        assets.append((f"{prefix}-{rng.randint(10000, 99999)}", meter, meter + used))
    rented = sum((line.amount for line in lines), Decimal(0))
    waiver = f"DAMAGE WAIVER {int(TR_WAIVER * 100)}%"
    lines.append(Line(waiver, cents(rented * TR_WAIVER), "6150", group="waiver"))
    goes = sorted({k for *_, sold in tools for k in sold} | {6})
    for k in rng.sample(goes, min(len(goes), rng.choice((0, 1, 1, 2)))):
        name, low, high, most = TR_SALES[k]
        many = Decimal(rng.randint(1, most))
        price = Decimal(rng.randint(low, high)) / 100
        if many == 1:
            lines.append(Line(name, price, "6150", group="sale"))
        else:
            lines.append(Line(name, cents(many * price), "6150", many, price, group="sale"))
    fee = Decimal(keyed.randint(2, 5) * 50 + 45) / 100 * len(tools)
    lines.append(Line("ENVIRONMENTAL FEE", cents(fee), "6150", group="fee"))
    if rng.random() < 0.2:
        lines.append(Line("CLEANING CHARGE - RETURNED DIRTY", Decimal(25), "6150", group="fee"))
    elif rng.random() < 0.2 and any(name.endswith("GAS") for name, *_ in tools):
        refuel = Decimal(rng.randint(8, 16))
        lines.append(Line("REFUEL CHARGE", refuel, "6150", group="fee"))
    doc.lines = lines
    rate = Decimal(load("regions")[vendor.region]["tax_rate"])
    sold = sum((line.amount for line in lines), Decimal(0))
    doc.totals = _sum_rows(doc, cents(sold * rate), rate, due=False)
    doc.vendor_name = doc.vendor_name.upper()
    store = keyed.randint(100, 9899)
    doc.invoice_number = f"{store:04d}-{rng.randint(100000, 999999)}"
    company = load("properties")["companies"][prop.company]
    doc.customer_name = str(company["name"]).upper() if rng.random() < 0.6 else None
    job = rng.random() < 0.35
    doc.property_code = prop.code if job else None
    if days:  # out in the morning, back by the next opening or later
        out, back = rng.randint(6 * 60 + 30, 10 * 60), rng.randint(6 * 60 + 30, 11 * 60)
    else:  # a 4-hour rental: back within the four hours
        back = rng.randint(10 * 60, 17 * 60)
        out = back - rng.randint(150, 235)
    doc.extras.update(
        tax_rate=rate,
        store=f"{store:04d}",
        register=f"{rng.randint(1, 4):02d}",
        associate=rng.choice(TILL_ASSOCIATES),
        out_day=doc.invoice_date - timedelta(days=days),
        out_time=f"{out // 60:02d}:{out % 60:02d}",
        in_time=f"{back // 60:02d}:{back % 60:02d}",
        assets=assets,
        renter=rng.choice(TR_RENTERS),
        licence=f"{rng.randint(0, 9999):04d}",
        job=prop.name.upper() if job else None,
        brand=rng.choice(TILL_BRANDS),
        card_last4=f"{rng.randint(0, 9999):04d}",
        auth=f"{rng.randint(0, 999999):06d}",
        hold=Decimal(rng.choice((100, 150, 200, 250, 300))),
        transaction=f"{rng.randint(1000, 9999)}",
    )


IR_PARTS = (  # part number, description, unit, cents (low, high), count (low, high)
    ("RB-1804", "Rain Bird 1804 4 in. pop-up spray body", "EA", (495, 795), (1, 6)),
    ("RB-VAN15", "Rain Bird 15 ft variable arc nozzle", "EA", (250, 425), (1, 8)),
    ("HU-PGP", "Hunter PGP adjustable rotor", "EA", (1495, 2195), (1, 4)),
    ("HU-PS04", "Hunter Pro-Spray 4 in. body with nozzle", "EA", (545, 895), (1, 6)),
    ("RB-100DV", "Rain Bird 100-DV 1 in. valve", "EA", (2495, 3895), (1, 1)),
    ("SOL-24V", "24V AC valve solenoid", "EA", (1295, 2195), (1, 2)),
    ("FP-SWING", "Flexible swing pipe 1/2 in.", "FT", (35, 65), (4, 20)),
    ("SJ-ELL12", "Swing joint elbow 1/2 in.", "EA", (45, 95), (2, 8)),
    ("PVC-1S40", "PVC Sch 40 pipe 1 in.", "FT", (85, 160), (5, 30)),
    ("PVC-CPL1", "PVC slip coupling 1 in.", "EA", (95, 185), (1, 6)),
    ("DBY-WP", "DBY waterproof wire connector", "EA", (150, 295), (2, 10)),
    ("WIRE-14", "14 ga UF direct burial wire", "FT", (45, 85), (20, 150)),
    ("DRIP-EM1", "Drip emitter 1 GPH", "EA", (35, 75), (5, 30)),
    ("DRIP-TUB", "Drip tubing 1/2 in.", "FT", (25, 55), (10, 100)),
)
IR_AREAS = (  # a zone's area and its kind of heads
    ("Front entry beds", "spray"),
    ("Leasing office turf", "rotor"),
    ("Pool deck planters", "drip"),
    ("Bldg {b} east turf", "rotor"),
    ("Bldg {b} courtyard shrubs", "spray"),
    ("Parking island {n}", "spray"),
    ("Dog park turf", "rotor"),
    ("Clubhouse drip beds", "drip"),
    ("Perimeter fence line", "spray"),
)
IR_KINDS = {"spray": (0, 1, 3, 6, 7), "rotor": (2, 8, 9, 6), "drip": (12, 13, 10, 4)}
IR_PROBLEMS = {
    "spray": (
        "broken heads, mower damage",
        "heads stuck down, nozzles clogged",
        "leak at swing joint",
    ),
    "rotor": ("rotor not turning", "broken lateral line", "head sunk below grade"),
    "drip": ("emitters missing, line cut", "zone not opening", "tubing chewed"),
}
IR_VALVE_PROBLEMS = ("valve not opening, solenoid open circuit", "valve weeping, diaphragm torn")
IR_TECHS = ("M. Lopez", "J. Castillo", "B. Harmon", "R. Delgado", "T. Boudreaux", "S. Pham")
IR_CONTROLLERS = ("Hunter ICC2 24-station", "Rain Bird ESP-LXME 24-station", "Hunter HPC-400")
IR_NOTES = (
    "Zone {z} pressure low; recommend replacing the valve diaphragm (estimate to follow).",
    "Rain sensor not responding; controller set to bypass until replaced.",
    "Adjusted run times for the season; the controller's water budget set to {p}%.",
    "Mainline leak suspected near the backflow preventer; monitoring the meter.",
    "Heads along the curb keep getting hit by the mowers; recommend moving them 6 in. back.",
)


def _irrigation_repair(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H188: a landscape firm's irrigation repair invoice from its landscape business
    software: the zones repaired, each under its clock, zone, area and the problem found
    (not in the ground truth), with the parts put in at their price each; then the
    technician's hours, a helper on some, a wet check of a clock on some; the sales tax on
    the materials only. The work ticket, technician, controllers and recommendations are
    not in the ground truth. Its own generator: no other layout changes."""
    keyed = random.Random(f"irrigation188:{vendor.code}:{prop.code}")
    clocks = "AB"[: keyed.randint(1, 2)]
    zones = rng.sample(range(1, 25), rng.randint(2, 5))
    areas = rng.sample(IR_AREAS, len(zones))
    lines: list[Line] = []
    prices: dict[int, Decimal] = {}
    for zone, (area, heads) in zip(sorted(zones), areas, strict=True):
        clock = rng.choice(clocks)
        valve = rng.random() < 0.2
        chosen = [4, 5] if valve else rng.sample(IR_KINDS[heads], rng.randint(1, 3))
        problem = rng.choice(IR_VALVE_PROBLEMS if valve else IR_PROBLEMS[heads])
        name = area.format(b=rng.randint(1, 9), n=rng.randint(1, 6))
        group = f"Clock {clock} \u00b7 Zone {zone} \u00b7 {name} ({heads}) \u2014 {problem}"
        for k in chosen:
            code, text, unit, (low, high), (q_low, q_high) = IR_PARTS[k]
            price = prices.setdefault(k, Decimal(keyed.randint(low, high)) / 100)
            count = Decimal(rng.randint(q_low, q_high))
            line = Line(text, cents(count * price), "6310", count, price, unit, code=code)
            line.part, line.group = True, group
            lines.append(line)
    rate = Decimal(keyed.randint(13, 19) * 5)
    hours = Decimal(rng.randint(3, 14)) / 2
    tech = Line("Irrigation technician", cents(hours * rate), "6310", hours, rate, "HR")
    tech.code = "LAB-IT"
    lines.append(tech)
    if rng.random() < 0.35:
        helper = Decimal(keyed.randint(8, 11) * 5)
        aide = Line("Irrigation helper", cents(hours * helper), "6310", hours, helper, "HR")
        aide.code = "LAB-IH"
        lines.append(aide)
    if rng.random() < 0.4:
        stations = rng.choice((12, 18, 24))
        check = Decimal(keyed.randint(19, 30) * 5)
        said = f"Wet check - Clock {rng.choice(clocks)}, {stations} zones run and inspected"
        lines.append(Line(said, check, "6310", Decimal(1), check, "EA", code="SVC-WC"))
    for line in lines:
        if not line.part:
            line.group = ""  # the labor, under the table's own heading
    doc.lines = lines
    doc.unit = None
    doc.service_lines = [prop.name, prop.street, prop.city_line]
    notes = rng.sample(IR_NOTES, rng.randint(1, 2))
    doc.extras.update(
        ticket=f"{rng.randint(20000, 89999)}",
        completed=doc.invoice_date - timedelta(days=rng.randint(0, 5)),
        technician=rng.choice(IR_TECHS),
        controllers=[
            (
                clock,
                keyed.choice(IR_CONTROLLERS),
                keyed.choice(
                    ("Leasing office", "Pump room", "Bldg 1 electrical room", "Pool equipment room")
                ),
            )
            for clock in clocks
        ],
        notes=[note.format(z=rng.choice(zones), p=rng.choice((70, 80, 90, 110))) for note in notes],
        licence=f"LI{keyed.randint(1000, 29999):07d}" if vendor.region == "tx" else None,
        portal=f"pay.groundsbill.com/{ascii_slug(vendor.name)[:10]}",
    )


def _materials_taxed_totals(doc: Document) -> None:
    """The subtotal, the sales tax on the materials only, the total and the amount due."""
    rate = doc.extras["tax_rate"]
    parts = sum((line.amount for line in doc.lines if line.part), Decimal(0))
    doc.totals = _sum_rows(doc, cents(parts * rate), rate, due=True)


CP_PARTS = (  # description, unit, cents low and high, count low and high
    ("Bomba centrífuga 1.5 HP 230 V", "pza", 48500, 68500, 1, 1),
    ("Sello mecánico 5/8 pulg. para bomba", "pza", 2800, 4500, 1, 2),
    ("Interruptor de presión 40/60 PSI", "pza", 3200, 5200, 1, 2),
    ("Tanque hidroneumático 86 galones", "pza", 62500, 84500, 1, 1),
    ("Válvula de retención 1-1/2 pulg. de bronce", "pza", 4800, 7900, 1, 2),
    ("Manómetro 0-100 PSI con glicerina", "pza", 1500, 2600, 1, 2),
    ("Flotador eléctrico para cisterna", "pza", 3400, 5600, 1, 2),
    ("Unión universal PVC 1-1/2 pulg.", "pza", 650, 1200, 2, 4),
    ("Capacitor de arranque 189-227 MFD", "pza", 1800, 3200, 1, 1),
)
CP_CHLORINE = ("Hipoclorito de calcio granulado 65%", "lb", 350, 550, 5, 20)
CP_PUMPS = ("Goulds", "Berkeley", "Pentair", "Grundfos", "Myers")
CP_TECHS = ("Edwin Rivera", "Luis A. Rivera", "Carlos Figueroa", "Jomar Santiago")
IVU_GOODS = Decimal("0.115")  # the state's 10.5 % and the town's 1 % on goods
IVU_SERVICES = Decimal("0.04")  # services rendered to other merchants


def _cisterna_pr(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H189: a Puerto Rican plumbing contractor's invoice for cleaning and disinfecting a
    property's water cisterns and servicing its duplex pump system: the cisterns at a
    price each, the pump service, the materials put in (the chlorine always), the labor
    by the hour, the disposal of sediments and a lab test on some; the IVU of 11.5 % on
    materials and of 4 % on services between merchants, summed as the tax. The service
    report (capacity, sediment, chlorine residual, pumps and pressures) is not in the
    ground truth. Its own generator: no other layout changes."""
    keyed = random.Random(f"cisterna189:{vendor.code}:{prop.code}")
    gallons = keyed.choice((5000, 8000, 10000, 12000, 15000, 20000, 25000))
    cisterns = keyed.choice((1, 1, 2))
    each = Decimal(int(gallons * keyed.randint(6, 11) / 100) // 5 * 5)
    count = Decimal(cisterns)
    lines = [
        Line(
            f"Limpieza, desinfección e inspección de cisterna de {gallons:,} galones",
            each * count,
            "6110",
            count,
            each,
            "serv.",
        )
    ]
    if rng.random() < 0.8:
        pump = Decimal(keyed.randint(37, 69) * 5)
        text = "Mantenimiento preventivo a sistema de bombeo dúplex"
        lines.append(Line(text, pump, "6110", Decimal(1), pump, "serv."))
    parts = rng.sample(CP_PARTS, rng.choice((0, 1, 2, 3, 4)))
    for text, unit, low, high, q_low, q_high in [*parts, CP_CHLORINE]:
        price = Decimal(keyed.randint(low, high)) / 100
        qty = Decimal(rng.randint(q_low, q_high) * (cisterns if unit == "lb" else 1))
        lines.append(Line(text, cents(qty * price), "6110", qty, price, unit, part=True))
    if parts:
        rate = Decimal(keyed.randint(9, 15) * 5)
        hours = Decimal(rng.randint(2, 10)) / 2
        text = "Mano de obra - reemplazo de piezas del sistema de bombeo"
        lines.append(Line(text, cents(hours * rate), "6110", hours, rate, "hora"))
    if rng.random() < 0.5:
        haul = Decimal(rng.randint(15, 30) * 5)
        text = "Recogido y disposición de sedimentos y agua de lavado"
        lines.append(Line(text, haul, "6110", Decimal(1), haul, "serv."))
    if rng.random() < 0.3:
        test = Decimal(rng.randint(13, 19) * 5)
        text = "Análisis bacteriológico del agua (laboratorio certificado)"
        lines.append(Line(text, test, "6110", Decimal(1), test, "serv."))
    doc.lines = lines
    doc.unit = None
    doc.service_lines = [prop.name, prop.street, prop.city_line]
    goods = sum((line.amount for line in lines if line.part), Decimal(0))
    services = sum((line.amount for line in lines if not line.part), Decimal(0))
    doc.extras.update(
        ivu=(cents(goods * IVU_GOODS), cents(services * IVU_SERVICES)),
        bases=(goods, services),
        gallons=gallons,
        cisterns=cisterns,
        sediment=[f"{rng.randint(1, 8) / 2:.1f}" for _ in range(cisterns)],
        chlorine=(f"{rng.randint(40, 60)}", f"{rng.randint(8, 20) / 10:.1f}"),
        pumps=(keyed.choice(CP_PUMPS), keyed.choice(("1", "1.5", "2"))),
        pressure=keyed.choice(("30/50", "40/60", "40/60")),
        amps=(f"{rng.randint(60, 95) / 10:.1f}", f"{rng.randint(60, 95) / 10:.1f}"),
        technician=keyed.choice(CP_TECHS),
        worked=doc.invoice_date - timedelta(days=rng.randint(1, 9)),
        licence=f"{keyed.randint(1000, 9999)}",
        merchant=f"{keyed.randint(1000000, 9999999)}-{keyed.randint(1, 99):04d}",
    )


def _cisterna_totals(doc: Document) -> None:
    """The subtotal, the two IVU summed as the tax, the total and the balance due."""
    doc.totals = _sum_rows(doc, sum(doc.extras["ivu"], Decimal(0)), None, due=True)


SE_WORK = (  # concept, SAT product key, pesos (low, high), share of invoices
    (
        "Mantenimiento preventivo a subestación compacta de {kva} kVA, 13.2 kV: desenergizado, "
        "limpieza de gabinetes, aisladores y bus, apriete de conexiones",
        "72151500",
        (14500, 29500),
        1.0,
    ),
    (
        "Prueba de rigidez dieléctrica al aceite aislante del transformador",
        "81141500",
        (2800, 4800),
        0.8,
    ),
    (
        "Prueba de resistencia de aislamiento (megger) a transformador y cables de media tensión",
        "81141500",
        (3200, 5600),
        0.7,
    ),
    (
        "Termografía infrarroja a tablero general y centros de carga, con reporte",
        "81141500",
        (3500, 6500),
        0.5,
    ),
    (
        "Trámite de libranza y maniobras de corte y reconexión con CFE",
        "72151500",
        (2500, 4500),
        0.6,
    ),
)
SE_PARTS = (  # material, SAT product key, unit key and name, pesos (low, high), count
    ("Fusible de potencia tipo expulsión 15 kV", "39121600", ("H87", "Pieza"), (850, 1650), (3, 3)),
    ("Apartarrayos tipo distribución 12 kV", "39121600", ("H87", "Pieza"), (1450, 2600), (1, 3)),
    ("Aceite dieléctrico para transformador", "15121500", ("LTR", "Litro"), (68, 110), (10, 60)),
    ("Zapata de compresión calibre 2/0", "39121400", ("H87", "Pieza"), (95, 180), (3, 12)),
    (
        "Sílica gel para respirador de transformador",
        "12352300",
        ("KGM", "Kilogramo"),
        (280, 420),
        (1, 3),
    ),
)
SE_BRANDS = ("Prolec GE", "Voltran", "IEM", "Schneider Electric", "Siemens")
SE_ENGINEERS = ("Ing. Rodrigo Garza", "Ing. Mariana Treviño", "Ing. Héctor Salinas")


def _subestacion_cfdi(doc: Document, vendor: Vendor, prop: Property, rng: random.Random) -> None:
    """H190: a Mexican electrical contractor's CFDI for the preventive maintenance of a
    property's medium-voltage substation, printed from its desktop invoicing program: the
    maintenance and the tests done, each concept with its SAT product and unit keys (not in
    the ground truth), the materials used; the IVA at 16 %; no amount due. The fiscal
    folio, seals, the substation's data and test readings are not in the ground truth.
    Its own generator: no other layout changes."""
    keyed = random.Random(f"subestacion190:{vendor.code}:{prop.code}")
    kva = keyed.choice((225, 300, 500, 750, 1000))
    lines: list[Line] = []
    keys: list[tuple[str, str, str]] = []
    for text, sat, (low, high), share in SE_WORK:
        if share < 1 and rng.random() >= share:
            continue
        price = Decimal(rng.randint(low // 50, high // 50) * 50)
        lines.append(Line(text.format(kva=kva), price, "6120", Decimal(1), price, "Servicio"))
        keys.append((sat, "E48", "Servicio"))
    for text, sat, (unit_key, unit), (low, high), (q_low, q_high) in rng.sample(
        SE_PARTS, rng.randint(0, 3)
    ):
        price = Decimal(keyed.randint(low * 100, high * 100)) / 100
        count = Decimal(rng.randint(q_low, q_high))
        lines.append(Line(text, cents(count * price), "6120", count, price, unit, part=True))
        keys.append((sat, unit_key, unit))
    doc.lines = lines
    doc.unit = None
    doc.show_currency = True  # "Moneda: MXN - Peso Mexicano"
    if doc.service_lines:
        doc.service_lines = [prop.name, prop.street, prop.city_line]
    credit = bool(doc.due_date and doc.due_date > doc.invoice_date)
    if not credit:  # paid on issue: the CFDI prints no due date
        doc.due_date = None
    zips = [
        lines[-1].rsplit(" ", 1)[-1] for lines in (vendor.address_lines, doc.bill_to_lines or [""])
    ]
    doc.extras.update(_fiscal_stamp(rng))
    doc.extras.update(
        keys=keys,
        place=zips[0],
        customer_zip=zips[1],
        customer_rfc=receiver_rfc(doc.customer_name or ""),
        method=CFDI_METHODS[0] if credit else CFDI_METHODS[1],
        paid_form=CFDI_FORMS[0] if credit else CFDI_FORMS[1],
        kva=kva,
        transformer=(keyed.choice(SE_BRANDS), f"{keyed.randint(100000, 999999)}"),
        dielectric=[f"{rng.randint(280, 420) / 10:.1f}" for _ in range(3)],
        megger=[f"{rng.randint(8, 60) * 100:,}" for _ in range(3)],
        engineer=keyed.choice(SE_ENGINEERS),
        order=f"OS-{rng.randint(1000, 9999)}",
        worked=doc.invoice_date - timedelta(days=rng.randint(1, 12)),
    )


def _fiscal_stamp(rng: random.Random) -> dict[str, Any]:
    """What the certifying provider stamps on a CFDI: the fiscal folio (UUID), the
    issuer's and the SAT's certificate numbers, the two seals, and the moments of issue
    and of certification a minute or so after it."""
    hexes = "0123456789ABCDEF"
    uuid = "-".join("".join(rng.choice(hexes) for _ in range(n)) for n in (8, 4, 4, 4, 12))
    numbers = ["".join(str(rng.randint(0, 9)) for _ in range(20)) for _ in range(2)]
    seals = ["".join(rng.choice(SEAL_ALPHABET) for _ in range(196)) for _ in range(2)]
    issued = rng.randint(9 * 3600, 18 * 3600)
    moments = [
        f"{at // 3600:02d}:{at // 60 % 60:02d}:{at % 60:02d}"
        for at in (issued, issued + rng.randint(5, 90))
    ]
    return {
        "uuid": uuid,
        "certificate": numbers[0],
        "sat_certificate": numbers[1],
        "seals": seals,
        "time": moments[0],
        "stamped": moments[1],
    }


def _cfdi_iva_totals(doc: Document) -> None:
    """The sum of the concepts, the IVA transferred on it and the total; a CFDI prints no
    amount due."""
    rate = doc.extras["tax_rate"]
    subtotal = sum((line.amount for line in doc.lines), Decimal(0))
    doc.totals = _sum_rows(doc, cents(subtotal * rate), rate, due=False)


BLIND16_FORMS = {  # a form added with H186-H190: its own lines, its own totals
    "city_utility": (_city_utility, _city_totals),
    "irrigation_repair": (_irrigation_repair, _materials_taxed_totals),
    "cisterna_pr": (_cisterna_pr, _cisterna_totals),
    "subestacion_cfdi": (_subestacion_cfdi, _cfdi_iva_totals),
}
BLIND16_OWN_LINES = ("irrigation_repair", "cisterna_pr", "subestacion_cfdi")
BLIND16_RECEIPTS = {"rental_return": _rental_return}
