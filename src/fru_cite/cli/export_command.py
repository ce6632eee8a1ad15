"""``export``: whole volumes and lists of keys to one file per format or per volume."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import click

from ..atomic import write_atomically
from ..bulk import Failure, read_sources
from ..errors import FruCiteError, InputError
from ..exporters.base import FORMS, Exporter, RenderOptions
from ..model import Citation, Document
from .app import EXIT_PARTIAL, cli, data_dirs, registry


def render_each_apart(
    exporter: Exporter, citations: Sequence[Citation], options: RenderOptions
) -> tuple[str, list[Failure]]:
    """Render all; if that fails, find the documents at fault and render the rest."""
    try:
        return exporter.render(citations, options), []
    except FruCiteError:
        pass
    good: list[Citation] = []
    failures: list[Failure] = []
    for citation in citations:
        try:
            exporter.render([citation], options)
            good.append(citation)
        except FruCiteError as error:
            failures.append(Failure(citation.document.key, f"{exporter.name}: {error}"))
    return (exporter.render(good, options) if good else ""), failures


@contextlib.contextmanager
def progress(documents: Iterable, show: bool) -> Iterator[Iterable]:
    if not show:
        yield documents
        return
    with click.progressbar(
        documents, label="Reading documents", file=sys.stderr, show_pos=True
    ) as bar:
        yield bar


def _targets(
    exporters: Sequence[Exporter], output: str | None, groups: dict[str, list[Citation]]
) -> list[tuple[Exporter, Path | None, list[Citation]]]:
    """(exporter, file or None for stdout, citations) for every file to write."""
    everything = [citation for group in groups.values() for citation in group]
    if output and (Path(output).is_dir() or output.endswith(("/", "\\"))):
        folder = Path(output)
        extensions = [exporter.extension for exporter in exporters]
        shared = {ext for ext in extensions if extensions.count(ext) > 1}

        def name(volume_id: str, exporter: Exporter) -> str:
            if exporter.extension in shared:  # bibtex and biblatex are both .bib
                return f"{volume_id}.{exporter.name}{exporter.extension}"
            return f"{volume_id}{exporter.extension}"

        return [
            (exporter, folder / name(volume_id, exporter), group)
            for exporter in exporters
            for volume_id, group in groups.items()
        ]
    if len(exporters) > 1:
        raise InputError(
            "several formats cannot share one output",
            source="--output",
            fix="give --output a folder (ending in /) to get one file per volume and format",
        )
    return [(exporters[0], Path(output) if output and output != "-" else None, everything)]


@cli.command(
    help="Export many documents at once: TEI volume files, files of keys (one per "
    "line; - reads stdin), page-text files, keys, or volume ids (from --data-dir or "
    "the fetch cache). One file per format, or with --output DIR/ one per volume."
)
@click.argument("sources", nargs=-1, required=True)
@click.option(
    "--format",
    "format_names",
    multiple=True,
    default=("csljson",),
    show_default=True,
    help="Output format; repeat for several.",
)
@click.option(
    "--output",
    "-o",
    help="Output file, or a folder (ending in /) for one file "
    "per volume and format. Default: standard output.",
)
@click.option(
    "--form",
    type=click.Choice(FORMS),
    default="bib",
    show_default=True,
    help="Chicago form for --format chicago.",
)
@click.option("--style", help="CSL style for --format chicago.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.pass_context
def export(
    ctx: click.Context,
    sources: tuple[str, ...],
    format_names: tuple[str, ...],
    output: str | None,
    form: str,
    style: str | None,
    quiet: bool,
) -> None:
    exporters = [registry(ctx).get(name) for name in dict.fromkeys(format_names)]
    folders = data_dirs(ctx)
    options = RenderOptions(form=form, style=style)
    groups: dict[str, list[Citation]] = {}
    failures: list[Failure] = []
    show_bar = not quiet and sys.stderr.isatty()
    with progress(read_sources(sources, folders), show_bar) as items:
        for item in items:
            if isinstance(item, Failure):
                failures.append(item)
            else:
                document: Document = item
                groups.setdefault(document.volume.id, []).append(Citation(document))
    documents = sum(len(group) for group in groups.values())
    for exporter, target, citations in _targets(exporters, output, groups):
        text, failed = render_each_apart(exporter, citations, options)
        failures += failed
        if target is None:
            click.echo(text.rstrip("\n"))
        else:
            write_atomically(target, text if text.endswith("\n") or not text else text + "\n")
    for failure in failures:
        click.echo(f"fru-cite: {failure.what}: not exported: {failure.reason}", err=True)
    if not quiet and output:
        click.echo(
            f"fru-cite: exported {documents} document(s) to {len(exporters)} format(s); "
            f"{len(failures)} failure(s)",
            err=True,
        )
    if failures:
        ctx.exit(EXIT_PARTIAL)
