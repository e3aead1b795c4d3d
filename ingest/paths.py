"""What a path in an inbox tells: whether to take it, its document type and property hints.

Inbox layout: ``INBOX/<type folder>/[<PROPERTY>/]file``. Type folders are ``invoices``,
``statements``, ``remittances``, ``inspections``, ``receipts`` and ``unsorted`` (type from
content). A sub-folder below a type folder names the property.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import PurePosixPath

from docmatch.types import DocumentType

TYPE_FOLDERS: dict[str, DocumentType | None] = {
    "invoices": DocumentType.INVOICE,
    "statements": DocumentType.STATEMENT,
    "remittances": DocumentType.REMITTANCE,
    "inspections": DocumentType.INSPECTION,
    "receipts": DocumentType.RECEIPT,
    "unsorted": None,
}

_IGNORED_SUFFIXES = (".part", ".tmp", ".crdownload", ".partial", ".swp", "~")
_IGNORED_NAMES = {"thumbs.db", "desktop.ini", ".ds_store"}


@dataclass(frozen=True, slots=True)
class Hints:
    type_hint: DocumentType | None = None
    property_hint: str | None = None


def is_ignored(name: str) -> bool:
    """Hidden, temporary and office lock files are never taken."""
    lower = name.lower()
    return (
        lower.startswith((".", "~$"))
        or lower in _IGNORED_NAMES
        or lower.endswith(_IGNORED_SUFFIXES)
    )


def hints_for(relative: str) -> Hints:
    """Hints from a path relative to the inbox root (``invoices/OAK/scan1.pdf``)."""
    parts = PurePosixPath(relative).parts
    if len(parts) < 2 or parts[0].lower() not in TYPE_FOLDERS:
        return Hints()
    type_hint = TYPE_FOLDERS[parts[0].lower()]
    property_hint = parts[1].strip().upper() if len(parts) >= 3 else None
    return Hints(type_hint=type_hint, property_hint=property_hint or None)


def display_name(name: str) -> str:
    """A file name safe to show and to use as a file name: no folders, no control bytes."""
    name = unicodedata.normalize("NFC", name.replace("\\", "/").rsplit("/", 1)[-1])
    name = re.sub(r"[\x00-\x1f\x7f]", "", name).strip().lstrip(".")
    return name[:200] or "unnamed"
