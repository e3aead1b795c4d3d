"""Cross-checks: each is reported, moves confidence, and picks among competing values."""

from __future__ import annotations

from extract import extract_document
from tests.test_extract import draw_pdf, english_invoice, read_pdf, right, text


def extraction_of(items: list) -> object:  # type: ignore[type-arg]
    return extract_document(read_pdf(draw_pdf([items])).pages)


def checks_of(extraction) -> dict[str, bool]:  # type: ignore[no-untyped-def]
    return {c.name: c.passed for c in extraction.checks}


def test_totals_that_add_up_pass_and_raise_confidence() -> None:
    good = extraction_of(english_invoice())
    bad = extraction_of(english_invoice(total="$1,286.69"))  # digits swapped
    assert checks_of(good)["subtotal_plus_tax_equals_total"] is True
    assert checks_of(bad)["subtotal_plus_tax_equals_total"] is False
    assert good.fields["total"].confidence > bad.fields["total"].confidence  # type: ignore[attr-defined]
    detail = next(c.detail for c in bad.checks if c.name == "subtotal_plus_tax_equals_total")  # type: ignore[attr-defined]
    assert "1172.00" in detail and "1286.69" in detail


def test_line_items_against_subtotal() -> None:
    good = extraction_of(english_invoice())
    items = [i for i in english_invoice() if i[2] != "37.00"]  # one line amount lost
    bad = extraction_of(items)
    assert checks_of(good)["line_items_sum_to_subtotal"] is True
    assert checks_of(bad)["line_items_sum_to_subtotal"] is False


def test_arithmetic_picks_the_better_supported_total() -> None:
    """A second 'Total' (a promotion line) competes; the one that closes the sum wins
    and the other is kept as an alternative."""
    items = [*english_invoice(), text(50, 450, "Total"), right(300, 450, "$99.00")]
    extraction = extraction_of(items)
    total = extraction.fields["total"]  # type: ignore[attr-defined]
    assert total.value == "1268.69"
    assert "99.00" in [a.value for a in total.alternatives]


def test_due_date_before_invoice_date_fails() -> None:
    items = [
        (x, y, "01/13/2024" if s == "04/13/2024" else s, size, bold, r)
        for x, y, s, size, bold, r in english_invoice()
    ]
    extraction = extraction_of(items)
    assert checks_of(extraction)["due_date_on_or_after_invoice_date"] is False
    ok = extraction_of(english_invoice())
    assert checks_of(ok)["due_date_on_or_after_invoice_date"] is True
    assert extraction.fields["due_date"].confidence < ok.fields["due_date"].confidence  # type: ignore[attr-defined]


def test_amount_due_with_previous_balance_and_payments() -> None:
    base = [i for i in english_invoice() if i[1] != 382]
    items = [
        *base,
        text(400, 396, "Previous Balance"),
        right(550, 396, "200.00"),
        text(400, 410, "Payments Received"),
        right(550, 410, "-150.00"),
        text(400, 424, "Amount Due"),
        right(550, 424, "$1,318.69"),
    ]
    extraction = extraction_of(items)
    name = "amount_due_equals_total_plus_previous_balance_minus_payments"
    assert checks_of(extraction)[name] is True
    fields = extraction.fields  # type: ignore[attr-defined]
    assert (fields["previous_balance"].value, fields["amount_due"].value) == ("200.00", "1318.69")
    wrong = [*base, text(400, 396, "Previous Balance"), right(550, 396, "200.00")]
    wrong += [text(400, 424, "Amount Due"), right(550, 424, "$1,268.69")]
    assert checks_of(extraction_of(wrong))[name] is False
