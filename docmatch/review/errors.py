"""Failures of review, approval and export: branches of the one tree in docmatch.errors."""

from __future__ import annotations

from docmatch.errors import DocmatchError


class NotAuthenticated(DocmatchError):
    """No token, or one that is unknown or revoked."""

    code = "not_authenticated"
    http_status = 401


class Forbidden(DocmatchError):
    """A known user asking for what their role, properties or limit do not allow."""

    code = "forbidden"
    http_status = 403


class StaleVersion(DocmatchError):
    """The document changed since the caller read it; they must read it again."""

    code = "stale_version"
    http_status = 409


class WrongStatus(DocmatchError):
    """The action does not apply to a document in its present status."""

    code = "wrong_status"
    http_status = 409


class InvalidChange(DocmatchError):
    """A correction or decision that cannot be applied as given (unknown field, bad date,
    unknown vendor code, an invoice whose lines do not add up...)."""

    code = "invalid_change"
    http_status = 422


class UserExists(DocmatchError):
    code = "user_exists"
    http_status = 409


class CorruptExport(DocmatchError):
    """A stored batch file no longer matches the hash recorded when it was written."""

    code = "corrupt_export"
    http_status = 500
