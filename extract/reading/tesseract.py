"""The tesseract command as an OcrEngine.

The page goes to tesseract as an uncompressed TIFF in a temporary file (tesseract decodes
it in a few milliseconds; it reads standard input byte by byte, which costs far more) and
the TSV comes back on standard output. OMP_THREAD_LIMIT=1 keeps each tesseract on one
core, so parallel workers do not fight over the cores.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile

import cv2
import numpy as np
import pytesseract

from docmatch.errors import CorruptFile
from docmatch.types import Word

from .cleanup import shrink

OSD_WIDTH = 1700  # orientation needs far fewer pixels than reading
ROTATE_LINE = re.compile(rb"^Rotate:\s*(\d+)", re.MULTILINE)


class TesseractEngine:
    """Reads words with tesseract; page segmentation mode 4 by default."""

    def __init__(self, *, command: str | None = None, psm: int = 4, timeout: float = 180.0):
        self.command = command or shutil.which(pytesseract.pytesseract.tesseract_cmd) or ""
        if not self.command:
            raise RuntimeError("The tesseract command is not installed or not on PATH.")
        self.psm = psm
        self.timeout = timeout
        self.env = {**os.environ, "OMP_THREAD_LIMIT": "1"}

    def words(self, image: np.ndarray, *, languages: str) -> list[Word]:
        tsv = self._run(image, ["-l", languages, "--psm", str(self.psm), "tsv"])
        return words_from_tsv(tsv.decode("utf-8", errors="replace"))

    def orientation(self, image: np.ndarray) -> int:
        small, _ = shrink(image, OSD_WIDTH)
        try:
            report = self._run(small, ["--psm", "0", "-l", "osd"])
        except CorruptFile:  # too few letters to tell: leave the page as it is
            return 0
        found = ROTATE_LINE.search(report)
        return int(found.group(1)) % 360 if found else 0

    def _run(self, image: np.ndarray, arguments: list[str]) -> bytes:
        ok, encoded = cv2.imencode(".tif", image, [cv2.IMWRITE_TIFF_COMPRESSION, 1])
        if not ok:
            raise CorruptFile("The page image could not be prepared for OCR.")
        handle, path = tempfile.mkstemp(prefix="docmatch-ocr-", suffix=".tif")
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(encoded.data)
            result = subprocess.run(
                [self.command, path, "stdout", *arguments],
                capture_output=True,
                env=self.env,
                timeout=self.timeout,
                check=False,
            )
        finally:
            os.unlink(path)
        if result.returncode != 0:
            detail = result.stderr.decode("utf-8", errors="replace").strip().splitlines()
            raise CorruptFile(
                "OCR could not read the page image"
                + (f" ({detail[-1]})" if detail else "")
                + ". Scan the page again and upload the new copy."
            )
        return result.stdout


def words_from_tsv(tsv: str) -> list[Word]:
    """Words of tesseract's TSV, lines numbered by (block, paragraph, line) as it read them."""
    words: list[Word] = []
    lines: dict[tuple[str, str, str], int] = {}
    for row in tsv.splitlines()[1:]:
        fields = row.split("\t")
        if len(fields) < 12 or fields[0] != "5":
            continue
        text, confidence = fields[11].strip(), float(fields[10])
        if not text or confidence < 0:
            continue
        line = lines.setdefault((fields[2], fields[3], fields[4]), len(lines))
        left, top, width, height = (float(v) for v in fields[6:10])
        words.append(
            Word(
                text=text,
                bbox=(left, top, left + width, top + height),
                confidence=min(confidence / 100.0, 1.0),
                line=line,
            )
        )
    return words
