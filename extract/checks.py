"""Cross-checks between fields: they pick among competing candidates and move confidence.

Each check reports what it compared. When the chosen values disagree but alternatives
agree, the agreeing alternatives are taken: arithmetic that closes is strong evidence.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from decimal import Decimal

from extract.candidates import Candidate
from extract.model import Check, LineItem
from extract.tables import line_sum

PASS_GAIN = 0.6  # share of the remaining doubt a passed check removes
FAIL_FACTOR = 0.7
TOLERANCE = Decimal("0.01")


@dataclass
class Chosen:
    """The chosen candidate of each field and the alternatives still in play."""

    best: dict[str, Candidate]
    alternatives: dict[str, tuple[Candidate, ...]]

    def options(self, field: str) -> list[Candidate]:
        if field not in self.best:
            return []
        return [self.best[field], *self.alternatives.get(field, ())]

    def take(self, field: str, candidate: Candidate) -> None:
        current = self.best[field]
        if candidate is current:
            return
        others = [c for c in self.options(field) if c is not candidate]
        self.best[field] = candidate.rescored(max(candidate.score, current.score))
        self.alternatives[field] = tuple(c.rescored(min(c.score, 0.5)) for c in others)

    def adjust(self, fields: tuple[str, ...], passed: bool) -> None:
        for field in fields:
            candidate = self.best.get(field)
            if candidate is None:
                continue
            score = candidate.score
            score = score + (1 - score) * PASS_GAIN if passed else score * FAIL_FACTOR
            self.best[field] = candidate.rescored(score)


def _money(candidate: Candidate) -> Decimal:
    return Decimal(candidate.value)


def _close(a: Decimal, b: Decimal) -> bool:
    return abs(a - b) <= TOLERANCE


def _arithmetic(
    chosen: Chosen,
    name: str,
    fields: tuple[str, ...],
    sign: tuple[int, ...],
    *,
    final: bool = True,
) -> Check | None:
    """A check that sum(sign * field) over all but the last field equals the last one;
    a check that is not ``final`` reports nothing and moves nothing when it fails."""
    options = [chosen.options(f)[:3] for f in fields]
    if any(not o for o in options):
        return None
    for combo in itertools.product(*options):
        left = sum(
            (
                s * (_money(c) if s > 0 else abs(_money(c)))
                for s, c in zip(sign, combo[:-1], strict=True)
            ),
            Decimal(0),
        )
        if _close(left, _money(combo[-1])):
            for field, candidate in zip(fields, combo, strict=True):
                chosen.take(field, candidate)
            chosen.adjust(fields, True)
            return Check(name, True, _detail(fields, combo, sign), fields)
    if not final:
        return None
    current = [chosen.best[f] for f in fields]
    chosen.adjust(fields, False)
    return Check(name, False, _detail(fields, current, sign), fields)


def _detail(fields: tuple[str, ...], combo, sign: tuple[int, ...]) -> str:  # type: ignore[no-untyped-def]
    parts = []
    for i, (field, candidate) in enumerate(zip(fields[:-1], combo[:-1], strict=True)):
        op = "" if i == 0 else (" + " if sign[i] > 0 else " - ")
        parts.append(f"{op}{field} {candidate.value}")
    return f"{''.join(parts)} vs {fields[-1]} {combo[-1].value}"


def run_checks(chosen: Chosen, items: tuple[LineItem, ...]) -> list[Check]:
    checks: list[Check] = []
    totals = _totals_check(chosen)
    if totals:
        checks.append(totals)
    checks.extend(_lines_check(chosen, items))
    withheld = totals is not None and "withholding" in totals.fields
    due = _amount_due_check(chosen, withheld)
    if due:
        checks.append(due)
    dates = _dates_check(chosen)
    if dates:
        checks.append(dates)
    return checks


def _totals_check(chosen: Chosen) -> Check | None:
    """subtotal - discount + charges + tax + rounding - withholding = total, with the terms the
    document prints. Income tax withheld is taken off the total in Spain and off the
    amount due in Italy: the total is tried both ways."""
    fields: list[str] = ["subtotal"]
    signs: list[int] = []
    if "discount" in chosen.best:
        fields.append("discount")
        signs.append(-1)
    for extra in ("charges", "tax", "rounding"):  # cash tills round the total to the coin
        if extra == "charges" and _above_subtotal(chosen):
            continue  # 'Freight' over 'Net Before Tax': charged inside the subtotal
        if extra in chosen.best:
            fields.append(extra)
            signs.append(1)
    name = "subtotal_plus_tax_equals_total"
    if "withholding" in chosen.best:
        withheld = (*fields, "withholding", "total")
        check = _arithmetic(chosen, name, withheld, (1, *signs, -1), final=False)
        if check is not None:
            return check
    fields.append("total")
    return _arithmetic(chosen, name, tuple(fields), (1, *signs))


def _above_subtotal(chosen: Chosen) -> bool:
    """Whether the charges are printed before the subtotal, so summed into it."""
    charges, subtotal = chosen.best.get("charges"), chosen.best.get("subtotal")
    if charges is None or subtotal is None:
        return False
    if charges.page != subtotal.page:
        return charges.page < subtotal.page
    return charges.bbox[3] <= subtotal.bbox[1]


def _lines_check(chosen: Chosen, items: tuple[LineItem, ...]) -> list[Check]:
    total = line_sum(items)
    if total is None:
        return []
    target = "subtotal" if "subtotal" in chosen.best else "total"
    options = chosen.options(target)
    if not options:
        return []
    name = f"line_items_sum_to_{target}"
    for candidate in options[:3]:
        if _close(total, _money(candidate)):
            chosen.take(target, candidate)
            chosen.adjust((target,), True)
            return [Check(name, True, f"lines {total} vs {target} {candidate.value}", (target,))]
    chosen.adjust((target,), False)
    best = chosen.best[target]
    return [Check(name, False, f"lines {total} vs {target} {best.value}", (target,))]


def _amount_due_check(chosen: Chosen, withheld: bool) -> Check | None:
    """total + previous balance - payments (- income tax withheld, when the total did
    not take it off) = amount due."""
    if "amount_due" not in chosen.best or "total" not in chosen.best:
        return None
    fields = ["total"]
    signs = []
    extras = (("previous_balance", 1), ("payments", -1), ("withholding", -1))
    for extra, sign in extras[: 2 if withheld else 3]:
        if extra in chosen.best:
            fields.append(extra)
            signs.append(sign)
    fields.append("amount_due")
    name = "amount_due_equals_total_plus_previous_balance_minus_payments"
    return _arithmetic(chosen, name, tuple(fields), (1, *signs))


def _dates_check(chosen: Chosen) -> Check | None:
    due, issued = chosen.best.get("due_date"), chosen.best.get("invoice_date")
    if due is None or issued is None:
        return None
    passed = due.value >= issued.value
    if not passed:  # passing says little: most pairs of dates on a page are in order
        chosen.adjust(("due_date", "invoice_date"), passed)
    detail = f"due_date {due.value} vs invoice_date {issued.value}"
    return Check("due_date_on_or_after_invoice_date", passed, detail, ("invoice_date", "due_date"))
