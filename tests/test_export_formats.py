"""Export formats: each file byte for byte against one written by hand, balance refused,
same batch same bytes, CSV read back to the same values, IIF bills summing to zero."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from docmatch.errors import DocmatchError
from docmatch.export import (
    ExportError,
    ExportFormat,
    ExportInvoice,
    ExportLine,
    UnbalancedInvoice,
    file_name,
    load_layout,
    media_type,
    render_export,
)

EXPECTED = Path(__file__).parent / "expected" / "exports"
BATCH = 42

SPANISH = ExportInvoice(
    document_id="doc-0001",
    vendor_code="plohern",
    vendor_name="Plomería Hernández",
    invoice_number="F-0457",
    invoice_date=date(2024, 5, 28),
    due_date=date(2024, 6, 27),
    post_month=date(2024, 6, 1),
    po_number=None,
    total=Decimal("385.00"),
    remark="Reparación de fuga",
    image_path="documents/doc-0001/original.pdf",
    lines=(
        ExportLine(
            "Reparación de fuga en baño, unidad 12B", Decimal("385.00"), "6420", "lp01", "12B"
        ),
    ),
)
THREE_LINES = ExportInvoice(
    document_id="doc-0002",
    vendor_code="acmelan",
    vendor_name="Acme Landscaping, LLC",
    invoice_number="INV-10023",
    invoice_date=date(2024, 5, 31),
    due_date=None,
    post_month=date(2024, 6, 1),
    po_number=None,
    total=Decimal("565.49"),
    remark='Monthly "full service" contract',
    image_path="documents/doc-0002/original.pdf",
    lines=(
        ExportLine("Mowing - May", Decimal("350.00"), "6210", "oak01"),
        ExportLine("Shrub trimming", Decimal("125.50"), "6210", "oak01"),
        ExportLine(
            "Irrigation repair:\tvalve replaced\nzone 3", Decimal("89.99"), "6450", "maple2"
        ),
    ),
)
WITH_PO = ExportInvoice(
    document_id="doc-0003",
    vendor_code="sherwil",
    vendor_name="Sherwin-Williams",
    invoice_number="8841-2291",
    invoice_date=date(2024, 6, 3),
    due_date=date(2024, 7, 3),
    post_month=date(2024, 6, 1),
    po_number="PO-2024-0117",
    total=Decimal("450.46"),
    remark="Paint for turnover",
    image_path="documents/doc-0003/original.jpg",
    lines=(
        ExportLine("Paint, eggshell, 5 gal x4", Decimal("412.36"), "6520", "oak01", "204"),
        ExportLine("Rollers and tape", Decimal("38.10"), "6520", "oak01", "204"),
    ),
)
BATCH_INVOICES = (SPANISH, THREE_LINES, WITH_PO)
EXPECTED_FILES = {
    ExportFormat.YARDI: "batch-000042-yardi.csv",
    ExportFormat.QUICKBOOKS: "batch-000042.iif",
    ExportFormat.CSV: "batch-000042.csv",
    ExportFormat.JSON: "batch-000042.json",
}


@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_each_format_matches_the_file_written_by_hand(fmt: ExportFormat) -> None:
    expected = (EXPECTED / EXPECTED_FILES[fmt]).read_bytes()
    assert render_export(fmt, BATCH_INVOICES, batch_number=BATCH) == expected


@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_same_batch_gives_same_bytes(fmt: ExportFormat) -> None:
    copies = tuple(replace(invoice) for invoice in BATCH_INVOICES)
    first = render_export(fmt, BATCH_INVOICES, batch_number=BATCH)
    assert render_export(fmt, copies, batch_number=BATCH) == first
    assert render_export(fmt, list(BATCH_INVOICES), batch_number=BATCH) == first


@pytest.mark.parametrize("fmt", [ExportFormat.YARDI, ExportFormat.QUICKBOOKS, ExportFormat.CSV])
def test_flat_files_end_every_record_with_crlf(fmt: ExportFormat) -> None:
    text = render_export(fmt, BATCH_INVOICES, batch_number=BATCH).decode("utf-8")
    records = text.split("\r\n")
    assert records[-1] == ""
    if fmt is not ExportFormat.CSV:  # only the plain CSV keeps a newline inside a quoted value
        assert not any("\n" in record or "\r" in record for record in records)


@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_spanish_names_are_written_in_utf8(fmt: ExportFormat) -> None:
    data = render_export(fmt, BATCH_INVOICES, batch_number=BATCH)
    assert "Plomería Hernández".encode() in data
    assert "Reparación de fuga en baño".encode() in data


@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_lines_that_do_not_add_up_are_refused(fmt: ExportFormat) -> None:
    short = replace(THREE_LINES, total=Decimal("565.50"))
    with pytest.raises(UnbalancedInvoice) as caught:
        render_export(fmt, (SPANISH, short), batch_number=BATCH)
    assert isinstance(caught.value, DocmatchError)
    assert "INV-10023" in caught.value.message
    assert "565.49" in caught.value.message and "565.50" in caught.value.message


@pytest.mark.parametrize(
    ("invoices", "words"),
    [
        ((replace(SPANISH, lines=(), total=Decimal(0)),), "no lines"),
        ((replace(SPANISH, total=Decimal("385.001")),), "whole cents"),
        ((SPANISH, replace(THREE_LINES, document_id="doc-0001")), "twice"),
    ],
)
def test_malformed_batches_are_refused(invoices: tuple[ExportInvoice, ...], words: str) -> None:
    with pytest.raises(ExportError, match=words):
        render_export(ExportFormat.YARDI, invoices, batch_number=BATCH)


def test_yardi_csv_reads_back_to_the_invoice_values() -> None:
    data = render_export(ExportFormat.YARDI, BATCH_INVOICES, batch_number=BATCH)
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))
    expected_rows = [(i, inv, line) for i, inv in enumerate(BATCH_INVOICES) for line in inv.lines]
    assert len(rows) == len(expected_rows)
    for row, (index, invoice, line) in zip(rows, expected_rows, strict=True):
        assert row["TYPE"] == "P"
        assert row["TRANNUM"] == str(BATCH * 10_000 + index + 1)
        assert row["PERSON"] == invoice.vendor_code
        assert row["NAME"] == invoice.vendor_name
        assert row["REF"] == invoice.invoice_number
        assert row["REMARK"] == invoice.remark
        assert row["PROPERTY"] == line.property_code
        assert row["ACCOUNT"] == line.gl_account
        assert Decimal(row["AMOUNT"]) == line.amount
        assert row["DATE"] == invoice.invoice_date.strftime("%m/%d/%Y")
        assert row["POSTMONTH"] == "06/2024"
        assert row["DUEDATE"] == (invoice.due_date.strftime("%m/%d/%Y") if invoice.due_date else "")
        assert row["PONUM"] == (invoice.po_number or "")
        assert row["IMAGEPATH"] == invoice.image_path
        assert row["DESC"] == " ".join(line.description.split())


def test_plain_csv_reads_back_to_the_exact_values() -> None:
    data = render_export(ExportFormat.CSV, BATCH_INVOICES, batch_number=BATCH)
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))
    lines = [(invoice, line) for invoice in BATCH_INVOICES for line in invoice.lines]
    for row, (invoice, line) in zip(rows, lines, strict=True):
        assert row["vendor_name"] == invoice.vendor_name
        assert row["remark"] == invoice.remark
        assert row["description"] == line.description  # tab and newline kept, quoted
        assert date.fromisoformat(row["invoice_date"]) == invoice.invoice_date
        assert Decimal(row["invoice_total"]) == invoice.total
        assert Decimal(row["amount"]) == line.amount
        assert row["unit"] == (line.unit or "")
    totals: dict[str, Decimal] = {}
    for row in rows:
        totals[row["document_id"]] = totals.get(row["document_id"], Decimal(0)) + Decimal(
            row["amount"]
        )
    assert totals == {invoice.document_id: invoice.total for invoice in BATCH_INVOICES}


def iif_bills(data: bytes) -> list[list[dict[str, str]]]:
    """The bills of an IIF file, each a list of its TRNS and SPL rows keyed by header."""
    headers: dict[str, list[str]] = {}
    bills: list[list[dict[str, str]]] = []
    for record in data.decode("utf-8").split("\r\n")[:-1]:
        kind, *cells = record.split("\t")
        if kind.startswith("!"):
            headers[kind[1:]] = cells
        elif kind == "TRNS":
            bills.append([])
        if kind in ("TRNS", "SPL"):
            assert len(cells) == len(headers[kind]), record
            bills[-1].append({"KIND": kind, **dict(zip(headers[kind], cells, strict=True))})
    return bills


def test_iif_bills_sum_to_zero_and_carry_the_invoice() -> None:
    bills = iif_bills(render_export(ExportFormat.QUICKBOOKS, BATCH_INVOICES, batch_number=BATCH))
    assert len(bills) == len(BATCH_INVOICES)
    for bill, invoice in zip(bills, BATCH_INVOICES, strict=True):
        trns, *splits = bill
        assert sum(Decimal(row["AMOUNT"]) for row in bill) == 0
        assert Decimal(trns["AMOUNT"]) == -invoice.total
        assert trns["TRNSTYPE"] == "BILL" and trns["ACCNT"] == "Accounts Payable"
        assert trns["DOCNUM"] == invoice.invoice_number
        assert [s["ACCNT"] for s in splits] == [line.gl_account for line in invoice.lines]
        assert [s["CLASS"] for s in splits] == [line.property_code for line in invoice.lines]
        assert all(Decimal(s["AMOUNT"]) > 0 for s in splits)


def test_trannum_is_unique_within_and_across_batches() -> None:
    def trannums(batch_number: int) -> set[str]:
        data = render_export(ExportFormat.YARDI, BATCH_INVOICES, batch_number=batch_number)
        return {row["TRANNUM"] for row in csv.DictReader(io.StringIO(data.decode("utf-8")))}

    assert len(trannums(42)) == len(BATCH_INVOICES)
    assert trannums(42).isdisjoint(trannums(43))


def test_a_company_layout_changes_columns_and_ap_account(tmp_path: Path) -> None:
    layout_file = tmp_path / "our_template.json"
    layout_file.write_text(
        json.dumps(
            {
                "format": "quickbooks",
                "name": "Our QuickBooks",
                "date_format": "%m/%d/%y",
                "month_format": "%m/%Y",
                "invoice_columns": [
                    {"header": "TRNSTYPE", "value": "BILL"},
                    {"header": "DATE", "field": "invoice_date"},
                    {"header": "ACCNT", "value": "Accounts Payable (A/P)"},
                    {"header": "AMOUNT", "field": "total_negated"},
                ],
                "line_columns": [
                    {"header": "ACCNT", "field": "gl_account"},
                    {"header": "AMOUNT", "field": "amount"},
                ],
            }
        ),
        encoding="utf-8",
    )
    layout = load_layout(layout_file)
    data = render_export(ExportFormat.QUICKBOOKS, (SPANISH,), batch_number=7, layout=layout)
    assert data.decode("utf-8").splitlines()[3:5] == [
        "TRNS\tBILL\t05/28/24\tAccounts Payable (A/P)\t-385.00",
        "SPL\t6420\t385.00",
    ]
    with pytest.raises(ExportError, match="not csv"):
        render_export(ExportFormat.CSV, (SPANISH,), batch_number=7, layout=layout)


def test_a_layout_that_would_unbalance_a_bill_is_refused(tmp_path: Path) -> None:
    packaged = Path(__file__).parent.parent / "docmatch" / "export" / "layouts"
    data = json.loads((packaged / "quickbooks_bill.json").read_text(encoding="utf-8"))
    for column in data["invoice_columns"]:
        if column["header"] == "AMOUNT":
            column["field"] = "total"  # positive: the bill would double instead of balance
    (tmp_path / "wrong.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(UnbalancedInvoice, match="would not balance"):
        render_export(
            ExportFormat.QUICKBOOKS,
            BATCH_INVOICES,
            batch_number=BATCH,
            layout=load_layout(tmp_path / "wrong.json"),
        )


def test_a_layout_naming_an_unknown_field_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "typo.json"
    path.write_text(
        json.dumps(
            {
                "format": "yardi",
                "name": "typo",
                "date_format": "%m/%d/%Y",
                "month_format": "%m/%Y",
                "line_columns": [{"header": "PERSON", "field": "vendor_cod"}],
            }
        ),
        encoding="utf-8",
    )
    with pytest.raises(ExportError, match="vendor_cod"):
        load_layout(path)


def test_file_names_and_media_types() -> None:
    created = date(2024, 6, 3)
    names = {fmt: file_name(fmt, batch_number=BATCH, created=created) for fmt in ExportFormat}
    assert names == {
        ExportFormat.YARDI: "docmatch-batch-000042-20240603-yardi.csv",
        ExportFormat.QUICKBOOKS: "docmatch-batch-000042-20240603.iif",
        ExportFormat.CSV: "docmatch-batch-000042-20240603.csv",
        ExportFormat.JSON: "docmatch-batch-000042-20240603.json",
    }
    assert media_type(ExportFormat.CSV) == "text/csv; charset=utf-8"
    assert media_type(ExportFormat.JSON) == "application/json"


free_text = st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=30)
cents = st.integers(min_value=-50_000, max_value=5_000_000).map(lambda c: Decimal(c) / 100)


@st.composite
def invoices(draw: st.DrawFn) -> ExportInvoice:
    amounts = draw(st.lists(cents, min_size=1, max_size=4))
    lines = tuple(
        ExportLine(draw(free_text), amount, draw(free_text), draw(free_text)) for amount in amounts
    )
    return replace(
        THREE_LINES,
        vendor_name=draw(free_text),
        remark=draw(free_text),
        invoice_number=draw(free_text),
        total=sum(amounts, Decimal(0)),
        lines=lines,
    )


@settings(max_examples=60, deadline=None)
@given(invoices())
def test_any_balanced_invoice_gives_a_well_formed_iif_and_csv(invoice: ExportInvoice) -> None:
    bills = iif_bills(render_export(ExportFormat.QUICKBOOKS, (invoice,), batch_number=1))
    assert len(bills) == 1 and len(bills[0]) == 1 + len(invoice.lines)
    assert sum(Decimal(row["AMOUNT"]) for row in bills[0]) == 0

    data = render_export(ExportFormat.CSV, (invoice,), batch_number=1)
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))
    assert [row["description"] for row in rows] == [line.description for line in invoice.lines]
    assert [row["vendor_name"] for row in rows] == [invoice.vendor_name] * len(invoice.lines)
