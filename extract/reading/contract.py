"""The limits a reading runs under and the shape of an OCR engine."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import numpy as np

from docmatch.types import Word


@dataclass(frozen=True)
class ReadLimits:
    max_pages: int = 200
    max_image_pixels: int = 120_000_000  # per page; decompression bombs fail with TooLarge
    ocr_dpi: int = 300
    text_layer_min_chars: int = 20  # a PDF page with fewer chars is OCR'd
    languages: str = "eng+spa"


class OcrEngine(Protocol):
    """Reads words from a grayscale page image; boxes are in that image's pixels."""

    def words(self, image: np.ndarray, *, languages: str, dpi: int | None = None) -> list[Word]:
        """``dpi``: the resolution the print was scanned at, where the page tells it."""
        ...

    def orientation(self, image: np.ndarray) -> int:
        """Degrees (0, 90, 180 or 270) to turn the image clockwise so its text stands upright."""
        ...
