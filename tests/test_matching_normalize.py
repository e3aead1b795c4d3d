"""Normal forms: two spellings a person calls the same compare equal."""

from __future__ import annotations

import pytest

from matching.address import address_similarity, parse_address
from matching.normalize import (
    email_parts,
    name_key,
    normalize_invoice_number,
    normalize_name,
    normalize_phone,
    normalize_tax_id,
)


@pytest.mark.parametrize(
    ("written", "master"),
    [
        ("Acme Plumbing, L.L.C.", "ACME PLUMBING"),
        ("Servicios Hernández y Hnos. S.A. de C.V.", "SERVICIOS HERNANDEZ HERMANOS"),
        ("Grupo Constructor del Norte, S. de R.L. de C.V.", "Grupo Constructor Norte"),
        ("Smith & Sons Electric Co., Inc.", "Smith and Sons Electric"),
        ("J&M Svcs", "J and M Services"),
        ("The A.B.C. Company", "ABC"),
        ("A/C Masters Corp.", "AC MASTERS"),
        ("Fumigaciones del Bajío SAPI de CV", "FUMIGACIONES BAJIO"),
    ],
)
def test_names_equal_after_normalising(written: str, master: str) -> None:
    assert normalize_name(written) == normalize_name(master)


@pytest.mark.parametrize(
    ("read", "master"),
    [
        ("ACME PLUMB1NG", "Acme Plumbing"),
        ("0AK RIDGE", "Oak Ridge"),
        ("Moclern Pest", "Modern Pest"),
        ("5UNBELT", "Sunbelt"),
    ],
)
def test_ocr_confusions_fold_to_the_same_key(read: str, master: str) -> None:
    assert name_key(read) == name_key(master)


def test_a_legal_suffix_alone_is_kept_as_the_name() -> None:
    assert normalize_name("Company") == "COMPANY"
    assert normalize_name("Acme") != normalize_name("Acme Plumbing")


@pytest.mark.parametrize(
    ("phone", "expected"),
    [
        ("(512) 555-0100", "5125550100"),
        ("+1 512.555.0100 ext 204", "5125550100"),
        ("Tel: 512-555-O1OO", "5125550100"),
        ("+52 (81) 8123-4567", "8181234567"),
        ("n/a", ""),
        ("555-01", ""),
    ],
)
def test_phones(phone: str, expected: str) -> None:
    assert normalize_phone(phone) == expected


def test_tax_ids_and_emails() -> None:
    assert normalize_tax_id("12-3456789") == normalize_tax_id("123456789")
    assert normalize_tax_id("PHH-010203-AB1") == normalize_tax_id("PHH010203AB1")
    assert normalize_tax_id("PHH010203ABI") == normalize_tax_id("PHH010203AB1")  # I read for 1
    assert email_parts("Billing <AP@AcmePlumbing.com>") == (
        "ap@acmeplumbing.com",
        "acmeplumbing.com",
    )
    assert email_parts("no address here") == ("", "")


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        ("INV-000123", "123"),
        ("Invoice #123", "123"),
        ("inv000123", "123"),
        ("Factura No. A-0042", "A42"),
        ("Folio F-00042", "F42"),
        ("2026-0042", "202642"),
        ("PO-04501", "4501"),
        ("OC 4501", "4501"),
        ("NOVA-7", "N0VA7"),
    ],
)
def test_invoice_and_po_numbers(number: str, expected: str) -> None:
    assert normalize_invoice_number(number) == expected


def test_english_addresses() -> None:
    address = parse_address("1450 North Lamar Boulevard, Apt. 4B\nAustin, Texas 78702-1234")
    assert (address.number, address.street, address.unit, address.zip) == (
        "1450",
        "N LAMAR BLVD",
        "4B",
        "78702",
    )
    assert parse_address("123 MAIN ST #12 AUSTIN TX 78701").unit == "12"
    assert parse_address("P.O. Box 1234, Dallas, TX 75201").street_line == "1234 PO BOX"


def test_spanish_addresses() -> None:
    calle = parse_address("Calle Morelos No. 123 Int. 4, Col. Centro, C.P. 06000, Ciudad de México")
    assert (calle.number, calle.street, calle.unit, calle.zip) == (
        "123",
        "CALLE MORELOS",
        "4",
        "06000",
    )
    mayo = parse_address("Calle 5 de Mayo 120, Guadalajara, Jal. 44100")
    assert (mayo.number, mayo.street) == ("120", "CALLE 5 DE MAYO")
    avenida = parse_address("Avenida Insurgentes Sur #1602 Depto. 301")
    assert (avenida.number, avenida.street, avenida.unit) == ("1602", "AVE INSURGENTES S", "301")


def test_address_similarity() -> None:
    master = parse_address("500 Oak Ridge Dr, Houston, TX 77002")
    assert address_similarity(parse_address("500 OAK RIDGE DRIVE, HOUSTON TX 77002"), master) == 100
    assert address_similarity(parse_address("502 Oak Ridge Dr, Houston, TX 77002"), master) <= 50
    assert address_similarity(parse_address(""), master) == 0
