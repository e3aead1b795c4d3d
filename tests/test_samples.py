"""The sample generator: reproducible, internally consistent, every layout drawable, and
master data that the documents point into."""

from __future__ import annotations

import csv
import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from PIL import Image

from samples import catalog
from samples.formats import (
    amount_words_es,
    amount_words_receipt_es,
    format_date,
    period_es,
    period_span_en,
)
from samples.generate import compose_documents, generate, main, render_pdf
from samples.master import HEADERS, write_scale_master
from samples.pdf_base import Fmt
from samples.truth import ground_truth
from samples.world import build_world

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
RENDERS_ALL = ["digital", "scan", "photo"]
FIELD_NAMES = {
    "vendor_name",
    "vendor_address",
    "vendor_phone",
    "vendor_email",
    "vendor_tax_id",
    "remit_to_address",
    "customer_name",
    "bill_to_address",
    "service_address",
    "invoice_number",
    "invoice_date",
    "due_date",
    "po_number",
    "account_number",
    "service_period_start",
    "service_period_end",
    "payment_terms",
    "currency",
    "subtotal",
    "tax",
    "total",
    "amount_due",
    "previous_balance",
}
MONEY = re.compile(r"^-?\d+\.\d{2}$")
DATE_FIELDS = {"invoice_date", "due_date", "service_period_start", "service_period_end"}


def pdf_text(path: Path | bytes) -> str:
    document = pdfium.PdfDocument(path)
    try:
        return "\n".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
    finally:
        document.close()


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict]]:
    out = tmp_path_factory.mktemp("run")
    paths = generate(out, seed=11, count=60, renders=["digital"])
    return out, [json.loads(p.read_text(encoding="utf-8")) for p in paths]


def test_same_seed_gives_identical_ground_truth(tmp_path: Path) -> None:
    first = generate(tmp_path / "a", seed=5, count=15, renders=["digital"])
    second = generate(tmp_path / "b", seed=5, count=15, renders=["digital"])
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]
    assert (tmp_path / "a/master-data/ap-items.csv").read_bytes() == (
        tmp_path / "b/master-data/ap-items.csv"
    ).read_bytes()
    other = generate(tmp_path / "c", seed=6, count=15, renders=["digital"])
    assert [p.read_bytes() for p in first] != [p.read_bytes() for p in other]


def test_fields_follow_the_contract(run: tuple[Path, list[dict]]) -> None:
    _, truths = run
    for truth in truths:
        fields = truth["fields"]
        assert set(fields) <= FIELD_NAMES, truth["id"]
        for name in DATE_FIELDS & set(fields):
            date.fromisoformat(fields[name])
        for name in {"subtotal", "tax", "total", "amount_due", "previous_balance"} & set(fields):
            assert MONEY.match(fields[name]), (truth["id"], name, fields[name])
        assert truth["document_type"] in ("invoice", "receipt")
        assert truth["currency"] in ("USD", "MXN")
        assert len(truth["gl_accounts"]) == len(truth["line_items"])
        assert 1 <= truth["pages"] <= 3


def test_money_adds_up(run: tuple[Path, list[dict]]) -> None:
    _, truths = run
    for truth in truths:
        f, adj = truth["fields"], truth["adjustments"]
        money = {
            k: Decimal(v)
            for k, v in f.items()
            if k in ("subtotal", "tax", "total", "amount_due", "previous_balance")
        }
        lines = sum(Decimal(item["amount"]) for item in truth["line_items"])
        assert lines == money.get("subtotal", money["total"]), truth["id"]
        for item in truth["line_items"]:
            if item["quantity"] is not None and item["unit_price"] is not None:
                product = Decimal(item["quantity"]) * Decimal(item["unit_price"])
                assert abs(product - Decimal(item["amount"])) <= Decimal("0.005"), item
        if "subtotal" in money:
            expected = (
                money["subtotal"] - Decimal(adj.get("discount", "0")) + money.get("tax", Decimal(0))
            )
            assert expected == money["total"], truth["id"]
        if "deposit" in adj:
            assert money["total"] - Decimal(adj["deposit"]) == money["amount_due"]
        elif "previous_balance" in money:
            carried = money["previous_balance"] - Decimal(adj["payments"])
            assert carried + money["total"] == money["amount_due"], truth["id"]
        elif "amount_due" in money:
            assert money["amount_due"] == money["total"]
        if "due_date" in f and f.get("payment_terms"):
            assert f["due_date"] >= f["invoice_date"]


@pytest.mark.parametrize("layout_id", [layout["id"] for layout in catalog.layouts()])
def test_every_layout_renders_its_values_in_the_text_layer(layout_id: str) -> None:
    docs, _ = compose_documents(3, 4, layouts=[layout_id])
    for doc in docs:
        pdf, pages = render_pdf(doc)
        text = pdf_text(pdf)
        truth = ground_truth(doc, {"digital": "x.pdf"}, pages)
        printed = truth["printed"]
        assert printed["invoice_number"] == truth["fields"]["invoice_number"]
        for key in ("invoice_number", "invoice_date", "total", "amount_due"):
            if key in printed:
                assert printed[key] in text, (layout_id, key, printed[key])
        for key in ("vendor_name", "customer_name", "po_number", "account_number", "vendor_tax_id"):
            if key in truth["fields"]:
                assert truth["fields"][key] in text, (layout_id, key)
        assert len(pdfium.PdfDocument(pdf)) == pages


def test_layouts_are_many_and_held_out_ones_differ(tmp_path: Path) -> None:
    dev, held = catalog.layouts(held_out=False), catalog.layouts(held_out=True)
    assert len(dev) >= 25 and len(held) >= 5
    style = (
        "header",
        "meta",
        "parties",
        "table",
        "columns",
        "totals_style",
        "labels",
        "date",
        "font",
    )
    signatures = {tuple(layout.get(k) for k in style) for layout in dev}
    assert len(signatures) == len(dev)
    seen_labels = {layout["labels"] for layout in catalog.layouts() if layout not in held}
    for layout in held:
        assert tuple(layout.get(k) for k in style) not in signatures
        assert layout["labels"] not in seen_labels, layout["id"]  # wordings never tuned on
    paths = generate(tmp_path, seed=99, count=10, renders=["digital"], held_out=True)
    used = {json.loads(p.read_text(encoding="utf-8"))["layout"] for p in paths}
    assert used == {layout["id"] for layout in held}
    assert all(json.loads(p.read_text(encoding="utf-8"))["held_out"] for p in paths)


def test_read_layouts_leave_the_held_out_pool_but_stay_generatable(tmp_path: Path) -> None:
    everything = catalog.layouts()
    read = [layout["id"] for layout in everything if layout.get("read")]
    studied = {f"H{n}" for n in range(156, 161)}  # read from the start, never held out
    assert (
        set(read)
        == {f"H{n:02d}" for n in range(1, 156)} | {f"H{n}" for n in range(161, 186)} | studied
    )
    assert all(layout["held_out"] for layout in everything if layout.get("read"))
    held = [layout["id"] for layout in catalog.layouts(held_out=True)]
    assert held == [f"H{n:02d}" for n in range(186, 191)]
    assert not set(held) & set(read)
    used_elsewhere = {layout["labels"] for layout in everything if layout["id"] not in held}
    for layout in catalog.layouts(held_out=True):  # wordings no development or read layout has
        assert layout["labels"] not in used_elsewhere, layout["id"]
    development = [layout["id"] for layout in catalog.layouts(held_out=False)]
    assert development == [f"L{n:02d}" for n in range(1, 33)]
    paths = generate(tmp_path, seed=8, count=len(read), renders=["digital"], layouts=read)
    used = {json.loads(p.read_text(encoding="utf-8"))["layout"] for p in paths}
    assert used == set(read)


def _wording(text: str) -> str:
    """A label's words alone: no placeholders, case, spaces or punctuation ("Total ($)"
    and "TOTAL" are one wording)."""
    return "".join(ch for ch in re.sub(r"\{[^}]*\}", " ", text.lower()) if ch.isalnum())


def _wordings(wording: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """(key, text) of a label set, its wordings per region included."""
    for key, value in wording.items():
        if key == "by_region":
            for regional in value.values():
                yield from _wordings(regional)
        elif isinstance(value, str):
            yield key, value


def test_held_out_layouts_name_their_key_fields_in_words_of_their_own() -> None:
    """The held-out pool's number, date, due date and totals are labelled in words that
    no other label set (development, read or base) uses, even in another place."""
    data = catalog.load("labels")
    held = {layout["labels"] for layout in catalog.layouts(held_out=True)}
    elsewhere = {
        _wording(text)
        for name, wording in [*data["base"].items(), *data["sets"].items()]
        if name not in held
        for _, text in _wordings(wording)
    }
    keys: tuple[str, ...] = ("invoice_number", "receipt_number", "invoice_date", "due_date")
    keys += ("subtotal", "tax", "total", "amount_due")
    for name in sorted(held):
        own = [(key, text) for key, text in _wordings(data["sets"][name]) if key in keys]
        assert len(own) >= 3, name
        for key, text in own:
            assert _wording(text) not in elsewhere, (name, key, text)


def rendered(
    uses: Callable[[dict[str, Any]], bool], seed: int, each: int, *, least: int
) -> Iterator[tuple[Any, bytes, str, int, dict[str, Any]]]:
    """(document, pdf, its text, pages, truth) for `each` documents per layout that
    `uses` a building block; at least `least` layouts do."""
    chosen = [layout["id"] for layout in catalog.layouts() if uses(layout)]
    assert len(chosen) >= least
    docs, _ = compose_documents(seed, each * len(chosen), layouts=chosen)
    for doc in docs:
        pdf, pages = render_pdf(doc)
        yield doc, pdf, pdf_text(pdf), pages, ground_truth(doc, {"digital": "x.pdf"}, pages)


def printing_the_truth(doc: Any, text: str, truth: dict[str, Any], *, items: bool = False) -> str:
    """The document's text on one line, checked to print every value of its truth as
    printed (and every item's description)."""
    flat = " ".join(text.split())
    assert all(value in flat for value in truth["printed"].values()), doc.id
    if items:
        assert all(item["description"] in flat for item in truth["line_items"]), doc.id
    return flat


def test_number_in_title_and_remit_sentence_print_what_the_truth_says() -> None:
    def new_blocks(layout: dict[str, Any]) -> bool:
        return bool(layout.get("number_in_title") or layout.get("remit") == "sentence")

    layouts = catalog.layouts()
    assert any(layout.get("number_in_title") for layout in layouts)
    assert any(layout.get("remit") == "sentence" for layout in layouts)
    for doc, _, text, pages, truth in rendered(new_blocks, 17, 4, least=2):
        fields = truth["fields"]
        if doc.layout.get("number_in_title"):
            title = doc.labels["title_number"].format(number=fields["invoice_number"])
            assert title in text, doc.id
            assert doc.labels["invoice_number"] not in text or pages > 1, doc.id  # not a detail
        if doc.layout.get("remit") == "sentence" and "remit_to_address" in fields:
            named = doc.labels["remit_sentence"].format(
                name=fields["vendor_name"], address=fields["remit_to_address"]
            )
            assert named in text, doc.id
            assert doc.labels["remit_to"] not in text, doc.id  # no remit-to heading


def _last_page_right_edge(pdf: bytes, text: str) -> tuple[float, float]:
    """Where ``text`` ends on the last page (its last occurrence, below any line item of
    the same amount), and the page width."""
    document = pdfium.PdfDocument(pdf)
    try:
        page = document[len(document) - 1]
        textpage = page.get_textpage()
        search = textpage.search(text)
        found, hit = None, search.get_next()
        while hit:
            found, hit = hit, search.get_next()
        assert found, text
        index, count = found
        return textpage.get_charbox(index + count - 1)[2], page.get_width()
    finally:
        document.close()


def test_sentence_account_heading_due_within_and_left_totals_print_what_the_truth_says() -> None:
    def new_blocks(layout: dict[str, Any]) -> bool:
        return bool(
            layout.get("meta") == "sentence"
            or layout.get("parties") == "account_head"
            or layout.get("due_within")
            or layout.get("totals_side") == "left"
        )

    for doc, pdf, text, _, truth in rendered(new_blocks, 23, 4, least=3):
        fields, labels = truth["fields"], doc.labels
        if doc.layout.get("meta") == "sentence":
            said = labels["number_sentence"].format(
                number=fields["invoice_number"], date=truth["printed"]["invoice_date"]
            )
            assert said in text, doc.id
            assert labels["invoice_date"] not in text, doc.id  # not a detail as well
        if doc.layout.get("parties") == "account_head":
            heading = labels["account_head"].format(number=fields["account_number"])
            assert heading in text, doc.id
            assert labels["bill_to"] not in text, doc.id  # no bill-to heading
        if doc.layout.get("due_within"):
            days = doc.extras["due_days"]
            assert labels["due_within"].format(days=days) in text, doc.id
            assert "due_date" not in fields and "payment_terms" not in fields, doc.id
        if doc.layout.get("totals_side") == "left":
            right, width = _last_page_right_edge(pdf, truth["printed"]["total"])
            assert right < width / 2, doc.id


def test_ruled_details_trailing_credits_and_item_notes_print_what_the_truth_says() -> None:
    def new_blocks(layout: dict[str, Any]) -> bool:
        return bool(
            layout.get("meta") == "ruled"
            or layout.get("money") == "trailing_minus"
            or layout.get("item_notes")
        )

    for doc, _, text, _, truth in rendered(new_blocks, 29, 6, least=3):
        if doc.layout.get("meta") == "ruled":  # label cell and value cell on one row
            squashed = text.replace(" ", "")
            for key in ("invoice_number", "invoice_date"):
                row = f"{doc.labels[key]}{truth['printed'][key]}".replace(" ", "")
                assert row in squashed, doc.id
        if doc.layout.get("money") == "trailing_minus":
            for key, amount in truth["adjustments"].items():
                if Decimal(amount):
                    credit = truth["printed"][key]
                    assert credit.endswith("-") and not credit.startswith("-"), doc.id
                    assert credit in text, doc.id
        if doc.layout.get("item_notes"):
            notes = [line.note for line in doc.lines if line.note]
            assert notes and all(note in text for note in notes), doc.id
            described = [item["description"] for item in truth["line_items"]]
            assert not any(note in d for note in notes for d in described), doc.id


def test_leaders_header_cells_window_balance_cfdi_and_ticket_columns_print_the_truth() -> None:
    def new_blocks(layout: dict[str, Any]) -> bool:
        return bool(
            layout.get("meta") in ("leaders", "head_cells", "fiscal")
            or layout.get("parties") == "window"
            or layout.get("totals") == "balance"
            or layout.get("receipt") == "columns"
        )

    for doc, _, text, _, truth in rendered(new_blocks, 31, 4, least=5):
        fields, labels, printed = truth["fields"], doc.labels, truth["printed"]
        assert all(value in text for value in printed.values()), doc.id
        for label, _ in doc.extras.get("extra_pairs", []):  # details outside the truth
            assert label in text, doc.id
        if doc.layout.get("parties") == "window":  # the customer under no heading
            assert fields["customer_name"] in text and labels["bill_to"] not in text, doc.id
        if doc.layout.get("totals") == "balance":
            paid = Decimal(truth["adjustments"]["payments"])
            carried = Decimal(fields["previous_balance"]) - paid
            assert carried + Decimal(fields["total"]) == Decimal(fields["amount_due"]), doc.id
            assert labels["previous_balance"] in text and labels["payments"] in text, doc.id
        if doc.layout.get("period") == "quarter":
            start = date.fromisoformat(fields["service_period_start"])
            end = date.fromisoformat(fields["service_period_end"])
            assert start.day == 1 and start.month % 3 == 1 and 89 <= (end - start).days <= 91
            assert start <= date.fromisoformat(fields["invoice_date"]) <= end, doc.id
        if doc.layout.get("date_time"):  # "2026-03-03T10:15:22"
            assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", printed["invoice_date"])
        if doc.layout.get("amount_words"):
            assert "/100 M.N.)" in text and labels["amount_words"] in text, doc.id
        if doc.layout.get("receipt") == "columns":
            heads = [labels[key] for key in ("quantity", "description", "unit_price", "amount")]
            assert all(head in text for head in heads), doc.id
            assert all(item["quantity"] and item["unit_price"] for item in truth["line_items"])


def test_head_row_meter_tab_receipt_book_and_ref_line_print_what_the_truth_says() -> None:
    def new_blocks(layout: dict[str, Any]) -> bool:
        return bool(
            layout.get("meta") in ("head_row", "tab")
            or layout.get("summary") == "meter"
            or layout.get("receipt") == "payment"
            or layout.get("sentence_at") == "title"
        )

    for doc, pdf, text, pages, truth in rendered(new_blocks, 37, 6, least=5):
        fields, labels, printed = truth["fields"], doc.labels, truth["printed"]
        assert all(value in text for value in printed.values()), doc.id
        if doc.layout.get("meta") == "head_row":  # every header cell, blank when no value
            heads = ("po_number", "terms", "due_date", "rep", "project", "invoice_number")
            assert all(labels[key] in text for key in heads), doc.id
            assert labels["deposit"] in text and "amount_due" in fields, doc.id
        if doc.layout.get("summary") == "meter":  # the period only in the meter's cells
            shown = {
                key: format_date(date.fromisoformat(fields[key]), doc.layout["date"])
                for key in ("service_period_start", "service_period_end", "due_date")
            }
            assert all(value in text for value in shown.values()), doc.id
            assert labels["service_period"] not in text, doc.id
            for key in ("due_by", "late_after"):  # "Amount After <date>": not in the truth
                assert labels[key].format(date=shown["due_date"]) in text, doc.id
            assert f"{doc.extras['late_amount']:.2f}" not in fields.values(), doc.id
        if doc.layout.get("meta") == "tab":  # labels at a tab, no colon after them
            for key in ("invoice_number", "invoice_date"):
                assert f"{labels[key]} {printed[key]}" in text, doc.id
                assert f"{labels[key]}:" not in text, doc.id
            if pages > 1:
                assert labels["page"].format(n=pages, m=pages) in text, doc.id
        if doc.layout.get("receipt") == "payment":
            assert truth["document_type"] == "receipt" and pages == 1, doc.id
            said = f"{labels['received_from']} {fields['customer_name']}"
            assert said in text and f"{labels['receipt_number']} {fields['invoice_number']}" in text
            assert "bill_to_address" not in fields, doc.id
            lines = truth["line_items"]
            assert (labels["description"] in text) == bool(lines), doc.id  # only printed lines
            assert len(truth["gl_accounts"]) == len(lines), doc.id
            if lines:
                assert sum(Decimal(item["amount"]) for item in lines) == Decimal(fields["total"])
        if doc.layout.get("sentence_at") == "title":
            said = labels["number_sentence"].format(
                number=fields["invoice_number"], date=printed["invoice_date"]
            )
            assert said in text and labels["invoice_date"] not in text, doc.id
            right, width = _last_page_right_edge(pdf, printed["total"])
            assert right < width / 2 and labels["remarks"] in text, doc.id


def test_field_service_utility_box_two_columns_counter_and_capitals_print_the_truth() -> None:
    def new_blocks(layout: dict[str, Any]) -> bool:
        return bool(
            layout.get("visit")
            or layout.get("summary") == "ledger"
            or layout.get("form")
            or layout.get("meta") == "caps_gap"
        )

    for doc, _, text, pages, truth in rendered(new_blocks, 41, 4, least=5):
        fields, labels, printed = truth["fields"], doc.labels, truth["printed"]
        flat = " ".join(text.split())
        assert all(value in text for value in printed.values()), doc.id
        for item in truth["line_items"]:
            assert item["description"] in flat, doc.id
        if doc.layout.get("visit"):  # the work order is printed but is not the truth's
            work_order = doc.extras["work_order"]
            assert f"{labels['work_order']} {work_order}" in text, doc.id
            assert work_order not in fields.values(), doc.id
            parts = [line.part for line in doc.lines]
            assert parts == sorted(parts), doc.id  # labor first, then parts
        if doc.layout.get("summary") == "ledger":  # "del 1 al 31 de enero de 2026"
            start = date.fromisoformat(fields["service_period_start"])
            end = date.fromisoformat(fields["service_period_end"])
            assert start.day == 1 and end < date.fromisoformat(fields["invoice_date"]), doc.id
            assert period_es(start, end) in flat and truth["utility"], doc.id
        if doc.layout.get("form") == "two_column":  # "Mar 3 2026", no comma
            assert re.fullmatch(r"[A-Z][a-z]{2} \d{1,2} \d{4}", printed["invoice_date"]), doc.id
        if doc.layout.get("form") == "counter":  # a charge ticket is an invoice, no due date
            assert truth["document_type"] == "invoice" and pages == 1, doc.id
            assert "due_date" not in fields and "amount_due" not in fields, doc.id
            assert fields["account_number"] in text and labels["total"] in text, doc.id
        if doc.layout.get("meta") == "caps_gap":  # "2026/0147" or "A-0147/26", no colons
            number = fields["invoice_number"]
            assert re.fullmatch(r"\d{4}/\d{4}|[A-Z]-\d{4}/\d{2}", number), doc.id
            assert f"{labels['invoice_number']}:" not in text, doc.id
            assert "discount" in truth["adjustments"], doc.id


def test_account_panel_bar_line_top_stub_period_sentence_and_phone_app_print_the_truth() -> None:
    def new_blocks(layout: dict[str, Any]) -> bool:
        return (
            layout.get("header") in ("account_panel", "stub_top")
            or layout.get("meta")
            in (
                "bar_line",
                "period_sentence",
            )
            or layout.get("form") == "mobile"
        )

    for doc, pdf, text, pages, truth in rendered(new_blocks, 43, 4, least=5):
        fields, labels, printed = truth["fields"], doc.labels, truth["printed"]
        flat = printing_the_truth(doc, text, truth)
        lines = sum((Decimal(item["amount"]) for item in truth["line_items"]), Decimal(0))
        assert lines == Decimal(fields.get("subtotal", fields["total"])), doc.id
        for item in truth["line_items"]:
            assert item["description"] in flat, doc.id
        if doc.layout.get("header") == "account_panel":  # Date | Service | Amount only
            assert labels["panel"] in text and fields["account_number"] in text, doc.id
            assert all(item["quantity"] is None and item["date"] for item in truth["line_items"])
        if doc.layout.get("meta") == "bar_line":  # "N.º de Factura: X | Expedida: Y"
            number = f"{labels['invoice_number']}: {fields['invoice_number']}"
            assert f"{number} | {labels['invoice_date']}: " in flat, doc.id
            assert printed["total"].endswith(f" {fields['currency']}"), doc.id
        if doc.layout.get("header") == "stub_top":  # number and amount in the stub and body
            assert text.index(labels["stub"]) < text.index(labels["title"]), doc.id
            assert text.count(printed["amount_due"]) >= 2, doc.id
            assert text.count(fields["invoice_number"]) >= 2 and fields["remit_to_address"]
        if doc.layout.get("meta") == "period_sentence":  # the period only in the sentence
            start = format_date(date.fromisoformat(fields["service_period_start"]), "dmy_slash")
            end = format_date(date.fromisoformat(fields["service_period_end"]), "dmy_slash")
            assert labels["period_sentence"].format(start=start, end=end) in flat, doc.id
            assert labels["customer_tax_id"] in text and "vendor_tax_id" not in fields, doc.id
        if doc.layout.get("form") == "mobile":  # "2 x 125.00 = 250.00" under each item
            assert pages == 1 and pdfium.PdfDocument(pdf)[0].get_size()[0] < 320, doc.id  # narrow
            for item in truth["line_items"]:
                quantity, price = Decimal(item["quantity"]), Decimal(item["unit_price"])
                assert f" x {price:,.2f} = {Decimal(item['amount']):,.2f}" in flat, doc.id
                assert quantity * price == Decimal(item["amount"]), doc.id


def test_coverage_issuer_boxes_balance_sum_app_items_and_cash_slip_print_the_truth() -> None:
    def new_blocks(layout: dict[str, Any]) -> bool:
        return bool(
            layout.get("meta") in ("coverage", "issuer_row", "due_row")
            or layout.get("summary") == "equation"
            or layout.get("receipt") == "voucher"
        )

    for doc, pdf, text, pages, truth in rendered(new_blocks, 47, 4, least=5):
        fields, labels, printed = truth["fields"], doc.labels, truth["printed"]
        flat = printing_the_truth(doc, text, truth)
        for item in truth["line_items"]:
            assert item["description"] in flat, doc.id
        if doc.layout.get("meta") == "coverage":  # the period only in the bar, a quarter
            start, end = (
                date.fromisoformat(fields[key])
                for key in ("service_period_start", "service_period_end")
            )
            said = f"{format_date(start, doc.layout['date'])}{labels['period_sep']}"
            assert f"{labels['service_period']}: {said}" in flat, doc.id
            assert start.day == 1 and start.month % 3 == 1 and 89 <= (end - start).days <= 91
            assert start <= date.fromisoformat(fields["invoice_date"]) + timedelta(days=30) <= end
            monthly = [line for line in doc.lines if line.unit == "mo"]
            assert all(line.quantity == 3 for line in monthly), doc.id
            assert doc.extras["contract"] in text, doc.id  # the agreement: not in the truth
            assert doc.extras["contract"] not in fields.values(), doc.id
        if doc.layout.get("header") == "issuer_boxes":  # both parties framed, totals in a grid
            assert labels["issuer"].upper() in text and labels["bill_to"].upper() in text
            rate = Fmt.of(doc).percent(doc.extras["tax_rate"])
            heads = [labels[key] for key in ("subtotal", "tax_rate", "tax", "total")]
            assert all(head in text for head in heads) and rate in text, doc.id
            assert fields["customer_name"] in text and fields["vendor_tax_id"] in text, doc.id
        if doc.layout.get("summary") == "equation":  # "X - Y + Z = W", payments unsigned
            paid = truth["adjustments"]["payments"]
            assert not printed["payments"].startswith("-"), doc.id
            carried = Decimal(fields["previous_balance"]) - Decimal(paid)
            assert carried + Decimal(fields["total"]) == Decimal(fields["amount_due"]), doc.id
            assert all(labels[row.key] in text for row in doc.summary), doc.id
        if doc.layout.get("meta") == "due_row":  # the amount due also closes the details
            assert flat.count(f"{labels['amount_due']}: {printed['amount_due']}") == 1, doc.id
            assert flat.count(printed["amount_due"]) >= 2 and fields["currency"] == "USD"
            names = {line.name for line in doc.lines}
            assert all(name and name in text for name in names), doc.id
            described = [item["description"] for item in truth["line_items"]]
            assert not any(name in described for name in names), doc.id
        if doc.layout.get("receipt") == "voucher":  # a wide slip that fits a scanner bed
            assert truth["document_type"] == "receipt" and pages == 1, doc.id
            assert pdfium.PdfDocument(pdf)[0].get_size()[0] < 580, doc.id
            assert "/100" in text and labels["words"] in text, doc.id
            assert all(item["quantity"] and item["unit_price"] for item in truth["line_items"])


def test_unit_groups_due_schedule_activity_service_report_and_cuenta_print_the_truth() -> None:
    def new_blocks(layout: dict[str, Any]) -> bool:
        return bool(
            layout.get("rooftops")
            or layout.get("due_schedule")
            or layout.get("summary") in ("activity", "report")
            or layout.get("form") == "cuenta"
        )

    for doc, _, text, pages, truth in rendered(new_blocks, 53, 4, least=5):
        fields, labels, printed = truth["fields"], doc.labels, truth["printed"]
        flat = printing_the_truth(doc, text, truth)
        described = [item["description"] for item in truth["line_items"]]
        assert all(description in flat for description in described), doc.id
        if doc.layout.get("rooftops"):  # each unit's heading over its tasks, not a line item
            groups = list(dict.fromkeys(line.group or "" for line in doc.lines))
            assert all(group.upper() in flat for group in groups), doc.id
            assert not any("RTU-" in description for description in described), doc.id
            assert truth["unit"] is None and "discount" in truth["adjustments"], doc.id
            agreement = doc.extras["agreement"]  # named in the visit's sentence only
            assert agreement in text and agreement not in fields.values(), doc.id
        if doc.layout.get("due_schedule"):  # the due date only in the schedule, after totals
            due = format_date(date.fromisoformat(fields["due_date"]), doc.layout["date"])
            assert flat.count(due) == 1 + (due == printed["invoice_date"]), doc.id
            assert labels["schedule"].upper() in text and labels["due_date"] not in text, doc.id
            assert text.rindex(due) > text.index(labels["total"]), doc.id
            assert fields["currency"] == "MXN" and "/" in fields["invoice_number"], doc.id
        if doc.layout.get("summary") == "activity":  # "Jan 12 - Feb 10, 2026" by the meter
            start, end = (
                date.fromisoformat(fields[key])
                for key in ("service_period_start", "service_period_end")
            )
            assert period_span_en(start, end) in flat and truth["utility"], doc.id
            paid = Decimal(truth["adjustments"]["payments"])
            carried = Decimal(fields["previous_balance"]) - paid
            assert carried + Decimal(fields["total"]) == Decimal(fields["amount_due"]), doc.id
            assert Fmt.of(doc).money(carried) in flat, doc.id  # the running balance
            assert labels["service_address"] in text and fields["service_address"], doc.id
        if doc.layout.get("summary") == "report":  # the materials applied are no line items
            names = [product[0] for product in doc.extras["products"]]
            assert all(name in text for name in names), doc.id
            assert not any(name in d for name in names for d in described), doc.id
            weekday = r"[A-Z][a-z]{2}, [A-Z][a-z]{2} \d{1,2}, \d{4}"  # "Tue, Mar 3, 2026"
            assert re.fullmatch(weekday, printed["invoice_date"]), doc.id
            served = format_date(doc.extras["service_day"], doc.layout["date"])
            assert served in text and labels["tech_sign"] in text, doc.id
        if doc.layout.get("form") == "cuenta":  # "DEBE A:", the sum in words, the month served
            assert pages == 1 and labels["owes"] in text, doc.id
            assert labels["title_number"].format(number=fields["invoice_number"]) in text
            start, end = (
                date.fromisoformat(fields[key])
                for key in ("service_period_start", "service_period_end")
            )
            assert period_es(start, end) in flat and start.day == 1, doc.id
            assert end < date.fromisoformat(fields["invoice_date"]), doc.id
            owed = Decimal(fields.get("amount_due", fields["total"]))
            assert amount_words_receipt_es(owed, truth["currency"]) in flat, doc.id
            monthly = [item for item in catalog.load("trades")["common_area_cleaning"]["items"]]
            assert described[0] == next(item["es"] for item in monthly if item.get("monthly"))
            assert ("tax" in fields) != (labels["no_tax"] in text), doc.id
            assert ("tax" in fields) == ("subtotal" in fields), doc.id


def test_job_contract_card_department_and_route_layouts_print_the_truth() -> None:
    def new_blocks(layout: dict[str, Any]) -> bool:
        forms = ("job_invoice", "poliza", "postcard", "visits")
        return layout.get("form") in forms or layout.get("receipt") == "dept"

    for doc, pdf, text, pages, truth in rendered(new_blocks, 59, 4, least=5):
        fields, labels, printed = truth["fields"], doc.labels, truth["printed"]
        flat = printing_the_truth(doc, text, truth, items=True)
        fmt = Fmt.of(doc)
        for key in ("due_date", "service_period_start", "service_period_end"):
            if key in fields:
                day = date.fromisoformat(fields[key])
                assert fmt.date(day) in flat or fmt.cell_date(day) in flat, (doc.id, key)
        size = pdfium.PdfDocument(pdf)[0].get_size()
        if doc.layout.get("form") == "job_invoice":  # labor before materials, a deposit off
            parts = [line.part for line in doc.lines]
            assert parts == sorted(parts) and "deposit" in truth["adjustments"], doc.id
            assert labels["parts" if parts[0] else "labor"] in text, doc.id
            assert truth["unit"] is None and 1 <= pages <= 2, doc.id
            assert all(line in flat for line in doc.vendor_lines), doc.id  # in the foot
        if doc.layout.get("form") == "poliza":  # pesos, the month covered, the sum in words
            assert fields["currency"] == "MXN" and fields["vendor_tax_id"] in text, doc.id
            start = date.fromisoformat(fields["service_period_start"])
            issued = date.fromisoformat(fields["invoice_date"])
            assert start == issued.replace(day=1), doc.id
            assert amount_words_es(Decimal(fields["total"]), "MXN") in flat, doc.id
        if doc.layout.get("form") == "postcard":  # a card; its stub repeats the account
            assert size == (612, 396) and truth["utility"], doc.id
            assert text.count(fields["account_number"]) >= 2, doc.id
            assert flat.count(printed["amount_due"]) >= 2, doc.id
            assert all(line in flat for line in doc.remit_lines or []), doc.id
        if doc.layout.get("receipt") == "dept":  # 58 mm, the items under their departments
            assert truth["document_type"] == "receipt" and size[0] < 170, doc.id
            assert all(f"** {line.group} **" in text for line in doc.lines), doc.id
        if doc.layout.get("form") == "visits":  # the month before, each visit on its day
            start, end = (
                date.fromisoformat(fields[key])
                for key in ("service_period_start", "service_period_end")
            )
            assert start.day == 1 and end < date.fromisoformat(fields["invoice_date"]), doc.id
            days = [item["date"] for item in truth["line_items"]]
            assert all(start.isoformat() <= day <= end.isoformat() for day in days), doc.id


def test_repair_order_pr_bill_flooring_iva_ticket_and_monitoring_print_the_truth() -> None:
    def new_blocks(layout: dict[str, Any]) -> bool:
        forms = ("repair_order", "pr_bill", "flooring", "monitoring")
        return layout.get("form") in forms or layout.get("receipt") == "iva_ticket"

    for doc, pdf, text, pages, truth in rendered(new_blocks, 61, 4, least=5):
        fields, labels, printed = truth["fields"], doc.labels, truth["printed"]
        flat = printing_the_truth(doc, text, truth, items=True)
        fmt = Fmt.of(doc)
        for key in ("due_date", "service_period_start", "service_period_end"):
            if key in fields:
                assert fmt.date(date.fromisoformat(fields[key])) in flat, (doc.id, key)
        for key in ("remit_to_address", "service_address", "bill_to_address"):
            if key in fields:  # each printed line of the address
                assert all(part in flat for part in fields[key].split(", ")), (doc.id, key)
        size = pdfium.PdfDocument(pdf)[0].get_size()
        form = doc.layout.get("form")
        if form == "repair_order":  # an apartment's appliance, each part by its number
            assert pages == 1 and truth["unit"] in fields["service_address"], doc.id
            assert all(line.code and line.code in text for line in doc.lines), doc.id
            assert labels["warranty_head"] in text, doc.id
        if form == "pr_bill":  # Spanish, dollars; the stub repeats the account and amount due
            assert truth["utility"] and truth["language"] == "es", doc.id
            assert truth["currency"] == "USD" and text.count(fields["account_number"]) >= 2
            assert flat.count(printed["amount_due"]) >= 2, doc.id
            fixed = [item for item in truth["line_items"] if item["quantity"] is None]
            assert fixed and all(item["unit_price"] is None for item in fixed), doc.id
        if form == "flooring":  # materials first, measured in square yards and feet
            parts = [line.part for line in doc.lines]
            assert parts == sorted(parts, reverse=True) and 1 <= pages <= 2, doc.id
            assert {line.unit for line in doc.lines} & {"SY", "SF"}, doc.id
            if "deposit" in truth["adjustments"]:  # a retainage withheld from the total
                held = Decimal(truth["adjustments"]["deposit"])
                assert Decimal(fields["total"]) - held == Decimal(fields["amount_due"]), doc.id
        if doc.layout.get("receipt") == "iva_ticket":  # IVA inside the prices
            assert truth["document_type"] == "receipt" and "subtotal" not in fields, doc.id
            total = Decimal(fields["total"])
            assert sum(Decimal(item["amount"]) for item in truth["line_items"]) == total
            inside = (total * Decimal("0.16") / Decimal("1.16")).quantize(
                Decimal("0.01"), ROUND_HALF_UP
            )
            assert Decimal(fields["tax"]) == inside and size[0] < 230, doc.id
            assert amount_words_es(total, "MXN") in flat, doc.id
        if form == "monitoring":  # a quarter or a year ahead, months times the monthly rate
            start, end = (
                date.fromisoformat(fields[key])
                for key in ("service_period_start", "service_period_end")
            )
            months = (end.year - start.year) * 12 + end.month - start.month + 1
            assert start.day == 1 and (end + timedelta(days=1)).day == 1 and months in (3, 12)
            assert all(item["quantity"] == str(months) for item in truth["line_items"]), doc.id
            assert fields["remit_to_address"] != fields["vendor_address"], doc.id
            assert fields["currency"] == "USD" and pages == 1, doc.id


def _adds_up(truth: dict[str, Any]) -> None:
    """The money of one ground truth adds up as the contract says."""
    fields, adjustments = truth["fields"], truth["adjustments"]
    money = {key: Decimal(fields[key]) for key in ("subtotal", "tax", "total") if key in fields}
    lines = sum(Decimal(item["amount"]) for item in truth["line_items"])
    assert lines == money.get("subtotal", money["total"]), truth["id"]
    discount = Decimal(adjustments.get("discount", "0"))
    taxed = money.get("subtotal", money["total"]) - discount + money.get("tax", Decimal(0))
    assert taxed == money["total"] or "subtotal" not in money, truth["id"]
    for item in truth["line_items"]:
        if item["quantity"] is not None and item["unit_price"] is not None:
            product = Decimal(item["quantity"]) * Decimal(item["unit_price"])
            assert abs(product - Decimal(item["amount"])) <= Decimal("0.005"), item
    due = Decimal(fields.get("amount_due", fields["total"]))
    if "deposit" in adjustments:
        assert money["total"] - Decimal(adjustments["deposit"]) == due, truth["id"]
    if "previous_balance" in fields:
        carried = Decimal(fields["previous_balance"]) - Decimal(adjustments["payments"])
        assert carried + money["total"] == due, truth["id"]


def _prints_parties_and_dates(doc: Any, truth: dict[str, Any], flat: str) -> None:
    """Every line of each address, the names, phone, e-mail and terms, and the due date and
    period (in the document's style or its table cells' one) are in the flat text."""
    fields, fmt = truth["fields"], Fmt.of(doc)
    for key in ("vendor_address", "remit_to_address", "service_address", "bill_to_address"):
        if key in fields:  # each printed line of the address
            assert all(part in flat for part in fields[key].split(", ")), (doc.id, key)
    for key in ("customer_name", "vendor_phone", "vendor_email", "payment_terms"):
        if key in fields:
            assert fields[key] in flat, (doc.id, key)
    for key in ("due_date", "service_period_start", "service_period_end"):
        if key in fields:
            day = date.fromisoformat(fields[key])
            assert fmt.date(day) in flat or fmt.cell_date(day) in flat, (doc.id, key)


def test_factura_meter_bill_till_slip_remision_and_online_invoice_print_the_truth() -> None:
    def new_blocks(layout: dict[str, Any]) -> bool:
        forms = ("service_factura", "meter_bill", "online_invoice")
        return layout.get("form") in forms or layout.get("receipt") in ("till_slip", "remision")

    seen: dict[str, set[int]] = defaultdict(set)
    for doc, pdf, text, pages, truth in rendered(new_blocks, 67, 6, least=5):
        fields, labels, printed = truth["fields"], doc.labels, truth["printed"]
        flat = printing_the_truth(doc, text, truth, items=True)
        fmt = Fmt.of(doc)
        _adds_up(truth)
        _prints_parties_and_dates(doc, truth, flat)
        size = pdfium.PdfDocument(pdf)[0].get_size()
        layout = doc.layout
        seen[layout["id"]].add(pages)
        if layout.get("form") == "service_factura":  # the date in words once, numbers after
            issued = date.fromisoformat(fields["invoice_date"])
            assert printed["invoice_date"] == format_date(issued, "long_es_del"), doc.id
            place = labels["issued"].format(place=doc.extras["place"], date=printed["invoice_date"])
            assert place in flat and 1 <= pages <= 2, doc.id
            if "due_date" in fields:
                due = date.fromisoformat(fields["due_date"])
                assert format_date(due, "dmy_slash") in flat, doc.id
            assert fields["currency"] == truth["currency"] and "tax" in fields, doc.id
            assert flat.count(fmt.amount(Decimal(fields["tax"]))) >= 2, doc.id  # the tax box
            assert amount_words_es(Decimal(fields["total"]), truth["currency"]) in flat, doc.id
            assert all(line.unit and line.unit in flat for line in doc.lines), doc.id
        if layout.get("form") == "meter_bill":  # its meters; the stub repeats account and amount
            assert truth["utility"] and truth["language"] == "en" and 1 <= pages <= 2, doc.id
            assert text.count(fields["account_number"]) >= 2, doc.id
            assert flat.count(printed["amount_due"]) >= 2, doc.id
            assert all(meter["serial"] in text for meter in doc.extras["meters"]), doc.id
            fixed = [item for item in truth["line_items"] if item["quantity"] is None]
            assert fixed and all(item["unit_price"] is None for item in fixed), doc.id
            accounts = [line.gl for line in doc.lines]  # each section's lines together
            assert accounts == sorted(accounts), doc.id
        if layout.get("receipt") == "till_slip":  # narrow; each item's UPC; counts over one
            assert truth["document_type"] == "receipt" and size[0] < 230 and pages == 1
            assert f"{labels['receipt_number']} {fields['invoice_number']}" in flat, doc.id
            assert all(line.code and line.code in text for line in doc.lines), doc.id
            for item in truth["line_items"]:
                if item["quantity"] is not None:
                    counted = f"{item['quantity']} @ {fmt.rate(Decimal(item['unit_price']))}"
                    assert counted in flat, doc.id
        if layout.get("receipt") == "remision":  # a half-letter pad sheet, the sum in words
            assert truth["document_type"] == "receipt" and size == (396, 612), doc.id
            assert truth["language"] == "es" and pages == 1, doc.id
            words = amount_words_receipt_es(Decimal(fields["total"]), truth["currency"])
            assert words in flat, doc.id
        if layout.get("form") == "online_invoice":  # the amount due on the banner and every foot
            assert fields["currency"] == "USD" and "amount_due" in fields, doc.id
            assert flat.count(printed["amount_due"]) >= pages + 2, doc.id
            assert all(labels["page"].format(n=n, m=pages) in flat for n in range(1, pages + 1))
            for item in truth["line_items"]:
                price = fmt.rate(Decimal(item["unit_price"]))
                assert f"{fmt.quantity(Decimal(item['quantity']))} × ${price}" in flat, doc.id
    assert any(2 in pages for pages in seen.values()), seen  # long lists run onto more pages


DESK_FORMS = ("pinfeed", "post_hours", "estimacion", "gas_mx")


def _desk_layout(layout: dict[str, Any]) -> bool:
    """The layouts added with H106-H110."""
    return layout.get("form") in DESK_FORMS or layout.get("receipt") == "web_order"


def rendered_whole(
    uses: Callable[[dict[str, Any]], bool], seed: int
) -> Iterator[tuple[Any, bytes, str, int, dict[str, Any], str]]:
    """`rendered` for six documents of each of a batch's five layouts, each checked to add
    up and to print its truth, items, parties and dates; with its text on one line."""
    for doc, pdf, text, pages, truth in rendered(uses, seed, 6, least=5):
        _adds_up(truth)
        flat = printing_the_truth(doc, text, truth, items=True)
        _prints_parties_and_dates(doc, truth, flat)
        yield doc, pdf, text, pages, truth, flat


def test_pinfeed_post_hours_web_order_estimate_and_gas_bill_print_the_truth() -> None:
    seen: dict[str, set[int]] = defaultdict(set)
    for doc, pdf, text, pages, truth, flat in rendered_whole(_desk_layout, 71):
        fields, labels, printed, fmt = truth["fields"], doc.labels, truth["printed"], Fmt.of(doc)
        issued = date.fromisoformat(fields["invoice_date"])
        size = pdfium.PdfDocument(pdf)[0].get_size()
        layout = doc.layout
        seen[layout["id"]].add(pages)
        if layout.get("form") == "pinfeed":  # the whole form on every sheet, totals on the last
            assert size == (684, 792) and truth["language"] == "en" and 1 <= pages <= 3, doc.id
            assert flat.count(fields["account_number"]) == pages, doc.id
            assert flat.count(labels["continued"]) == pages - 1, doc.id
            assert all(line.code and line.code in text for line in doc.lines), doc.id
            described = [item["description"] for item in truth["line_items"]]
            assert all(d == d.upper() for d in described), doc.id
            assert re.fullmatch(r"\d\d-[A-Z]{3}-\d\d", printed["invoice_date"]), doc.id
        if layout.get("form") == "post_hours":  # whole weeks, Sunday to Saturday, before it
            start = date.fromisoformat(fields["service_period_start"])
            end = date.fromisoformat(fields["service_period_end"])
            assert size == (792, 612) and pages == 1, doc.id
            assert start.weekday() == 6 and (end - start).days in (6, 13) and end < issued
            for line, hours in zip(doc.lines, doc.extras["grid"], strict=True):
                assert line.quantity == sum(hours) and len(hours) == (end - start).days + 1
            said = f"{fmt.date(start)}{labels['period_sep']}{fmt.date(end)}"
            assert said in flat and fields["account_number"] in text, doc.id
        if layout.get("receipt") == "web_order":  # a browser's print of a paid web order
            assert truth["document_type"] == "receipt" and size == (612, 792), doc.id
            assert all(f"{n}/{pages}" in flat for n in range(1, pages + 1)), doc.id
            assert truth["property_code"] and "tax" in fields and "amount_due" not in fields
            assert f"{labels['receipt_number']} {fields['invoice_number']}" in flat, doc.id
            assert doc.extras["printed_on"] >= issued and labels["free"] in text, doc.id
            for item in truth["line_items"]:
                price = fmt.money(Decimal(item["unit_price"]))
                assert f"{labels['quantity']} {item['quantity']}" in flat, doc.id
                assert f"{price} {labels['each']}" in flat, doc.id
        if layout.get("form") == "estimacion":  # an oficio sheet; the advance amortized
            assert size == (612, 936) and truth["language"] == "es" and pages <= 2, doc.id
            assert truth["currency"] == "MXN" and fields["vendor_tax_id"] in text, doc.id
            share = doc.extras["advance_share"]
            total, held = Decimal(fields["total"]), Decimal(truth["adjustments"]["deposit"])
            assert held == (total * share).quantize(Decimal("0.01"), ROUND_HALF_UP), doc.id
            for line, (contracted, before) in zip(doc.lines, doc.extras["progress"], strict=True):
                assert line.quantity and before + line.quantity <= contracted, doc.id
                assert line.code and line.code in text, doc.id
            assert doc.extras["contract"] in text, doc.id  # the contract: not in the truth
            assert doc.extras["contract"] not in fields.values(), doc.id
        if layout.get("form") == "gas_mx":  # gigajoules; the amount due framed, in the tab, paid
            assert truth["utility"] and truth["language"] == "es" and pages == 1, doc.id
            assert truth["currency"] == "MXN" and text.count(fields["account_number"]) >= 2
            assert flat.count(printed["amount_due"]) >= 3, doc.id
            energy = doc.extras["energy"]
            metered = [line for line in doc.lines if line.quantity is not None]
            assert metered and all(line.quantity == energy for line in metered), doc.id
            fixed = [item for item in truth["line_items"] if item["quantity"] is None]
            assert fixed and all(item["unit_price"] is None for item in fixed), doc.id
    assert len(seen) == 5 and any(2 in pages for pages in seen.values()), seen


def test_a_web_order_printed_on_letter_paper_is_scanned_as_a_page(tmp_path: Path) -> None:
    paths = generate(tmp_path, seed=73, count=2, renders=["digital", "scan"], layouts=["H108"])
    for path in paths:
        truth = json.loads(path.read_text(encoding="utf-8"))
        scan = tmp_path / truth["renders"]["scan"]
        assert truth["document_type"] == "receipt" and scan.exists(), truth["id"]


ROUTE_FORMS = ("hauler", "sidebar_pr", "word_invoice", "service_ticket")


def _route_layout(layout: dict[str, Any]) -> bool:
    """The layouts added with H111-H115."""
    return layout.get("form") in ROUTE_FORMS or layout.get("receipt") == "half_sheet"


def test_hauler_sidebar_half_sheet_word_invoice_and_service_ticket_print_the_truth() -> None:
    by_layout: dict[str, set[int]] = defaultdict(set)
    for doc, pdf, text, pages, truth, flat in rendered_whole(_route_layout, 79):
        layout, fields, labels = doc.layout, truth["fields"], doc.labels
        printed, size = truth["printed"], pdfium.PdfDocument(pdf)[0].get_size()
        by_layout[layout["id"]].add(pages)
        if layout.get("form") == "hauler":  # the account and amount owed again on the stub
            assert truth["utility"] and truth["language"] == "en" and pages == 1, doc.id
            assert size == (612, 792) and flat.count(fields["account_number"]) >= 2, doc.id
            assert flat.count(printed["amount_due"]) >= 2 and "remit_to_address" in fields
            assert labels["schedule"].upper() in text and "previous_balance" in fields, doc.id
            assert all(item["quantity"] and item["unit_price"] for item in truth["line_items"])
        if layout.get("form") == "sidebar_pr":  # Puerto Rico: dollars, IVU, a merchant number
            assert truth["language"] == "es" and truth["currency"] == "USD", doc.id
            assert fields["vendor_tax_id"] in text and 1 <= pages <= 3, doc.id
            assert ("tax" not in fields) or "IVU" in labels["tax"], doc.id
            assert labels["page"].format(n=pages, m=pages) in flat, doc.id
            assert (labels["continued"] in flat) == (pages > 1), doc.id
        if layout.get("receipt") == "half_sheet":  # a half sheet, landscape, stamped paid
            assert truth["document_type"] == "receipt" and size == (612, 396), doc.id
            assert pages == 1 and "amount_due" not in fields and "due_date" not in fields
            assert labels["paid"] in text and all(line.code in text for line in doc.lines)
            assert all(item["quantity"] and item["unit_price"] for item in truth["line_items"])
        if layout.get("form") == "word_invoice":  # typed lines; the totals inside the table
            assert truth["language"] == "es" and truth["currency"] == "USD", doc.id
            said = f"{labels['invoice_number']}: {fields['invoice_number']}"
            assert said in flat and size == (612, 792) and 1 <= pages <= 3, doc.id
            assert labels["payable"].format(name=fields["vendor_name"]) in flat, doc.id
            assert labels["page"].format(n=pages, m=pages) in flat, doc.id
        if layout.get("form") == "service_ticket":  # a half-letter pad, one ticket
            assert truth["language"] == "en" and size == (396, 612) and pages == 1, doc.id
            assert " ".join(labels["copies"].split()) in flat, doc.id
            assert all(item["quantity"] and item["unit_price"] for item in truth["line_items"])
    assert len(by_layout) == 5 and any(2 in pages for pages in by_layout.values()), by_layout


@pytest.mark.parametrize(
    "first, seed",
    [
        (111, 83),
        (116, 97),
        (121, 101),
        (126, 109),
        (136, 139),
        (141, 149),
        (146, 157),
        (151, 163),
        (156, 167),
        (161, 173),
        (166, 179),
    ],
)
def test_the_layouts_added_with_a_batch_are_scanned_and_photographed(
    tmp_path: Path, first: int, seed: int
) -> None:
    ids = [f"H{n}" for n in range(first, first + 5)]
    paths = generate(tmp_path, seed=seed, count=15, renders=RENDERS_ALL, layouts=ids)
    truths = [json.loads(path.read_text(encoding="utf-8")) for path in paths]
    assert {truth["layout"] for truth in truths} == set(ids)
    for truth in truths:
        for render in ("digital", "scan"):
            assert (tmp_path / truth["renders"][render]).exists(), truth["id"]
    assert any("photo" in truth["renders"] for truth in truths)


TALLY_FORMS = ("demand_bill", "staff_hours", "extinguisher")


def _tally_layout(layout: dict[str, Any]) -> bool:
    """The layouts added with H116-H120."""
    return layout.get("form") in TALLY_FORMS or layout.get("receipt") in (
        "ivu_ticket",
        "paint_desk",
    )


def test_demand_bill_ivu_ticket_staff_hours_extinguishers_and_paint_desk_print_the_truth() -> None:
    by_layout: dict[str, set[int]] = defaultdict(set)
    for doc, pdf, text, pages, truth, flat in rendered_whole(_tally_layout, 89):
        layout, fields, labels, fmt = doc.layout, truth["fields"], doc.labels, Fmt.of(doc)
        printed, size = truth["printed"], pdfium.PdfDocument(pdf)[0].get_size()
        items, form = truth["line_items"], layout.get("form")
        by_layout[layout["id"]].add(pages)
        if form == "demand_bill":  # each meter's reads; the stub repeats account and amount
            meters = doc.extras["meters"]
            assert truth["utility"] and truth["language"] == "en", doc.id
            assert pages == (1 if len(meters) == 1 else 2) and size == (612, 792), doc.id
            assert flat.count(fields["account_number"]) >= 2 + (pages - 1), doc.id
            assert flat.count(printed["amount_due"]) >= 2 and "previous_balance" in fields
            assert all(meter["serial"] in text for meter in meters), doc.id
            fixed = [item for item in items if item["quantity"] is None]
            assert len(fixed) == len(meters) and all(i["unit_price"] is None for i in fixed)
            demand = [line.quantity for line in doc.lines if line.unit == "kW"]
            assert set(demand) == {meter["kw"] for meter in meters}, doc.id
        if layout.get("receipt") == "ivu_ticket":  # Puerto Rico: state and municipal IVU
            assert truth["document_type"] == "receipt" and truth["language"] == "es", doc.id
            assert truth["currency"] == "USD" and size[0] < 230 and pages == 1, doc.id
            subtotal = Decimal(fields["subtotal"])
            state = (subtotal * Decimal("0.105")).quantize(Decimal("0.01"), ROUND_HALF_UP)
            city = (subtotal * Decimal("0.01")).quantize(Decimal("0.01"), ROUND_HALF_UP)
            assert Decimal(fields["tax"]) == state + city, doc.id
            assert f"{labels['state_tax'].format(rate='10.5%')} {fmt.amount(state)}" in flat
            assert f"{labels['city_tax'].format(rate='1%')} {fmt.amount(city)}" in flat
            assert doc.extras["control"] in text and fields["vendor_tax_id"] in text, doc.id
            for item in items:
                price = fmt.rate(Decimal(item["unit_price"]))
                assert f"{item['quantity']} x {price}" in flat, doc.id
        if form == "staff_hours":  # whole weeks, Sunday to Saturday, before the invoice
            assert truth["language"] == "es" and truth["currency"] == "USD", doc.id
            start = date.fromisoformat(fields["service_period_start"])
            end = date.fromisoformat(fields["service_period_end"])
            assert start.weekday() == 6 and (end - start).days + 1 in (7, 14, 28), doc.id
            assert end < date.fromisoformat(fields["invoice_date"]) and 1 <= pages <= 3
            assert all(line.group and line.group in flat for line in doc.lines), doc.id
            if "tax" in fields:  # services between merchants: 4 %
                four = Decimal(fields["subtotal"]) * Decimal("0.04")
                assert Decimal(fields["tax"]) == four.quantize(Decimal("0.01"), ROUND_HALF_UP)
                assert "IVU" in labels["tax"] and "4%" in flat, doc.id
            assert labels["page"].format(n=pages, m=pages) in flat, doc.id
        if form == "extinguisher":  # every unit by its tag; the lights building by building
            assert truth["language"] == "en" and 1 <= pages <= 3, doc.id
            tags = {line.code for line in doc.lines if line.code}
            assert tags and all(tag in text for tag in tags), doc.id
            assert all(item["quantity"] and item["unit_price"] for item in items), doc.id
            assert labels["page"].format(n=pages, m=pages) in flat, doc.id
            assert " ".join(labels["statement"].split()[:6]) in flat, doc.id
            assert doc.extras["license"] in text and doc.extras["license"] not in fields.values()
        if layout.get("receipt") == "paint_desk":  # 3 in; the tint's formula is no item's
            assert truth["document_type"] == "receipt" and size[0] < 220, doc.id
            assert pages == 1 and "amount_due" not in fields, doc.id
            for item in items:
                assert (item["quantity"] is None) == (item["unit_price"] is None), doc.id
            for color, code, _, formula in doc.extras["tints"].values():
                assert f"{color} {code}" in flat and " ".join(formula.split()) in flat, doc.id
                assert not any(color in item["description"] for item in items), doc.id
    assert len(by_layout) == 5 and any(2 in pages for pages in by_layout.values()), by_layout


UPKEEP_FORMS = ("visit_log", "building_factura", "lift_quarter", "cfdi_plagas")


def _upkeep_layout(layout: dict[str, Any]) -> bool:
    """The layouts added with H121-H125."""
    return layout.get("form") in UPKEEP_FORMS or layout.get("receipt") == "stock_work_order"


def _half_up(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"), ROUND_HALF_UP)


def test_visit_log_factura_lift_quarter_cfdi_and_work_order_print_the_truth() -> None:
    by_layout: dict[str, set[int]] = defaultdict(set)
    for doc, pdf, text, pages, truth, flat in rendered_whole(_upkeep_layout, 107):
        layout, fields, labels, fmt = doc.layout, truth["fields"], doc.labels, Fmt.of(doc)
        printed, size = truth["printed"], pdfium.PdfDocument(pdf)[0].get_size()
        items, form, ex = truth["line_items"], layout.get("form"), doc.extras
        issued = date.fromisoformat(fields["invoice_date"])
        by_layout[layout["id"]].add(pages)
        if form in UPKEEP_FORMS:
            assert labels["page"].format(n=pages, m=pages) in flat, doc.id
        if form == "visit_log":  # the month before, visit by visit; a stub repeats the balance
            start = date.fromisoformat(fields["service_period_start"])
            end = date.fromisoformat(fields["service_period_end"])
            assert start.day == 1 and end < issued and (end + timedelta(days=1)).day == 1
            assert all(start.isoformat() <= item["date"] <= end.isoformat() for item in items)
            for day in {date.fromisoformat(item["date"]) for item in items}:
                assert format_date(day, "mdy_2") in flat, doc.id  # on the visit's band
            assert flat.count(printed["amount_due"]) >= 2 and "remit_to_address" in fields
            assert flat.count(fields["account_number"]) >= 2 and size == (612, 792), doc.id
            for line, crew in zip(doc.lines, ex["crews"], strict=True):  # crew times hours
                assert crew is None or line.quantity == crew[0] * crew[1], doc.id
            assert ex["agreement"] in text and ex["agreement"] not in fields.values()
        if form == "building_factura":  # Puerto Rico: dollars, the month's fee first, IVU 4 %
            assert truth["language"] == "es" and truth["currency"] == "USD", doc.id
            assert Decimal(fields["tax"]) == _half_up(Decimal(fields["subtotal"]) * 4 / 100)
            start = date.fromisoformat(fields["service_period_start"])
            assert start == issued.replace(day=1) and "4%" in flat, doc.id
            assert items[0]["quantity"] == "1" and start.strftime("%Y") in items[0]["description"]
            assert re.fullmatch(r"[a-z]+ \d{1,2}, \d{4}", printed["invoice_date"]), doc.id
            assert ex["contract"] in text and ex["contract"] not in fields.values(), doc.id
            assert (labels["carried"] in flat) == (pages > 1), doc.id
        if form == "lift_quarter":  # landscape; the quarter ahead, three months a car
            start = date.fromisoformat(fields["service_period_start"])
            end = date.fromisoformat(fields["service_period_end"])
            assert start.day == 1 and start.month % 3 == 1 and 89 <= (end - start).days <= 91
            assert start <= issued + timedelta(days=30) <= end and size == (792, 612), doc.id
            monthly = [line for line in doc.lines if line.unit == "mo"]
            assert monthly and all(line.quantity == 3 for line in monthly), doc.id
            for first, last in ex["cover"]:
                assert fmt.date(first) in flat and fmt.date(last) in flat, doc.id
            assert re.fullmatch(r"\d\d-[A-Z]{3}-\d{4}", printed["invoice_date"]), doc.id
            assert labels["previous_balance"] in text and labels["payments"] in text, doc.id
            assert fields["currency"] == "USD" and ex["contract"] not in fields.values()
        if form == "cfdi_plagas":  # pesos; each concept taxed; the certificate on most
            assert fields["currency"] == "MXN" and fields["vendor_tax_id"] in text, doc.id
            taxes = sum(_half_up(Decimal(item["amount"]) * Decimal("0.16")) for item in items)
            assert Decimal(fields["tax"]) == taxes and "amount_due" not in fields, doc.id
            assert amount_words_es(Decimal(fields["total"]), "MXN") in flat, doc.id
            assert ex["uuid"] in text and ex["uuid"] not in fields.values(), doc.id
            assert (labels["cert_title"] in text) == bool(ex.get("certificate_page")), doc.id
        if layout.get("receipt") == "stock_work_order":  # a pad sheet; tax on parts only
            assert truth["document_type"] == "receipt" and size == (612, 504), doc.id
            assert pages == 1 and fields["vendor_name"] == fields["vendor_name"].upper()
            parts = sum((line.amount for line in doc.lines if line.part), Decimal(0))
            taxed = _half_up(parts * ex["tax_rate"])
            assert Decimal(fields.get("tax", "0")) == taxed, doc.id
            paid = Decimal(truth["adjustments"]["deposit"])
            assert not printed["deposit"].startswith("-") and paid > 0, doc.id
            assert Decimal(fields["amount_due"]) <= Decimal(fields["total"]) * 3 / 10, doc.id
            assert all(item["description"] == item["description"].upper() for item in items)
    assert len(by_layout) == 5 and any(2 in pages for pages in by_layout.values()), by_layout


PREMISES_FORMS = ("pay_app", "pool_books", "packing_invoice", "trifold_water")


def _premises_layout(layout: dict[str, Any]) -> bool:
    """The layouts added with H126-H130."""
    return layout.get("form") in PREMISES_FORMS or layout.get("receipt") == "nota_venta"


def test_pay_app_pool_books_packing_list_water_trifold_and_nota_print_the_truth() -> None:
    by_layout: dict[str, set[int]] = defaultdict(set)
    for doc, pdf, text, pages, truth, flat in rendered_whole(_premises_layout, 113):
        layout, fields, labels, fmt = doc.layout, truth["fields"], doc.labels, Fmt.of(doc)
        printed, size = truth["printed"], pdfium.PdfDocument(pdf)[0].get_size()
        items, form, ex = truth["line_items"], layout.get("form"), doc.extras
        adjustments = truth["adjustments"]
        by_layout[layout["id"]].add(pages)
        if form in PREMISES_FORMS:
            assert labels["page"].format(n=pages, m=pages) in flat or pages == 1, doc.id
        if form == "pay_app":  # each row bills its work of the period; retainage held back
            assert size == (612, 792) and 1 <= pages <= 3 and truth["language"] == "en"
            for item, (value, before, to_date, percent) in zip(items, ex["sov"], strict=True):
                assert Decimal(item["amount"]) == to_date - before and to_date <= value
                assert item["quantity"] is None and item["unit_price"] is None, doc.id
                assert percent == 0 or fmt.amount(to_date) in flat, doc.id
            held = Decimal(adjustments["deposit"])
            rate = ex["retain"]
            this = Decimal(fields["total"])
            assert abs(held - this * rate) <= Decimal("0.01") * len(items), doc.id
            assert not printed["deposit"].startswith("-") and "subtotal" not in fields
            assert flat.count(printed["amount_due"]) >= 2, doc.id  # the summary's line 8
            assert re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d\d", printed["invoice_date"]), doc.id
            assert ex["contract"] in text and ex["contract"] not in fields.values(), doc.id
            assert "service_period_end" in fields and (labels["continued"] in flat) == (pages > 1)
        if form == "pool_books":  # Puerto Rico: IVU on goods and on services, each its base
            assert truth["language"] == "es" and truth["currency"] == "USD", doc.id
            goods = sum((line.amount for line in doc.lines if line.part), Decimal(0))
            services = Decimal(fields["subtotal"]) - goods
            taxed = _half_up(goods * Decimal("0.115")) + _half_up(services * Decimal("0.04"))
            assert Decimal(fields["tax"]) == taxed and "11.5%" in flat, doc.id
            start = date.fromisoformat(fields["service_period_start"])
            end = date.fromisoformat(fields["service_period_end"])
            assert start.day == 1 and end < date.fromisoformat(fields["invoice_date"]), doc.id
            assert all(start.isoformat() <= item["date"] <= end.isoformat() for item in items)
            names = {line.name for line in doc.lines}
            assert all(name and name in flat for name in names), doc.id
            assert not any(name in item["description"] for name in names for item in items)
            assert re.fullmatch(r"\d\d [a-z]{3} \d{4}", printed["invoice_date"]), doc.id
            assert "amount_due" in fields and fields["account_number"] in text, doc.id
        if form == "packing_invoice":  # the whole head on every sheet, capitals, back orders
            assert size == (792, 612) and 1 <= pages <= 3, doc.id
            assert flat.count(fields["account_number"]) >= pages, doc.id
            assert flat.count(labels["continued"]) == pages - 1, doc.id
            assert fields["customer_name"] == fields["customer_name"].upper(), doc.id
            assert all(line.code and line.code in text for line in doc.lines), doc.id
            for item, ordered in zip(items, ex["ordered"], strict=True):
                assert Decimal(item["quantity"]) <= ordered, doc.id
            assert re.fullmatch(r"\d{1,2}/\d\d/\d\d", printed["invoice_date"]), doc.id
        if form == "trifold_water":  # one narrow sheet; the stub repeats account and amount
            assert truth["utility"] and pages == 1 and size == (306, 1008), doc.id
            assert flat.count(fields["account_number"]) >= 2, doc.id
            assert flat.count(printed["amount_due"]) >= 2 and "previous_balance" in fields
            assert fields["service_address"] == fields["service_address"].upper(), doc.id
            metered = [line for line in doc.lines if line.gl == "6410" and line.quantity]
            used = sum((line.quantity or Decimal(0) for line in metered), Decimal(0))
            assert used == ex["used"] and all(line.unit == "kgal" for line in metered), doc.id
            assert "subtotal" not in fields and ex["meter"] not in fields.values(), doc.id
            assert re.fullmatch(r"[A-Z]{3} \d{1,2}, \d{4}", printed["invoice_date"]), doc.id
        if layout.get("receipt") == "nota_venta":  # a pad sheet: no tax, on account, balance
            assert truth["document_type"] == "receipt" and size == (306, 396), doc.id
            assert pages == 1 and truth["language"] == "es", doc.id
            assert "tax" not in fields and "subtotal" not in fields, doc.id
            assert fields["vendor_name"] == fields["vendor_name"].upper(), doc.id
            assert re.fullmatch(r"\d{1,2}/[IVX]+/\d\d", printed["invoice_date"]), doc.id
            if "deposit" in adjustments:
                assert not printed["deposit"].startswith("-"), doc.id
            assert all(item["quantity"] and item["unit_price"] for item in items), doc.id
            assert (truth["property_code"] is None) == ("service_address" not in fields)
    assert len(by_layout) == 5 and any(2 in pages for pages in by_layout.values()), by_layout


ROUNDS_FORMS = ("carpet_tickets", "trash_month", "pest_statement", "hvac_contract")


def _rounds_layout(layout: dict[str, Any]) -> bool:
    """The layouts added with H131-H135."""
    return layout.get("form") in ROUNDS_FORMS or layout.get("receipt") == "vivero_ticket"


def test_tickets_trash_bill_garden_ticket_statement_and_contract_print_the_truth() -> None:
    by_layout: dict[str, set[int]] = defaultdict(set)
    for doc, pdf, text, pages, truth, flat in rendered_whole(_rounds_layout, 131):
        layout, fields, labels = doc.layout, truth["fields"], doc.labels
        printed, size = truth["printed"], pdfium.PdfDocument(pdf)[0].get_size()
        items, form, ex = truth["line_items"], layout.get("form"), doc.extras
        by_layout[layout["id"]].add(pages)
        if form == "carpet_tickets":  # the details' column on every page, a ticket per line
            assert size == (612, 792) and 1 <= pages <= 3 and truth["language"] == "en"
            assert flat.count(fields["invoice_number"]) >= pages, doc.id
            assert flat.count(printed["amount_due"]) >= pages + 1, doc.id
            assert flat.count(labels["continued"]) == pages - 1, doc.id
            assert labels["page"].format(n=pages, m=pages) in flat, doc.id
            assert all(item["date"] <= fields["invoice_date"] for item in items), doc.id
            assert all(ticket in text for ticket in ex["tickets"][: len(items)]), doc.id
            assert re.fullmatch(r"[A-Z][a-z]{2} \d\d, \d{4}", printed["invoice_date"]), doc.id
        if form == "trash_month":  # one page: the stub repeats account, due date and amount
            assert truth["utility"] and pages == 1 and truth["language"] == "es", doc.id
            assert flat.count(fields["account_number"]) >= 2, doc.id
            assert flat.count(printed["amount_due"]) >= 3 and "previous_balance" in fields
            assert "subtotal" not in fields and set(truth["gl_accounts"]) == {"6450"}, doc.id
            start = date.fromisoformat(fields["service_period_start"])
            end = date.fromisoformat(fields["service_period_end"])
            assert all(start <= day <= end for day in ex["pickups"]), doc.id
            assert ex["route"] in text and ex["route"] not in fields.values(), doc.id
            assert re.fullmatch(r"\d\d-[a-z]{3}-\d{4}", printed["invoice_date"]), doc.id
        if layout.get("receipt") == "vivero_ticket":  # 80 mm: the region's tax on the sum
            assert truth["document_type"] == "receipt" and pages == 1 and size[0] == 226
            assert truth["language"] == "es" and truth["property_code"] is None, doc.id
            region = "pr" if "IVU" in labels["tax"] else "tx"  # Puerto Rico's IVU, else Texas
            rate = Decimal(catalog.load("regions")[region]["tax_rate"])
            assert Decimal(fields["tax"]) == _half_up(Decimal(fields["subtotal"]) * rate)
            assert fields["vendor_name"] == fields["vendor_name"].upper(), doc.id
            assert all(item["quantity"] and item["unit_price"] for item in items), doc.id
            assert set(truth["gl_accounts"]) == {"6310"}, doc.id
            assert re.fullmatch(r"\d\d/\d\d/\d\d", printed["invoice_date"]), doc.id
        if form == "pest_statement":  # aging adds up to the balance; the stub at the foot
            assert pages == 1 and truth["language"] == "en" and "previous_balance" in fields
            due = Decimal(fields["amount_due"])
            assert sum(ex["aging"].values(), Decimal(0)) == due, doc.id
            assert ex["aging"]["current"] == Decimal(fields["total"]), doc.id
            assert flat.count(fields["account_number"]) >= 2, doc.id
            assert flat.count(fields["invoice_number"]) >= 2, doc.id
            assert flat.count(printed["amount_due"]) >= 3, doc.id
            assert (labels["remit_to"] in flat) == ("remit_to_address" in fields), doc.id
            assert all("date" in item for item in items), doc.id
            assert re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}", printed["invoice_date"]), doc.id
        if form == "hvac_contract":  # the quarter's fee per covered unit, the units listed
            assert pages == 1 and truth["language"] == "es", doc.id
            assert Decimal(items[0]["quantity"]) == len(ex["equipment"]), doc.id
            assert all(unit[0] in text and unit[5] in text for unit in ex["equipment"])
            start = date.fromisoformat(fields["service_period_start"])
            end = date.fromisoformat(fields["service_period_end"])
            assert start.day == 1 and start.month % 3 == 1 and (end - start).days > 88
            assert start <= date.fromisoformat(fields["invoice_date"]) <= end, doc.id
            assert amount_words_es(Decimal(fields["total"]), truth["currency"]) in flat
            assert ex["contract"] in text and ex["contract"] not in fields.values(), doc.id
            assert re.fullmatch(r"\d{1,2} [a-z]{3}\. \d{4}", printed["invoice_date"]), doc.id
    assert len(by_layout) == 5 and max(by_layout["H131"]) > 1, by_layout


BLIND6_FORMS = ("advice_invoice", "power_bimonthly", "unit_turns", "garden_pad")


def _blind6_layout(layout: dict[str, Any]) -> bool:
    """The layouts added with H136-H140."""
    return layout.get("form") in BLIND6_FORMS or layout.get("receipt") == "pool_route"


def test_advice_invoice_power_bill_pool_receipt_unit_turns_and_garden_pad_print_the_truth() -> None:
    by_layout: dict[str, set[int]] = defaultdict(set)
    for doc, pdf, text, pages, truth, flat in rendered_whole(_blind6_layout, 137):
        layout, fields, labels = doc.layout, truth["fields"], doc.labels
        printed, size = truth["printed"], pdfium.PdfDocument(pdf)[0].get_size()
        items, form, ex = truth["line_items"], layout.get("form"), doc.extras
        by_layout[layout["id"]].add(pages)
        taxed = [
            line.amount for line, on in zip(doc.lines, ex.get("taxed", []), strict=False) if on
        ]
        if form == "advice_invoice":  # a rate on every line, dollars in the labels, the advice
            assert size == (612, 792) and 1 <= pages <= 3 and truth["language"] == "en"
            assert fields["currency"] == "USD" and "USD" in labels["total"], doc.id
            assert flat.count(printed["amount_due"]) >= 2, doc.id  # the totals and the advice
            assert flat.count(fields["invoice_number"]) >= 2, doc.id
            assert flat.count(labels["continued"]) == pages - 1, doc.id
            assert labels["page"].format(n=pages, m=pages) in flat, doc.id
            if "tax" in fields:
                rate = doc.extras["line_rate"]
                assert Decimal(fields["tax"]) == _half_up(sum(taxed, Decimal(0)) * rate), doc.id
            assert re.fullmatch(r"\d{1,2} [A-Z][a-z]{2} \d{4}", printed["invoice_date"]), doc.id
        if form == "power_bimonthly":  # two months, three blocks of energy, the stub
            assert truth["utility"] and pages == 1 and truth["language"] == "es", doc.id
            assert truth["currency"] == "MXN" and "bill_to_address" not in fields, doc.id
            start = date.fromisoformat(fields["service_period_start"])
            end = date.fromisoformat(fields["service_period_end"])
            assert 58 <= (end - start).days <= 63, doc.id
            assert flat.count(fields["account_number"]) >= 2, doc.id
            assert flat.count(printed["amount_due"]) >= 3 and "previous_balance" in fields
            assert fields["service_address"] == fields["service_address"].upper(), doc.id
            used = sum(Decimal(item["quantity"] or 0) for item in items)
            assert used == ex["reads"][2], doc.id
            assert Decimal(fields["tax"]) == _half_up(Decimal(fields["subtotal"]) * 16 / 100)
            assert ex["reference"] in text and ex["reference"] not in fields.values(), doc.id
            assert re.fullmatch(r"\d\d [A-Z]{3} \d\d", printed["invoice_date"]), doc.id
        if layout.get("receipt") == "pool_route":  # a 4 in roll; the tax on chemicals only
            assert truth["document_type"] == "receipt" and pages == 1 and size[0] == 288
            assert truth["language"] == "en" and truth["property_code"] is not None, doc.id
            rate = ex["tax_rate"]
            assert rate in (Decimal("0.0825"), Decimal("0.07")), doc.id
            assert Decimal(fields["tax"]) == _half_up(sum(taxed, Decimal(0)) * rate), doc.id
            assert all(item["quantity"] and item["unit_price"] for item in items), doc.id
            assert re.fullmatch(
                r"[A-Z][a-z]+day, [A-Z][a-z]+ \d{1,2}, \d{4}", printed["invoice_date"]
            )
        if form == "unit_turns":  # each apartment under its heading, closed by its own total
            assert truth["language"] == "es" and 1 <= pages <= 3, doc.id
            groups = {line.group for line in doc.lines}
            assert all(str(group).upper() in flat for group in groups), doc.id
            for group in groups:
                total = sum(line.amount for line in doc.lines if line.group == group)
                assert labels["apt_total"].format(apt=group) in flat, doc.id
                assert Fmt.of(doc).amount(total) in flat, doc.id
            assert not any(str(group) in item["description"] for group in groups for item in items)
            assert (truth["unit"] is not None) == (len(groups) == 1), doc.id
            assert all(item["date"] < fields["invoice_date"] for item in items), doc.id
            if "due_date" in fields:
                due = format_date(date.fromisoformat(fields["due_date"]), "long_es_title")
                assert f"{labels['due_date']} {due}" in flat, doc.id
            assert re.fullmatch(r"\d{1,2} de [A-Z][a-z]+ de \d{4}", printed["invoice_date"])
        if form == "garden_pad":  # one sheet written by hand; the pad's serial is the number
            assert pages == 1 and truth["language"] == "es" and "amount_due" not in fields
            assert re.fullmatch(r"\d{4}", fields["invoice_number"]) and len(items) <= 12, doc.id
            assert re.fullmatch(r"\d{1,2}-[a-z]{3}-\d\d", printed["invoice_date"]), doc.id
            assert all(item["quantity"] and item["unit_price"] for item in items), doc.id
    assert len(by_layout) == 5 and any(max(pages) > 1 for pages in by_layout.values()), by_layout


BLIND7_FORMS = ("gas_mcf", "work_order_invoice", "bilingual_form", "sheet_invoice")


def _blind7_layout(layout: dict[str, Any]) -> bool:
    """The layouts added with H141-H145."""
    return layout.get("form") in BLIND7_FORMS or layout.get("receipt") == "emailed_receipt"


def _taxed_sum(doc: Any, taxed: list[bool]) -> Decimal:
    return sum((line.amount for line, on in zip(doc.lines, taxed, strict=True) if on), Decimal(0))


def test_gas_bill_work_order_bilingual_form_sheet_and_mailed_receipt_print_the_truth() -> None:
    by_layout: dict[str, set[int]] = defaultdict(set)
    for doc, pdf, text, pages, truth, flat in rendered_whole(_blind7_layout, 168):
        layout, fields, labels, fmt = doc.layout, truth["fields"], doc.labels, Fmt.of(doc)
        printed, size = truth["printed"], pdfium.PdfDocument(pdf)[0].get_size()
        items, form, ex = truth["line_items"], layout.get("form"), doc.extras
        by_layout[layout["id"]].add(pages)
        if form == "gas_mcf":  # two pages; the amount asked for in a sentence; Mcf overleaf
            assert truth["utility"] and pages == 2 and size == (612, 792), doc.id
            due = fmt.date(date.fromisoformat(fields["due_date"]))
            said = labels["please_pay"].format(amount=printed["amount_due"], date=due)
            assert said in flat and flat.count(printed["amount_due"]) >= 3, doc.id
            assert flat.count(fields["account_number"]) >= 3 and "previous_balance" in fields
            prior, present, ccf = ex["reads"]  # the meter's index, in hundreds of cubic feet
            assert present - prior == ccf and f"{present:,}" in text, doc.id
            mcf = (ccf * ex["factor"] / 10).quantize(Decimal("0.1"))
            metered = [item for item in items if item["quantity"] is not None]
            assert len(metered) == 2 and all(Decimal(i["quantity"]) == mcf for i in metered)
            assert all(item["unit_price"] is None for item in items if item["quantity"] is None)
            assert ex["meter"] in text and ex["meter"] not in fields.values(), doc.id
            assert re.fullmatch(r"[A-Z][a-z]+ \d{1,2}, \d{4}", printed["invoice_date"]), doc.id
        if form == "work_order_invoice":  # A4; one apartment; the tax on materials only
            assert (round(size[0]), round(size[1])) == (595, 842) and pages <= 2, doc.id
            assert truth["unit"] and f"Unit {truth['unit']}" in fields["service_address"]
            materials = [kind == "material" for kind in ex["kinds"]]
            rate = ex["tax_rate"]
            assert Decimal(fields.get("tax", "0")) == _half_up(_taxed_sum(doc, materials) * rate)
            assert "amount_due" in fields and labels["page"].format(n=pages, m=pages) in flat
            assert ex["work_order"] in text and ex["work_order"] not in fields.values(), doc.id
            assert re.fullmatch(r"[A-Z][a-z]{2} \d{1,2}, \d{4}", printed["invoice_date"]), doc.id
        if form == "bilingual_form":  # the whole form on every sheet, the totals on the last
            assert truth["language"] == "es" and truth["currency"] == "USD", doc.id
            assert flat.count(fields["invoice_number"]) >= pages and 1 <= pages <= 3, doc.id
            assert labels["page"].format(n=pages, m=pages) in flat, doc.id
            assert flat.count(labels["continued"]) == pages - 1, doc.id
            assert all(line.code and line.code in text for line in doc.lines), doc.id
            assert "remit_to_address" in fields and "amount_due" in fields, doc.id
            rate = ex["tax_rate"]
            assert Decimal(fields.get("tax", "0")) == _half_up(_taxed_sum(doc, ex["taxed"]) * rate)
            assert re.fullmatch(r"\d\d/\d\d/\d{4}", printed["invoice_date"]), doc.id
        if form == "sheet_invoice":  # one sheet; no count or price columns; day first
            assert pages == 1 and truth["language"] == "es" and "amount_due" not in fields
            assert all(item["quantity"] is None and item["unit_price"] is None for item in items)
            assert not printed["total"].startswith("$") and "$" in text, doc.id
            rate = ex["tax_rate"]
            assert Decimal(fields.get("tax", "0")) == _half_up(_taxed_sum(doc, ex["taxed"]) * rate)
            issued = date.fromisoformat(fields["invoice_date"])
            assert printed["invoice_date"] == format_date(issued, "dmy_slash"), doc.id
        if layout.get("receipt") == "emailed_receipt":  # a mail printed on a letter page
            assert truth["document_type"] == "receipt" and pages == 1 and size == (612, 792)
            assert truth["property_code"] is not None and "amount_due" not in fields, doc.id
            assert f"{labels['receipt_number']} {fields['invoice_number']}" in flat, doc.id
            assert re.fullmatch(r"\d{4}-\d{4}", fields["invoice_number"]), doc.id
            assert all(item["quantity"] and item["unit_price"] for item in items), doc.id
            assert re.fullmatch(r"[A-Z][a-z]{2} \d{1,2} \d{4}", printed["invoice_date"]), doc.id
    assert len(by_layout) == 5 and by_layout["H141"] == {2}, by_layout
    assert max(by_layout["H142"]) > 1 and max(by_layout["H143"]) > 1, by_layout


BLIND8_FORMS = ("coop_bill", "subscription_invoice", "cfdi_service", "erp_invoice")


def _blind8_layout(layout: dict[str, Any]) -> bool:
    """The layouts added with H146-H150."""
    return layout.get("form") in BLIND8_FORMS or layout.get("receipt") == "scale_ticket"


def test_coop_bill_subscription_scale_ticket_cfdi_and_erp_invoice_print_the_truth() -> None:
    by_layout: dict[str, set[int]] = defaultdict(set)
    for doc, pdf, text, pages, truth, flat in rendered_whole(_blind8_layout, 173):
        layout, fields, labels = doc.layout, truth["fields"], doc.labels
        printed, size = truth["printed"], pdfium.PdfDocument(pdf)[0].get_size()
        items, form, ex = truth["line_items"], layout.get("form"), doc.extras
        adjustments = truth["adjustments"]
        by_layout[layout["id"]].add(pages)
        if form == "coop_bill":  # both sides; the balance boxed, in the summary and on the stub
            assert truth["utility"] and pages == 2 and size == (612, 792), doc.id
            assert flat.count(printed["amount_due"]) >= 3 and "previous_balance" in fields
            assert flat.count(fields["account_number"]) >= 2, doc.id
            prior, present, kwh = ex["reads"]  # the register's index times the multiplier
            assert (present - prior) * ex["multiplier"] == kwh and f"{present:,}" in text
            metered = [item for item in items if item["quantity"] == str(kwh)]
            assert len(metered) == 2 and all(item["unit_price"] for item in metered), doc.id
            assert ex["meter"] in text and ex["member"] in text, doc.id
            assert ex["member"] not in fields.values() and ex["meter"] not in fields.values()
            assert Decimal(fields["tax"]) == _half_up(Decimal(fields["subtotal"]) * 7 / 100)
            assert re.fullmatch(r"\d\d/\d\d/\d{4}", printed["invoice_date"]), doc.id
        if form == "subscription_invoice":  # the month billed ahead; charged to a card or due
            assert fields["currency"] == "USD" and 1 <= pages <= 2, doc.id
            start = date.fromisoformat(fields["service_period_start"])
            end = date.fromisoformat(fields["service_period_end"])
            assert start.isoformat() == fields["invoice_date"] and 27 <= (end - start).days <= 30
            assert labels["page"].format(n=pages, m=pages) in flat, doc.id
            assert flat.count(fields["invoice_number"]) >= pages + 1, doc.id  # and every foot
            paid = "deposit" in adjustments
            assert paid == ("due_date" not in fields), doc.id
            if paid:
                assert fields["amount_due"] == "0.00" and adjustments["deposit"] == fields["total"]
            assert re.fullmatch(r"[0-9A-F]{8}-\d{4}", fields["invoice_number"]), doc.id
            assert re.fullmatch(r"[A-Z][a-z]+ \d{1,2}, \d{4}", printed["invoice_date"]), doc.id
        if layout.get("receipt") == "scale_ticket":  # 8 x 5 1/2 in; the load by the net ton
            assert truth["document_type"] == "receipt" and pages == 1 and size == (576, 396)
            gross, tare, net = ex["weights"]
            assert gross - tare == net and Decimal(net) / 2000 == ex["tons"], doc.id
            assert f"{net:,} LB" in text and f"{ex['tons']} TN" in text, doc.id
            assert fields["vendor_name"] == fields["vendor_name"].upper(), doc.id
            assert "tax" not in fields and "subtotal" not in fields, doc.id
            assert ("account_number" in fields) == (ex["paid"] == "charge"), doc.id
            assert labels["receipt_number"] in flat and labels["total"] in flat, doc.id
            assert re.fullmatch(r"\d\d/\d\d/\d\d", printed["invoice_date"]), doc.id
        if form == "cfdi_service":  # the IVA withheld on the services: total = sub - held + tax
            assert truth["language"] == "es" and fields["currency"] == "MXN", doc.id
            held = Decimal(adjustments["discount"])
            assert held == sum(ex["held"], Decimal(0)) and held > 0, doc.id
            assert Decimal(fields["tax"]) == sum(ex["vat"], Decimal(0)), doc.id
            expected = Decimal(fields["subtotal"]) * 16 / 100
            assert abs(Decimal(fields["tax"]) - expected) <= Decimal("0.01") * len(items)
            assert amount_words_es(Decimal(fields["total"]), "MXN") in flat, doc.id
            assert ex["uuid"] in text and fields["vendor_tax_id"] in text, doc.id
            assert "amount_due" not in fields and 1 <= pages <= 2, doc.id
            start = date.fromisoformat(fields["service_period_start"])
            end = date.fromisoformat(fields["service_period_end"])
            assert start.day == 1 and (end + timedelta(days=1)).day == 1, doc.id
            assert f"{printed['invoice_date']} {ex['time']}" in flat, doc.id
        if form == "erp_invoice":  # the ERP's numbers, each count with its unit of measure
            assert truth["language"] == "es" and "amount_due" in fields and 1 <= pages <= 3
            assert re.fullmatch(r"INV/\d{4}/\d{5}", fields["invoice_number"]), doc.id
            assert f"{labels['title']} {fields['invoice_number']}" in flat, doc.id
            assert labels["page"].format(n=pages, m=pages) in flat, doc.id
            assert all(f"{Decimal(item['quantity']):,.2f} " in flat for item in items), doc.id
            if "tax" in fields:
                expected = _half_up(Decimal(fields["subtotal"]) * Decimal("0.115"))
                assert Decimal(fields["tax"]) == expected, doc.id
            assert re.fullmatch(r"\d\d/\d\d/\d{4}", printed["invoice_date"]), doc.id
    assert len(by_layout) == 5 and by_layout["H146"] == {2}, by_layout
    assert max(by_layout["H147"] | by_layout["H149"] | by_layout["H150"]) > 1, by_layout


BLIND9_FORMS = ("contract_billing", "water_grid", "roof_progress", "distributor_invoice")


def _blind9_layout(layout: dict[str, Any]) -> bool:
    """The layouts added with H151-H155."""
    return layout.get("form") in BLIND9_FORMS or layout.get("receipt") == "roll_ticket"


def test_contract_ticket_water_bill_roofing_factura_and_supply_invoice_print_the_truth() -> None:
    by_layout: dict[str, set[int]] = defaultdict(set)
    for doc, pdf, text, pages, truth, flat in rendered_whole(_blind9_layout, 181):
        layout, fields, labels, fmt = doc.layout, truth["fields"], doc.labels, Fmt.of(doc)
        printed, size = truth["printed"], pdfium.PdfDocument(pdf)[0].get_size()
        items, form, ex = truth["line_items"], layout.get("form"), doc.extras
        adjustments = truth["adjustments"]
        by_layout[layout["id"]].add(pages)
        if form == "contract_billing":  # a calendar quarter; the tax on the taxed lines only
            assert 1 <= pages <= 2 and size == (612, 792), doc.id
            start = date.fromisoformat(fields["service_period_start"])
            end = date.fromisoformat(fields["service_period_end"])
            assert start.day == 1 and start.month in (1, 4, 7, 10), doc.id
            assert (end + timedelta(days=1)).month == (start.month + 2) % 12 + 1, doc.id
            assert "remit_to_address" in fields and fields["amount_due"] == fields["total"]
            rate = ex["tax_rate"]
            taxes = [
                _half_up(Decimal(i["amount"]) * rate) if on else 0
                for i, on in zip(items, ex["taxed"], strict=True)
            ]
            assert Decimal(fields.get("tax", "0")) == sum(taxes), doc.id
            assert ex["contract"] in text and ex["contract"] not in fields.values(), doc.id
            assert labels["page"].format(n=pages, m=pages) in flat, doc.id
            assert all(item["quantity"] and item["unit_price"] for item in items), doc.id
            monthly = [line for line in doc.lines if line.unit == "MO"]  # the quarter's months
            assert monthly and all(line.quantity == 3 for line in monthly), doc.id
            assert re.fullmatch(r"\d\d-\d\d-\d{4}", printed["invoice_date"]), doc.id
        if layout.get("receipt") == "roll_ticket":  # 58 mm; subtotal, IVA 16 %, total in words
            assert truth["document_type"] == "receipt" and pages == 1 and size[0] == 164, doc.id
            assert Decimal(fields["tax"]) == _half_up(Decimal(fields["subtotal"]) * 16 / 100)
            assert amount_words_es(Decimal(fields["total"]), "MXN") in flat, doc.id
            issued = date.fromisoformat(fields["invoice_date"])
            assert printed["invoice_date"] == format_date(issued, "dmy_slash"), doc.id
            assert f"{printed['invoice_date']} {ex['time']}" in flat and "vendor_tax_id" in fields
            assert all(item["quantity"] and item["unit_price"] for item in items), doc.id
            for line in doc.lines:  # weights and volumes to the thousandth
                if line.unit in ("M3", "KG"):
                    assert f"{line.quantity:.3f} {line.unit} x" in flat, doc.id
            if ex["paid"] == "cash":
                assert fmt.money(ex["handed"] - doc.total) in flat, doc.id
            assert fields["vendor_name"] == fields["vendor_name"].upper(), doc.id
        if form == "water_grid":  # one page; reads apart; the balance boxed, summed, on the stub
            assert truth["utility"] and pages == 1 and size == (612, 792), doc.id
            assert flat.count(printed["amount_due"]) >= 3 and "previous_balance" in fields
            assert flat.count(fields["account_number"]) >= 2, doc.id
            for (_, _, serial, used), (prior, present) in zip(
                ex["meters"], ex["reads"], strict=True
            ):
                assert present - prior == used and f"{present:,}" in text, doc.id
                assert str(serial) in text and str(serial) not in fields.values(), doc.id
            metered = [item for item in items if item["quantity"] is not None]
            assert metered and all(item["unit_price"] for item in metered), doc.id
            if "tax" in fields:  # a Florida city's public service tax on the water lines
                water = sum((line.amount for line in doc.lines if line.gl == "6410"), Decimal(0))
                assert ex["florida"] and Decimal(fields["tax"]) == _half_up(water / 10), doc.id
                assert "subtotal" in fields, doc.id
        if form == "roof_progress":  # the date in words; the deposit deducted from the work
            assert truth["language"] == "es" and 1 <= pages <= 2, doc.id
            issued = date.fromisoformat(fields["invoice_date"])
            assert printed["invoice_date"] == format_date(issued, "long_es"), doc.id
            assert "deposit" in adjustments and "amount_due" in fields, doc.id
            assert all(item["quantity"] is None and item["unit_price"] is None for item in items)
            assert (
                fmt.money(ex["contract"]) in flat
                and fmt.money(ex["contract"]) not in printed.values()
            )
            assert ("tax" in fields) == ("subtotal" in fields), doc.id
        if form == "distributor_invoice":  # two or three sheets; the charges under the goods
            assert 2 <= pages <= 3 and fields["payment_terms"] in flat, doc.id
            assert all(labels["page_of"].format(n=n, m=pages) in flat for n in range(1, pages + 1))
            assert flat.count(labels["continued_note"]) == pages - 1, doc.id
            goods = items[: len(items) - ex["charges"]]
            assert 17 <= len(goods) <= 40 and all(
                line.code and line.code in text for line in doc.lines[: len(goods)]
            )
            charges = items[len(goods) :]
            assert all(item["quantity"] is None for item in charges), doc.id
            assert {item["description"] for item in charges} <= {labels["freight"], labels["fuel"]}
            assert Decimal(fields["tax"]) == _half_up(Decimal(fields["subtotal"]) * ex["tax_rate"])
            if ex["early_discount"] is not None:
                assert fmt.amount(ex["early_discount"]) in flat, doc.id
            assert re.fullmatch(r"\d\d/\d\d/\d\d", printed["invoice_date"]), doc.id
    assert len(by_layout) == 5 and by_layout["H152"] == by_layout["H153"] == {1}, by_layout
    assert max(by_layout["H151"] | by_layout["H154"]) > 1, by_layout


BLIND10_FORMS = ("books_invoice", "recibo_mx", "field_app_invoice", "carbon_form")


def _blind10_layout(layout: dict[str, Any]) -> bool:
    """The layouts added with H156-H160."""
    return layout.get("form") in BLIND10_FORMS or layout.get("receipt") == "home_center"


def test_books_invoice_recibo_home_center_field_app_and_service_form_print_the_truth() -> None:
    by_layout: dict[str, set[int]] = defaultdict(set)
    for doc, pdf, text, pages, truth, flat in rendered_whole(_blind10_layout, 191):
        layout, fields, labels, fmt = doc.layout, truth["fields"], doc.labels, Fmt.of(doc)
        printed, size = truth["printed"], pdfium.PdfDocument(pdf)[0].get_size()
        items, form, ex = truth["line_items"], layout.get("form"), doc.extras
        adjustments = truth["adjustments"]
        by_layout[layout["id"]].add(pages)
        if form == "books_invoice":  # the activity's name; its description under it no item's
            assert 1 <= pages <= 2 and size == (612, 792) and "amount_due" in fields, doc.id
            assert all(item["quantity"] and item["unit_price"] for item in items), doc.id
            assert all(("date" in item) == ex["dated"] for item in items), doc.id
            for line in doc.lines:
                if line.note:
                    assert line.note in flat and line.note != line.description, doc.id
            assert ("tax" in fields) == ("subtotal" in fields), doc.id
            paid = Decimal(adjustments.get("deposit", "0"))
            assert Decimal(fields["amount_due"]) == Decimal(fields["total"]) - paid, doc.id
            assert (labels["paid_stamp"] in text) == (fields["amount_due"] == "0.00"), doc.id
            assert re.fullmatch(r"\d\d/\d\d/\d{4}", printed["invoice_date"]), doc.id
        if form == "recibo_mx":  # "del 14 AGO 25 al 15 OCT 25"; IVA on all but the DAP
            assert truth["utility"] and truth["currency"] == "MXN" and pages == 1, doc.id
            start = date.fromisoformat(fields["service_period_start"])
            end = date.fromisoformat(fields["service_period_end"])
            said = f"del {fmt.date(start)} al {fmt.date(end)}"
            assert said in flat and re.fullmatch(r"\d\d [A-Z]{3} \d\d", printed["invoice_date"])
            assert (end - start).days >= (59 if ex["electric"] and ex["tariff"] != "GDMTO" else 29)
            assert flat.count(printed["amount_due"]) >= 3 and "previous_balance" in fields
            assert flat.count(fields["account_number"]) >= 2, doc.id
            taxed = sum(
                (Decimal(i["amount"]) for i, on in zip(items, ex["taxed"], strict=True) if on),
                Decimal(0),
            )
            assert Decimal(fields["tax"]) == _half_up(taxed * 16 / 100), doc.id
            fixed = [item for item in items if item["quantity"] is None]
            assert len(fixed) == 1 and all(item["unit_price"] for item in items if item["quantity"])
            assert amount_words_es(Decimal(fields["amount_due"]), "MXN") in flat, doc.id
            for first, last, _, _ in ex["history"]:  # earlier periods: not in the truth
                assert f"del {fmt.date(first)} al {fmt.date(last)}" in flat, doc.id
        if layout.get("receipt") == "home_center":  # 80 mm; pro savings, then the tax
            assert truth["document_type"] == "receipt" and pages == 1 and size[0] == 226, doc.id
            assert re.fullmatch(r"\d{4} \d{5} \d{5}", fields["invoice_number"]), doc.id
            assert f"{fields['invoice_number']} {printed['invoice_date']} {ex['time']}" in flat
            assert all(line.code and line.code in text for line in doc.lines), doc.id
            for item in items:
                if item["quantity"] != "1":
                    price = fmt.amount(Decimal(item["unit_price"]))
                    assert f"{item['quantity']}@{price}" in flat, doc.id
            assert ("discount" in adjustments) == ex["pro"], doc.id
            discount = Decimal(adjustments.get("discount", "0"))
            base = Decimal(fields["subtotal"]) - discount
            assert Decimal(fields["tax"]) == _half_up(base * ex["tax_rate"]), doc.id
            assert ex["pro"] or "customer_name" not in fields, doc.id
            assert fields["vendor_name"] == fields["vendor_name"].upper(), doc.id
        if form == "field_app_invoice":  # long descriptions; payments, the balance after them
            assert truth["language"] == "en" and 1 <= pages <= 2 and size == (612, 792), doc.id
            assert all(line.code and line.code in text for line in doc.lines), doc.id
            assert ex["job"] in text and ex["job"] not in fields.values(), doc.id
            assert ex["summary"][:60] in flat and labels["summary"] in text, doc.id
            paid = sum((amount for _, _, amount in ex["payments"]), Decimal(0))
            assert Decimal(adjustments.get("deposit", "0")) == paid, doc.id
            assert Decimal(fields["amount_due"]) == Decimal(fields["total"]) - paid, doc.id
            assert (labels["paid_in_full"] in text) == (fields["amount_due"] == "0.00"), doc.id
            assert labels["page"].format(n=pages, m=pages) in flat, doc.id
        if form == "carbon_form":  # a three-part form; the services ticked, amounts written
            assert truth["language"] == "es" and pages == 1 and size == (612, 504), doc.id
            assert re.fullmatch(r"\d{5}", fields["invoice_number"]), doc.id
            assert re.fullmatch(r"\d\d-\d\d-\d{4}", printed["invoice_date"]), doc.id
            assert 1 <= len(items) <= 5 and len(ex["checked"]) == len(items), doc.id
            assert all(item["quantity"] is None for item in items), doc.id
            catalogue = catalog.load("trades")[layout["catalogues"]["pest_control"]]["items"]
            if ex["pest"]:
                assert all(item["es"] in text for item in catalogue), doc.id
            assert "subtotal" in fields and ("tax" not in fields or "IVU" in text), doc.id
    assert len(by_layout) == 5, by_layout
    assert by_layout["H157"] == by_layout["H158"] == by_layout["H160"] == {1}, by_layout
    assert max(by_layout["H156"] | by_layout["H159"]) > 1, by_layout


BLIND11_FORMS = ("summary_invoice", "rep_bill", "faxed_form", "retention_factura", "photo_invoice")


def _blind11_layout(layout: dict[str, Any]) -> bool:
    """The layouts added with H161-H165."""
    return layout.get("form") in BLIND11_FORMS


def test_summary_electric_fax_withholding_and_photo_invoices_print_the_truth() -> None:
    by_layout: dict[str, set[int]] = defaultdict(set)
    for doc, pdf, text, pages, truth, flat in rendered_whole(_blind11_layout, 197):
        layout, fields, labels, fmt = doc.layout, truth["fields"], doc.labels, Fmt.of(doc)
        printed, size = truth["printed"], pdfium.PdfDocument(pdf)[0].get_size()
        items, form, ex = truth["line_items"], layout.get("form"), doc.extras
        adjustments = truth["adjustments"]
        by_layout[layout["id"]].add(pages)
        assert size == (612, 792), doc.id
        if form == "summary_invoice":  # last month's orders, each under its band
            start = date.fromisoformat(fields["service_period_start"])
            end = date.fromisoformat(fields["service_period_end"])
            issued = date.fromisoformat(fields["invoice_date"])
            assert start.day == 1 and (end + timedelta(days=1)).day == 1, doc.id
            assert start.month == end.month and 1 <= (issued - end).days <= 4, doc.id
            assert fields["amount_due"] == fields["total"] and "remit_to_address" in fields
            for order in ex["orders"]:
                assert order["number"] in text and order["number"] not in fields.values()
            assert {line.group for line in doc.lines} == {o["number"] for o in ex["orders"]}
            assert all(line.code and line.code in text for line in doc.lines), doc.id
            assert all(item["quantity"] and item["unit_price"] for item in items), doc.id
            taxable = sum(
                (Decimal(i["amount"]) for i, on in zip(items, ex["taxed"], strict=True) if on),
                Decimal(0),
            )
            assert Decimal(fields["tax"]) == _half_up(taxable * ex["tax_rate"]), doc.id
            stamps = [line for line in doc.lines if line.gl == "6520" and line.code != "DLV"]
            assert not any(ex["taxed"][doc.lines.index(line)] for line in stamps), doc.id
            assert labels["page"].format(n=pages, m=pages) in flat, doc.id
            assert re.fullmatch(r"\d\d/\d\d/\d{4}", printed["invoice_date"]), doc.id
        if form == "rep_bill":  # two pages; the wires company's charges and the taxes
            assert truth["utility"] and pages == 2 and "previous_balance" in fields, doc.id
            assert fields["service_address"].endswith(("DALLAS, TX 75244", "HOUSTON, TX 77063"))
            assert ex["esi"] in text and ex["esi"] not in fields.values(), doc.id
            assert ex["tdu"] in flat and flat.count(printed["amount_due"]) >= 3, doc.id
            assert flat.count(fields["account_number"]) >= 3, doc.id
            subtotal = Decimal(fields["subtotal"])
            assert Decimal(fields["tax"]) == _half_up(subtotal * Decimal("0.0825")), doc.id
            fees = [Decimal(item["amount"]) for item in items[-2:]]
            charges = sum((Decimal(item["amount"]) for item in items[:-2]), Decimal(0))
            puc = _half_up(charges * Decimal("0.001667"))
            assert fees == [_half_up(charges * Decimal("0.01997")), puc], doc.id
            metered = [item for item in items if item["quantity"] is not None]
            assert len(metered) >= 2 and all(item["unit_price"] for item in metered), doc.id
            assert re.fullmatch(r"[A-Z][a-z]{2} \d{1,2}, \d{4}", printed["invoice_date"])
        if form == "faxed_form":  # a cover sheet, then the form; the total written by hand
            assert pages == 2 and "P.1/2" in text and "P.2/2" in text, doc.id
            assert labels["fax_title"] in text and "amount_due" not in fields, doc.id
            assert fields["vendor_name"] == fields["vendor_name"].upper(), doc.id
            assert 1 <= len(items) <= 5 and "due_date" not in fields, doc.id
            for item in items:
                assert (item["quantity"] is None) == (item["unit_price"] is None), doc.id
                if item["quantity"] is not None:
                    price = fmt.amount(Decimal(item["unit_price"]))
                    assert f"{fmt.quantity(Decimal(item['quantity']))} @ {price}" in flat
            assert fmt.date(ex["worked"]) in flat and ex["customer_fax"] in flat, doc.id
            assert re.fullmatch(r"\d\d/\d\d/\d\d", printed["invoice_date"]), doc.id
        if form == "retention_factura":  # the IVU at two rates; 10 % withheld on services
            assert truth["language"] == "es" and 1 <= pages <= 2, doc.id
            assert all("date" in item for item in items), doc.id
            services = sum(
                (Decimal(i["amount"]) for i, on in zip(items, ex["subject"], strict=True) if on),
                Decimal(0),
            )
            goods = Decimal(fields["subtotal"]) - services
            if "tax" in fields:
                rate = Decimal(layout["tax_rate"])
                expected = _half_up(services * rate) + _half_up(goods * Decimal("0.115"))
                assert Decimal(fields["tax"]) == expected, doc.id
            held = Decimal(adjustments.get("deposit", "0"))
            assert held == (0 if ex["waiver"] else _half_up(services / 10)), doc.id
            assert (labels["waiver"][:40] in flat) == ex["waiver"], doc.id
            assert Decimal(fields["amount_due"]) == Decimal(fields["total"]) - held, doc.id
            assert ex["registration"] in text and ex["registration"] not in fields.values()
            assert re.fullmatch(r"\d\d/\d\d/\d{4}", printed["invoice_date"]), doc.id
        if form == "photo_invoice":  # the photos on a second page, the balance always
            assert truth["language"] == "es" and pages == (2 if ex["photos"] else 1), doc.id
            for stage, where, _ in ex["photos"]:
                assert f"{labels[stage]} · {where}" in flat, doc.id
            paid = Decimal(adjustments.get("deposit", "0"))
            assert Decimal(fields["amount_due"]) == Decimal(fields["total"]) - paid, doc.id
            assert (labels["paid_in_full"] in flat) == (fields["amount_due"] == "0.00"), doc.id
            assert ("tax" in fields) == (ex["tax_rate"] > 0), doc.id
            assert re.fullmatch(r"\d{1,2} de [a-z]{3}\. de \d{4}", printed["invoice_date"])
    assert len(by_layout) == 5, by_layout
    assert by_layout["H162"] == by_layout["H163"] == {2}, by_layout
    assert by_layout["H165"] == {1, 2} and max(by_layout["H161"] | by_layout["H164"]) > 1


BLIND12_FORMS = ("rolloff_invoice", "termite_renewal", "generator_service", "pipa_invoice")


def _blind12_layout(layout: dict[str, Any]) -> bool:
    """The layouts added with H166-H170."""
    return layout.get("form") in BLIND12_FORMS or layout.get("receipt") == "stapled_slip"


def test_rolloff_termite_card_slip_generator_and_tanker_print_the_truth() -> None:
    by_layout: dict[str, set[int]] = defaultdict(set)
    for doc, pdf, text, pages, truth, flat in rendered_whole(_blind12_layout, 197):
        layout, fields, fmt = doc.layout, truth["fields"], Fmt.of(doc)
        items, form, ex = truth["line_items"], layout.get("form"), doc.extras
        by_layout[layout["id"]].add(pages)
        for key in ("invoice_number", "account_number", "po_number", "vendor_tax_id"):
            if key in fields:
                assert fields[key] in flat, (doc.id, key)
        if form is not None:  # an invoice: the amount due always, equal to the total
            assert fields["amount_due"] == fields["total"] and "subtotal" in fields, doc.id
        if form == "rolloff_invoice":  # charges by day and ticket; the fee's amount only
            assert truth["language"] == "en" and 1 <= pages <= 2, doc.id
            fee = items[-1]
            assert fee["quantity"] is None and "date" not in fee, doc.id
            hauls = [line for line in doc.lines if " open top" in line.description]
            assert hauls and all(line.code and line.code in text for line in hauls), doc.id
            start = date.fromisoformat(fields["service_period_start"])
            assert start.day == 1 and all("date" in item for item in items[:-1]), doc.id
            assert all(start.isoformat() <= item["date"] for item in items[:-1]), doc.id
            assert "remit_to_address" in fields and ex["landfill"] in text, doc.id
            assert ex["landfill"] not in fields.values(), doc.id
        if form == "termite_renewal":  # a year of coverage, renewable the day before
            assert truth["language"] == "en" and pages == 1, doc.id
            start = date.fromisoformat(fields["service_period_start"])
            end = date.fromisoformat(fields["service_period_end"])
            assert start.day == 1 and end == start.replace(year=start.year + 1) - timedelta(1)
            assert fields["due_date"] == (start - timedelta(days=1)).isoformat(), doc.id
            assert "payment_terms" not in fields and ex["plan_number"] in text, doc.id
        if layout.get("receipt") == "stapled_slip":  # the slip repeats the sale's total
            assert truth["document_type"] == "receipt" and pages == 1, doc.id
            assert "amount_due" not in fields and len(pdfium.PdfDocument(pdf)) == 1, doc.id
            assert f"USD{fmt.money(Decimal(fields['total']))}" in flat, doc.id
            assert ex["auth"] in text and ex["auth"] not in fields.values(), doc.id
            assert all(line.code and line.code in text for line in doc.lines), doc.id
            for item in items:
                if item["quantity"] != "1":
                    price = fmt.amount(Decimal(item["unit_price"]))
                    assert f"{item['quantity']} @ {price}" in flat, doc.id
        if form == "generator_service":  # the IVU on parts and lubricants only
            assert truth["language"] == "es" and pages == 1, doc.id
            parts = sum((line.amount for line in doc.lines if line.part), Decimal(0))
            assert Decimal(fields.get("tax", "0")) == _half_up(parts * ex["tax_rate"]), doc.id
            assert ex["serial"] in text and ex["serial"] not in fields.values(), doc.id
            assert all(item["quantity"] and item["unit_price"] for item in items), doc.id
        if form == "pipa_invoice":  # each trip on its day; the amount in words
            assert truth["language"] == "es" and truth["currency"] == "MXN", doc.id
            start, end = fields["service_period_start"], fields["service_period_end"]
            assert all(start <= item["date"] <= end for item in items), doc.id
            said = (
                f"del {fmt.date(date.fromisoformat(start))} al {fmt.date(date.fromisoformat(end))}"
            )
            assert said in flat and "account_number" in fields, doc.id
            assert amount_words_es(Decimal(fields["amount_due"]), "MXN") in flat, doc.id
            assert all(line.code and line.code in text for line in doc.lines), doc.id
    assert len(by_layout) == 5, by_layout
    assert by_layout["H167"] == by_layout["H168"] == by_layout["H169"] == {1}, by_layout


BLIND13_FORMS = (
    "cloud_invoice",
    "handyman_sheet",
    "parts_invoice",
    "monitoreo_cfdi",
    "limpieza_factura",
)


def _blind13_layout(layout: dict[str, Any]) -> bool:
    """The layouts added with H171-H175."""
    return layout.get("form") in BLIND13_FORMS


def test_cloud_handyman_parts_alarm_cfdi_and_cleaning_factura_print_the_truth() -> None:
    by_layout: dict[str, set[int]] = defaultdict(set)
    for doc, _, text, pages, truth, flat in rendered_whole(_blind13_layout, 211):
        layout, fields, fmt = doc.layout, truth["fields"], Fmt.of(doc)
        items, form, ex = truth["line_items"], layout.get("form"), doc.extras
        adjustments = truth["adjustments"]
        by_layout[layout["id"]].add(pages)
        for key in ("invoice_number", "account_number", "po_number", "vendor_tax_id"):
            if key in fields:
                assert fields[key] in flat, (doc.id, key)
        if form == "cloud_invoice":  # the currency printed; a payment applied on some
            assert truth["language"] == "en" and fields["currency"] == "USD", doc.id
            assert "remit_to_address" in fields and ex["url"] in text, doc.id
            due = date.fromisoformat(fields["due_date"])
            assert f"{doc.labels['due_date']}: {fmt.date(due)}" in flat, doc.id
            paid = Decimal(adjustments.get("deposit", "0"))
            assert Decimal(fields["amount_due"]) == Decimal(fields["total"]) - paid, doc.id
            assert 1 <= pages <= 2 and "payment_terms" not in fields, doc.id
        if form == "handyman_sheet":  # the tax on the materials only; flat charges
            assert truth["language"] == "en" and pages == 1, doc.id
            parts = sum((line.amount for line in doc.lines if line.part), Decimal(0))
            assert Decimal(fields.get("tax", "0")) == _half_up(parts * ex["tax_rate"]), doc.id
            flat_fees = [item for item in items if item["quantity"] is None]
            assert all(item["unit_price"] is None for item in flat_fees), doc.id
            rates = {line.unit_price for line in doc.lines if line.unit == "hr"}
            assert len(rates) == 1, doc.id  # one hourly rate
            assert ("amount_due" in fields) == ("deposit" in adjustments), doc.id
        if form == "parts_invoice":  # shipped is the quantity; a card order is paid
            assert truth["language"] == "en" and 1 <= pages <= 3, doc.id
            assert fields["customer_name"] == fields["customer_name"].upper(), doc.id
            assert all(line.code and line.code in text for line in doc.lines), doc.id
            for line, ordered in zip(doc.lines, ex["ordered"], strict=True):
                assert line.quantity is not None and 0 <= line.quantity <= ordered, doc.id
            freight = [n for n, line in enumerate(doc.lines) if line.code == "FREIGHT"]
            assert freight in ([], [len(doc.lines) - 1]), doc.id
            if fields["payment_terms"] == "Credit Card":
                assert fields["amount_due"] == "0.00", doc.id
                assert adjustments["deposit"] == fields["total"], doc.id
            else:
                assert fields["amount_due"] == fields["total"], doc.id
            assert ex["order"] in text and ex["order"] not in fields.values(), doc.id
        if form == "monitoreo_cfdi":  # the calendar month; each concept's IVA summed
            assert truth["language"] == "es" and truth["currency"] == "MXN", doc.id
            assert pages == 1 and "amount_due" not in fields, doc.id
            issued = date.fromisoformat(fields["invoice_date"])
            start = date.fromisoformat(fields["service_period_start"])
            end = date.fromisoformat(fields["service_period_end"])
            assert start == issued.replace(day=1) and (end + timedelta(1)).day == 1, doc.id
            assert end.month == start.month, doc.id
            taxes = sum((_half_up(line.amount * ex["tax_rate"]) for line in doc.lines), Decimal(0))
            assert Decimal(fields["tax"]) == taxes, doc.id
            assert amount_words_es(Decimal(fields["total"]), "MXN") in flat, doc.id
            assert ex["uuid"] in text and ex["uuid"] not in fields.values(), doc.id
        if form == "limpieza_factura":  # the discount per line; the pagaré for the total
            assert truth["language"] == "es" and truth["currency"] == "MXN", doc.id
            assert 1 <= pages <= 2 and "amount_due" not in fields, doc.id
            discount = sum(
                (_half_up(line.amount * r) for line, r in zip(doc.lines, ex["rates"], strict=True)),
                Decimal(0),
            )
            assert Decimal(adjustments.get("discount", "0")) == discount, doc.id
            taxed = Decimal(fields["subtotal"]) - discount
            assert Decimal(fields["tax"]) == _half_up(taxed * ex["tax_rate"]), doc.id
            assert flat.count(amount_words_es(Decimal(fields["total"]), "MXN")) >= 2, doc.id
            assert all(line.code and line.code in text for line in doc.lines), doc.id
    assert len(by_layout) == 5, by_layout
    assert by_layout["H172"] == by_layout["H174"] == {1}, by_layout
    assert max(by_layout["H173"] | by_layout["H175"]) > 1, by_layout


BLIND14_FORMS = (
    "meter_copier",
    "backflow_test",
    "pool_chem_log",
    "sat_portal_cfdi",
    "ferreteria_credito",
)


def _blind14_layout(layout: dict[str, Any]) -> bool:
    """The layouts added with H176-H180."""
    return layout.get("form") in BLIND14_FORMS


def test_meter_backflow_pool_log_sat_cfdi_and_charge_form_print_the_truth() -> None:
    by_layout: dict[str, set[int]] = defaultdict(set)
    for doc, _, text, pages, truth, flat in rendered_whole(_blind14_layout, 223):
        layout, fields, fmt = doc.layout, truth["fields"], Fmt.of(doc)
        items, form, ex = truth["line_items"], layout.get("form"), doc.extras
        by_layout[layout["id"]].add(pages)
        issued = date.fromisoformat(fields["invoice_date"])
        for key in ("invoice_number", "account_number", "po_number", "vendor_tax_id"):
            if key in fields:
                assert fields[key] in flat, (doc.id, key)
        if form != "sat_portal_cfdi":  # the amount due always, equal to the total
            assert fields["amount_due"] == fields["total"] and "subtotal" in fields, doc.id
        if form in ("meter_copier", "pool_chem_log"):  # the month before the invoice
            start = date.fromisoformat(fields["service_period_start"])
            end = date.fromisoformat(fields["service_period_end"])
            assert start.day == 1 and (end + timedelta(1)) == issued.replace(day=1), doc.id
            said = f"{fmt.date(start)}{doc.labels['period_sep']}{fmt.date(end)}"
            assert said in flat, doc.id
        if form == "meter_copier":  # billable copies are the reads less the allowance
            assert truth["language"] == "en" and 1 <= pages <= 2, doc.id
            assert "remit_to_address" in fields and ex["agreement"] in text, doc.id
            assert ex["agreement"] not in fields.values(), doc.id
            for line, reads in zip(doc.lines, ex["reads"], strict=True):
                assert line.group and line.group in text, doc.id
                if reads is not None:
                    begin, end_read, allowance = reads
                    assert line.quantity == max(0, end_read - begin - allowance), doc.id
                    assert f"{end_read:,}" in text, doc.id
        if form == "backflow_test":  # the tax on the repair parts only; a fee per report
            assert truth["language"] == "en" and pages == 1, doc.id
            parts = sum((line.amount for line in doc.lines if line.part), Decimal(0))
            assert Decimal(fields.get("tax", "0")) == _half_up(parts * ex["tax_rate"]), doc.id
            failed = sum(not passed for *_, passed, _ in ex["assemblies"])
            assert items[-1]["quantity"] == str(len(ex["assemblies"]) + failed), doc.id
            for assembly in ex["assemblies"]:
                assert assembly[4] in text and assembly[4] not in fields.values(), doc.id
        if form == "pool_chem_log":  # visits and chemicals as the log shows them
            assert truth["language"] == "en" and 1 <= pages <= 2, doc.id
            visits = ex["visits"]
            assert doc.lines[0].quantity == len(visits), doc.id
            assert all(fmt.date(day) in flat for day, *_ in visits), doc.id
            parts = sum((line.amount for line in doc.lines if line.part), Decimal(0))
            assert Decimal(fields.get("tax", "0")) == _half_up(parts * ex["tax_rate"]), doc.id
            assert (doc.labels["page"].format(n=2, m=2) in flat) == (pages == 2), doc.id
        if form == "sat_portal_cfdi":  # no issuer address, no due date, each concept's IVA
            assert truth["language"] == "es" and truth["currency"] == "MXN", doc.id
            assert pages == 1 and "amount_due" not in fields and "currency" not in fields
            for key in ("vendor_address", "vendor_phone", "bill_to_address", "due_date"):
                assert key not in fields, (doc.id, key)
            taxes = sum((_half_up(line.amount * ex["tax_rate"]) for line in doc.lines), Decimal(0))
            assert Decimal(fields["tax"]) == taxes and "vendor_tax_id" in fields, doc.id
            assert ex["uuid"] in text and ex["uuid"] not in fields.values(), doc.id
            assert ex["customer_rfc"] in text, doc.id
        if form == "ferreteria_credito":  # the state and municipal IVU apart, summed
            assert truth["language"] == "es" and pages == 1, doc.id
            subtotal = Decimal(fields["subtotal"])
            state, city = _half_up(subtotal * Decimal("0.105")), _half_up(subtotal / 100)
            assert ex["ivu"] == (state, city), doc.id
            assert Decimal(fields["tax"]) == state + city, doc.id
            assert fmt.amount(state) in flat and fmt.amount(city) in flat, doc.id
            for line, (listed, rate) in zip(doc.lines, ex["lists"], strict=True):
                assert line.unit_price == _half_up(listed * (1 - rate)), doc.id
                assert line.code and line.code in text, doc.id
            assert ex["picker"] in text and ex["picker"] not in fields.values(), doc.id
    assert len(by_layout) == 5, by_layout
    assert by_layout["H177"] == by_layout["H179"] == by_layout["H180"] == {1}, by_layout


BLIND15_FORMS = (
    "summary_bill",
    "hvac_changeout",
    "laundry_lease",
    "limpieza_edificios",
    "papeleria_cfdi",
)


def _blind15_layout(layout: dict[str, Any]) -> bool:
    """The layouts added with H181-H185."""
    return layout.get("form") in BLIND15_FORMS


def test_summary_bill_changeout_laundry_lease_cleaning_factura_and_half_sheet_cfdi() -> None:
    by_layout: dict[str, set[int]] = defaultdict(set)
    for doc, _, text, pages, truth, flat in rendered_whole(_blind15_layout, 229):
        layout, fields, fmt = doc.layout, truth["fields"], Fmt.of(doc)
        items, form, ex = truth["line_items"], layout.get("form"), doc.extras
        adjustments = truth["adjustments"]
        by_layout[layout["id"]].add(pages)
        issued = date.fromisoformat(fields["invoice_date"])
        for key in ("invoice_number", "account_number", "po_number", "vendor_tax_id"):
            if key in fields:
                assert fields[key] in flat, (doc.id, key)
        if form == "summary_bill":  # each location's kWh and charges; the account's balance
            assert truth["utility"] and truth["language"] == "en" and 2 <= pages <= 3, doc.id
            assert "service_period_start" not in fields and "service_address" not in fields
            assert text.count(fields["account_number"]) >= pages + 1, doc.id
            assert all(item["quantity"] and item["unit_price"] is None for item in items)
            for line, meter in zip(doc.lines, ex["meters"], strict=True):
                assert line.code == meter["esi"] and line.code in text, doc.id
                before = meter["energy"] + meter["delivery"] + meter["base"]
                assert meter["grt"] == _half_up(before * Decimal("0.01997")), doc.id
                assert line.amount == before + meter["grt"] + meter["puc"], doc.id
            assert Decimal(fields["total"]) == sum(
                (Decimal(item["amount"]) for item in items), Decimal(0)
            ), doc.id
        if form == "hvac_changeout":  # rebates as credits; a deposit on most; a terms page
            assert truth["language"] == "en" and pages == 2 and "tax" not in fields, doc.id
            for item in items:
                if Decimal(item["amount"]) < 0:
                    assert item["quantity"] is None and item["unit_price"] is None, doc.id
                    assert f"({fmt.amount(-Decimal(item['amount']))})" in flat, doc.id
            paid = Decimal(adjustments.get("deposit", "0"))
            assert Decimal(fields["amount_due"]) == Decimal(fields["total"]) - paid, doc.id
            assert ex["ahri"] in text and ex["ahri"] not in fields.values(), doc.id
            assert "service_address" in fields, doc.id
        if form == "laundry_lease":  # the next calendar month, due on its first day
            assert truth["language"] == "en" and 1 <= pages <= 2, doc.id
            start = date.fromisoformat(fields["service_period_start"])
            end = date.fromisoformat(fields["service_period_end"])
            assert start.day == 1 and start > issued and (start - issued).days <= 31, doc.id
            assert end.month == start.month and (end + timedelta(1)).day == 1, doc.id
            assert fields["due_date"] == fields["service_period_start"], doc.id
            tax = _half_up(Decimal(fields["subtotal"]) * ex["tax_rate"])
            assert Decimal(fields["tax"]) == tax and fields["amount_due"] == fields["total"]
            for line in doc.lines:
                if line.note:
                    assert line.note.split()[0] in text, doc.id
        if form == "limpieza_edificios":  # the month before, the IVU between merchants
            assert truth["language"] == "es" and pages == 1, doc.id
            start = date.fromisoformat(fields["service_period_start"])
            end = date.fromisoformat(fields["service_period_end"])
            assert start.day == 1 and end + timedelta(1) == issued.replace(day=1), doc.id
            tax = _half_up(Decimal(fields["subtotal"]) * Decimal("0.04"))
            assert Decimal(fields["tax"]) == tax and fields["amount_due"] == fields["total"]
            assert ex["merchant"] in text and ex["merchant"] not in fields.values(), doc.id
            dated = [item for item in items if "date" in item]
            assert all(start <= date.fromisoformat(item["date"]) <= end for item in dated)
        if form == "papeleria_cfdi":  # the ISR withheld under RESICO as the discount
            assert truth["language"] == "es" and fields["currency"] == "MXN", doc.id
            assert 1 <= pages <= 2 and "amount_due" not in fields, doc.id
            subtotal = Decimal(fields["subtotal"])
            assert Decimal(adjustments["discount"]) == _half_up(subtotal / 80), doc.id
            assert Decimal(fields["tax"]) == _half_up(subtotal * Decimal("0.16")), doc.id
            assert amount_words_es(Decimal(fields["total"]), "MXN") in flat, doc.id
            assert all(line.code and line.code in text for line in doc.lines), doc.id
            assert ex["uuid"] in text and ex["uuid"] not in fields.values(), doc.id
    assert len(by_layout) == 5, by_layout
    assert by_layout["H182"] == {2} and by_layout["H184"] == {1}, by_layout
    assert by_layout["H181"] <= {2, 3} and max(by_layout["H185"]) == 2, by_layout


def _check_city_utility(doc: Any, text: str, pages: int, truth: dict[str, Any]) -> None:
    """H186: the sales tax on the electric charges alone; the stub repeats the account
    and the amount due; a fixed charge prints its amount only."""
    fields, flat, ex = truth["fields"], " ".join(text.split()), doc.extras
    assert truth["utility"] and truth["language"] == "en" and pages == 1, doc.id
    electric = sum((line.amount for line in doc.lines if line.gl == "6430"), Decimal(0))
    assert Decimal(fields["tax"]) == _half_up(electric * ex["tax_rate"]), doc.id
    assert flat.count(truth["printed"]["amount_due"]) >= 2, doc.id
    assert text.count(fields["account_number"]) >= 2, doc.id
    for item in truth["line_items"]:
        assert (item["quantity"] is None) == (item["unit_price"] is None), doc.id
    for _, meter, *_ in ex["meters"]:
        assert meter in text and meter not in fields.values(), doc.id


def _check_rental_return(doc: Any, text: str, pages: int, truth: dict[str, Any]) -> None:
    """H187: each tool's periods at its rate, the waiver on the rentals, no amount due."""
    fields, flat, fmt = truth["fields"], " ".join(text.split()), Fmt.of(doc)
    assert truth["document_type"] == "receipt" and pages == 1, doc.id
    name = fields.get("customer_name", "")
    assert "amount_due" not in fields and name == name.upper(), doc.id
    rentals = [line for line in doc.lines if line.group == "rent"]
    rented = sum((line.amount for line in rentals), Decimal(0))
    assert doc.lines[len(rentals)].amount == _half_up(rented * Decimal("0.12")), doc.id
    for line in rentals:
        price = fmt.amount(line.unit_price)
        assert f"{fmt.quantity(line.quantity)} x {line.unit} @ {price}" in flat, doc.id
    assert re.fullmatch(r"\d{4}-\d{6}", fields["invoice_number"]), doc.id
    assert doc.extras["auth"] in text and doc.extras["auth"] not in fields.values(), doc.id


def _check_irrigation_repair(doc: Any, text: str, pages: int, truth: dict[str, Any]) -> None:
    """H188: the materials alone taxed; each zone a heading, not an item."""
    fields, flat, ex = truth["fields"], " ".join(text.split()), doc.extras
    assert truth["language"] == "en" and fields["amount_due"] == fields["total"], doc.id
    parts = sum((line.amount for line in doc.lines if line.part), Decimal(0))
    assert Decimal(fields.get("tax", "0")) == _half_up(parts * ex["tax_rate"]), doc.id
    descriptions = {item["description"] for item in truth["line_items"]}
    for line in doc.lines:
        assert line.code and line.code in text and line.group not in descriptions, doc.id
        assert not line.part or (line.group and line.group in flat), doc.id
    assert ex["ticket"] in text and ex["ticket"] not in fields.values() and pages <= 2


def _check_cisterna(doc: Any, text: str, pages: int, truth: dict[str, Any]) -> None:
    """H189: the IVU on materials (11.5 %) and on services (4 %), summed as the tax."""
    fields, flat, ex, fmt = truth["fields"], " ".join(text.split()), doc.extras, Fmt.of(doc)
    assert truth["language"] == "es" and pages == 1, doc.id
    goods, services = ex["bases"]
    expected = (_half_up(goods * Decimal("0.115")), _half_up(services * Decimal("0.04")))
    assert ex["ivu"] == expected and Decimal(fields["tax"]) == sum(expected), doc.id
    assert all(fmt.money(amount) in flat for amount in expected), doc.id
    assert fields["amount_due"] == fields["total"], doc.id
    assert ex["merchant"] in text and ex["merchant"] not in fields.values(), doc.id


def _check_substation_cfdi(doc: Any, text: str, pages: int, truth: dict[str, Any]) -> None:
    """H190: a CFDI's IVA on the concepts, no amount due; keys and folio outside the truth."""
    fields, flat, ex = truth["fields"], " ".join(text.split()), doc.extras
    assert truth["language"] == "es" and fields["currency"] == "MXN", doc.id
    assert "amount_due" not in fields and 1 <= pages <= 2, doc.id
    subtotal = Decimal(fields["subtotal"])
    assert Decimal(fields["tax"]) == _half_up(subtotal * Decimal("0.16")), doc.id
    assert amount_words_es(Decimal(fields["total"]), "MXN") in flat, doc.id
    assert all(sat in text for sat, _, _ in ex["keys"]), doc.id
    assert ex["uuid"] in text and ex["uuid"] not in fields.values(), doc.id
    assert "due_date" not in fields or fields["due_date"] > fields["invoice_date"], doc.id


BLIND16_CHECKS: dict[str, Callable[[Any, str, int, dict[str, Any]], None]] = {
    "H186": _check_city_utility,
    "H187": _check_rental_return,
    "H188": _check_irrigation_repair,
    "H189": _check_cisterna,
    "H190": _check_substation_cfdi,
}


def _blind16_layout(layout: dict[str, Any]) -> bool:
    """The layouts added with H186-H190."""
    return layout["id"] in BLIND16_CHECKS


def test_city_utility_rental_return_irrigation_cistern_and_substation_cfdi() -> None:
    """The layouts added with H186-H190 add up, print their truth and their own rules."""
    seen: dict[str, set[int]] = defaultdict(set)
    for doc, _, text, pages, truth, flat in rendered_whole(_blind16_layout, 241):
        numbers = ("invoice_number", "account_number", "po_number", "vendor_tax_id")
        assert all(truth["fields"][key] in flat for key in numbers if key in truth["fields"])
        BLIND16_CHECKS[doc.layout["id"]](doc, text, pages, truth)
        seen[doc.layout["id"]].add(pages)
    assert set(seen) == set(BLIND16_CHECKS) and seen["H187"] == seen["H189"] == {1}, seen


def test_languages_and_kinds_are_mixed(run: tuple[Path, list[dict]]) -> None:
    _, truths = run
    spanish = sum(t["language"] == "es" for t in truths) / len(truths)
    assert 0.25 <= spanish <= 0.5
    assert {t["document_type"] for t in truths} == {"invoice", "receipt"}
    assert any(t["utility"] for t in truths) and any(t["pages"] > 1 for t in truths)


def test_master_data_matches_the_documents(run: tuple[Path, list[dict]]) -> None:
    out, truths = run
    master = out / "master-data"
    for name, header in HEADERS.items():
        with (master / f"{name}.csv").open(encoding="utf-8") as handle:
            assert next(csv.reader(handle)) == header
    vendors = {row["code"]: row for row in read_csv(master / "vendors.csv")}
    properties = {row["code"]: row for row in read_csv(master / "properties.csv")}
    accounts = {row["account"] for row in read_csv(master / "gl-accounts.csv")}
    ap = read_csv(master / "ap-items.csv")
    orders = {row["po_number"] for row in read_csv(master / "purchase-orders.csv")}
    entered = {(row["vendor_code"], row["invoice_number"]) for row in ap}
    for truth in truths:
        assert truth["vendor_code"] in vendors
        assert truth["property_code"] is None or truth["property_code"] in properties
        if truth["unit"]:
            assert truth["unit"] in properties[truth["property_code"]]["units"].split("|")
        assert set(truth["gl_accounts"]) <= accounts
        if "po_number" in truth["fields"]:
            assert truth["fields"]["po_number"] in orders
        key = (truth["vendor_code"], truth["fields"]["invoice_number"])
        assert (key in entered) == bool(truth["duplicate_of"]), truth["id"]
    assert any(t["duplicate_of"] for t in truths)
    assert all(row["vendor_code"] in vendors and row["gl_account"] in accounts for row in ap)
    assert all(row["property"] in properties for row in ap)


def test_vendor_history_is_coded_to_its_usual_accounts(run: tuple[Path, list[dict]]) -> None:
    out, truths = run
    usual: dict[str, set[str]] = defaultdict(set)
    for row in read_csv(out / "master-data/ap-items.csv"):
        usual[row["vendor_code"]].add(row["gl_account"])
    assert max(len(codes) for codes in usual.values()) <= 2
    lines = [
        (t["vendor_code"], gl)
        for t in truths
        if t["document_type"] == "invoice"
        for gl in t["gl_accounts"]
    ]
    usual_share = sum(gl in usual[code] for code, gl in lines) / len(lines)
    assert usual_share > 0.8


def test_master_data_holds_distractors() -> None:
    world = build_world(1)
    names = [v.name.lower() for v in world.vendors]
    assert sum(name.startswith("acme plumbing") for name in names) >= 2
    addresses = defaultdict(list)
    for vendor in world.vendors:
        addresses[vendor.address_lines[0].split(",")[0]].append(vendor.code)
    assert max(len(codes) for codes in addresses.values()) >= 3
    streets = defaultdict(list)
    for prop in world.properties:
        streets[
            prop.street.split(" ", 1)[1]
            if prop.street[0].isdigit()
            else prop.street.rsplit(" ", 1)[0]
        ].append(prop.code)
    assert max(len(codes) for codes in streets.values()) >= 2


@pytest.mark.slow
def test_scan_and_photo_renders(tmp_path: Path) -> None:
    paths = generate(tmp_path, seed=21, count=6, layouts=["L02", "L22", "L17"])
    truths = [json.loads(p.read_text(encoding="utf-8")) for p in paths]
    for truth in truths:
        renders = truth["renders"]
        assert set(renders) >= {"digital", "scan"}
        scan = tmp_path / renders["scan"]
        if truth["pages"] == 1:
            assert scan.suffix == ".jpg"
            with Image.open(scan) as image:
                assert image.size[0] >= 2400  # 300 dpi
        elif scan.suffix == ".tif":
            with Image.open(scan) as image:
                assert getattr(image, "n_frames", 1) == truth["pages"]
        else:
            assert len(pdfium.PdfDocument(scan)) == truth["pages"]
            assert not pdf_text(scan).strip()  # image only
        if "photo" in renders:
            with Image.open(tmp_path / renders["photo"]) as image:
                assert image.format == "JPEG"
    assert any(t["pages"] > 1 for t in truths)


def test_large_master_streams(tmp_path: Path) -> None:
    generate(tmp_path, seed=2, count=4, renders=["digital"])
    master = tmp_path / "master-data"
    write_scale_master(master, build_world(2), vendors=3000, ap_items_count=20000, seed=2)
    vendors = read_csv(master / "vendors.csv")
    ap = read_csv(master / "ap-items.csv")
    assert len(vendors) == 3000 and len(ap) == 20000
    codes = {row["code"] for row in vendors}
    assert len(codes) == len(vendors)
    assert {row["vendor_code"] for row in ap} <= codes
    assert {v.code for v in build_world(2).vendors} <= codes


def test_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(
        [
            "--out",
            str(tmp_path / "o"),
            "--seed",
            "4",
            "--count",
            "3",
            "--renders",
            "digital",
            "--master-data",
            str(tmp_path / "m"),
        ]
    )
    assert len(list((tmp_path / "o").glob("*.json"))) == 3
    assert (tmp_path / "m/vendors.csv").exists()
    assert "3 documents" in capsys.readouterr().out


def test_committed_samples_are_consistent() -> None:
    documents = SAMPLES / "documents"
    truths = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(documents.glob("*.json"))]
    assert len(truths) >= 10
    size = sum(p.stat().st_size for p in documents.iterdir()) + sum(
        p.stat().st_size for p in (SAMPLES / "master-data").iterdir()
    )
    assert size < 8_500_000
    vendors = {row["code"] for row in read_csv(SAMPLES / "master-data/vendors.csv")}
    seen = set()
    for truth in truths:
        assert truth["vendor_code"] in vendors
        for kind, name in truth["renders"].items():
            assert (documents / name).exists()
            seen.add((truth["language"], kind))
        assert truth["fields"]["invoice_number"] in pdf_text(
            documents / truth["renders"]["digital"]
        )
    assert seen >= {(lang, kind) for lang in ("en", "es") for kind in ("digital", "scan", "photo")}
    assert {t["document_type"] for t in truths} == {"invoice", "receipt"}
    assert {t["pages"] for t in truths} >= {1, 2}
