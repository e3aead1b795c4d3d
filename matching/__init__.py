"""Matching: a document's fields against the company's books.

Contract: pure functions on plain values, no database, no web layer, no extraction.
``parse_master_csv(kind, source)`` turns a master-data CSV into frozen records (or raises
``MasterDataError`` listing every bad row); ``MatchIndex.build(...)`` indexes the records
once; ``match_document(index, fields=..., line_items=...)`` ranks the vendor, property,
GL account of each line, purchase order and possible duplicates, each candidate with a
score from 0 to 100 and the reasons for it, and says which one is chosen or why none is.
"""

from matching.candidates import Candidate, Ranking
from matching.csvimport import MasterDataError, RowProblem, parse_master_csv
from matching.index import MatchIndex
from matching.match import Matches, match_document
from matching.records import (
    ApItem,
    ArItem,
    GlAccount,
    MasterKind,
    Property,
    PurchaseOrder,
    SeenDocument,
    Vendor,
)

__all__ = [
    "ApItem",
    "ArItem",
    "Candidate",
    "GlAccount",
    "MasterDataError",
    "MasterKind",
    "MatchIndex",
    "Matches",
    "Property",
    "PurchaseOrder",
    "Ranking",
    "RowProblem",
    "SeenDocument",
    "Vendor",
    "match_document",
    "parse_master_csv",
]
