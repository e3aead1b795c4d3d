"""Domain types shared by every stage: small, frozen, free of I/O.

Coordinates: a box is ``(x0, top, x1, bottom)`` in the page's own units, origin at the
top-left corner. Pages read from a PDF text layer use PDF points (1/72 inch); pages read
by OCR use pixels of the cleaned page image that is stored with them, so a box can be
drawn on that image as it is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

BBox = tuple[float, float, float, float]


class DocumentType(StrEnum):
    INVOICE = "invoice"
    RECEIPT = "receipt"
    STATEMENT = "statement"
    REMITTANCE = "remittance"
    INSPECTION = "inspection"
    OTHER = "other"


class Status(StrEnum):
    RECEIVED = "received"
    PROCESSING = "processing"
    NEEDS_REVIEW = "needs_review"
    FAILED = "failed"
    DUPLICATE = "duplicate"
    # After review (a person decides) and approval (a manager decides):
    CONFIRMED = "confirmed"
    REJECTED = "rejected"
    APPROVED = "approved"
    DENIED = "denied"
    EXPORTED = "exported"

    @property
    def is_final_for_processing(self) -> bool:
        """Whether the pipeline has nothing more to do for a document in this status."""
        return self not in (Status.RECEIVED, Status.PROCESSING)


class PageSource(StrEnum):
    TEXT_LAYER = "text_layer"
    OCR = "ocr"


@dataclass(frozen=True, slots=True)
class Word:
    text: str
    bbox: BBox
    confidence: float  # 0..1; 1.0 for a text layer
    line: int  # index of the line on its page, in reading order

    def to_dict(self) -> dict[str, object]:
        return {
            "text": self.text,
            "bbox": [round(v, 2) for v in self.bbox],
            "confidence": round(self.confidence, 3),
            "line": self.line,
        }

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Word:
        x0, top, x1, bottom = (float(v) for v in data["bbox"])  # type: ignore[attr-defined]
        return cls(
            text=str(data["text"]),
            bbox=(x0, top, x1, bottom),
            confidence=float(data["confidence"]),  # type: ignore[arg-type]
            line=int(data["line"]),  # type: ignore[call-overload]
        )


@dataclass(frozen=True, slots=True)
class Page:
    number: int  # 1-based
    width: float
    height: float
    unit: str  # "pt" for a text layer, "px" for an OCR'd image
    source: PageSource
    words: tuple[Word, ...] = ()
    rotation: int = 0  # degrees turned clockwise before reading
    skew: float = 0.0  # degrees corrected by deskewing

    @property
    def text(self) -> str:
        lines: dict[int, list[str]] = {}
        for word in self.words:
            lines.setdefault(word.line, []).append(word.text)
        return "\n".join(" ".join(lines[n]) for n in sorted(lines))

    @property
    def mean_confidence(self) -> float:
        if not self.words:
            return 0.0
        return sum(w.confidence for w in self.words) / len(self.words)


@dataclass(frozen=True, slots=True)
class PageImage:
    """The image a page was read from, encoded for a reviewer's screen."""

    number: int
    content_type: str  # "image/png" or "image/jpeg"
    data: bytes = field(repr=False)


@dataclass(frozen=True, slots=True)
class Reading:
    """What reading a file produced: its pages and, for OCR'd pages, their images."""

    pages: tuple[Page, ...]
    images: tuple[PageImage, ...] = ()

    @property
    def text(self) -> str:
        return "\n\n".join(page.text for page in self.pages)

    @property
    def text_source(self) -> str:
        sources = {page.source for page in self.pages}
        if len(sources) == 1:
            return next(iter(sources)).value
        return "mixed" if sources else "none"
