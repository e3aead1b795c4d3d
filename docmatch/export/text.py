"""Cleaning text for files whose rows are single lines."""

from __future__ import annotations


def single_line(text: str) -> str:
    """Tabs, newlines and runs of spaces become one space; ends are trimmed."""
    return " ".join(text.split())


def iif_text(text: str) -> str:
    """A value safe inside one IIF cell: on one line, without tabs, and with double
    quotes turned into single ones, because QuickBooks reads a double quote as the start
    of a quoted field and would misplace the following columns."""
    return single_line(text).replace('"', "'")
