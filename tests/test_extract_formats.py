"""Reading printed amounts, dates and contacts the way the documents print them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from extract.formats import (
    Conventions,
    decimal_comma_votes,
    find_date_range,
    find_dates,
    find_email,
    find_phone,
    fix_ocr_digits,
    numeric_date_order,
    parse_amount,
)

US = Conventions(day_first=False, decimal_comma=False, language="en")
ES = Conventions(day_first=True, decimal_comma=False, language="es")
DE = Conventions(day_first=True, decimal_comma=True, language="de")


@pytest.mark.parametrize(
    ("text", "conv", "expected"),
    [
        ("$1,234.50", US, "1234.50"),
        ("1,234.50 USD", US, "1234.50"),
        ("1.234,50 €", DE, "1234.50"),
        ("EUR 12.345,67", DE, "12345.67"),
        ("1 234,50", DE, "1234.50"),
        ("(45.00)", US, "-45.00"),
        ("-45.00", US, "-45.00"),
        ("45.00-", US, "-45.00"),
        ("MX$ 2,045.08", ES, "2045.08"),
        ("1,250", US, "1250"),
        ("1.250", DE, "1250"),
        ("8.25% $12.38", US, "12.38"),
        ("USD 2,215.85 |", US, "2215.85"),  # a table rule read beside it
        ("[ 45.11 ]", US, "45.11"),
    ],
)
def test_amounts_in_both_notations(text: str, conv: Conventions, expected: str) -> None:
    amount = parse_amount(text, conv)
    assert amount is not None
    assert amount.value == Decimal(expected)


@pytest.mark.parametrize("text", ["see page 2", "Net 30 days", "12%", "call us for details"])
def test_text_that_is_not_an_amount(text: str) -> None:
    assert parse_amount(text, US) is None


@pytest.mark.parametrize(
    ("text", "conv", "expected"),
    [
        ("03/04/2024", US, dt.date(2024, 3, 4)),
        ("03/04/2024", ES, dt.date(2024, 4, 3)),
        ("2024-03-04", ES, dt.date(2024, 3, 4)),
        ("15.03.2024", DE, dt.date(2024, 3, 15)),
        ("March 4, 2024", US, dt.date(2024, 3, 4)),
        ("4 de marzo de 2024", ES, dt.date(2024, 3, 4)),
        ("04-Mar-24", US, dt.date(2024, 3, 4)),
        ("4. März 2024", DE, dt.date(2024, 3, 4)),
        ("12 janvier 2025", DE, dt.date(2025, 1, 12)),
        ("Sept 30, 2024", US, dt.date(2024, 9, 30)),
    ],
)
def test_dates_in_many_forms(text: str, conv: Conventions, expected: dt.date) -> None:
    dates = find_dates(text, conv)
    assert dates and dates[0].value == expected


def test_a_date_with_one_stop_read_as_a_comma_is_a_date() -> None:
    dates = find_dates("25.12,2018 14:03 Bon-Nr. 4711", DE)
    assert [(d.value, d.start, d.end) for d in dates] == [(dt.date(2018, 12, 25), 0, 10)]
    assert find_dates("1.234,56", DE) == []  # an amount
    assert find_dates("EUR 20,00,2018", DE) == []
    assert find_dates("1,19 2,49 2018", DE) == []


def test_impossible_dates_are_not_dates() -> None:
    assert find_dates("13/25/2024", US) == []
    assert find_dates("31/02/2024", ES) == []


def test_day_month_order_decided_by_an_unambiguous_date() -> None:
    assert numeric_date_order("Invoice date 03/04/2024 Due 28/04/2024") is True
    assert numeric_date_order("Invoice date 03/04/2024 Due 04/28/2024") is False
    assert numeric_date_order("Invoice date 03/04/2024") is None


def test_decimal_mark_votes() -> None:
    assert decimal_comma_votes("1.234,56 and 99,00") == (2, 0)
    assert decimal_comma_votes("1,234.56 and 99.00") == (0, 2)


def test_phone_and_email() -> None:
    assert find_phone("Tel: (512) 555-0199") == ("5125550199", "(512) 555-0199")
    assert find_phone("Tel. +34 912 345 678")[0] == "+34912345678"  # type: ignore[index]
    assert find_phone("Invoice 2024-03-15") is None
    assert find_email("Email: Billing@AcmePlumbing.com.") == "billing@acmeplumbing.com"
    assert find_email("office @ sentinelpatrol. net") == "office@sentinelpatrol.net"
    assert find_email("cobranza@ferreteriael .com.mx Tel.") == "cobranza@ferreteriael.com.mx"
    assert find_email("ventas@pinos.com. Tel. 55") == "ventas@pinos.com"
    assert find_email("facturacion @ electricas.com mx") == "facturacion@electricas.com.mx"
    assert find_email("ventas@pinos.com es el correo") == "ventas@pinos.com"
    assert find_email("facturacion@limpiezatotal.not") == "facturacion@limpiezatotal.net"
    assert find_email("ar@freshcoat.nct") == "ar@freshcoat.net"
    assert find_email("Suite 8 Main St") is None  # an 8 between words is an @ only before a domain


def test_letters_read_for_digits_inside_numbers_only() -> None:
    assert fix_ocr_digits("Total $1,2O5.0O") == "Total $1,205.00"
    assert fix_ocr_digits("l2/O3/2024") == "12/03/2024"
    assert fix_ocr_digits("Due: 24-Oct-2025, 05-Sep-2025") == "Due: 24-Oct-2025, 05-Sep-2025"
    assert fix_ocr_digits("Oak Ridge Apartments") == "Oak Ridge Apartments"


def test_periods_whose_first_date_has_no_year() -> None:
    us = Conventions(day_first=False, decimal_comma=False, language="en")
    assert find_date_range("Dec 29 - Jan 26, 2026", us) == (
        dt.date(2025, 12, 29),
        dt.date(2026, 1, 26),
    )
    assert find_date_range("29 dic al 26 ene 2026", ES) == (
        dt.date(2025, 12, 29),
        dt.date(2026, 1, 26),
    )
    assert find_date_range("01/01/2024 - 01/31/2024", us) == (
        dt.date(2024, 1, 1),
        dt.date(2024, 1, 31),
    )
    assert find_date_range("Net 30", us) is None
