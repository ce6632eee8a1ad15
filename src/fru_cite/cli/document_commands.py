"""``show`` and ``find``: look at one document and locate a quotation in it."""

from __future__ import annotations

import json

import click

from ..page_ranges import chicago_range
from ..pinpoint import find_quote
from ..sources import open_document
from ..views import document_json, document_summary
from .app import cli, data_dirs

SOURCE_HELP = (
    "SOURCE is a citation key (frus1943v01-d620, frus1943v01d620, frus1943v01/d620), "
    "a history.state.gov document URL, a TEI volume file with --doc, or a file of text "
    "copied from a document page with --id."
)


def source_options(command):
    command = click.option("--doc", "document_id", help="Document id in a TEI file (d620).")(
        command
    )
    command = click.option("--id", "key", help="Citation key of a page-text file.")(command)
    return click.argument("source")(command)


def _emit_json(data) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


@cli.command(help=f"Print the model of one document. {SOURCE_HELP}")
@source_options
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.pass_context
def show(ctx, source: str, document_id: str | None, key: str | None, as_json: bool) -> None:
    document = open_document(source, document_id=document_id, key=key, data_dirs=data_dirs(ctx))
    if as_json:
        _emit_json(document_json(document))
    else:
        click.echo(document_summary(document))


@cli.command(help=f"Find where a quotation stands: page and footnote. {SOURCE_HELP}")
@source_options
@click.argument("quote")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.pass_context
def find(
    ctx, source: str, quote: str, document_id: str | None, key: str | None, as_json: bool
) -> None:
    document = open_document(source, document_id=document_id, key=key, data_dirs=data_dirs(ctx))
    where = find_quote(document, quote)
    footnote = where.footnote.label if where.footnote else None
    if as_json:
        _emit_json({"page": where.page, "end_page": where.end_page, "footnote": footnote})
        return
    pages = chicago_range(where.page, where.end_page) if where.end_page else where.page
    text = f"{document.key}, p. {pages}"
    if footnote:
        text += f" n. {footnote} ({where.page}n{footnote})"
    click.echo(text)
