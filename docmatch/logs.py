"""Logging set-up for every entry point."""

from __future__ import annotations

import logging
import os


def configure_logging() -> None:
    level = os.environ.get("DOCMATCH_LOG_LEVEL", "INFO").upper()
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for noisy in ("pdfminer", "PIL", "urllib3", "multipart"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
