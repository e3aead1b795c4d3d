"""The one tree of failures.

Each class knows what becomes of the document (``retry`` or not) and carries a message a
person can act on. Expected outcomes (a duplicate, a document that needs review) are not
exceptions. Only the pipeline and the API's exception handler catch these.
"""

from __future__ import annotations


class DocmatchError(Exception):
    """Base of every failure docmatch reports to a user."""

    code = "error"
    retry = False  # a transient failure is retried with back-off; a bad input is not
    http_status = 422

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class BadInput(DocmatchError):
    """The file itself cannot be processed; the document ends ``failed``."""

    code = "bad_input"


class EmptyFile(BadInput):
    code = "empty_file"


class UnsupportedType(BadInput):
    code = "unsupported_type"
    http_status = 415


class CorruptFile(BadInput):
    code = "corrupt_file"


class EncryptedPDF(BadInput):
    code = "encrypted_pdf"


class TooLarge(BadInput):
    code = "too_large"
    http_status = 413


class Transient(DocmatchError):
    """A service was briefly unreachable; the work is retried, nothing is lost."""

    code = "transient"
    retry = True
    http_status = 503


class StorageUnavailable(Transient):
    code = "storage_unavailable"


class NotFound(DocmatchError):
    code = "not_found"
    http_status = 404
