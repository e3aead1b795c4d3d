"""The real type of a file, from its first bytes, never from its name."""

from __future__ import annotations

import filetype

from docmatch.errors import EmptyFile, UnsupportedType

ACCEPTED = frozenset(
    {
        "application/pdf",
        "image/png",
        "image/jpeg",
        "image/tiff",
        "image/heic",
        "image/heif",
        "image/webp",
    }
)

_HEIF_BRANDS = {
    b"heic": "image/heic",
    b"heix": "image/heic",
    b"hevc": "image/heic",
    b"heim": "image/heic",
    b"heis": "image/heic",
    b"mif1": "image/heif",
    b"msf1": "image/heif",
    b"heif": "image/heif",
}


def sniff(head: bytes) -> str | None:
    """The media type of a file from its first bytes (2 KiB are plenty), or None."""
    # A PDF may carry a few bytes of junk before its header; readers accept it within 1 KiB.
    if b"%PDF-" in head[:1024]:
        return "application/pdf"
    if head[4:8] == b"ftyp" and head[8:12] in _HEIF_BRANDS:
        return _HEIF_BRANDS[head[8:12]]
    kind = filetype.guess(head)
    return kind.mime if kind else None


def accepted_type(head: bytes, *, filename: str = "") -> str:
    """The media type of a file docmatch can read, or a typed error saying why not."""
    if not head:
        raise EmptyFile("The file is empty (0 bytes): nothing to read. Send the file again.")
    media_type = sniff(head)
    if media_type in ACCEPTED:
        return media_type  # type: ignore[return-value]
    found = f"it is {media_type}" if media_type else "its content is not a known document type"
    raise UnsupportedType(
        f"{filename or 'The file'} cannot be read: {found}. "
        "Accepted: PDF, PNG, JPEG, TIFF, HEIC/HEIF and WebP."
    )
