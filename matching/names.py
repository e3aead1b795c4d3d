"""Fuzzy name search over a large master without comparing against every name.

Each name and alias is reduced to its key (``normalize.name_key``) and its character
trigrams go into an inverted index. A query sums the rarity (idf) of the trigrams it
shares with each entry, keeps the few best entries (blocking), and only those are scored
with rapidfuzz. Trigrams survive OCR noise and typos that whole-word blocking would not.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process

from matching.normalize import name_key

_COMMON = 0.02  # a trigram in more than this share of the entries is skipped, when rarer ones exist


def trigrams(key: str) -> set[str]:
    padded = f"  {key} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def name_similarity(query: str, keys: Sequence[str]) -> np.ndarray:
    """0-100 per key: token-order-free likeness; a name with words left out scores a bit less."""
    if not keys:
        return np.zeros(0)
    ordered = process.cdist([query], keys, scorer=fuzz.token_sort_ratio)[0]
    subset = process.cdist([query], keys, scorer=fuzz.token_set_ratio)[0] - 12.0
    return np.maximum(ordered, subset)


@dataclass(frozen=True, slots=True)
class NameHit:
    owner: int
    entry: int
    similarity: int
    shown: str  # the master's own spelling
    is_alias: bool


class NameIndex:
    """Names of owners 0..n-1 (a name then its aliases each), searchable by likeness."""

    def __init__(self, names_per_owner: Sequence[Sequence[str]]) -> None:
        self.keys: list[str] = []
        self.shown: list[str] = []
        self.owners: list[int] = []
        self.first_of_owner: list[int] = []  # entries of owner o: first[o] .. first[o+1]-1
        self.alias: list[bool] = []
        postings: dict[str, list[int]] = {}
        for owner, names in enumerate(names_per_owner):
            self.first_of_owner.append(len(self.keys))
            for position, name in enumerate(names):
                key = name_key(name)
                if not key:
                    continue
                entry = len(self.keys)
                self.keys.append(key)
                self.shown.append(name)
                self.owners.append(owner)
                self.alias.append(position > 0)
                for gram in trigrams(key):
                    postings.setdefault(gram, []).append(entry)
        self.first_of_owner.append(len(self.keys))
        count = max(len(self.keys), 1)
        self._postings = {g: np.asarray(p, dtype=np.int32) for g, p in postings.items()}
        self._idf = {g: math.log(count / len(p)) + 0.1 for g, p in postings.items()}
        self._owners = np.asarray(self.owners, dtype=np.int32)
        self._first = np.asarray(self.first_of_owner, dtype=np.int64)

    def __len__(self) -> int:
        return len(self.keys)

    def search(self, name: str, limit: int, floor: float = 0) -> list[NameHit]:
        """The best entry per owner, scoring ``floor`` or more, among the ``limit`` entries
        that share the most rare trigrams with ``name``."""
        key = name_key(name)
        entries = self._with_siblings(self._blocked(key, limit))
        if entries.size == 0:
            return []
        scores = name_similarity(key, [self.keys[e] for e in entries])
        kept = scores >= floor
        return self._best_per_owner(entries[kept].tolist(), scores[kept].tolist())

    def owner_hit(self, owner: int, name: str) -> NameHit | None:
        """How ``name`` compares with one owner's name and aliases."""
        first, end = self.first_of_owner[owner], self.first_of_owner[owner + 1]
        if first == end or not name:
            return None
        scores = name_similarity(name_key(name), self.keys[first:end])
        hits = self._best_per_owner(list(range(first, end)), scores.tolist())
        return hits[0] if hits else None

    def _with_siblings(self, entries: np.ndarray) -> np.ndarray:
        """The entries and every other name of their owners: an owner is judged on its
        best name, even when blocking found it by an alias."""
        owners = np.unique(self._owners[entries])
        first = self._first[owners]
        end = self._first[owners + 1]
        if int((end - first).max(initial=1)) == 1:
            return entries
        return np.concatenate([np.arange(f, e) for f, e in zip(first, end, strict=True)])

    def _blocked(self, key: str, limit: int) -> np.ndarray:
        found = [g for g in trigrams(key) if g in self._postings]
        if not found:
            return np.zeros(0, dtype=np.int32)
        found.sort(key=lambda g: len(self._postings[g]))
        common = _COMMON * len(self.keys)
        kept = [g for g in found if len(self._postings[g]) <= common] or found[:3]
        arrays = [self._postings[g] for g in kept]
        entries = np.concatenate(arrays)
        weights = np.repeat([self._idf[g] for g in kept], [len(a) for a in arrays])
        unique, inverse = np.unique(entries, return_inverse=True)
        totals = np.bincount(inverse, weights=weights)
        if unique.size <= limit:
            return unique
        best = np.argpartition(-totals, limit)[:limit]
        return unique[best]

    def _best_per_owner(self, entries: list[int], scores: list[float]) -> list[NameHit]:
        best: dict[int, NameHit] = {}
        for entry, score in zip(entries, scores, strict=True):
            owner = self.owners[entry]
            held = best.get(owner)
            if held is None or score > held.similarity:
                best[owner] = NameHit(
                    owner, entry, round(score), self.shown[entry], self.alias[entry]
                )
        return sorted(best.values(), key=lambda h: -h.similarity)
