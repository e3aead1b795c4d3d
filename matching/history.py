"""What each vendor's past lines were coded to, from the payables ledger.

For every vendor: how many of its lines went to each GL account, and, per distinct line
wording (its meaningful words), the accounts that wording was coded to. A new line is
compared with the vendor's past wordings; the accounts of the similar ones are the
strongest hint of where it goes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from matching.normalize import line_words
from matching.records import ApItem


@dataclass(slots=True)
class VendorHistory:
    totals: dict[str, int] = field(default_factory=dict)  # account -> lines
    wordings: list[str] = field(default_factory=list)  # distinct meaningful words of past lines
    coded: list[dict[str, int]] = field(default_factory=list)  # per wording: account -> lines
    _position: dict[str, int] = field(default_factory=dict)

    @property
    def lines(self) -> int:
        return sum(self.totals.values())

    def add(self, wording: str, account: str) -> None:
        self.totals[account] = self.totals.get(account, 0) + 1
        if not wording:
            return
        position = self._position.get(wording)
        if position is None:
            position = self._position[wording] = len(self.wordings)
            self.wordings.append(wording)
            self.coded.append({})
        counts = self.coded[position]
        counts[account] = counts.get(account, 0) + 1

    def seal(self) -> None:
        """Drop what was only needed while adding."""
        self._position = {}


def build_histories(items: Iterable[ApItem]) -> dict[str, VendorHistory]:
    histories: dict[str, VendorHistory] = {}
    wording_of: dict[str, str] = {}  # ledgers repeat descriptions: normalise each once
    for item in items:
        if not item.gl_account:
            continue
        wording = wording_of.get(item.description)
        if wording is None:
            wording = wording_of[item.description] = " ".join(line_words(item.description))
        history = histories.get(item.vendor_code)
        if history is None:
            history = histories[item.vendor_code] = VendorHistory()
        history.add(wording, item.gl_account)
    for history in histories.values():
        history.seal()
    return histories
