"""PDF files through PDFium: opening, text-layer words, rendering pages to pixels.

Text-layer boxes are in PDF points with the origin at the top-left corner of the page as
it is displayed (crop box and ``/Rotate`` applied). PDFium is not thread-safe: read one
document per thread or, better, per process.
"""

from __future__ import annotations

import ctypes
import math
from collections.abc import Callable, Iterator

import cv2
import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from docmatch.errors import CorruptFile, EncryptedPDF, TooLarge
from docmatch.types import BBox, Page, PageSource

from .layout import Glyph, assign_lines, words_from_glyphs

POINTS_PER_INCH = 72


def open_pdf(data: bytes) -> pdfium.PdfDocument:
    """The document, with its form fields drawn (invoices are often filled-in forms)."""
    try:
        document = pdfium.PdfDocument(data)
        document.init_forms()
        return document
    except pdfium.PdfiumError as exc:
        if exc.err_code in (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY):
            raise EncryptedPDF(
                "PDF is encrypted with a password: ask the sender for a copy without a "
                "password, or open it, print it to a new PDF and upload that."
            ) from exc
        raise CorruptFile(
            "The PDF cannot be opened; it is damaged or was cut short while being sent. "
            "Download or export it again and upload the new copy."
        ) from exc


def load_page(pdf: pdfium.PdfDocument, number: int) -> pdfium.PdfPage:
    try:
        return pdf[number - 1]
    except pdfium.PdfiumError as exc:
        raise CorruptFile(
            f"Page {number} of the PDF is damaged and cannot be read. "
            "Export or scan the document again and upload the new copy."
        ) from exc


def text_layer_or_pixels(
    document: pdfium.PdfDocument, number: int, *, min_chars: int, dpi: int, max_pixels: int
) -> Page | np.ndarray:
    """Page `number` read from its text layer or, when it has (almost) none, drawn for OCR.

    Annotations (filled-in form fields, stamps, notes) are first flattened into the page,
    so the values typed into a form are part of its text layer as they are of its look.
    """
    page = load_page(document, number)
    try:
        if pdfium_c.FPDFPage_GetAnnotCount(page.raw) > 0:
            page.flatten()
            page.close()
            page = load_page(document, number)  # PDFium shows the flattened page on reload
        digital = read_text_layer(page, number=number, min_chars=min_chars)
        if digital is not None:
            return digital
        return render_gray(page, dpi=dpi, max_pixels=max_pixels)
    except pdfium.PdfiumError as exc:
        raise CorruptFile(
            f"Page {number} of the PDF is damaged and cannot be read. "
            "Export or scan the document again and upload the new copy."
        ) from exc
    finally:
        page.close()


def read_text_layer(page: pdfium.PdfPage, *, number: int, min_chars: int) -> Page | None:
    """The page's words from its text layer, or None when it has too little text to trust
    (fewer than `min_chars` characters that map to Unicode)."""
    textpage = page.get_textpage()
    try:
        read = list(_glyphs(page, textpage))
    finally:
        textpage.close()
    turned = [glyph for glyph, across in read if across]
    minority = 2 * len(turned) <= len(read)
    # a few words set across the page ('SOLD TO' up a box's side) are no line of it
    glyphs = [glyph for glyph, across in read if not across or not minority]
    if sum(not g[0].isspace() for g in glyphs) < min_chars:
        return None
    words = words_from_glyphs(glyphs)
    if minority:
        words += side_labels(_runs_across(turned), words)
    width, height = page.get_size()
    return Page(
        number=number,
        width=width,
        height=height,
        unit="pt",
        source=PageSource.TEXT_LAYER,
        words=assign_lines(words),
    )


def _runs_across(glyphs: list[Glyph]) -> list[tuple[str, BBox]]:
    """Glyphs set up or down the page, in content order, joined into runs: one column
    of letters each, broken where the next letter stands in another column or far off."""
    runs: list[tuple[str, BBox]] = []
    chars: list[str] = []
    box = (0.0, 0.0, 0.0, 0.0)
    for char, x0, top, x1, bottom in glyphs:
        if char.isspace() or x1 <= x0 or bottom <= top:
            if chars:
                chars.append(" ")
            continue
        size = x1 - x0
        same = bool(chars) and abs((x0 + x1) - (box[0] + box[2])) / 2 < size
        near = same and min(abs(top - box[3]), abs(box[1] - bottom)) < 2 * size
        if chars and not near:
            runs.append(("".join(chars), box))
            chars = []
        box = (
            (min(box[0], x0), min(box[1], top), max(box[2], x1), max(box[3], bottom))
            if chars
            else (x0, top, x1, bottom)
        )
        chars.append(char)
    if chars:
        runs.append(("".join(chars), box))
    return runs


def side_labels(
    runs: list[tuple[str, BBox]], words: list[tuple[str, BBox]]
) -> list[tuple[str, BBox]]:
    """A short caption set up a box's side ('BILL TO' beside the customer's lines) as a
    word on the first line it heads: level with the top words right of it, as a label
    printed before them. A longer run, or one with nothing beside it (a form's number up
    the margin), stays out."""
    found: list[tuple[str, BBox]] = []
    for text, (x0, top, x1, bottom) in runs:
        text = " ".join(text.split())
        if not text or len(text.split()) > SIDE_LABEL_WORDS or not any(c.isalpha() for c in text):
            continue
        reach = (bottom - top) / 2  # set centred on its lines, it may run short of them
        beside = [
            box
            for _, box in words
            if 0 <= box[0] - x1 <= SIDE_LABEL_REACH * (x1 - x0)
            and top - reach < (box[1] + box[3]) / 2 < bottom + reach
        ]
        if beside:  # the top of the column nearest it, not a word further along its line
            edge = min(box[0] for box in beside)
            column = [box for box in beside if box[0] - edge <= x1 - x0]
            first = _top_of_column(min(column, key=lambda box: box[1]), words)
            found.append((text, (x0, first[1], x1, first[3])))
    return found


def _top_of_column(first: BBox, words: list[tuple[str, BBox]]) -> BBox:
    """The top line of the column of lines `first` stands in: a caption set along a
    box's side may start lower than the box's first line."""
    height = first[3] - first[1]
    while True:
        above = [
            box
            for _, box in words
            if abs(box[0] - first[0]) <= height and 0 <= first[1] - box[3] <= height
        ]
        if not above:
            return first
        first = min(above, key=lambda box: box[1])


SIDE_LABEL_WORDS = 3
SIDE_LABEL_REACH = 6  # letter heights between a side caption and the lines it heads


def _glyphs(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage) -> Iterator[tuple[Glyph, bool]]:
    """Each character: its advance (loose box) across the page, its ink (tight box) down it,
    and whether it is set turned a quarter or a half round.

    Advances make gaps reliable (the ink of a "1" stands far from its neighbours); ink
    makes heights reliable (font ascent and descent are often wrong in embedded fonts).
    """
    to_display = _display_transform(page)
    raw = textpage.raw
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    refs = [ctypes.byref(v) for v in (left, right, bottom, top)]
    loose = pdfium_c.FS_RECTF()
    loose_ref = ctypes.byref(loose)
    get_unicode, get_box = pdfium_c.FPDFText_GetUnicode, pdfium_c.FPDFText_GetCharBox
    get_loose_box, unmapped = (
        pdfium_c.FPDFText_GetLooseCharBox,
        pdfium_c.FPDFText_HasUnicodeMapError,
    )
    for index in range(textpage.count_chars()):
        code = get_unicode(raw, index)
        if not code or code > 0x10FFFF or not get_box(raw, index, *refs):
            continue
        if unmapped(raw, index) == 1:  # a font without a usable map to Unicode: OCR decides
            continue
        if not get_loose_box(raw, index, loose_ref):
            loose.left, loose.right = left.value, right.value
            loose.top, loose.bottom = top.value, bottom.value
        x_a, _ = to_display(loose.left, loose.top)
        x_b, _ = to_display(loose.right, loose.bottom)
        _, y_a = to_display(left.value, top.value)
        _, y_b = to_display(right.value, bottom.value)
        angle = pdfium_c.FPDFText_GetCharAngle(raw, index) % (2 * math.pi)
        across = min(abs(angle - turn * math.pi / 2) for turn in (1, 2, 3)) < TURN_SLACK
        yield (chr(code), min(x_a, x_b), min(y_a, y_b), max(x_a, x_b), max(y_a, y_b)), across


TURN_SLACK = 0.2  # radians: a glyph this close to a quarter turn is set across the page


def _display_transform(page: pdfium.PdfPage) -> Callable[[float, float], tuple[float, float]]:
    """Map PDF user space (bottom-left origin) to the displayed page (top-left origin)."""
    x0, y0, x1, y1 = page.get_cropbox()
    rotation = page.get_rotation() % 360
    if rotation == 90:
        return lambda x, y: (y - y0, x - x0)
    if rotation == 180:
        return lambda x, y: (x1 - x, y - y0)
    if rotation == 270:
        return lambda x, y: (y1 - y, x1 - x)
    return lambda x, y: (x - x0, y1 - y)


def render_gray(page: pdfium.PdfPage, *, dpi: int, max_pixels: int) -> np.ndarray:
    """The page as a grayscale image; the scale drops if the page would exceed max_pixels."""
    _check_embedded_images(page, max_pixels)
    width, height = page.get_size()
    scale = dpi / POINTS_PER_INCH
    scale = min(scale, (max_pixels / max(width * height, 1.0)) ** 0.5)
    image = page.render(scale=scale, grayscale=True).to_numpy()
    return np.array(image.reshape(image.shape[0], image.shape[1]), order="C")  # own the pixels


def render_png(page: pdfium.PdfPage, *, dpi: int, max_pixels: int) -> bytes:
    _check_embedded_images(page, max_pixels)
    width, height = page.get_size()
    scale = min(dpi / POINTS_PER_INCH, (max_pixels / max(width * height, 1.0)) ** 0.5)
    image = page.render(scale=scale).to_numpy()  # BGR or BGRx, as PDFium draws it
    ok, png = cv2.imencode(".png", np.ascontiguousarray(image[:, :, :3]))
    if not ok:
        raise CorruptFile("The page could not be drawn as an image.")
    return png.tobytes()


def _check_embedded_images(page: pdfium.PdfPage, max_pixels: int) -> None:
    for image in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=2):
        width, height = image.get_px_size()
        if width * height > max_pixels:
            raise TooLarge(
                f"The PDF holds an image of {width:,} × {height:,} pixels "
                f"({width * height / 1e6:,.0f} megapixels); the limit is "
                f"{max_pixels / 1e6:,.0f} megapixels per page. Scan it again at 300 dpi "
                "and upload the new copy."
            )
