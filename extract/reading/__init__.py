"""Reading a file into pages of words with boxes.

Contract:

- ``read_document(data, *, media_type, limits, ocr=None) -> Reading``: a PDF page with a
  text layer (at least ``limits.text_layer_min_chars`` characters) is read from it, with
  boxes in PDF points, top-left origin, confidence 1.0; any other PDF page, and every
  page of a PNG, JPEG, TIFF (one page per frame), HEIC/HEIF or WebP image, is cleaned
  (sheet found by its outline or, on a colour photo, by its colour against the desk, and
  flattened; a receipt lying on a scanner's bed found as the bright slip on it and cut
  out; lighting evened or contrast stretched; skew and
  orientation corrected) and read by the OCR engine, small print from a copy enlarged so
  letters stand about 16 pixels tall, with boxes in pixels of the cleaned page image that
  ``Reading.images`` holds as a JPEG. Lines are numbered in reading order.
  ``Page.rotation`` is the turn (degrees clockwise) that put an OCR'd page upright,
  after any EXIF orientation; ``Page.skew`` the skew removed (degrees, counter-clockwise
  positive).
- ``page_count(data, *, media_type) -> int`` and ``render_page(data, *, media_type,
  number, dpi=110) -> bytes`` (a PNG for the reviewer's screen).
- Failures are the typed errors of ``docmatch.errors``: EmptyFile, UnsupportedType,
  CorruptFile (damaged or truncated), EncryptedPDF, TooLarge (pixels checked before any
  decoding; pages over ``limits.max_pages``); NotFound for a page number out of range.
- ``OcrEngine`` is the protocol an OCR engine meets; ``TesseractEngine`` is the one in use.

No database, web or storage imports: the caller passes bytes and gets values back.
"""

from .contract import OcrEngine, ReadLimits
from .reader import page_count, read_document, render_page
from .tesseract import TesseractEngine

__all__ = [
    "OcrEngine",
    "ReadLimits",
    "TesseractEngine",
    "page_count",
    "read_document",
    "render_page",
]
