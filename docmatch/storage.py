"""Object storage: a local folder (embedded) or an S3/MinIO bucket (distributed).

Both hold the originals under content-addressed keys, the page images, and (for the
bucket inbox) whatever scanners drop under ``inbox/``. A store that is briefly unreachable
raises :class:`StorageUnavailable`; callers retry it with back-off.
"""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol
from urllib.parse import parse_qs, unquote, urlsplit

from docmatch.errors import NotFound, StorageUnavailable


class ObjectStore(Protocol):
    def put(
        self, key: str, data: bytes, *, content_type: str = "application/octet-stream"
    ) -> None: ...
    def get(self, key: str) -> bytes: ...
    def exists(self, key: str) -> bool: ...
    def list(self, prefix: str) -> Iterator[str]: ...
    def delete(self, key: str) -> None: ...


def original_key(sha256: str) -> str:
    return f"originals/{sha256[:2]}/{sha256}"


def page_image_key(document_id: str, number: int) -> str:
    return f"pages/{document_id}/{number}.jpg"


def _check_key(key: str) -> str:
    parts = key.split("/")
    if not key or key.startswith("/") or any(p in ("", ".", "..") for p in parts):
        raise ValueError(f"invalid object key {key!r}")
    return key


class LocalStore:
    """Objects as files below one folder; writes are atomic (temp file, then rename)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir(parents=True, exist_ok=True)

    def _path(self, key: str) -> Path:
        return self.root / _check_key(key)

    def put(self, key: str, data: bytes, *, content_type: str = "application/octet-stream") -> None:
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".put-")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def get(self, key: str) -> bytes:
        try:
            return self._path(key).read_bytes()
        except FileNotFoundError:
            raise NotFound(f"object {key} not found") from None

    def exists(self, key: str) -> bool:
        return self._path(key).is_file()

    def list(self, prefix: str) -> Iterator[str]:
        base = self.root / prefix.rstrip("/") if prefix else self.root
        if not base.exists():
            return
        for path in sorted(base.rglob("*")):
            if path.is_file() and not path.name.startswith(".put-"):
                yield path.relative_to(self.root).as_posix()

    def delete(self, key: str) -> None:
        self._path(key).unlink(missing_ok=True)


class S3Store:
    """Objects in one S3/MinIO bucket, through the minio client."""

    def __init__(
        self,
        *,
        endpoint: str,
        bucket: str,
        access_key: str,
        secret_key: str,
        secure: bool,
        region: str | None = None,
    ) -> None:
        from minio import Minio
        from urllib3 import PoolManager, Retry, Timeout

        http = PoolManager(
            timeout=Timeout(connect=5, read=60),
            retries=Retry(total=2, backoff_factor=0.2),
            maxsize=16,
        )
        self.client = Minio(
            endpoint,
            access_key=access_key,
            secret_key=secret_key,
            secure=secure,
            region=region,
            http_client=http,
        )
        self.bucket = bucket
        self._call(self._ensure_bucket)

    def _ensure_bucket(self) -> None:
        if not self.client.bucket_exists(self.bucket):
            self.client.make_bucket(self.bucket)

    def _call(self, fn, *args, **kwargs):  # type: ignore[no-untyped-def]
        from minio.error import S3Error
        from urllib3.exceptions import HTTPError

        try:
            return fn(*args, **kwargs)
        except S3Error as error:
            if error.code in ("NoSuchKey", "NoSuchObject"):
                raise NotFound(f"object {args[1] if len(args) > 1 else ''} not found") from None
            raise StorageUnavailable(
                f"object store error: {error.code}: {error.message}"
            ) from error
        except (HTTPError, OSError) as error:
            raise StorageUnavailable(f"object store unreachable: {error}") from error

    def put(self, key: str, data: bytes, *, content_type: str = "application/octet-stream") -> None:
        self._call(
            self.client.put_object,
            self.bucket,
            _check_key(key),
            io.BytesIO(data),
            len(data),
            content_type=content_type,
        )

    def get(self, key: str) -> bytes:
        def fetch() -> bytes:
            response = self.client.get_object(self.bucket, key)
            try:
                return response.read()
            finally:
                response.close()
                response.release_conn()

        return self._call(fetch)  # type: ignore[no-any-return]

    def exists(self, key: str) -> bool:
        try:
            self._call(self.client.stat_object, self.bucket, key)
        except NotFound:
            return False
        return True

    def list(self, prefix: str) -> Iterator[str]:
        objects = self._call(
            lambda: list(self.client.list_objects(self.bucket, prefix=prefix, recursive=True))
        )
        for obj in objects:
            yield obj.object_name

    def delete(self, key: str) -> None:
        self._call(self.client.remove_object, self.bucket, key)


def open_store(url: str) -> ObjectStore:
    """``file:///path`` or ``s3://KEY:SECRET@HOST:PORT/BUCKET?secure=false&region=R``."""
    parts = urlsplit(url)
    if parts.scheme == "file":
        return LocalStore(Path(unquote(parts.path)))
    if parts.scheme in ("s3", "minio"):
        query = parse_qs(parts.query)
        return S3Store(
            endpoint=f"{parts.hostname}:{parts.port or 9000}",
            bucket=parts.path.strip("/") or "docmatch",
            access_key=unquote(parts.username or ""),
            secret_key=unquote(parts.password or ""),
            secure=query.get("secure", ["false"])[0].lower() == "true",
            region=query.get("region", [None])[0],
        )
    raise ValueError(
        f"unsupported storage URL {url!r}: use file:///path or s3://KEY:SECRET@HOST:PORT/BUCKET"
    )
