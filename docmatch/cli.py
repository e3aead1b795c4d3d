"""The ``docmatch`` command: run the service or its parts, ingest files, extract one file."""

from __future__ import annotations

import json
import shutil
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from docmatch.context import Context, build_context
from docmatch.logs import configure_logging
from docmatch.settings import get_settings
from docmatch.types import DocumentType, Status

app = typer.Typer(
    help="docmatch: reads, matches and routes property-management documents.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
)
console = Console()

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "documents"


def _context(*, migrate: bool = True) -> Context:
    configure_logging()
    return build_context(get_settings(), migrate=migrate)


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="address to listen on")] = None,
    port: Annotated[int | None, typer.Option(help="port to listen on")] = None,
    with_samples: Annotated[
        bool, typer.Option("--with-samples", help="drop samples/ into the inbox")
    ] = False,
) -> None:
    """Embedded mode: API, inbox watcher and worker pool in one process."""
    import uvicorn

    from api.app import create_app
    from docmatch.runner import background_intake

    ctx = _context()
    settings = ctx.settings
    host, port = host or settings.api_host, port or settings.api_port

    @contextmanager
    def background():  # type: ignore[no-untyped-def]
        with background_intake(ctx, recover=True):
            if with_samples:
                _import_sample_books(ctx)
                dropped = _drop_samples(settings.inbox)
                threading.Thread(
                    target=_report_when_done,
                    args=(ctx, dropped, f"http://{host}:{port}"),
                    daemon=True,
                ).start()
            console.print(
                f"docmatch ({settings.mode}) API on http://{host}:{port}  docs: http://{host}:{port}/docs"
                f"  inbox: {settings.inbox.resolve()}"
            )
            yield
        ctx.close()

    uvicorn.run(create_app(ctx, background=background), host=host, port=port, log_level="warning")


@app.command()
def api(
    host: Annotated[str | None, typer.Option()] = None,
    port: Annotated[int | None, typer.Option()] = None,
) -> None:
    """Distributed mode: the API alone (work goes to the broker)."""
    import uvicorn

    from api.app import create_app

    ctx = _context()
    uvicorn.run(
        create_app(ctx),
        host=host or ctx.settings.api_host,
        port=port or ctx.settings.api_port,
        log_level="info",
    )


@app.command()
def worker(
    concurrency: Annotated[int | None, typer.Option(help="processes (default: cores)")] = None,
    hostname: Annotated[str | None, typer.Option(help="worker name, e.g. w1@%h")] = None,
) -> None:
    """Distributed mode: a Celery worker that processes documents."""
    settings = get_settings()
    if not settings.broker_url:
        raise typer.BadParameter(
            "DOCMATCH_BROKER_URL is not set: the embedded mode needs no worker (run serve)."
        )
    _context().close()  # brings the schema up to date before taking work
    from docmatch.tasks import app as celery_app

    argv = [
        "worker",
        "--loglevel=INFO",
        "-Q",
        "docmatch",
        f"--concurrency={concurrency or settings.workers}",
    ]
    celery_app.worker_main([*argv, f"--hostname={hostname}"] if hostname else argv)


@app.command()
def watch() -> None:
    """Distributed mode: watch the inbox folder and bucket inbox; resend stalled work."""
    from docmatch.runner import background_intake

    ctx = _context()
    console.print(f"watching {ctx.settings.inbox.resolve()} and the bucket inbox")
    with background_intake(ctx, recover=False) as stop:
        try:
            while not stop.wait(1.0):
                pass
        except KeyboardInterrupt:
            pass
    ctx.close()


@app.command()
def migrate() -> None:
    """Bring the database schema up to date."""
    _context().close()
    console.print("database schema is up to date")


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(exists=True, help="files or folders")],
    type: Annotated[DocumentType | None, typer.Option(help="document type hint")] = None,
    property: Annotated[str | None, typer.Option(help="property code hint")] = None,
    wait: Annotated[
        bool, typer.Option(help="wait until processed (always, in the embedded mode)")
    ] = True,
) -> None:
    """Take in files and folders (a folder laid out like the inbox gives type/property hints)."""
    from ingest.intake import accept
    from ingest.paths import Hints, hints_for, is_ignored

    ctx = _context()
    files = [
        (f, f.relative_to(p).as_posix() if p.is_dir() else None)
        for p in paths
        for f in (sorted(p.rglob("*")) if p.is_dir() else [p])
        if f.is_file() and not is_ignored(f.name)
    ]
    ids = []
    with _progress() as progress:
        task = progress.add_task("taking in", total=len(files))
        for path, relative in files:
            hints = hints_for(relative) if relative else Hints()
            hints = Hints(
                type_hint=type or hints.type_hint,
                property_hint=(property or hints.property_hint or "").upper() or None,
            )
            ids.append(
                accept(
                    path.read_bytes(), filename=path.name, source="cli", hints=hints, ctx=ctx
                ).document_id
            )
            progress.advance(task)
        if wait or ctx.settings.mode == "embedded":
            _wait_for(ctx, ids, progress)
    _print_documents(ctx, ids)
    ctx.close()


@app.command()
def extract(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False)],
    format: Annotated[str, typer.Option(help="json or text")] = "json",
    type: Annotated[DocumentType | None, typer.Option(help="document type hint")] = None,
    property: Annotated[str | None, typer.Option(help="property code hint")] = None,
    master_data: Annotated[
        Path | None,
        typer.Option(help="folder of master-data CSVs (vendors.csv, ...) to match against"),
    ] = None,
) -> None:
    """Read and extract one file, with no server; prints the result. Matches are added when
    master data is loaded (--master-data, or imported into the local database)."""
    from docmatch.errors import DocmatchError
    from docmatch.masterdata import match_extraction
    from docmatch.pipeline import read_limits_from
    from extract import TesseractEngine, extract_document, extraction_to_json, read_document
    from ingest.sniff import accepted_type

    settings = get_settings()
    data = file.read_bytes()
    try:
        reading = read_document(
            data,
            media_type=accepted_type(data[:4096], filename=file.name),
            limits=read_limits_from(settings),
            ocr=TesseractEngine(),
        )
    except DocmatchError as error:
        typer.echo(json.dumps({"error": error.code, "detail": error.message}), err=True)
        raise typer.Exit(2) from None
    result = extraction_to_json(reading, extract_document(reading.pages, type_hint=type))
    index = _books_for_extract(master_data)
    if index is not None:
        hint = property.upper() if property else None
        result["matches"] = match_extraction(index, result, property_hint=hint, document_id=None)
    if format == "json":
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        typer.echo(reading.text)


def _books_for_extract(folder: Path | None):  # type: ignore[no-untyped-def]
    """The match index from a folder of CSVs, or from the local database when it has books."""
    from docmatch.masterdata import IndexCache, index_from_folder

    if folder is not None:
        return index_from_folder(folder)
    settings = get_settings()
    url = settings.resolved_database_url
    if url.startswith("sqlite:///") and not Path(url.removeprefix("sqlite:///")).exists():
        return None
    ctx = build_context(settings, migrate=False)
    try:
        with ctx.sessions() as session:
            return IndexCache().get(session)
    finally:
        ctx.close()


@app.command("import")
def import_master_data(
    kind: Annotated[
        str,
        typer.Argument(
            help="vendors, properties, gl-accounts, ap-items, ar-items, purchase-orders"
        ),
    ],
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False)],
) -> None:
    """Import master data from CSV, all or nothing; the same file twice changes nothing."""
    from docmatch.errors import BadInput
    from docmatch.masterdata import import_csv
    from matching.records import MasterKind

    try:
        master_kind = MasterKind(kind)
    except ValueError:
        raise typer.BadParameter(
            f"unknown kind {kind!r}: one of {', '.join(k.value for k in MasterKind)}"
        ) from None
    ctx = _context()
    try:
        summary = import_csv(file.read_bytes(), kind=master_kind, filename=file.name, ctx=ctx)
    except BadInput as error:
        console.print(f"[red]{error.message}[/red]")
        raise typer.Exit(1) from None
    finally:
        ctx.close()
    console.print(
        f"{summary.kind}: {summary.rows} rows, {summary.inserted} new, {summary.updated} changed, "
        f"{summary.unchanged} unchanged"
    )


@app.command()
def documents(
    status: Annotated[Status | None, typer.Option()] = None,
    limit: Annotated[int, typer.Option()] = 50,
) -> None:
    """List recent documents."""
    from docmatch.documents import DocumentFilter, list_documents

    ctx = _context()
    with ctx.sessions() as session:
        rows, total = list_documents(
            session, where=DocumentFilter(status=status), limit=limit, offset=0
        )
    _print_documents(ctx, [r.id for r in rows], title=f"{len(rows)} of {total} documents")
    ctx.close()


def _progress() -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
    )


def _unfinished(ctx: Context, ids: list[str]) -> int:
    from sqlalchemy import func, select

    from docmatch.models import Document

    with ctx.sessions() as session:
        return (
            session.scalar(
                select(func.count()).where(
                    Document.id.in_(ids), Document.status.in_([Status.RECEIVED, Status.PROCESSING])
                )
            )
            or 0
        )


def _wait_for(ctx: Context, ids: list[str], progress: Progress) -> None:
    task = progress.add_task("processing", total=len(ids))
    while (left := _unfinished(ctx, ids)) > 0:
        progress.update(task, completed=len(ids) - left)
        time.sleep(0.5)
    progress.update(task, completed=len(ids))


def _print_documents(ctx: Context, ids: list[str], *, title: str | None = None) -> None:
    from sqlalchemy import select

    from docmatch.models import Document

    with ctx.sessions() as session:
        rows = session.scalars(
            select(Document).where(Document.id.in_(ids)).order_by(Document.created_at)
        ).all()
    table = Table(title=title or f"{len(rows)} documents")
    for column in ("file", "status", "type", "pages", "vendor", "total", "note"):
        table.add_column(column, overflow="fold")
    for doc in rows:
        fields = (doc.extraction or {}).get("fields", {})
        note = doc.failure_reason or (
            f"duplicate of {doc.duplicate_of_id[:8]}" if doc.duplicate_of_id else ""
        )
        vendor = doc.vendor_code or (fields.get("vendor_name") or {}).get("value") or ""
        table.add_row(
            doc.filename,
            doc.status,
            doc.document_type or "",
            str(doc.page_count or ""),
            vendor,
            str(doc.total if doc.total is not None else ""),
            note[:60],
        )
    console.print(table)


def _import_sample_books(ctx: Context) -> None:
    """The samples' master data, so that their documents match vendors and properties."""
    from docmatch.masterdata import import_csv
    from matching.records import MasterKind

    for kind in MasterKind:
        path = SAMPLES.parent / "master-data" / f"{kind.value}.csv"
        if path.is_file():
            import_csv(path.read_bytes(), kind=kind, filename=path.name, ctx=ctx)


def _demo_admin_token(ctx: Context) -> str:
    """A fresh token for the demo admin (created on the first run)."""
    from sqlalchemy import select

    from docmatch.review.models import User
    from docmatch.review.users import Role, create_user, issue_token

    with ctx.sessions() as session, session.begin():
        user = session.scalars(select(User).where(User.name == "demo admin")).first()
        if user is None:
            return create_user(session, name="demo admin", role=Role.ADMIN).token
        return issue_token(session, user=user)


def _drop_samples(inbox: Path) -> int:
    """Copy the committed samples into the inbox, by type folder, as a scanner would."""
    count = 0
    for truth_path in sorted(SAMPLES.glob("*.json")):
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        folder = {"invoice": "invoices", "receipt": "receipts"}.get(
            truth.get("document_type"), "unsorted"
        )
        for name in truth.get("renders", {}).values():
            source = truth_path.parent / name
            if source.is_file():
                (inbox / folder).mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, inbox / folder / source.name)
                count += 1
    return count


def _report_when_done(ctx: Context, expected: int, url: str) -> None:
    from sqlalchemy import func, select

    from docmatch.models import Document

    def counts() -> tuple[int, int]:
        with ctx.sessions() as session:
            total = session.scalar(select(func.count()).select_from(Document)) or 0
            open_ = (
                session.scalar(
                    select(func.count()).where(
                        Document.status.in_([Status.RECEIVED, Status.PROCESSING])
                    )
                )
                or 0
            )
        return total, open_

    while True:
        total, open_ = counts()
        if total >= expected and open_ == 0:
            break
        time.sleep(1.0)
    with ctx.sessions() as session:
        ids = list(session.scalars(select(Document.id)))
    _print_documents(ctx, ids, title=f"samples processed; API at {url}/documents")
    token = _demo_admin_token(ctx)
    console.print(
        f"API token of the demo admin: {token}\n"
        f"  curl -H 'Authorization: Bearer {token}' {url}/review/queue"
    )


def _register_review_commands() -> None:
    from docmatch.review.commands import export, users

    app.add_typer(users, name="users")
    app.command("export")(export)


_register_review_commands()


if __name__ == "__main__":
    app()
