"""The ``docmatch users`` and ``docmatch export`` commands (registered in docmatch.cli)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from docmatch.context import Context, build_context
from docmatch.errors import DocmatchError
from docmatch.export import ExportFormat
from docmatch.logs import configure_logging
from docmatch.review.exports import batch_bytes, export_approved
from docmatch.review.users import Role, create_user, list_users
from docmatch.settings import get_settings

users = typer.Typer(help="Users and their API tokens.", no_args_is_help=True)
console = Console()


def _context() -> Context:
    configure_logging()
    return build_context(get_settings())


@users.command("create")
def create(
    name: Annotated[str, typer.Argument(help="the user's name, e.g. 'Maria Lopez'")],
    role: Annotated[Role, typer.Option(help="reviewer, approver or admin")],
    properties: Annotated[
        str, typer.Option(help="approvers: property codes, comma-separated (P1,P2)")
    ] = "",
    limit: Annotated[
        str | None, typer.Option(help="approvers: the largest total they approve")
    ] = None,
) -> None:
    """Create a user and print their API token (shown this once)."""
    ctx = _context()
    try:
        with ctx.sessions() as session:
            created = create_user(
                session,
                name=name,
                role=role,
                properties=properties.split(","),
                limit=Decimal(limit.replace(",", "")) if limit else None,
            )
            session.commit()
    except (DocmatchError, ArithmeticError) as error:
        console.print(f"[red]{getattr(error, 'message', error)}[/red]")
        raise typer.Exit(1) from None
    finally:
        ctx.close()
    console.print(f"{created.user.name} ({created.user.role}) created; their token:")
    typer.echo(created.token)


@users.command("list")
def list_all() -> None:
    """Every user, with role, properties and approval limit."""
    ctx = _context()
    with ctx.sessions() as session:
        rows = list_users(session)
    ctx.close()
    table = Table(title=f"{len(rows)} users")
    for column in ("id", "name", "role", "properties", "limit", "active"):
        table.add_column(column)
    for user in rows:
        limit = "" if user.approval_limit is None else f"{user.approval_limit:,.2f}"
        table.add_row(
            str(user.id), user.name, user.role, ",".join(user.properties), limit, str(user.active)
        )
    console.print(table)


def export(
    format: Annotated[ExportFormat, typer.Argument(help="yardi, quickbooks, csv or json")],
    out: Annotated[
        Path | None, typer.Option(help="also write the batch file here (a file or a folder)")
    ] = None,
) -> None:
    """Export every approved invoice not exported yet as one batch; a batch an interrupted
    run left unfinished is finished first. Each invoice is exported once."""
    ctx = _context()
    try:
        batch = export_approved(ctx, fmt=format, actor="docmatch export")
        data = batch_bytes(ctx, batch) if batch else b""
    except DocmatchError as error:
        console.print(f"[red]{error.message}[/red]")
        raise typer.Exit(1) from None
    finally:
        ctx.close()
    if batch is None:
        console.print("no approved invoice waits for export")
        return
    console.print(
        f"batch {batch.id}: {batch.invoice_count} invoices, total {batch.total:,.2f},"
        f" {batch.filename} ({batch.size} bytes, sha256 {batch.sha256})"
    )
    if out is not None:
        target = out / batch.filename if out.is_dir() else out
        target.write_bytes(data)
        console.print(f"written to {target}")
