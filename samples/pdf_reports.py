"""Blocks of the layouts added with H66, H68 and H69: a sentence naming the maintenance
visit over a table of rooftop units (the table's group headings are in pdf_table), a gas
bill's meter reads beside its account activity with a running balance, and a pest-control
ticket's service report (the visit, target pests, areas treated and the materials applied,
none of them in the ground truth) with signature lines under the totals. Each draws from
``y`` down and returns where it ended."""

from __future__ import annotations

from decimal import Decimal

from samples.formats import group, period_span_en
from samples.pdf_base import GREY, LIGHT
from samples.pdf_blocks import Ctx, _party
from samples.pdf_forms import meta_strip
from samples.pdf_table import row_value

ROW = 13.0
READ_ROW = 11.5
# a pest-control ticket's materials: (label key, width); the product fills the rest
MATERIALS = (("product", 0.0), ("epa", 74.0), ("applied", 66.0), ("target", 104.0))
METHOD_W = 92.0


# --- H66: the maintenance visit ----------------------------------------------------------


def work_note(c: Ctx, y: float) -> float:
    """A sentence over the table in a pale box with an accent rule on its left: the visit,
    the day the work was done, how many rooftop units and the maintenance agreement."""
    pen, doc, extras = c.pen, c.doc, c.doc.extras
    units = {line.group for line in doc.lines if line.group != c.labels["site_group"]}
    text = c.labels["work_note"].format(
        visit=extras["visit"],
        day=c.fmt.date(extras["performed"]),
        count=len(units),
        agreement=extras["agreement"],
    )
    lines = pen.wrap(text, 9, c.width - 24)
    height = 9 + 11.5 * len(lines)
    pen.rect(c.margin, y, c.width, height, fill=pen.pale)
    pen.rect(c.margin, y, 3, height, fill=pen.fill_accent)
    for k, line in enumerate(lines):
        pen.text(c.margin + 12, y + 14 + 11.5 * k, line, 9)
    return y + height + 10


# --- H68: meter reads and account activity -----------------------------------------------


def activity_summary(c: Ctx, y: float) -> float:
    """The meter reads on the left under the period, said once with its year ("Jan 12 -
    Feb 10, 2026 (29 days)"); on the right the account's activity, a dated line each for the
    last bill, the payment and the current charges with the balance after each, then the
    amount owed."""
    left = c.width * 0.4
    bottom = _reads(c, c.margin, y, left)
    x = c.margin + left + 14
    w, premises = c.right - x, c.doc.service_lines
    right = _activity(c, x, y, w)
    if premises:  # the premises served, under the activity
        right = _party(c, "plain", x, right + 8, w, c.labels["service_address"], premises, False)
    return max(bottom, right) + 8


def _panel(c: Ctx, x: float, y: float, w: float, height: float, heading: str) -> None:
    pen = c.pen
    pen.rect(x, y, w, height, stroke=pen.accent, width=0.8)
    pen.rect(x, y, w, 15, fill=pen.fill_accent)
    pen.text(x + 6, y + 11, heading.upper(), 8, bold=True, color=pen.on_accent, fit=w - 12)


def _reads(c: Ctx, x: float, y: float, w: float) -> float:
    pen, doc, lab, extras = c.pen, c.doc, c.labels, c.doc.extras
    assert doc.period is not None
    start, end = doc.period
    prior, present = extras["reads"]
    used = present - prior
    read = lab["estimated" if extras["estimated"] else "actual"]
    rows = [
        (lab["meter"], extras["meter"]),
        (lab["prior_read"], group(prior, "us", 0)),
        (f"{lab['present_read']} ({read})", group(present, "us", 0)),
        (lab["ccf"], group(used, "us", 0)),
        (lab["factor"], f"{extras['factor']:.4f}"),
        (lab["therms"], group(used * extras["factor"], "us", 1)),
    ]
    height = 50 + READ_ROW * len(rows)
    _panel(c, x, y, w, height, lab["reads"])
    pen.text(x + 6, y + 25, lab["service_period"], 7, color=GREY)
    span = f"{period_span_en(start, end)} ({lab['days_billed'].format(days=(end - start).days)})"
    pen.text(x + 6, y + 36, span, 8.5, bold=True, fit=w - 12)
    pen.line(x + 4, y + 40, x + w - 4, y + 40, color=LIGHT, width=0.5)
    for i, (label, value) in enumerate(rows):
        base = y + 51 + READ_ROW * i
        pen.text(x + 6, base, label, 8, fit=w * 0.56)
        pen.text(x + w - 6, base, value, 8.5, align="right", fit=w * 0.4)
    return y + height


def _activity(c: Ctx, x: float, y: float, w: float) -> float:
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    extras = doc.extras
    rows = {row.key: row for row in doc.summary}
    paid, balance = rows["payments"].amount, Decimal(0)
    entries = []
    for key, day in (
        ("previous_balance", extras["last_bill"]),
        ("payments", extras["paid_on"] if paid else None),
        ("current_charges", doc.invoice_date),
    ):
        balance += -rows[key].amount if key == "payments" else rows[key].amount
        when = fmt.cell_date(day) if day else ""
        entries.append((when, lab[key], row_value(c, rows[key]), fmt.money(balance)))
    date_w, money_w = 56.0, 66.0
    cols = [x + 6, x + 6 + date_w, x + w - 6 - money_w, x + w - 6]
    height = 34 + ROW * (len(entries) + 1) + 8
    _panel(c, x, y, w, height, lab["summary"])
    heads = [lab["posted"], lab["activity"], lab["change"], lab["running"]]
    for k, head in enumerate(heads):
        align = "right" if k > 1 else "left"
        pen.text(cols[k], y + 27, head, 7, bold=True, align=align, color=GREY, fit=money_w - 4)
    pen.line(x + 4, y + 31, x + w - 4, y + 31, color=LIGHT, width=0.5)
    for i, values in enumerate(entries):
        base = y + 43 + ROW * i
        room = cols[2] - cols[1] - money_w + 2
        pen.text(cols[0], base, values[0], 7.5)
        pen.text(cols[1], base, values[1], 8, fit=room)
        pen.text(cols[2], base, values[2], 8, align="right")
        pen.text(cols[3], base, values[3], 8, align="right")
    base = y + 43 + ROW * len(entries)
    pen.rect(x + 2, base - 10, w - 4, 14, fill=pen.pale)
    pen.text(cols[1], base, lab["amount_due"], 8.5, bold=True, fit=cols[2] - cols[1])
    pen.text(cols[3], base, row_value(c, rows["amount_due"]), 9, bold=True, align="right")
    return y + height


# --- H69: a pest-control service ticket ----------------------------------------------------


def service_report(c: Ctx, y: float) -> float:
    """The visit along a ruled band (day served, time in and out, the technician and
    licence), the target pests and the areas treated, then the materials applied in a
    small ruled table of their own above the billed services."""
    pen, lab, extras = c.pen, c.labels, c.doc.extras
    arrive, leave = extras["visit_times"]
    pen.text(c.margin, y + 10, lab["report"].upper(), 9.5, bold=True, color=pen.accent)
    visit = [
        (lab["service_date"], c.fmt.date(extras["service_day"])),
        (lab["time_in"], arrive),
        (lab["time_out"], leave),
        (lab["technician"], f"{extras['technician']} ({lab['license']} {extras['license']})"),
    ]
    y = meta_strip(c, y + 16, visit)
    for key, values in (("pests", extras["pests"]), ("areas", extras["areas"])):
        head = f"{lab[key]}: "
        pen.text(c.margin, y, head, 8.5, bold=True)
        x = c.margin + pen.measure(head, 8.5, True)
        pen.text(x, y, ", ".join(values), 8.5, fit=c.right - x)
        y += 13
    return _materials(c, y + 4)


def _materials(c: Ctx, y: float) -> float:
    pen, lab = c.pen, c.labels
    fixed = sum(w for _, w in MATERIALS) + METHOD_W
    spans = [(key, w or c.width - fixed) for key, w in (*MATERIALS, ("method", METHOD_W))]
    pen.text(c.margin, y + 9, lab["products"], 8.5, bold=True, color=pen.accent)
    top = y + 13
    pen.rect(c.margin, top, c.width, 13, fill=pen.pale)
    x = c.margin
    for key, w in spans:
        pen.text(x + 4, top + 9.5, lab[key], 7, bold=True, fit=w - 8)
        x += w
    y = top + 13
    for product in c.doc.extras["products"]:
        y += 11.5
        x = c.margin
        for value, (_, w) in zip(product, spans, strict=True):
            pen.text(x + 4, y - 3, value, 7.5, fit=w - 8)
            x += w
        pen.line(c.margin, y, c.right, y, color=LIGHT, width=0.4)
    pen.rect(c.margin, top, c.width, y - top, stroke=GREY, width=0.6)
    return y + 14


def signature_lines(c: Ctx, y: float) -> float:
    """Two signature lines on the left beside the totals, the technician's over the
    customer's, each name written over its line; a note instead when nobody signed for
    the customer. Returns where they end."""
    pen, lab, extras = c.pen, c.labels, c.doc.extras
    w = c.width - 250 - 40
    signers = ((lab["tech_sign"], extras["technician"]), (lab["customer_sign"], extras["signer"]))
    for label, signer in signers:
        y += 34
        if signer:
            pen.text(c.margin + 8, y - 5, signer, 13, italic=True, color=pen.accent)
        else:
            pen.text(c.margin + 4, y - 5, lab["not_present"], 7.5, italic=True, color=GREY, fit=w)
        pen.line(c.margin, y, c.margin + w, y, width=0.6)
        pen.text(c.margin, y + 9, label, 7, color=GREY)
    return y + 14
