"""Which vendor sent the document: candidates ranked by combined evidence.

Strong evidence: tax id, phone, e-mail (or the company's own e-mail domain), remit-to
address. Then the name against the vendor's name and aliases after normalising, and the
vendor's address. Candidates come from the exact lookups and from name blocking, so a
master of 100,000 vendors costs a few hundred comparisons. When the best two are too close
the vendor is not chosen; when nothing is like the document's vendor it is likely new.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from matching import rules
from matching.address import Address, address_similarity, parse_address
from matching.candidates import Evidence, Ranking, choose, ranked, strength_between
from matching.index import MatchIndex, VendorKeys, place_keys
from matching.names import NameHit
from matching.normalize import (
    email_parts,
    free_mail_domains,
    normalize_phone,
    normalize_tax_id,
)


@dataclass(frozen=True, slots=True)
class VendorQuery:
    """The document's vendor fields in normal form."""

    name: str
    tax_id: str
    phone: str
    email: str
    domain: str
    address: Address
    remit_to: Address

    @classmethod
    def from_fields(cls, fields: Mapping[str, str]) -> VendorQuery:
        email, domain = email_parts(fields.get("vendor_email", ""))
        return cls(
            name=fields.get("vendor_name", "").strip(),
            tax_id=normalize_tax_id(fields.get("vendor_tax_id", "")),
            phone=normalize_phone(fields.get("vendor_phone", "")),
            email=email,
            domain="" if domain in free_mail_domains() else domain,
            address=parse_address(fields.get("vendor_address", "")),
            remit_to=parse_address(fields.get("remit_to_address", "")),
        )

    @property
    def is_empty(self) -> bool:
        identifiers = (self.name, self.tax_id, self.phone, self.email)
        return not any(identifiers) and self.address.is_empty and self.remit_to.is_empty


@dataclass(frozen=True, slots=True)
class VendorMatch:
    ranking: Ranking
    new_vendor_likely: bool


def match_vendor(index: MatchIndex, fields: Mapping[str, str], top: int = 3) -> VendorMatch:
    query = VendorQuery.from_fields(fields)
    weights = rules.scoring("vendor")
    if not index.vendors:
        return VendorMatch(Ranking((), None, "no vendors in the master"), False)
    if query.is_empty:
        return VendorMatch(Ranking((), None, "no vendor fields to match"), False)
    hits: dict[int, NameHit] = {}
    if query.name:
        limit = weights["blocking_candidates"]
        found = index.vendor_names.search(query.name, limit, weights["name_floor"])
        hits = {hit.owner: hit for hit in found}
    evidence: dict[str, Evidence] = {}
    names: dict[str, str] = {}
    for position in set(hits) | _identified(index, query):
        hit = hits.get(position)
        if hit is None and query.name:
            hit = index.vendor_names.owner_hit(position, query.name)
        vendor = index.vendors[position]
        keys = index.vendor_keys[position]
        evidence[vendor.code] = _evidence(query, keys, hit, weights)
        names[vendor.code] = vendor.name
    candidates = ranked(evidence, names, top)
    ranking = choose(
        candidates, minimum=weights["choose_min"], too_close=weights["too_close"], what="vendor"
    )
    best = candidates[0].score if candidates else 0
    new_vendor = ranking.chosen is None and best < weights["new_vendor_below"]
    if new_vendor:
        shown = query.name or "the document's vendor"
        ranking = Ranking(ranking.candidates, None, f"no vendor in the master is like '{shown}'")
    return VendorMatch(ranking, new_vendor)


def _identified(index: MatchIndex, query: VendorQuery) -> set[int]:
    """Vendors sharing an identifier or a place with the document."""
    found: set[int] = set()
    for lookup, key in (
        (index.by_tax_id, query.tax_id),
        (index.by_phone, query.phone),
        (index.by_email, query.email),
        (index.by_domain, query.domain),
    ):
        if key:
            found.update(lookup.get(key))
    for place in {*place_keys(query.address), *place_keys(query.remit_to)}:
        found.update(index.by_place.get(place)[:50])  # a shared office building says little
    return found


def _evidence(
    query: VendorQuery, keys: VendorKeys, hit: NameHit | None, weights: dict[str, Any]
) -> Evidence:
    proof = Evidence()
    if query.tax_id and keys.tax_id:
        if query.tax_id == keys.tax_id:
            proof.add(weights["tax_id"], "tax id equal")
        else:
            proof.conflict(weights["tax_id_conflict"], "tax id differs")
    if query.phone and query.phone == keys.phone:
        proof.add(weights["phone"], "phone equal")
    if query.email and query.email == keys.email:
        proof.add(weights["email"], "e-mail equal")
    elif query.domain and query.domain == keys.domain:
        proof.add(weights["email_domain"], f"e-mail domain equal ({query.domain})")
    _address_evidence(proof, query, keys, weights)
    if hit is not None and hit.similarity >= weights["name_floor"]:
        strength = strength_between(
            hit.similarity, weights["name_floor"], weights["name_at_floor"], weights["name_at_100"]
        )
        label = "alias " if hit.is_alias else ""
        proof.add(strength, f"name {hit.similarity} like {label}'{hit.shown}'")
    return proof


_PAIRS = (  # (document side, vendor side, weight, reason when equal, reason when alike)
    ("remit_to", "remit_to", "remit_to", "remit-to address equal", "remit-to address {} alike"),
    (
        "remit_to",
        "address",
        "address_as_remit",
        "remit-to address equal to the vendor's address",
        "remit-to address {} like the vendor's address",
    ),
    ("address", "address", "address", "address equal", "address {} alike"),
    (
        "address",
        "remit_to",
        "address_as_remit",
        "address equal to the vendor's remit-to",
        "address {} like the vendor's remit-to",
    ),
)


def _address_evidence(
    proof: Evidence, query: VendorQuery, keys: VendorKeys, weights: dict[str, Any]
) -> None:
    """The best agreement between the document's addresses and the vendor's, once."""
    best, reason = 0.0, ""
    for ours, theirs, weight, equal, alike in _PAIRS:
        a: Address = getattr(query, ours)
        b: Address = getattr(keys, theirs)
        if a.is_empty or b.is_empty or (a.number and b.number and a.number != b.number):
            continue
        similarity = address_similarity(a, b)
        strength = weights[weight] * strength_between(similarity, 70, 0.3, 1.0)
        if strength > best:
            best = strength
            reason = equal if similarity >= 95 else alike.format(similarity)
    proof.add(best, reason)
