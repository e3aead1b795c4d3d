"""The chart of GL accounts read for meaning: which accounts a line's words point to.

An account belongs to a category (plumbing, landscaping, water, ...) when its name holds
one of the category's account words; a line points to a category when it holds one of its
line words, English or Spanish (``matching/data/gl_keywords.json``). Words of the account
names themselves count too, when few accounts share them.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from matching import rules
from matching.normalize import line_words
from matching.records import GlAccount

_SHARED_BY_AT_MOST = 2  # an account-name word in more accounts than this says too little


class Chart:
    def __init__(self, accounts: Sequence[GlAccount]) -> None:
        self.accounts = {a.account: a for a in accounts}
        categories = rules.load("gl_keywords")["categories"]
        self.category_accounts: dict[str, list[str]] = {}
        self.phrase_categories: dict[str, list[str]] = {}
        for category, words in categories.items():
            for phrase in words["line_words"]:
                self.phrase_categories.setdefault(" ".join(line_words(phrase)), []).append(category)
        self.word_accounts: dict[str, list[str]] = {}
        self.account_categories: dict[str, list[str]] = {}
        not_for_lines = set(rules.load("gl_keywords")["not_for_lines"])
        for account in accounts:
            if account.type in not_for_lines:
                continue
            name_words = line_words(account.name)
            text = f" {' '.join(name_words)} "
            for category, words in categories.items():
                if any(f" {' '.join(line_words(w))} " in text for w in words["account_words"]):
                    self.category_accounts.setdefault(category, []).append(account.account)
                    self.account_categories.setdefault(account.account, []).append(category)
            for word in set(name_words):
                self.word_accounts.setdefault(word, []).append(account.account)
        self.phrase_categories.pop("", None)

    def name_of(self, account: str) -> str:
        found = self.accounts.get(account)
        return found.name if found else account

    def by_category(self, words: Sequence[str]) -> dict[str, tuple[float, str]]:
        """account -> (0..1: how much of what the line's words say points to it, reason).

        An account counts the categories of the line that it belongs to; among accounts
        sharing a category (Carpet Cleaning, Cleaning), the one whose categories the line
        covers better leads.
        """
        hits: dict[str, list[str]] = {}
        for phrase in _phrases(words):
            for category in self.phrase_categories.get(phrase, ()):
                hits.setdefault(category, []).append(phrase)
        weights = {c: sum(len(p.split()) for p in phrases) for c, phrases in hits.items()}
        accounts = {a for c in hits for a in self.category_accounts.get(c, ())}
        raw: dict[str, tuple[float, list[str]]] = {}
        for account in accounts:
            own = self.account_categories[account]
            covered = [c for c in own if c in weights]
            weight = sum(weights[c] for c in covered) * (0.7 + 0.3 * len(covered) / len(own))
            phrases = [p for c in covered for p in hits[c]]
            raw[account] = (weight, phrases)
        strongest = max((weight for weight, _ in raw.values()), default=1.0)
        found: dict[str, tuple[float, str]] = {}
        for account, (weight, phrases) in raw.items():
            quoted = ", ".join(f"'{p}'" for p in dict.fromkeys(phrases))
            found[account] = (weight / strongest, f"words {quoted} like '{self.name_of(account)}'")
        return found

    def by_account_name(self, words: Sequence[str]) -> dict[str, str]:
        """account -> reason, for line words found in few account names."""
        found: dict[str, list[str]] = {}
        for word in dict.fromkeys(words):
            accounts = self.word_accounts.get(word, ())
            if 0 < len(accounts) <= _SHARED_BY_AT_MOST:
                for account in accounts:
                    found.setdefault(account, []).append(word)
        return {
            account: f"word {', '.join(repr(w) for w in hit)} in the account name"
            for account, hit in found.items()
        }


def _phrases(words: Sequence[str]) -> list[str]:
    """The line's words, pairs and triples of neighbouring words."""
    pairs = [f"{a} {b}" for a, b in itertools.pairwise(words)]
    triples = [" ".join(words[i : i + 3]) for i in range(len(words) - 2)]
    return [*words, *pairs, *triples]
