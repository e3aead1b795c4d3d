"""Scans and phone photos made from a digital PDF: rasterise with pdfium, then degrade
with OpenCV and numpy (rotation, paper tone, blur, noise, perspective, lighting, JPEG)."""

from __future__ import annotations

import io
from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image

SCAN_DPI = 300
PHOTO_DPI = 170
LETTER_PX = (2550, 3300)  # a scanner bed at 300 dpi, for narrow receipts


def rasterise(pdf: bytes, dpi: int, *, grey: bool, first_only: bool = False) -> list[np.ndarray]:
    document = pdfium.PdfDocument(pdf)
    try:
        count = 1 if first_only else len(document)
        pages = []
        for index in range(count):
            bitmap = document[index].render(scale=dpi / 72, grayscale=grey)
            image = bitmap.to_numpy().copy()
            if image.ndim == 3 and image.shape[2] == 4:
                image = image[:, :, :3]
            if image.ndim == 3 and grey:
                image = image[:, :, 0]
            pages.append(np.ascontiguousarray(image))
        return pages
    finally:
        document.close()


def _on_bed(page: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A narrow receipt laid on a letter-size scanner bed."""
    bed_w, bed_h = LETTER_PX
    shape = (bed_h, bed_w) if page.ndim == 2 else (bed_h, bed_w, 3)
    bed = np.full(shape, int(rng.integers(225, 245)), np.uint8)
    h, w = page.shape[:2]
    if h > bed_h - 100:
        scale = (bed_h - 100) / h
        page = cv2.resize(page, (int(w * scale), int(h * scale)), interpolation=cv2.INTER_AREA)
        h, w = page.shape[:2]
    x, y = int(rng.integers(60, bed_w - w - 60)), int(rng.integers(40, max(41, bed_h - h - 40)))
    bed[y : y + h, x : x + w] = page
    return bed


def scan_page(page: np.ndarray, rng: np.random.Generator, *, narrow: bool = False) -> np.ndarray:
    """One page as a flatbed scanner returns it: turned ±2°, toned, blurred, noisy."""
    if narrow:
        page = _on_bed(page, rng)
    h, w = page.shape[:2]
    angle = float(rng.uniform(-2.0, 2.0))
    shift = rng.uniform(-12, 12, size=2)
    matrix = np.asarray(cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0), np.float64)
    matrix[:, 2] += shift
    border = (int(rng.integers(200, 240)),) * 3
    turned = cv2.warpAffine(page, matrix, (w, h), flags=cv2.INTER_LINEAR, borderValue=border)
    tone = float(rng.uniform(0.94, 1.0))
    floor = float(rng.uniform(6, 24))
    toned = cv2.convertScaleAbs(turned, alpha=tone * (255 - floor) / 255, beta=floor)
    noisy = _noisy(toned, float(rng.uniform(4, 9)), rng)
    return cv2.GaussianBlur(noisy, (0, 0), float(rng.uniform(0.6, 1.1)))


def _noisy(image: np.ndarray, sigma: float, rng: np.random.Generator) -> np.ndarray:
    cv2.setRNGSeed(int(rng.integers(0, 2**31 - 1)))
    noise = np.empty(image.shape, np.int16)
    cv2.randn(noise, 0, sigma)  # type: ignore[call-overload]
    return cv2.add(image.astype(np.int16), noise, dtype=cv2.CV_16S).clip(0, 255).astype(np.uint8)


def _background(shape: tuple[int, int], rng: np.random.Generator) -> np.ndarray:
    """A desk or table: a base colour, a large smooth variation and fine grain."""
    h, w = shape
    palettes = [
        (92, 120, 158),
        (60, 70, 84),
        (170, 175, 178),
        (120, 96, 70),
        (40, 44, 52),
        (196, 186, 170),
    ]
    base = np.array(palettes[int(rng.integers(len(palettes)))], np.float32)  # BGR
    coarse = cv2.resize(
        rng.uniform(0.8, 1.2, size=(6, 5)).astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC
    )
    grain = cv2.GaussianBlur(
        rng.normal(1.0, 0.08, size=(h // 4, w // 4)).astype(np.float32), (0, 0), 1.5
    )
    grain = cv2.resize(grain, (w, h))
    if rng.random() < 0.5:  # wood-like streaks
        streaks = cv2.resize(rng.normal(1.0, 0.1, size=(1, w // 6)).astype(np.float32), (w, h))
        grain = grain * streaks
    field = (coarse * grain)[:, :, None] * base[None, None, :]
    return field.clip(0, 255).astype(np.uint8)


def photo_page(
    page: np.ndarray, rng: np.random.Generator, frame: tuple[int, int] = (1500, 2000)
) -> np.ndarray:
    """A phone photo of ``page`` (BGR or grey): perspective, background, shadow,
    uneven light, colour cast, blur and noise."""
    if page.ndim == 2:
        page = cv2.cvtColor(page, cv2.COLOR_GRAY2BGR)
    fw, fh = frame
    ph, pw = page.shape[:2]
    fill = float(rng.uniform(0.72, 0.88))
    scale = min(fw * fill / pw, fh * fill / ph)
    tw, th = pw * scale, ph * scale
    cx, cy = fw / 2 + rng.uniform(-0.04, 0.04) * fw, fh / 2 + rng.uniform(-0.04, 0.04) * fh
    corners = np.array([[-tw / 2, -th / 2], [tw / 2, -th / 2], [tw / 2, th / 2], [-tw / 2, th / 2]])
    angle = np.radians(rng.uniform(-7, 7))
    rotation = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
    corners = corners @ rotation.T
    tilt = rng.uniform(-0.06, 0.06, size=(4, 2)) * np.array([tw, th])
    destination = (corners + tilt + [cx, cy]).astype(np.float32)
    source = np.array([[0, 0], [pw, 0], [pw, ph], [0, ph]], np.float32)
    matrix = cv2.getPerspectiveTransform(source, destination)
    warped = cv2.warpPerspective(page, matrix, (fw, fh), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.full((ph, pw), 255, np.uint8), matrix, (fw, fh))
    shadow = cv2.GaussianBlur(
        np.roll(mask, (int(fh * 0.012), int(fw * 0.01)), axis=(0, 1)), (0, 0), fw / 60
    )
    scene = _background((fh, fw), rng).astype(np.float32)
    scene *= (1 - 0.55 * shadow.astype(np.float32) / 255)[:, :, None]
    alpha = cv2.GaussianBlur(mask, (0, 0), 0.8).astype(np.float32)[:, :, None] / 255
    scene = (scene * (1 - alpha) + warped.astype(np.float32) * alpha).astype(np.float32)
    cast = rng.uniform(0.9, 1.05, size=3).astype(np.float32)
    scene *= _lighting((fh, fw), rng)[:, :, None] * cast[None, None, :]
    image = cv2.GaussianBlur(
        scene.clip(0, 255).astype(np.uint8), (0, 0), float(rng.uniform(0.7, 1.4))
    )
    return _noisy(image, float(rng.uniform(2.5, 5)), rng)


def _lighting(shape: tuple[int, int], rng: np.random.Generator) -> np.ndarray:
    h, w = shape
    ys, xs = np.mgrid[0:h:8, 0:w:8].astype(np.float32)
    lx, ly = rng.uniform(-0.3, 1.3) * w, rng.uniform(-0.3, 1.3) * h
    distance = np.sqrt((xs - lx) ** 2 + (ys - ly) ** 2) / np.hypot(w, h)
    light = 1.08 - float(rng.uniform(0.35, 0.6)) * distance
    return cv2.resize(light.astype(np.float32), (w, h), interpolation=cv2.INTER_LINEAR).clip(
        0.45, 1.1
    )


def jpeg_bytes(image: np.ndarray, quality: int) -> bytes:
    ok, encoded = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, quality])
    if not ok:
        raise RuntimeError("JPEG encoding failed")
    return encoded.tobytes()


def save_pages(images: list[np.ndarray], path: Path, quality: int, dpi: int) -> None:
    """Write pages as one JPEG, an image-only PDF or a multi-page TIFF (by suffix)."""
    if path.suffix == ".jpg":
        path.write_bytes(jpeg_bytes(images[0], quality))
        return
    pils = []
    for image in images:
        decoded = Image.open(io.BytesIO(jpeg_bytes(image, quality)))  # keeps the JPEG artefacts
        pils.append(decoded.convert("L") if image.ndim == 2 else decoded.convert("RGB"))
    if path.suffix == ".pdf":
        pils[0].save(path, save_all=True, append_images=pils[1:], resolution=dpi, quality=quality)
    else:
        pils[0].save(
            path,
            save_all=True,
            append_images=pils[1:],
            dpi=(dpi, dpi),
            compression="jpeg",
            quality=quality,
        )
