"""The GL account of each invoice line, ranked with reasons.

Evidence, strongest first: what this vendor's similar past lines were coded to; how the
vendor's lines are coded overall; the vendor's default account; the line's words (English
or Spanish) against the chart's accounts.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
from rapidfuzz import fuzz, process

from matching import rules
from matching.candidates import Evidence, Ranking, choose, ranked
from matching.history import VendorHistory
from matching.index import MatchIndex
from matching.normalize import line_words

_SIMILAR_LINES = 25  # past wordings weighed per line


def rank_gl(
    index: MatchIndex, vendor_code: str | None, line: Mapping[str, str], top: int = 3
) -> Ranking:
    weights = rules.scoring("gl")
    words = line_words(line.get("description", ""))
    evidence: dict[str, Evidence] = {}

    def proof(account: str) -> Evidence:
        return evidence.setdefault(account, Evidence())

    history = index.histories.get(vendor_code or "")
    if history is not None:
        _from_history(history, " ".join(words), proof, weights)
    vendor = index.vendor(vendor_code) if vendor_code else None
    if vendor is not None and vendor.default_gl:
        # with a history the default mostly repeats it; alone it is all we know of the vendor
        strength = weights["default"] if history is None else weights["default_with_history"]
        proof(vendor.default_gl).add(strength, "the vendor's default account")
    _from_words(index, words, proof, weights)
    names = {account: index.chart.name_of(account) for account in evidence}
    return choose(
        ranked(evidence, names, top),
        minimum=weights["choose_min"],
        too_close=weights["too_close"],
        what="GL account",
    )


def _from_words(
    index: MatchIndex, words: tuple[str, ...], proof: Any, weights: dict[str, Any]
) -> None:
    """One piece of evidence per account from the words: its category or its own name."""
    said: dict[str, tuple[float, str]] = {}
    for account, (share, reason) in index.chart.by_category(words).items():
        said[account] = (weights["words"] * share, reason)
    for account, reason in index.chart.by_account_name(words).items():
        if weights["account_name"] > said.get(account, (0.0, ""))[0]:
            said[account] = (weights["account_name"], reason)
    for account, (strength, reason) in said.items():
        proof(account).add(strength, reason)


def _from_history(
    history: VendorHistory, wording: str, proof: Any, weights: dict[str, Any]
) -> None:
    lines = history.lines
    for account, count in history.totals.items():
        reason = f"the vendor coded {count} of its {lines} lines here"
        proof(account).add(weights["vendor_share"] * count / lines, reason)
    if not wording or not history.wordings:
        return
    votes: dict[str, float] = {}
    counts: dict[str, int] = {}
    example: dict[str, str] = {}
    for position, score in _similar(wording, history.wordings, weights["similar_floor"]):
        for account, count in history.coded[position].items():
            votes[account] = votes.get(account, 0.0) + count * (score / 100) ** 2
            counts[account] = counts.get(account, 0) + count
            example.setdefault(account, history.wordings[position])
    total_votes = sum(votes.values())
    total_lines = sum(counts.values())
    for account, vote in votes.items():
        reason = (
            f"{counts[account]} of {total_lines} similar past lines of the vendor coded here"
            f" (like '{example[account]}')"
        )
        proof(account).add(weights["similar_lines"] * vote / total_votes, reason)


def _similar(wording: str, wordings: list[str], floor: float) -> list[tuple[int, float]]:
    """(position, 0-100) of the past wordings most like this one.

    The mean of two likenesses: word order aside (``token_sort``) and one inside the other
    (``token_set``); the second alone calls lines that share one word alike.
    """
    ordered = process.cdist([wording], wordings, scorer=fuzz.token_sort_ratio)[0]
    contained = process.cdist([wording], wordings, scorer=fuzz.token_set_ratio)[0]
    scores = (ordered + contained) / 2
    best = np.argsort(-scores)[:_SIMILAR_LINES]
    return [(int(i), float(scores[i])) for i in best if scores[i] >= floor]
