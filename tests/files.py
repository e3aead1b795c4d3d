"""Real files made for tests: small invoices (digital and scanned) and the bad-input set."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

INVOICE_LINES = [
    ("Rapid Rooter Plumbing LLC", 16),
    ("1200 Commerce St, Austin, TX 78701", 10),
    ("INVOICE", 20),
    ("Invoice Number: INV-20417", 11),
    ("Invoice Date: 03/14/2026", 11),
    ("Bill To: Oak Ridge Apartments", 11),
    ("Replace water heater unit 204   1   850.00   850.00", 10),
    ("Subtotal 850.00", 11),
    ("Tax 70.13", 11),
    ("Total Due 920.13", 12),
]


def digital_invoice(pages: int = 1, *, marker: str = "") -> bytes:
    """A text-layer invoice PDF; ``marker`` makes the bytes (and text) unique."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter)
    for n in range(pages):
        y = 720
        for text, size in INVOICE_LINES:
            pdf.setFont("Helvetica-Bold" if size > 12 else "Helvetica", size)
            pdf.drawString(72, y, text)
            y -= size * 2.2
        pdf.drawString(72, 80, f"Page {n + 1} of {pages} {marker}")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def scanned_invoice_png(*, angle: float = 1.0, marker: str = "") -> bytes:
    """The digital invoice rasterised at 300 dpi, slightly rotated and noisy, as a PNG."""
    page = pdfium.PdfDocument(digital_invoice(marker=marker))[0]
    image = np.array(page.render(scale=300 / 72, grayscale=True).to_pil())
    h, w = image.shape[:2]
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    image = cv2.warpAffine(image, matrix, (w, h), borderValue=255)
    noise = np.random.default_rng(7).normal(0, 12, image.shape)
    image = np.clip(image.astype(np.float32) + noise, 0, 255).astype(np.uint8)
    ok, png = cv2.imencode(".png", image)
    assert ok
    return png.tobytes()


def scanned_pdf(*, marker: str = "") -> bytes:
    """An image-only PDF, as a scanner writes it."""
    image = Image.open(io.BytesIO(scanned_invoice_png(marker=marker)))
    buffer = io.BytesIO()
    image.convert("L").save(buffer, format="PDF", resolution=300)
    return buffer.getvalue()


def truncated_pdf() -> bytes:
    data = digital_invoice()
    return data[: len(data) // 3]


def corrupt_png() -> bytes:
    data = scanned_invoice_png()
    return data[:200] + b"\x00garbage" * 50


def encrypted_pdf() -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter, encrypt="s3cret")
    pdf.drawString(72, 720, "Confidential invoice")
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def bomb_png(width: int = 60_000, height: int = 60_000) -> bytes:
    """A PNG whose header claims 3.6 gigapixels; its few bytes never decode to it."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    row = b"\x00" + b"\xff" * (width // 8 + 1)
    data = zlib.compress(row * 16, 9)  # a prefix: the decoder must refuse before reading it all
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")
    )


def docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(_entry("[Content_Types].xml"), "<Types/>")
        archive.writestr(_entry("word/document.xml"), "<w:document/>")
    return buffer.getvalue()


def plain_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(_entry("invoice.txt"), "not a document we read")
    return buffer.getvalue()


def _entry(name: str) -> zipfile.ZipInfo:
    return zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))


def exe() -> bytes:
    return b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 200


def write_slowly(path: Path, data: bytes, *, chunks: int, pause: float) -> None:
    """Write a file in pieces with pauses between them, as a slow copy over a share does."""
    import time

    step = max(1, len(data) // chunks)
    with path.open("wb") as handle:
        for start in range(0, len(data), step):
            handle.write(data[start : start + step])
            handle.flush()
            time.sleep(pause)
