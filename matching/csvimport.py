"""Master data from CSV: every row checked, all or nothing.

``parse_master_csv(kind, source)`` returns the file's records or raises one
``MasterDataError`` that lists every bad row as (line number, reason); a file with one bad
row yields nothing. The header is checked: a missing required column is an error, extra
columns are ignored, names are compared without case. Lists (vendor aliases, property
units) are separated by ``|``. Two rows with the same natural key are an error, so the
records can be upserted by key and importing a file twice changes nothing.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import IO, Literal, overload

from docmatch.errors import BadInput
from matching.records import (
    RECORD_TYPES,
    ApItem,
    ArItem,
    GlAccount,
    MasterKind,
    MasterRecord,
    Property,
    PurchaseOrder,
    Vendor,
)


@dataclass(frozen=True, slots=True)
class RowProblem:
    line: int  # 1-based line of the file where the row starts; the header is line 1
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


class MasterDataError(BadInput):
    """A master-data file has bad rows; nothing from it is applied."""

    code = "bad_master_data"

    def __init__(self, kind: str, problems: list[RowProblem]) -> None:
        self.kind = kind
        self.problems = tuple(problems)
        shown = "; ".join(str(p) for p in self.problems[:20])
        more = f" (and {len(self.problems) - 20} more)" if len(self.problems) > 20 else ""
        count = len(self.problems)
        noun = "problem" if count == 1 else "problems"
        super().__init__(f"{kind}: {count} {noun}, nothing imported: {shown}{more}")


class _BadValue(ValueError):
    pass


def _text(value: str) -> str:
    return value


def _lower(value: str) -> str:
    return value.lower()


def _text_list(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split("|") if part.strip())


_GROUPED = re.compile(r"\d{1,3}(,\d{3})+(\.\d+)?")
_PLAIN_AMOUNT = re.compile(r"-?\d+(\.\d+)?")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_money(value: str) -> Decimal:
    """``1,234.50``, ``$1234.5``, ``-12``, ``(12.00)`` -> Decimal; anything else is refused."""
    if _PLAIN_AMOUNT.fullmatch(value):
        return Decimal(value)
    text = value.strip().replace("$", "").replace(" ", "")
    negative = text.startswith("(") and text.endswith(")")
    text = text.strip("()")
    if "," in text:
        if not _GROUPED.fullmatch(text.lstrip("-")):
            raise _BadValue(f"'{value}' is not an amount")
        text = text.replace(",", "")
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise _BadValue(f"'{value}' is not an amount") from None
    if not amount.is_finite():
        raise _BadValue(f"'{value}' is not an amount")
    return -amount if negative else amount


def parse_day(value: str) -> date:
    """``2024-03-01`` or ``03/01/2024`` (month first, as the US ledgers write it)."""
    if _ISO_DAY.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise _BadValue(f"'{value}' is not a date (YYYY-MM-DD or MM/DD/YYYY)") from None
    for layout in ("%Y-%m-%d", "%m/%d/%Y"):
        try:
            return datetime.strptime(value.strip(), layout).date()
        except ValueError:
            continue
    raise _BadValue(f"'{value}' is not a date (YYYY-MM-DD or MM/DD/YYYY)")


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    parse: Callable[[str], object] = _text
    required: bool = False  # the header must have it and every row a value


_C = Column
SCHEMAS: dict[MasterKind, tuple[Column, ...]] = {
    MasterKind.VENDORS: (
        _C("code", required=True),
        _C("name", required=True),
        _C("aliases", _text_list),
        _C("address"),
        _C("phone"),
        _C("email"),
        _C("tax_id"),
        _C("default_gl"),
        _C("remit_to_address"),
    ),
    MasterKind.PROPERTIES: (
        _C("code", required=True),
        _C("name", required=True),
        _C("address"),
        _C("city"),
        _C("state"),
        _C("zip"),
        _C("units", _text_list),
        _C("approver"),
    ),
    MasterKind.GL_ACCOUNTS: (
        _C("account", required=True),
        _C("name", required=True),
        _C("type", _lower),
    ),
    MasterKind.AP_ITEMS: (
        _C("vendor_code", required=True),
        _C("invoice_number", required=True),
        _C("invoice_date", parse_day, required=True),
        _C("amount", parse_money, required=True),
        _C("status", _lower),
        _C("paid_date", parse_day),
        _C("property"),
        _C("gl_account"),
        _C("description"),
    ),
    MasterKind.AR_ITEMS: (
        _C("customer", required=True),
        _C("invoice_number", required=True),
        _C("invoice_date", parse_day, required=True),
        _C("amount", parse_money, required=True),
        _C("balance", parse_money),
        _C("property"),
    ),
    MasterKind.PURCHASE_ORDERS: (
        _C("po_number", required=True),
        _C("vendor_code", required=True),
        _C("property"),
        _C("amount", parse_money, required=True),
        _C("status", _lower),
    ),
}


Source = str | bytes | IO[str]


@overload
def parse_master_csv(
    kind: Literal[MasterKind.VENDORS, "vendors"], source: Source
) -> list[Vendor]: ...
@overload
def parse_master_csv(
    kind: Literal[MasterKind.PROPERTIES, "properties"], source: Source
) -> list[Property]: ...
@overload
def parse_master_csv(
    kind: Literal[MasterKind.GL_ACCOUNTS, "gl-accounts"], source: Source
) -> list[GlAccount]: ...
@overload
def parse_master_csv(
    kind: Literal[MasterKind.AP_ITEMS, "ap-items"], source: Source
) -> list[ApItem]: ...
@overload
def parse_master_csv(
    kind: Literal[MasterKind.AR_ITEMS, "ar-items"], source: Source
) -> list[ArItem]: ...
@overload
def parse_master_csv(
    kind: Literal[MasterKind.PURCHASE_ORDERS, "purchase-orders"], source: Source
) -> list[PurchaseOrder]: ...
@overload
def parse_master_csv(kind: MasterKind | str, source: Source) -> list[MasterRecord]: ...


def parse_master_csv(kind: MasterKind | str, source: Source) -> Sequence[MasterRecord]:
    """The records of one master-data file, or ``MasterDataError`` listing every bad row.

    ``source`` is the file's text, its bytes (UTF-8, or Windows-1252 when not UTF-8) or
    an open text stream.
    """
    try:
        kind = MasterKind(kind)
    except ValueError:
        known = ", ".join(k.value for k in MasterKind)
        raise MasterDataError(
            str(kind), [RowProblem(0, f"unknown kind (known: {known})")]
        ) from None
    columns = SCHEMAS[kind]
    rows = _rows(source)
    header = next(rows, None)
    if header is None:
        raise MasterDataError(kind, [RowProblem(1, "the file is empty: no header")])
    line, header_row = header
    if isinstance(header_row, str):
        raise MasterDataError(kind, [RowProblem(line, header_row)])
    positions = _positions(header_row)
    missing = [c.name for c in columns if c.required and c.name not in positions]
    if missing:
        reason = "missing column " + ", ".join(f"'{name}'" for name in missing)
        raise MasterDataError(kind, [RowProblem(1, reason)])
    return _records(kind, columns, positions, len(header_row), rows)


def _records(
    kind: MasterKind,
    columns: tuple[Column, ...],
    positions: dict[str, int],
    width: int,
    rows: Iterator[tuple[int, list[str] | str]],
) -> list[MasterRecord]:
    record_type = RECORD_TYPES[kind]
    records: list[MasterRecord] = []
    problems: list[RowProblem] = []
    first_line: dict[object, int] = {}
    for line, row in rows:
        if isinstance(row, str):
            problems.append(RowProblem(line, row))
            continue
        if len(row) > width and any(cell.strip() for cell in row[width:]):
            problems.append(RowProblem(line, f"{len(row)} values for {width} columns"))
            continue
        values, reasons = _values(columns, positions, row)
        if reasons:
            problems.append(RowProblem(line, "; ".join(reasons)))
            continue
        record = record_type(**values)
        if record.key in first_line:
            shown = "/".join(record.key) if isinstance(record.key, tuple) else record.key
            reason = f"duplicate key '{shown}' (first on line {first_line[record.key]})"
            problems.append(RowProblem(line, reason))
            continue
        first_line[record.key] = line
        records.append(record)
    if problems:
        raise MasterDataError(kind, problems)
    return records


def _values(
    columns: tuple[Column, ...], positions: dict[str, int], row: list[str]
) -> tuple[dict[str, object], list[str]]:
    values: dict[str, object] = {}
    reasons: list[str] = []
    for column in columns:
        position = positions.get(column.name)
        raw = row[position].strip() if position is not None and position < len(row) else ""
        if not raw:
            if column.required:
                reasons.append(f"{column.name} is empty")
            continue
        try:
            values[column.name] = column.parse(raw)
        except _BadValue as bad:
            reasons.append(f"{column.name} {bad}")
    return values, reasons


def _positions(header: list[str]) -> dict[str, int]:
    positions: dict[str, int] = {}
    for index, name in enumerate(header):
        normal = name.strip().lstrip("\ufeff").strip().lower().replace(" ", "_")
        positions.setdefault(normal, index)
    return positions


def _rows(source: str | bytes | IO[str]) -> Iterator[tuple[int, list[str] | str]]:
    """Non-blank rows with the line each starts on; an unreadable row comes as its reason."""
    if isinstance(source, bytes):
        try:
            text = source.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = source.decode("cp1252")
        stream: IO[str] = io.StringIO(text)
    elif isinstance(source, str):
        stream = io.StringIO(source)
    else:
        stream = source
    reader = csv.reader(stream, strict=True)
    previous = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            yield previous + 1, f"unreadable CSV ({error})"
            return
        start, previous = previous + 1, reader.line_num
        if any(cell.strip() for cell in row):
            yield start, row
