"""``fetch``: download volumes' TEI into the user cache for offline use."""

from __future__ import annotations

import sys

import click

from ..fetch import cache_dir, fetch_volume
from .app import cli


@cli.command(
    help="Download the Office of the Historian's TEI for volumes (e.g. frus1941v07) "
    "into the user cache, check it, and keep it for offline use."
)
@click.argument("volume_ids", nargs=-1, required=True)
@click.option("--force", is_flag=True, help="Download again even if cached.")
@click.option(
    "--timeout", type=float, default=30.0, show_default=True, help="Seconds to wait for the server."
)
@click.option("--retries", type=int, default=3, show_default=True)
@click.option("--quiet", "-q", is_flag=True)
def fetch(
    volume_ids: tuple[str, ...], force: bool, timeout: float, retries: int, quiet: bool
) -> None:
    show = not quiet and sys.stderr.isatty()
    for volume_id in volume_ids:

        def report(done: int, total: int | None, volume_id: str = volume_id) -> None:
            if show:
                size = f"{done / 1e6:.1f}" + (f"/{total / 1e6:.1f}" if total else "")
                click.echo(f"\r{volume_id}: {size} MB", nl=False, err=True)

        path = fetch_volume(
            volume_id, timeout=timeout, retries=retries, progress=report, force=force
        )
        if show:
            click.echo(err=True)
        click.echo(str(path))
    if not quiet:
        click.echo(f"fru-cite: cache is {cache_dir()}", err=True)
