# ruff: noqa: E501  (the books are CSV rows, as long as they are)
"""A small company's books as CSV files, imported the way the CLI does, for the matching
tests; and the tests of the import itself: headers, every bad row with its line, all or
nothing, and the same file twice giving the same records."""

from __future__ import annotations

import io
from dataclasses import asdict
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from docmatch.errors import BadInput
from matching import (
    ApItem,
    MasterDataError,
    MasterKind,
    MatchIndex,
    Property,
    PurchaseOrder,
    Vendor,
    parse_master_csv,
)

BOOKS = {
    MasterKind.VENDORS: """\
code,name,aliases,address,phone,email,tax_id,default_gl,remit_to_address
ACME,ACME Plumbing LLC,Acme Plumbing|ACME PLUMBING,"2200 Commerce St, Bldg 107, Dallas, TX 75201",214.876.0996,accounts@acmeplumbing.net,16-2771659,6110,
ACMEH,Acme Plumbing & Heating Inc.,Acme Plumbing and Heating,"2200 Commerce St, Unit 128, Dallas, TX 75201",713-486-5708,ap@acmeph.com,23-8030513,6110,"PO Box 703785, Houston, TX 77060"
HERN,"Plomería Hernández y Hnos, S.A. de C.V.",Plomeria Hernandez,"Calle Morelos No. 123 Int. 4, Col. Centro, 64000 Monterrey, N.L.",+52 81 8123 4567,facturacion@plomeriahernandez.mx,PHH010203AB1,6110,
GREEN,Green Leaf Landscaping,,"77 Elm Street, Austin, TX 78702",512-555-0142,greenleaf77@gmail.com,,6310,
BRIGHT,Bright Spark Electric Co.,,"4100 Airport Blvd, Austin, TX 78722",(512) 555-0177,billing@brightspark.com,74-1234567,6120,"PO Box 9921, Austin, TX 78766"
CITY,City of Austin Utilities,Austin Water|Austin Energy,"625 E 10th St, Austin, TX 78701",512-494-9400,,,6410,
""",
    MasterKind.PROPERTIES: """\
code,name,address,city,state,zip,units,approver
oakr,Oak Ridge Apartments,1200 Oak Ridge Dr,Dallas,TX,75244,101|102|210|316,Maria Lopez
oakt,Oak Ridge Townhomes,1250 Oak Ridge Dr,Dallas,TX,75244,A1|A2|B1,Maria Lopez
palm,Residencial Las Palmas,Avenida Constitución 1450,Monterrey,N.L.,64000,101|102|201,Jorge Ruiz
cedar,Cedar Park Villas,300 W Whitestone Blvd,Cedar Park,TX,78613,1|2|3|4,Ann Lee
""",
    MasterKind.GL_ACCOUNTS: """\
account,name,type
2010,Accounts Payable,liability
2110,Security Deposits Held,liability
6110,Repairs & Maintenance - Plumbing,expense
6120,Repairs & Maintenance - Electrical,expense
6130,Repairs & Maintenance - HVAC,expense
6150,Repairs & Maintenance - Supplies,expense
6310,Landscaping,expense
6320,Pest Control,expense
6410,Utilities - Water,expense
6420,Utilities - Sewer,expense
6430,Utilities - Electric,expense
""",
    MasterKind.AP_ITEMS: """\
vendor_code,invoice_number,invoice_date,amount,status,paid_date,property,gl_account,description
ACME,INV-000123,2026-03-01,450.00,paid,2026-03-20,oakr,6110,Repair leak under kitchen sink - Unit 210
ACME,INV-000124,2026-03-10,95.00,open,,oakr,6110,Service call / trip charge
ACME,INV-000125,2026-03-12,38.50,open,,oakr,6150,PVC fittings and materials
ACME,INV-000126,2026-03-15,1250.00,paid,2026-04-01,oakt,6110,Replace 40 gal water heater
GREEN,1001,2026-01-05,300.00,paid,2026-01-20,cedar,6310,Monthly grounds maintenance
GREEN,1002,2026-02-05,300.00,paid,2026-02-20,cedar,6310,Monthly grounds maintenance
GREEN,1003,2026-03-05,300.00,open,,cedar,6310,Monthly grounds maintenance
CITY,7700123,2026-02-28,812.40,paid,2026-03-10,cedar,6410,Water usage
CITY,7700124,2026-02-28,233.10,paid,2026-03-10,cedar,6420,Sewer service
CITY,7700125,2026-02-28,1210.77,paid,2026-03-10,cedar,6430,Energy charge
BRIGHT,B-0042,2026-02-11,640.00,void,,oakr,6120,Replace GFCI outlet - Unit 101
""",
    MasterKind.AR_ITEMS: """\
customer,invoice_number,invoice_date,amount,balance,property
Laura Gómez,AR-2026-00001,2026-03-01,1450.00,1450.00,oakr
Oak Ridge Townhomes,AR-2026-00002,2026-03-02,"2,300.00",0.00,oakt
""",
    MasterKind.PURCHASE_ORDERS: """\
po_number,vendor_code,property,amount,status
PO-04501,ACME,oakr,1000.00,open
PO-04502,GREEN,cedar,900.00,closed
PO-04503,BRIGHT,oakr,640.00,open
""",
}


def write_books(folder: Path) -> dict[MasterKind, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for kind, text in BOOKS.items():
        paths[kind] = folder / f"{kind.value}.csv"
        paths[kind].write_text(text, encoding="utf-8")
    return paths


def load_books(folder: Path) -> MatchIndex:
    """The books written as files, read back through the import, indexed."""
    write_books(folder)

    def read(kind: MasterKind) -> bytes:
        return folder.joinpath(f"{kind.value}.csv").read_bytes()

    return MatchIndex.build(
        vendors=parse_master_csv(MasterKind.VENDORS, read(MasterKind.VENDORS)),
        properties=parse_master_csv(MasterKind.PROPERTIES, read(MasterKind.PROPERTIES)),
        gl_accounts=parse_master_csv(MasterKind.GL_ACCOUNTS, read(MasterKind.GL_ACCOUNTS)),
        ap_items=parse_master_csv(MasterKind.AP_ITEMS, read(MasterKind.AP_ITEMS)),
        purchase_orders=parse_master_csv(
            MasterKind.PURCHASE_ORDERS, read(MasterKind.PURCHASE_ORDERS)
        ),
    )


def test_every_kind_imports_with_typed_values(tmp_path: Path) -> None:
    paths = write_books(tmp_path)
    vendors = parse_master_csv("vendors", paths[MasterKind.VENDORS].read_text("utf-8"))
    hernandez = next(v for v in vendors if v.key == "HERN")
    assert isinstance(hernandez, Vendor)
    assert hernandez.name == "Plomería Hernández y Hnos, S.A. de C.V."
    assert hernandez.aliases == ("Plomeria Hernandez",)
    acme = next(v for v in vendors if v.key == "ACME")
    assert acme.aliases == ("Acme Plumbing", "ACME PLUMBING")

    places = parse_master_csv(MasterKind.PROPERTIES, paths[MasterKind.PROPERTIES].read_bytes())
    assert isinstance(places[0], Property) and places[0].units == ("101", "102", "210", "316")

    with paths[MasterKind.AP_ITEMS].open(encoding="utf-8") as stream:
        items = parse_master_csv(MasterKind.AP_ITEMS, stream)
    first = items[0]
    assert isinstance(first, ApItem)
    assert first.key == ("ACME", "INV-000123")
    assert first.amount == Decimal("450.00") and first.invoice_date == date(2026, 3, 1)
    assert first.paid_date == date(2026, 3, 20) and items[1].paid_date is None

    ar = parse_master_csv("ar-items", paths[MasterKind.AR_ITEMS].read_bytes())
    assert [row.amount for row in ar] == [Decimal("1450.00"), Decimal("2300.00")]
    orders = parse_master_csv("purchase-orders", paths[MasterKind.PURCHASE_ORDERS].read_bytes())
    assert isinstance(orders[1], PurchaseOrder) and not orders[1].is_open and orders[0].is_open
    accounts = parse_master_csv("gl-accounts", paths[MasterKind.GL_ACCOUNTS].read_bytes())
    assert [a.key for a in accounts][:2] == ["2010", "2110"]


def test_the_same_file_twice_changes_nothing(tmp_path: Path) -> None:
    path = write_books(tmp_path)[MasterKind.AP_ITEMS]
    stored = {row.key: row for row in parse_master_csv("ap-items", path.read_bytes())}
    before = {key: asdict(row) for key, row in stored.items()}
    for row in parse_master_csv("ap-items", path.read_bytes()):
        stored[row.key] = row  # the upsert a store does by natural key
    assert {key: asdict(row) for key, row in stored.items()} == before


def test_extra_columns_are_ignored_and_headers_read_without_case() -> None:
    text = "Code,NAME,Notes, Phone \nV1,Acme LLC,call first,(512) 555-0100\n"
    (vendor,) = parse_master_csv("vendors", "\ufeff" + text)
    assert vendor == Vendor(code="V1", name="Acme LLC", phone="(512) 555-0100")


def test_a_missing_required_column_is_reported_on_the_header_line() -> None:
    with pytest.raises(MasterDataError) as caught:
        parse_master_csv("ap-items", "vendor_code,invoice_number,amount\nV1,1,5.00\n")
    assert [(p.line, p.reason) for p in caught.value.problems] == [
        (1, "missing column 'invoice_date'")
    ]


def test_every_bad_row_is_reported_with_its_line_and_nothing_is_returned() -> None:
    text = (
        "vendor_code,invoice_number,invoice_date,amount,status\n"
        "V1,100,2026-01-05,120.00,paid\n"
        "V1,101,2026-13-01,abc,open\n"
        "\n"
        'V1,102,"03/04/2026","1,234.50",open\n'
        "V1,100,2026-02-01,5.00,open\n"
        ",103,2026-02-01,5.00,open\n"
        "V1,104,2026-02-01,1.234,50,open\n"
    )
    with pytest.raises(MasterDataError) as caught:
        parse_master_csv("ap-items", text)
    error = caught.value
    assert isinstance(error, BadInput)
    assert [p.line for p in error.problems] == [3, 6, 7, 8]
    reasons = dict((p.line, p.reason) for p in error.problems)
    assert "invoice_date '2026-13-01' is not a date" in reasons[3]
    assert "amount 'abc' is not an amount" in reasons[3]
    assert reasons[6] == "duplicate key 'V1/100' (first on line 2)"
    assert reasons[7] == "vendor_code is empty"
    assert reasons[8] == "6 values for 5 columns"
    assert "line 3:" in error.message and "nothing imported" in error.message


def test_a_quoted_value_over_several_lines_keeps_the_line_numbers() -> None:
    text = 'code,name,address\nV1,Acme,"123 Main St\nSuite 4\nAustin, TX 78701"\nV2,,77 Elm St\n'
    with pytest.raises(MasterDataError) as caught:
        parse_master_csv("vendors", io.StringIO(text))
    assert [(p.line, p.reason) for p in caught.value.problems] == [(5, "name is empty")]


def test_unknown_kind_and_empty_file_are_errors() -> None:
    with pytest.raises(MasterDataError, match="unknown kind"):
        parse_master_csv("employees", "code\n")
    with pytest.raises(MasterDataError, match="empty"):
        parse_master_csv("vendors", "")


def test_money_formats() -> None:
    text = "po_number,vendor_code,amount\nP1,V,$1,200.50\nP2,V,(45.00)\nP3,V,-3\n"
    with pytest.raises(MasterDataError):  # an unquoted "1,200.50" splits into two values
        parse_master_csv("purchase-orders", text)
    text = 'po_number,vendor_code,amount\nP1,V,"$1,200.50"\nP2,V,(45.00)\nP3,V,-3\n'
    amounts = [o.amount for o in parse_master_csv("purchase-orders", text)]
    assert amounts == [Decimal("1200.50"), Decimal("-45.00"), Decimal("-3")]
