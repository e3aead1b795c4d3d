"""Image files (PNG, JPEG, TIFF, HEIC/HEIF, WebP) as upright grayscale pages.

Each frame's size is read from its header and checked before a pixel is decoded, so a
decompression bomb fails with TooLarge without taking the memory. A multi-page TIFF gives
one page per frame; other formats give their first frame. EXIF orientation is applied.
"""

from __future__ import annotations

import io
import re
import warnings
from collections.abc import Iterator

import cv2
import numpy as np
import pillow_heif
from PIL import Image, UnidentifiedImageError

from docmatch.errors import CorruptFile, TooLarge

pillow_heif.register_heif_opener()

FORMATS = {
    "image/png": ("PNG",),
    "image/jpeg": ("JPEG", "MPO"),
    "image/tiff": ("TIFF",),
    "image/heic": ("HEIF",),
    "image/heif": ("HEIF",),
    "image/webp": ("WEBP",),
}
# EXIF orientation -> the transpose that makes the picture upright
EXIF_TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
EXIF_ORIENTATION = 0x0112
OPENCV_DECODES = {"PNG", "JPEG", "MPO", "WEBP"}  # faster than Pillow for plain 8-bit images
COLOUR_MIN_WIDTH = 360


def open_image(data: bytes, media_type: str, *, max_pixels: int) -> Image.Image:
    """The image with only its header read."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            return Image.open(io.BytesIO(data), formats=FORMATS[media_type])
    except Image.DecompressionBombError as exc:
        pixels = re.search(r"\((\d+) pixels\)", str(exc))
        size = f"{int(pixels.group(1)) / 1e6:,.0f} megapixels" if pixels else "far too many pixels"
        raise TooLarge(
            f"The image has {size}; the limit is {max_pixels / 1e6:,.0f} megapixels per "
            "page. Scan or export it at 300 dpi (a letter page is about 8 megapixels) and "
            "upload it again."
        ) from exc
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        raise CorruptFile(
            "The image cannot be opened; it is damaged or not really a "
            f"{media_type.split('/')[1].upper()} file. Save or scan it again and upload it."
        ) from exc


def frame_count(image: Image.Image) -> int:
    if image.format != "TIFF":
        return 1
    try:
        return int(getattr(image, "n_frames", 1))
    except (OSError, ValueError, EOFError) as exc:
        raise CorruptFile("The TIFF file is damaged: its list of pages cannot be read.") from exc


def gray_frames(data: bytes, image: Image.Image, *, max_pixels: int) -> Iterator[np.ndarray]:
    """Each page of the image as an upright 8-bit grayscale array."""
    for index in range(frame_count(image)):
        try:
            image.seek(index)
        except (OSError, ValueError, EOFError) as exc:
            raise CorruptFile(f"Page {index + 1} of the TIFF file is damaged.") from exc
        check_size(image.size, max_pixels)
        try:
            yield _decode_gray(data, image)
        except (OSError, ValueError, SyntaxError, cv2.error) as exc:
            raise CorruptFile(
                "The image is damaged or cut short and cannot be decoded. Save or scan it "
                "again and upload the new copy."
            ) from exc


def colour_copy(data: bytes, image: Image.Image) -> np.ndarray | None:
    """A reduced upright BGR copy of a one-frame colour photo (JPEG, PNG, WebP), for
    telling the sheet from the desk by hue; None for grey or other images. The JPEG
    decoder scales down while it decodes, so this costs a few milliseconds."""
    if image.format not in OPENCV_DECODES or image.mode != "RGB" or "transparency" in image.info:
        return None
    reduction = next(f for f in (8, 4, 2, 1) if image.size[0] // f >= COLOUR_MIN_WIDTH or f == 1)
    flags = {8: cv2.IMREAD_REDUCED_COLOR_8, 4: cv2.IMREAD_REDUCED_COLOR_4}.get(
        reduction, cv2.IMREAD_REDUCED_COLOR_2 if reduction == 2 else cv2.IMREAD_COLOR
    )
    try:
        colour = cv2.imdecode(np.frombuffer(data, np.uint8), flags | cv2.IMREAD_IGNORE_ORIENTATION)
    except cv2.error:
        return None
    return None if colour is None else _upright(colour, image)


def check_size(size: tuple[int, int], max_pixels: int) -> None:
    width, height = size
    if width * height > max_pixels:
        raise TooLarge(
            f"The image is {width:,} × {height:,} pixels ({width * height / 1e6:,.0f} "
            f"megapixels); the limit is {max_pixels / 1e6:,.0f} megapixels per page. Scan "
            "or export it at 300 dpi (a letter page is about 8 megapixels) and upload it again."
        )


def _decode_gray(data: bytes, image: Image.Image) -> np.ndarray:
    simple = image.mode in ("L", "RGB", "1") and "transparency" not in image.info
    if image.format in OPENCV_DECODES and simple:
        flags = cv2.IMREAD_GRAYSCALE | cv2.IMREAD_IGNORE_ORIENTATION
        gray = cv2.imdecode(np.frombuffer(data, np.uint8), flags)
        if gray is None:
            raise ValueError("undecodable image")
    else:
        if image.format in ("JPEG", "MPO"):
            image.draft("L", image.size)  # decode luminance only
        image.load()
        gray = _to_gray(image)
    return _upright(gray, image)


def _to_gray(image: Image.Image) -> np.ndarray:
    if image.mode in ("I;16", "I;16B", "I;16L", "I", "F"):
        values = np.asarray(image, dtype=np.float32)
        top = 65535.0 if values.max() > 255 else 255.0
        return np.clip(values * (255.0 / top), 0, 255).astype(np.uint8)
    if "A" in image.mode or "transparency" in image.info:
        rgba = np.asarray(image.convert("LA"), dtype=np.uint16)
        gray, alpha = rgba[:, :, 0], rgba[:, :, 1]
        return ((gray * alpha + 255 * (255 - alpha)) // 255).astype(np.uint8)  # over white
    if image.mode == "L":
        return np.asarray(image).copy()
    return np.asarray(image.convert("L"))


def _upright(gray: np.ndarray, image: Image.Image) -> np.ndarray:
    if image.format == "PNG" and "exif" not in image.info:
        return gray  # Pillow would decode the whole PNG again to look for a late eXIf chunk
    transpose = EXIF_TRANSPOSE.get(image.getexif().get(EXIF_ORIENTATION, 1))
    if transpose is None:
        return gray
    return np.asarray(Image.fromarray(gray).transpose(transpose))
